"""Excel export of processes (SPEC §7).

`safe_cell` / `safe_row` are used by every workbook the application writes: a text is
never written as a formula (nor as an error value), and control characters that would
corrupt the file are removed.

Every workbook is written in openpyxl's write-only mode into a temporary file that a
`FileResponse` streams: the processes are read with `.values_list(...).iterator()`, one
query however many rows, and nothing but a few counters is kept in memory, so memory
stays flat as the rows grow (see bench/bench_excel.py).

The workbook speaks Dutch whatever the user's language: it is the administration's
document and the import (exchange/imports.py) reads back exactly what is written here.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from django.conf import settings
from django.db.models import FloatField, QuerySet
from django.db.models.functions import Cast
from django.http import FileResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override, pgettext_lazy
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from plans.models import Entity, Plan, Round
from processes.models import Assessment, Axis, CoreProcess, TransferLevel
from processes.selectors import NOT_ASSESSED, count_table
from reviews.models import ReviewItem

# Characters XML 1.0 cannot hold (openpyxl refuses them), except tab, newline and return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EXCEL_MAX_TEXT = 32_767  # the most characters an Excel cell holds
# What a spreadsheet reads as the start of a formula when a user edits the cell.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# One look decides whether a text needs care: a control character, or a start that reads
# as a formula or an error value (#N/A, #REF!…).
_NEEDS_CARE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|^[=+\-@\t\r#]")
CHUNK_SIZE = 2_000
TEMPLATE_ROWS = 1_000  # the empty rows of the template that get the drop-down lists
PAPER_A4 = 9  # the paperSize code of A4 in SpreadsheetML

DATE_FORMAT = "[$-813]d mmmm yyyy"  # 813 = Dutch (Belgium): "17 juli 2015"
DATETIME_FORMAT = "[$-813]d mmmm yyyy hh:mm"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="FFE615")
READ_ONLY_FILL = PatternFill("solid", fgColor="E7E7E7")
TITLE_FONT = Font(bold=True, size=14)


# ---- safe cells -------------------------------------------------------------------------


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


def workbook_response(
    sheets: Iterable[tuple[str, list[str], Iterable[list]]], filename: str
) -> FileResponse:
    """Write (title, headers, rows) sheets to a temporary file and stream it as a download."""

    def write(handle: IO[bytes]) -> None:
        workbook = Workbook(write_only=True)
        for title, headers, rows in sheets:
            sheet = workbook.create_sheet(title=title[:31])
            sheet.append([safe_cell(sheet, header) for header in headers])
            for row in rows:
                sheet.append(safe_row(sheet, row))
        workbook.save(handle)

    return _file_response(write, filename)


def _file_response(write: Callable[[IO[bytes]], None], filename: str) -> FileResponse:
    """Run `write` into a temporary file on disk and stream that file (never the memory)."""
    handle = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - FileResponse closes it
    try:
        write(handle)
    except BaseException:
        handle.close()
        raise
    handle.seek(0)
    return FileResponse(handle, as_attachment=True, filename=filename, content_type=XLSX)


# ---- the columns of the processes sheet (SPEC §7), shared with the import ----------------


@dataclass(frozen=True)
class Column:
    key: str
    header: object  # a lazy translatable text
    width: int
    importable: bool = True
    number_format: str | None = None

    @property
    def letter_index(self) -> int:
        return COLUMNS.index(self) + 1


COLUMNS = [
    Column("domain", _("Policy domain"), 28, importable=False),
    Column("entity", _("Entity"), 34),
    Column("code", _("Code"), 12),
    Column("title", _("Title"), 40),
    Column("description", pgettext_lazy("excel", "Description"), 60),
    Column("axis", _("Axis"), 28),
    Column("assessment", _("Assessment"), 34),
    Column("final_assessment", _("Final assessment"), 34, importable=False),
    Column("motivation", pgettext_lazy("excel", "Motivation"), 60),
    Column("transfer_level", pgettext_lazy("excel", "Transfer level"), 26),
    Column("fte", pgettext_lazy("excel", "Staff (FTE)"), 12, number_format="#,##0.00"),
    Column("budget", pgettext_lazy("excel", "Budget (k€)"), 14, number_format="#,##0.0"),
    Column("review_decision", pgettext_lazy("excel", "Working-group decision"), 22, False),
    Column("review_note", pgettext_lazy("excel", "Working-group note"), 40, False),
]
COLUMN_BY_KEY = {column.key: column for column in COLUMNS}
PROCESSES_SHEET = pgettext_lazy("excel", "Core processes")
SUMMARY_SHEET = pgettext_lazy("excel", "Summary")
LISTS_SHEET = pgettext_lazy("excel", "Lists")

# What one row of the processes sheet is read from: one query, however many rows.
_FIELDS = (
    "plan_id",
    "plan__domain__position",
    "plan__domain__name",
    "plan__round__name",
    "plan__government_decision__date",
    "plan__government_decision__reference",
    "entity__acronym",
    "entity__name",
    "code",
    "title",
    "description",
    "axis",
    "assessment",
    "final_assessment",
    "motivation",
    "transfer_level",
    # As floats: what Excel stores anyway, and no Decimal to build for every cell.
    Cast("fte", FloatField()),
    Cast("budget", FloatField()),
    "review_item__decision",
    "review_item__note",
)


def entity_label(acronym: str, name: str) -> str:
    """How the workbook names an entity (the same as `str(entity)`)."""
    return f"{acronym} – {name}" if acronym != name else name


def choice_labels() -> dict[str, dict[str, str]]:
    """The labels of the choices, in the active language: {"axis": {"regulation": "…"}}."""
    return {
        "axis": {code: str(label) for code, label in Axis.choices},
        "assessment": {code: str(label) for code, label in Assessment.choices},
        "transfer_level": {code: str(label) for code, label in TransferLevel.choices},
        "review_decision": {code: str(label) for code, label in ReviewItem.Decision.choices},
    }


# ---- the workbook -----------------------------------------------------------------------


class _Summary:
    """What the summary sheet needs, gathered while the processes stream past."""

    def __init__(self) -> None:
        self.rows = 0
        self.plans: set[int] = set()
        self.rounds: dict[str, None] = {}
        self.decisions: dict[str, object] = {}
        self.domains: dict[str, int] = {}
        self.by_domain: Counter = Counter()
        self.by_axis: Counter = Counter()

    def add(self, *, plan, position, domain, round, decision_date, reference, axis, assessment):
        self.rows += 1
        self.plans.add(plan)
        self.rounds.setdefault(round)
        if reference:
            self.decisions.setdefault(reference, decision_date)
        self.domains.setdefault(domain, position)
        self.by_domain[domain, assessment] += 1
        self.by_axis[axis, assessment] += 1


def write_workbook(path_or_file, processes: QuerySet, *, round: Round | None = None) -> None:
    """Write the summary and processes sheets of `processes` to a path or binary file."""
    _write_workbook(path_or_file, processes, round=round)


def _write_workbook(
    path_or_file, processes: QuerySet, *, round: Round | None = None, title: str = ""
) -> None:
    with override(settings.LANGUAGE_CODE):
        labels = choice_labels()
        workbook = Workbook(write_only=True)
        summary_sheet = workbook.create_sheet(str(SUMMARY_SHEET))
        sheet = workbook.create_sheet(str(PROCESSES_SHEET))
        _prepare_processes_sheet(sheet)
        summary = _Summary()
        for row in _process_rows(sheet, processes, labels, summary):
            sheet.append(row)
        _finish_processes_sheet(sheet, summary.rows)
        _write_summary(summary_sheet, summary, labels, round=round, title=title)
        workbook.save(path_or_file)


def _prepare_processes_sheet(sheet, *, template: bool = False) -> None:
    for column in COLUMNS:
        sheet.column_dimensions[get_column_letter(column.letter_index)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    _fit_to_page_width(sheet)
    header = []
    for column in COLUMNS:
        cell = safe_cell(sheet, str(column.header))
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL if column.importable else READ_ONLY_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        if template and not column.importable:
            cell.comment = Comment(str(_("Filled in by the application; not imported.")), "")
        header.append(cell)
    sheet.append(header)


def _fit_to_page_width(sheet) -> None:
    """Print landscape on A4, as many pages down as needed but one page wide."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = PAPER_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _finish_processes_sheet(sheet, rows: int) -> None:
    last = get_column_letter(len(COLUMNS))
    sheet.auto_filter.ref = f"A1:{last}{max(rows, 1) + 1}"


