"""`manage.py find_overlaps --round SLUG`: the overlap analysis of a round, here and now.

The page starts the same analysis in the background (`insight.tasks.find_overlaps`);
this command runs it in the foreground, for a round of any size, and says what it found.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from insight import overlaps
from insight.models import OverlapRun
from plans.models import Round


class Command(BaseCommand):
    help = "Find processes of different domains in a round that look alike."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--round", required=True, help="The round's short name (slug).")

    def handle(self, *args, round: str, **options) -> None:
        round_ = Round.objects.filter(slug=round).first()
        if round_ is None:
            raise CommandError(f"No round “{round}”.")
        started = time.perf_counter()
        run = overlaps.run_analysis(OverlapRun.objects.create(round=round_))
        self.stdout.write(
            self.style.SUCCESS(
                f"{run.process_count} processes compared, {run.pair_count} pairs found "
                f"in {time.perf_counter() - started:.1f} s."
            )
        )
