"""What the coordinator sees of a reporting period, and what the public sees of a round.

Every figure is one query (aggregates grouped by domain, or one list with its related
rows), so the pages' query counts do not grow with the number of tracks.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from django.db.models import BooleanField, Case, Count, Q, QuerySet, Subquery, Sum, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from followup.models import (
    FREEING_ASSESSMENTS,
    FollowUpTrack,
    Milestone,
    ProgressReport,
    ReportEntry,
    ReportingPeriod,
    TrackStatus,
)
from kerntaken import fragments
from kerntaken.statements import Statement
from plans.models import Plan

LIST_LIMIT = 50  # the longest list of delayed tracks or overdue milestones on the page
ZERO = Decimal(0)
# The reports whose figures count as reported: handed in, or accepted.
REPORTED = (ProgressReport.Status.SUBMITTED, ProgressReport.Status.ACCEPTED)
# What the lists print, and no more (a process's long texts stay in the database).
DELAYED_FIELDS = (
    "reason",
    "track_id",
    "track__process__code",
    "track__process__title",
    "report__plan__domain__name",
)
OVERDUE_FIELDS = (
    "title",
    "due_date",
    "track_id",
    "track__process__code",
    "track__plan__domain__name",
)
# The names the template reads them by.
DELAYED_KEYS = ("reason", "track_id", "code", "title", "domain")
OVERDUE_KEYS = ("title", "due_date", "track_id", "code", "domain")


def _freed(prefix: str) -> Case:
    return Case(
        When(**{f"{prefix}final_assessment__in": FREEING_ASSESSMENTS}, then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )


@dataclass
class Effect:
    """Planned and realised effect of one domain, freed and needed, FTE and k€."""

    planned: dict[tuple[bool, str], Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    realised: dict[tuple[bool, str], Decimal] = field(default_factory=lambda: defaultdict(Decimal))

    def cells(self) -> list[Decimal]:
        """In the order of the table's columns: freed FTE, freed k€, needed FTE, needed k€,
        each planned then realised."""
        return [
            figures[(freed, measure)]
            for freed in (True, False)
            for measure in ("fte", "budget")
            for figures in (self.planned, self.realised)
        ]


class Report(NamedTuple):
    """A domain's report of the period, as plain values."""

    pk: int
    status: str
    submitted_at: dt.datetime | None
    plan_id: int
    domain: str

    @property
    def get_status_display(self) -> str:  # as the model's, for followup/_report_state.html
        return str(ProgressReport.Status(self.status).label)


@dataclass
class DomainRow:
    report: Report
    counts: dict[str, int]
    effect: Effect
    overdue: bool

    @property
    def status_cells(self) -> list[int]:
        return [self.counts.get(status, 0) for status in TrackStatus.values]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# ---- the reads of the overview: compiled once (kerntaken/statements.py) ------------------


def _reports(period_id):
    return (
        ProgressReport.objects.filter(period_id=period_id)
        .order_by("plan__domain__position", "plan__domain__name")
        .values_list("pk", "status", "submitted_at", "plan_id", "plan__domain__name")
    )


def _status_counts(period_id):
    return (
        ReportEntry.objects.filter(report__period_id=period_id)
        .values("report__plan_id", "status")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("report__plan_id", "status", "n")
    )


def _delayed(period_id):
    return ReportEntry.objects.filter(report__period_id=period_id, status=TrackStatus.DELAYED)


def _delayed_rows(period_id):
    return (
        _delayed(period_id)
        .order_by("report__plan__domain__position", "track__process__code")[:LIST_LIMIT]
        .values_list(*DELAYED_FIELDS)
    )


def _overdue(round_id, reference):
    return Milestone.objects.filter(
        track__plan__round_id=round_id,
        track__plan__status=Plan.Status.APPROVED,
        due_date__lt=reference,
    ).filter(Q(done_on__isnull=True) | Q(done_on__gt=reference))


def _reference_date(period_id) -> Subquery:
    """The period's reference date, read by the query itself: a statement's parameters
    are ids."""
    return Subquery(ReportingPeriod.objects.filter(pk=period_id).values("reference_date"))


def _overdue_rows(period_id, round_id):
    return (
        _overdue(round_id, _reference_date(period_id))
        .order_by("due_date", "pk")[:LIST_LIMIT]
        .values_list(*OVERDUE_FIELDS)
    )