def _process_rows(sheet, processes: QuerySet, labels: dict, summary: _Summary) -> Iterator[list]:
    """The processes as rows of cells, read in chunks over one query."""
    if not processes.ordered:
        processes = processes.order_by(
            "plan__round__start_date", "plan__domain__position", "position", "code"
        )
    axes, assessments = labels["axis"], labels["assessment"]
    levels, decisions = labels["transfer_level"], labels["review_decision"]
    known: dict = {}
    fte_format = COLUMN_BY_KEY["fte"].number_format
    budget_format = COLUMN_BY_KEY["budget"].number_format
    for row in processes.values_list(*_FIELDS).iterator(chunk_size=CHUNK_SIZE):
        (
            plan,
            position,
            domain,
            round_name,
            decision_date,
            reference,
            acronym,
            name,
            code,
            title,
            description,
            axis,
            assessment,
            final,
            motivation,
            level,
            fte,
            budget,
            decision,
            note,
        ) = row
        summary.add(
            plan=plan,
            position=position,
            domain=domain,
            round=round_name,
            decision_date=decision_date,
            reference=reference,
            axis=axis,
            # The final assessment once validated, else the one submitted.
            assessment=final or assessment,
        )
        # Domains and entities repeat row after row: made safe once each.
        entity = known.get((acronym, name))
        if entity is None:
            entity = known[acronym, name] = safe_value(sheet, entity_label(acronym, name))
        safe_domain = known.get(domain)
        if safe_domain is None:
            safe_domain = known[domain] = safe_value(sheet, domain)
        yield [
            safe_domain,
            entity,
            safe_value(sheet, code),
            safe_value(sheet, title),
            safe_value(sheet, description) if description else None,
            axes.get(axis, axis),
            assessments.get(assessment),
            assessments.get(final),
            safe_value(sheet, motivation) if motivation else None,
            levels.get(level),
            _formatted(sheet, fte, fte_format),
            _formatted(sheet, budget, budget_format),
            decisions.get(decision),
            safe_value(sheet, note) if note else None,
        ]


