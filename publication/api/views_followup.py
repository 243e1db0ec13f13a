"""The follow-up through the API (SPEC §10, §12): tracks with their milestones, progress
reports with their entries — read-only, paginated, each user seeing what the follow-up
pages show them.

The lists are `permissions.visible_tracks` and `permissions.visible_reports` (the tracks
of the approved plans the user may read; the reports the report page opens for them), the
details the pages' own fetches (`get_track_or_404`, `get_report_or_404`): 404 alike for
missing and not visible. A report's entries carry its internal notes and delay reasons,
as the report page shows them to whoever may open it.
"""

from __future__ import annotations

import django_filters
from django.db.models import Prefetch, prefetch_related_objects
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import generics

from followup.models import FollowUpTrack, ProgressReport, ReportEntry, ReportingPeriod, TrackStatus
from kerntaken import permissions
from plans.models import PolicyDomain, Round
from publication.api.serializers import ReportSerializer, TrackSerializer
from publication.api.views import ROW_ID, detail_schema, list_schema


class TrackFilter(django_filters.FilterSet):
    round = django_filters.ModelChoiceFilter(
        field_name="plan__round", queryset=Round.objects.all(), to_field_name="slug"
    )
    domain = django_filters.ModelChoiceFilter(
        field_name="plan__domain", queryset=PolicyDomain.objects.all(), to_field_name="code"
    )
    status = django_filters.ChoiceFilter(choices=TrackStatus.choices)

    class Meta:
        model = FollowUpTrack
        fields: list[str] = []


def _tracks(user):
    tracks = FollowUpTrack.objects.select_related(
        "plan__round", "plan__domain", "process"
    ).prefetch_related("milestones")
    return permissions.visible_tracks(user, tracks).order_by(
        "-plan__round__start_date",
        "plan__domain__position",
        "plan__domain__name",
        "process__position",
        "process__code",
        "pk",
    )


@list_schema(TrackSerializer)
class TrackList(generics.ListAPIView):
    """The follow-up tracks of the approved plans the user may read, with milestones."""

    serializer_class = TrackSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = TrackFilter

    def get_queryset(self):
        return _tracks(self.request.user)


@detail_schema(TrackSerializer, "id", ROW_ID)
class TrackDetail(generics.RetrieveAPIView):
    serializer_class = TrackSerializer
    lookup_url_kwarg = "id"

    def get_object(self) -> FollowUpTrack:
        # The track page's fetch: 404 alike for missing and not visible.
        return permissions.get_track_or_404(self.request.user, self.kwargs["id"])


class ReportFilter(django_filters.FilterSet):
    period = django_filters.ModelChoiceFilter(
        field_name="period", queryset=ReportingPeriod.objects.all()
    )
    round = django_filters.ModelChoiceFilter(
        field_name="period__round", queryset=Round.objects.all(), to_field_name="slug"
    )
    domain = django_filters.ModelChoiceFilter(
        field_name="plan__domain", queryset=PolicyDomain.objects.all(), to_field_name="code"
    )
    status = django_filters.ChoiceFilter(choices=ProgressReport.Status.choices)

    class Meta:
        model = ProgressReport
        fields: list[str] = []


def _entries() -> Prefetch:
    return Prefetch(
        "entries",
        ReportEntry.objects.select_related("track__process").order_by(
            "track__process__position", "track__process__code", "pk"
        ),
    )


def _reports(user):
    reports = ProgressReport.objects.select_related(
        "period__round", "plan__domain"
    ).prefetch_related(_entries())
    return permissions.visible_reports(user, reports).order_by(
        "-period__reference_date", "period__pk", "plan__domain__position", "pk"
    )


@list_schema(ReportSerializer)
class ReportList(generics.ListAPIView):
    """The progress reports the user may open (per period: `?period=`), with entries."""

    serializer_class = ReportSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = ReportFilter

    def get_queryset(self):
        return _reports(self.request.user)


@detail_schema(ReportSerializer, "id", ROW_ID)
class ReportDetail(generics.RetrieveAPIView):
    serializer_class = ReportSerializer
    lookup_url_kwarg = "id"

    def get_object(self) -> ProgressReport:
        # The report page's fetch and rule, then its entries in one query.
        report = permissions.get_report_or_404(self.request.user, self.kwargs["id"])
        prefetch_related_objects([report], _entries())
        return report