def _overdue_count(period_id, round_id):
    return (
        _overdue(round_id, _reference_date(period_id))
        .values("track__plan__round_id")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("n")
    )


def _delayed_count(period_id):
    return _delayed(period_id).values("report__period_id").annotate(n=Count("pk")).order_by()


_REPORTS = Statement(_reports, period_id=int)
_STATUS_COUNTS = Statement(_status_counts, period_id=int)
_DELAYED = Statement(_delayed_rows, period_id=int)
_DELAYED_COUNT = Statement(
    lambda period_id: _delayed_count(period_id).values_list("n"), period_id=int
)
_OVERDUE = Statement(_overdue_rows, period_id=int, round_id=int)
_OVERDUE_COUNT = Statement(_overdue_count, period_id=int, round_id=int)


def _count(rows: list[tuple]) -> int:
    return rows[0][0] if rows else 0


def period_overview(period: ReportingPeriod) -> dict:
    """The period overview: everything it shows, as plain values (kerntaken/fragments.py),
    in eight queries whatever the number of tracks."""
    today = timezone.localdate()
    reports = [Report(*row) for row in _REPORTS.rows(period_id=period.pk)]
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for plan_id, status, n in _STATUS_COUNTS.rows(period_id=period.pk):
        counts[plan_id][status] = n
    effects = _effects(period)
    rows = [
        DomainRow(
            report=report,
            counts=counts[report.plan_id],
            effect=effects[report.plan_id],
            overdue=report.status not in REPORTED and period.deadline < today,
        )
        for report in reports
    ]
    where = {"period_id": period.pk}
    track_url = fragments.url_maker("followup:track_detail")
    delayed = [dict(zip(DELAYED_KEYS, row, strict=True)) for row in _DELAYED.rows(**where)]
    overdue = [
        dict(zip(OVERDUE_KEYS, row, strict=True))
        for row in _OVERDUE.rows(round_id=period.round_id, **where)
    ]
    for row in delayed + overdue:  # each row's link built without reversing it again
        row["url"] = track_url(row["track_id"])
    return {
        "period": {
            "pk": period.pk,
            "name": period.name,
            "status": period.get_status_display(),
            "is_open": period.is_open,
            "is_published": period.is_published,
            "reference_date": period.reference_date,
            "deadline": period.deadline,
            "round": {"name": period.round.name, "slug": period.round.slug},
        },
        "rows": [
            {
                "report": report._asdict() | {"get_status_display": report.get_status_display},
                "domain": report.domain,
                "overdue": row.overdue,
                "status_cells": row.status_cells,
                "total": row.total,
                "effect_cells": row.effect.cells(),
            }
            for row in rows
            for report in (row.report,)
        ],
        "statuses": [(value, str(label)) for value, label in TrackStatus.choices],
        "status_totals": [sum(r.status_cells[i] for r in rows) for i in range(len(TrackStatus))],
        "reported": sum(r.report.status in REPORTED for r in rows),
        "overdue_reports": sum(r.overdue for r in rows),
        "delayed": delayed,
        "delayed_count": _count(_DELAYED_COUNT.rows(**where)),
        "overdue_milestones": overdue,
        "overdue_count": _count(_OVERDUE_COUNT.rows(round_id=period.round_id, **where)),
        "limit": LIST_LIMIT,
        "chart": effect_chart(rows),
        "effect_totals": [sum(c) for c in zip(*(r.effect.cells() for r in rows), strict=True)]
        if rows
        else [],
    }


def overdue_milestones(period: ReportingPeriod) -> QuerySet[Milestone]:
    """Milestones of the round's approved tracks due before the period's reference date
    and not done by then."""
    return _overdue(period.round_id, period.reference_date)


def _effects(period: ReportingPeriod) -> dict[int, Effect]:
    """Per plan: the planned effect of its tracks and the effect its report says is
    realised (counted once the report is submitted or accepted)."""
    effects: dict[int, Effect] = defaultdict(Effect)
    for plan_id, freed, fte, budget in _PLANNED.rows(period_id=period.pk):
        effect = effects[plan_id]
        effect.planned[(bool(freed), "fte")] += fte or ZERO
        effect.planned[(bool(freed), "budget")] += budget or ZERO
    for plan_id, freed, fte, budget in _REALISED.rows(period_id=period.pk):
        effect = effects[plan_id]
        effect.realised[(bool(freed), "fte")] += fte or ZERO
        effect.realised[(bool(freed), "budget")] += budget or ZERO
    return effects


