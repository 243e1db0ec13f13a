"""The public round pages (issue 7, item 1): no sign-in, only what is approved and public."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from plans import services
from plans.models import Document, Plan
from publication import services as document_services
from tests import factories
from tests.plans.documents_util import PDF

pytestmark = pytest.mark.django_db

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def approved(plan, editor, advance):
    return advance(plan, "approved", editor)


@pytest.fixture
def documents(round_, coordinator):
    from django.core.files.uploadedfile import SimpleUploadedFile

    def add(title, is_public):
        return document_services.add_document(
            round=round_,
            by=coordinator,
            title=title,
            kind=Document.Kind.COMMUNICATION,
            date=dt.date(2014, 9, 19),
            summary=f"Samenvatting van {title}",
            is_public=is_public,
            file=SimpleUploadedFile("stuk.pdf", PDF),
        )

    return {
        "public": add("Mededeling aan de Vlaamse Regering", True),
        "internal": add("Nota voor het voorzitterscollege", False),
    }


def workbook_text(response) -> str:
    """Every cell of every sheet of a downloaded workbook, as one text."""
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    return "\n".join(
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


# ---- the round page -------------------------------------------------------------------


def test_anonymous_sees_round_page_with_introduction(client, round_):
    round_.introduction = "Het Vlaams Regeerakkoord stelt dat elk beleidsdomein een plan opmaakt."
    round_.save()
    response = client.get(reverse("publication:public_round", kwargs={"slug": round_.slug}))
    assert response.status_code == 200
    assert "Kerntakenplannen 2014–2015" in response.text
    assert "Het Vlaams Regeerakkoord stelt" in response.text


def test_round_page_shows_timeline_with_belgian_dates(client, round_):
    round_.review_start, round_.review_end = dt.date(2015, 4, 1), dt.date(2015, 6, 30)
    round_.save()
    response = client.get(round_.get_absolute_url())
    text = response.text
    for date in ["19 september 2014", "31 januari 2015", "20 maart 2015", "17 juli 2015"]:
        assert date in text
    assert "1 april 2015 tot 30 juni 2015" in text
    assert "Uiterste datum voor het indienen van de plannen" in text
    assert "Goedkeuring door de Vlaamse Regering" in text


def test_timeline_marks_future_milestones_as_planned(client, round_):
    round_.approval_date = timezone.localdate() + dt.timedelta(days=30)
    round_.save()
    response = client.get(round_.get_absolute_url())
    assert "(gepland)" in response.text


def test_round_page_lists_approved_plan_with_its_excel_download(client, approved):
    response = client.get(approved.round.get_absolute_url())
    export = reverse(
        "publication:public_plan_export", kwargs={"slug": approved.round.slug, "pk": approved.pk}
    )
    assert approved.domain.name in response.text
    assert export in response.text
    assert (
        reverse("publication:public_round_export", kwargs={"slug": approved.round.slug})
        in response.text
    )


@pytest.mark.parametrize("state", ["draft", "submitted", "in_review", "validated"])
def test_round_page_does_not_list_plans_before_approval(client, plan, editor, advance, state):
    if state != "draft":
        plan = advance(plan, state, editor)
    response = client.get(plan.round.get_absolute_url())
    assert plan.domain.name not in response.text
    assert "Er zijn nog geen plannen goedgekeurd." in response.text


def test_round_page_lists_public_documents_with_date_kind_and_download(client, round_, documents):
    public = documents["public"]
    response = client.get(round_.get_absolute_url())
    assert public.title in response.text
    assert "Mededeling aan de Vlaamse Regering · " in response.text  # the kind
    assert reverse("publication:document_download", kwargs={"pk": public.pk}) in response.text
    assert "PDF" in response.text


def test_round_page_offers_no_link_for_a_document_without_file(client, round_, coordinator):
    document = Document.objects.create(
        round=round_, title="Mededeling zonder bestand", date=dt.date(2014, 9, 19), is_public=True
    )
    response = client.get(round_.get_absolute_url())
    assert document.title in response.text
    assert reverse("publication:document_download", kwargs={"pk": document.pk}) not in response.text


def test_round_page_offers_no_link_for_a_document_whose_file_is_gone(client, round_, documents):
    public = documents["public"]
    public.file.storage.delete(public.file.name)
    response = client.get(round_.get_absolute_url())
    assert response.status_code == 200
    assert public.title in response.text
    assert reverse("publication:document_download", kwargs={"pk": public.pk}) not in response.text


def test_round_page_query_count_does_not_grow_with_plans(
    client, django_assert_num_queries, approved, other_plan, other_editor, advance, documents
):
    advance(other_plan, "approved", other_editor)
    url = approved.round.get_absolute_url()
    # The round; its approved plans with domain, decision and process count; its documents.
    with django_assert_num_queries(3):
        response = client.get(url)
    assert response.text.count("/excel/") == 3  # two plans and the round


def test_unknown_round_is_not_found(client, round_):
    assert (
        client.get(reverse("publication:public_round", kwargs={"slug": "2099-2100"})).status_code
        == 404
    )


@pytest.mark.parametrize(
    "path",
    [
        "/rondes/bestaat-niet/",
        "/rondes/2014-2015/plannen/abc/excel/",
        "/rondes/2014-2015/plannen/-1/excel/",
        "/rondes/2014-2015/plannen/99999999999999999999999/excel/",
        "/rondes/2014-2015/plannen/999999999999999999/excel/",
        "/rondes/documenten/99999999999999999999999/",
        "/rondes/documenten/0/",
        "/rondes/%00/",
        "/rondes/" + "a" * 500 + "/",
    ],
)
def test_nonsense_public_urls_answer_not_found_never_an_error(client, round_, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("name", ["publication:public_round", "publication:public_round_export"])
def test_public_pages_ignore_nonsense_query_parameters(client, round_, name):
    url = reverse(name, kwargs={"slug": round_.slug}) + "?page=-1&x=%00&slug=../../etc"
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("name", ["publication:public_round", "publication:public_round_export"])
def test_public_pages_refuse_post(client, round_, name):
    assert client.post(reverse(name, kwargs={"slug": round_.slug})).status_code == 405


# ---- the Excel downloads ---------------------------------------------------------------


def test_anonymous_downloads_approved_plan_as_workbook(client, approved):
    url = reverse(
        "publication:public_plan_export", kwargs={"slug": approved.round.slug, "pk": approved.pk}
    )
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    assert response["Content-Disposition"].startswith("attachment")
    text = workbook_text(response)
    assert all(code in text for code in ["P1", "P2", "P3", "P4"])


@pytest.mark.parametrize("state", ["draft", "submitted", "in_review", "validated"])
def test_plan_before_approval_is_not_found_for_download(client, plan, editor, advance, state):
    if state != "draft":
        plan = advance(plan, state, editor)
    url = reverse("publication:public_plan_export", kwargs={"slug": plan.round.slug, "pk": plan.pk})
    assert client.get(url).status_code == 404


def test_returned_plan_is_not_found_for_download(client, plan, editor, coordinator, advance):
    plan = advance(plan, "submitted", editor)
    services.return_plan(plan=plan, by=coordinator, reason="Onvolledig.")
    url = reverse("publication:public_plan_export", kwargs={"slug": plan.round.slug, "pk": plan.pk})
    assert client.get(url).status_code == 404


def test_approved_plan_under_another_rounds_address_is_not_found(client, approved):
    other_round = factories.RoundFactory(slug="2019-2020", name="Kerntakenplannen 2019–2020")
    url = reverse(
        "publication:public_plan_export", kwargs={"slug": other_round.slug, "pk": approved.pk}
    )
    assert client.get(url).status_code == 404


def test_unknown_plan_is_not_found_for_download(client, approved):
    kwargs = {"slug": approved.round.slug, "pk": approved.pk + 99}
    url = reverse("publication:public_plan_export", kwargs=kwargs)
    assert client.get(url).status_code == 404


def test_round_workbook_holds_approved_plans_only(client, approved, other_plan, other_entity):
    factories.CoreProcessFactory(plan=other_plan, entity=other_entity, code="ONTWERP-1")
    response = client.get(
        reverse("publication:public_round_export", kwargs={"slug": approved.round.slug})
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    text = workbook_text(response)
    assert "P1" in text
    assert "ONTWERP-1" not in text


def test_round_workbook_of_unknown_round_is_not_found(client, round_):
    response = client.get(
        reverse("publication:public_round_export", kwargs={"slug": "bestaat-niet"})
    )
    assert response.status_code == 404


# ---- internal documents never reach the public ----------------------------------------


def test_internal_document_is_not_on_the_round_page(client, round_, documents):
    internal = documents["internal"]
    response = client.get(round_.get_absolute_url())
    assert internal.title not in response.text
    assert internal.summary not in response.text
    assert reverse("publication:document_download", kwargs={"pk": internal.pk}) not in response.text


def test_internal_document_is_not_on_the_round_page_for_a_signed_in_coordinator(
    client, coordinator, round_, documents
):
    # The public page is the public page, whoever looks at it.
    client.force_login(coordinator)
    response = client.get(round_.get_absolute_url())
    assert documents["internal"].title not in response.text


@pytest.mark.parametrize("role", [None, "viewer"])
def test_internal_document_is_not_on_the_start_page(client, request, round_, documents, role):
    if role:
        client.force_login(request.getfixturevalue(role))
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert documents["internal"].title not in response.text


@pytest.mark.parametrize("role", [None, "viewer"])
def test_internal_document_cannot_be_downloaded_by_the_public(client, request, documents, role):
    if role:
        client.force_login(request.getfixturevalue(role))
    url = reverse("publication:document_download", kwargs={"pk": documents["internal"].pk})
    assert client.get(url).status_code == 404


def test_internal_document_is_not_in_the_round_or_plan_workbook(client, approved, documents):
    kwargs = {"slug": approved.round.slug}
    for response in (
        client.get(reverse("publication:public_round_export", kwargs=kwargs)),
        client.get(reverse("publication:public_plan_export", kwargs=kwargs | {"pk": approved.pk})),
    ):
        assert documents["internal"].title not in workbook_text(response)


def test_public_document_downloads_for_anonymous_as_attachment(client, documents):
    response = client.get(
        reverse("publication:document_download", kwargs={"pk": documents["public"].pk})
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="stuk.pdf"'
    assert b"".join(response.streaming_content) == PDF


# ---- the start page ---------------------------------------------------------------------


@pytest.mark.parametrize("role", [None, "viewer"])
def test_start_page_lists_the_rounds_with_their_public_page(client, request, round_, role):
    if role:
        client.force_login(request.getfixturevalue(role))
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert round_.name in response.text
    assert round_.get_absolute_url() in response.text
    assert "Gestart op 19 september 2014" in response.text


def test_start_page_counts_the_approved_plans(client, approved):
    response = client.get(reverse("home"))
    assert "Tot nu toe is 1 kerntakenplan goedgekeurd." in response.text


def test_start_page_says_when_an_approval_is_still_planned(client, round_):
    round_.approval_date = timezone.localdate() + dt.timedelta(days=30)
    round_.save()
    response = client.get(reverse("home"))
    assert "goedkeuring gepland op" in response.text


def test_approved_plans_are_ordered_by_domain(client, approved, other_plan, other_editor, advance):
    advance(other_plan, "approved", other_editor)
    response = client.get(approved.round.get_absolute_url())
    names = [p.domain.name for p in Plan.objects.filter(status="approved").order_by("domain")]
    positions = [response.text.index(name) for name in names]
    assert positions == sorted(positions)
