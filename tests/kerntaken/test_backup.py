"""`manage.py backup` / `restore` (make backup / make restore): the demo round backed up,
restored into an empty database, and every object found again (dumpdata equal).

Runs on the database engine of the test run: SQLite files on the SQLite pass; two
scratch databases beside the test database on the PostgreSQL pass (pg_dump/pg_restore).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import dj_database_url
import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)


def manage(database_url: str, *args: str) -> str:
    env = os.environ | {"DATABASE_URL": database_url, "LOG_LEVEL": "ERROR"}
    env |= {"EVENT_LOG_LEVEL": "ERROR"}
    done = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def databases(tmp_path):
    """Two empty databases of the engine under test: (source URL, target URL)."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'source.sqlite3'}", f"sqlite:///{tmp_path / 'target.sqlite3'}"
        return
    config = dj_database_url.parse(os.environ["DATABASE_URL"])
    base = f"{config['NAME']}_backup_{uuid.uuid4().hex[:6]}"
    names = [f"{base}_source", f"{base}_target"]
    env = os.environ | {"PGPASSWORD": config.get("PASSWORD") or ""}
    where = ["-h", config["HOST"], "-p", str(config["PORT"]), "-U", config["USER"]]
    for name in names:
        subprocess.run(["createdb", *where, name], env=env, check=True)  # noqa: S603, S607
    server = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
    yield f"{server}/{names[0]}", f"{server}/{names[1]}"
    for name in names:
        subprocess.run(["dropdb", *where, "--if-exists", name], env=env, check=True)  # noqa: S603, S607


def dump(database_url: str) -> list[dict]:
    return json.loads(manage(database_url, "dumpdata", "--indent", "0"))


def test_backup_restored_into_an_empty_database_holds_every_object(databases, tmp_path):
    source, target = databases
    manage(source, "migrate", "--noinput")
    manage(source, "load_demo")
    before = dump(source)
    backup = tmp_path / "kerntaken.backup"

    assert "Backed up" in manage(source, "backup", "--output", str(backup))
    assert "Restored" in manage(target, "restore", str(backup))

    after = dump(target)
    assert after == before
    models = {entry["model"] for entry in before}
    assert {"plans.plan", "processes.coreprocess", "reviews.governmentdecision"} <= models
    assert len(before) > 500


def test_restore_refuses_a_missing_file(databases, tmp_path):
    _source, target = databases
    env = os.environ | {"DATABASE_URL": target}
    done = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "restore", str(tmp_path / "nothing.dump")],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode != 0
    assert "No such file" in done.stderr
