"""Safe cells for every workbook the application writes.

A text is never written as a formula (nor as an error value), and control characters
that would corrupt the file are removed. Used by the processes export, the import
template and the meeting workbook.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES

# Characters XML 1.0 cannot hold (openpyxl refuses them), except tab, newline and return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
EXCEL_MAX_TEXT = 32_767  # the most characters an Excel cell holds
# What a spreadsheet reads as the start of a formula when a user edits the cell.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# One look decides whether a text needs care: a control character, or a start that reads
# as a formula or an error value (#N/A, #REF!…).
_NEEDS_CARE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|^[=+\-@\t\r#]")
DATE_FORMAT = "[$-813]d mmmm yyyy"  # 813 = Dutch (Belgium): "17 juli 2015"
DATETIME_FORMAT = "[$-813]d mmmm yyyy hh:mm"


def clean_text(value: str) -> str:
    """The text as a cell can hold it: no control characters, within Excel's limit."""
    if _CONTROL.search(value):
        value = _CONTROL.sub("", value)
    return value[:EXCEL_MAX_TEXT]


def safe_cell(sheet, value):
    """A write-only cell holding `value`; text is always stored as text, never a formula."""
    if isinstance(value, str):
        value = clean_text(value)
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # a string cell: '=SUM(A1)' stays text
        if value.startswith(_FORMULA_START):
            # Excel would turn it into a formula if a user edits the cell and presses Enter.
            cell.quotePrefix = True
        return cell
    return WriteOnlyCell(sheet, value=value)


def safe_value(sheet, value):
    """`value` ready for `sheet.append`: harmless text and non-text as is, else a safe cell.

    Most texts go through as plain values (openpyxl stores them as text); only those it
    would read as a formula or an error code, or a spreadsheet would on editing, become a
    cell of their own. One regular expression decides, so the export stays as fast as a
    bare openpyxl loop (bench/bench_excel.py).
    """
    if not isinstance(value, str):
        return value
    if _NEEDS_CARE.search(value) is None and len(value) <= EXCEL_MAX_TEXT:
        return value
    value = clean_text(value)
    if value.startswith(_FORMULA_START) or value in ERROR_CODES:
        return safe_cell(sheet, value)
    return value


def safe_row(sheet, values: Iterable) -> list:
    return [safe_value(sheet, value) for value in values]
