"""The working groups' decisions on review items.

Decisions can only be taken while the item's plan is in review; the plan's row is
locked first so that a decision cannot race the plan's validation.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from kerntaken import permissions
from kerntaken.errors import MESSAGES, DomainError, NotAllowed
from plans.models import Plan
from plans.services import lock_plan
from processes.models import CoreProcess
from reviews.models import Meeting, ReviewItem


def _plan_in_review(plan: Plan, by) -> Plan:
    if not permissions.can_manage_reviews(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    plan = lock_plan(plan)
    if plan.status != Plan.Status.IN_REVIEW:
        raise DomainError(MESSAGES["wrong_state"] % {"state": plan.get_status_display()})
    return plan


def decide_review_item(
    *,
    item: ReviewItem,
    by,
    decision: str,
    final_assessment: str = "",
    note: str = "",
    meeting: Meeting | None = None,
) -> ReviewItem:
    note = (note or "").strip()
    with transaction.atomic():
        _plan_in_review(item.plan, by)
        item = ReviewItem.objects.select_for_update().select_related("process").get(pk=item.pk)
        if decision == ReviewItem.Decision.CONFIRMED:
            final_assessment = item.proposed_assessment
        elif decision == ReviewItem.Decision.AMENDED:
            if not final_assessment or not note:
                raise DomainError(MESSAGES["amend_needs_note"])
            if final_assessment == item.proposed_assessment:
                raise DomainError(MESSAGES["amend_same_assessment"])
        else:
            final_assessment = ""
        item.decision = decision
        item.final_assessment = final_assessment
        item.note = note
        if meeting is not None:
            item.meeting = meeting
        item.decided_by = by
        item.decided_at = timezone.now()
        item.full_clean()
        item.save()
    return item


def add_review_item(*, plan: Plan, process: CoreProcess, by) -> ReviewItem:
    """Put one more process of a plan in review before its working group."""
    with transaction.atomic():
        plan = _plan_in_review(plan, by)
        if process.plan_id != plan.pk:
            raise DomainError(MESSAGES["item_wrong_plan"])
        if ReviewItem.objects.filter(process=process).exists():
            raise DomainError(MESSAGES["item_exists"] % {"code": process.code})
        group = plan.working_groups.order_by("pk").first()
        if group is None:
            raise DomainError(MESSAGES["working_group_missing"])
        return ReviewItem.objects.create(
            plan=plan,
            process=process,
            working_group=group,
            proposed_assessment=process.assessment,
            added_by_coordinator=True,
        )


def confirm_remaining(*, items: Iterable[ReviewItem], by, meeting: Meeting | None = None) -> int:
    """Confirm every undecided item given; returns how many were confirmed."""
    count = 0
    with transaction.atomic():
        for item in items:
            if item.decision == ReviewItem.Decision.PENDING:
                decide_review_item(
                    item=item, by=by, decision=ReviewItem.Decision.CONFIRMED, meeting=meeting
                )
                count += 1
    return count
