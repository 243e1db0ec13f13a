"""`manage.py generate_volume`: volume data for the Excel and search benchmarks."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from plans.models import Plan, Round
from processes.models import CoreProcess
from tests import factories


def _volume() -> tuple[int, int, int]:
    rounds = Round.objects.filter(slug__startswith="volume-")
    processes = CoreProcess.objects.filter(plan__round__in=rounds)
    return rounds.count(), Plan.objects.filter(round__in=rounds).count(), processes.count()


def test_generates_rounds_plans_and_processes_over_the_13_domains(db):
    call_command("generate_volume", rounds=2, processes=60)
    assert _volume() == (2, 26, 60)
    first, last = Round.objects.get(slug="volume-1"), Round.objects.get(slug="volume-2")
    assert CoreProcess.objects.filter(plan__round=first).count() == 30
    assert set(first.plans.values_list("status", flat=True)) == {"approved"}
    assert first.plans.filter(government_decision__isnull=True).count() == 0
    assert "approved" not in set(last.plans.values_list("status", flat=True))
    for process in CoreProcess.objects.select_related("plan", "entity"):
        process.full_clean()  # the generated data obeys the model's rules


def test_running_it_again_changes_nothing(db):
    call_command("generate_volume", rounds=2, processes=60)
    ids = list(CoreProcess.objects.values_list("pk", flat=True))
    call_command("generate_volume", rounds=2, processes=60)
    assert list(CoreProcess.objects.values_list("pk", flat=True)) == ids


def test_other_volume_needs_reset_which_replaces_only_volume_data(db, plan, entity):
    own = factories.CoreProcessFactory(plan=plan, entity=entity)
    call_command("generate_volume", rounds=2, processes=60)
    with pytest.raises(CommandError, match="use --reset"):
        call_command("generate_volume", rounds=3, processes=90)
    call_command("generate_volume", rounds=3, processes=90, reset=True)
    assert _volume() == (3, 39, 90)
    assert CoreProcess.objects.filter(pk=own.pk).exists()
    assert Round.objects.filter(slug=plan.round.slug).exists()
