"""Excel in and out: downloads, the import of processes, the search's export and the
meeting workbook."""

from django.urls import path

from exchange import views

app_name = "exchange"

urlpatterns = [
    path("excel/plannen/<int:pk>/", views.plan_export, name="plan_export"),
    path("excel/rondes/<slug:slug>/", views.round_export, name="round_export"),
    path(
        "excel/plannen/<int:pk>/sjabloon/",
        views.process_import_template,
        name="process_import_template",
    ),
    path("excel/plannen/<int:pk>/import/", views.process_import, name="process_import"),
    path(
        "excel/plannen/<int:pk>/import/toepassen/",
        views.process_import_apply,
        name="process_import_apply",
    ),
    path("zoeken/export/", views.process_search_export, name="process_search_export"),
    path(
        "toetsing/vergaderingen/<int:pk>/werkboek/",
        views.meeting_workbook,
        name="meeting_workbook",
    ),
    path(
        "excel/opvolging/periodes/<int:pk>/",
        views.period_export,
        name="period_export",
    ),
]
