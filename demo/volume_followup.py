"""The follow-up of the volume data (`manage.py generate_volume`): for every approved
volume round, a track per process whose final assessment asks for change, two milestones
per track (one of them overdue on every third), and one published period whose reports
are accepted, with an entry per track in each status in turn.

Inserted with `bulk_create` (no history rows, no mail), like the rest of the volume.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from django.utils import timezone

from followup.models import (
    CHANGE_ASSESSMENTS,
    FollowUpTrack,
    Milestone,
    ProgressReport,
    ReportEntry,
    ReportingPeriod,
    ReportTransition,
    TrackStatus,
)
from plans.models import Plan, Round
from processes.models import CoreProcess

BATCH = 5_000
STATUSES = list(TrackStatus)


def generate(rounds: list[Round], rng: random.Random) -> int:
    """Tracks, milestones, a published period and its reports; returns the track count."""
    total = 0
    now = timezone.now()
    for round_ in rounds:
        tracks = _tracks(round_, rng)
        total += len(tracks)
        _milestones(round_, tracks)
        reference = round_.approval_date + dt.timedelta(days=170)
        period = ReportingPeriod.objects.create(
            round=round_,
            name=f"Voortgang {reference:%Y-%m}",
            reference_date=reference,
            deadline=reference + dt.timedelta(days=31),
            status=ReportingPeriod.Status.PUBLISHED,
            opened_at=now,
            published_at=now,
        )
        plans = Plan.objects.filter(round=round_, status=Plan.Status.APPROVED)
        reports = ProgressReport.objects.bulk_create(
            ProgressReport(
                period=period,
                plan=plan,
                status=ProgressReport.Status.ACCEPTED,
                submitted_at=now,
                accepted_at=now,
            )
            for plan in plans
        )
        by_plan = {report.plan_id: report for report in reports}
        _entries(tracks, by_plan, reference)
    return total


def _tracks(round_: Round, rng: random.Random) -> list[FollowUpTrack]:
    processes = CoreProcess.objects.filter(
        plan__round=round_,
        plan__status=Plan.Status.APPROVED,
        final_assessment__in=CHANGE_ASSESSMENTS,
    ).values_list("pk", "plan_id", "fte", "budget")
    tracks = [
        FollowUpTrack(
            plan_id=plan_id,
            process_id=pk,
            intended_result="Het beoogde resultaat van dit traject.",
            planned_fte=None if fte is None else (fte / 2).quantize(Decimal("0.01")),
            planned_budget=None if budget is None else (budget / 2).quantize(Decimal("0.1")),
            status=rng.choice(STATUSES),
        )
        for pk, plan_id, fte, budget in processes.iterator(chunk_size=BATCH)
    ]
    return FollowUpTrack.objects.bulk_create(tracks, batch_size=BATCH)


def _milestones(round_: Round, tracks: list[FollowUpTrack]) -> None:
    start = round_.approval_date
    Milestone.objects.bulk_create(
        (
            milestone
            for index, track in enumerate(tracks)
            for milestone in (
                Milestone(
                    track=track,
                    title="Plan van aanpak goedgekeurd",
                    due_date=start + dt.timedelta(days=60),
                    done_on=None if index % 3 == 0 else start + dt.timedelta(days=55),
                ),
                Milestone(
                    track=track,
                    title="Uitvoering afgerond",
                    due_date=start + dt.timedelta(days=700),
                ),
            )
        ),
        batch_size=BATCH,
    )


def _entries(tracks: list[FollowUpTrack], by_plan: dict, reference: dt.date) -> None:
    def entry(index: int, track: FollowUpTrack) -> ReportEntry:
        status = STATUSES[index % len(STATUSES)]
        return ReportEntry(
            report=by_plan[track.plan_id],
            track=track,
            status=status,
            reason="Vertraagd door de regelgeving." if status == TrackStatus.DELAYED else "",
            completed_on=reference if status == TrackStatus.COMPLETED else None,
            decision_reference="VR VOLUME STOP" if status == TrackStatus.STOPPED else "",
            note="Interne notitie.",
            realised_fte=track.planned_fte,
            realised_budget=track.planned_budget,
        )

    ReportEntry.objects.bulk_create(
        (entry(index, track) for index, track in enumerate(tracks)), batch_size=BATCH
    )


def reset_tables(round_ids: list[int], plan_ids: list[int]) -> list[tuple]:
    """(model, column, ids) to delete, in an order the foreign keys allow."""
    periods = list(
        ReportingPeriod.objects.filter(round_id__in=round_ids).values_list("pk", flat=True)
    )
    reports = list(
        ProgressReport.objects.filter(period_id__in=periods).values_list("pk", flat=True)
    )
    tracks = list(FollowUpTrack.objects.filter(plan_id__in=plan_ids).values_list("pk", flat=True))
    return [
        (ReportEntry, "report_id", reports),
        (ReportTransition, "report_id", reports),
        (ProgressReport, "id", reports),
        (ReportingPeriod, "id", periods),
        (Milestone, "track_id", tracks),
        (FollowUpTrack, "id", tracks),
    ]
