"""`processes.services.import_processes`: many additions and updates at once, all or nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from kerntaken.errors import DomainError, NotAllowed, StaleEdit
from plans import services as plan_services
from processes.models import Assessment, Axis, CoreProcess
from processes.services import import_processes, update_process
from tests import factories
from tests.conftest import consult_all
from tests.plans.excel import add_processes


@pytest.fixture
def filled_plan(plan, entity):
    add_processes(plan, entity)
    return plan


def new(entity, code: str, **values) -> dict:
    return {
        "entity": entity,
        "code": code,
        "title": f"Proces {code}",
        "axis": Axis.REGULATION,
        "assessment": Assessment.KEEP,
    } | values


def snapshot() -> list[tuple]:
    return list(
        CoreProcess.objects.order_by("pk").values_list("pk", "code", "title", "version", "fte")
    ) + [CoreProcess.history.count()]


def test_adds_and_updates_with_history_versions_and_positions(filled_plan, editor, entity):
    first = CoreProcess.objects.get(code="OV-01")
    import_processes(
        plan=filled_plan,
        by=editor,
        additions=[new(entity, "OV-04"), new(entity, "OV-05", fte=Decimal("2.5"))],
        updates=[(first, {"title": "Nieuwe titel", "fte": Decimal("4")})],
    )
    first.refresh_from_db()
    assert (first.title, first.fte, first.version) == ("Nieuwe titel", Decimal("4"), 2)
    latest = first.history.latest()
    assert (latest.history_type, latest.history_user, latest.title) == ("~", editor, "Nieuwe titel")
    added = CoreProcess.objects.filter(code__in=["OV-04", "OV-05"]).order_by("position")
    assert [(p.code, p.position, p.version) for p in added] == [("OV-04", 4, 1), ("OV-05", 5, 1)]
    assert [p.history.get().history_user for p in added] == [editor, editor]


def test_other_editor_may_not_import(filled_plan, other_editor, entity):
    before = snapshot()
    with pytest.raises(NotAllowed):
        import_processes(
            plan=filled_plan, by=other_editor, additions=[new(entity, "X")], updates=[]
        )
    assert snapshot() == before


def test_no_import_into_a_submitted_plan(filled_plan, editor, entity):
    consult_all(filled_plan, editor)
    plan_services.submit_plan(plan=filled_plan, by=editor)
    before = snapshot()
    with pytest.raises(DomainError, match="Ingediend"):
        import_processes(plan=filled_plan, by=editor, additions=[new(entity, "X")], updates=[])
    assert snapshot() == before


def test_stale_update_refuses_the_whole_import(filled_plan, editor, entity):
    first = CoreProcess.objects.get(code="OV-01")
    update_process(process=first, by=editor, version=1, title="Intussen")
    before = snapshot()
    with pytest.raises(StaleEdit):
        import_processes(
            plan=filled_plan,
            by=editor,
            additions=[new(entity, "X")],
            updates=[(first, {"title": "Te laat"})],  # read at version 1
        )
    assert snapshot() == before


def test_process_of_another_plan_cannot_be_updated(filled_plan, editor, other_plan, other_entity):
    stranger = factories.CoreProcessFactory(plan=other_plan, entity=other_entity, code="W")
    before = snapshot()
    with pytest.raises(DomainError):
        import_processes(
            plan=filled_plan, by=editor, additions=[], updates=[(stranger, {"title": "x"})]
        )
    assert snapshot() == before


def test_taken_or_repeated_codes_refuse_the_whole_import(filled_plan, editor, entity):
    before = snapshot()
    with pytest.raises(ValidationError) as error:
        import_processes(
            plan=filled_plan,
            by=editor,
            additions=[new(entity, "OV-02"), new(entity, "N"), new(entity, "N")],
            updates=[],
        )
    assert error.value.message_dict["code"] == [
        "N: Dit plan heeft al een proces met deze code.",
        "OV-02: Dit plan heeft al een proces met deze code.",
    ]
    assert snapshot() == before


def test_model_rules_refuse_the_whole_import(filled_plan, editor, entity, other_entity):
    before = snapshot()
    with pytest.raises(ValidationError) as error:
        import_processes(
            plan=filled_plan,
            by=editor,
            additions=[
                new(entity, "A"),
                new(other_entity, "B"),
                new(entity, "C", assessment=Assessment.TRANSFER, motivation="m"),
            ],
            updates=[],
        )
    assert set(error.value.message_dict) == {"entity", "transfer_level"}
    assert snapshot() == before
