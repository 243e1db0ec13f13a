"""The texts of every notification, by kind: its subject, its message and the link's label.

The texts are msgids, translated when a notification is read (the in-app list, in the
reader's language) or mailed (in the recipient's language). The values they name come
from the notification's context: plain data. A later stage adds its kinds here (the
follow-up: reporting period opened, report returned or accepted, reporting reminders).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Kind:
    subject: Promise
    message: Promise
    action: Promise


KINDS: dict[str, Kind] = {
    "plan_submitted": Kind(
        _("Core-task plan submitted: %(domain)s"),
        _("The plan of %(domain)s for %(round)s was submitted and awaits your review."),
        _("Review the plan"),
    ),
    "plan_returned": Kind(
        _("Core-task plan returned: %(domain)s"),
        _(
            "The coordinating administration returned the plan of %(domain)s for changes. "
            "Reason: %(reason)s"
        ),
        _("Change the plan"),
    ),
    "review_started": Kind(
        _("Review started: %(domain)s"),
        _(
            "The review of the plan of %(domain)s started: %(count)s processes go before "
            "the working group %(group)s."
        ),
        _("Open the plan"),
    ),
    "meeting_scheduled": Kind(
        _("Working group meeting on %(date)s: %(group)s"),
        _("The working group %(group)s meets on %(date)s (%(place)s). On the agenda:"),
        _("Open the meeting"),
    ),
    "plan_validated": Kind(
        _("Decisions recorded, plan validated: %(domain)s"),
        _(
            "The working group's decisions on the plan of %(domain)s were recorded and the "
            "plan was validated. The final assessments:"
        ),
        _("Open the plan"),
    ),
    "plan_approved": Kind(
        _("Core-task plan approved: %(domain)s"),
        _("The government approved the plan of %(domain)s on %(date)s (%(reference)s)."),
        _("Open the approved plan"),
    ),
    "submission_reminder": Kind(
        _("Reminder: submit the plan of %(domain)s by %(deadline)s"),
        _(
            "The plan of %(domain)s for %(round)s has not been submitted yet; the "
            "submission deadline is %(deadline)s."
        ),
        _("Open the plan"),
    ),
}
