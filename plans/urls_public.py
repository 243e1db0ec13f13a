"""Public pages (/rondes/): no sign-in needed."""

from django.urls import path

from plans import (
    converters,  # noqa: F401 - registers <row_id:…>
    views_public,
)

urlpatterns = [
    path("documenten/<row_id:pk>/", views_public.document_download, name="document_download"),
    path("<slug:slug>/", views_public.public_round, name="public_round"),
    path("<slug:slug>/excel/", views_public.public_round_export, name="public_round_export"),
    path(
        "<slug:slug>/plannen/<row_id:pk>/excel/",
        views_public.public_plan_export,
        name="public_plan_export",
    ),
]
