"""The round's documents (issue 7, item 2): managed by coordinators, type checked by content."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kerntaken.errors import NotAllowed
from plans.models import Document
from publication import services as document_services
from tests.plans.documents_util import (
    IMPOSTORS,
    PDF,
    docx_bytes,
    pdf_upload,
    upload,
    xlsx_bytes,
)

pytestmark = pytest.mark.django_db

FORBIDDEN_ROLES = ["editor", "other_editor", "member", "outsider", "viewer"]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def form_data(**overrides) -> dict:
    return {
        "title": "Mededeling aan de Vlaamse Regering",
        "date": "2014-09-19",
        "kind": Document.Kind.COMMUNICATION,
        "summary": "Legt de aanpak van het traject vast.",
        "is_public": "on",
    } | overrides


def add_document(round_, by, **fields) -> Document:
    return document_services.add_document(round=round_, by=by, summary="", **fields)


@pytest.fixture
def document(round_, coordinator):
    return add_document(
        round_,
        coordinator,
        title="Mededeling",
        kind=Document.Kind.COMMUNICATION,
        date=dt.date(2014, 9, 19),
        is_public=True,
        file=pdf_upload(),
    )


@pytest.fixture
def internal_document(round_, coordinator):
    return add_document(
        round_,
        coordinator,
        title="Verslag van het voorzitterscollege",
        kind=Document.Kind.MINUTES,
        date=dt.date(2015, 2, 24),
        is_public=False,
        file=pdf_upload("verslag.pdf"),
    )


def create_url(round_) -> str:
    return reverse("publication:document_create", kwargs={"slug": round_.slug})


# ---- upload ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "extension"),
    [
        ("mededeling.pdf", PDF, "pdf"),
        ("kader.docx", docx_bytes(), "docx"),
        ("overzicht.xlsx", xlsx_bytes(), "xlsx"),
    ],
)
def test_coordinator_uploads_pdf_docx_or_xlsx(
    client, coordinator, round_, settings, name, content, extension
):
    client.force_login(coordinator)
    response = client.post(create_url(round_), form_data(file=upload(name, content)))
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "publication:document_list", kwargs={"slug": round_.slug}
    )
    document = Document.objects.get()
    assert document.round == round_
    assert document.uploaded_by == coordinator
    assert document.is_public
    assert document.file.name.endswith(f".{extension}")
    assert document.file.read() == content


def test_uploaded_document_is_internal_unless_marked_public(client, coordinator, round_):
    client.force_login(coordinator)
    data = form_data(file=pdf_upload())
    del data["is_public"]
    client.post(create_url(round_), data)
    assert Document.objects.get().is_public is False


def test_type_is_taken_from_content_not_from_name(client, coordinator, round_):
    # A real PDF that claims to be a spreadsheet is stored, and served, as the PDF it is.
    client.force_login(coordinator)
    client.post(
        create_url(round_), form_data(file=upload("cijfers.xlsx", PDF, "application/vnd.ms-excel"))
    )
    assert Document.objects.get().file.name.endswith("/cijfers.pdf")


@pytest.mark.parametrize("impostor", IMPOSTORS)
def test_file_that_is_not_pdf_docx_or_xlsx_is_refused_with_a_clear_message(
    client, coordinator, round_, settings, impostor
):
    name, content = IMPOSTORS[impostor]
    client.force_login(coordinator)
    response = client.post(
        create_url(round_), form_data(file=upload(name, content, "application/pdf"))
    )
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert errors
    if content:
        assert "geen PDF-, Word- (DOCX) of Excel-document (XLSX)" in response.text
    assert "Het document is niet bewaard." in response.text
    assert not Document.objects.exists()
    assert not stored_files(settings)


def test_file_over_the_size_limit_is_refused(client, coordinator, round_, settings):
    settings.MAX_UPLOAD_SIZE = 1024
    client.force_login(coordinator)
    big_pdf = PDF + b"0" * 2048
    response = client.post(create_url(round_), form_data(file=upload("groot.pdf", big_pdf)))
    assert response.status_code == 200
    assert "Het bestand is te groot (2,1" in response.text
    assert "de limiet is 1,0\xa0KB" in response.text
    assert not Document.objects.exists()
    assert not stored_files(settings)


def test_file_at_the_size_limit_is_accepted(client, coordinator, round_, settings):
    settings.MAX_UPLOAD_SIZE = len(PDF)
    client.force_login(coordinator)
    client.post(create_url(round_), form_data(file=pdf_upload()))
    assert Document.objects.count() == 1


def test_upload_without_file_is_refused(client, coordinator, round_):
    client.force_login(coordinator)
    response = client.post(create_url(round_), form_data())
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not Document.objects.exists()


def test_upload_without_title_or_with_nonsense_date_is_refused(client, coordinator, round_):
    client.force_login(coordinator)
    response = client.post(
        create_url(round_), form_data(title="", date="31-02-2015", kind="nonsense")
    )
    assert response.status_code == 200
    assert set(response.context["form"].errors) >= {"title", "date", "kind"}
    assert not Document.objects.exists()


@pytest.mark.parametrize("role", FORBIDDEN_ROLES)
def test_only_coordinators_upload_documents(client, request, round_, settings, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(create_url(round_)).status_code == 403
    response = client.post(create_url(round_), form_data(file=pdf_upload()))
    assert response.status_code == 403
    assert not Document.objects.exists()
    assert not stored_files(settings)


def test_anonymous_is_sent_to_sign_in_for_upload(client, round_):
    response = client.post(create_url(round_), form_data(file=pdf_upload()))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not Document.objects.exists()


def test_upload_to_unknown_round_is_not_found(client, coordinator):
    client.force_login(coordinator)
    url = reverse("publication:document_create", kwargs={"slug": "bestaat-niet"})
    assert client.get(url).status_code == 404


def test_service_refuses_a_document_from_a_non_coordinator(round_, editor):
    with pytest.raises(NotAllowed):
        document_services.add_document(
            round=round_,
            by=editor,
            title="Nota",
            kind=Document.Kind.OTHER,
            date=dt.date(2015, 1, 1),
            summary="",
            is_public=True,
            file=pdf_upload(),
        )
    assert not Document.objects.exists()


# ---- edit and delete --------------------------------------------------------------------


def test_coordinator_edits_document_details_and_keeps_its_file(client, coordinator, document):
    client.force_login(coordinator)
    old_name = document.file.name
    url = reverse("publication:document_update", kwargs={"pk": document.pk})
    response = client.post(url, form_data(title="Nieuwe titel", is_public=""))
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Nieuwe titel"
    assert document.is_public is False
    assert document.file.name == old_name


def test_replacing_the_file_removes_the_old_one(
    client, coordinator, document, settings, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    old_path = Path(document.file.path)
    url = reverse("publication:document_update", kwargs={"pk": document.pk})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, form_data(file=upload("kader.docx", docx_bytes())))
    document.refresh_from_db()
    assert document.file.name.endswith("/kader.docx")
    assert not old_path.exists()
    assert stored_files(settings) == [Path(document.file.path)]


def test_edit_with_wrong_file_type_changes_nothing(client, coordinator, document):
    client.force_login(coordinator)
    old_name = document.file.name
    url = reverse("publication:document_update", kwargs={"pk": document.pk})
    response = client.post(url, form_data(title="Anders", file=upload("x.pdf", b"geen pdf")))
    assert response.status_code == 200
    assert "Mededeling" in response.text  # the heading keeps the saved title
    document.refresh_from_db()
    assert (document.title, document.file.name) == ("Mededeling", old_name)


@pytest.mark.parametrize("role", FORBIDDEN_ROLES)
def test_only_coordinators_edit_documents(client, request, document, role):
    client.force_login(request.getfixturevalue(role))
    url = reverse("publication:document_update", kwargs={"pk": document.pk})
    assert client.get(url).status_code == 403
    assert client.post(url, form_data(title="Gekaapt")).status_code == 403
    document.refresh_from_db()
    assert document.title == "Mededeling"


def test_delete_asks_for_confirmation_first(client, coordinator, document):
    client.force_login(coordinator)
    response = client.get(reverse("publication:document_delete", kwargs={"pk": document.pk}))
    assert response.status_code == 200
    assert "Wilt u het document “Mededeling”" in response.text
    assert Document.objects.filter(pk=document.pk).exists()


def test_coordinator_deletes_document_and_its_file(
    client, coordinator, document, settings, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    path = Path(document.file.path)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("publication:document_delete", kwargs={"pk": document.pk}))
    assert response.status_code == 302
    assert not Document.objects.filter(pk=document.pk).exists()
    assert not path.exists()


@pytest.mark.parametrize("role", FORBIDDEN_ROLES)
def test_only_coordinators_delete_documents(client, request, document, role):
    client.force_login(request.getfixturevalue(role))
    url = reverse("publication:document_delete", kwargs={"pk": document.pk})
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    assert Document.objects.filter(pk=document.pk).exists()
    assert Path(document.file.path).exists()


def test_editing_or_deleting_an_unknown_document_is_not_found(client, coordinator):
    client.force_login(coordinator)
    assert client.get(reverse("publication:document_update", kwargs={"pk": 999})).status_code == 404
    assert (
        client.post(reverse("publication:document_delete", kwargs={"pk": 999})).status_code == 404
    )


# ---- download ------------------------------------------------------------------------


@pytest.mark.parametrize("role", [None, "viewer", "editor", "member", "coordinator"])
def test_everyone_downloads_a_public_document(client, request, document, role):
    if role:
        client.force_login(request.getfixturevalue(role))
    response = client.get(reverse("publication:document_download", kwargs={"pk": document.pk}))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="mededeling.pdf"'
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (None, 404),
        ("viewer", 404),
        ("editor", 200),
        ("other_editor", 200),
        ("member", 200),
        ("outsider", 200),
        ("coordinator", 200),
        ("admin_user", 200),
    ],
)
def test_internal_document_downloads_only_for_the_people_of_the_process(
    client, request, internal_document, role, status
):
    if role:
        client.force_login(request.getfixturevalue(role))
    response = client.get(
        reverse("publication:document_download", kwargs={"pk": internal_document.pk})
    )
    assert response.status_code == status


def test_downloaded_docx_has_its_content_type(client, round_, coordinator):
    document = document_services.add_document(
        round=round_,
        by=coordinator,
        title="Kader",
        kind=Document.Kind.FRAMEWORK,
        date=dt.date(2015, 3, 20),
        summary="",
        is_public=True,
        file=SimpleUploadedFile("kader.docx", docx_bytes()),
    )
    response = client.get(reverse("publication:document_download", kwargs={"pk": document.pk}))
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


def test_document_without_file_or_whose_file_is_gone_is_not_found(client, round_, document):
    empty = Document.objects.create(
        round=round_, title="Zonder bestand", date=dt.date(2015, 1, 1), is_public=True
    )
    assert (
        client.get(reverse("publication:document_download", kwargs={"pk": empty.pk})).status_code
        == 404
    )
    document.file.storage.delete(document.file.name)
    assert (
        client.get(reverse("publication:document_download", kwargs={"pk": document.pk})).status_code
        == 404
    )


def test_download_refuses_post(client, document):
    response = client.post(reverse("publication:document_download", kwargs={"pk": document.pk}))
    assert response.status_code == 405


# ---- the list ---------------------------------------------------------------------------


def test_coordinator_lists_public_and_internal_documents_with_actions(
    client, coordinator, document, internal_document
):
    client.force_login(coordinator)
    response = client.get(
        reverse("publication:document_list", kwargs={"slug": document.round.slug})
    )
    assert response.status_code == 200
    for doc in (document, internal_document):
        assert doc.title in response.text
        assert reverse("publication:document_update", kwargs={"pk": doc.pk}) in response.text
    assert "Intern" in response.text
    assert "Openbaar" in response.text
    assert (
        reverse("publication:document_create", kwargs={"slug": document.round.slug})
        in response.text
    )


@pytest.mark.parametrize("role", ["editor", "member"])
def test_people_of_the_process_list_documents_without_actions(
    client, request, document, internal_document, role
):
    client.force_login(request.getfixturevalue(role))
    response = client.get(
        reverse("publication:document_list", kwargs={"slug": document.round.slug})
    )
    assert response.status_code == 200
    assert internal_document.title in response.text
    assert reverse("publication:document_update", kwargs={"pk": document.pk}) not in response.text
    assert (
        reverse("publication:document_create", kwargs={"slug": document.round.slug})
        not in response.text
    )


def test_viewer_may_not_list_documents(client, viewer, round_):
    client.force_login(viewer)
    response = client.get(reverse("publication:document_list", kwargs={"slug": round_.slug}))
    assert response.status_code == 403


def test_document_list_of_unknown_round_is_not_found(client, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("publication:document_list", kwargs={"slug": "bestaat-niet"}))
    assert response.status_code == 404


def test_document_list_query_count_does_not_grow_with_documents(
    client, coordinator, round_, django_assert_num_queries
):
    for number in range(5):
        document_services.add_document(
            round=round_,
            by=coordinator,
            title=f"Verslag {number}",
            kind=Document.Kind.MINUTES,
            date=dt.date(2015, 4, number + 1),
            summary="",
            is_public=bool(number % 2),
            file=pdf_upload(f"verslag-{number}.pdf"),
        )
    client.force_login(coordinator)
    url = reverse("publication:document_list", kwargs={"slug": round_.slug})
    # Session, user, the user's groups, the round, its documents, the header's count of unread
    # notifications (the session is not saved: renewed at sign-in, less than a minute ago).
    with django_assert_num_queries(6):
        response = client.get(url)
    assert response.text.count(">Verslag ") == 5


def test_document_without_file_can_be_edited_without_adding_one(client, coordinator, round_):
    document = Document.objects.create(
        round=round_, title="Zonder bestand", date=dt.date(2015, 1, 1), is_public=False
    )
    client.force_login(coordinator)
    url = reverse("publication:document_update", kwargs={"pk": document.pk})
    response = client.post(url, form_data(title="Nog steeds zonder bestand"))
    assert response.status_code == 302
    document.refresh_from_db()
    assert (document.title, document.is_public, document.file.name) == (
        "Nog steeds zonder bestand",
        True,
        "",
    )
