"""Excel downloads and the import of processes, mounted at /excel/."""

from django.urls import path

from plans import views_excel

urlpatterns = [
    path("plannen/<int:pk>/", views_excel.plan_export, name="plan_export"),
    path("rondes/<slug:slug>/", views_excel.round_export, name="round_export"),
    path(
        "plannen/<int:pk>/sjabloon/",
        views_excel.process_import_template,
        name="process_import_template",
    ),
    path("plannen/<int:pk>/import/", views_excel.process_import, name="process_import"),
    path(
        "plannen/<int:pk>/import/toepassen/",
        views_excel.process_import_apply,
        name="process_import_apply",
    ),
]
