"""Open data of a round's published follow-up (SPEC §10, §12): one row per entry of an
accepted report of a published period, as CSV and JSON beside the processes' files.

What a row holds is what the public progress page shows: the period, the process, the
status the domain reported with its completion date or the reference of the decision that
stopped it, the planned and the realised effect, and how many of the track's milestones
were done by the period's reference date. Never the internal note nor the reason of a
delay (the follow-up keeps those inside): they are not among the columns read.

The rows are read and written as the processes' are (`opendata.rows`, `write_csv`,
`write_json`): streamed, in chunks. The version (ETag, Last-Modified) comes from one
aggregate query: the published entries, their publication, the tracks' last change and
the last change of their milestones.
"""

from __future__ import annotations

from django.db.models import (
    Case,
    Count,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from followup.models import FREEING_ASSESSMENTS, Milestone, ReportEntry, TrackStatus
from kerntaken import permissions
from plans.models import Round
from processes.models import Assessment
from publication.opendata import CODE, DATE, INTEGER, NUMBER, STRING, URL, Column, Freshness

PROCESS = "track__process__"


class Effect:
    """The vocabulary of the `effect` column (a plain class: its labels in the catalog)."""

    choices = [("freed", _("Freed")), ("needed", _("Needed"))]


def columns() -> list[Column]:
    """Every column of the follow-up's open data, in order."""
    return [
        Column("round", "report__period__round__slug", STRING, _("Round"),
               _("Short name of the round, as in its web address.")),
        Column("period", "report__period__name", STRING, _("Reporting period"),
               _("Name of the reporting period the report belongs to.")),
        Column("reference_date", "report__period__reference_date", DATE, _("Reference date"),
               _("The date the report describes the state of the tracks on.")),
        Column("domain", "report__plan__domain__code", STRING, _("Policy domain code"),
               _("Code of the policy domain, as in the web address of its plan.")),
        Column("domain_name", "report__plan__domain__name", STRING, _("Policy domain"),
               _("Name of the policy domain that reported.")),
        Column("entity", PROCESS + "entity__acronym", STRING, _("Entity"),
               _("Acronym of the entity responsible for the process.")),
        Column("code", PROCESS + "code", STRING, _("Code"),
               _("Code of the process, unique within the plan of its policy domain.")),
        Column("title", PROCESS + "title", STRING, _("Title"),
               _("Short name of the core process.")),
        Column("final_assessment", PROCESS + "final_assessment", CODE, _("Final assessment"),
               _("The approved assessment that asked for the change the track follows."),
               Assessment),
        Column("status", "status", CODE, _("Status"),
               _("The status of the track the domain reported for the period."), TrackStatus),
        Column("completed_on", "completed_on", DATE, _("Completed on"),
               _("For a completed track: the date it was completed.")),
        Column("stop_decision_reference", "decision_reference", STRING,
               _("Reference of the stopping decision"),
               _("For a stopped track: the reference of the government decision that "
                 "stopped it.")),
        Column("effect", "effect", CODE, _("Effect"),
               _("Whether the effect is staff and budget freed (phase-out, transfer, "
                 "optimisation) or needed (strengthening, introduction)."), Effect),
        Column("planned_fte", "track__planned_fte", NUMBER, _("Planned effect (FTE)"),
               _("The effect the track aims at, in full-time equivalents.")),
        Column("planned_budget", "track__planned_budget", NUMBER, _("Planned effect (k€)"),
               _("The effect the track aims at, in thousands of euros.")),
        Column("realised_fte", "realised_fte", NUMBER, _("Realised effect (FTE)"),
               _("The effect realised by the reference date, in full-time equivalents.")),
        Column("realised_budget", "realised_budget", NUMBER, _("Realised effect (k€)"),
               _("The effect realised by the reference date, in thousands of euros.")),
        Column("milestones", "milestone_count", INTEGER, _("Milestones"),
               _("How many milestones the track has.")),
        Column("milestones_done", "milestones_done", INTEGER, _("Milestones done"),
               _("How many of them were done by the reference date.")),
        Column("url", "", URL, _("Web page"), _("Address of the process's public page.")),
    ]  # fmt: skip


def framing() -> tuple[list[Column], str, str]:
    """What `opendata.rows` needs to read these rows (columns, domain and process code)."""
    return columns(), "report__plan__domain__code", PROCESS + "code"


def _milestones(done: bool) -> Subquery:
    found = Milestone.objects.filter(track=OuterRef("track_id"))
    if done:
        found = found.filter(done_on__lte=OuterRef("report__period__reference_date"))
    counted = found.order_by().values("track").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def round_entries(round_: Round) -> QuerySet:
    """The published entries of the round, by period, then as the public pages order."""
    freed = Q(**{f"{PROCESS}final_assessment__in": FREEING_ASSESSMENTS})
    return (
        permissions.public_report_entries(ReportEntry.objects.filter(report__period__round=round_))
        .annotate(
            effect=Case(When(freed, then=Value("freed")), default=Value("needed")),
            milestone_count=_milestones(done=False),
            milestones_done=_milestones(done=True),
        )
        .order_by(
            "-report__period__reference_date",
            "report__period__pk",
            "report__plan__domain__position",
            "report__plan__domain__name",
            PROCESS + "position",
            PROCESS + "code",
            "pk",
        )
    )


def freshness(round_: Round) -> Freshness:
    """One aggregate query: how many published entries, and the last of: a period's
    publication, a change of a track, a change of a milestone of theirs."""
    history = Milestone.history.model.objects.filter(track_id=OuterRef("track_id"))
    last_milestone = history.order_by().values("track_id").annotate(at=Max("history_date"))
    found = (
        permissions.public_report_entries(ReportEntry.objects.filter(report__period__round=round_))
        .annotate(milestone_at=Subquery(last_milestone.values("at")))
        .aggregate(
            count=Count("pk"),
            published=Max("report__period__published_at"),
            track=Max("track__updated_at"),
            milestone=Max("milestone_at"),
        )
    )
    moments = [found[key] for key in ("published", "track", "milestone") if found[key]]
    return Freshness(found["count"], max(moments) if moments else None)
