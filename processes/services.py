"""Changes to a plan's core processes: only while the plan is a draft or returned.

Every change locks the plan's row first, so that no process slips in or changes
while the plan is being submitted. Edits are optimistic: the caller names the
version it started from, and a save based on an older version is refused.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import F, Max

from kerntaken import permissions
from kerntaken.errors import MESSAGES, NotAllowed, StaleEdit
from plans.models import Plan
from plans.services import ensure_editable, lock_plan
from processes.models import CoreProcess

EDITABLE_FIELDS = (
    "entity",
    "code",
    "title",
    "description",
    "axis",
    "assessment",
    "motivation",
    "transfer_level",
    "fte",
    "budget",
)


def _editable_plan(plan: Plan, by) -> Plan:
    if not permissions.can_edit_plan(by, plan):
        raise NotAllowed(MESSAGES["not_allowed"])
    plan = lock_plan(plan)
    ensure_editable(plan)
    return plan


def create_process(*, plan: Plan, by, **values) -> CoreProcess:
    with transaction.atomic():
        plan = _editable_plan(plan, by)
        last = plan.processes.aggregate(last=Max("position"))["last"]
        process = CoreProcess(plan=plan, position=(last or 0) + 1, **values)
        process._history_user = by
        process.full_clean()
        process.save()
    return process


def update_process(*, process: CoreProcess, by, version: int, **values) -> CoreProcess:
    """Save the new values if nobody changed the process since `version` was read."""
    with transaction.atomic():
        _editable_plan(process.plan, by)
        current = CoreProcess.objects.select_for_update().get(pk=process.pk)
        if current.version != version:
            raise StaleEdit(MESSAGES["stale_process"], current=current)
        for name, value in values.items():
            if name not in EDITABLE_FIELDS:
                raise ValueError(f"{name} cannot be edited")
            setattr(current, name, value)
        current.full_clean()
        current._history_user = by
        current.version = F("version") + 1
        current.save()
        current.refresh_from_db()
    return current


def delete_process(*, process: CoreProcess, by, version: int | None = None) -> None:
    with transaction.atomic():
        _editable_plan(process.plan, by)
        current = CoreProcess.objects.select_for_update().filter(pk=process.pk).first()
        if current is None:
            return
        if version is not None and current.version != version:
            raise StaleEdit(MESSAGES["stale_process"], current=current)
        current._history_user = by
        current.delete()


def move_process(*, process: CoreProcess, by, offset: int) -> None:
    """Move a process up (offset -1) or down (+1) in its plan's order."""
    with transaction.atomic():
        plan = _editable_plan(process.plan, by)
        ordered = list(plan.processes.select_for_update().order_by("position", "code"))
        index = next(i for i, p in enumerate(ordered) if p.pk == process.pk)
        target = index + offset
        if not 0 <= target < len(ordered):
            return
        ordered[index], ordered[target] = ordered[target], ordered[index]
        for position, item in enumerate(ordered, start=1):
            if item.position != position:
                CoreProcess.objects.filter(pk=item.pk).update(
                    position=position, version=F("version") + 1
                )
