"""Tests marked `postgres` need PostgreSQL's row locks and two real connections.

On SQLite they are deselected (not skipped), with the reason printed at the end of the
run; `make test` runs them in its PostgreSQL pass (CI runs both).
"""

from __future__ import annotations

from django.db import connection

REASON = (
    "deselected on SQLite: they prove PostgreSQL's row locks with two real connections; "
    "SQLite has no row locks (it serialises writers; tests/kerntaken/"
    "test_sqlite_concurrency.py proves that on SQLite). "
    "They run with DATABASE_URL=postgres://… (the PostgreSQL pass of `make test`)."
)
_deselected: list[str] = []


def pytest_collection_modifyitems(config, items) -> None:
    if connection.vendor == "postgresql":
        return
    needs_postgres = [item for item in items if item.get_closest_marker("postgres")]
    if not needs_postgres:
        return
    config.hook.pytest_deselected(items=needs_postgres)
    items[:] = [item for item in items if not item.get_closest_marker("postgres")]
    _deselected.extend(item.nodeid for item in needs_postgres)


def pytest_terminal_summary(terminalreporter) -> None:
    if _deselected:
        terminalreporter.write_line(f"{len(_deselected)} PostgreSQL-only tests {REASON}")
