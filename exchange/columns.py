"""The columns of the processes sheet (SPEC §7), shared by the export, the template and the
import, and the rows they are written from.

The columns are the process fields of `processes.fields` that have an Excel column, between
the policy domain (first) and the working group's decision and note (last), which are not
the process's own. The workbook speaks Dutch whatever the user's language: it is the
administration's document and the import reads back exactly what is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import FloatField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from exchange.cells import DATE_FORMAT, DATETIME_FORMAT, safe_value
from exchange.layout import TEXT, chars_per_line, estimated_lines, lines_height, styled
from processes import fields as process_fields
from processes.fields import ProcessField
from reviews.models import ReviewItem

PROCESSES_SHEET = pgettext_lazy("excel", "Core processes")
SUMMARY_SHEET = pgettext_lazy("excel", "Summary")
LISTS_SHEET = pgettext_lazy("excel", "Lists")
REVIEW_DECISION, REVIEW_NOTE = "review_decision", "review_note"


@dataclass(frozen=True)
class Column:
    key: str
    header: object  # a lazy translatable text
    width: int
    importable: bool = True
    number_format: str | None = None
    field: ProcessField | None = None  # the process field the column shows, if any


def columns() -> list[Column]:
    """The columns in the sheet's order, read from the description of a process's fields."""
    return [
        Column("domain", _("Policy domain"), 22, importable=False),
        *(
            Column(
                f.name,
                f.excel.header,
                f.excel.width,
                importable=f.editable,
                number_format=f.excel.number_format,
                field=f,
            )
            for f in process_fields.exported()
        ),
        Column(REVIEW_DECISION, pgettext_lazy("excel", "Working-group decision"), 16, False),
        Column(REVIEW_NOTE, pgettext_lazy("excel", "Working-group note"), 100, False),
    ]


def number_formats() -> list[str]:
    """Every number format the processes sheet uses (each gets a shared style)."""
    return [
        *(
            column.number_format or "General"
            for column in columns()
            if column.field is not None and column.field.kind == process_fields.NUMBER
        ),
        DATE_FORMAT,
        DATETIME_FORMAT,
    ]


def column_by_key() -> dict[str, Column]:
    return {column.key: column for column in columns()}


def column_number(key: str) -> int:
    """The 1-based position of a column in the sheet."""
    return next(i for i, column in enumerate(columns(), start=1) if column.key == key)


def entity_label(acronym: str, name: str) -> str:
    """How the workbook names an entity (the same as `str(entity)`)."""
    return f"{acronym} – {name}" if acronym != name else name


def choice_labels() -> dict[str, dict[str, str]]:
    """The labels of each column's vocabulary, in the active language: {"axis": {code: …}}."""
    labels = {
        f.name: process_fields.labels(f.vocabulary)
        for f in process_fields.exported()
        if f.vocabulary is not None
    }
    labels[REVIEW_DECISION] = process_fields.labels(ReviewItem.Decision)
    return labels


# ---- the rows -----------------------------------------------------------------------------

# What the summary sheet counts, read with every row (the columns add their own paths).
SUMMARY_PATHS = (
    "plan_id",
    "plan__domain__position",
    "plan__domain__name",
    "plan__round__name",
    "plan__government_decision__date",
    "plan__government_decision__reference",
    "axis",
    "assessment",
    "final_assessment",
)


