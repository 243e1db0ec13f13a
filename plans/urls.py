"""The editor's plan (/plannen/) and the round management (/ronde-beheer/)."""

from django.urls import path

from kerntaken import converters  # noqa: F401 - registers <row_id:…>
from plans import views, views_rounds

app_name = "plans"

urlpatterns = [
    path("plannen/", views.dashboard, name="dashboard"),
    path("plannen/<int:pk>/", views.plan_detail, name="plan_detail"),
    path("plannen/<int:pk>/overleg/", views.plan_consultations, name="plan_consultations"),
    path("plannen/<int:pk>/indienen/", views.plan_submit, name="plan_submit"),
    path("plannen/<int:pk>/geschiedenis/", views.plan_history, name="plan_history"),
    path("ronde-beheer/", views_rounds.round_list, name="round_list"),
    path("ronde-beheer/nieuw/", views_rounds.round_create, name="round_create"),
    path("ronde-beheer/<slug:slug>/", views_rounds.round_detail, name="round_detail"),
    path(
        "ronde-beheer/<slug:slug>/beleidsdomeinen/<row_id:domain_pk>/starten/",
        views_rounds.plan_start,
        name="plan_start",
    ),
]
