"""Reminders of the reporting deadline (SPEC §13): to the editors of every domain whose
progress report in an open period is still a draft or was returned, 7 days and 1 day
before the period's deadline — once per deadline and step (see plans/reminders.py, the
submission's; `manage.py send_reminders` runs both, settings.REMINDER_SOURCES)."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from followup.models import ProgressReport, ReportingPeriod
from followup.services import report_context
from notifications.services import REMINDER_DAYS, send_reminder
from plans.services import plan_editors


def reporting_reminders(*, today: dt.date) -> int:
    furthest = today + dt.timedelta(days=max(REMINDER_DAYS))
    reports = ProgressReport.objects.filter(
        period__status=ReportingPeriod.Status.OPEN,
        period__deadline__range=(today, furthest),
        status__in=ProgressReport.EDITABLE_STATES,
    ).select_related("period", "plan__domain")
    sent = 0
    for report in reports:
        deadline = report.period.deadline
        days_left = (deadline - today).days
        step = min(days for days in REMINDER_DAYS if days_left <= days)
        sent += send_reminder(
            recipients=plan_editors(report.plan),
            key=f"report:{report.pk}:submission",
            deadline=deadline,
            days_before=step,
            kind="reporting_reminder",
            context=report_context(report, deadline=deadline.isoformat()),
            url=reverse("followup:report_detail", kwargs={"pk": report.pk}),
        )
    return sent
