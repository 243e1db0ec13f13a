"""Structured logs: one JSON object per line on stdout, for the log collector.

`log_event("plan_transition", plan=12, user=3, ...)` writes an event of the application
(a transition, a refused sign-in, a permission refusal, a failed task). Events carry ids,
never names, e-mail addresses or IP addresses: the user is their id.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

events = logging.getLogger("kerntaken.events")

# The attributes every LogRecord has; anything else was passed as `extra`.
_STANDARD = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


def log_event(event: str, *, level: int = logging.INFO, **fields) -> None:
    events.log(level, event, extra={"event": event, **fields})


class JsonFormatter(logging.Formatter):
    """Every record as one line of JSON: time, level, logger, message and the extras."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key == "request":  # Django's request logs: the path, not the whole request
                entry["path"] = getattr(value, "path", None)
            elif key not in _STANDARD and key not in entry:
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


def sign_in_failed(sender, credentials, request=None, **kwargs) -> None:
    # Neither the username tried nor the address: they are personal data.
    log_event("sign_in_failed", level=logging.WARNING)


def task_finished(sender, task_result, **kwargs) -> None:
    from django.tasks import TaskResultStatus

    if task_result.status != TaskResultStatus.FAILED:
        return
    error = task_result.errors[-1].exception_class_path if task_result.errors else ""
    log_event(
        "task_failed",
        level=logging.ERROR,
        task=task_result.task.module_path,
        task_id=str(task_result.id),
        error=error,
    )
