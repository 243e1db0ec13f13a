"""Benchmark: the follow-up's period overview and a process's dossier at 50,000 approved
processes, beside the Django admin's changelist of the same tracks, as ratios.

    python -m bench.bench_followup [--approved 50000] [--repeat 15]

(`make bench` runs it with the other bench modules.) It works on the database of
DATABASE_URL. When that holds fewer approved processes than asked, it (re)generates the
volume with `manage.py generate_volume --rounds 4` (three approved rounds, each with its
tracks, milestones and a published period). Through Django's test client (middleware,
permissions, queries, template), as a coordinator and as the superuser for the admin:

- the period overview of the volume round with the most tracks;
- the dossier of one of its processes (history, versions, review, track, reports);
- the admin changelist of that round's tracks (`?plan__round__id__exact=…`), the baseline.

The target is a ratio ≤ 1.0: the overview of every track of a round costs no more than
one page of the admin's list of them. This is a benchmark, not a test: it reports.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from dataclasses import dataclass

from bench.bench_search import setup_django

DEFAULT_APPROVED = 50_000
ROUNDS = 4


@dataclass
class Timing:
    label: str
    median_ms: float
    queries: int
    status: int


def approved_count() -> int:
    from plans.models import Plan
    from processes.models import CoreProcess

    return CoreProcess.objects.filter(plan__status=Plan.Status.APPROVED).count()


def ensure_volume(approved: int) -> int:
    """Generate the volume unless the database holds enough approved processes."""
    from django.core.management import call_command

    from plans.models import Round

    count = approved_count()
    if count < approved:
        # Every round but the last is approved: 4 rounds hold 4/3 of the approved ones.
        total = math.ceil(approved * ROUNDS / (ROUNDS - 1))
        print(f"{count:,} approved processes; generating {total:,} processes …", flush=True)
        reset = Round.objects.filter(slug__startswith="volume-").exists()
        call_command("generate_volume", rounds=ROUNDS, processes=total, reset=reset)
        count = approved_count()
    return count


def targets():
    """The period, a process with a track in it and the admin's list of the same tracks."""
    from django.db.models import Count
    from django.urls import reverse

    from followup.models import FollowUpTrack, ReportingPeriod

    period = (
        ReportingPeriod.objects.annotate(tracks=Count("reports__entries"))
        .order_by("-tracks", "pk")
        .first()
    )
    track = FollowUpTrack.objects.filter(plan__round_id=period.round_id).order_by("pk").first()
    return period, [
        ("period overview", reverse("followup:period_overview", kwargs={"pk": period.pk})),
        ("dossier", reverse("followup:process_dossier", kwargs={"pk": track.process_id})),
        (
            "admin changelist",
            reverse("admin:followup_followuptrack_changelist")
            + f"?plan__round__id__exact={period.round_id}",
        ),
    ]


def measure(client, url: str, label: str, *, repeat: int, warmup: int = 2) -> Timing:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(warmup):
        client.get(url)
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
    return Timing(label, statistics.median(times), len(queries), response.status_code)


def bench_users():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from kerntaken.permissions import Role

    User = get_user_model()
    coordinator, _ = User.objects.get_or_create(username="bench-coordinator")
    coordinator.groups.add(Group.objects.get_or_create(name=Role.COORDINATOR)[0])
    admin, _ = User.objects.get_or_create(username="bench-admin")
    admin.is_staff = admin.is_superuser = True
    admin.save(update_fields=["is_staff", "is_superuser"])
    return coordinator, admin


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--approved", type=int, default=DEFAULT_APPROVED)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)

    setup_django()
    from django.conf import settings
    from django.core.management.base import CommandError
    from django.db import connection
    from django.test import Client, override_settings

    try:
        count = ensure_volume(args.approved)
    except CommandError as error:
        print(f"bench_followup: cannot generate the volume ({error}).", file=sys.stderr)
        return 2
    period, pages = targets()
    coordinator, admin = bench_users()
    plain = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    }
    results = []
    with override_settings(STORAGES=plain):
        for label, url in pages:
            client = Client()
            client.force_login(admin if label == "admin changelist" else coordinator)
            results.append(measure(client, url, label, repeat=args.repeat))
    tracks = period.reports.values("entries").count()
    print(
        f"\nFollow-up at {count:,} approved processes on {connection.vendor}: "
        f"period “{period.name}” with {tracks:,} tracks"
    )
    print(f"{'page':<20}{'median':>10}{'queries':>9}")
    for r in results:
        status = "" if r.status == 200 else f"  HTTP {r.status}"
        print(f"{r.label:<20}{r.median_ms:>8.1f}ms{r.queries:>9}{status}")
    baseline = results[-1].median_ms
    for r in results[:-1]:
        print(f"ratio {r.label} / admin changelist: {r.median_ms / baseline:.2f} (target ≤ 1.0)")
    return 0 if all(r.status == 200 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
