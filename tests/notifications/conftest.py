"""The real queue for the tests that need it: the database backend and its worker.

`queue` switches TASKS to django-tasks-db (as production runs); `run_worker()` runs the
worker's own command (`manage.py db_worker --batch`) until the queue holds nothing ready.
"""

from __future__ import annotations

import smtplib

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command


class FailingMailServer(BaseEmailBackend):
    """A mail server that refuses every message."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


FAILING_MAILERS = {"default": {"BACKEND": "tests.notifications.conftest.FailingMailServer"}}


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def run_worker(queue):
    def run() -> None:
        call_command(
            "db_worker", batch=True, reload=False, startup_delay=False, interval=0, verbosity=0
        )

    return run
