"""`demo.lifecycle.advance`: a plan to a state through the real services, from where it is."""

from __future__ import annotations

import pytest

from demo import lifecycle
from plans.models import Plan
from reviews.models import ReviewItem
from tests.conftest import fill_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def filled(plan, group):
    fill_plan(plan)
    return plan


def test_advance_continues_from_the_state_the_plan_is_in(filled, editor, coordinator):
    plan = lifecycle.advance(filled, to="submitted", by=editor, coordinator=coordinator)
    assert plan.status == Plan.Status.SUBMITTED
    plan = lifecycle.advance(plan, to="approved", by=editor, coordinator=coordinator)
    assert plan.status == Plan.Status.APPROVED
    assert plan.government_decision.reference == f"VR 2015 1707 DOC.{plan.pk:04d}/1"
    actions = list(plan.transitions.order_by("pk").values_list("action", flat=True))
    assert actions == ["submit", "start_review", "validate", "approve"]


def test_advance_to_in_review_leaves_the_items_to_the_working_group(filled, editor, coordinator):
    plan = lifecycle.advance(filled, to="in_review", by=editor, coordinator=coordinator)
    decisions = set(ReviewItem.objects.filter(plan=plan).values_list("decision", flat=True))
    assert decisions == {ReviewItem.Decision.PENDING}


def test_advance_returns_a_submitted_plan_with_the_scripts_reason(filled, editor, coordinator):
    script = lifecycle.Script(return_reason="Vul de motivering aan.")
    plan = lifecycle.advance(
        filled, to="returned", by=editor, coordinator=coordinator, script=script
    )
    assert plan.status == Plan.Status.RETURNED
    assert plan.transitions.get(action="return").comment == "Vul de motivering aan."


@pytest.mark.parametrize(("state", "to"), [("submitted", "draft"), ("in_review", "returned")])
def test_advance_refuses_a_step_back(filled, editor, coordinator, state, to):
    plan = lifecycle.advance(filled, to=state, by=editor, coordinator=coordinator)
    with pytest.raises(ValueError, match="cannot advance"):
        lifecycle.advance(plan, to=to, by=editor, coordinator=coordinator)
    assert Plan.objects.get(pk=plan.pk).status == state
