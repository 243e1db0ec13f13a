"""The mail goes through the real queue: the database backend and its worker.

And a failing mail server neither breaks nor undoes the action: the plan moved, the
error is logged, the mail is tried again later.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.tasks import TaskResultStatus
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from notifications.models import Notification
from notifications.tasks import MAX_ATTEMPTS, RETRY_DELAYS, send_notification_mail
from plans import services as plan_services
from plans.models import Plan
from tests.conftest import consult_all, fill_plan
from tests.notifications.conftest import FAILING_MAILERS

# The worker runs here, in the test's process, as in production: on committed rows (its
# own transactions; it closes a connection left inside a transaction, as a test's is).
WORKER = pytest.mark.django_db(transaction=True)


@pytest.fixture
def ready(plan, editor):
    fill_plan(plan)
    consult_all(plan, editor)
    return plan


def submit(plan, editor, capture) -> None:
    with capture(execute=True):
        plan_services.submit_plan(plan=plan, by=editor)


@WORKER
def test_mail_waits_in_the_queue_until_the_worker_sends_it(
    ready, editor, coordinator, run_worker, django_capture_on_commit_callbacks
):
    submit(ready, editor, django_capture_on_commit_callbacks)
    # Queued, not sent: the request did not wait for the mail server.
    (queued,) = DBTaskResult.objects.all()
    assert queued.task_path == "notifications.tasks.send_notification_mail"
    assert queued.status == TaskResultStatus.READY
    assert mail.outbox == []

    run_worker()

    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL
    assert [m.to for m in mail.outbox] == [[coordinator.email]]
    assert Notification.objects.get(recipient=coordinator).mailed_at is not None


@WORKER
def test_a_task_run_twice_mails_once(
    ready, editor, coordinator, run_worker, django_capture_on_commit_callbacks
):
    submit(ready, editor, django_capture_on_commit_callbacks)
    note = Notification.objects.get(recipient=coordinator)
    run_worker()
    send_notification_mail.enqueue(notification_id=note.pk)  # e.g. a worker killed late
    run_worker()
    assert len(mail.outbox) == 1


@WORKER
def test_failing_mail_server_leaves_the_action_and_retries_later(
    ready, editor, coordinator, settings, run_worker, caplog,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    settings.MAILERS = FAILING_MAILERS
    submit(ready, editor, django_capture_on_commit_callbacks)
    with caplog.at_level(logging.INFO, logger="kerntaken"):
        run_worker()

    ready.refresh_from_db()
    assert ready.status == Plan.Status.SUBMITTED  # the action stands
    results = list(DBTaskResult.objects.order_by("enqueued_at"))
    assert [r.status for r in results] == [TaskResultStatus.FAILED, TaskResultStatus.READY]
    retry = results[1]
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    # Back-off: not before the first pause is over.
    assert retry.run_after >= timezone.now() + RETRY_DELAYS[0] - timedelta(seconds=5)
    events = {r.event: r for r in caplog.records if hasattr(r, "event")}
    assert events["mail_failed"].attempt == 1 and events["mail_failed"].retry is True
    assert events["mail_failed"].error == "SMTPServerDisconnected"
    assert events["task_failed"].levelno == logging.ERROR
    assert Notification.objects.get(recipient=coordinator).mailed_at is None

    # The server is back; the retry is due: the mail leaves, once.
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    assert [m.to for m in mail.outbox] == [[coordinator.email]]
    assert Notification.objects.get(recipient=coordinator).mailed_at is not None


@WORKER
def test_retries_stop_after_the_last_attempt(coordinator, settings, run_worker, caplog):
    settings.MAILERS = FAILING_MAILERS
    note = Notification.objects.create(
        recipient=coordinator,
        kind="plan_submitted",
        context={"domain": "X", "round": "R"},
        url="/",
        created_at=timezone.now(),
    )
    send_notification_mail.enqueue(notification_id=note.pk, attempt=MAX_ATTEMPTS)
    with caplog.at_level(logging.INFO, logger="kerntaken"):
        run_worker()
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()
    failed = next(r for r in caplog.records if getattr(r, "event", "") == "mail_failed")
    assert failed.retry is False


@pytest.mark.django_db(transaction=True)
def test_failing_mail_server_is_no_500_for_the_user(
    client, ready, editor, coordinator, settings, caplog
):
    # Real commits, so the mail task runs inside the request (tasks run at once here, as
    # without a worker): its failure stays inside the task.
    settings.MAILERS = FAILING_MAILERS
    client.force_login(editor)
    url = reverse("plans:plan_submit", kwargs={"pk": ready.pk})
    with caplog.at_level(logging.INFO, logger="kerntaken"):
        response = client.post(url, {})
    assert response.status_code == 302
    ready.refresh_from_db()
    assert ready.status == Plan.Status.SUBMITTED
    events = [getattr(r, "event", "") for r in caplog.records]
    assert "mail_failed" in events and "task_failed" in events
    assert Notification.objects.get(recipient=coordinator).mailed_at is None
    assert mail.outbox == []
