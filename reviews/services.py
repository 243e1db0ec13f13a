"""The coordination's records: the framework check, the working groups, their meetings
and their decisions on review items.

Decisions can only be taken while the item's plan is in review; the plan's row is
locked first so that a decision cannot race the plan's validation. Every function here
has the shape of the plan's transitions: check the user → lock → guard → save → log.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kerntaken import permissions
from kerntaken.errors import MESSAGES, DomainError, NotAllowed
from notifications.services import notify
from notifications.texts import msgid
from plans.models import Plan, PlanVersion, Round
from plans.services import check_move, freeze_version, lock_plan, move, plan_context, plan_editors
from plans.signals import plan_approved
from processes.models import FRAMEWORK_AXES, REVIEWED_ASSESSMENTS, Assessment, CoreProcess
from reviews.models import (
    FrameworkCheck,
    GovernmentDecision,
    Meeting,
    ReviewItem,
    WorkingGroup,
)

# A plan may change working group only before its items are put before one.
GROUP_CHANGEABLE_STATES = frozenset(
    {Plan.Status.DRAFT, Plan.Status.SUBMITTED, Plan.Status.RETURNED}
)


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


# ---- the framework check -------------------------------------------------------------


def save_framework_check(
    *, plan: Plan, by, conclusion: str, remarks: dict[str, str]
) -> FrameworkCheck:
    """Record the test of a submitted plan against the five axes of the framework."""
    if not permissions.can_review_plan(by, plan):
        raise NotAllowed(MESSAGES["not_allowed"])
    conclusion = (conclusion or "").strip()
    with transaction.atomic():
        plan = lock_plan(plan)
        if plan.status != Plan.Status.SUBMITTED:
            raise DomainError(MESSAGES["wrong_state"] % {"state": plan.get_status_display()})
        if not conclusion:
            raise DomainError(MESSAGES["conclusion_required"])
        check = FrameworkCheck.objects.filter(plan=plan).first() or FrameworkCheck(plan=plan)
        for axis in FRAMEWORK_AXES:
            setattr(check, axis.value, (remarks.get(axis.value) or "").strip())
        check.conclusion = conclusion
        check.checked_by = by
        check.checked_at = timezone.now()
        check._change_reason = _("Framework check")
        check._history_user = by
        check.save()
    return check


# ---- working groups ------------------------------------------------------------------


def assign_working_group(*, plan: Plan, group: WorkingGroup, by) -> Plan:
    """Put a plan before one working group of its round (and out of any other)."""
    if not permissions.can_manage_reviews(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    with transaction.atomic():
        plan = lock_plan(plan)
        if plan.status not in GROUP_CHANGEABLE_STATES:
            raise DomainError(MESSAGES["group_locked"] % {"state": plan.get_status_display()})
        if group.round_id != plan.round_id:
            raise DomainError(MESSAGES["group_other_round"])
        plan.working_groups.remove(*plan.working_groups.exclude(pk=group.pk))
        group.plans.add(plan)
    return plan


def save_working_group(
    *,
    by,
    round: Round,
    name: str,
    chair,
    members: Iterable,
    plans: Iterable[Plan],
    group: WorkingGroup | None = None,
) -> WorkingGroup:
    """Create or change a working group: its name, chair, members and plans.

    A plan sits in one working group at most (its review items go before that group),
    and a plan whose items are before this group cannot leave it.
    """
    if not permissions.can_manage_reviews(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    plans = list(plans)
    with transaction.atomic():
        if group is None:
            group = WorkingGroup(round=round)
        else:
            group = WorkingGroup.objects.select_for_update().get(pk=group.pk)
        # Lock the plans (in key order, like the approval) so that none moves meanwhile.
        chosen = list(
            Plan.objects.select_for_update()
            .select_related("domain")
            .filter(pk__in=[p.pk for p in plans])
            .order_by("pk")
        )
        for plan in chosen:
            if plan.round_id != group.round_id:
                raise DomainError(MESSAGES["group_other_round"])
            other = plan.working_groups.exclude(pk=group.pk).first()
            if other is not None:
                raise DomainError(
                    MESSAGES["plan_in_other_group"] % {"plan": plan.domain.name, "group": other}
                )
        if group.pk is not None:
            leaving = group.plans.exclude(pk__in=[p.pk for p in chosen])
            for plan in leaving.filter(review_items__working_group=group).distinct():
                raise DomainError(MESSAGES["plan_has_items"] % {"plan": plan.domain.name})
        group.name = (name or "").strip()
        group.chair = chair
        group.full_clean()
        group.save()
        group.members.set(members)
        group.plans.set(chosen)
    return group


# ---- meetings and their agenda -------------------------------------------------------


def save_meeting(
    *,
    by,
    group: WorkingGroup,
    date: date,
    place: str,
    minutes: str,
    agenda: Iterable[ReviewItem],
    meeting: Meeting | None = None,
) -> Meeting:
    """Create or change a meeting and its agenda: the open items it will discuss.

    Items already decided at this meeting stay on it; open items taken off the agenda
    go back to the group's list of items to schedule.
    """
    if not permissions.can_manage_reviews(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    agenda = list(agenda)
    with transaction.atomic():
        # The plans first, in key order, as a decision locks them: no deadlock, and no
        # item is decided or its plan validated while we schedule it.
        plan_ids = {item.plan_id for item in agenda}
        if meeting is not None:
            plan_ids |= set(meeting.items.values_list("plan_id", flat=True))
        in_review = set(
            Plan.objects.select_for_update()
            .filter(pk__in=plan_ids, status=Plan.Status.IN_REVIEW)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        items = list(
            ReviewItem.objects.select_for_update()
            .select_related("process")
            .filter(pk__in=[item.pk for item in agenda])
            .order_by("pk")
        )
        for item in items:
            if item.working_group_id != group.pk:
                raise DomainError(MESSAGES["item_other_group"] % {"code": item.process.code})
            if item.is_decided or item.plan_id not in in_review:
                raise DomainError(MESSAGES["item_not_open"] % {"code": item.process.code})
        if meeting is None:
            meeting = Meeting(working_group=group)
        before = (
            meeting.date,
            set(meeting.items.values_list("pk", flat=True)) if meeting.pk else None,
        )
        meeting.date = date
        meeting.place = (place or "").strip()
        meeting.minutes = (minutes or "").strip()
        meeting.full_clean()
        meeting.save()
        chosen = {item.pk for item in items}
        dropped = meeting.items.select_for_update().exclude(pk__in=chosen)
        decided = [ReviewItem.Decision.CONFIRMED, ReviewItem.Decision.AMENDED]
        for item in dropped.exclude(decision__in=decided):
            item.meeting = None
            item._history_user = by
            item._change_reason = _("Taken off the agenda")
            item.save(update_fields=["meeting"])
        for item in items:
            if item.meeting_id != meeting.pk:
                item.meeting = meeting
                item._history_user = by
                item._change_reason = _("Put on the agenda")
                item.save(update_fields=["meeting"])
        if before != (meeting.date, set(meeting.items.values_list("pk", flat=True))):
            _notify_meeting(meeting)
    return meeting


def _notify_meeting(meeting: Meeting) -> None:
    """The meeting and its agenda to the group's members and the editors of its plans."""
    group = meeting.working_group
    agenda = list(
        meeting.items.select_related("process", "plan__domain").order_by(
            "plan__domain__position", "process__position", "process__code"
        )
    )
    if not agenda:
        return
    context = {
        "group": group.name,
        "date": meeting.date.isoformat(),
        "place": meeting.place or "–",
        "lines": [
            {"text": f"{item.process.code} {item.process.title} ({item.plan.domain.name})"}
            for item in agenda
        ],
    }
    url = reverse("reviews:meeting_detail", kwargs={"pk": meeting.pk})
    notify(group.members.filter(is_active=True), "meeting_scheduled", context, url)
    plans = {item.plan_id: item.plan for item in agenda}
    for plan in plans.values():
        notify(
            plan_editors(plan),
            "meeting_scheduled",
            context,
            reverse("plans:plan_detail", kwargs={"pk": plan.pk}),
        )


