"""Every kind of workbook as LibreOffice prints it (issue 14): whole, without "###".

A plan with the longest texts the model allows (titles of 200 characters, descriptions
and motivations of 4,000, entity and domain names of 200, the longest assessment label,
the largest numbers) goes through review and a meeting; then the plan, round, filtered
list, meeting and import-template workbooks are written as the views write them and
converted to PDF by LibreOffice (Debian's libreoffice-calc-nogui) in one call, under a
Belgian (nl_BE) locale, as a Belgian user's LibreOffice would print them. The text of
each PDF (pdftotext, from poppler-utils) must hold every header and every long value
whole, and no "###" (a number or date too wide for its column).

LibreOffice, pdftotext and the Carlito font (Calibri's metrics, fonts-crosextra-carlito)
are required: without them these tests fail with what to install, they never skip.
`make test` installs them (its system-packages step).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import transaction
from django.utils import translation

from exchange.exports import (
    plan_workbook_response,
    processes_workbook_response,
    round_workbook_response,
    template_response,
)
from exchange.meeting import meeting_workbook_response
from kerntaken.permissions import Role
from plans import services as plan_services
from processes.models import Assessment, Axis, CoreProcess, TransferLevel
from reviews import services as review_services
from reviews.models import ReviewItem
from reviews.views_groups import agenda_of
from tests import factories
from tests.conftest import consult_all
from tests.plans.excel import HEADERS, response_bytes

pytestmark = [pytest.mark.libreoffice, pytest.mark.django_db]

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
PDFTOTEXT = shutil.which("pdftotext") or "/usr/bin/pdftotext"
CARLITO = Path("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf")
KINDS = ["plan", "round", "list", "meeting", "template"]

WORDS = (
    "Het agentschap begeleidt de lokale besturen bij de uitvoering van het beleid "
    "en rapporteert jaarlijks over de resultaten aan de Vlaamse Regering. "
)
LONGEST_ASSESSMENT = "(Deels) over te hevelen naar het lokale bestuursniveau"
ASSESSMENTS = [
    "Vatbaar voor afbouw",
    LONGEST_ASSESSMENT,
    "Optimalisatie aangewezen",
    "Behouden in huidige vorm",
    "Activiteit verder te versterken",
    "Nieuw in te voeren",
]
SUMMARY_LABELS = [
    "Ronde",
    "Datum beslissing Vlaamse Regering",
    "Referentie beslissing",
    "Aantal plannen",
    "Aantal kernprocessen",
    "Geëxporteerd op",
    "Zonder beoordeling",
    "Totaal",
]
MEETING_HEADERS = [
    "Werkgroep",
    "Ronde",
    "Datum",
    "Plaats",
    "Verslag",
    "Beleidsdomein",
    "Code",
    "Titel",
    "Entiteit",
    "As",
    "Voorgestelde beoordeling",
    "Beslissing",
    "Eindbeoordeling",
    "Toelichting",
    "Beslist door",
    "Beslist op",
]


def text_of(length: int, end: str) -> str:
    """Dutch prose of exactly `length` characters ending in the marker `end`."""
    body = (WORDS * (length // len(WORDS) + 1))[: length - len(end) - 1].rstrip()
    return f"{body} {end}".rjust(length, "x")


def squeezed(text: str) -> str:
    """Text without its whitespace (wrapping moves it) and with ligatures spelled out."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def require(path: str | Path, package: str) -> None:
    if not os.path.exists(path):
        pytest.fail(
            f"{package} is required for the workbook tests and missing at {path} "
            f"(`make test` installs it when root; else: sudo apt-get install {package})"
        )


# ---- the worst-case world, its workbooks and their PDFs --------------------------------


