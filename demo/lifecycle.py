"""Drive a plan through its lifecycle to a state, with the services production uses.

One path for the demo (`load_demo`), the tests' `advance` fixture and the permission
sweep's world: every state is reached the way users reach it — consultations, submission,
framework check, review, validation, a government decision — with its transitions,
frozen versions, review items and history rows. What people say along the way is a
`Script`; the working group's decisions are a `review` function.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from plans import services as plan_services
from plans.models import Plan
from reviews import services as review_services

# How far along the lifecycle a state is; a returned plan is back with its editors.
RANK = {
    Plan.Status.DRAFT: 0,
    Plan.Status.RETURNED: 0,
    Plan.Status.SUBMITTED: 1,
    Plan.Status.IN_REVIEW: 2,
    Plan.Status.VALIDATED: 3,
    Plan.Status.APPROVED: 4,
}


@dataclass(frozen=True)
class Script:
    """What is said, and when, at each step (the defaults are plain enough for tests)."""

    consulted_on: dt.date = dt.date(2015, 1, 15)
    consultation_outcome: str = "agreement"
    consultation_note: str = ""
    submit_comment: str = ""
    return_reason: str = "Motiveer de af te bouwen processen beter."
    framework_check: dict[str, str] = field(
        default_factory=lambda: {"conclusion": "Het plan past binnen het kader."}
    )
    decision_date: dt.date = dt.date(2015, 7, 17)
    decision_reference: str = ""  # empty: one of the plan's own, "VR 2015 1707 DOC.0042/1"
    decision_title: str = ""
    decision_document: object = None  # an uploaded PDF, or none


def confirm_all(plan: Plan, to: str, by, meeting=None) -> None:
    """The working group confirms every proposal, when the plan is to move on."""
    if to != Plan.Status.IN_REVIEW:
        review_services.confirm_remaining(
            items=plan.review_items.order_by("pk"), by=by, meeting=meeting
        )


Review = Callable[[Plan, str, object], None]


def advance(
    plan: Plan,
    *,
    to: str,
    by,
    coordinator,
    script: Script = Script(),  # noqa: B008 - frozen, so one shared default is safe
    review: Review = confirm_all,
) -> Plan:
    """Take `plan` from where it is to state `to`: `by` edits it, `coordinator` reviews.

    `review(plan, to, coordinator)` decides the review items while the plan is in review
    (enough of them to validate, unless `to` is in review). A step back is refused.
    """
    to = Plan.Status(to)
    if to == plan.status:
        return plan
    if RANK[to] < RANK[plan.status] or (to == Plan.Status.RETURNED and RANK[plan.status] > 1):
        raise ValueError(f"cannot advance a plan from {plan.status} to {to}")
    if plan.status in Plan.EDITABLE_STATES:
        consult(plan, by=by, script=script)
        plan = plan_services.submit_plan(plan=plan, by=by, comment=script.submit_comment)
    if to == Plan.Status.RETURNED:
        return plan_services.return_plan(plan=plan, by=coordinator, reason=script.return_reason)
    if to == Plan.Status.SUBMITTED:
        return plan
    if plan.status == Plan.Status.SUBMITTED:
        remarks = dict(script.framework_check)
        conclusion = remarks.pop("conclusion")
        review_services.save_framework_check(
            plan=plan, by=coordinator, conclusion=conclusion, remarks=remarks
        )
        plan = review_services.start_review(plan=plan, by=coordinator)
    if plan.status == Plan.Status.IN_REVIEW:
        review(plan, to, coordinator)
    if to == Plan.Status.IN_REVIEW:
        return plan
    if plan.status == Plan.Status.IN_REVIEW:
        plan = review_services.validate_plan(plan=plan, by=coordinator)
    if to == Plan.Status.VALIDATED:
        return plan
    review_services.record_government_decision(
        round=plan.round,
        date=script.decision_date,
        reference=script.decision_reference or f"VR 2015 1707 DOC.{plan.pk:04d}/1",
        title=script.decision_title,
        plans=[plan],
        by=coordinator,
        document=script.decision_document,
    )
    return Plan.objects.get(pk=plan.pk)


def consult(plan: Plan, *, by, script: Script = Script()) -> None:  # noqa: B008 - frozen
    """Record the agreement of every competent minister, as submission asks."""
    for minister in plan.domain.ministers.all():
        plan_services.record_consultation(
            plan=plan,
            minister=minister,
            date=script.consulted_on,
            outcome=script.consultation_outcome,
            note=script.consultation_note,
            by=by,
        )
