"""Send the reminders that are due today; meant to run once a day (cron, systemd timer).

Running it twice, or on two machines at once, reminds nobody twice (SentReminder's
unique constraint). Each source of deadlines is listed in settings.REMINDER_SOURCES.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = "Send the deadline reminders due today (run daily)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--today",
            type=dt.date.fromisoformat,
            help="The day to act as (YYYY-MM-DD); default: today.",
        )

    def handle(self, *args, today: dt.date | None = None, **options) -> None:
        today = today or timezone.localdate()
        total = 0
        for path in settings.REMINDER_SOURCES:
            total += import_string(path)(today=today)
        self.stdout.write(f"{total} reminder(s) sent for {today.isoformat()}.")
