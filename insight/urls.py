"""Insight for signed-in users: overview figures and the comparison of versions."""

from django.urls import path

from insight import views

app_name = "insight"

urlpatterns = [
    path("inzicht/", views.overview, name="overview"),
    path("inzicht/plannen/<int:pk>/vergelijken/", views.plan_compare, name="plan_compare"),
]