def _worst_case_world() -> dict:
    """A round, plan, meeting and draft with the longest values, through the services."""
    long = {
        "round": text_of(200, "EINDE-RONDE"),
        "domain": text_of(200, "EINDE-DOMEIN"),
        "entity": text_of(200, "EINDE-ENTITEIT"),
        "acronym": "A" * 29 + "Z",
        "group": text_of(200, "EINDE-WERKGROEP"),
        "place": text_of(200, "EINDE-PLAATS"),
        "minutes": text_of(4000, "EINDE-VERSLAG"),
        "note": text_of(4000, "EINDE-NOTA"),
        "reference": "R" * 99 + "Z",
        "list": text_of(200, "EINDE-LIJST"),
    }
    round_ = factories.RoundFactory(name=long["round"], slug="langste-ronde")
    domain = factories.PolicyDomainFactory(code="lang", name=long["domain"])
    factories.MinisterFactory(domains=[domain])
    editor = factories.UserFactory(username="long-editor", roles=[Role.EDITOR])
    domain.editors.add(editor)
    coordinator = factories.UserFactory(username="long-coordinator", roles=[Role.COORDINATOR])
    entity = factories.EntityFactory(domain=domain, acronym=long["acronym"], name=long["entity"])
    plan = factories.PlanFactory(domain=domain, round=round_)
    processes = []
    for number, assessment in enumerate([Assessment.PHASE_OUT, Assessment.TRANSFER], start=1):
        transfer = TransferLevel.INTERMUNICIPAL if assessment == Assessment.TRANSFER else ""
        process = factories.CoreProcessFactory(
            plan=plan,
            entity=entity,
            code=f"C{number}".ljust(29, "X") + "Z",
            title=text_of(200, f"EINDE-TITEL-{number}"),
            description=text_of(4000, f"EINDE-BESCHRIJVING-{number}"),
            motivation=text_of(4000, f"EINDE-MOTIVERING-{number}"),
            axis=Axis.OTHER,
            assessment=assessment,
            transfer_level=transfer,
            fte=Decimal("999999.99"),
            budget=Decimal("99999999999.9"),
            position=number,
        )
        processes.append(process)
    consult_all(plan, editor)
    plan_services.submit_plan(plan=plan, by=editor)
    factories.FrameworkCheckFactory(plan=plan)
    group = factories.WorkingGroupFactory(round=round_, name=long["group"])
    group.plans.add(plan)
    review_services.start_review(plan=plan, by=coordinator)
    items = list(ReviewItem.objects.filter(plan=plan).order_by("process__code"))
    meeting = review_services.save_meeting(
        by=coordinator,
        group=group,
        date=dt.date(2015, 4, 21),
        place=long["place"],
        minutes=long["minutes"],
        agenda=items,
    )
    review_services.decide_review_item(
        item=items[0],
        by=coordinator,
        decision=ReviewItem.Decision.AMENDED,
        final_assessment=Assessment.TRANSFER,
        note=long["note"],
        meeting=meeting,
    )
    review_services.decide_review_item(
        item=items[1], by=coordinator, decision=ReviewItem.Decision.CONFIRMED, meeting=meeting
    )
    review_services.validate_plan(plan=plan, by=coordinator)
    review_services.record_government_decision(
        round=round_,
        date=dt.date(2015, 7, 17),
        reference=long["reference"],
        plans=[plan],
        by=coordinator,
    )
    plan.refresh_from_db()
    draft = factories.PlanFactory(domain=domain, round=factories.RoundFactory(slug="volgende"))
    factories.CoreProcessFactory(
        plan=draft,
        entity=entity,
        code="D1",
        title=text_of(200, "EINDE-TITEL-3"),
        description=text_of(4000, "EINDE-BESCHRIJVING-3"),
        motivation=text_of(4000, "EINDE-MOTIVERING-3"),
        axis=Axis.OTHER,
        assessment=Assessment.TRANSFER,
        transfer_level=TransferLevel.INTERMUNICIPAL,
    )
    return {
        "long": long,
        "processes": processes,
        "responses": {
            "plan": plan_workbook_response(plan),
            "round": round_workbook_response(round_),
            "list": processes_workbook_response(
                CoreProcess.objects.filter(plan=plan), title=long["list"], filename="lijst"
            ),
            "meeting": meeting_workbook_response(meeting, agenda_of(meeting)),
            "template": template_response(draft),
        },
    }