class RowMaker:
    """Turns one `values_list` row into the cells of the processes sheet.

    One query reads every row (`paths`); each column gets a small function that picks its
    value(s) from the row and makes them safe, with the labels looked up in dictionaries
    and repeated texts (domains, entities, labels) made into cells once each. Text wraps
    at the top of its cell, numbers and dates wear the style of their format (`styles`:
    {number format: named style}, from `exchange.layout.add_styles`).
    """

    def __init__(self, sheet, labels: dict[str, dict[str, str]], styles: dict[str, str]) -> None:
        self.sheet, self.labels, self.styles = sheet, labels, styles
        self.paths: list = list(SUMMARY_PATHS)
        # How many lines each text column's value wraps over, estimated from its length.
        self.measures: list[Callable[[tuple], int]] = []
        self.cells = [self._cell(column) for column in columns()]

    def row(self, values: tuple) -> list:
        return [cell(values) for cell in self.cells]

    def height(self, values: tuple) -> float | None:
        """The row's height in points, or None for one line (the default height)."""
        lines = max(measure(values) for measure in self.measures)
        return lines_height(lines) if lines > 1 else None

    def _index(self, path) -> int:
        if isinstance(path, str) and path in self.paths:
            return self.paths.index(path)
        self.paths.append(path)
        return len(self.paths) - 1

    def _cell(self, column: Column) -> Callable[[tuple], object]:
        key, described, per_line = column.key, column.field, chars_per_line(column.width)
        if key == "domain":
            return self._repeated(self._index("plan__domain__name"), per_line)
        if key == REVIEW_DECISION:
            index = self._index("review_item__decision")
            return self._choice(index, self.labels[key], per_line)
        if key == REVIEW_NOTE:
            return self._text(self._index("review_item__note"), per_line)
        kind = described.kind
        if kind == process_fields.ENTITY:
            acronym, name = self._index(f"{key}__acronym"), self._index(f"{key}__name")
            return self._entity(acronym, name, per_line)
        if kind == process_fields.CHOICE:
            return self._choice(self._index(key), self.labels[key], per_line)
        if kind == process_fields.NUMBER:
            # As floats: what Excel stores anyway, and no Decimal to build for every cell.
            index = self._index(Cast(key, FloatField()))
            return self._number(index, column.number_format)
        if kind == process_fields.DATE:
            return self._date(self._index(key))
        return self._text(self._index(key), per_line)

    def _repeated(self, i: int, per_line: int):
        sheet, known, lines = self.sheet, {}, {}

        def cell(row):
            value = row[i]
            if value not in known:
                known[value] = styled(sheet, safe_value(sheet, value), TEXT)
                lines[value] = estimated_lines(value, per_line)
            return known[value]

        self.measures.append(lambda row: lines.get(row[i], 1))
        return cell

    def _entity(self, i: int, j: int, per_line: int):
        sheet, known, lines = self.sheet, {}, {}

        def cell(row):
            pair = (row[i], row[j])
            if pair not in known:
                label = entity_label(*pair)
                known[pair] = styled(sheet, safe_value(sheet, label), TEXT)
                lines[pair] = estimated_lines(label, per_line)
            return known[pair]

        self.measures.append(lambda row: lines.get((row[i], row[j]), 1))
        return cell

    def _text(self, i: int, per_line: int):
        sheet = self.sheet
        self.measures.append(lambda row: estimated_lines(row[i], per_line) if row[i] else 1)
        return lambda row: styled(sheet, safe_value(sheet, row[i]), TEXT) if row[i] else None

    def _choice(self, i: int, labels: dict[str, str], per_line: int):
        sheet = self.sheet
        cells, lines = {}, {}
        for code, text in labels.items():
            cells[code] = styled(sheet, safe_value(sheet, text), TEXT)
            lines[code] = estimated_lines(text, per_line)

        def cell(row):
            code = row[i]
            if not code:
                return None
            if code not in cells:  # a code from an older vocabulary: written as stored
                cells[code] = styled(sheet, safe_value(sheet, code), TEXT)
                lines[code] = estimated_lines(code, per_line)
            return cells[code]

        self.measures.append(lambda row: lines.get(row[i], 1))
        return cell

    def _number(self, i: int, number_format: str | None):
        sheet, style = self.sheet, self.styles[number_format or "General"]
        return lambda row: None if row[i] is None else styled(sheet, row[i], style)

    def _date(self, i: int):
        sheet = self.sheet
        date_style, moment_style = self.styles[DATE_FORMAT], self.styles[DATETIME_FORMAT]

        def cell(row):
            value = row[i]
            if value is None:
                return None
            if hasattr(value, "tzinfo"):  # a moment: in local time, as Excel has no zones
                value = timezone.localtime(value).replace(tzinfo=None)
                return styled(sheet, value, moment_style)
            return styled(sheet, value, date_style)

        return cell
