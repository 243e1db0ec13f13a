"""`manage.py backup [--output FILE]`: a consistent copy of the database while it runs.

SQLite through its online backup API (readers and writers carry on meanwhile);
PostgreSQL through `pg_dump --format=custom` (one snapshot). `manage.py restore FILE`
puts it back.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone


def postgres_environment() -> dict[str, str]:
    """libpq's variables for the configured database: no password on a command line."""
    import os

    db = settings.DATABASES["default"]
    values = {
        "PGHOST": db.get("HOST") or "",
        "PGPORT": str(db.get("PORT") or ""),
        "PGUSER": db.get("USER") or "",
        "PGPASSWORD": db.get("PASSWORD") or "",
        "PGDATABASE": db["NAME"],
    }
    return os.environ | {name: value for name, value in values.items() if value}


class Command(BaseCommand):
    help = "Back the database up to a file (SQLite online backup, or pg_dump)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--output", type=Path, help="The file to write (default: backups/…).")

    def handle(self, *args, output: Path | None = None, **options) -> None:
        vendor = connection.vendor
        if output is None:
            stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
            suffix = "sqlite3" if vendor == "sqlite" else "dump"
            output = Path(settings.BASE_DIR) / "backups" / f"kerntaken-{stamp}.{suffix}"
        output.parent.mkdir(parents=True, exist_ok=True)
        if vendor == "sqlite":
            source = sqlite3.connect(settings.DATABASES["default"]["NAME"])
            target = sqlite3.connect(output)
            try:
                with target:
                    source.backup(target)
            finally:
                target.close()
                source.close()
        elif vendor == "postgresql":
            subprocess.run(  # noqa: S603 - fixed arguments, no shell
                ["pg_dump", "--format=custom", "--no-owner", f"--file={output}"],  # noqa: S607
                env=postgres_environment(),
                check=True,
            )
        else:
            raise CommandError(f"No backup for the {vendor} database.")
        self.stdout.write(f"Backed up to {output}")