# ---- the review's transitions (the plan lifecycle's primitive is plans.services) ----


def start_review(*, plan: Plan, by, extra_processes: Iterable[CoreProcess] = ()) -> Plan:
    """Put every process proposed for phase-out, transfer or optimisation (and any extra
    the coordinator chose) before the plan's working group."""
    if not permissions.can_review_plan(by, plan):
        raise NotAllowed(MESSAGES["not_allowed"])
    with transaction.atomic():
        plan = lock_plan(plan)
        check_move(plan, Plan.Action.START_REVIEW)
        check = getattr(plan, "framework_check", None)
        if check is None or not check.is_done:
            raise DomainError(MESSAGES["framework_check_missing"])
        group = plan.working_groups.order_by("pk").first()
        if group is None:
            raise DomainError(MESSAGES["working_group_missing"])
        extra_ids = {p.pk for p in extra_processes}
        chosen = [
            p
            for p in plan.processes.order_by("position", "code")
            if p.assessment in REVIEWED_ASSESSMENTS or p.pk in extra_ids
        ]
        if extra_ids - {p.pk for p in chosen}:
            raise DomainError(MESSAGES["item_wrong_plan"])
        ReviewItem.objects.bulk_create(
            ReviewItem(
                plan=plan,
                process=process,
                working_group=group,
                proposed_assessment=process.assessment,
                added_by_coordinator=process.assessment not in REVIEWED_ASSESSMENTS,
            )
            for process in chosen
        )
        move(plan, action=Plan.Action.START_REVIEW, by=by)
        context = plan_context(plan, group=group.name, count=len(chosen))
        notify(
            plan_editors(plan),
            "review_started",
            context,
            reverse("plans:plan_detail", kwargs={"pk": plan.pk}),
        )
        notify(
            group.members.filter(is_active=True),
            "review_started",
            context,
            reverse("reviews:plan_review", kwargs={"pk": plan.pk}),
        )
    return plan


