"""Open data and API benchmarks (issue 12).

    python -m bench.bench_opendata [--strict]   (also run by `python -m bench` / `make bench`)

1. Volume data: `generate_volume --rounds 5 --processes 250000`: four approved rounds of
   50,000 processes (200,000 approved) and one open round, in a database of its own
   (`bench/out/bench_opendata.sqlite3`, or BENCH_DATABASE_URL), made once and reused.
2. Export speed: one round's 50,000 approved processes as CSV and as JSON
   (`publication.opendata.csv_chunks` / `json_chunks`, encoded as the response sends
   them) beside a bare `csv.writer` / `json.dumps` loop over the same query's rows;
   alternated three times, the fastest of each compared. Target: ratio ≤ 1.25.
3. Export memory: the peak RSS growth of a fresh process streaming the CSV and the JSON of
   50,000 and of 200,000 processes. Target: under 50 MB, and flat between the two.
4. API: the process list (a page of 100, one filter: assessment = keep) through the whole
   request (token, permissions, filter, count, page, JSON) against the Django admin's
   changelist on the same filter (page of 100), signed in as the superuser; median of
   15 requests after a warm-up. Target: ratio ≤ 1.0. The query count of the API's
   first and fifth page is reported (it must not change).

BENCH_OPENDATA_PROCESSES=5000 runs it at a small size (to check that it works; its own
database). Each measurement runs in a child process; results go to stdout and to
bench/out/bench_opendata.json.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
ROUNDS = 5  # the last one stays open: four approved rounds
PROCESSES = int(os.environ.get("BENCH_OPENDATA_PROCESSES", 250_000))
ROUND_ROWS = PROCESSES // ROUNDS
APPROVED_ROWS = ROUND_ROWS * (ROUNDS - 1)
REPEATS = 3
REQUESTS = 15
TARGETS = {"ratio": 1.25, "memory_mb": 50.0, "api_ratio": 1.0}
PAGE_URL = "https://kerntaken.example/rondes/volume-1/plannen/{domain}/processen/{code}/"


def _environment() -> dict[str, str]:
    OUT.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "kerntaken.settings")
    env.setdefault("SECRET_KEY", "bench-only-not-secret")
    env["ALLOWED_HOSTS"] = "testserver,127.0.0.1"
    env.update(DEBUG="0", SECURE_SSL_REDIRECT="0", SECURE_COOKIES="0", SECURE_HSTS_SECONDS="0")
    env.setdefault("API_RATE", "100000/minute")  # the rate limit is not what is measured
    name = (
        "bench_opendata.sqlite3" if PROCESSES == 250_000 else f"bench_opendata-{PROCESSES}.sqlite3"
    )
    env["DATABASE_URL"] = env.get("BENCH_DATABASE_URL", f"sqlite:///{OUT / name}")
    return env


def _step(name: str, *args: str) -> dict:
    command = [sys.executable, "-m", "bench.bench_opendata", "--step", name, *args]
    result = subprocess.run(
        command, cwd=ROOT, env=_environment(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"bench step {name} failed")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--step" in argv:
        return _child(argv[argv.index("--step") + 1 :])
    print(f"Volume data: {ROUNDS} rounds, {PROCESSES:,} processes …", flush=True)
    print(f"  {_step('setup')['message']}", flush=True)

    speed = {kind: _step("speed", kind) for kind in ("csv", "json")}
    for kind, found in speed.items():
        print(
            f"{kind.upper()} export of {found['rows']:,} processes: "
            f"CPU {found['export_cpu']:.2f} s (wall {found['export_wall']:.2f} s); "
            f"bare loop CPU {found['bare_cpu']:.2f} s "
            f"(wall {found['bare_wall']:.2f} s): ratio {found['ratio_cpu']:.2f} CPU, "
            f"{found['ratio_wall']:.2f} wall (target ≤ {TARGETS['ratio']})",
            flush=True,
        )

    memory = {rows: _step("memory", str(rows)) for rows in (ROUND_ROWS, APPROVED_ROWS)}
    for found in memory.values():
        print(
            f"Export memory at {found['rows']:,} rows (CSV then JSON): peak RSS "
            f"{found['peak_mb']:.1f} MB, growth {found['growth_mb']:.1f} MB "
            f"({found['wall']:.1f} s)",
            flush=True,
        )
    small, large = memory[ROUND_ROWS]["growth_mb"], memory[APPROVED_ROWS]["growth_mb"]
    print(f"  growth from {ROUND_ROWS:,} to {APPROVED_ROWS:,} rows: {large - small:+.1f} MB")

    api = _step("api")
    print(
        f"API process list (page of 100, assessment=keep, {api['count']:,} found): median "
        f"{api['api_ms']:.1f} ms; admin changelist, same filter: {api['admin_ms']:.1f} ms; "
        f"ratio {api['ratio']:.2f} (target ≤ {TARGETS['api_ratio']})\n"
        f"  queries per API page: page 1 {api['queries_page_1']}, page 5 {api['queries_page_5']}",
        flush=True,
    )
    met = {
        "csv_ratio": speed["csv"]["ratio_cpu"] <= TARGETS["ratio"],
        "json_ratio": speed["json"]["ratio_cpu"] <= TARGETS["ratio"],
        "memory": max(small, large) < TARGETS["memory_mb"] and abs(large - small) < 25,
        "api_ratio": api["ratio"] <= TARGETS["api_ratio"],
        "queries_fixed": api["queries_page_1"] == api["queries_page_5"],
    }
    report = {"speed": speed, "memory": memory, "api": api, "targets_met": met}
    (OUT / "bench_opendata.json").write_text(json.dumps(report, indent=2))
    print("Targets met: " + ", ".join(f"{k} {'yes' if v else 'NO'}" for k, v in met.items()))
    return 0 if all(met.values()) or "--strict" not in argv else 1


# ---- the children: one measurement each --------------------------------------------------


def _child(args: list[str]) -> int:
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    name, rest = args[0], args[1:]
    result = {"setup": _setup, "speed": _speed, "memory": _memory, "api": _api}[name](*rest)
    print(json.dumps(result))
    return 0


def _setup() -> dict:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    output = io.StringIO()
    call_command("generate_volume", rounds=ROUNDS, processes=PROCESSES, stdout=output)
    return {"message": output.getvalue().strip()}


def _timed(function) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - wall, time.process_time() - cpu


def _speed(kind: str) -> dict:
    import csv

    from plans.models import Round
    from publication import opendata

    processes = opendata.round_processes(Round.objects.get(slug="volume-1"))
    columns = opendata.columns()
    sources = [column.source for column in columns if column.source]
    names = [column.name for column in columns]

    def export() -> None:
        if kind == "csv":
            chunks = opendata.csv_chunks(processes, PAGE_URL)
        else:
            chunks = opendata.json_chunks(processes, PAGE_URL, about={"round": "volume-1"})
        for chunk in chunks:
            chunk.encode()

    def bare() -> None:
        rows = processes.values_list(*sources).iterator(chunk_size=opendata.CHUNK_ROWS)
        out = io.StringIO()
        if kind == "csv":
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(names)
            for row in rows:
                writer.writerow(row)
        else:
            for row in rows:
                out.write(json.dumps(dict(zip(names, row, strict=False)), default=str))
        out.getvalue().encode()

    exports, bares = [], []
    for _ in range(REPEATS):
        exports.append(_timed(export))
        bares.append(_timed(bare))
    export_wall, export_cpu = min(t[0] for t in exports), min(t[1] for t in exports)
    bare_wall, bare_cpu = min(t[0] for t in bares), min(t[1] for t in bares)
    return {
        "rows": processes.count(),
        "export_wall": export_wall,
        "export_cpu": export_cpu,
        "bare_wall": bare_wall,
        "bare_cpu": bare_cpu,
        "ratio_wall": export_wall / bare_wall,
        "ratio_cpu": export_cpu / bare_cpu,
    }


def _rss_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _memory(rows: str) -> dict:
    from kerntaken import permissions
    from plans.models import Round
    from processes.models import CoreProcess
    from publication import opendata

    if int(rows) == ROUND_ROWS:
        processes = opendata.round_processes(Round.objects.get(slug="volume-1"))
    else:
        processes = permissions.public_processes(
            CoreProcess.objects.filter(plan__round__slug__startswith="volume-")
        ).order_by("plan__round__slug", "plan__domain__position", "position", "code", "pk")

    def stream() -> None:
        for chunk in opendata.csv_chunks(processes, PAGE_URL):
            chunk.encode()
        for chunk in opendata.json_chunks(processes, PAGE_URL, about={}):
            chunk.encode()

    # Warm up imports and caches on no rows, so that only the rows' cost remains.
    for chunk in opendata.json_chunks(processes.filter(pk__in=[0]), PAGE_URL, about={}):
        chunk.encode()
    before = _rss_peak_mb()
    wall, _cpu = _timed(stream)
    after = _rss_peak_mb()
    return {"rows": processes.count(), "peak_mb": after, "growth_mb": after - before, "wall": wall}


def _median_ms(client, url: str, headers: dict | None = None) -> float:
    client.get(url, headers=headers or {})  # warm-up
    times = []
    for _ in range(REQUESTS):
        started = time.perf_counter()
        response = client.get(url, headers=headers or {})
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times)


def _api() -> dict:
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from publication import services

    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
    )
    token = services.create_token(user=user, name="bench")[1]
    headers = {"Authorization": f"Bearer {token}"}
    api = Client()
    admin = Client()
    admin.force_login(user)
    api_url = "/api/v1/processes/?assessment=keep&per_page=100"
    admin_url = "/admin/processes/coreprocess/?assessment__exact=keep"
    # Static files straight from the finders, as in the tests: no collectstatic needed.
    plain = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    }
    with override_settings(STORAGES=plain):
        api_ms = _median_ms(api, api_url, headers)
        admin_ms = _median_ms(admin, admin_url)
        queries = {}
        for page in (1, 5):
            with CaptureQueriesContext(connection) as context:
                response = api.get(f"{api_url}&page={page}", headers=headers)
            queries[page] = len(context)
    return {
        "count": response.json()["count"],
        "api_ms": api_ms,
        "admin_ms": admin_ms,
        "ratio": api_ms / admin_ms,
        "queries_page_1": queries[1],
        "queries_page_5": queries[5],
    }


if __name__ == "__main__":
    sys.exit(main())
