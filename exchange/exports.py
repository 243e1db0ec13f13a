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

import datetime as dt
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from typing import IO

from django.conf import settings
from django.db.models import QuerySet
from django.http import FileResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override, pgettext_lazy
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from exchange.cells import DATE_FORMAT, DATETIME_FORMAT, safe_cell, safe_value
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
    number_formats,
)
from exchange.layout import (
    HEADER,
    LABEL,
    READ_ONLY_HEADER,
    TEXT,
    TITLE_FONT,
    WRAP,
    add_styles,
    append_header,
    append_row,
    row_height,
    set_up_print,
    set_widths,
    styled,
)
from plans.models import Entity, Plan, Round
from processes.models import CoreProcess
from processes.selectors import NOT_ASSESSED, count_table

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHUNK_SIZE = 2_000
TEMPLATE_ROWS = 1_000  # the empty rows of the template that get the drop-down lists
LEFT = Alignment(horizontal="left", vertical="top")


def workbook_response(
    sheets: Iterable[tuple[str, list, Iterable[list]]], filename: str, *, title: str = ""
) -> FileResponse:
    """Write (title, headers, rows) sheets to a temporary file and stream it as a download.

    A header is a text or a (text, column width) pair; text wraps, dates read as dates.
    """

    def write(handle: IO[bytes]) -> None:
        workbook = Workbook(write_only=True)
        styles = add_styles(workbook, (DATE_FORMAT, DATETIME_FORMAT))
        for name, headers, rows in sheets:
            sheet = workbook.create_sheet(title=name[:31])
            _write_table(sheet, headers, rows, styles)
            set_up_print(sheet, title=title or name)
        workbook.save(handle)

    return _file_response(write, filename)


def _write_table(sheet, headers: list, rows: Iterable[list], styles: dict[str, str]) -> None:
    pairs = [(h, max(12, min(len(h) + 4, 40))) if isinstance(h, str) else h for h in headers]
    widths = [width for _header, width in pairs]
    set_widths(sheet, widths)
    sheet.freeze_panes = "A2"
    header = [styled(sheet, safe_cell(sheet, str(text)), HEADER) for text, _width in pairs]
    append_header(sheet, 1, header, widths)
    for number, row in enumerate(rows, start=2):
        texts = [(value, width) for value, width in zip(row, widths, strict=False) if value]
        height = row_height([(text, width) for text, width in texts if isinstance(text, str)])
        cells = [_table_cell(sheet, value, styles) for value in row]
        append_row(sheet, number, cells, height)


def _table_cell(sheet, value, styles: dict[str, str]):
    if isinstance(value, dt.datetime):
        return styled(sheet, value, styles[DATETIME_FORMAT])
    if isinstance(value, dt.date):
        return styled(sheet, value, styles[DATE_FORMAT])
    if isinstance(value, str):
        return styled(sheet, safe_value(sheet, value), TEXT) if value else None
    return value


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
        styles = add_styles(workbook, number_formats())
        summary_sheet = workbook.create_sheet(str(SUMMARY_SHEET))
        sheet = workbook.create_sheet(str(PROCESSES_SHEET))
        _prepare_processes_sheet(sheet)
        summary = _Summary()
        _append_process_rows(sheet, processes, labels, styles, summary)
        rounds = [round.name] if round is not None else list(summary.rounds)
        title = title or ", ".join(rounds) or str(PROCESSES_SHEET)
        _finish_processes_sheet(sheet, summary.rows, title)
        _write_summary(summary_sheet, summary, labels, styles, rounds=rounds, title=title)
        workbook.save(path_or_file)


def _prepare_processes_sheet(sheet, *, template: bool = False) -> None:
    shown = columns()
    widths = [column.width for column in shown]
    set_widths(sheet, widths)
    sheet.freeze_panes = "A2"
    header = []
    for column in shown:
        style = HEADER if column.importable else READ_ONLY_HEADER
        cell = styled(sheet, safe_cell(sheet, str(column.header)), style)
        if template and not column.importable:
            cell.comment = Comment(str(_("Filled in by the application; not imported.")), "")
        header.append(cell)
    append_header(sheet, 1, header, widths)


def _finish_processes_sheet(sheet, rows: int, title: str) -> None:
    last = get_column_letter(len(columns()))
    sheet.auto_filter.ref = f"A1:{last}{max(rows, 1) + 1}"
    set_up_print(sheet, title=title)


def _append_process_rows(
    sheet, processes: QuerySet, labels: dict, styles: dict, summary: _Summary
) -> None:
    """Append the processes as rows of cells, read in chunks over one query, each row as
    high as its longest text wraps."""
    if not processes.ordered:
        processes = processes.order_by(
            "plan__round__start_date", "plan__domain__position", "position", "code"
        )
    maker = RowMaker(sheet, labels, styles)
    rows = processes.values_list(*maker.paths).iterator(chunk_size=CHUNK_SIZE)
    for number, row in enumerate(rows, start=2):
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
        append_row(sheet, number, maker.row(row), maker.height(row))


SUMMARY_LABEL_WIDTH = 40
SUMMARY_COUNT_WIDTH = 18  # the longest assessment wraps over four lines