def validate_plan(*, plan: Plan, by, comment: str = "") -> Plan:
    """Write the working group's decisions to the processes as their final assessment."""
    if not permissions.can_review_plan(by, plan):
        raise NotAllowed(MESSAGES["not_allowed"])
    with transaction.atomic():
        plan = lock_plan(plan)
        check_move(plan, Plan.Action.VALIDATE)
        items = list(plan.review_items.select_related("process"))
        undecided = [item for item in items if not item.is_decided]
        if undecided:
            raise DomainError(
                MESSAGES["items_undecided"],
                [
                    str(MESSAGES["item_undecided"])
                    % {"code": item.process.code, "decision": item.get_decision_display()}
                    for item in undecided
                ],
            )
        decided = {item.process_id: item.final_assessment for item in items}
        for process in plan.processes.all():
            final = decided.get(process.pk, process.assessment)
            if process.final_assessment != final:
                process.final_assessment = final
                process._history_user = by
                process._change_reason = _("Validated")
                process.save(update_fields=["final_assessment", "updated_at"])
        move(plan, action=Plan.Action.VALIDATE, by=by, comment=comment)
        lines = [
            {
                "text": f"{item.process.code} {item.process.title}",
                "label": msgid(Assessment(item.final_assessment).label),
            }
            for item in sorted(items, key=lambda i: (i.process.position, i.process.code))
        ]
        notify(
            plan_editors(plan),
            "plan_validated",
            plan_context(plan, lines=lines),
            reverse("plans:plan_detail", kwargs={"pk": plan.pk}),
        )
    return plan


def record_government_decision(
    *,
    round: Round,
    date: date,
    reference: str,
    plans: Iterable[Plan],
    by,
    title: str = "",
    document: UploadedFile | None = None,
):
    """Record the government's decision and approve the validated plans it names.

    All or nothing: if one plan is not (or no longer) validated, nothing is recorded.
    """
    if not permissions.can_manage_reviews(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    plans = list(plans)
    if not plans:
        raise DomainError(MESSAGES["no_plans"])
    with transaction.atomic():
        # Lock in primary-key order, so two decisions naming the same plans cannot deadlock.
        locked = list(
            Plan.objects.select_for_update()
            .select_related("domain", "round")
            .filter(pk__in=[p.pk for p in plans])
            .order_by("pk")
        )
        for plan in locked:
            if plan.status != Plan.Status.VALIDATED or plan.round_id != round.pk:
                raise DomainError(
                    MESSAGES["not_validated"]
                    % {"plan": plan.domain.name, "state": plan.get_status_display()}
                )
        decision = GovernmentDecision(
            round=round, date=date, reference=reference.strip(), title=title, recorded_by=by
        )
        if document is not None:
            decision.document = document
        decision.full_clean()
        decision.save()
        for plan in locked:
            move(
                plan,
                action=Plan.Action.APPROVE,
                by=by,
                comment=decision.reference,
                government_decision=decision,
                approved_at=timezone.now(),
            )
            freeze_version(plan, kind=PlanVersion.Kind.DEFINITIVE, by=by)
            notify(
                plan_editors(plan),
                "plan_approved",
                plan_context(plan, date=decision.date.isoformat(), reference=decision.reference),
                reverse("plans:plan_detail", kwargs={"pk": plan.pk}),
            )
            # The later stages (the follow-up) take it from here, in this transaction.
            plan_approved.send(sender=Plan, plan=plan, by=by)
    return decision