def _formatted(sheet, value, number_format: str | None):
    """A number or date cell with its display format (None stays an empty cell)."""
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell


def _write_summary(
    sheet, summary: _Summary, labels: dict, *, round: Round | None, title: str
) -> None:
    assessments = labels["assessment"]
    widths = [38] + [16] * (len(assessments) + 2)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    _fit_to_page_width(sheet)

    rounds = [round.name] if round is not None else list(summary.rounds)
    heading = safe_cell(sheet, title or ", ".join(rounds) or str(PROCESSES_SHEET))
    heading.font = TITLE_FONT
    sheet.append([heading])
    sheet.append([])
    sheet.append(
        [_label(sheet, pgettext_lazy("excel", "Round")), safe_value(sheet, ", ".join(rounds))]
    )
    if not summary.decisions:
        sheet.append(
            [
                _label(sheet, pgettext_lazy("excel", "Government decision")),
                str(pgettext_lazy("excel", "No government decision yet")),
            ]
        )
    for reference, date in summary.decisions.items():
        sheet.append(
            [
                _label(sheet, pgettext_lazy("excel", "Decision date")),
                _formatted(sheet, date, DATE_FORMAT),
            ]
        )
        sheet.append(
            [
                _label(sheet, pgettext_lazy("excel", "Decision reference")),
                safe_value(sheet, reference),
            ]
        )
    sheet.append([_label(sheet, pgettext_lazy("excel", "Number of plans")), len(summary.plans)])
    sheet.append([_label(sheet, pgettext_lazy("excel", "Number of core processes")), summary.rows])
    exported = timezone.localtime(timezone.now()).replace(tzinfo=None, microsecond=0)
    sheet.append(
        [
            _label(sheet, pgettext_lazy("excel", "Exported on")),
            _formatted(sheet, exported, DATETIME_FORMAT),
        ]
    )

    domains = sorted(summary.domains, key=lambda name: (summary.domains[name], name))
    _count_table(
        sheet,
        _("Core processes per policy domain and (final) assessment"),
        _("Policy domain"),
        [(domain, domain) for domain in domains],
        summary.by_domain,
        assessments,
    )
    _count_table(
        sheet,
        _("Core processes per axis and (final) assessment"),
        _("Axis"),
        list(labels["axis"].items()),
        summary.by_axis,
        assessments,
    )


def _count_table(sheet, caption, first, rows, counts: Counter, assessments: dict) -> None:
    """A table of counts: one row per (key, label), one column per assessment, totals."""
    table = count_table(counts, rows, [*assessments, NOT_ASSESSED])
    sheet.append([])
    sheet.append([_label(sheet, caption)])
    header = [
        first,
        *assessments.values(),
        pgettext_lazy("excel", "No assessment"),
        pgettext_lazy("excel", "Total"),
    ]
    sheet.append([_label(sheet, text) for text in header])
    for row in table.rows:
        sheet.append([safe_value(sheet, row.label), *row.counts, row.total])
    sheet.append([_label(sheet, pgettext_lazy("excel", "Total")), *table.totals, table.total])


