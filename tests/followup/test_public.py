"""What of the follow-up reaches the public (SPEC §10, §11): only the accepted reports of
published periods, never an internal note or a delay's reason, never an unpublished or
returned report — checked through every public URL of the project."""

from __future__ import annotations

import io

import pytest
from django.urls import NoReverseMatch, reverse
from openpyxl import load_workbook

from followup import dossier
from tests.followup.conftest import add_processes
from tests.sweep.sweep import is_public, project_url_names

pytestmark = pytest.mark.django_db

SECRETS = ["GEHEIME-NOTITIE", "GEHEIME-REDEN", "VR-NIET-GEPUBLICEERD", "VR-TERUGGESTUURD"]


def _text(response) -> str:
    if response.get("Content-Type", "").startswith("application/vnd.openxmlformats"):
        workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
        return "\n".join(
            str(v) for s in workbook.worksheets for r in s.iter_rows(values_only=True) for v in r
        )
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode()


def public_urls(approved_plan, periods) -> dict[str, list[str]]:
    slug = approved_plan.round.slug
    progress = reverse("followup:public_progress", kwargs={"slug": slug})
    return {
        "home": [reverse("home")],
        "login": [reverse("login")],
        "publication:public_round": [reverse("publication:public_round", kwargs={"slug": slug})],
        "publication:public_round_export": [
            reverse("publication:public_round_export", kwargs={"slug": slug})
        ],
        "publication:public_plan_export": [
            reverse("publication:public_plan_export", kwargs={"slug": slug, "pk": plan.pk})
            for plan in approved_plan.round.plans.all()
        ],
        "followup:public_progress": [progress]
        + [f"{progress}?periode={period.pk}" for period in periods],
        "publication:public_plan": [
            reverse("publication:public_plan", kwargs={"slug": slug, "domain": plan.domain.code})
            for plan in approved_plan.round.plans.all()
        ],
        "publication:public_process": [
            reverse(
                "publication:public_process",
                kwargs={"slug": slug, "domain": approved_plan.domain.code, "code": process.code},
            )
            for process in approved_plan.processes.all()
        ],
        "publication:open_data_csv": [reverse("publication:open_data_csv", kwargs={"slug": slug})],
        "publication:open_data_json": [
            reverse("publication:open_data_json", kwargs={"slug": slug})
        ],
        "publication:open_data_followup_csv": [
            reverse("publication:open_data_followup_csv", kwargs={"slug": slug})
        ],
        "publication:open_data_followup_json": [
            reverse("publication:open_data_followup_json", kwargs={"slug": slug})
        ],
        "publication:catalogue": [reverse("publication:catalogue")],
    }


# URL names that are public but serve no content of a round (a redirect, a document that
# is only public by its own flag, covered in tests/plans/test_public.py).
NOT_ABOUT_FOLLOWUP = {
    "set_language",
    "publication:document_download",
    # pages and documents that hold no data of a round at all
    "publication:glossary",
    "accessibility_statement",
    "health",
    "favicon",
    "publication:data_dictionary",
    "publication:json_schema",
    "publication:followup_schema",
    "publication:api_schema",
    "publication:api_docs",
    # the API answers the public 401 (tests/publication prove what each user sees)
    "publication:api_rounds",
    "publication:api_plans",
    "publication:api_processes",
    "publication:api_decisions",
    "publication:api_tracks",
    "publication:api_reports",
}


def test_every_public_url_is_checked(published, approved_plan):
    names, _unnamed = project_url_names()
    public = set()
    for name in names:
        try:
            url = reverse(name)
        except NoReverseMatch:
            url = None
        candidates = [url] if url else []
        for path in public_urls(approved_plan, published).get(name, []):
            candidates.append(path.split("?")[0])
        if any(is_public(path) for path in candidates):
            public.add(name)
    checked = set(public_urls(approved_plan, published)) | NOT_ABOUT_FOLLOWUP
    assert public <= checked, sorted(public - checked)


def test_no_public_url_shows_a_note_a_reason_or_an_unpublished_report(
    client, published, approved_plan
):
    for name, urls in public_urls(approved_plan, published).items():
        for url in urls:
            response = client.get(url)
            if response.status_code == 404:  # an unpublished period is not there
                continue
            assert response.status_code == 200, url
            text = _text(response)
            leaked = [secret for secret in SECRETS if secret in text]
            assert not leaked, f"{name} {url} shows {leaked}"


def test_progress_page_shows_the_published_accepted_report(client, published, approved_plan):
    response = client.get(
        reverse("followup:public_progress", kwargs={"slug": approved_plan.round.slug})
    )
    text = response.text
    assert "Voortgang december 2015" in text
    assert "Vertraagd" in text and "Afgerond" in text and "30 november 2015" in text
    assert "2,50 FTE" in text
    assert approved_plan.domain.name in text
    assert "Voortgang juni 2016" not in text


def test_an_unpublished_period_is_not_found_on_the_progress_page(client, published, approved_plan):
    _period, later = published
    url = reverse("followup:public_progress", kwargs={"slug": approved_plan.round.slug})
    assert client.get(f"{url}?periode={later.pk}").status_code == 404
    assert client.get(f"{url}?periode=abc").status_code == 404


def test_the_round_page_links_to_its_progress(client, approved_plan):
    response = client.get(approved_plan.round.get_absolute_url())
    assert (
        reverse("followup:public_progress", kwargs={"slug": approved_plan.round.slug})
        in response.text
    )


def test_progress_page_query_count_does_not_grow(
    client, django_assert_num_queries, published, approved_plan
):
    url = reverse("followup:public_progress", kwargs={"slug": approved_plan.round.slug})
    # the round; its published periods; the accepted entries with tracks and processes;
    # their milestones
    with django_assert_num_queries(4):
        assert client.get(url).status_code == 200


# ---- the public dossier ---------------------------------------------------------------------


def test_public_dossier_holds_only_what_is_public(published, approved_plan):
    process = approved_plan.processes.get(code="P2")
    story = dossier.public_dossier(process)
    text = repr(story)
    assert story["final_assessment"] == "Vatbaar voor afbouw"
    assert story["decision"] == approved_plan.government_decision
    assert [e.report.period.name for e in story["entries"]] == ["Voortgang december 2015"]
    for secret in [*SECRETS, "Bevestigd", "Het plan past binnen het kader."]:
        assert secret not in text
    entry = story["entries"][0]
    assert "note" in entry.get_deferred_fields() and "reason" in entry.get_deferred_fields()


def test_public_dossier_of_a_process_before_approval_is_none(plan):
    add_processes(plan, [("P9", "optimise")])
    assert dossier.public_dossier(plan.processes.get()) is None
