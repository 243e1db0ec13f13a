"""Server time of the plan page with 1,000 processes, and its ratio to 100 processes.

Runs Django's test client against a throw-away test database (SQLite in memory by
default, PostgreSQL with DATABASE_URL), so it measures the view, its queries and the
template, not the network. `python -m bench.bench_plan_page`, or `make bench`.
"""

from __future__ import annotations

import os
import statistics
import time

SIZES = (100, 1000)
WARM_UP = 3
REQUESTS = 25


def _environment() -> None:
    # The test environment of the Makefile, for when the module is run on its own.
    for name, value in {
        "DJANGO_SETTINGS_MODULE": "kerntaken.settings",
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-not-secret",
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "LOG_LEVEL": "ERROR",
    }.items():
        os.environ.setdefault(name, value)


def _plan_with(processes: int, editor):
    from plans.models import Entity, Plan, PolicyDomain, Round
    from processes.models import Assessment, Axis, CoreProcess

    domain = PolicyDomain.objects.create(code=f"bench{processes}", name=f"Bench {processes}")
    domain.editors.add(editor)
    round_, _ = Round.objects.get_or_create(
        slug="bench",
        defaults={
            "name": "Bench",
            "start_date": "2014-09-19",
            "submission_deadline": "2015-01-31",
        },
    )
    entities = [
        Entity.objects.create(domain=domain, acronym=f"E{n}", name=f"Entiteit {n}")
        for n in range(8)
    ]
    plan = Plan.objects.create(domain=domain, round=round_)
    assessments = list(Assessment)
    axes = list(Axis)
    CoreProcess.objects.bulk_create(
        CoreProcess(
            plan=plan,
            entity=entities[n % len(entities)],
            code=f"{domain.code.upper()}-{n:04d}",
            title=f"Kernproces {n} met een titel van gewone lengte",
            description="Een beschrijving van het kernproces. " * 4,
            axis=axes[n % len(axes)],
            assessment=assessments[n % len(assessments)],
            motivation="Een motivering." if n % 7 else "",
            transfer_level="municipality" if n % len(assessments) == 1 else "",
            fte="3.50",
            budget="1250.0",
            position=n + 1,
        )
        for n in range(processes)
    )
    return plan


def _measure(client, url: str) -> tuple[float, float, int]:
    """Median wall-clock and CPU milliseconds of one request, and its number of queries.

    The CPU time (of this process: view, ORM, template) is reported beside the wall
    time because it hardly moves when other work shares the machine.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(WARM_UP):
        assert client.get(url).status_code == 200
    wall, cpu = [], []
    for _ in range(REQUESTS):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(wall), statistics.median(cpu), len(queries)


def main() -> None:
    _environment()
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings
    from django.urls import reverse

    from kerntaken.permissions import Role

    storages = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    }
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        with override_settings(STORAGES=storages, LANGUAGE_CODE="nl-be"):
            editor = get_user_model().objects.create_user("bench-editor")
            editor.groups.add(Group.objects.get_or_create(name=Role.EDITOR)[0])
            client = Client()
            client.force_login(editor)
            results = {}
            for size in SIZES:
                plan = _plan_with(size, editor)
                url = reverse("plans:plan_detail", kwargs={"pk": plan.pk})
                results[size] = _measure(client, url)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    (small, small_cpu, small_queries), (large, large_cpu, large_queries) = (
        results[SIZES[0]],
        results[SIZES[-1]],
    )
    print(
        f"plan page, {SIZES[-1]:,} processes: median {large:.1f} ms server time "
        f"({large_cpu:.1f} ms CPU, {large_queries} queries, {REQUESTS} requests); "
        f"{SIZES[0]:,} processes: {small:.1f} ms ({small_cpu:.1f} ms CPU, {small_queries} "
        f"queries); ratio {large / small:.1f}× [{connection.vendor}]"
    )


if __name__ == "__main__":
    main()
