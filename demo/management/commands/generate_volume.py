"""`manage.py generate_volume [--rounds 4] [--processes 50000] [--reset]`: volume data for
the benchmarks (Excel export and import, search).

Builds `--rounds` rounds (slugs `volume-1`, `volume-2`, …) over the 13 policy domains of
the demo, one plan per domain per round, and `--processes` core processes spread evenly
over those plans, their texts borrowed from the demo's processes. Every round but the last
is approved by a government decision (final assessments set), with its follow-up (tracks,
milestones, a published period with accepted reports: demo/volume_followup.py); the last
round's plans are in every other state, for searches across states.

Fast: everything is inserted with `bulk_create` (no history rows, no mail). Idempotent:
when the volume rounds already hold the requested data, nothing is done; other data
needs `--reset`, which removes the volume rounds (and only those) first. The demo's own
round is never touched; domains and entities are fetched or created by their codes.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from demo import dataset, volume_followup
from plans.models import Entity, Plan, PolicyDomain, Round
from processes.models import REVIEWED_ASSESSMENTS, Assessment, Axis, CoreProcess, TransferLevel
from reviews.models import GovernmentDecision

PREFIX = "volume-"
BATCH = 5_000
# The last round's plans go round these states (approved needs a decision: earlier rounds).
OPEN_STATES = [
    Plan.Status.DRAFT,
    Plan.Status.SUBMITTED,
    Plan.Status.IN_REVIEW,
    Plan.Status.VALIDATED,
    Plan.Status.RETURNED,
]
# How often each assessment is drawn: most processes are kept.
ASSESSMENT_WEIGHTS = {
    Assessment.PHASE_OUT: 8,
    Assessment.TRANSFER: 6,
    Assessment.OPTIMISE: 20,
    Assessment.KEEP: 50,
    Assessment.STRENGTHEN: 12,
    Assessment.INTRODUCE: 4,
}


class Command(BaseCommand):
    help = "Generate volume data (rounds × 13 domains, many processes) for the benchmarks."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--rounds", type=int, default=4)
        parser.add_argument("--processes", type=int, default=50_000)
        parser.add_argument("--reset", action="store_true", help="Remove volume data first.")
        parser.add_argument("--seed", type=int, default=2015)

    def handle(self, *args, rounds: int, processes: int, reset: bool, seed: int, **options):
        if rounds < 1 or processes < 0:
            raise CommandError("--rounds must be at least 1 and --processes at least 0.")
        started = time.perf_counter()
        existing = CoreProcess.objects.filter(plan__round__slug__startswith=PREFIX).count()
        volume_rounds = Round.objects.filter(slug__startswith=PREFIX).count()
        if not reset and (volume_rounds, existing) == (rounds, processes):
            self.stdout.write(f"The volume data is there ({rounds} rounds, {processes} processes).")
            return
        if not reset and volume_rounds:
            raise CommandError(
                f"Other volume data exists ({volume_rounds} rounds, {existing} processes); "
                "use --reset to replace it."
            )
        with transaction.atomic():
            if volume_rounds:
                self._reset()
            domains = self._domains()
            plans = self._plans(domains, rounds)
            rng = random.Random(seed)  # noqa: S311 - test data
            self._processes(plans, processes, rounds, rng)
            approved = Round.objects.filter(
                slug__startswith=PREFIX, government_decisions__isnull=False
            )
            tracks = volume_followup.generate(list(approved.distinct().order_by("pk")), rng)
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {rounds} rounds, {len(plans)} plans, {processes} core processes and "
                f"{tracks} follow-up tracks in {time.perf_counter() - started:.1f} s."
            )
        )

    def _reset(self) -> None:
        """Remove the volume rounds with their plans, processes and decisions, in bulk.

        Plain SQL deletes: the ORM's delete would load every process to write a history
        row for each, which is what volume data does not want.
        """
        rounds = list(Round.objects.filter(slug__startswith=PREFIX).values_list("pk", flat=True))
        plans = list(Plan.objects.filter(round_id__in=rounds).values_list("pk", flat=True))
        tables = [
            (model._meta.db_table, column, ids)
            for model, column, ids in volume_followup.reset_tables(rounds, plans)
        ] + [
            (CoreProcess._meta.db_table, "plan_id", plans),
            (Plan.working_groups.through._meta.db_table, "plan_id", plans),
            (Plan._meta.db_table, "id", plans),
            (GovernmentDecision._meta.db_table, "round_id", rounds),
            (Round._meta.db_table, "id", rounds),
        ]
        with connection.cursor() as cursor:
            for table, column, ids in tables:
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    marks = ", ".join(["%s"] * len(chunk))
                    cursor.execute(
                        f"DELETE FROM {connection.ops.quote_name(table)} "  # noqa: S608 - our names
                        f"WHERE {connection.ops.quote_name(column)} IN ({marks})",
                        chunk,
                    )

    def _domains(self) -> list[tuple[PolicyDomain, list[Entity], list[dict]]]:
        result = []
        for position, data in enumerate(dataset.load()["domains"], start=1):
            # By code or name: an existing domain is reused, never duplicated.
            domain = PolicyDomain.objects.filter(
                Q(code=data["code"]) | Q(name=data["name"])
            ).first() or PolicyDomain.objects.create(
                code=data["code"], name=data["name"], position=position
            )
            entities = []
            for row in data["entities"]:
                entity = domain.entities.filter(
                    Q(acronym=row["acronym"]) | Q(name=row["name"])
                ).first() or Entity.objects.create(domain=domain, **row)
                entities.append(entity)
            result.append((domain, entities, dataset.process_texts(data["code"])))
        return result

    def _plans(self, domains, rounds: int) -> list[tuple[Plan, list[Entity], list[dict]]]:
        plans = []
        now = timezone.now()
        for number in range(1, rounds + 1):
            year = 2100 + 2 * number  # far from any real round
            round_ = Round.objects.create(
                name=f"Volumeronde {number}",
                slug=f"{PREFIX}{number}",
                start_date=dt.date(year, 9, 1),
                submission_deadline=dt.date(year + 1, 1, 31),
                approval_date=dt.date(year + 1, 7, 15),
                is_open=number == rounds,
            )
            approved = number < rounds
            decision = None
            if approved:
                decision = GovernmentDecision.objects.create(
                    round=round_,
                    date=round_.approval_date,
                    reference=f"VOLUME {year + 1} DOC.{number:04d}/1",
                )
            new = [
                Plan(
                    domain=domain,
                    round=round_,
                    status=Plan.Status.APPROVED if approved else OPEN_STATES[index % 5],
                    government_decision=decision,
                    submitted_at=None if approved is False and index % 5 == 0 else now,
                    approved_at=now if approved else None,
                )
                for index, (domain, _entities, _texts) in enumerate(domains)
            ]
            Plan.objects.bulk_create(new)
            plans += [
                (plan, entities, texts)
                for plan, (_d, entities, texts) in zip(new, domains, strict=True)
            ]
        return plans

    def _processes(self, plans, total: int, rounds: int, rng: random.Random) -> None:
        """`total` processes, the same number in every round, spread evenly over its plans."""
        assessments, weights = zip(*ASSESSMENT_WEIGHTS.items(), strict=True)
        axes = list(Axis)
        levels = list(TransferLevel)
        batch: list[CoreProcess] = []
        per_round = [total // rounds + (number < total % rounds) for number in range(rounds)]
        plans_per_round = len(plans) // rounds
        for index, (plan, entities, texts) in enumerate(plans):
            number, place = divmod(index, plans_per_round)
            per_plan, extra = divmod(per_round[number], plans_per_round)
            final_set = plan.status in {Plan.Status.VALIDATED, Plan.Status.APPROVED}
            for position in range(1, per_plan + (place < extra) + 1):
                text = texts[position % len(texts)]
                assessment = rng.choices(assessments, weights)[0]
                final = assessment
                if final_set and assessment in REVIEWED_ASSESSMENTS and rng.random() < 0.2:
                    final = Assessment.KEEP  # the working group kept it after all
                batch.append(
                    CoreProcess(
                        plan=plan,
                        entity=entities[position % len(entities)],
                        code=f"{plan.domain.code}-{position:05d}",
                        title=f"{text['title'][:180]} ({position})",
                        description=text["description"],
                        axis=rng.choice(axes),
                        assessment=assessment,
                        motivation=""
                        if assessment == Assessment.KEEP
                        else text["motivation"] or "Zie de toelichting bij het plan.",
                        transfer_level=rng.choice(levels)
                        if assessment == Assessment.TRANSFER
                        else "",
                        fte=Decimal(rng.randrange(0, 4000)) / 100 if rng.random() < 0.9 else None,
                        budget=Decimal(rng.randrange(0, 500000)) / 10
                        if rng.random() < 0.9
                        else None,
                        final_assessment=final if final_set else "",
                        position=position,
                    )
                )
                if len(batch) == BATCH:
                    CoreProcess.objects.bulk_create(batch)
                    batch = []
        CoreProcess.objects.bulk_create(batch)
