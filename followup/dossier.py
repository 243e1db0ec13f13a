"""One process's whole story (SPEC §11), in time order, from the records of every stage.

`dossier(process, user)` is what a signed-in user sees: identity; each change of its
assessment and motivation (history, who and when); the plan's steps; its content as
submitted and as approved where they differ; the framework-check remark for its axis;
its review item; the government decision; its follow-up track, milestones and report
entries; the same process in the previous and the next round. The internal parts
(history, framework remark, working-group note, report notes) only for those who may
read the plan's history, and report entries only of reports the user may see.

`public_dossier(process)` is what the public may know of an approved process: its
approved content, final assessment, government decision and published follow-up —
never framework remarks, working-group notes or unpublished reports. (For the public
per-process page of publication/, which calls it.)

Both read a fixed number of queries, however long the story.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from followup import dossier_reads as reads
from followup.models import (
    FollowUpTrack,
    Milestone,
    ProgressReport,
    ReportEntry,
    ReportingPeriod,
)
from kerntaken import permissions
from plans import history
from plans.models import Plan, PlanVersion
from processes.models import CoreProcess

# The fields whose changes the story tells, and those compared between the versions.
STORY_FIELDS = ("assessment", "motivation", "final_assessment")
COMPARED_FIELDS = (
    "entity",
    "title",
    "description",
    "axis",
    "assessment",
    "final_assessment",
    "motivation",
    "transfer_level",
    "fte",
    "budget",
)
DECIMALS = {"fte": 2, "budget": 1}


@dataclass
class Event:
    when: dt.datetime
    kind: str
    title: str
    who: str = ""
    lines: list[tuple[str, str]] = field(default_factory=list)
    changes: list[history.Change] = field(default_factory=list)
    comparison: list[tuple[str, str, str]] = field(default_factory=list)
    entry: ReportEntry | None = None

    @property
    def is_date_only(self) -> bool:
        return self.kind in {"decision", "milestone", "report"}


def _moment(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def _label(name: str) -> str:
    return str(capfirst(CoreProcess._meta.get_field(name).verbose_name))


def snapshot_value(name: str, row: dict) -> str:
    """A frozen version's value as a reader knows it: labels, not codes; decimal commas."""
    value = row.get(name)
    if name == "entity":
        acronym, full = row.get("entity") or "", row.get("entity_name") or ""
        return f"{acronym} – {full}" if full and full != acronym else acronym or "—"
    if value in (None, ""):
        return "—"
    choices = dict(CoreProcess._meta.get_field(name).flatchoices)
    if choices:
        return str(choices.get(value, value))
    if name in DECIMALS:
        try:
            return number_format(Decimal(value), DECIMALS[name], use_l10n=True)
        except (InvalidOperation, TypeError):
            return str(value)
    return str(value)


def _in_version(version: PlanVersion | None, code: str) -> dict | None:
    if version is None:
        return None
    return next((row for row in version.data.get("processes", []) if row["code"] == code), None)


def compare(submitted: dict | None, definitive: dict | None) -> list[tuple[str, str, str]]:
    """(label, submitted, definitive) for every field that differs between the versions."""
    if submitted is None or definitive is None:
        return []
    rows = []
    for name in COMPARED_FIELDS:
        before, after = snapshot_value(name, submitted), snapshot_value(name, definitive)
        if before != after:
            rows.append((_label(name), before, after))
    return rows


def _versions(plan: Plan) -> tuple[PlanVersion | None, PlanVersion | None]:
    """The last submitted version and the definitive one (one query)."""
    submitted = definitive = None
    for version in reads.versions(plan):
        if version.kind == PlanVersion.Kind.SUBMITTED:
            submitted = version
        else:
            definitive = version
    return submitted, definitive


def _effect(fte, budget) -> str:
    parts = []
    if fte is not None:
        parts.append(f"{number_format(fte, 2, use_l10n=True)} FTE")
    if budget is not None:
        parts.append(f"{number_format(budget, 1, use_l10n=True)} k€")
    return " · ".join(parts) or "—"


