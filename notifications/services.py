"""Tell whoever acts next: `notify(recipients, kind, context, url)`.

One function for every hand-over of the process (SPEC §13). It records an in-app
notification per recipient and, once the action's transaction commits, queues one mail
task per recipient (`notifications.tasks.send_notification_mail`), which renders the mail
in the recipient's language and retries a failing mail server. So a mail never delays,
breaks or undoes the action that caused it.

The follow-up stage (reporting period opened, report returned or accepted, reporting
reminders) calls the same function with its own kinds (`notifications.kinds.KINDS`) and,
for reminders, `send_reminder` from a source listed in `settings.REMINDER_SOURCES`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from kerntaken.logs import log_event
from notifications.kinds import KINDS
from notifications.models import Notification, SentReminder, UserPreference
from notifications.tasks import send_notification_mail

logger = logging.getLogger("kerntaken.notifications")

# Reminders go this many days before a deadline, once per step.
REMINDER_DAYS = (7, 1)


def notify(recipients: Iterable, kind: str, context: dict, url: str) -> list[Notification]:
    """Record a notification for every active recipient and mail them after the commit.

    `context` is plain data (str, int, ISO dates, and `lines`: a list of
    {"text": …, "label": msgid}); `url` is the path of the page where the recipient acts.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    users = {user.pk: user for user in recipients if user.is_active}
    if not users:
        return []
    now = timezone.now()
    notes = Notification.objects.bulk_create(
        Notification(recipient=user, kind=kind, context=context, url=url, created_at=now)
        for user in users.values()
    )
    to_mail = [note.pk for note in notes if users[note.recipient_id].email]
    transaction.on_commit(lambda: _enqueue_mails(to_mail))
    return notes


def _enqueue_mails(notification_ids: list[int]) -> None:
    for pk in notification_ids:
        try:
            send_notification_mail.enqueue(notification_id=pk)
        except Exception:  # the action has committed: a lost queue must not undo or break it
            logger.exception("could not queue the mail of a notification")
            log_event("task_enqueue_failed", notification=pk)


def remember_language(user, language: str) -> None:
    if language not in dict(settings.LANGUAGES):
        return
    UserPreference.objects.update_or_create(user=user, defaults={"language": language})


def remember_language_on_sign_in(sender, request, user, **kwargs) -> None:
    """A language chosen before signing in (its cookie) becomes the user's preference."""
    if request is not None and (chosen := request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)):
        remember_language(user, chosen)


def send_reminder(
    *,
    recipients: Iterable,
    key: str,
    deadline: dt.date,
    days_before: int,
    kind: str,
    context: dict,
    url: str,
) -> int:
    """Remind each recipient once per subject, deadline and step; returns how many were new.

    The unique constraint on SentReminder makes a second run (or two at once) a no-op.
    """
    sent = 0
    for user in recipients:
        try:
            with transaction.atomic():
                SentReminder.objects.create(
                    recipient=user,
                    key=key,
                    deadline=deadline,
                    days_before=days_before,
                    sent_at=timezone.now(),
                )
                notify([user], kind, context, url)
        except IntegrityError:
            continue  # reminded before
        sent += 1
    return sent
