"""The mail task: one notification, one mail, in the recipient's language.

Queued after the action's commit by `notifications.services.notify`; run by the worker
(`manage.py db_worker`). A failing mail server (refused connection, SMTP error) is logged
and the mail tried again later, with a growing pause; the action that caused it has long
been saved. The notification remembers when its mail left, so a task run twice (a worker
killed after sending) does not mail twice.
"""

from __future__ import annotations

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone, translation

from kerntaken.logs import log_event
from notifications.models import Notification
from notifications.texts import language_of, render

logger = logging.getLogger("kerntaken.notifications")

# Pause before attempt n+1 after attempt n failed: 1 min, 5 min, 15 min, 1 h, 3 h.
RETRY_DELAYS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=3),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
MAIL_ERRORS = (smtplib.SMTPException, OSError)


@task()
def send_notification_mail(notification_id: int, attempt: int = 1) -> str:
    note = (
        Notification.objects.select_related("recipient", "recipient__preference")
        .filter(pk=notification_id)
        .first()
    )
    if note is None or note.mailed_at is not None:
        return "nothing to send"
    recipient = note.recipient
    if not recipient.email or not recipient.is_active:
        return "no address"
    with translation.override(language_of(recipient)):
        message = _message(note)
    try:
        message.send()
    except MAIL_ERRORS as error:
        _retry_later(note, attempt, error)
        raise  # this attempt failed: the task's result says so (and it is logged)
    Notification.objects.filter(pk=note.pk).update(mailed_at=timezone.now())
    return "sent"


def _message(note: Notification) -> EmailMessage:
    rendered = render(note)
    body = render_to_string(
        "notifications/mail.txt",
        {
            "note": rendered,
            "link": settings.SITE_URL.rstrip("/") + note.url if note.url else "",
            "site_url": settings.SITE_URL,
        },
    )
    return EmailMessage(
        subject=rendered.subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[note.recipient.email],
    )


def _retry_later(note: Notification, attempt: int, error: Exception) -> None:
    backend = send_notification_mail.get_backend()
    will_retry = attempt < MAX_ATTEMPTS and backend.supports_defer
    log_event(
        "mail_failed",
        level=logging.WARNING,
        notification=note.pk,
        user=note.recipient_id,
        kind=note.kind,
        attempt=attempt,
        error=type(error).__name__,
        retry=will_retry,
    )
    if not will_retry:
        # Out of attempts, or a backend that runs at once (tests, no worker): give up;
        # the in-app notification still tells the recipient.
        return
    run_after = timezone.now() + RETRY_DELAYS[attempt - 1]
    # Queued in its own transaction: the worker's failure bookkeeping must not lose it.
    with transaction.atomic():
        send_notification_mail.using(run_after=run_after).enqueue(
            notification_id=note.pk, attempt=attempt + 1
        )
