"""How the workbooks are laid out (issue 14): row heights estimated while streaming."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from exchange.exports import plan_workbook_response, write_workbook
from exchange.layout import MAX_ROW_HEIGHT, append_row, line_count, row_height
from processes.models import CoreProcess
from tests import factories
from tests.plans.excel import open_workbook, response_bytes

pytestmark = pytest.mark.django_db


def test_a_header_wraps_word_by_word():
    assert line_count("Personeel (VTE)", 12) == 2
    assert line_count("Code", 12) == 1
    assert line_count("(Deels) over te hevelen naar het lokale bestuursniveau", 18) == 4


def test_a_word_longer_than_the_column_is_broken_over_lines():
    assert line_count("R" * 100, 12) == 10


def test_no_row_is_higher_than_excel_can_show():
    assert row_height([("woord " * 2000, 20)]) == MAX_ROW_HEIGHT


def test_a_row_height_is_dropped_once_the_row_is_written():
    """Memory stays flat: a long sheet keeps no row dimensions."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Blad")
    append_row(sheet, 1, ["kop"], 45.0)
    append_row(sheet, 2, ["waarde"], None)
    assert dict(sheet.row_dimensions) == {}
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert open_workbook(buffer.getvalue())["Blad"].row_dimensions[1].height == 45


def test_rows_are_as_high_as_their_longest_text(plan, entity):
    factories.CoreProcessFactory(plan=plan, entity=entity, code="KORT", description="Kort.")
    factories.CoreProcessFactory(plan=plan, entity=entity, code="LANG", description="woord " * 300)
    sheet = open_workbook(response_bytes(plan_workbook_response(plan)))["Kernprocessen"]
    short, long = sheet.row_dimensions[2].height, sheet.row_dimensions[3].height
    # 1,800 characters in the description's 100 units: about 19 lines of 15 points.
    assert short is None or short <= 2 * 15 + 3
    assert 15 * 15 <= long <= MAX_ROW_HEIGHT


def test_summary_texts_span_the_row_and_the_counts_headers_wrap(plan, entity):
    factories.CoreProcessFactory(plan=plan, entity=entity)
    buffer = io.BytesIO()
    write_workbook(buffer, CoreProcess.objects.filter(plan=plan), round=plan.round)
    sheet = open_workbook(buffer.getvalue())["Overzicht"]
    assert "B3:I3" in {str(cells) for cells in sheet.merged_cells.ranges}
    header = next(row for row in sheet.iter_rows() if row[0].value == "Beleidsdomein")
    assert all(cell.alignment.wrap_text for cell in header)
    assert sheet.row_dimensions[header[0].row].height >= 4 * 15
