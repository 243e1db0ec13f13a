from django.urls import path

from plans import views
from processes import views as process_views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("<int:pk>/", views.plan_detail, name="plan_detail"),
    path("<int:pk>/processen/nieuw/", process_views.process_create, name="process_create"),
    path("<int:pk>/overleg/", views.plan_consultations, name="plan_consultations"),
    path("<int:pk>/indienen/", views.plan_submit, name="plan_submit"),
    path("<int:pk>/geschiedenis/", views.plan_history, name="plan_history"),
]
