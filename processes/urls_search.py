"""Process search across every plan the user may see (mounted at /zoeken/)."""

from django.urls import path

from processes import views_search

urlpatterns = [
    path("", views_search.process_search, name="process_search"),
    path("export/", views_search.process_search_export, name="process_search_export"),
]
