"""Excel export of processes (SPEC §7), and the import template.

The columns and the rows come from `exchange.columns` (itself read from
`processes.fields`); every cell is made safe by `exchange.cells`.

Every workbook is written in openpyxl's write-only mode into a temporary file that a
`FileResponse` streams: the processes are read with `.values_list(...).iterator()`, one
query however many rows, and nothing but a few counters is kept in memory, so memory
stays flat as the rows grow (see bench/bench_excel.py).

The workbook speaks Dutch whatever the user's language: it is the administration's
document and the import (exchange/imports.py) reads back exactly what is written here.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from django.conf import settings
from django.db.models import QuerySet
from django.http import FileResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override, pgettext_lazy
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from exchange.cells import DATE_FORMAT, DATETIME_FORMAT, formatted, safe_cell, safe_row, safe_value
from exchange.columns import (
    LISTS_SHEET,
    PROCESSES_SHEET,
    SUMMARY_SHEET,
    RowMaker,
    choice_labels,
    column_by_key,
    column_number,
    columns,
    entity_label,
)
from plans.models import Entity, Plan, Round
from processes.models import CoreProcess
from processes.selectors import NOT_ASSESSED, count_table

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHUNK_SIZE = 2_000
TEMPLATE_ROWS = 1_000  # the empty rows of the template that get the drop-down lists
PAPER_A4 = 9  # the paperSize code of A4 in SpreadsheetML

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="FFE615")
READ_ONLY_FILL = PatternFill("solid", fgColor="E7E7E7")
TITLE_FONT = Font(bold=True, size=14)


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
    shown = columns()
    for number, column in enumerate(shown, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    _fit_to_page_width(sheet)
    header = []
    for column in shown:
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
    last = get_column_letter(len(columns()))
    sheet.auto_filter.ref = f"A1:{last}{max(rows, 1) + 1}"


def _process_rows(sheet, processes: QuerySet, labels: dict, summary: _Summary) -> Iterator[list]:
    """The processes as rows of cells, read in chunks over one query."""
    if not processes.ordered:
        processes = processes.order_by(
            "plan__round__start_date", "plan__domain__position", "position", "code"
        )
    maker = RowMaker(sheet, labels)
    for row in processes.values_list(*maker.paths).iterator(chunk_size=CHUNK_SIZE):
        plan, position, domain, round_name, date, reference, axis, assessment, final = row[:9]
        summary.add(
            plan=plan,
            position=position,
            domain=domain,
            round=round_name,
            decision_date=date,
            reference=reference,
            axis=axis,
            # The final assessment once validated, else the one submitted.
            assessment=final or assessment,
        )
        yield maker.row(row)


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
                formatted(sheet, date, DATE_FORMAT),
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
            formatted(sheet, exported, DATETIME_FORMAT),
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
        by_key = column_by_key()
        lists_columns = [
            ("entity", entities),
            ("axis", list(labels["axis"].values())),
            ("assessment", list(labels["assessment"].values())),
            ("transfer_level", list(labels["transfer_level"].values())),
        ]
        _write_lists(lists, [(by_key[key].header, values) for key, values in lists_columns])
        for index, (key, values) in enumerate(lists_columns):
            letter = get_column_letter(index + 1)
            source = f"'{lists.title}'!${letter}$2:${letter}${max(len(values), 1) + 1}"
            validation = DataValidation(
                type="list",
                formula1=source,
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=str(by_key[key].header),
                error=str(_("Choose a value from the list.")),
            )
            target = get_column_letter(column_number(key))
            validation.add(f"{target}2:{target}{last_row}")
            sheet.data_validations.append(validation)
        workbook.save(path_or_file)


def _write_lists(sheet, columns: list[tuple[object, list[str]]]) -> None:
    sheet.append([_label(sheet, header) for header, _values in columns])
    longest = max(len(values) for _header, values in columns)
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
