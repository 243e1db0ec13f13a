"""Tracks are created when a plan is approved (SPEC §10): one per process whose FINAL
assessment asks for change, none for `keep`; idempotent; none before approval."""

from __future__ import annotations

import pytest

from demo import lifecycle
from followup import services
from followup.models import FollowUpTrack
from kerntaken.errors import DomainError
from reviews import services as review_services
from reviews.models import ReviewItem
from tests import factories
from tests.followup.conftest import ASSESSMENTS, add_processes, open_period

pytestmark = pytest.mark.django_db


def track_codes(plan) -> set[str]:
    return set(FollowUpTrack.objects.filter(plan=plan).values_list("process__code", flat=True))


def test_approval_creates_a_track_for_every_process_asking_for_change(approved_plan):
    assert track_codes(approved_plan) == {"P2", "P3", "P4", "P5", "P6"}


def test_a_kept_process_has_no_track(approved_plan):
    assert not FollowUpTrack.objects.filter(process__code="P1").exists()


def test_tracks_start_not_started_with_a_history_row(approved_plan):
    track = FollowUpTrack.objects.get(process__code="P2")
    assert track.status == "not_started"
    assert track.history.count() == 1


def test_tracks_follow_the_final_assessment_not_the_submitted_one(
    plan, editor, coordinator, advance
):
    add_processes(plan, ASSESSMENTS)
    plan = advance(plan, "in_review", editor)
    items = {i.process.code: i for i in plan.review_items.select_related("process")}
    # The working group keeps P2 (proposed for phase-out) and confirms the others.
    review_services.decide_review_item(
        item=items["P2"],
        by=coordinator,
        decision=ReviewItem.Decision.AMENDED,
        final_assessment="keep",
        note="Noodzakelijk voor de continuïteit.",
    )
    lifecycle.confirm_all(plan, "validated", coordinator)
    plan = lifecycle.advance(plan, to="approved", by=editor, coordinator=coordinator)
    assert track_codes(plan) == {"P3", "P4", "P5", "P6"}


@pytest.mark.parametrize("state", ["draft", "submitted", "in_review", "validated"])
def test_no_tracks_before_approval(plan, editor, advance, state):
    add_processes(plan, ASSESSMENTS)
    if state != "draft":
        plan = advance(plan, state, editor)
    assert not FollowUpTrack.objects.exists()
    with pytest.raises(DomainError):
        services.create_tracks_for(plan)


def test_creating_tracks_twice_changes_nothing(approved_plan):
    before = list(FollowUpTrack.objects.order_by("pk").values_list("pk", "process_id"))
    assert services.create_tracks_for(approved_plan) == []
    assert list(FollowUpTrack.objects.order_by("pk").values_list("pk", "process_id")) == before


def test_a_plan_approved_while_a_period_is_open_gets_its_report(
    approved_plan, coordinator, other_plan, other_editor, advance
):
    period = open_period(approved_plan.round, coordinator)
    add_processes(other_plan, [("Q1", "optimise"), ("Q2", "keep")])
    factories.WorkingGroupFactory(round=other_plan.round).plans.add(other_plan)
    other = advance(other_plan, "approved", other_editor)
    report = period.reports.get(plan=other)
    assert [e.track.process.code for e in report.entries.all()] == ["Q1"]
