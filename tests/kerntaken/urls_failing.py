"""The project's URLs and one view that fails, for the 500 page's test."""

from django.contrib.auth.decorators import login_not_required
from django.urls import path

from kerntaken.urls import urlpatterns as project_urls


@login_not_required
def failing(request):
    raise RuntimeError("a bug")


urlpatterns = [*project_urls, path("stuk/", failing)]