def _convert(directory: Path, names: list[str]) -> None:
    """Every workbook to PDF in one LibreOffice call, with a private profile and nl_BE."""
    environment = os.environ | {"LC_ALL": "nl_BE.UTF-8", "LANG": "nl_BE.UTF-8"}
    profile = (directory / "profile").as_uri()
    result = subprocess.run(  # noqa: S603 - a fixed program on files this test wrote
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(directory),
            *(str(directory / f"{name}.xlsx") for name in names),
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    missing = [name for name in names if not (directory / f"{name}.pdf").exists()]
    assert not missing, f"LibreOffice made no PDF of {missing}: {result.stdout}{result.stderr}"


def _pages(pdf: Path) -> list[str]:
    result = subprocess.run(  # noqa: S603 - a fixed program on a file this test wrote
        [PDFTOTEXT, "-raw", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split("\f")[:-1]  # a form feed ends every page


@pytest.fixture(scope="module")
def printed(django_db_setup, django_db_blocker, tmp_path_factory) -> dict:
    """{kind: the PDF's pages as text}, and the world's long values under "long"."""
    require(SOFFICE, "libreoffice-calc-nogui")
    require(PDFTOTEXT, "poppler-utils")
    require(CARLITO, "fonts-crosextra-carlito")
    directory = tmp_path_factory.mktemp("workbooks")
    with django_db_blocker.unblock(), translation.override("nl-be"), transaction.atomic():
        world = _worst_case_world()
        for kind, response in world["responses"].items():
            (directory / f"{kind}.xlsx").write_bytes(response_bytes(response))
        transaction.set_rollback(True)  # the next module finds the database as it was
    _convert(directory, KINDS)
    return {"long": world["long"], **{kind: _pages(directory / f"{kind}.pdf") for kind in KINDS}}


def _long_values(printed: dict, kind: str) -> list[str]:
    long = printed["long"]
    entity = f"{long['acronym']} – {long['entity']}"
    processes = [text_of(200, f"EINDE-TITEL-{n}") for n in (1, 2)]
    for what in ("BESCHRIJVING", "MOTIVERING"):
        processes += [text_of(4000, f"EINDE-{what}-{n}") for n in (1, 2)]
    codes = ["C1" + "X" * 27 + "Z", "C2" + "X" * 27 + "Z"]
    if kind == "template":
        return [
            entity,
            long["domain"],
            text_of(200, "EINDE-TITEL-3"),
            text_of(4000, "EINDE-BESCHRIJVING-3"),
            text_of(4000, "EINDE-MOTIVERING-3"),
            LONGEST_ASSESSMENT,
            "Intergemeentelijk samenwerkingsverband",
        ]
    if kind == "meeting":
        return [
            long["group"],
            long["round"],
            long["place"],
            long["minutes"],
            long["domain"],
            long["note"],
            processes[0],
            processes[1],
            *codes,
            LONGEST_ASSESSMENT,
        ]
    title = long["list"] if kind == "list" else long["round"]
    return [
        title,
        long["domain"],
        entity,
        long["reference"],
        long["note"],
        *codes,
        *processes,
        LONGEST_ASSESSMENT,
        "Intergemeentelijk samenwerkingsverband",
        "Ondersteunend / buiten het kader",
    ]


def _headers(kind: str) -> list[str]:
    if kind == "meeting":
        return MEETING_HEADERS
    if kind == "template":
        return HEADERS
    return [*HEADERS, *SUMMARY_LABELS, *ASSESSMENTS]


# ---- what the PDFs must show -------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_no_cell_is_too_narrow_for_its_number_or_date(printed, kind):
    assert not any("###" in page for page in printed[kind])


@pytest.mark.parametrize("kind", KINDS)
def test_every_header_is_printed_whole(printed, kind):
    text = squeezed("".join(printed[kind]))
    missing = [header for header in _headers(kind) if squeezed(header) not in text]
    assert missing == []


@pytest.mark.parametrize("kind", KINDS)
def test_every_long_value_is_printed_whole(printed, kind):
    text = squeezed("".join(printed[kind]))
    cut = [value[-40:] for value in _long_values(printed, kind) if squeezed(value) not in text]
    assert cut == []


@pytest.mark.parametrize("kind", ["plan", "round", "list"])
def test_numbers_and_dates_read_the_belgian_way(printed, kind):
    text = "".join(printed[kind])
    assert "999.999,99" in text  # staff, #,##0.00
    assert "99.999.999.999,9" in text  # budget, #,##0.0
    assert "17 juli 2015" in text  # the government's decision


@pytest.mark.parametrize("kind", KINDS)
def test_every_page_has_the_title_and_its_number(printed, kind):
    pages = printed[kind]
    for number, page in enumerate(pages, start=1):
        # Every title of the world starts with WORDS; the page header shortens it.
        assert page.startswith(WORDS[:60]) and "…" in page.split("\n", 1)[0]
        assert f"Pagina {number} van {len(pages)}" in page


def test_the_processes_header_row_is_repeated_on_every_page(printed):
    """The worst-case rows take a page each: the headers head every one of them."""
    pages = [page for page in printed["round"] if "Kernprocessen" in page.split("\n", 1)[0]]
    first_columns = [page for page in pages if "EINDE-DOMEIN" in squeezed(page)]
    assert len(first_columns) >= 2
    assert all("Beleidsdomein" in page and "Entiteit" in page for page in first_columns)
