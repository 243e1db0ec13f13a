"""The plan's lifecycle (SPEC §4): every allowed and every forbidden move."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from kerntaken.errors import DomainError, NotAllowed
from plans import services
from plans.models import Plan, PlanTransition, PlanVersion
from processes.models import Assessment
from reviews import services as review_services
from reviews.models import ReviewItem
from tests import factories
from tests.conftest import consult_all, fill_plan

pytestmark = pytest.mark.django_db


def test_allowed_moves_table_is_the_spec():
    S, A = Plan.Status, Plan.Action
    assert {a: (set(src), dst) for a, (src, dst) in Plan.TRANSITIONS.items()} == {
        A.SUBMIT: ({S.DRAFT, S.RETURNED}, S.SUBMITTED),
        A.RETURN: ({S.SUBMITTED, S.IN_REVIEW}, S.RETURNED),
        A.START_REVIEW: ({S.SUBMITTED}, S.IN_REVIEW),
        A.VALIDATE: ({S.IN_REVIEW}, S.VALIDATED),
        A.APPROVE: ({S.VALIDATED}, S.APPROVED),
    }


# ---- submit --------------------------------------------------------------------------


def test_editor_submits_complete_plan(
    plan, editor, coordinator, django_capture_on_commit_callbacks
):
    fill_plan(plan)
    consult_all(plan, editor)
    assert plan.status == Plan.Status.DRAFT

    with django_capture_on_commit_callbacks(execute=True):
        plan = services.submit_plan(plan=plan, by=editor, comment="Klaar")

    plan.refresh_from_db()
    assert plan.status == Plan.Status.SUBMITTED
    assert plan.submitted_at is not None
    transition = plan.transitions.get(action=Plan.Action.SUBMIT)
    assert (transition.from_status, transition.to_status) == ("draft", "submitted")
    assert transition.actor == editor and transition.comment == "Klaar"
    version = plan.versions.get()
    assert version.kind == PlanVersion.Kind.SUBMITTED
    assert [p["code"] for p in version.data["processes"]] == ["P1", "P2", "P3", "P4"]
    assert [m.to for m in mail.outbox] == [[coordinator.email]]


def test_submit_refused_without_processes(plan, editor):
    consult_all(plan, editor)
    with pytest.raises(DomainError) as excinfo:
        services.submit_plan(plan=plan, by=editor)
    assert len(excinfo.value.reasons) == 1
    plan.refresh_from_db()
    assert plan.status == Plan.Status.DRAFT
    assert not plan.transitions.exists() and not plan.versions.exists()


def test_submit_refused_with_incomplete_process(plan, editor):
    fill_plan(plan)
    consult_all(plan, editor)
    factories.CoreProcessFactory(
        plan=plan,
        entity=plan.domain.entities.first(),
        code="P9",
        assessment=Assessment.OPTIMISE,
        motivation="",
    )
    with pytest.raises(DomainError) as excinfo:
        services.submit_plan(plan=plan, by=editor)
    assert any("P9" in reason for reason in excinfo.value.reasons)
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.DRAFT


def test_submit_refused_without_every_minister_consulted(plan, editor, minister):
    fill_plan(plan)
    with pytest.raises(DomainError) as excinfo:
        services.submit_plan(plan=plan, by=editor)
    assert any(minister.portfolio in reason for reason in excinfo.value.reasons)
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.DRAFT


@pytest.mark.parametrize("who", ["other_editor", "coordinator", "viewer", "member"])
def test_only_the_domains_editor_may_submit(request, plan, editor, who):
    fill_plan(plan)
    consult_all(plan, editor)
    with pytest.raises(NotAllowed):
        services.submit_plan(plan=plan, by=request.getfixturevalue(who))
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.DRAFT


@pytest.mark.parametrize("state", ["submitted", "in_review", "validated", "approved"])
def test_submit_refused_in_wrong_state(plan, editor, advance, state):
    plan = advance(plan, state, editor)
    with pytest.raises(DomainError):
        services.submit_plan(plan=plan, by=editor)
    assert Plan.objects.get(pk=plan.pk).status == state


# ---- return ----------------------------------------------------------------------


@pytest.mark.parametrize("state", ["submitted", "in_review"])
def test_coordinator_returns_plan_with_reason(
    plan, editor, coordinator, advance, state, django_capture_on_commit_callbacks
):
    plan = advance(plan, state, editor)
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        services.return_plan(plan=plan, by=coordinator, reason="Motivering ontbreekt.")
    plan.refresh_from_db()
    assert plan.status == Plan.Status.RETURNED
    assert plan.return_reason == "Motivering ontbreekt."
    assert plan.is_editable
    assert not plan.review_items.exists()
    assert [m.to for m in mail.outbox] == [[editor.email]]


def test_return_refused_without_reason(plan, editor, coordinator, advance):
    plan = advance(plan, "submitted", editor)
    with pytest.raises(DomainError):
        services.return_plan(plan=plan, by=coordinator, reason="   ")
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.SUBMITTED


@pytest.mark.parametrize("who", ["editor", "other_editor", "viewer", "member"])
def test_only_coordinator_may_return(request, plan, editor, advance, who):
    plan = advance(plan, "submitted", editor)
    with pytest.raises(NotAllowed):
        services.return_plan(plan=plan, by=request.getfixturevalue(who), reason="x")


@pytest.mark.parametrize("state", ["validated", "approved"])
def test_return_refused_in_wrong_state(plan, editor, coordinator, advance, state):
    plan = advance(plan, state, editor)
    with pytest.raises(DomainError):
        services.return_plan(plan=plan, by=coordinator, reason="x")


def test_returned_plan_can_be_resubmitted(plan, editor, coordinator, advance):
    plan = advance(plan, "submitted", editor)
    services.return_plan(plan=plan, by=coordinator, reason="Aanvullen.")
    services.submit_plan(plan=plan, by=editor)
    plan.refresh_from_db()
    assert plan.status == Plan.Status.SUBMITTED
    assert list(plan.versions.values_list("number", flat=True)) == [1, 2]


# ---- start review ------------------------------------------------------------------


def test_start_review_creates_items_for_reviewed_assessments(
    plan, editor, coordinator, advance, group
):
    plan = advance(plan, "submitted", editor)
    factories.FrameworkCheckFactory(plan=plan)
    extra = plan.processes.get(code="P1")
    review_services.start_review(plan=plan, by=coordinator, extra_processes=[extra])
    plan.refresh_from_db()
    assert plan.status == Plan.Status.IN_REVIEW
    items = {i.process.code: i for i in plan.review_items.select_related("process")}
    assert set(items) == {"P1", "P2", "P3", "P4"}
    assert items["P1"].added_by_coordinator and not items["P2"].added_by_coordinator
    assert items["P3"].proposed_assessment == Assessment.TRANSFER
    assert all(i.working_group == group for i in items.values())


def test_start_review_refused_without_framework_check(plan, editor, coordinator, advance, group):
    plan = advance(plan, "submitted", editor)
    with pytest.raises(DomainError):
        review_services.start_review(plan=plan, by=coordinator)
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.SUBMITTED
    assert not ReviewItem.objects.exists()


def test_start_review_refused_without_working_group(plan, editor, coordinator, advance):
    plan = advance(plan, "submitted", editor)
    factories.FrameworkCheckFactory(plan=plan)
    with pytest.raises(DomainError):
        review_services.start_review(plan=plan, by=coordinator)
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.SUBMITTED


def test_start_review_refuses_process_of_another_plan(
    plan, other_plan, editor, coordinator, advance, group
):
    plan = advance(plan, "submitted", editor)
    factories.FrameworkCheckFactory(plan=plan)
    foreign = factories.CoreProcessFactory(
        plan=other_plan, entity=other_plan.domain.entities.first()
    )
    with pytest.raises(DomainError):
        review_services.start_review(plan=plan, by=coordinator, extra_processes=[foreign])
    assert not ReviewItem.objects.exists()


@pytest.mark.parametrize("who", ["editor", "viewer", "member"])
def test_only_coordinator_may_start_review(request, plan, editor, advance, group, who):
    plan = advance(plan, "submitted", editor)
    factories.FrameworkCheckFactory(plan=plan)
    with pytest.raises(NotAllowed):
        review_services.start_review(plan=plan, by=request.getfixturevalue(who))


# ---- validate ------------------------------------------------------------------------


def test_validate_writes_final_assessments(plan, editor, coordinator, advance):
    plan = advance(plan, "in_review", editor)
    items = {i.process.code: i for i in plan.review_items.select_related("process")}
    review_services.decide_review_item(item=items["P2"], by=coordinator, decision="confirmed")
    review_services.decide_review_item(
        item=items["P3"],
        by=coordinator,
        decision="amended",
        final_assessment=Assessment.OPTIMISE,
        note="Gemeenten?",
    )
    review_services.decide_review_item(item=items["P4"], by=coordinator, decision="confirmed")
    review_services.validate_plan(plan=plan, by=coordinator)
    finals = dict(plan.processes.values_list("code", "final_assessment"))
    assert finals == {"P1": "keep", "P2": "phase_out", "P3": "optimise", "P4": "optimise"}
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.VALIDATED


def test_validate_refused_while_an_item_is_deferred(plan, editor, coordinator, advance):
    plan = advance(plan, "in_review", editor)
    items = list(plan.review_items.all())
    for item in items[1:]:
        review_services.decide_review_item(item=item, by=coordinator, decision="confirmed")
    review_services.decide_review_item(item=items[0], by=coordinator, decision="deferred")
    with pytest.raises(DomainError) as excinfo:
        review_services.validate_plan(plan=plan, by=coordinator)
    assert excinfo.value.reasons
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.IN_REVIEW
    assert not plan.processes.exclude(final_assessment="").exists()


def test_validate_refused_while_an_item_is_pending(plan, editor, coordinator, advance):
    plan = advance(plan, "in_review", editor)
    with pytest.raises(DomainError):
        review_services.validate_plan(plan=plan, by=coordinator)


@pytest.mark.parametrize("state", ["submitted", "validated", "approved"])
def test_validate_refused_in_wrong_state(plan, editor, coordinator, advance, state):
    plan = advance(plan, state, editor)
    with pytest.raises(DomainError):
        review_services.validate_plan(plan=plan, by=coordinator)


def test_editor_may_not_validate(plan, editor, advance):
    plan = advance(plan, "in_review", editor)
    with pytest.raises(NotAllowed):
        review_services.validate_plan(plan=plan, by=editor)


def test_amendment_needs_note_and_new_assessment(plan, editor, coordinator, advance):
    plan = advance(plan, "in_review", editor)
    item = plan.review_items.first()
    with pytest.raises(DomainError):
        review_services.decide_review_item(
            item=item, by=coordinator, decision="amended", final_assessment="keep", note=""
        )
    with pytest.raises(DomainError):
        review_services.decide_review_item(
            item=item,
            by=coordinator,
            decision="amended",
            final_assessment=item.proposed_assessment,
            note="x",
        )
    item.refresh_from_db()
    assert item.decision == ReviewItem.Decision.PENDING


# ---- approve -------------------------------------------------------------------------


def test_government_decision_approves_validated_plans(plan, editor, coordinator, advance):
    plan = advance(plan, "validated", editor)
    decision = review_services.record_government_decision(
        round=plan.round,
        date=dt.date(2015, 7, 17),
        reference="VR 2015 1707 DOC.0789/1",
        plans=[plan],
        by=coordinator,
    )
    plan.refresh_from_db()
    assert plan.status == Plan.Status.APPROVED
    assert plan.government_decision == decision
    definitive = plan.versions.get(kind=PlanVersion.Kind.DEFINITIVE)
    assert definitive.data["processes"][1]["final_assessment"] == "phase_out"
    assert plan.transitions.filter(action=Plan.Action.APPROVE, actor=coordinator).count() == 1


@pytest.mark.parametrize("state", ["submitted", "in_review"])
def test_approval_of_unvalidated_plan_refused_and_nothing_written(
    plan, editor, coordinator, advance, state
):
    plan = advance(plan, state, editor)
    with pytest.raises(DomainError):
        review_services.record_government_decision(
            round=plan.round,
            date=dt.date(2015, 7, 17),
            reference="VR X",
            plans=[plan],
            by=coordinator,
        )
    from reviews.models import GovernmentDecision

    assert not GovernmentDecision.objects.exists()
    assert Plan.objects.get(pk=plan.pk).status == state


def test_approval_is_all_or_nothing(plan, other_plan, editor, other_editor, coordinator, advance):
    plan = advance(plan, "validated", editor)
    other_plan = advance(other_plan, "in_review", other_editor)
    with pytest.raises(DomainError):
        review_services.record_government_decision(
            round=plan.round,
            date=dt.date(2015, 7, 17),
            reference="VR Y",
            plans=[plan, other_plan],
            by=coordinator,
        )
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.VALIDATED


def test_approval_refused_without_plans(round_, coordinator):
    with pytest.raises(DomainError):
        review_services.record_government_decision(
            round=round_, date=dt.date(2015, 7, 17), reference="VR Z", plans=[], by=coordinator
        )


@pytest.mark.parametrize("who", ["editor", "viewer", "member"])
def test_only_coordinator_may_approve(request, plan, editor, advance, who):
    plan = advance(plan, "validated", editor)
    with pytest.raises(NotAllowed):
        review_services.record_government_decision(
            round=plan.round,
            date=dt.date(2015, 7, 17),
            reference="VR W",
            plans=[plan],
            by=request.getfixturevalue(who),
        )


def test_every_transition_is_logged(plan, editor, advance):
    plan = advance(plan, "approved", editor)
    assert list(
        PlanTransition.objects.filter(plan=plan).values_list("from_status", "to_status")
    ) == [
        ("draft", "submitted"),
        ("submitted", "in_review"),
        ("in_review", "validated"),
        ("validated", "approved"),
    ]
