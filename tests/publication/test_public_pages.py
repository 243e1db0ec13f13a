"""The public pages of an approved plan and process (issue 12): stable addresses from the
round's slug, the domain's code and the process's code; a meta description and JSON-LD;
never a plan before its approval, at whatever public address."""

from __future__ import annotations

import json
import re

import pytest
from django.urls import reverse

from processes.models import CoreProcess
from publication import views_opendata
from tests import factories

pytestmark = pytest.mark.django_db


def plan_url(plan) -> str:
    return reverse(
        "publication:public_plan", kwargs={"slug": plan.round.slug, "domain": plan.domain.code}
    )


def process_url(process) -> str:
    plan = process.plan
    return reverse(
        "publication:public_process",
        kwargs={"slug": plan.round.slug, "domain": plan.domain.code, "code": process.code},
    )


def json_ld(response) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)
    assert found, "no JSON-LD on the page"
    return json.loads(found.group(1))


def test_plan_page_address_is_built_from_round_domain_and_nothing_else(approved):
    assert plan_url(approved) == "/rondes/2014-2015/plannen/ov/"
    process = approved.processes.get(code="P2")
    assert process_url(process) == "/rondes/2014-2015/plannen/ov/processen/P2/"


def test_anonymous_reads_the_approved_plan_with_its_processes_and_decision(client, approved):
    response = client.get(plan_url(approved))
    assert response.status_code == 200
    decision = approved.government_decision
    assert decision.reference in response.text
    assert "17 juli 2015" in response.text or decision.date.strftime("%Y") in response.text
    for process in approved.processes.all():
        assert process.title in response.text
        assert process_url(process) in response.text
    # Counts per final assessment, with the Dutch labels.
    assert "Vatbaar voor afbouw: <strong>1</strong>" in response.text
    assert (
        reverse(
            "publication:public_plan_export",
            kwargs={"slug": approved.round.slug, "pk": approved.pk},
        )
        in response.text
    )


def test_plan_page_has_a_meta_description_and_json_ld(client, approved):
    response = client.get(plan_url(approved))
    assert '<meta name="description" content="' in response.text
    data = json_ld(response)
    assert data["@type"] == "Dataset"
    assert data["url"].endswith(plan_url(approved))
    assert data["license"].startswith("https://data.vlaanderen.be/id/licentie/")


def test_process_page_shows_the_approved_content_and_the_decision(client, approved):
    process = approved.processes.get(code="P3")
    response = client.get(process_url(process))
    assert response.status_code == 200
    assert process.title in response.text
    assert process.motivation in response.text
    assert "Gemeente" in response.text  # the transfer level, in Dutch
    assert approved.government_decision.reference in response.text
    data = json_ld(response)
    assert data["identifier"] == "P3"
    assert data["@type"] == "GovernmentService"
    assert '<meta name="description" content="' in response.text


def test_round_page_links_each_approved_plan_page(client, approved, unapproved):
    response = client.get(approved.round.get_absolute_url())
    assert plan_url(approved) in response.text
    assert plan_url(unapproved) not in response.text


@pytest.mark.parametrize("code", ["1.2", "A/B", "K 3", "excel", "Ö-1", "a.b/c.d"])
def test_process_codes_with_dots_slashes_and_spaces_have_their_page(client, approved, code):
    process = approved.processes.get(code="P1")
    CoreProcess.objects.filter(pk=process.pk).update(code=code)
    process.refresh_from_db()
    url = process_url(process)
    response = client.get(url)
    assert response.status_code == 200, url
    assert response.context["process"] == process
    # The open data's addresses are the same as reverse() makes.
    rows = list(
        views_opendata.opendata.rows(
            views_opendata.opendata.round_processes(approved.round),
            "http://testserver/rondes/2014-2015/plannen/{domain}/processen/{code}/",
            for_json=True,
        )
    )
    assert f"http://testserver{url}" in [row[-1] for row in rows]


def test_excel_of_a_numeric_domain_and_a_process_called_excel_do_not_meet(client, approved):
    """/rondes/<slug>/plannen/<pk>/excel/ and a plan whose domain code is a number."""
    approved.domain.code = str(approved.pk)
    approved.domain.save()
    process = approved.processes.get(code="P1")
    CoreProcess.objects.filter(pk=process.pk).update(code="excel")
    process.refresh_from_db()
    excel = reverse(
        "publication:public_plan_export", kwargs={"slug": approved.round.slug, "pk": approved.pk}
    )
    assert client.get(process_url(process)).context["process"] == process
    assert client.get(plan_url(approved)).status_code == 200
    assert client.get(excel)["Content-Type"].startswith("application/vnd.openxmlformats")


# ---- never before approval ---------------------------------------------------------------


def public_urls(plan) -> list[str]:
    """Every public address that names the plan or one of its processes."""
    urls = [plan_url(plan)] + [process_url(process) for process in plan.processes.all()]
    return urls


@pytest.mark.parametrize("state", ["draft", "submitted", "in_review", "validated", "returned"])
def test_a_plan_before_approval_is_404_at_every_public_address(
    client, plan, editor, advance, viewer, coordinator, state
):
    if state != "draft":
        plan = (
            advance(plan, state, editor)
            if state != "returned"
            else _returned(plan, editor, advance, coordinator)
        )
    for user in (None, viewer, coordinator, editor):
        if user is None:
            client.logout()
        else:
            client.force_login(user)
        for url in public_urls(plan):
            assert client.get(url).status_code == 404, (url, user)


def _returned(plan, editor, advance, coordinator):
    from plans import services

    plan = advance(plan, "submitted", editor)
    return services.return_plan(plan=plan, by=coordinator, reason="Motiveer beter.")


def test_unknown_round_domain_or_code_is_404(client, approved):
    process = approved.processes.get(code="P1")
    assert client.get(process_url(process).replace("P1", "P9")).status_code == 404
    assert client.get(plan_url(approved).replace("/ov/", "/xx/")).status_code == 404
    assert client.get(plan_url(approved).replace("2014-2015", "2019-2020")).status_code == 404


def test_a_process_of_an_approved_plan_under_another_domain_is_404(client, approved, unapproved):
    process = approved.processes.get(code="P1")
    url = reverse(
        "publication:public_process",
        kwargs={"slug": approved.round.slug, "domain": unapproved.domain.code, "code": "P1"},
    )
    assert client.get(url).status_code == 404
    assert client.get(process_url(process)).status_code == 200


def test_plan_page_queries_do_not_grow_with_its_processes(
    client, approved, django_assert_num_queries
):
    url = plan_url(approved)
    # The plan with its domain, round and decision; its processes with their entities.
    with django_assert_num_queries(2):
        client.get(url)
    entity = approved.domain.entities.first()
    for number in range(10):
        factories.CoreProcessFactory(plan=approved, entity=entity, code=f"X{number}")
    with django_assert_num_queries(2):
        assert "X9" in client.get(url).text
