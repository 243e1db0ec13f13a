"""The public round pages, the round's documents and the next round, in a real browser."""

from __future__ import annotations

import io
import re

import pytest
from openpyxl import load_workbook

from plans.models import Document, Plan
from tests.plans.documents_util import PDF

pytestmark = pytest.mark.django_db(transaction=True)

ROUND = "Kerntakenplannen 2014–2015"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def workbook_text(path) -> str:
    # From a handle: the download's path has no extension, which openpyxl would refuse.
    with open(path, "rb") as handle:
        workbook = load_workbook(io.BytesIO(handle.read()), read_only=True)
    return "\n".join(
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


def upload_document(page, *, title: str, public: bool, name: str = "nota.pdf", content=PDF):
    page.goto("/ronde-beheer/2014-2015/documenten/nieuw/")
    page.get_by_label("Titel").fill(title)
    page.get_by_label("Datum").fill("2015-09-01")
    page.get_by_label("Soort").select_option("communication")
    page.get_by_label("Samenvatting").fill(f"Samenvatting van {title}.")
    if public:
        page.get_by_label("Openbaar").check()
    page.get_by_label("Bestand").set_input_files(
        {"name": name, "mimeType": "application/pdf", "buffer": content}
    )
    page.get_by_role("button", name="Document toevoegen").click()
    page.wait_for_load_state("networkidle")


def test_visitor_opens_the_round_and_downloads_an_approved_plan(new_page, assert_accessible):
    page = new_page()
    page.goto("/")
    assert_accessible(page, "start page")
    page.get_by_role("link", name=ROUND).click()
    assert page.get_by_role("heading", level=1, name=ROUND).is_visible()
    assert page.get_by_role("heading", name="Tijdlijn").is_visible()
    assert page.get_by_text("17 juli 2015", exact=True).first.is_visible()
    assert page.get_by_role("heading", name="Documenten").is_visible()
    assert_accessible(page, "public round page")

    with page.expect_download() as download:
        page.get_by_role("link", name="Excel – kerntakenplan van Bestuurszaken").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    bz = Plan.objects.get(domain__code="BZ")
    codes = list(bz.processes.values_list("code", flat=True))
    assert all(code in workbook_text(download.value.path()) for code in codes)

    with page.expect_download() as download:
        page.get_by_role("link", name="Alle goedgekeurde plannen downloaden (Excel)").click()
    text = workbook_text(download.value.path())
    assert codes[0] in text
    assert not any(p.code in text for p in Plan.objects.get(domain__code="OV").processes.all())


def test_public_document_appears_on_the_public_page_and_internal_one_does_not(
    signed_in, new_page, assert_accessible
):
    page = signed_in("coordinator")
    page.goto("/ronde-beheer/2014-2015/documenten/nieuw/")
    assert_accessible(page, "empty upload form")
    page.get_by_role("button", name="Document toevoegen").click()
    assert page.get_by_text("Het document is niet bewaard.").is_visible()
    assert_accessible(page, "upload form with errors")

    upload_document(page, title="Mededeling over de nieuwe ronde", public=True)
    upload_document(page, title="Interne nota over de werkgroepen", public=False)
    assert page.url.endswith("/ronde-beheer/2014-2015/documenten/")
    assert page.get_by_text(
        "Het document “Interne nota over de werkgroepen” is toegevoegd."
    ).is_visible()
    assert_accessible(page, "document list")
    internal = Document.objects.get(title="Interne nota over de werkgroepen")

    visitor = new_page()
    visitor.goto("/rondes/2014-2015/")
    assert visitor.get_by_role("link", name="Mededeling over de nieuwe ronde").is_visible()
    assert "Interne nota" not in visitor.content()
    with visitor.expect_download() as download:
        visitor.get_by_role("link", name="Mededeling over de nieuwe ronde").click()
    assert download.value.suggested_filename.endswith(".pdf")
    with open(download.value.path(), "rb") as handle:
        assert handle.read() == PDF
    assert visitor.request.get(f"/rondes/documenten/{internal.pk}/").status == 404


def test_coordinator_refuses_a_fake_pdf_then_edits_and_deletes_a_document(
    signed_in, assert_accessible
):
    page = signed_in("coordinator")
    upload_document(page, title="Vermomd bestand", public=True, content=b"MZ\x90\x00 geen pdf")
    assert page.get_by_text("Dit bestand is geen PDF-, Word- (DOCX) of Excel-document").is_visible()
    assert_accessible(page, "upload refused for its content")
    assert not Document.objects.filter(title="Vermomd bestand").exists()

    upload_document(page, title="Nota om te wijzigen", public=True)
    page.get_by_role("link", name="Wijzigen Nota om te wijzigen").click()
    assert_accessible(page, "edit form")
    page.get_by_label("Titel").fill("Gewijzigde nota")
    page.get_by_role("button", name="Document bewaren").click()
    assert page.get_by_role("rowheader", name=re.compile("^Gewijzigde nota")).is_visible()
    page.get_by_role("link", name="Verwijderen Gewijzigde nota").click()
    assert page.get_by_role("heading", name="Document verwijderen").is_visible()
    assert_accessible(page, "delete confirmation")
    page.get_by_role("button", name="Document verwijderen").click()
    assert page.get_by_text("Het document “Gewijzigde nota” is verwijderd.").is_visible()
    assert not Document.objects.filter(title="Gewijzigde nota").exists()


def test_coordinator_opens_a_new_round_and_domains_start_their_plans(signed_in, assert_accessible):
    page = signed_in("coordinator")
    page.goto("/ronde-beheer/")
    assert_accessible(page, "round list")
    page.get_by_role("link", name="Nieuwe ronde openen").click()
    assert_accessible(page, "empty round form")
    page.get_by_role("button", name="Ronde openen").click()
    assert page.get_by_text("De ronde is niet geopend.").is_visible()
    assert_accessible(page, "round form with errors")

    page.fill("#id_name", "Kerntakenplannen 2019–2020")
    page.get_by_label("Korte naam in het adres").fill("2019-2020")
    page.get_by_label("Inleiding").fill("Een nieuwe ronde.\n\nElk beleidsdomein start opnieuw.")
    page.get_by_label("Vorige ronde").select_option(label=ROUND)
    page.fill("#id_start_date", "2019-09-01")
    page.get_by_label("Uiterste indieningsdatum").fill("2020-01-31")
    page.get_by_role("button", name="Ronde openen").click()
    assert page.url.endswith("/ronde-beheer/2019-2020/")
    assert_accessible(page, "new round, no plans")

    page.get_by_role(
        "button", name="Plan starten vanuit het goedgekeurde plan – Bestuurszaken"
    ).click()
    assert page.get_by_text("Beoordeel elk proces opnieuw.").is_visible()
    new = Plan.objects.get(round__slug="2019-2020", domain__code="BZ")
    assert new.based_on.round.slug == "2014-2015"
    assert new.processes.count() == new.based_on.processes.count()

    editor = signed_in("editor")
    editor.goto("/ronde-beheer/2019-2020/")
    assert editor.get_by_role("row").count() == 2  # the header and their own domain
    assert_accessible(editor, "round page of an editor")
    editor.get_by_role("button", name="Plan starten – Onderwijs en Vorming").click()
    assert editor.get_by_text("Het plan van Onderwijs en Vorming voor").is_visible()

    page.goto("/ronde-beheer/2019-2020/")
    assert_accessible(page, "new round with started plans")
    page.goto("/rondes/2019-2020/")
    assert page.get_by_text("Er zijn nog geen plannen goedgekeurd.").is_visible()
    assert_accessible(page, "public page of a round without approved plans")
