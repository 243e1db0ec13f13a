"""Reminders of the submission deadline (SPEC §13): to the editors of every plan of an
open round that is still a draft or was returned, 7 days and 1 day before the deadline.

`manage.py send_reminders` (run daily) calls every source in settings.REMINDER_SOURCES;
this is the plans' one. A day the job did not run is caught up: a plan 5 days from its
deadline still gets the 7-day reminder, once; the job run twice reminds nobody twice.
"""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from notifications.services import REMINDER_DAYS, send_reminder
from plans.models import Plan
from plans.services import plan_context, plan_editors


def submission_reminders(*, today: dt.date) -> int:
    furthest = today + dt.timedelta(days=max(REMINDER_DAYS))
    plans = Plan.objects.filter(
        round__is_open=True,
        round__submission_deadline__range=(today, furthest),
        status__in=[Plan.Status.DRAFT, Plan.Status.RETURNED],
    ).select_related("domain", "round")
    sent = 0
    for plan in plans:
        deadline = plan.round.submission_deadline
        days_left = (deadline - today).days
        step = min(days for days in REMINDER_DAYS if days_left <= days)
        sent += send_reminder(
            recipients=plan_editors(plan),
            key=f"plan:{plan.pk}:submission",
            deadline=deadline,
            days_before=step,
            kind="submission_reminder",
            context=plan_context(plan, deadline=deadline.isoformat()),
            url=reverse("plans:plan_detail", kwargs={"pk": plan.pk}),
        )
    return sent
