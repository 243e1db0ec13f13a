"""Concurrent edits on SQLite: N editors save at the same moment, each on a thread of its
own with its own connection, against a database FILE (as `make run` uses it).

Measured twice in the same run: with the settings (immediate transactions, WAL) and,
as the baseline, with SQLite's defaults (deferred transactions, rollback journal), where
a transaction that read first fails at once on its upgrade to a write ("database is
locked"). Prints errors and lost edits for both; fails unless the configured run has 0
of each. `python -m bench.bench_sqlite_edits [--editors 10] [--edits 20]`.

Each run is a child process (`--child`), so it can set its database up from scratch.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

EDITORS = int(os.environ.get("BENCH_EDITORS", "10"))
EDITS = int(os.environ.get("BENCH_EDITS", "20"))


def _environment(database: Path) -> dict[str, str]:
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "kerntaken.settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-not-secret",
        "ALLOWED_HOSTS": "testserver",
        "LOG_LEVEL": "CRITICAL",
        "EVENT_LOG_LEVEL": "CRITICAL",
    }


def run(*, editors: int, edits: int, baseline: bool = False) -> dict:
    """Run one measurement in a child process; returns its figures."""
    with tempfile.TemporaryDirectory() as directory:
        database = Path(directory) / "bench.sqlite3"
        command = [sys.executable, "-m", "bench.bench_sqlite_edits", "--child"]
        command += ["--editors", str(editors), "--edits", str(edits)]
        if baseline:
            command.append("--baseline")
        done = subprocess.run(
            command,
            env=_environment(database),
            cwd=Path(__file__).resolve().parent.parent,
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(done.stdout.strip().splitlines()[-1])


def _child(editors: int, edits: int, baseline: bool) -> dict:
    from django.conf import settings

    if baseline:
        options = settings.DATABASES["default"]["OPTIONS"]
        options.pop("transaction_mode", None)
        options["init_command"] = "PRAGMA journal_mode=DELETE;"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import OperationalError, connection

    call_command("migrate", verbosity=0)
    journal = connection.cursor().execute("PRAGMA journal_mode").fetchone()[0]
    processes, users = _world(editors)
    errors: list[str] = []
    start = threading.Barrier(editors)

    def edit(n: int) -> None:
        from django.db import connection as own

        from processes.models import CoreProcess
        from processes.services import update_process

        start.wait()
        for k in range(edits):
            try:
                current = CoreProcess.objects.get(pk=processes[n].pk)
                update_process(
                    process=current, by=users[n], version=current.version, title=f"Edit {k}"
                )
            except OperationalError as error:
                errors.append(str(error))
        own.close()

    threads = [threading.Thread(target=edit, args=(n,)) for n in range(editors)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started

    from processes.models import CoreProcess

    saved = sum(p.version - 1 for p in CoreProcess.objects.filter(pk__in=[p.pk for p in processes]))
    attempted = editors * edits
    return {
        "editors": editors,
        "edits": attempted,
        "errors": len(errors),
        # An edit that raised no error but is not in the database is lost.
        "lost": attempted - len(errors) - saved,
        "saved": saved,
        "seconds": round(seconds, 2),
        "journal": journal,
        "baseline": baseline,
        "sample_error": errors[0] if errors else "",
    }


def _world(editors: int):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from kerntaken.permissions import Role
    from plans.models import Entity, Plan, PolicyDomain, Round
    from processes.models import CoreProcess

    domain = PolicyDomain.objects.create(code="bench", name="Bench")
    entity = Entity.objects.create(domain=domain, acronym="B", name="Bench-entiteit")
    round_ = Round.objects.create(
        name="Bench", slug="bench", start_date="2014-09-19", submission_deadline="2015-01-31"
    )
    plan = Plan.objects.create(domain=domain, round=round_)
    group = Group.objects.create(name=Role.EDITOR)
    users, processes = [], []
    for n in range(editors):
        user = get_user_model().objects.create(username=f"editor{n}")
        user.groups.add(group)
        domain.editors.add(user)
        users.append(user)
        processes.append(
            CoreProcess.objects.create(
                plan=plan,
                entity=entity,
                code=f"B-{n:03d}",
                title=f"Proces {n}",
                axis="service_delivery",
                assessment="keep",
                position=n + 1,
            )
        )
    return processes, users


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--baseline", action="store_true")
    parser.add_argument("--editors", type=int, default=EDITORS)
    parser.add_argument("--edits", type=int, default=EDITS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.editors, args.edits, args.baseline)))
        return 0
    configured = run(editors=args.editors, edits=args.edits)
    baseline = run(editors=args.editors, edits=args.edits, baseline=True)
    for label, result in (("settings (IMMEDIATE, WAL)", configured), ("baseline", baseline)):
        print(
            f"{label:28} {result['editors']} editors × {result['edits'] // result['editors']} "
            f"edits: {result['errors']} errors, {result['lost']} lost, {result['saved']} saved "
            f"in {result['seconds']} s (journal {result['journal']})"
        )
    if baseline["sample_error"]:
        print(f"baseline's error: {baseline['sample_error']}")
    return 0 if configured["errors"] == 0 and configured["lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
