"""Excel export of processes (SPEC §7).

`safe_cell` is used by every workbook the application writes: a text is never written
as a formula, and control characters that would corrupt the file are removed.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable

from django.http import FileResponse
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

# Characters XML 1.0 cannot hold (openpyxl refuses them), except tab, newline and return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(sheet, value):
    """A write-only cell holding `value`; text is always stored as text, never a formula."""
    if isinstance(value, str):
        value = _CONTROL.sub("", value)
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # a string cell: '=SUM(A1)' stays text
        return cell
    return WriteOnlyCell(sheet, value=value)


def workbook_response(
    sheets: Iterable[tuple[str, list[str], Iterable[list]]], filename: str
) -> FileResponse:
    """Write (title, headers, rows) sheets to a temporary file and stream it as a download."""
    workbook = Workbook(write_only=True)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append([safe_cell(sheet, header) for header in headers])
        for row in rows:
            sheet.append([safe_cell(sheet, value) for value in row])
    handle = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - FileResponse closes it
    workbook.save(handle)
    handle.seek(0)
    return FileResponse(handle, as_attachment=True, filename=filename, content_type=XLSX)


# Provisional, replaced by the Excel work:
# the smallest workbook the public downloads need (one sheet of processes). The Excel
# engineer's `plan_workbook_response` / `round_workbook_response` take their place.

_PROVISIONAL_HEADERS = [
    "Beleidsdomein",
    "Entiteit",
    "Code",
    "Titel",
    "Beschrijving",
    "As",
    "Beoordeling bij indiening",
    "Eindbeoordeling",
    "Motivering",
    "Overhevelingsniveau",
    "VTE",
    "Budget (k€)",
]


def _provisional_rows(plans) -> Iterable[list]:
    from processes.models import CoreProcess

    processes = (
        CoreProcess.objects.filter(plan__in=plans)
        .select_related("entity", "plan__domain")
        .order_by("plan__domain__position", "position", "code")
    )
    for p in processes.iterator():
        yield [
            p.plan.domain.name,
            p.entity.acronym,
            p.code,
            p.title,
            p.description,
            p.get_axis_display(),
            p.get_assessment_display(),
            p.get_final_assessment_display(),
            p.motivation,
            p.get_transfer_level_display(),
            p.fte,
            p.budget,
        ]


def plan_workbook_response(plan) -> FileResponse:
    filename = f"kerntakenplan-{plan.round.slug}-{plan.domain.code}.xlsx".lower()
    rows = _provisional_rows([plan])
    return workbook_response([("Kernprocessen", _PROVISIONAL_HEADERS, rows)], filename)


def round_workbook_response(round_) -> FileResponse:
    from plans.models import Plan

    plans = Plan.objects.filter(round=round_, status=Plan.Status.APPROVED)
    rows = _provisional_rows(plans)
    filename = f"kerntakenplannen-{round_.slug}.xlsx"
    return workbook_response([("Kernprocessen", _PROVISIONAL_HEADERS, rows)], filename)


def processes_workbook_response(queryset, *, title: str, filename: str) -> FileResponse:
    """The processes of `queryset` as one sheet (the Excel work adds the summary sheet)."""
    from django.utils.text import capfirst

    from plans.models import Plan
    from processes.models import CoreProcess

    def label(model, name: str) -> str:
        return str(capfirst(model._meta.get_field(name).verbose_name))

    headers = [label(Plan, "round"), label(Plan, "domain")] + [
        label(CoreProcess, name)
        for name in (
            "entity",
            "code",
            "title",
            "description",
            "axis",
            "assessment",
            "final_assessment",
            "motivation",
            "transfer_level",
            "fte",
            "budget",
        )
    ]
    headers.append(label(Plan, "status"))
    rows = (
        [
            p.plan.round.name,
            p.plan.domain.name,
            p.entity.acronym,
            p.code,
            p.title,
            p.description,
            p.get_axis_display(),
            p.get_assessment_display(),
            p.get_final_assessment_display(),
            p.motivation,
            p.get_transfer_level_display(),
            p.fte,
            p.budget,
            p.plan.get_status_display(),
        ]
        for p in queryset.select_related("entity", "plan__domain", "plan__round").iterator(
            chunk_size=2000
        )
    )
    return workbook_response([(title, headers, rows)], filename)
