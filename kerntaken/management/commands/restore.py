"""`manage.py restore FILE`: put a backup made by `manage.py backup` back.

The configured database is replaced by the backup's content: SQLite page by page
through the online backup API; PostgreSQL with `pg_restore --clean` in one transaction
(into an empty database or over an existing one). Stop the web server and the worker
first.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from kerntaken.management.commands.backup import postgres_environment


class Command(BaseCommand):
    help = "Restore the database from a file made by `manage.py backup`."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options) -> None:
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        vendor = connection.vendor
        connection.close()
        if vendor == "sqlite":
            source = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
            target = sqlite3.connect(settings.DATABASES["default"]["NAME"])
            try:
                with target:
                    source.backup(target)
            finally:
                target.close()
                source.close()
        elif vendor == "postgresql":
            subprocess.run(  # noqa: S603 - fixed arguments, no shell
                [  # noqa: S607
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    "--exit-on-error",
                    f"--dbname={settings.DATABASES['default']['NAME']}",
                    str(file),
                ],
                env=postgres_environment(),
                check=True,
            )
        else:
            raise CommandError(f"No restore for the {vendor} database.")
        self.stdout.write(f"Restored from {file}")
