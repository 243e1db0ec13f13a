"""Public pages: no sign-in needed."""

from django.urls import path

from plans import views_public

urlpatterns = [
    path("<slug:slug>/", views_public.public_round, name="public_round"),
]
