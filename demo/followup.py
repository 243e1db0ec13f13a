"""The demo's follow-up (the `followup` section of demo/data/demo.json), through the
follow-up's services: every approved plan's tracks with an intended result, a planned
effect and milestones (some overdue); "Voortgang december 2015" reported, accepted and
published; "Voortgang juni 2016" open, with reports in every state — Bestuurszaken's a
draft, for `editor3` to fill in. The steps get the dates of the demo's timeline.

Idempotent: nothing is done when the round already has reporting periods.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from demo import dataset
from followup import services
from followup.models import FollowUpTrack, ProgressReport, ReportTransition
from plans.models import Plan, Round

ONE_CENT = Decimal("0.01")


def load(round_: Round, coordinator, data: dict) -> None:
    if round_.reporting_periods.exists():
        return
    plans = list(round_.plans.filter(status=Plan.Status.APPROVED).select_related("domain"))
    for plan in plans:
        services.create_tracks_for(plan)  # a plan approved before the follow-up existed
    editors = {plan.domain.code: plan.domain.editors.order_by("pk").first() for plan in plans}
    _tracks(round_, editors, data["tracks"])
    published, open_ = data["periods"]
    period = _period(round_, coordinator, published)
    for report in period.reports.select_related("plan__domain"):
        _file(report, editors[report.plan.domain.code], data["entries"])
        _advance(report, "accepted", editors[report.plan.domain.code], coordinator, data)
    services.publish_period(period=period, by=coordinator)
    _backdate(period, published, data["dates"], suffix="")
    period = _period(round_, coordinator, open_)
    states = data["open_period_reports"]
    for report in period.reports.select_related("plan__domain"):
        state = states.get(report.plan.domain.code, "draft")
        editor = editors[report.plan.domain.code]
        if state != "draft":
            _file(report, editor, data["entries"], shift=1)
        _advance(report, state, editor, coordinator, data)
    _backdate(period, open_, data["dates"], suffix="_open")


def _tracks(round_: Round, editors: dict, data: dict) -> None:
    share = Decimal(data["planned_share"])
    tracks = FollowUpTrack.objects.filter(plan__round=round_).select_related(
        "process", "plan__domain"
    )
    for index, track in enumerate(tracks.order_by("plan__domain__position", "process__position")):
        editor = editors[track.plan.domain.code]
        process = track.process
        services.update_track(
            track=track,
            by=editor,
            version=track.version,
            intended_result=data["intended_result"][process.final_assessment],
            planned_fte=_part(process.fte, share),
            planned_budget=_part(process.budget, share, "0.1"),
        )
        for milestone in data["milestones"]:
            every = milestone.get("left_open_every")
            done = milestone["done_on"] and not (every and index % every == 1)
            services.add_milestone(
                track=track,
                by=editor,
                title=milestone["title"],
                due_date=dataset.date(milestone["due_date"]),
                done_on=dataset.date(milestone["done_on"]) if done else None,
            )


def _part(amount: Decimal | None, share: Decimal, step: str = "0.01") -> Decimal | None:
    return None if amount is None else (amount * share).quantize(Decimal(step))


def _period(round_: Round, coordinator, data: dict):
    return services.open_period(
        round=round_,
        by=coordinator,
        name=data["name"],
        reference_date=dataset.date(data["reference_date"]),
        deadline=dataset.date(data["deadline"]),
    )


def _file(report: ProgressReport, editor, entries: list[dict], shift: int = 0) -> None:
    """Fill in the report: the statuses of `entries` in turn, so that every status shows."""
    values = {}
    rows = report.entries.select_related("track__process").order_by("track__process__position")
    for index, entry in enumerate(rows):
        template = dict(entries[(index + shift) % len(entries)])
        share = Decimal(template.pop("realised_share", "0"))
        if date := template.get("completed_on"):
            template["completed_on"] = dataset.date(date)
        track = entry.track
        template["realised_fte"] = _part(track.planned_fte, share)
        template["realised_budget"] = _part(track.planned_budget, share, "0.1")
        values[entry.track_id] = template
    report.refresh_from_db()
    services.save_report(report=report, by=editor, version=report.version, entries=values)


def _advance(report: ProgressReport, state: str, editor, coordinator, data: dict) -> None:
    if state == "draft":
        return
    report = services.submit_report(report=report, by=editor)
    if state == "returned":
        services.return_report(report=report, by=coordinator, reason=data["return_reason"])
    elif state == "accepted":
        services.accept_report(report=report, by=coordinator)


def _backdate(period, data: dict, dates: dict[str, str], *, suffix: str) -> None:
    """The demo's steps on the dates of its timeline, not today's."""
    moment = dt.datetime.fromisoformat
    type(period).objects.filter(pk=period.pk).update(
        opened_at=moment(data["opened_at"]),
        published_at=moment(data["published_at"]) if data.get("published_at") else None,
    )
    reports = ProgressReport.objects.filter(period=period)
    for action in ("submit", "return", "accept"):
        when = moment(dates[action + suffix])
        ReportTransition.objects.filter(report__period=period, action=action).update(at=when)
        if action == "submit":
            reports.exclude(submitted_at=None).update(submitted_at=when)
        if action == "accept":
            reports.exclude(accepted_at=None).update(accepted_at=when)
