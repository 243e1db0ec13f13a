"""The follow-up's changes (SPEC §10): one function per change, all of one shape.

check the user → lock the row(s) → check the state and the guard → save (with a history
row) → transition row → side effects (mail) after the commit.

Locks are taken in one order — the period, then the report, then its entries; the
track, then its milestones — so that a submission cannot race the period's publication
and two editors of one domain cannot interleave their saves. Edits are optimistic: the
caller names the version it started from; a save based on an older one is refused
(`StaleEdit`, with the current row to show).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import override
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from followup.models import (
    CHANGE_ASSESSMENTS,
    FollowUpTrack,
    Milestone,
    ProgressReport,
    ReportEntry,
    ReportingPeriod,
    ReportTransition,
    TrackStatus,
)
from kerntaken import permissions
from kerntaken.errors import MESSAGES, DomainError, NotAllowed, StaleEdit
from plans.models import Plan, Round

TRACK_FIELDS = ("intended_result", "planned_fte", "planned_budget")
MILESTONE_FIELDS = ("title", "due_date", "done_on")
ENTRY_FIELDS = (
    "status",
    "reason",
    "completed_on",
    "decision_reference",
    "note",
    "realised_fte",
    "realised_budget",
)
# Each status keeps only the detail that belongs to it: a track no longer delayed loses
# its reason, one no longer completed its date, one no longer stopped its decision.
DETAIL_OF = {
    "reason": TrackStatus.DELAYED,
    "completed_on": TrackStatus.COMPLETED,
    "decision_reference": TrackStatus.STOPPED,
}


# ---- tracks: created when a plan is approved -------------------------------------------


def create_tracks_for(plan: Plan) -> list[FollowUpTrack]:
    """A track for every process of the approved plan whose final assessment asks for
    change (none for `keep`), and the plan's draft report in every open period of its
    round. Idempotent: what exists is left as it is."""
    if not plan.is_approved:
        raise DomainError(MESSAGES["plan_not_approved"])
    existing = set(FollowUpTrack.objects.filter(plan=plan).values_list("process_id", flat=True))
    processes = plan.processes.filter(final_assessment__in=CHANGE_ASSESSMENTS)
    new = [
        FollowUpTrack(plan=plan, process=process)
        for process in processes.order_by("position", "code")
        if process.pk not in existing
    ]
    if new:
        new = bulk_create_with_history(new, FollowUpTrack, default_change_reason=_("Plan approved"))
    open_periods = ReportingPeriod.objects.filter(
        round_id=plan.round_id, status=ReportingPeriod.Status.OPEN
    )
    for period in open_periods:
        _create_reports(period, [plan])
    return new


def create_tracks_on_approval(sender, *, plan: Plan, by=None, **kwargs) -> None:
    """Receiver of `plans.signals.plan_approved` (connected in `FollowupConfig.ready`).

    Why a signal: the approval lives in `reviews`, an earlier stage that may not import
    the follow-up; the signal is sent inside the approval's transaction, so the tracks
    exist exactly when the plan is approved (if this fails, the approval is undone), and
    no page has to create them lazily on a GET.
    """
    create_tracks_for(plan)


def _latest_entries(track_ids: Iterable[int]) -> dict[int, dict]:
    """Per track, what its last accepted report said (one query)."""
    rows = (
        ReportEntry.objects.filter(
            track_id__in=list(track_ids), report__status=ProgressReport.Status.ACCEPTED
        )
        .order_by("report__period__reference_date", "report__period_id")
        .values("track_id", *[name for name in ENTRY_FIELDS if name != "note"])
    )
    return {row["track_id"]: row for row in rows}


def _create_reports(period: ReportingPeriod, plans: list[Plan]) -> list[ProgressReport]:
    """A draft report for each plan that has none in the period, with an entry per track
    that starts from what the last accepted report said."""
    have = set(period.reports.values_list("plan_id", flat=True))
    plans = [plan for plan in plans if plan.pk not in have]
    if not plans:
        return []
    reports = bulk_create_with_history(
        [ProgressReport(period=period, plan=plan) for plan in plans], ProgressReport
    )
    by_plan = {report.plan_id: report for report in reports}
    tracks = list(FollowUpTrack.objects.filter(plan__in=plans).values_list("pk", "plan_id"))
    latest = _latest_entries(pk for pk, _plan in tracks)
    entries = []
    for track_id, plan_id in tracks:
        values = {k: v for k, v in latest.get(track_id, {}).items() if k != "track_id"}
        entries.append(ReportEntry(report=by_plan[plan_id], track_id=track_id, **values))
    bulk_create_with_history(entries, ReportEntry)
    return reports


# ---- tracks and milestones: kept up to date by the domain's editors ---------------------


def _editable_track(track: FollowUpTrack, by) -> FollowUpTrack:
    if not permissions.can_edit_track(by, track):
        raise NotAllowed(MESSAGES["not_allowed"])
    return (
        FollowUpTrack.objects.select_for_update()
        .select_related("plan__round", "process")
        .get(pk=track.pk)
    )


def update_track(*, track: FollowUpTrack, by, version: int, **values) -> FollowUpTrack:
    """Save the intended result and the planned effect, if nobody changed them since."""
    with transaction.atomic():
        current = _editable_track(track, by)
        if current.version != version:
            raise StaleEdit(MESSAGES["stale_track"], current=current)
        for name, value in values.items():
            if name not in TRACK_FIELDS:
                raise ValueError(f"{name} cannot be edited")
            setattr(current, name, value)
        current.full_clean()
        current._history_user = by
        current.version = F("version") + 1
        current.save()
        current.refresh_from_db()
    return current


def add_milestone(
    *, track: FollowUpTrack, by, title: str, due_date: date, done_on: date | None = None
) -> Milestone:
    with transaction.atomic():
        track = _editable_track(track, by)
        milestone = Milestone(track=track, title=title.strip(), due_date=due_date, done_on=done_on)
        milestone.full_clean()
        milestone._history_user = by
        milestone.save()
    return milestone


def update_milestone(*, milestone: Milestone, by, version: int, **values) -> Milestone:
    with transaction.atomic():
        track = _editable_track(milestone.track, by)
        current = Milestone.objects.select_for_update().get(pk=milestone.pk)
        current.track = track
        if current.version != version:
            raise StaleEdit(MESSAGES["stale_milestone"], current=current)
        for name, value in values.items():
            if name not in MILESTONE_FIELDS:
                raise ValueError(f"{name} cannot be edited")
            setattr(current, name, value.strip() if isinstance(value, str) else value)
        current.full_clean()
        current._history_user = by
        current.version = F("version") + 1
        current.save()
        current.refresh_from_db()
    return current


def delete_milestone(*, milestone: Milestone, by, version: int) -> None:
    with transaction.atomic():
        _editable_track(milestone.track, by)
        current = Milestone.objects.select_for_update().filter(pk=milestone.pk).first()
        if current is None:
            return
        if current.version != version:
            raise StaleEdit(MESSAGES["stale_milestone"], current=current)
        current._history_user = by
        current.delete()


# ---- reporting periods -----------------------------------------------------------------


def open_period(
    *, round: Round, by, name: str, reference_date: date, deadline: date
) -> ReportingPeriod:
    """Open a period for the round: a draft report for each of its approved plans."""
    if not permissions.can_manage_periods(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    plans = list(round.plans.filter(status=Plan.Status.APPROVED).select_related("domain"))
    if not plans:
        raise DomainError(MESSAGES["period_no_approved_plans"])
    period = ReportingPeriod(
        round=round,
        name=(name or "").strip(),
        reference_date=reference_date,
        deadline=deadline,
        opened_by=by,
        opened_at=timezone.now(),
    )
    period.full_clean()
    with transaction.atomic():
        try:
            # A savepoint: two coordinators opening the same period meet the unique
            # constraint, and the second is told so instead of getting an error page.
            with transaction.atomic():
                period._history_user = by
                period.save()
        except IntegrityError as error:
            raise DomainError(MESSAGES["period_exists"]) from error
        _create_reports(period, plans)
        transaction.on_commit(lambda: notify_period_opened(period))
    return period


def publish_period(*, period: ReportingPeriod, by) -> ReportingPeriod:
    """Make the period's accepted reports public; it takes no more reports after this."""
    if not permissions.can_manage_periods(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    with transaction.atomic():
        period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
        if not period.is_open:
            raise DomainError(MESSAGES["period_not_open"] % {"period": period.name})
        reports = list(period.reports.select_related("plan__domain"))
        waiting = [r for r in reports if r.status == ProgressReport.Status.SUBMITTED]
        if waiting:
            domains = ", ".join(r.plan.domain.name for r in waiting)
            raise DomainError(MESSAGES["period_reports_waiting"] % {"domains": domains})
        if not any(r.status == ProgressReport.Status.ACCEPTED for r in reports):
            raise DomainError(MESSAGES["period_nothing_accepted"])
        period.status = ReportingPeriod.Status.PUBLISHED
        period.published_by = by
        period.published_at = timezone.now()
        period.version = F("version") + 1
        period._history_user = by
        period._change_reason = _("Published")
        period.save()
        period.refresh_from_db()
    return period


# ---- progress reports ------------------------------------------------------------------


def _lock(report: ProgressReport) -> ProgressReport:
    """Lock the period's row, then the report's (the order every change keeps)."""
    ReportingPeriod.objects.select_for_update().filter(pk=report.period_id).first()
    return (
        ProgressReport.objects.select_for_update()
        .select_related("period__round", "plan__domain")
        .get(pk=report.pk)
    )


def _check_move(report: ProgressReport, action: str) -> None:
    if not report.can_move(action):
        raise DomainError(MESSAGES["report_wrong_state"] % {"state": report.get_status_display()})


def _move(report: ProgressReport, *, action: str, by, comment: str = "", **fields) -> None:
    """Save the new state (and any other fields) and write the transition row."""
    from_status = report.status
    _sources, report.status = ProgressReport.TRANSITIONS[action]
    for name, value in fields.items():
        setattr(report, name, value)
    report.version = F("version") + 1
    report._change_reason = str(ProgressReport.Action(action).label)
    report._history_user = by
    report.save()
    report.refresh_from_db(fields=["version"])
    ReportTransition.objects.create(
        report=report,
        action=action,
        from_status=from_status,
        to_status=report.status,
        actor=by,
        at=timezone.now(),
        comment=comment,
    )


def _filing(report: ProgressReport, by) -> ProgressReport:
    """The locked report, if the user may file it now: its period open, it editable."""
    if not permissions.can_file_report(by, report):
        raise NotAllowed(MESSAGES["not_allowed"])
    report = _lock(report)
    if not report.period.is_open:
        raise DomainError(MESSAGES["period_not_open"] % {"period": report.period.name})
    if not report.is_editable:
        raise DomainError(MESSAGES["report_not_editable"] % {"state": report.get_status_display()})
    return report


def save_report(
    *, report: ProgressReport, by, version: int, entries: dict[int, dict]
) -> ProgressReport:
    """Save what the report says per track (`entries`: track id → values), all or nothing."""
    with transaction.atomic():
        report = _filing(report, by)
        if report.version != version:
            raise StaleEdit(MESSAGES["stale_report"], current=report)
        rows = {
            entry.track_id: entry
            for entry in report.entries.select_for_update().select_related("track__process")
        }
        changed, errors = [], {}
        for track_id, values in entries.items():
            entry = rows.get(track_id)
            if entry is None:
                raise NotAllowed(MESSAGES["not_allowed"])
            if _apply(entry, values):
                changed.append(entry)
            try:
                entry.full_clean(exclude=["report", "track"], validate_constraints=False)
            except ValidationError as error:
                code = entry.track.process.code
                for name, messages in error.message_dict.items():
                    errors.setdefault(name, []).extend(f"{code}: {m}" for m in messages)
        if errors:
            raise ValidationError(errors)
        if changed:
            bulk_update_with_history(changed, ReportEntry, list(ENTRY_FIELDS), default_user=by)
        ProgressReport.objects.filter(pk=report.pk).update(version=F("version") + 1)
        report.refresh_from_db(fields=["version"])
    return report


def _apply(entry: ReportEntry, values: dict) -> bool:
    """Set the entry's values (each status keeps only its own detail); True if changed."""
    status = values.get("status", entry.status)
    changed = False
    for name in ENTRY_FIELDS:
        if name not in values and name not in DETAIL_OF:
            continue
        value = values.get(name, getattr(entry, name))
        if name in DETAIL_OF and status != DETAIL_OF[name]:
            value = None if name == "completed_on" else ""
        if isinstance(value, str):
            value = value.strip()
        if getattr(entry, name) != value:
            setattr(entry, name, value)
            changed = True
    return changed


def submit_report(
    *, report: ProgressReport, by, version: int | None = None, comment: str = ""
) -> ProgressReport:
    """Hand the report to the coordination; it is locked for the editors from now on."""
    with transaction.atomic():
        report = _filing(report, by)
        if version is not None and report.version != version:
            raise StaleEdit(MESSAGES["stale_report"], current=report)
        _check_move(report, ProgressReport.Action.SUBMIT)
        _move(
            report,
            action=ProgressReport.Action.SUBMIT,
            by=by,
            comment=comment,
            submitted_at=timezone.now(),
        )
    return report


def return_report(*, report: ProgressReport, by, reason: str) -> ProgressReport:
    if not permissions.can_manage_periods(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(MESSAGES["report_reason_required"])
    with transaction.atomic():
        report = _lock(report)
        _check_move(report, ProgressReport.Action.RETURN)
        _move(
            report,
            action=ProgressReport.Action.RETURN,
            by=by,
            comment=reason,
            return_reason=reason,
        )
        transaction.on_commit(lambda: notify_report_decided(report))
    return report


def accept_report(*, report: ProgressReport, by) -> ProgressReport:
    """Accept the report: each of its tracks takes the status the report gives it."""
    if not permissions.can_manage_periods(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    with transaction.atomic():
        report = _lock(report)
        _check_move(report, ProgressReport.Action.ACCEPT)
        _move(
            report,
            action=ProgressReport.Action.ACCEPT,
            by=by,
            accepted_at=timezone.now(),
            return_reason="",
        )
        statuses = dict(report.entries.values_list("track_id", "status"))
        tracks = list(FollowUpTrack.objects.select_for_update().filter(pk__in=list(statuses)))
        for track in tracks:
            track.status = statuses[track.pk]
        bulk_update_with_history(
            tracks,
            FollowUpTrack,
            ["status"],
            default_user=by,
            default_change_reason=_("Report accepted"),
        )
        transaction.on_commit(lambda: notify_report_decided(report))
    return report


# ---- notifications ----------------------------------------------------------------------
# The hand-overs of SPEC §13 that the follow-up makes. They mail directly for now; the
# notification service of issue 13 (`notify`) takes them over where it is wired in.


def _mail(recipients: Iterable[str], subject: str, body: str) -> None:
    recipients = sorted(set(recipients))
    if recipients:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=False)


def _url(name: str, pk: int) -> str:
    return settings.SITE_URL.rstrip("/") + reverse(name, kwargs={"pk": pk})


def notify_period_opened(period: ReportingPeriod) -> None:
    """Tell the editors of every approved domain of the round that they can report."""
    reports = period.reports.select_related("plan__domain")
    with override(settings.LANGUAGE_CODE):
        for report in reports:
            editors = report.plan.domain.editors.filter(is_active=True).exclude(email="")
            _mail(
                editors.values_list("email", flat=True),
                _("Reporting period opened: %(period)s") % {"period": period.name},
                _(
                    "The progress report of %(domain)s on the follow-up of its plan is due "
                    "by %(deadline)s.\n\n%(url)s"
                )
                % {
                    "domain": report.plan.domain.name,
                    "deadline": date_format(period.deadline, "DATE_FORMAT"),
                    "url": _url("followup:report_detail", report.pk),
                },
            )


def notify_report_decided(report: ProgressReport) -> None:
    """Tell the domain's editors that their report was accepted or returned (and why)."""
    editors = report.plan.domain.editors.filter(is_active=True).exclude(email="")
    with override(settings.LANGUAGE_CODE):
        if report.status == ProgressReport.Status.RETURNED:
            subject = _("Progress report returned: %(period)s")
            body = _("The coordinating administration returned your report.\n\nReason: %(reason)s")
        else:
            subject = _("Progress report accepted: %(period)s")
            body = _("The coordinating administration accepted your report.")
        values = {"period": report.period.name, "reason": report.return_reason}
        _mail(
            editors.values_list("email", flat=True),
            subject % values,
            f"{body % values}\n\n{_url('followup:report_detail', report.pk)}",
        )
