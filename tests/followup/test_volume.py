"""The volume generator's follow-up and the follow-up benchmark, at a small size."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import Client

from bench import bench_followup
from followup.models import (
    CHANGE_ASSESSMENTS,
    FollowUpTrack,
    Milestone,
    ReportEntry,
    TrackStatus,
)
from processes.models import CoreProcess

pytestmark = pytest.mark.django_db


@pytest.fixture
def volume(db):
    call_command("generate_volume", rounds=2, processes=120, verbosity=0)


def test_volume_has_a_track_per_approved_process_asking_for_change(volume):
    approved = CoreProcess.objects.filter(
        plan__status="approved", final_assessment__in=CHANGE_ASSESSMENTS
    )
    assert FollowUpTrack.objects.count() == approved.count() > 0
    assert set(FollowUpTrack.objects.values_list("plan__round__slug", flat=True)) == {"volume-1"}
    assert ReportEntry.objects.count() == FollowUpTrack.objects.count()
    assert Milestone.objects.count() == 2 * FollowUpTrack.objects.count()
    # Every status, each with its detail (the database's constraints hold them).
    assert set(ReportEntry.objects.values_list("status", flat=True)) == set(TrackStatus.values)


def test_volume_reset_removes_the_follow_up(volume):
    call_command("generate_volume", rounds=3, processes=90, reset=True, verbosity=0)
    rounds = set(FollowUpTrack.objects.values_list("plan__round__slug", flat=True))
    assert rounds == {"volume-1", "volume-2"}


def test_the_bench_measures_its_pages_with_a_fixed_number_of_queries(volume):
    assert bench_followup.ensure_volume(10) == bench_followup.approved_count()
    _period, pages = bench_followup.targets()
    coordinator, admin = bench_followup.bench_users()
    results = []
    for label, url in pages:
        client = Client()
        client.force_login(admin if label == "admin changelist" else coordinator)
        results.append(bench_followup.measure(client, url, label, repeat=1, warmup=0))
    assert [r.status for r in results] == [200, 200, 200]
    assert results[0].queries <= 16
