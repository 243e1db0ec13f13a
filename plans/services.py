"""The plan's lifecycle (SPEC §4): one function per transition, all of the same shape.

check the user → lock the plan's row → check the state and the guard → save →
transition row → side effects (mail) after the commit.

The row lock (`select_for_update`) serialises competing transitions of the same plan:
two coordinators approving at once see the state one after the other, so the second
is refused instead of approving twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from kerntaken import permissions
from kerntaken.errors import MESSAGES, DomainError, NotAllowed
from kerntaken.logs import log_event
from kerntaken.permissions import Role
from notifications.services import notify
from plans import versions
from plans.models import (
    ConsultationEvent,
    Minister,
    MinisterConsultation,
    Plan,
    PlanTransition,
    PlanVersion,
    PolicyDomain,
    Round,
)
from processes import fields as process_fields
from processes.models import CoreProcess

# ---- helpers shared by the transitions -----------------------------------------------


def lock_plan(plan: Plan) -> Plan:
    """Re-read the plan's row under a lock that lasts until the transaction ends."""
    return Plan.objects.select_for_update().select_related("domain", "round").get(pk=plan.pk)


def check_move(plan: Plan, action: str) -> None:
    if not plan.can_move(action):
        raise DomainError(MESSAGES["wrong_state"] % {"state": plan.get_status_display()})


def move(plan: Plan, *, action: str, by, comment: str = "", **fields) -> PlanTransition:
    """Save the new state (and any other fields) and write the transition row."""
    from_status = plan.status
    _sources, plan.status = Plan.TRANSITIONS[action]
    for name, value in fields.items():
        setattr(plan, name, value)
    plan.version = F("version") + 1
    plan._change_reason = str(Plan.Action(action).label)
    plan._history_user = by
    plan.save()
    plan.refresh_from_db(fields=["version"])
    transition = PlanTransition.objects.create(
        plan=plan,
        action=action,
        from_status=from_status,
        to_status=plan.status,
        actor=by,
        at=timezone.now(),
        comment=comment,
    )
    event = {"plan": plan.pk, "action": str(action), "from_status": from_status}
    event |= {"to_status": plan.status, "user": by.pk}
    transaction.on_commit(lambda: log_event("plan_transition", **event))
    return transition


def ensure_editable(plan: Plan) -> None:
    if not plan.is_editable:
        raise DomainError(MESSAGES["not_editable"] % {"state": plan.get_status_display()})


def snapshot(plan: Plan, content: list[dict] | None = None) -> dict:
    """The plan's content as plain data, for a frozen version."""
    return {
        "domain": plan.domain.name,
        "round": plan.round.name,
        "status": plan.status,
        "processes": versions.content_of(plan) if content is None else content,
    }