def _label(sheet, text) -> WriteOnlyCell:
    cell = safe_cell(sheet, str(text))
    cell.font = HEADER_FONT
    return cell


# ---- the import template ----------------------------------------------------------------


def write_template(path_or_file, plan: Plan) -> None:
    """The processes sheet of `plan` to fill in: its processes, drop-down lists below."""
    with override(settings.LANGUAGE_CODE):
        labels = choice_labels()
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(str(PROCESSES_SHEET))
        lists = workbook.create_sheet(str(LISTS_SHEET))
        lists.sheet_state = "hidden"
        _prepare_processes_sheet(sheet, template=True)
        summary = _Summary()
        processes = plan.processes.order_by("position", "code")
        for row in _process_rows(sheet, processes, labels, summary):
            sheet.append(row)
        last_row = summary.rows + TEMPLATE_ROWS + 1
        _finish_processes_sheet(sheet, last_row - 1)
        entities = [
            entity_label(acronym, name)
            for acronym, name in Entity.objects.filter(domain_id=plan.domain_id)
            .order_by("acronym")
            .values_list("acronym", "name")
        ]
        columns = [
            ("entity", entities),
            ("axis", list(labels["axis"].values())),
            ("assessment", list(labels["assessment"].values())),
            ("transfer_level", list(labels["transfer_level"].values())),
        ]
        _write_lists(lists, columns)
        for index, (key, values) in enumerate(columns):
            letter = get_column_letter(index + 1)
            source = f"'{lists.title}'!${letter}$2:${letter}${max(len(values), 1) + 1}"
            validation = DataValidation(
                type="list",
                formula1=source,
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=str(COLUMN_BY_KEY[key].header),
                error=str(_("Choose a value from the list.")),
            )
            target = get_column_letter(COLUMN_BY_KEY[key].letter_index)
            validation.add(f"{target}2:{target}{last_row}")
            sheet.data_validations.append(validation)
        workbook.save(path_or_file)


def _write_lists(sheet, columns: list[tuple[str, list[str]]]) -> None:
    sheet.append([_label(sheet, COLUMN_BY_KEY[key].header) for key, _values in columns])
    longest = max(len(values) for _key, values in columns)
    for index in range(longest):
        sheet.append(
            [
                safe_value(sheet, values[index]) if index < len(values) else None
                for _k, values in columns
            ]
        )


# ---- the downloads other views call -----------------------------------------------------


def plan_workbook_response(plan: Plan) -> FileResponse:
    """One plan's workbook (the caller decides whether the user may export it)."""
    processes = CoreProcess.objects.filter(plan=plan).order_by("position", "code")
    with override(settings.LANGUAGE_CODE):
        title = f"{plan.domain.name} – {plan.round.name}"
        filename = f"kerntakenplan-{slugify(plan.domain.code)}-{plan.round.slug}.xlsx"
    return _file_response(
        lambda handle: _write_workbook(handle, processes, round=plan.round, title=title),
        filename,
    )


def round_workbook_response(round: Round, status: str | None = "approved") -> FileResponse:
    """The processes of a round's plans in `status` (every plan when None)."""
    processes = CoreProcess.objects.filter(plan__round=round)
    with override(settings.LANGUAGE_CODE):
        if status is None:
            state = str(pgettext_lazy("excel", "all plans"))
        else:
            processes = processes.filter(plan__status=status)
            state = str(Plan.Status(status).label).lower()
        title = f"{round.name} – {state}"
        filename = f"kerntakenplannen-{round.slug}-{slugify(state)}.xlsx"
    processes = processes.order_by(
        "plan__domain__position", "plan__domain__name", "position", "code"
    )
    return _file_response(
        lambda handle: _write_workbook(handle, processes, round=round, title=title), filename
    )


def processes_workbook_response(processes: QuerySet, *, title: str, filename: str) -> FileResponse:
    """Any (filtered) list of processes; the caller has limited it to what the user sees."""
    if not filename.lower().endswith(".xlsx"):
        filename += ".xlsx"
    return _file_response(lambda handle: _write_workbook(handle, processes, title=title), filename)


def template_response(plan: Plan) -> FileResponse:
    filename = f"sjabloon-kernprocessen-{slugify(plan.domain.code)}-{plan.round.slug}.xlsx"
    return _file_response(lambda handle: write_template(handle, plan), filename)
