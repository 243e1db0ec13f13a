"""Insight for signed-in users (mounted at /inzicht/): overview figures, version comparison."""

from django.urls import path

from plans import views_insight

urlpatterns = [
    path("", views_insight.overview, name="overview"),
    path("plannen/<int:pk>/vergelijken/", views_insight.plan_compare, name="plan_compare"),
]