def _planned(period_id):
    reports = ProgressReport.objects.filter(period_id=period_id).values("plan_id")
    return (
        FollowUpTrack.objects.filter(plan__in=reports)
        .annotate(freed=_freed("process__"))
        .values("plan_id", "freed")
        .annotate(fte=Sum("planned_fte"), budget=Sum("planned_budget"))
        .order_by()
        .values_list("plan_id", "freed", "fte", "budget")
    )


def _realised(period_id):
    return (
        ReportEntry.objects.filter(report__period_id=period_id, report__status__in=REPORTED)
        .annotate(freed=_freed("track__process__"))
        .values("report__plan_id", "freed")
        .annotate(fte=Sum("realised_fte"), budget=Sum("realised_budget"))
        .order_by()
        .values_list("report__plan_id", "freed", "fte", "budget")
    )


_PLANNED = Statement(_planned, period_id=int)
_REALISED = Statement(_realised, period_id=int)


# ---- the chart: planned against realised staff freed, per domain ------------------------

LABEL_WIDTH = 300
BAR_WIDTH = 360
BAR_HEIGHT = 16


def effect_chart(rows: list[DomainRow]) -> dict:
    """Two bars per domain (planned solid, realised hatched: they differ in pattern, not
    only in colour), each with its value in text."""
    series = [(_("Planned"), "planned"), (_("Realised"), "realised")]
    values = [
        [row.effect.planned[(True, "fte")], row.effect.realised[(True, "fte")]] for row in rows
    ]
    largest = max((v for pair in values for v in pair), default=ZERO)
    group = 2 * BAR_HEIGHT + 22
    out = []
    for index, (row, pair) in enumerate(zip(rows, values, strict=True)):
        top = 40 + index * group
        bars = []
        for k, ((label, kind), amount) in enumerate(zip(series, pair, strict=True)):
            width = int(BAR_WIDTH * amount / largest) if largest else 0
            y = top + k * (BAR_HEIGHT + 2)
            bars.append(
                {
                    "kind": kind,
                    "label": label,
                    "y": y,
                    "width": width,
                    "text_x": LABEL_WIDTH + width + 8,
                    "text_y": y + BAR_HEIGHT - 3,
                    "value": amount,
                }
            )
        out.append(
            {
                "label": row.report.domain[:40],
                "label_y": top + BAR_HEIGHT + 6,
                "bars": bars,
                "line_y": top + group - 6,
            }
        )
    return {
        "width": LABEL_WIDTH + BAR_WIDTH + 190,
        "height": 40 + group * len(rows) + 4,
        "label_x": LABEL_WIDTH - 14,
        "bar_x": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
        "rows": out,
        "legend": [
            {"kind": kind, "label": label, "x": LABEL_WIDTH + i * 170}
            for i, (label, kind) in enumerate(series)
        ],
    }


# ---- the public progress page of a round -------------------------------------------------


@dataclass
class PublicDomain:
    name: str
    entries: list[ReportEntry]


def public_progress(period: ReportingPeriod) -> list[PublicDomain]:
    """The accepted reports of a published period, per domain: their entries with the
    tracks and milestones (three queries). Nothing else of a period reaches the public."""
    if not period.is_published:
        return []
    entries = (
        ReportEntry.objects.filter(
            report__period=period, report__status=ProgressReport.Status.ACCEPTED
        )
        .select_related("track__process__entity", "report__plan__domain")
        .prefetch_related("track__milestones")
        .order_by(
            "report__plan__domain__position",
            "report__plan__domain__name",
            "track__process__position",
            "track__process__code",
        )
        # Internal notes never leave the building, not even into the template.
        .defer("note", "reason")
    )
    domains: dict[int, PublicDomain] = {}
    for entry in entries:
        domain = entry.report.plan.domain
        domains.setdefault(domain.pk, PublicDomain(domain.name, [])).entries.append(entry)
    return list(domains.values())
