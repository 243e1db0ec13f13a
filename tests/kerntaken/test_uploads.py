"""The one upload validator, proved through the Django admin (issue 13, defect 1).

The validator stands on the model fields, so the admin refuses what the site's forms
refuse: an executable named `.pdf`, an oversize file, an HTML file — with the same
message, nothing saved and no file left behind. What it accepts is stored under the
extension of its real type and served as that type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from plans.models import Document, Round
from reviews.models import GovernmentDecision
from tests.plans.documents_util import PDF, docx_bytes

pytestmark = pytest.mark.django_db

DOCUMENT_ADD = "/admin/plans/document/add/"
DECISION_ADD = "/admin/reviews/governmentdecision/add/"
EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64
HTML = b"<!doctype html><html><script>alert(1)</script></html>"
TOO_LARGE = "Het bestand is te groot"
NOT_A_DOCUMENT = "Dit bestand is geen PDF-, Word- (DOCX) of Excel-document (XLSX)."
NOT_PDF = "Het beslissingsdocument moet een pdf-bestand zijn"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def as_admin(client, admin_user):
    client.force_login(admin_user)
    return client


def stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def document_data(round_, name: str, content: bytes) -> dict:
    return {
        "round": round_.pk,
        "title": "Mededeling",
        "kind": Document.Kind.COMMUNICATION,
        "date": "2014-09-19",
        "summary": "",
        "is_public": "on",
        "file": SimpleUploadedFile(name, content, content_type="application/pdf"),
    }


def decision_data(round_, name: str, content: bytes) -> dict:
    return {
        "round": round_.pk,
        "date": "2015-07-17",
        "reference": "VR 2015 1707 DOC.0789/1",
        "title": "Goedkeuring",
        "document": SimpleUploadedFile(name, content, content_type="application/pdf"),
    }


def field_errors(response, field: str) -> list[str]:
    assert response.status_code == 200  # the form again, not a redirect to the list
    return [str(error) for error in response.context["adminform"].form.errors[field]]


@dataclass(frozen=True)
class AdminPage:
    url: str
    data: Callable[..., dict]
    field: str
    model: type
    wrong_type: str


PAGES = {
    "document": AdminPage(DOCUMENT_ADD, document_data, "file", Document, NOT_A_DOCUMENT),
    "decision": AdminPage(DECISION_ADD, decision_data, "document", GovernmentDecision, NOT_PDF),
}
IMPOSTORS = {
    "executable named .pdf": ("evil.pdf", EXECUTABLE),
    "html named .pdf": ("pagina.pdf", HTML),
    "html": ("pagina.html", HTML),
}


# ---- refused: the same for documents and decision PDFs ------------------------------------


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("impostor", IMPOSTORS)
def test_admin_refuses_a_file_of_the_wrong_type(as_admin, round_, settings, page, impostor):
    page = PAGES[page]
    response = as_admin.post(page.url, page.data(round_, *IMPOSTORS[impostor]))
    assert page.wrong_type in " ".join(field_errors(response, page.field))
    assert not page.model.objects.exists()
    assert not stored_files(settings)


def test_admin_refuses_a_word_document_as_decision(as_admin, round_, settings):
    response = as_admin.post(DECISION_ADD, decision_data(round_, "besluit.pdf", docx_bytes()))
    assert NOT_PDF in " ".join(field_errors(response, "document"))
    assert not GovernmentDecision.objects.exists()
    assert not stored_files(settings)


@pytest.mark.parametrize("page", PAGES)
def test_admin_refuses_a_file_over_the_size_limit(as_admin, round_, settings, page):
    page = PAGES[page]
    settings.MAX_UPLOAD_SIZE = 1024
    big_pdf = PDF + b"0" * 2048
    response = as_admin.post(page.url, page.data(round_, "groot.pdf", big_pdf))
    [error] = field_errors(response, page.field)
    assert error.startswith(TOO_LARGE)
    assert "de limiet is 1,0\xa0KB" in error
    assert not page.model.objects.exists()
    assert not stored_files(settings)


# ---- plans.Document ------------------------------------------------------------------------


def test_the_size_limit_is_the_setting(as_admin, round_, settings):
    # The default limit (10 MB, MAX_UPLOAD_SIZE_MB): one byte over it is refused.
    assert settings.MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    over = PDF + b"0" * (settings.MAX_UPLOAD_SIZE + 1 - len(PDF))
    response = as_admin.post(DOCUMENT_ADD, document_data(round_, "groot.pdf", over))
    [error] = field_errors(response, "file")
    assert "de limiet is 10,0\xa0MB" in error
    assert not stored_files(settings)
    # At the limit itself it is accepted.
    settings.MAX_UPLOAD_SIZE = len(PDF)
    response = as_admin.post(DOCUMENT_ADD, document_data(round_, "klein.pdf", PDF))
    assert response.status_code == 302
    assert Document.objects.count() == 1


def test_admin_accepts_a_real_pdf_and_the_public_download_serves_it_as_pdf(
    as_admin, client, round_, settings
):
    response = as_admin.post(DOCUMENT_ADD, document_data(round_, "Mededeling 2014.pdf", PDF))
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.file.name == "documents/2014-2015/mededeling-2014.pdf"
    client.logout()
    download = client.get(reverse("publication:document_download", kwargs={"pk": document.pk}))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content) == PDF


def test_admin_stores_a_document_under_the_extension_of_its_real_type(as_admin, client, round_):
    # A Word document named .pdf is kept, as the Word document it is: never served as PDF.
    response = as_admin.post(DOCUMENT_ADD, document_data(round_, "nota.pdf", docx_bytes()))
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.file.name.endswith("/nota.docx")
    client.logout()
    download = client.get(reverse("publication:document_download", kwargs={"pk": document.pk}))
    assert download["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


def test_admin_keeps_the_stored_file_when_only_the_details_change(as_admin, round_):
    as_admin.post(DOCUMENT_ADD, document_data(round_, "mededeling.pdf", PDF))
    document = Document.objects.get()
    data = document_data(round_, "ongebruikt.pdf", PDF) | {"title": "Nieuwe titel"}
    del data["file"]
    response = as_admin.post(f"/admin/plans/document/{document.pk}/change/", data)
    assert response.status_code == 302
    document.refresh_from_db()
    assert (document.title, document.file.name) == (
        "Nieuwe titel",
        "documents/2014-2015/mededeling.pdf",
    )


# ---- reviews.GovernmentDecision --------------------------------------------------------------


def test_admin_accepts_a_pdf_decision_document(as_admin, round_):
    response = as_admin.post(DECISION_ADD, decision_data(round_, "Besluit.PDF", PDF))
    assert response.status_code == 302
    decision = GovernmentDecision.objects.get()
    assert decision.document.name == "decisions/2014-2015/besluit.pdf"
    assert decision.document.read() == PDF


# ---- plans.Round: reserved slugs (issue 13, defect 4) ----------------------------------------


def round_data(**overrides) -> dict:
    return {
        "name": "Kerntakenplannen 2019–2020",
        "slug": "2019-2020",
        "introduction": "",
        "start_date": "2019-09-01",
        "submission_deadline": "2020-01-31",
        "is_open": "on",
    } | overrides


@pytest.mark.parametrize("slug", ["nieuw", "documenten"])
def test_admin_refuses_a_round_with_a_reserved_slug(as_admin, slug):
    response = as_admin.post("/admin/plans/round/add/", round_data(slug=slug))
    [error] = field_errors(response, "slug")
    assert f"“{slug}” is voorbehouden" in error
    assert not Round.objects.filter(slug=slug).exists()


def test_admin_accepts_a_round_with_an_ordinary_slug(as_admin):
    response = as_admin.post("/admin/plans/round/add/", round_data())
    assert response.status_code == 302
    assert Round.objects.filter(slug="2019-2020").exists()
