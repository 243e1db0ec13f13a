from django.urls import path

from plans import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("<int:pk>/", views.plan_detail, name="plan_detail"),
]
