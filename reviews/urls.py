from django.urls import path

from reviews import views

urlpatterns = [
    path("", views.round_overview, name="round_overview"),
    path("werkgroepen/", views.working_group_list, name="working_group_list"),
]
