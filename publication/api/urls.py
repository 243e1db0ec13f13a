"""The API's addresses (/api/…), included by publication/urls.py.

Every view is `login_not_required`: LoginRequiredMiddleware would answer an anonymous
request with a redirect to the sign-in page, which a script cannot use; the API answers
401 (with `WWW-Authenticate: Bearer`) itself, and 403/404 as the pages do.
"""

from django.contrib.auth.decorators import login_not_required
from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView

from kerntaken import converters  # noqa: F401 - registers <row_id:…>
from publication.api import views, views_followup


def _open(view_class, **kwargs):
    return login_not_required(view_class.as_view(**kwargs))


urlpatterns = [
    path("api/v1/rounds/", _open(views.RoundList), name="api_rounds"),
    path("api/v1/rounds/<slug:slug>/", _open(views.RoundDetail), name="api_round"),
    path("api/v1/plans/", _open(views.PlanList), name="api_plans"),
    path("api/v1/plans/<row_id:id>/", _open(views.PlanDetail), name="api_plan"),
    path("api/v1/processes/", _open(views.ProcessList), name="api_processes"),
    path("api/v1/processes/<row_id:id>/", _open(views.ProcessDetail), name="api_process"),
    path("api/v1/decisions/", _open(views.DecisionList), name="api_decisions"),
    path("api/v1/decisions/<row_id:id>/", _open(views.DecisionDetail), name="api_decision"),
    path("api/v1/tracks/", _open(views_followup.TrackList), name="api_tracks"),
    path("api/v1/tracks/<row_id:id>/", _open(views_followup.TrackDetail), name="api_track"),
    path("api/v1/reports/", _open(views_followup.ReportList), name="api_reports"),
    path("api/v1/reports/<row_id:id>/", _open(views_followup.ReportDetail), name="api_report"),
    path("api/schema/", _open(SpectacularJSONAPIView), name="api_schema"),
    path(
        "api/docs/",
        _open(
            SpectacularSwaggerSplitView,
            url_name="publication:api_schema",
            template_name="publication/api_docs.html",
        ),
        name="api_docs",
    ),
]
