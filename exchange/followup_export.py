"""A reporting period as a workbook (SPEC §10): the period, its reports, every track's
entry and the milestones, for the coordinator's overview.

Written with `exchange.exports.workbook_response`, so that no text ever becomes a
formula. The rows are read with `.values_list(...).iterator()`: one query per sheet,
however many tracks. Dutch headers and labels whatever the user's language, like the
plan workbook.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.conf import settings
from django.http import FileResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override

from exchange.exports import workbook_response
from followup.models import Milestone, ProgressReport, ReportEntry, ReportingPeriod, TrackStatus
from plans.models import Plan
from processes.models import Assessment


def period_workbook_response(period: ReportingPeriod) -> FileResponse:
    with override(settings.LANGUAGE_CODE):
        sheets = [
            (
                _("Period"),
                [
                    _("Round"),
                    _("Period"),
                    _("Reference date"),
                    _("Deadline"),
                    _("State"),
                    _("Published on"),
                ],
                [
                    [
                        period.round.name,
                        period.name,
                        period.reference_date,
                        period.deadline,
                        str(period.get_status_display()),
                        period.published_at.date() if period.published_at else None,
                    ]
                ],
            ),
            (
                _("Reports"),
                [
                    _("Policy domain"),
                    _("State"),
                    _("Submitted on"),
                    _("Accepted on"),
                    _("Reason for return"),
                ],
                list(_report_rows(period)),
            ),
            (_("Tracks"), _entry_headers(), _entry_rows(period)),
            (
                _("Milestones"),
                [
                    _("Policy domain"),
                    _("Code"),
                    _("Milestone"),
                    _("Due date"),
                    _("Done on"),
                    _("Overdue on the reference date"),
                ],
                _milestone_rows(period),
            ),
        ]
        filename = f"opvolging-{period.round.slug}-{slugify(period.name)[:60]}.xlsx"
        # The rows are written inside the language override: labels in Dutch.
        return workbook_response(sheets, filename)


def _entry_headers() -> list[str]:
    return [
        _("Policy domain"),
        _("Code"),
        _("Title"),
        _("Entity"),
        _("Final assessment"),
        _("Report"),
        _("Status"),
        _("Reason for the delay"),
        _("Completed on"),
        _("Reference of the government decision"),
        _("Internal note"),
        _("Planned effect (FTE)"),
        _("Planned effect (k€)"),
        _("Realised effect (FTE)"),
        _("Realised effect (k€)"),
    ]


def _report_rows(period: ReportingPeriod) -> Iterator[list]:
    states = dict(ProgressReport.Status.choices)
    rows = period.reports.order_by("plan__domain__position").values_list(
        "plan__domain__name", "status", "submitted_at", "accepted_at", "return_reason"
    )
    for domain, status, submitted, accepted, reason in rows:
        yield [
            domain,
            str(states[status]),
            submitted.date() if submitted else None,
            accepted.date() if accepted else None,
            reason,
        ]


def _entry_rows(period: ReportingPeriod) -> Iterator[list]:
    statuses = {value: str(label) for value, label in TrackStatus.choices}
    reports = {value: str(label) for value, label in ProgressReport.Status.choices}
    assessments = {value: str(label) for value, label in Assessment.choices}
    rows = (
        ReportEntry.objects.filter(report__period=period)
        .order_by(
            "report__plan__domain__position", "track__process__position", "track__process__code"
        )
        .values_list(
            "report__plan__domain__name",
            "track__process__code",
            "track__process__title",
            "track__process__entity__acronym",
            "track__process__final_assessment",
            "report__status",
            "status",
            "reason",
            "completed_on",
            "decision_reference",
            "note",
            "track__planned_fte",
            "track__planned_budget",
            "realised_fte",
            "realised_budget",
        )
    )
    for row in rows.iterator(chunk_size=2_000):
        row = list(row)
        row[4] = assessments.get(row[4], row[4])
        row[5] = reports.get(row[5], row[5])
        row[6] = statuses.get(row[6], row[6])
        yield row


def _milestone_rows(period: ReportingPeriod) -> Iterator[list]:
    reference = period.reference_date
    yes, no = _("Yes"), _("No")
    rows = (
        Milestone.objects.filter(
            track__plan__round_id=period.round_id, track__plan__status=Plan.Status.APPROVED
        )
        .order_by("track__plan__domain__position", "track__process__code", "due_date")
        .values_list(
            "track__plan__domain__name", "track__process__code", "title", "due_date", "done_on"
        )
    )
    # The rule of Milestone.is_overdue, on the period's reference date.
    for domain, code, title, due, done in rows.iterator(chunk_size=2_000):
        overdue = due < reference and (done is None or done > reference)
        yield [domain, code, title, due, done, yes if overdue else no]
