"""Print and PDF from the browser: Chromium's print to PDF (`page.pdf()`), read back as
text with pdftotext (Debian's poppler-utils).

A plan of 200 processes prints every one of them (no inner scroll box cuts the table),
under the plan's title, state and the date it was printed; navigation, buttons and
filters stay off paper; the review page, the public round page and the overview figures
print as well, with the address of a document link written out.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from plans.models import Document, Plan
from processes.models import CoreProcess

pytestmark = pytest.mark.django_db(transaction=True)

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def pdf_text(page, tmp_path, name: str) -> str:
    """The page printed by Chromium (A4, print media), as the text of the PDF in reading
    order (a table cell's wrapped lines follow each other)."""
    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        pytest.fail("pdftotext is needed (Debian's poppler-utils: apt-get install poppler-utils)")
    pdf = tmp_path / f"{name}.pdf"
    page.emulate_media(media="print")
    page.pdf(path=str(pdf), format="A4", print_background=True)
    page.emulate_media(media="screen")
    return subprocess.run(  # noqa: S603 - our own file, a fixed program
        [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def printed(text: str, code: str, title: str) -> bool:
    """The code is printed, and every word of the title on the same page: a row is never
    split over two pages, and inside a page the PDF's reading order interleaves the lines
    of a wrapped cell with the cells beside it."""
    for page in text.split("\f"):
        if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", page):
            # pdftotext joins a word broken at its hyphen ("NARIC-" "Vlaanderen").
            words = set(page.replace("-", "").split())
            return all(word in words for word in title.replace("-", "").split())
    return False


@pytest.fixture
def big_plan() -> Plan:
    """The demo's draft plan of Onderwijs en Vorming, grown to 200 processes."""
    plan = Plan.objects.get(domain__code="OV", round__slug="2014-2015")
    entity = plan.domain.entities.first()
    have = plan.processes.count()
    CoreProcess.objects.bulk_create(
        CoreProcess(
            plan=plan, entity=entity, code=f"PR-{n:03}", title=f"Afdrukproces nummer {n}",
            axis="regulation", assessment="keep", position=1000 + n,
        )
        for n in range(1, 201 - have)
    )  # fmt: skip
    assert plan.processes.count() == 200
    return plan


def test_every_process_of_a_200_process_plan_is_printed(signed_in, big_plan, tmp_path):
    page = signed_in("editor")
    page.goto(f"/plannen/{big_plan.pk}/")
    expect(page.locator("#processes tbody tr")).to_have_count(200)
    text = pdf_text(page, tmp_path, "plan")
    flat = one_line(text)

    missing = [p.code for p in big_plan.processes.all() if not printed(text, p.code, p.title)]
    assert not missing, f"{len(missing)} processes missing from the PDF, e.g. {missing[:5]}"
    # On top: the plan's title, its state, the date of printing.
    head = one_line(text[:1500])
    assert "Onderwijs en Vorming" in head and "Kerntakenplannen 2014" in head
    assert "Ontwerp" in head
    assert re.search(r"Afgedrukt op \d{1,2} \w+ \d{4}", head)
    # Nothing to operate on paper: no navigation, buttons or filters.
    for control in ("Hoofdnavigatie", "Mijn plan", "Kernproces toevoegen", "Filteren", "Afmelden"):
        assert control not in flat, f"{control!r} is printed"
    assert "Wijzigen OV" not in flat  # the row actions
    pages = text.count("\f")
    assert pages >= 4, f"200 rows on {pages} pages"


def test_review_public_round_and_figures_print(signed_in, new_page, tmp_path):
    plan = Plan.objects.get(domain__code="LNE", round__slug="2014-2015")
    page = signed_in("coordinator")
    page.goto(f"/toetsing/plannen/{plan.pk}/")
    text = one_line(pdf_text(page, tmp_path, "review"))
    assert plan.domain.name in text and "Toetsing aan het kader" in text
    for process in plan.processes.all():
        assert process.code in text, f"{process.code} is not printed on the review page"
    assert "Plan valideren" not in text and "Hoofdnavigatie" not in text

    page.goto("/inzicht/")
    text = one_line(pdf_text(page, tmp_path, "figures"))
    assert "Aantal kernprocessen per beleidsdomein en beoordeling" in text
    assert "Cijfers tonen" not in text  # the filter form's button

    document = Document.objects.filter(round__slug="2014-2015", is_public=True).first()
    document.file.save("mededeling.pdf", ContentFile(PDF))
    public = new_page()
    public.goto("/rondes/2014-2015/")
    text = one_line(pdf_text(public, tmp_path, "round"))
    assert "Documenten" in text and "Goedgekeurde kerntakenplannen" in text
    # A document's address is written after its link.
    assert f"/rondes/documenten/{document.pk}/)" in text.replace(" ", "")

    public.goto("/toegankelijkheidsverklaring/")
    text = one_line(pdf_text(public, tmp_path, "statement"))
    assert "(https://www.vlaamseombudsdienst.be)" in text  # an outside link's address
