from django.urls import path

from processes import views

urlpatterns = [
    path("<int:pk>/bewerken/", views.process_update, name="process_update"),
    path("<int:pk>/verwijderen/", views.process_delete, name="process_delete"),
    path("<int:pk>/verplaatsen/", views.process_move, name="process_move"),
    path("<int:pk>/geschiedenis/", views.process_history, name="process_history"),
]
