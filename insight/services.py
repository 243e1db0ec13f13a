"""The coordinator's actions on overlaps: start an analysis, mark a pair (SPEC §14)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from insight import overlaps, tasks
from insight.models import OverlapPair, OverlapRun
from kerntaken import permissions
from kerntaken.errors import MESSAGES, DomainError, NotAllowed
from plans.models import Plan, Round
from reviews import services as review_services

# A run that has not finished after this long is taken to have died with its worker.
STALE_AFTER = dt.timedelta(hours=1)


def start_analysis(*, round: Round, by) -> OverlapRun:
    """Ask for an analysis of the round; it runs in the background after the commit."""
    if not permissions.can_view_overlaps(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    with transaction.atomic():
        # The round's row lock: two coordinators starting at once start one analysis.
        Round.objects.select_for_update().get(pk=round.pk)
        active = OverlapRun.objects.filter(
            round=round,
            status__in=[OverlapRun.Status.QUEUED, OverlapRun.Status.RUNNING],
            created_at__gte=timezone.now() - STALE_AFTER,
        )
        if active.exists():
            raise DomainError(MESSAGES["overlap_running"])
        run = OverlapRun.objects.create(round=round, started_by=by)
        transaction.on_commit(lambda: tasks.find_overlaps.enqueue(run.pk))
    return run


def mark_pair(*, pair: OverlapPair, mark: str, by, to_review: bool = False) -> list[str]:
    """Mark a pair "to discuss" or "no overlap" (or open it again). "To discuss" may put
    both processes before their plans' working groups, for plans in review; returns what
    the coordinator should be told about that."""
    if not permissions.can_view_overlaps(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    mark = OverlapPair.Mark(mark)
    with transaction.atomic():
        pair = (
            OverlapPair.objects.select_for_update()
            .select_related("first__plan__domain", "second__plan__domain")
            .get(pk=pair.pk)
        )
        first, second = pair.first, pair.second
        pair.mark = mark
        if mark == OverlapPair.Mark.OPEN:
            pair.marked_by = pair.marked_at = None
            pair.first_text = pair.second_text = ""
        else:
            pair.marked_by, pair.marked_at = by, timezone.now()
            pair.first_text = overlaps.text_fingerprint(first.title, first.description)
            pair.second_text = overlaps.text_fingerprint(second.title, second.description)
        pair.save()
        if mark != OverlapPair.Mark.DISCUSS or not to_review:
            return []
        return [_to_review(process, by) for process in (first, second)]


def _to_review(process, by) -> str:
    plan = process.plan
    if plan.status != Plan.Status.IN_REVIEW:
        return _("%(code)s (%(domain)s) is not in review: its plan is “%(state)s”.") % {
            "code": process.code,
            "domain": plan.domain.name,
            "state": plan.get_status_display(),
        }
    try:
        with transaction.atomic():
            review_services.add_review_item(plan=plan, process=process, by=by)
    except DomainError as error:
        return f"{process.code} ({plan.domain.name}): {error}"
    return _("%(code)s (%(domain)s) is on the working group's list.") % {
        "code": process.code,
        "domain": plan.domain.name,
    }
