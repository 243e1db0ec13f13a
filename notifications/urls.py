"""/meldingen/: the signed-in user's notifications."""

from django.urls import path

from notifications import views

app_name = "notifications"

urlpatterns = [
    path("meldingen/", views.notification_list, name="notification_list"),
    path("meldingen/gelezen/", views.notification_mark_read, name="notification_mark_read"),
    path("meldingen/<int:pk>/", views.notification_open, name="notification_open"),
]
