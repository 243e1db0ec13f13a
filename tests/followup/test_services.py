"""The follow-up's services: one per change, each guarded, locked, logged (SPEC §10)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from followup import services
from followup.models import FollowUpTrack, Milestone, ProgressReport, ReportEntry
from kerntaken.errors import DomainError, NotAllowed, StaleEdit
from tests.followup.conftest import entries_of, open_period

pytestmark = pytest.mark.django_db

DELAYED = {"status": "delayed", "reason": "Wacht op het decreet.", "realised_fte": Decimal("1.5")}
COMPLETED = {"status": "completed", "completed_on": dt.date(2015, 11, 30)}


def fill(report, by, **by_code):
    """Save the given values per process code through the service."""
    entries = entries_of(report)
    values = {entries[code].track_id: value for code, value in by_code.items()}
    return services.save_report(report=report, by=by, version=report.version, entries=values)


# ---- periods -----------------------------------------------------------------------------


def test_opening_a_period_gives_each_approved_plan_a_draft_report(period, approved_plan):
    report = period.reports.get()
    assert report.plan == approved_plan and report.status == ProgressReport.Status.DRAFT
    assert set(entries_of(report)) == {"P2", "P3", "P4", "P5", "P6"}
    assert period.history.count() == 1


def test_opening_a_period_mails_the_editors_of_approved_domains(approved_plan, coordinator, editor):
    mail.outbox = []
    with pytest.MonkeyPatch.context():
        open_period(approved_plan.round, coordinator)
    # on_commit runs at the end of the test's transaction: run it through the hook.
    services.notify_period_opened(approved_plan.round.reporting_periods.get())
    assert [m.to for m in mail.outbox] == [[editor.email]]
    assert "Voortgang december 2015" in mail.outbox[0].subject


def test_an_editor_cannot_open_a_period(approved_plan, editor):
    with pytest.raises(NotAllowed):
        open_period(approved_plan.round, editor)
    assert not approved_plan.round.reporting_periods.exists()


def test_a_round_without_approved_plans_gets_no_period(round_, coordinator):
    with pytest.raises(DomainError, match="geen goedgekeurd plan"):
        open_period(round_, coordinator)


def test_a_period_name_is_unique_in_its_round(period, coordinator, approved_plan):
    with pytest.raises((DomainError, ValidationError)):
        open_period(approved_plan.round, coordinator)
    assert approved_plan.round.reporting_periods.count() == 1


# ---- a report's lifecycle ------------------------------------------------------------------


def test_editor_fills_in_and_submits_the_report(report, editor):
    report = fill(report, editor, P2=DELAYED, P3=COMPLETED)
    entries = entries_of(report)
    assert entries["P2"].reason == "Wacht op het decreet."
    assert entries["P3"].completed_on == dt.date(2015, 11, 30)
    report = services.submit_report(report=report, by=editor)
    assert report.status == ProgressReport.Status.SUBMITTED and report.submitted_at
    step = report.transitions.get()
    assert (step.from_status, step.to_status, step.actor) == ("draft", "submitted", editor)


def test_another_domains_editor_cannot_fill_in_or_submit(report, other_editor):
    with pytest.raises(NotAllowed):
        fill(report, other_editor, P2=DELAYED)
    with pytest.raises(NotAllowed):
        services.submit_report(report=report, by=other_editor)
    assert not ReportEntry.objects.filter(status="delayed").exists()


def test_a_save_based_on_an_older_version_is_refused(report, editor):
    old = report.version
    fill(report, editor, P2=DELAYED)
    entries = entries_of(report)
    with pytest.raises(StaleEdit):
        services.save_report(
            report=report, by=editor, version=old, entries={entries["P3"].track_id: COMPLETED}
        )
    assert entries_of(report)["P3"].status == "not_started"


def test_a_submitted_report_is_locked_for_its_editors(report, editor):
    services.submit_report(report=report, by=editor)
    report.refresh_from_db()
    with pytest.raises(DomainError, match="Ingediend"):
        fill(report, editor, P2=DELAYED)
    with pytest.raises(DomainError):
        services.submit_report(report=report, by=editor)


def test_the_coordinator_returns_with_a_reason_and_the_editor_resubmits(
    report, editor, coordinator
):
    services.submit_report(report=report, by=editor)
    with pytest.raises(DomainError, match="reden"):
        services.return_report(report=report, by=coordinator, reason="  ")
    report = services.return_report(report=report, by=coordinator, reason="Vul P2 aan.")
    assert report.status == "returned" and report.return_reason == "Vul P2 aan."
    report = fill(report, editor, P2=DELAYED)
    report = services.submit_report(report=report, by=editor)
    assert [t.action for t in report.transitions.all()] == ["submit", "return", "submit"]


def test_an_editor_cannot_return_or_accept(report, editor):
    services.submit_report(report=report, by=editor)
    with pytest.raises(NotAllowed):
        services.return_report(report=report, by=editor, reason="Nee.")
    with pytest.raises(NotAllowed):
        services.accept_report(report=report, by=editor)


def test_a_draft_cannot_be_accepted(report, coordinator):
    with pytest.raises(DomainError, match="Ontwerp"):
        services.accept_report(report=report, by=coordinator)


def test_accepting_gives_each_track_its_reported_status(report, editor, coordinator):
    fill(report, editor, P2=DELAYED, P3=COMPLETED)
    services.submit_report(report=report, by=editor)
    services.accept_report(report=report, by=coordinator)
    statuses = dict(FollowUpTrack.objects.values_list("process__code", "status"))
    assert statuses["P2"] == "delayed" and statuses["P3"] == "completed"
    assert FollowUpTrack.objects.get(process__code="P2").history.first().history_user == coordinator


def test_returning_and_accepting_mail_the_domains_editors(report, editor, coordinator):
    services.submit_report(report=report, by=editor)
    report = services.return_report(report=report, by=coordinator, reason="Vul P2 aan.")
    mail.outbox = []
    services.notify_report_decided(report)
    assert mail.outbox[0].to == [editor.email] and "Vul P2 aan." in mail.outbox[0].body


def test_the_next_period_starts_from_the_last_accepted_report(
    report, editor, coordinator, approved_plan
):
    fill(report, editor, P2=DELAYED, P3=COMPLETED)
    services.submit_report(report=report, by=editor)
    services.accept_report(report=report, by=coordinator)
    services.publish_period(period=report.period, by=coordinator)
    following = open_period(approved_plan.round, coordinator, name="Voortgang juni 2016")
    entries = entries_of(following.reports.get())
    assert entries["P2"].status == "delayed" and entries["P2"].reason == "Wacht op het decreet."
    assert entries["P3"].completed_on == dt.date(2015, 11, 30)
    assert entries["P2"].note == ""


# ---- publication ------------------------------------------------------------------------


def test_a_period_with_a_report_awaiting_a_decision_cannot_be_published(
    report, editor, coordinator
):
    services.submit_report(report=report, by=editor)
    with pytest.raises(DomainError, match="eerst"):
        services.publish_period(period=report.period, by=coordinator)


def test_a_period_without_an_accepted_report_cannot_be_published(period, coordinator):
    with pytest.raises(DomainError, match="minstens"):
        services.publish_period(period=period, by=coordinator)
    period.refresh_from_db()
    assert period.is_open


def test_a_published_period_takes_no_more_reports(report, editor, coordinator):
    services.submit_report(report=report, by=editor)
    services.accept_report(report=report, by=coordinator)
    period = services.publish_period(period=report.period, by=coordinator)
    assert period.is_published and period.published_by == coordinator
    with pytest.raises(DomainError):
        services.publish_period(period=period, by=coordinator)


def test_only_coordinators_publish(report, editor):
    with pytest.raises(NotAllowed):
        services.publish_period(period=report.period, by=editor)


# ---- tracks and milestones ----------------------------------------------------------------


def test_editor_updates_the_track_and_a_stale_update_is_refused(approved_plan, editor):
    track = FollowUpTrack.objects.get(process__code="P2")
    saved = services.update_track(
        track=track, by=editor, version=track.version, intended_result="Afgebouwd tegen 2017."
    )
    assert saved.version == track.version + 1
    with pytest.raises(StaleEdit):
        services.update_track(track=track, by=editor, version=track.version, planned_fte=1)
    track.refresh_from_db()
    assert track.intended_result == "Afgebouwd tegen 2017." and track.planned_fte is None


def test_another_domains_editor_cannot_change_a_track(approved_plan, other_editor, coordinator):
    track = FollowUpTrack.objects.get(process__code="P2")
    for user in (other_editor, coordinator):
        with pytest.raises(NotAllowed):
            services.update_track(track=track, by=user, version=track.version, planned_fte=1)


def test_a_milestone_due_before_the_round_started_is_refused(approved_plan, editor):
    track = FollowUpTrack.objects.get(process__code="P2")
    with pytest.raises(ValidationError) as refused:
        services.add_milestone(
            track=track, by=editor, title="Te vroeg", due_date=dt.date(2014, 1, 1)
        )
    assert "due_date" in refused.value.message_dict
    assert not Milestone.objects.exists()


def test_milestones_are_added_changed_and_deleted_with_history(approved_plan, editor):
    track = FollowUpTrack.objects.get(process__code="P2")
    milestone = services.add_milestone(
        track=track, by=editor, title="Decreet", due_date=dt.date(2016, 6, 30)
    )
    milestone = services.update_milestone(
        milestone=milestone, by=editor, version=milestone.version, done_on=dt.date(2016, 5, 1)
    )
    with pytest.raises(StaleEdit):
        services.delete_milestone(milestone=milestone, by=editor, version=1)
    services.delete_milestone(milestone=milestone, by=editor, version=milestone.version)
    assert not Milestone.objects.exists()
    assert Milestone.history.filter(id=milestone.pk).count() == 3
