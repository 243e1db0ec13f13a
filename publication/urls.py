"""Public pages (/rondes/, no sign-in needed) and the round's documents, managed by the
coordinating administration under /ronde-beheer/."""

from django.urls import path

from kerntaken import converters  # noqa: F401 - registers <row_id:…>
from publication import views, views_documents

app_name = "publication"

urlpatterns = [
    path("woordenlijst/", views.glossary, name="glossary"),
    path("rondes/documenten/<row_id:pk>/", views.document_download, name="document_download"),
    path("rondes/<slug:slug>/", views.public_round, name="public_round"),
    path("rondes/<slug:slug>/excel/", views.public_round_export, name="public_round_export"),
    path(
        "rondes/<slug:slug>/plannen/<row_id:pk>/excel/",
        views.public_plan_export,
        name="public_plan_export",
    ),
    path(
        "ronde-beheer/documenten/<row_id:pk>/wijzigen/",
        views_documents.document_update,
        name="document_update",
    ),
    path(
        "ronde-beheer/documenten/<row_id:pk>/verwijderen/",
        views_documents.document_delete,
        name="document_delete",
    ),
    path(
        "ronde-beheer/<slug:slug>/documenten/",
        views_documents.document_list,
        name="document_list",
    ),
    path(
        "ronde-beheer/<slug:slug>/documenten/nieuw/",
        views_documents.document_create,
        name="document_create",
    ),
]
