"""Round management (/ronde-beheer/): new rounds, starting plans, the round's documents."""

from django.urls import path

from plans import (
    converters,  # noqa: F401 - registers <row_id:…>
    views_rounds,
)

urlpatterns = [
    path("", views_rounds.round_list, name="round_list"),
    path("nieuw/", views_rounds.round_create, name="round_create"),
    path("documenten/<row_id:pk>/wijzigen/", views_rounds.document_update, name="document_update"),
    path(
        "documenten/<row_id:pk>/verwijderen/",
        views_rounds.document_delete,
        name="document_delete",
    ),
    path("<slug:slug>/", views_rounds.round_detail, name="round_detail"),
    path(
        "<slug:slug>/beleidsdomeinen/<row_id:domain_pk>/starten/",
        views_rounds.plan_start,
        name="plan_start",
    ),
    path("<slug:slug>/documenten/", views_rounds.document_list, name="document_list"),
    path("<slug:slug>/documenten/nieuw/", views_rounds.document_create, name="document_create"),
]
