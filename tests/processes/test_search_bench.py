"""The search benchmark (bench/bench_search.py) runs, on a small volume made here."""

from __future__ import annotations

import pytest
from django.core import management
from django.core.management.base import CommandError

from bench import bench_search
from processes.models import CoreProcess
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def volume(plan, entity):
    CoreProcess.objects.bulk_create(
        CoreProcess(
            plan=plan,
            entity=entity,
            code=f"V-{n:03d}",
            title=f"Subsidiëren van project {n}",
            axis="subsidies",
            assessment="phase_out",
            motivation="Afbouwen.",
            position=n,
        )
        for n in range(120)
    )


def test_every_combination_answers_with_a_fixed_number_of_queries(client, volume):
    users = bench_search.bench_users()
    client.force_login(users[0])
    results = bench_search.measure(
        client, users[0], bench_search.combinations(), repeat=2, warmup=0
    )
    assert {r.status for r in results} == {200}
    assert all(r.median_ms > 0 for r in results)
    # (13: one more since the header counts the unread notifications.)
    assert max(r.queries for r in results) <= 13
    everything = next(r for r in results if r.query == "")
    assert everything.found == 120


def test_viewer_of_the_bench_finds_no_draft(client, volume):
    viewer = bench_search.bench_users()[1]
    assert bench_search.found(viewer, "") == 0


def test_volume_is_generated_when_the_database_holds_too_little(monkeypatch, volume):
    calls = []
    monkeypatch.setattr(management, "call_command", lambda *a, **kw: calls.append((a, kw)))
    bench_search.ensure_volume(50_000, rounds=4)
    assert calls == [(("generate_volume",), {"rounds": 4, "processes": 50_000})]


def test_volume_is_not_generated_again(monkeypatch, volume):
    calls = []
    monkeypatch.setattr(management, "call_command", lambda *a, **kw: calls.append(a))
    assert bench_search.ensure_volume(100) == 120
    assert calls == []


def test_bench_stops_with_a_message_when_the_volume_cannot_be_made(monkeypatch, capsys, db):
    def refuse(*args, **kwargs):
        raise CommandError("Unknown command: 'generate_volume'")

    monkeypatch.setattr(management, "call_command", refuse)
    factories.RoundFactory()
    assert bench_search.main(["--processes", "10"]) == 2
    assert "cannot generate the volume" in capsys.readouterr().err
