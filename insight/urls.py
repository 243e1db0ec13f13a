"""Insight for signed-in users: overview figures, the comparison of versions, and the
coordinator's overlaps across domains."""

from django.urls import path

from insight import views, views_overlaps

app_name = "insight"

urlpatterns = [
    path("inzicht/", views.overview, name="overview"),
    path("inzicht/plannen/<int:pk>/vergelijken/", views.plan_compare, name="plan_compare"),
    path("inzicht/overlappingen/", views_overlaps.overlaps, name="overlaps"),
    path("inzicht/overlappingen/analyseren/", views_overlaps.overlap_start, name="overlap_start"),
    path(
        "inzicht/overlappingen/<int:pk>/markeren/",
        views_overlaps.overlap_mark,
        name="overlap_mark",
    ),
]
