"""/opvolging/: the follow-up of approved plans; a process's dossier; the public progress."""

from django.urls import path

from followup import views, views_periods, views_reports

app_name = "followup"

urlpatterns = [
    path("opvolging/", views.index, name="index"),
    path("opvolging/plannen/<int:pk>/", views.plan_tracks, name="plan_tracks"),
    path("opvolging/trajecten/<int:pk>/", views.track_detail, name="track_detail"),
    path("opvolging/trajecten/<int:pk>/bewerken/", views.track_update, name="track_update"),
    path(
        "opvolging/trajecten/<int:pk>/mijlpalen/nieuw/",
        views.milestone_create,
        name="milestone_create",
    ),
    path("opvolging/mijlpalen/<int:pk>/bewerken/", views.milestone_update, name="milestone_update"),
    path(
        "opvolging/mijlpalen/<int:pk>/verwijderen/", views.milestone_delete, name="milestone_delete"
    ),
    # reporting periods (the coordinator's)
    path(
        "opvolging/rondes/<slug:slug>/periodes/nieuw/",
        views_periods.period_create,
        name="period_create",
    ),
    path("opvolging/periodes/<int:pk>/", views_periods.period_overview, name="period_overview"),
    path(
        "opvolging/periodes/<int:pk>/publiceren/",
        views_periods.period_publish,
        name="period_publish",
    ),
    # progress reports
    path("opvolging/rapporten/<int:pk>/", views_reports.report_detail, name="report_detail"),
    path("opvolging/rapporten/<int:pk>/invullen/", views_reports.report_edit, name="report_edit"),
    path(
        "opvolging/rapporten/<int:pk>/indienen/", views_reports.report_submit, name="report_submit"
    ),
    path(
        "opvolging/rapporten/<int:pk>/terugsturen/",
        views_reports.report_return,
        name="report_return",
    ),
    path(
        "opvolging/rapporten/<int:pk>/aanvaarden/",
        views_reports.report_accept,
        name="report_accept",
    ),
    # the dossier of a process, and the public progress of a round
    path("processen/<int:pk>/dossier/", views.process_dossier, name="process_dossier"),
    path("rondes/<slug:slug>/voortgang/", views_periods.public_progress, name="public_progress"),
]
