"""A plan's processes (/processen/, and adding one at /plannen/<pk>/processen/nieuw/) and
the search across every plan the user may see (/zoeken/)."""

from django.urls import path

from processes import views, views_search

app_name = "processes"

urlpatterns = [
    path("plannen/<int:pk>/processen/nieuw/", views.process_create, name="process_create"),
    path("processen/<int:pk>/bewerken/", views.process_update, name="process_update"),
    path("processen/<int:pk>/verwijderen/", views.process_delete, name="process_delete"),
    path("processen/<int:pk>/verplaatsen/", views.process_move, name="process_move"),
    path("processen/<int:pk>/geschiedenis/", views.process_history, name="process_history"),
    path("zoeken/", views_search.process_search, name="process_search"),
]
