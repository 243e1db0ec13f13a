"""Public pages (/rondes/, /open-data/, no sign-in needed), the round's documents managed by
the coordinating administration under /ronde-beheer/, personal API tokens (/profiel/) and
the API (/api/, see publication/api/urls.py)."""

from django.urls import include, path

from kerntaken import converters  # noqa: F401 - registers <row_id:…>
from publication import views, views_documents, views_opendata, views_public, views_tokens

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
    # A plan by its domain's code; its processes under "processen/", so that no process
    # code (not even "excel") meets the workbook's address above. A code may hold dots
    # and slashes: <path:…> takes it whole.
    path(
        "rondes/<slug:slug>/plannen/<slug:domain>/",
        views_public.public_plan,
        name="public_plan",
    ),
    path(
        "rondes/<slug:slug>/plannen/<slug:domain>/processen/<path:code>/",
        views_public.public_process,
        name="public_process",
    ),
    path(
        "rondes/<slug:slug>/open-data/kernprocessen.csv",
        views_opendata.open_data_csv,
        name="open_data_csv",
    ),
    path(
        "rondes/<slug:slug>/open-data/kernprocessen.json",
        views_opendata.open_data_json,
        name="open_data_json",
    ),
    path(
        "rondes/<slug:slug>/open-data/opvolging.csv",
        views_opendata.followup_csv,
        name="open_data_followup_csv",
    ),
    path(
        "rondes/<slug:slug>/open-data/opvolging.json",
        views_opendata.followup_json,
        name="open_data_followup_json",
    ),
    path("open-data/catalogus.jsonld", views_opendata.data_catalogue, name="catalogue"),
    path("open-data/woordenboek/", views_public.data_dictionary, name="data_dictionary"),
    path("open-data/kernprocessen.schema.json", views_opendata.json_schema, name="json_schema"),
    path(
        "open-data/opvolging.schema.json",
        views_opendata.followup_schema,
        name="followup_schema",
    ),
    path("profiel/api-sleutels/", views_tokens.token_list, name="api_tokens"),
    path(
        "profiel/api-sleutels/<row_id:pk>/intrekken/",
        views_tokens.token_revoke,
        name="api_token_revoke",
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
    path("", include("publication.api.urls")),
]
