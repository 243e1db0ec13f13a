"""SQLite under concurrent saves (issue 13, defect 2): several editors save at the same
moment, each on its own thread and connection, against a database FILE (the test
database is in memory, so this runs `bench.bench_sqlite_edits` in a child process with
the project's settings): no "database is locked", no edit lost."""

from __future__ import annotations

from bench import bench_sqlite_edits


def test_concurrent_edits_on_a_sqlite_file_all_succeed():
    result = bench_sqlite_edits.run(editors=6, edits=5)
    assert result["journal"] == "wal"
    assert result["errors"] == 0, result["sample_error"]
    assert result["lost"] == 0
    assert result["saved"] == 30
