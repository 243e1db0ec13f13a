"""The import template: the plan's processes, the same columns, drop-down lists (SPEC §7)."""

from __future__ import annotations

import pytest

from exchange.exports import template_response
from tests import factories
from tests.plans.excel import HEADERS, add_processes, open_workbook, response_bytes


@pytest.fixture
def workbook(plan, entity, other_entity):
    add_processes(plan, entity)
    factories.EntityFactory(
        domain=plan.domain, acronym="AGODI", name="Agentschap Onderwijsdiensten"
    )
    return open_workbook(response_bytes(template_response(plan)))


def test_template_has_the_columns_of_the_export_and_the_plans_processes(workbook):
    sheet = workbook["Kernprocessen"]
    assert [cell.value for cell in sheet[1]] == HEADERS
    assert [row[2].value for row in sheet.iter_rows(min_row=2, max_row=4)] == [
        "OV-01",
        "OV-02",
        "OV-03",
    ]
    assert sheet.freeze_panes == "A2"


def test_template_lists_are_dutch_and_hold_only_the_domains_entities(workbook):
    lists = workbook["Keuzelijsten"]
    assert lists.sheet_state == "hidden"
    columns = list(zip(*lists.iter_rows(values_only=True), strict=True))
    entities, axes, assessments, levels = (
        [value for value in column if value is not None] for column in columns
    )
    assert entities == [
        "Entiteit",
        "AGODI – Agentschap Onderwijsdiensten",
        "DOV – Departement Onderwijs",
    ]
    assert axes[0] == "As" and axes[1:3] == ["Eigen dienstverlening", "Regelgeving"]
    assert len(axes) == 7
    assert assessments[1] == "Vatbaar voor afbouw" and len(assessments) == 7
    assert levels == [
        "Overhevelingsniveau",
        "Gemeente",
        "Provincie",
        "Intergemeentelijk samenwerkingsverband",
    ]


def test_template_has_drop_downs_for_entity_axis_assessment_and_transfer_level(workbook):
    sheet = workbook["Kernprocessen"]
    validations = {
        str(validation.sqref): (validation.type, validation.formula1)
        for validation in sheet.data_validations.dataValidation
    }
    assert validations == {
        "B2:B1004": ("list", "'Keuzelijsten'!$A$2:$A$3"),
        "F2:F1004": ("list", "'Keuzelijsten'!$B$2:$B$7"),
        "G2:G1004": ("list", "'Keuzelijsten'!$C$2:$C$7"),
        "J2:J1004": ("list", "'Keuzelijsten'!$D$2:$D$4"),
    }


def test_template_marks_the_columns_that_are_not_imported(workbook):
    sheet = workbook["Kernprocessen"]
    assert sheet["A1"].comment.text == (
        "Wordt door de toepassing ingevuld; niet ingelezen bij het importeren."
    )
    assert sheet["B1"].comment is None
