"""What the Excel tests share: a small plan taken through review, and workbooks in and out."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook, load_workbook

from demo import lifecycle
from exchange.columns import columns
from processes.models import Assessment, Axis, TransferLevel
from reviews import services as review_services
from reviews.models import ReviewItem
from tests import factories

# The Dutch headers of the processes sheet, in order.
HEADERS = [
    "Beleidsdomein",
    "Entiteit",
    "Code",
    "Titel",
    "Beschrijving",
    "As",
    "Beoordeling",
    "Eindbeoordeling",
    "Motivering",
    "Overhevelingsniveau",
    "Personeel (VTE)",
    "Budget (k€)",
    "Beslissing werkgroep",
    "Opmerking werkgroep",
]
assert len(HEADERS) == len(columns())


def add_processes(plan, entity) -> None:
    """Three processes: kept, proposed for phase-out, proposed for transfer."""
    factories.CoreProcessFactory(
        plan=plan,
        entity=entity,
        code="OV-01",
        title="Leerlingenbegeleiding",
        description="Begeleiding van leerlingen.",
        axis=Axis.SERVICE_DELIVERY,
        assessment=Assessment.KEEP,
        motivation="",
        fte=Decimal("3.50"),
        budget=Decimal("120.0"),
        position=1,
    )
    factories.CoreProcessFactory(
        plan=plan,
        entity=entity,
        code="OV-02",
        title="Erkenning van opleidingen",
        description="",
        axis=Axis.PERMITS,
        assessment=Assessment.PHASE_OUT,
        motivation="Overlapt met de Europese erkenning.",
        fte=None,
        budget=Decimal("1250.5"),
        position=2,
    )
    factories.CoreProcessFactory(
        plan=plan,
        entity=entity,
        code="OV-03",
        title="Schoolbouw in gemeenten",
        description="Subsidies voor schoolgebouwen.",
        axis=Axis.SUBSIDIES,
        assessment=Assessment.TRANSFER,
        transfer_level=TransferLevel.MUNICIPALITY,
        motivation="Gemeenten kennen de lokale noden.",
        fte=Decimal("12.25"),
        budget=None,
        position=3,
    )


def review_ov02_amended(plan, to, by, meeting=None) -> None:
    """The working group amends OV-02 to `keep` and confirms the others."""
    for item in ReviewItem.objects.filter(plan=plan).select_related("process"):
        if item.process.code == "OV-02":
            review_services.decide_review_item(
                item=item,
                by=by,
                decision=ReviewItem.Decision.AMENDED,
                final_assessment=Assessment.KEEP,
                note="Noodzakelijk voor de kwaliteit.",
            )
        else:
            review_services.decide_review_item(
                item=item, by=by, decision=ReviewItem.Decision.CONFIRMED
            )


def approve(plan, editor, coordinator) -> None:
    """Submit, review (OV-02 amended to `keep`, OV-03 confirmed), validate and approve."""
    if not plan.working_groups.exists():
        factories.WorkingGroupFactory(round=plan.round).plans.add(plan)
    script = lifecycle.Script(decision_reference="VR 2015 1707 DOC.0789/1")
    lifecycle.advance(
        plan,
        to="approved",
        by=editor,
        coordinator=coordinator,
        script=script,
        review=review_ov02_amended,
    )
    plan.refresh_from_db()


def response_bytes(response) -> bytes:
    return b"".join(response.streaming_content)


def open_workbook(data: bytes, **kwargs):
    return load_workbook(io.BytesIO(data), **kwargs)


def sheet_values(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def workbook_bytes(rows: list[list], *, header: list | None = None, title="Kernprocessen") -> bytes:
    """A workbook whose processes sheet holds `header` (the Dutch headers) and `rows`."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(HEADERS if header is None else header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def row(**values) -> list:
    """One row in the order of the headers, from keyword arguments named after the columns."""
    keys = [column.key for column in columns()]
    unknown = set(values) - set(keys)
    assert not unknown, unknown
    return [values.get(key) for key in keys]