def freeze_version(
    plan: Plan, *, kind: str, by, content: list[dict] | None = None, consultations=()
) -> PlanVersion:
    number = (plan.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    return PlanVersion.objects.create(
        plan=plan,
        kind=kind,
        number=number,
        created_at=timezone.now(),
        created_by=by,
        data=snapshot(plan, content),
        consultations=list(consultations),
    )


def users_with_role(role: Role):
    return get_user_model().objects.filter(groups__name=role, is_active=True).distinct()


def plan_editors(plan: Plan):
    return plan.domain.editors.filter(is_active=True)


def plan_context(plan: Plan, **values) -> dict:
    """What every notification about a plan names: its domain and round."""
    return {"domain": plan.domain.name, "round": plan.round.name, **values}


# ---- what stands between a plan and its submission ---------------------------------


def submission_problems(plan: Plan) -> list[str]:
    """Every reason why the plan cannot be submitted now; empty when it can."""
    problems: list[str] = []
    processes = list(plan.processes.all())
    if not processes:
        problems.append(str(MESSAGES["no_processes"]))
    for process in processes:
        if missing := process.missing:
            problems.append(
                str(MESSAGES["process_incomplete"])
                % {"code": process.code, "missing": ", ".join(missing)}
            )
    for minister in missing_consultations(plan):
        problems.append(str(MESSAGES["consultation_missing"]) % {"minister": minister.portfolio})
    return problems


def missing_consultations(plan: Plan) -> list[Minister]:
    recorded = set(plan.consultations.values_list("minister_id", flat=True))
    return [m for m in plan.domain.ministers.all() if m.pk not in recorded]


# ---- the transitions ----------------------------------------------------------------


def submit_plan(
    *, plan: Plan, by, comment: str = "", confirm_unchanged: bool = False, reason: str = ""
) -> Plan:
    """Submit the plan. When it changed after a consultation, the editor either records
    a new one first or confirms (`confirm_unchanged`) with a `reason` that the changes
    need none; the confirmation is logged with what changed (SPEC §14)."""
    if not permissions.can_submit_plan(by, plan):
        raise NotAllowed(MESSAGES["not_allowed"])
    reason = (reason or "").strip()
    with transaction.atomic():
        plan = lock_plan(plan)
        check_move(plan, Plan.Action.SUBMIT)
        if problems := submission_problems(plan):
            raise DomainError(MESSAGES["submit_incomplete"], problems)
        content = versions.content_of(plan)
        earlier = versions.earlier_versions(plan, content)
        if earlier and not confirm_unchanged:
            raise DomainError(MESSAGES["consulted_earlier_version"])
        if earlier and not reason:
            raise DomainError(MESSAGES["confirmation_reason_required"])
        move(plan, action=Plan.Action.SUBMIT, by=by, comment=comment, submitted_at=timezone.now())
        freeze_version(
            plan,
            kind=PlanVersion.Kind.SUBMITTED,
            by=by,
            content=content,
            consultations=_consulted(plan, versions.fingerprint(content)),
        )
        if earlier:
            _log_confirmation(plan, earlier, by=by, reason=reason)
        # The coordinators act next: they review the plan.
        notify(
            users_with_role(Role.COORDINATOR),
            "plan_submitted",
            plan_context(plan),
            reverse("reviews:plan_review", kwargs={"pk": plan.pk}),
        )
    return plan


def _consulted(plan: Plan, current: str) -> list[dict]:
    """The consultations a submitted version rests on, as the version records them."""
    return [
        {
            "id": c.pk,
            "minister": c.minister.portfolio,
            "date": c.date.isoformat(),
            "fingerprint": c.fingerprint,
            "current": c.fingerprint == current,
        }
        for c in plan.consultations.select_related("minister")
    ]


def _log_confirmation(plan: Plan, earlier: list[versions.EarlierVersion], *, by, reason) -> None:
    summary: dict[str, list[str]] = {}
    for version in earlier:
        for key, lines in version.summary.items():
            summary.setdefault(key, [])
            summary[key] += [line for line in lines if line not in summary[key]]
    ConsultationEvent.objects.create(
        plan=plan,
        kind=ConsultationEvent.Kind.CONFIRMED,
        ministers="; ".join(version.ministers for version in earlier),
        reason=reason,
        changes=summary,
        actor=by,
        at=timezone.now(),
    )


def return_plan(*, plan: Plan, by, reason: str) -> Plan:
    if not permissions.can_review_plan(by, plan):
        raise NotAllowed(MESSAGES["not_allowed"])
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(MESSAGES["reason_required"])
    with transaction.atomic():
        plan = lock_plan(plan)
        check_move(plan, Plan.Action.RETURN)
        # A returned plan is reviewed afresh after resubmission: open items go.
        plan.review_items.all().delete()
        move(plan, action=Plan.Action.RETURN, by=by, comment=reason, return_reason=reason)
        notify(
            plan_editors(plan),
            "plan_returned",
            plan_context(plan, reason=reason),
            reverse("plans:plan_detail", kwargs={"pk": plan.pk}),
        )
    return plan


# ---- the plan's other records ------------------------------------------------------


def record_consultation(
    *, plan: Plan, minister: Minister, date: date, outcome: str, note: str, by
) -> MinisterConsultation:
    if not permissions.can_edit_plan(by, plan):
        raise NotAllowed(MESSAGES["not_allowed"])
    with transaction.atomic():
        plan = lock_plan(plan)
        ensure_editable(plan)
        if not plan.domain.ministers.filter(pk=minister.pk).exists():
            raise DomainError(MESSAGES["not_allowed"])
        # The consultation is about the plan as it is now (SPEC §14).
        content = versions.content_of(plan)
        current = versions.fingerprint(content)
        before = MinisterConsultation.objects.filter(plan=plan, minister=minister).first()
        consultation, _created = MinisterConsultation.objects.update_or_create(
            plan=plan,
            minister=minister,
            defaults={
                "date": date,
                "outcome": outcome,
                "note": note,
                "recorded_by": by,
                "fingerprint": current,
                "content": content,
            },
        )
        if before is not None and before.fingerprint and before.fingerprint != current:
            comparison = versions.compare_snapshots(
                {"processes": before.content}, {"processes": content}
            )
            ConsultationEvent.objects.create(
                plan=plan,
                kind=ConsultationEvent.Kind.RECONSULTED,
                ministers=minister.portfolio,
                changes=versions.change_summary(comparison),
                actor=by,
                at=timezone.now(),
            )
        Plan.objects.filter(pk=plan.pk).update(version=F("version") + 1)
    return consultation


def create_plan(*, domain: PolicyDomain, round: Round, by, based_on: Plan | None = None) -> Plan:
    """Open a domain's plan in a round, optionally from its previous approved plan.

    Copied processes keep their content but lose their assessments: each must be
    reassessed in the new round.
    """
    if not permissions.can_start_plan(by, domain.pk):
        raise NotAllowed(MESSAGES["not_allowed"])
    if not round.is_open:
        raise DomainError(MESSAGES["round_closed"])
    if based_on is not None and (based_on.domain_id != domain.pk or not based_on.is_approved):
        raise DomainError(MESSAGES["not_allowed"])
    with transaction.atomic():
        if Plan.objects.filter(domain=domain, round=round).exists():
            raise DomainError(MESSAGES["plan_exists"])
        try:
            # A savepoint: two people starting the same plan at once meet the unique
            # constraint, and the second is told so instead of getting an error page.
            with transaction.atomic():
                plan = Plan.objects.create(domain=domain, round=round, based_on=based_on)
        except IntegrityError as error:
            raise DomainError(MESSAGES["plan_exists"]) from error
        PlanTransition.objects.create(
            plan=plan,
            action=Plan.Action.CREATE,
            from_status="",
            to_status=plan.status,
            actor=by,
            at=timezone.now(),
            comment=str(based_on) if based_on else "",
        )
        if based_on is not None:
            # With history rows, so each copied process says where it came from.
            bulk_create_with_history(
                [
                    CoreProcess(
                        plan=plan,
                        position=p.position,
                        **process_fields.copied_values(p),
                    )
                    for p in based_on.processes.order_by("position", "code")
                ],
                CoreProcess,
                default_user=by,
                default_change_reason=_("Copied from %(plan)s") % {"plan": based_on},
            )
    return plan


# ---- new rounds and the round's documents (publish) ---------------------------------


def previous_approved_plans(round: Round, domain_ids: Iterable[int]) -> dict[int, Plan]:
    """Per domain, its approved plan in the round this one follows (what a new plan copies)."""
    if round.previous_id is None:
        return {}
    plans = Plan.objects.filter(
        round_id=round.previous_id, status=Plan.Status.APPROVED, domain_id__in=list(domain_ids)
    ).select_related("domain", "round")
    return {plan.domain_id: plan for plan in plans}


def start_plan(*, domain: PolicyDomain, round: Round, by) -> Plan:
    """Start the domain's plan in the round from its previous approved plan, if it has one."""
    based_on = previous_approved_plans(round, [domain.pk]).get(domain.pk)
    return create_plan(domain=domain, round=round, by=by, based_on=based_on)
