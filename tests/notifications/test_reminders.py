"""Reminders of the submission deadline: 7 days and 1 day before, to the editors of the
plans still to submit, once per deadline and step however often the job runs."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core import mail
from django.core.management import call_command

from notifications.models import Notification, SentReminder
from plans.models import Plan
from tests import factories

DEADLINE = dt.date(2015, 3, 31)


@pytest.fixture
def open_round(round_):
    round_.submission_deadline = DEADLINE
    round_.save()
    return round_


def remind(today: dt.date) -> str:
    out = io.StringIO()
    call_command("send_reminders", today=today, stdout=out)
    return out.getvalue()


def reminded() -> list[tuple[str, int]]:
    return sorted(SentReminder.objects.values_list("recipient__username", "days_before").order_by())


def test_seven_days_before_the_editors_of_a_draft_are_reminded(
    open_round, plan, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        output = remind(DEADLINE - dt.timedelta(days=7))
    assert output.strip() == "1 reminder(s) sent for 2015-03-24."
    assert reminded() == [("editor", 7)]
    (message,) = mail.outbox
    assert message.to == [editor.email]
    assert message.subject == (
        "Herinnering: dien het plan van Onderwijs en Vorming in vóór 31 maart 2015"
    )
    assert f"http://127.0.0.1:8000/plannen/{plan.pk}/" in message.body


def test_the_job_run_twice_reminds_once(
    open_round, plan, editor, django_capture_on_commit_callbacks
):
    day = DEADLINE - dt.timedelta(days=7)
    with django_capture_on_commit_callbacks(execute=True):
        remind(day)
        output = remind(day)
    assert output.strip() == "0 reminder(s) sent for 2015-03-24."
    assert len(mail.outbox) == 1
    assert Notification.objects.filter(kind="submission_reminder").count() == 1


def test_each_step_once_across_the_days(
    open_round, plan, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for days_left in range(10, -2, -1):  # daily, from 10 days before to a day after
            remind(DEADLINE - dt.timedelta(days=days_left))
    assert reminded() == [("editor", 1), ("editor", 7)]
    assert len(mail.outbox) == 2


def test_a_missed_day_is_caught_up_once(open_round, plan, editor):
    remind(DEADLINE - dt.timedelta(days=5))  # the job did not run 7 days before
    remind(DEADLINE - dt.timedelta(days=4))
    assert reminded() == [("editor", 7)]


def test_a_returned_plan_is_reminded_too(open_round, plan, editor, advance, coordinator):
    from plans import services

    plan = advance(plan, "submitted", editor)
    services.return_plan(plan=plan, by=coordinator, reason="Aanvullen.")
    remind(DEADLINE - dt.timedelta(days=1))
    assert reminded() == [("editor", 1)]


@pytest.mark.parametrize("state", ["submitted", "in_review", "validated", "approved"])
def test_plans_past_submission_are_not_reminded(open_round, plan, editor, advance, state):
    advance(plan, state, editor)
    remind(DEADLINE - dt.timedelta(days=1))
    assert reminded() == []


def test_closed_rounds_and_far_deadlines_remind_nobody(open_round, plan, editor):
    remind(DEADLINE - dt.timedelta(days=8))
    assert reminded() == []
    open_round.is_open = False
    open_round.save()
    remind(DEADLINE - dt.timedelta(days=1))
    assert reminded() == []


def test_only_the_plans_own_editors(open_round, plan, editor, other_plan, other_editor):
    factories.UserFactory(username="viewer", roles=["viewer"])
    remind(DEADLINE - dt.timedelta(days=7))
    assert reminded() == [("editor", 7), ("editor2", 7)]
    assert set(Plan.objects.values_list("status", flat=True)) == {"draft"}


def test_a_new_deadline_is_a_new_reminder(open_round, plan, editor):
    remind(DEADLINE - dt.timedelta(days=1))
    open_round.submission_deadline = DEADLINE + dt.timedelta(days=14)
    open_round.save()
    remind(DEADLINE + dt.timedelta(days=13))
    assert SentReminder.objects.filter(days_before=1).count() == 2
