"""Benchmark: server time of the process search page (/zoeken/) at 50,000 processes.

    python -m bench.bench_search [--processes 50000] [--repeat 15]

(`make bench` runs it with the other bench modules.) It works on the database of
DATABASE_URL. When that holds fewer processes than asked, it first generates the volume
with `manage.py generate_volume --rounds 4 --processes N`. Every filter combination is
requested through Django's test client (the whole request: middleware, permission
rule, filters, count, page, template) a few times after a warm-up; the median and the
slowest time and the number of queries are printed, for a coordinator (who sees every
plan) and a viewer (who sees the approved ones).

This is a benchmark, not a test: it reports, it does not fail on a slow run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import dataclass

DEFAULT_PROCESSES = 50_000
DEFAULT_ROUNDS = 4


def setup_django() -> None:
    # The same environment as `make bench` (TEST_ENV), so the module also runs on its own.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kerntaken.settings")
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("SECURE_COOKIES", "0")
    os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
    import django

    django.setup()


def ensure_volume(processes: int, rounds: int = DEFAULT_ROUNDS) -> int:
    """Generate the volume unless the database already holds it; return the count."""
    from django.core.management import call_command

    from processes.models import CoreProcess

    count = CoreProcess.objects.count()
    if count < processes:
        print(f"{count:,} processes in the database; generating {processes:,} …", flush=True)
        call_command("generate_volume", rounds=rounds, processes=processes)
        count = CoreProcess.objects.count()
    return count


@dataclass
class Result:
    user: str
    label: str
    query: str
    median_ms: float
    max_ms: float
    queries: int
    status: int
    found: int


def combinations() -> list[tuple[str, str, dict]]:
    """(label, query string, extra headers) of the requests to time, built from the data."""
    from plans.models import PolicyDomain, Round
    from processes.models import CoreProcess

    round_ = Round.objects.order_by("-start_date").first()
    domain = PolicyDomain.objects.order_by("position").first()
    sample = CoreProcess.objects.order_by("pk").values_list("title", flat=True).first() or ""
    word = next((w for w in sample.split() if len(w) >= 6), sample[:6]).lower()[:6]
    htmx = {"HX-Request": "true", "HX-Target": "search-results"}
    return [
        ("everything, default order", "", {}),
        ("newest round", f"?round={round_.slug if round_ else ''}", {}),
        ("phase-out × subsidies", "?assessment=phase_out&axis=subsidies", {}),
        (f"text “{word}”", f"?q={word}", {}),
        (
            "domain, not validated, by title",
            f"?domain={domain.code if domain else ''}&final=none&sort=title",
            {},
        ),
        ("sorted by assessment, descending", "?sort=-assessment", {}),
        ("page 400 of 50", "?page=400", {}),
        ("200 per page", "?per_page=200", {}),
        ("htmx: results only, approved", "?state=approved", htmx),
    ]


def found(user, query: str) -> int:
    """How many processes the search finds (counted apart, outside the timed requests)."""
    from django.http import QueryDict

    from kerntaken import permissions
    from processes.filters_search import ProcessSearchFilter

    visible = permissions.visible_processes(user)
    return ProcessSearchFilter(QueryDict(query.lstrip("?")), queryset=visible).qs.count()


def measure(client, user, combos, *, repeat: int, warmup: int = 2) -> list[Result]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    url = reverse("processes:process_search")
    results = []
    for label, query, headers in combos:
        for _ in range(warmup):
            client.get(url + query, headers=headers)
        times = []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get(url + query, headers=headers)
                times.append((time.perf_counter() - start) * 1000)
        results.append(
            Result(
                user=user.username,
                label=label,
                query=query,
                median_ms=statistics.median(times),
                max_ms=max(times),
                queries=len(queries),
                status=response.status_code,
                found=found(user, query),
            )
        )
    return results


def bench_users():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from kerntaken.permissions import Role

    users = []
    for role in (Role.COORDINATOR, Role.VIEWER):
        user, _created = get_user_model().objects.get_or_create(username=f"bench-{role}")
        user.groups.add(Group.objects.get_or_create(name=role)[0])
        users.append(user)
    return users


def report(results: list[Result], *, processes: int, vendor: str) -> None:
    print(f"\nProcess search (/zoeken/) at {processes:,} processes on {vendor}")
    print(f"{'user':<18}{'filters':<36}{'found':>8}{'median':>10}{'max':>10}{'queries':>9}")
    for r in results:
        print(
            f"{r.user:<18}{r.label[:35]:<36}{r.found:>8,}{r.median_ms:>8.1f}ms"
            f"{r.max_ms:>8.1f}ms{r.queries:>9}" + ("" if r.status == 200 else f"  HTTP {r.status}")
        )
    overall = statistics.median(r.median_ms for r in results)
    print(f"median server time over all combinations: {overall:.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=DEFAULT_PROCESSES)
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)

    setup_django()
    from django.conf import settings
    from django.core.management.base import CommandError
    from django.db import connection
    from django.test import Client, override_settings

    try:
        count = ensure_volume(args.processes, args.rounds)
    except CommandError as error:
        print(f"bench_search: cannot generate the volume ({error}).", file=sys.stderr)
        return 2
    combos = combinations()
    results = []
    # Static files straight from the finders, as in the tests: no collectstatic needed.
    plain = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    }
    with override_settings(STORAGES=plain):
        for user in bench_users():
            client = Client()
            client.force_login(user)
            results += measure(client, user, combos, repeat=args.repeat)
    report(results, processes=count, vendor=connection.vendor)
    return 0 if all(r.status == 200 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
