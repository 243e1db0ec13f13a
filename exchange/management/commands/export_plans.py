"""`manage.py export_plans --round SLUG --output FILE.xlsx [--status STATE]` (SPEC §8).

Writes the round's plans in STATE (default: approved; `all` for every state) as the same
workbook the download gives. Unknown rounds and states end with an error and a non-zero
exit code, and no file is written.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from exchange.exports import write_workbook
from plans.models import Plan, Round
from processes.models import CoreProcess

ALL_STATES = "all"


class Command(BaseCommand):
    help = "Export a round's plans (approved by default) to an Excel workbook."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--round", required=True, help="The round's slug, e.g. 2014-2015.")
        parser.add_argument("--output", required=True, help="The .xlsx file to write.")
        parser.add_argument(
            "--status",
            default=Plan.Status.APPROVED,
            help=f"The plans' state: {', '.join(Plan.Status.values)} or {ALL_STATES}. "
            "Default: approved.",
        )

    def handle(self, *args, round: str, output: str, status: str, **options) -> None:
        round_ = Round.objects.filter(slug=round).first()
        if round_ is None:
            known = ", ".join(Round.objects.order_by("slug").values_list("slug", flat=True))
            raise CommandError(f"Unknown round {round!r}. Known rounds: {known or 'none'}.")
        if status != ALL_STATES and status not in Plan.Status.values:
            raise CommandError(
                f"Unknown state {status!r}. Choose one of: "
                f"{', '.join(Plan.Status.values)}, {ALL_STATES}."
            )
        path = Path(output)
        if path.suffix.lower() != ".xlsx":
            raise CommandError(f"The output must be an .xlsx file, not {output!r}.")
        if not path.parent.is_dir():
            raise CommandError(f"The directory {str(path.parent)!r} does not exist.")
        processes = CoreProcess.objects.filter(plan__round=round_)
        if status != ALL_STATES:
            processes = processes.filter(plan__status=status)
        processes = processes.order_by(
            "plan__domain__position", "plan__domain__name", "position", "code"
        )
        # Write beside the target and move it in place: never a half-written workbook.
        handle, partial = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
        os.close(handle)
        try:
            write_workbook(partial, processes, round=round_)
            os.replace(partial, path)
        finally:
            Path(partial).unlink(missing_ok=True)
        count = processes.count()
        self.stdout.write(
            self.style.SUCCESS(f"Wrote {count} core processes of {round_.name} to {path}.")
        )
