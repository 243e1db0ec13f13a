"""The rules held by the database and by validation (SPEC §3), with Dutch messages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils import translation

from processes import services
from processes.models import Assessment, Axis, CoreProcess, TransferLevel
from tests import factories

pytestmark = pytest.mark.django_db


def values(entity, **overrides):
    base = {
        "entity": entity,
        "code": "OV-01",
        "title": "Toekennen van werkingsmiddelen",
        "axis": Axis.SUBSIDIES,
        "assessment": Assessment.OPTIMISE,
        "motivation": "Vereenvoudigen.",
    }
    return base | overrides


def test_assessment_codes_and_labels_are_the_spec():
    with translation.override("nl-be"):
        assert [(a.value, str(a.label)) for a in Assessment] == [
            ("phase_out", "Vatbaar voor afbouw"),
            ("transfer", "(Deels) over te hevelen naar het lokale bestuursniveau"),
            ("optimise", "Optimalisatie aangewezen"),
            ("keep", "Behouden in huidige vorm"),
            ("strengthen", "Activiteit verder te versterken"),
            ("introduce", "Nieuw in te voeren"),
        ]
    with translation.override("en"):
        assert str(Assessment.PHASE_OUT.label) == "Eligible for phase-out"


def test_axis_codes_and_labels_are_the_spec():
    with translation.override("nl-be"):
        assert [(a.value, str(a.label)) for a in Axis] == [
            ("service_delivery", "Eigen dienstverlening"),
            ("regulation", "Regelgeving"),
            ("enforcement", "Handhaving en inspectie"),
            ("permits", "Vergunningen en erkenningen"),
            ("subsidies", "Subsidies"),
            ("other", "Ondersteunend / buiten het kader"),
        ]


def test_one_plan_per_domain_per_round_in_the_database(plan):
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.PlanFactory(domain=plan.domain, round=plan.round)


def test_one_plan_per_domain_per_round_in_validation(plan):
    duplicate = factories.PlanFactory.build(domain=plan.domain, round=plan.round)
    with translation.override("nl-be"), pytest.raises(ValidationError) as excinfo:
        duplicate.full_clean()
    assert "Dit beleidsdomein heeft al een plan in deze ronde." in str(excinfo.value)


def test_process_code_unique_within_plan(plan, editor, entity):
    services.create_process(plan=plan, by=editor, **values(entity))
    with translation.override("nl-be"), pytest.raises(ValidationError) as excinfo:
        services.create_process(plan=plan, by=editor, **values(entity, title="Ander"))
    assert "Dit plan heeft al een proces met deze code." in str(excinfo.value)
    assert plan.processes.count() == 1


def test_same_code_allowed_in_another_plan(plan, other_plan, entity, other_entity):
    factories.CoreProcessFactory(plan=plan, entity=entity, code="X-1")
    factories.CoreProcessFactory(plan=other_plan, entity=other_entity, code="X-1")
    assert CoreProcess.objects.filter(code="X-1").count() == 2


def test_process_code_unique_in_the_database(plan, entity):
    factories.CoreProcessFactory(plan=plan, entity=entity, code="X-1")
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.CoreProcessFactory(plan=plan, entity=entity, code="X-1")


@pytest.mark.parametrize(
    ("assessment", "level"),
    [(Assessment.TRANSFER, ""), (Assessment.KEEP, TransferLevel.PROVINCE), ("", "province")],
)
def test_transfer_level_exactly_when_transfer_in_the_database(plan, entity, assessment, level):
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.CoreProcessFactory(
            plan=plan, entity=entity, assessment=assessment, transfer_level=level
        )


def test_transfer_level_required_for_transfer_in_validation(plan, editor, entity):
    with translation.override("nl-be"), pytest.raises(ValidationError) as excinfo:
        services.create_process(
            plan=plan, by=editor, **values(entity, assessment=Assessment.TRANSFER)
        )
    assert "transfer_level" in excinfo.value.message_dict
    process = services.create_process(
        plan=plan,
        by=editor,
        **values(entity, assessment=Assessment.TRANSFER, transfer_level=TransferLevel.PROVINCE),
    )
    assert process.transfer_level == "province"


def test_transfer_level_refused_for_other_assessments(plan, editor, entity):
    with pytest.raises(ValidationError) as excinfo:
        services.create_process(
            plan=plan, by=editor, **values(entity, transfer_level=TransferLevel.MUNICIPALITY)
        )
    assert "transfer_level" in excinfo.value.message_dict


@pytest.mark.parametrize("field", ["fte", "budget"])
def test_negative_numbers_refused_in_the_database(plan, entity, field):
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.CoreProcessFactory(plan=plan, entity=entity, **{field: Decimal("-1")})


@pytest.mark.parametrize("field", ["fte", "budget"])
def test_negative_numbers_refused_in_validation(plan, editor, entity, field):
    with pytest.raises(ValidationError) as excinfo:
        services.create_process(plan=plan, by=editor, **values(entity, **{field: Decimal("-1")}))
    assert field in excinfo.value.message_dict
    assert not plan.processes.exists()


def test_zero_numbers_allowed(plan, editor, entity):
    process = services.create_process(
        plan=plan, by=editor, **values(entity, fte=Decimal("0"), budget=Decimal("0"))
    )
    assert (process.fte, process.budget) == (0, 0)


def test_entity_must_belong_to_plans_domain(plan, editor, other_entity):
    with translation.override("nl-be"), pytest.raises(ValidationError) as excinfo:
        services.create_process(plan=plan, by=editor, **values(other_entity))
    assert "Kies een entiteit van het eigen beleidsdomein van het plan." in str(excinfo.value)
    assert not plan.processes.exists()


@pytest.mark.parametrize("assessment", [a for a in Assessment if a != Assessment.KEEP])
def test_motivation_required_except_for_keep(plan, editor, entity, assessment):
    extra = {"transfer_level": "municipality"} if assessment == Assessment.TRANSFER else {}
    with pytest.raises(ValidationError) as excinfo:
        services.create_process(
            plan=plan, by=editor, **values(entity, assessment=assessment, motivation=" ", **extra)
        )
    assert "motivation" in excinfo.value.message_dict


def test_keep_needs_no_motivation(plan, editor, entity):
    process = services.create_process(
        plan=plan, by=editor, **values(entity, assessment=Assessment.KEEP, motivation="")
    )
    assert process.is_complete


def test_protect_on_what_a_plan_refers_to(plan, entity, minister):
    factories.CoreProcessFactory(plan=plan, entity=entity)
    for obj in (plan.domain, plan.round, entity):
        with pytest.raises(ProtectedError), transaction.atomic():
            obj.delete()


def test_editor_of_other_domain_cannot_add_process(plan, other_editor, entity):
    from kerntaken.errors import NotAllowed

    with pytest.raises(NotAllowed):
        services.create_process(plan=plan, by=other_editor, **values(entity))
    assert not plan.processes.exists()


def test_stale_edit_is_refused_and_nothing_lost(plan, editor, entity):
    from kerntaken.errors import StaleEdit

    process = services.create_process(plan=plan, by=editor, **values(entity))
    first = services.update_process(
        process=process, by=editor, version=process.version, title="Eerste wijziging"
    )
    with pytest.raises(StaleEdit) as excinfo:
        services.update_process(
            process=process, by=editor, version=process.version, title="Tweede wijziging"
        )
    assert excinfo.value.current.title == "Eerste wijziging"
    process.refresh_from_db()
    assert process.title == "Eerste wijziging" and process.version == first.version


def test_field_history_records_who_and_old_new(plan, editor, entity):
    process = services.create_process(plan=plan, by=editor, **values(entity))
    services.update_process(
        process=process, by=editor, version=process.version, title="Nieuwe titel"
    )
    newest, previous = process.history.all()[:2]
    delta = newest.diff_against(previous)
    assert [(c.field, c.old, c.new) for c in delta.changes] == [
        ("title", "Toekennen van werkingsmiddelen", "Nieuwe titel")
    ]


def test_history_names_the_user_even_outside_a_request(plan, editor, entity):
    process = services.create_process(plan=plan, by=editor, **values(entity))
    services.update_process(process=process, by=editor, version=process.version, title="Nieuw")
    assert {h.history_user for h in process.history.all()} == {editor}