class _SummaryWriter:
    """Appends the summary's rows, counting them (a row's height is set before it)."""

    def __init__(self, sheet, styles: dict, columns: int) -> None:
        self.sheet, self.styles, self.columns, self.row = sheet, styles, columns, 0
        self.widths = [SUMMARY_LABEL_WIDTH] + [SUMMARY_COUNT_WIDTH] * (columns - 1)
        set_widths(sheet, self.widths)

    def append(self, cells: list, *, height: float | None = None) -> None:
        self.row += 1
        if height is not None:
            self.sheet.row_dimensions[self.row].height = height
        self.sheet.append(cells)

    def spanning(self, before: list, cell, text: str, *, font_size: float = 11) -> None:
        """Append `before` and `cell`, merged to the last column, as high as `text` wraps."""
        first = len(before) + 1
        width = sum(self.widths[first - 1 :]) * 11 / font_size
        heights = [row_height([(text, width)], font_size=font_size)]
        heights += [row_height([(c.value, w)]) for c, w in zip(before, self.widths, strict=False)]
        self.append([*before, cell], height=max(heights))
        span = f"{get_column_letter(first)}{self.row}:{get_column_letter(self.columns)}{self.row}"
        self.sheet.merged_cells.add(span)

    def pair(self, label, value) -> None:
        """A label and its value; a text or a date spans the row's remaining columns."""
        label_cell = styled(self.sheet, str(label), LABEL)
        if isinstance(value, int):
            self.append([label_cell, value])
            return
        if isinstance(value, dt.date):
            moment = isinstance(value, dt.datetime)
            cell = styled(
                self.sheet, value, self.styles[DATETIME_FORMAT if moment else DATE_FORMAT]
            )
            cell.alignment = LEFT  # not at the far end of the merged cells
            self.spanning([label_cell], cell, "")
            return
        self.spanning([label_cell], styled(self.sheet, safe_value(self.sheet, value), TEXT), value)


def _write_summary(
    sheet, summary: _Summary, labels: dict, styles: dict, *, rounds: list[str], title: str
) -> None:
    assessments = labels["assessment"]
    out = _SummaryWriter(sheet, styles, len(assessments) + 3)
    # Narrow enough for one page wide at a readable scale: fitted to the page width.
    set_up_print(sheet, title=title, header_rows=None, fit=True)
    heading = safe_cell(sheet, title)
    heading.font, heading.alignment = TITLE_FONT, WRAP
    out.spanning([], heading, title, font_size=TITLE_FONT.size)
    out.append([])
    out.pair(pgettext_lazy("excel", "Round"), ", ".join(rounds))
    if not summary.decisions:
        out.pair(
            pgettext_lazy("excel", "Government decision"),
            str(pgettext_lazy("excel", "No government decision yet")),
        )
    for reference, date in summary.decisions.items():
        out.pair(pgettext_lazy("excel", "Decision date"), date)
        out.pair(pgettext_lazy("excel", "Decision reference"), reference)
    out.pair(pgettext_lazy("excel", "Number of plans"), len(summary.plans))
    out.pair(pgettext_lazy("excel", "Number of core processes"), summary.rows)
    exported = timezone.localtime(timezone.now()).replace(tzinfo=None, microsecond=0)
    out.pair(pgettext_lazy("excel", "Exported on"), exported)

    domains = sorted(summary.domains, key=lambda name: (summary.domains[name], name))
    _count_table(
        out,
        _("Core processes per policy domain and (final) assessment"),
        _("Policy domain"),
        [(domain, domain) for domain in domains],
        summary.by_domain,
        assessments,
    )
    _count_table(
        out,
        _("Core processes per axis and (final) assessment"),
        _("Axis"),
        list(labels["axis"].items()),
        summary.by_axis,
        assessments,
    )


def _count_table(out: _SummaryWriter, caption, first, rows, counts: Counter, assessments: dict):
    """A table of counts: one row per (key, label), one column per assessment, totals."""
    sheet = out.sheet
    table = count_table(counts, rows, [*assessments, NOT_ASSESSED])
    out.append([])
    out.spanning([], styled(sheet, str(caption), LABEL), str(caption))
    header = [
        str(first),
        *assessments.values(),
        str(pgettext_lazy("excel", "No assessment")),
        str(pgettext_lazy("excel", "Total")),
    ]
    out.append(
        [styled(sheet, text, LABEL) for text in header],
        height=row_height(zip(header, out.widths, strict=True)),
    )
    for row in table.rows:
        label = styled(sheet, safe_value(sheet, row.label), TEXT)
        out.append([label, *row.counts, row.total], height=row_height([(row.label, out.widths[0])]))
    out.append(
        [styled(sheet, str(pgettext_lazy("excel", "Total")), LABEL), *table.totals, table.total]
    )


# ---- the import template ----------------------------------------------------------------


def write_template(path_or_file, plan: Plan) -> None:
    """The processes sheet of `plan` to fill in: its processes, drop-down lists below."""
    with override(settings.LANGUAGE_CODE):
        labels = choice_labels()
        workbook = Workbook(write_only=True)
        styles = add_styles(workbook, number_formats())
        sheet = workbook.create_sheet(str(PROCESSES_SHEET))
        lists = workbook.create_sheet(str(LISTS_SHEET))
        lists.sheet_state = "hidden"
        _prepare_processes_sheet(sheet, template=True)
        summary = _Summary()
        processes = plan.processes.order_by("position", "code")
        _append_process_rows(sheet, processes, labels, styles, summary)
        last_row = summary.rows + TEMPLATE_ROWS + 1
        title = f"{plan.domain.name} – {plan.round.name}"
        _finish_processes_sheet(sheet, last_row - 1, title)
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
    sheet.append([styled(sheet, str(header), LABEL) for header, _values in columns])
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