def _who(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


# ---- the signed-in dossier ---------------------------------------------------------------


def dossier(process: CoreProcess, user) -> dict:
    plan = process.plan
    internal = permissions.can_view_history(user, plan)
    submitted, definitive = _versions(plan)
    events: list[Event] = []
    if internal:
        events += _history_events(process)
    events += _plan_events(plan, process, submitted, definitive)
    if internal:
        events += _framework_events(plan, process)
    events += _review_events(process, internal)
    track, milestones = reads.track(process)
    if track is not None:
        events += _track_events(track, milestones, user)
    events.sort(key=lambda event: event.when)
    return {
        "process": process,
        "plan": plan,
        "internal": internal,
        "events": events,
        "track": track,
        "previous": reads.same_process(process, user, previous=True),
        "next": reads.same_process(process, user, previous=False),
    }


def as_plain(story: dict) -> dict:
    """The signed-in dossier as plain values: everything its page shows and nothing else,
    so that it can be rendered once per distinct content (kerntaken/fragments.py)."""
    process, plan, track = story["process"], story["plan"], story["track"]
    return {
        "process": {
            "code": process.code,
            "title": process.title,
            "entity": str(process.entity),
            "axis": process.get_axis_display(),
            "assessment": process.get_assessment_display(),
            "final_assessment": process.final_assessment and process.get_final_assessment_display(),
        },
        "plan": {
            "pk": plan.pk,
            "status": plan.status,
            "get_status_display": plan.get_status_display(),
            "domain": {"name": plan.domain.name},
            "round": {"name": plan.round.name},
        },
        "track": track and {"pk": track.pk, "get_status_display": track.get_status_display()},
        "previous": _plain_neighbour(story["previous"]),
        "next": _plain_neighbour(story["next"]),
        "events": [_plain_event(event) for event in story["events"]],
    }


def _plain_neighbour(process: CoreProcess | None) -> dict | None:
    return process and {"pk": process.pk, "plan": {"round": {"name": process.plan.round.name}}}


def _plain_event(event: Event) -> dict:
    entry = event.entry
    return {
        "kind": event.kind,
        "title": event.title,
        "when": event.when,
        "who": event.who,
        "is_date_only": event.is_date_only,
        "lines": event.lines,
        "changes": [{"label": c.label, "old": c.old, "new": c.new} for c in event.changes],
        "comparison": event.comparison,
        "entry": entry
        and {
            "status": entry.status,
            "get_status_display": entry.get_status_display(),
            "reason": entry.reason,
            "completed_on": entry.completed_on,
            "decision_reference": entry.decision_reference,
            "note": entry.note,
            "realised_fte": entry.realised_fte,
            "realised_budget": entry.realised_budget,
            "report_id": entry.report_id,
            "report": {"period": {"name": entry.report.period.name}},
        },
    }


def _history_events(process: CoreProcess) -> list[Event]:
    """Its creation and each change of its assessment or motivation, with who and when."""
    labels = {_label(name) for name in STORY_FIELDS}
    events = []
    for entry in history.process_history(process):
        if entry.kind == "+":
            events.append(Event(entry.when, "created", _("Added to the plan"), entry.who))
            if entry.reason:
                events[-1].lines.append((_("Note"), entry.reason))
            continue
        changes = [change for change in entry.changes if change.label in labels]
        if changes:
            title = entry.reason or _("Assessment or motivation changed")
            events.append(Event(entry.when, "changed", title, entry.who, changes=changes))
    return events


def _plan_events(plan, process, submitted, definitive) -> list[Event]:
    """The plan's steps; the approval carries the process's definitive content where it
    differs from the submitted one."""
    events = []
    for step in history.timeline(plan):
        title = _("The plan: %(step)s") % {"step": step["action"].lower()}
        event = Event(step["at"], f"plan-{step['code']}", title, step["actor"])
        if step["comment"] and step["code"] in {Plan.Action.SUBMIT, Plan.Action.RETURN}:
            event.lines.append((_("Comment"), step["comment"]))
        if step["code"] == Plan.Action.APPROVE:
            event.comparison = compare(
                _in_version(submitted, process.code), _in_version(definitive, process.code)
            )
        events.append(event)
    decision = plan.government_decision
    if decision is not None:
        events.append(
            Event(
                _moment(decision.date),
                "decision",
                _("Government decision %(reference)s") % {"reference": decision.reference},
                lines=[(_("Title"), decision.title)] if decision.title else [],
            )
        )
    return events


def _framework_events(plan: Plan, process: CoreProcess) -> list[Event]:
    check = reads.framework_check(plan)
    if check is None or check.checked_at is None:
        return []
    remark = getattr(check, process.axis, "") if process.axis != "other" else ""
    lines = [(process.get_axis_display(), remark or _("No remark for this axis."))]
    return [
        Event(check.checked_at, "framework", _("Framework check"), _who(check.checked_by), lines)
    ]


def _review_events(process: CoreProcess, internal: bool) -> list[Event]:
    item = reads.review_item(process)
    if item is None or item.decided_at is None:
        return []
    lines = [
        (_("Working group"), item.working_group.name),
        (_("Proposed assessment"), item.get_proposed_assessment_display()),
        (_("Decision"), item.get_decision_display()),
        (_("Final assessment"), item.get_final_assessment_display() or "—"),
    ]
    if item.meeting is not None:
        meeting = date_format(item.meeting.date, "DATE_FORMAT")
        lines.insert(1, (_("Meeting"), f"{meeting}, {item.meeting.place}".rstrip(", ")))
    if internal and item.note:
        lines.append((_("Note"), item.note))
    return [
        Event(
            item.decided_at, "review", _("Before the working group"), _who(item.decided_by), lines
        )
    ]


def _track_events(track: FollowUpTrack, milestones: list[Milestone], user) -> list[Event]:
    today = timezone.localdate()
    events = [
        Event(
            track.created_at,
            "track",
            _("Follow-up track opened"),
            lines=[
                (_("Intended result"), track.intended_result or "—"),
                (_("Planned effect"), _effect(track.planned_fte, track.planned_budget)),
            ],
        )
    ]
    for milestone in milestones:
        if milestone.done_on:
            state = _("done on %(date)s") % {"date": date_format(milestone.done_on, "DATE_FORMAT")}
        elif milestone.is_overdue(today):
            state = _("overdue")
        else:
            state = _("planned")
        title = _("Milestone: %(title)s") % {"title": milestone.title}
        events.append(
            Event(_moment(milestone.due_date), "milestone", title, lines=[(_("State"), state)])
        )
    for entry in reads.visible_entries(track, user):
        report = entry.report
        title = _("Progress report %(period)s (%(state)s)") % {
            "period": report.period.name,
            "state": report.get_status_display().lower(),
        }
        events.append(Event(_moment(report.period.reference_date), "report", title, entry=entry))
    return events


# ---- the public dossier ------------------------------------------------------------------


def public_dossier(process: CoreProcess) -> dict | None:
    """What the public may know of the process, or None before its plan's approval."""
    plan = process.plan
    if not plan.is_approved:
        return None
    _submitted, definitive = _versions(plan)
    approved = _in_version(definitive, process.code) or {}
    content = [
        (_label(name), snapshot_value(name, approved))
        for name in COMPARED_FIELDS
        if name not in {"assessment"}
    ]
    track, milestones = reads.track(process)
    published = []
    if track is not None:
        published = list(
            ReportEntry.objects.filter(
                track=track,
                report__status=ProgressReport.Status.ACCEPTED,
                report__period__status=ReportingPeriod.Status.PUBLISHED,
            )
            .select_related("report__period")
            .defer("note", "reason")
            .order_by("report__period__reference_date")
        )
    return {
        "round": plan.round,
        "domain": plan.domain,
        "code": process.code,
        "title": approved.get("title", process.title),
        "content": content,
        "final_assessment": snapshot_value("final_assessment", approved),
        "decision": plan.government_decision,
        "milestones": milestones if track and published else [],
        "entries": published,
    }
