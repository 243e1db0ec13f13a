"""Open data, the public plan and process pages, the API docs and API tokens, in Chromium:
links followed as a visitor does, axe on every page, and the Swagger UI working under the
site's Content Security Policy (no inline script, no CDN)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_visitor_follows_round_plan_and_process_pages(new_page, assert_accessible):
    page = new_page()
    page.goto("/rondes/2014-2015/")
    plan_links = page.locator("table.approved-plans tbody th a")
    assert plan_links.count() == 5
    plan_links.first.click()
    assert re.search(r"/rondes/2014-2015/plannen/[-\w]+/$", page.url)
    assert page.locator("script[type='application/ld+json']").count() == 1
    assert page.locator("meta[name=description]").get_attribute("content")
    assert_accessible(page, "plan page")
    page.locator("table.public-processes tbody th a").first.click()
    assert "/processen/" in page.url
    assert page.get_by_role("heading", name="Beslissing van de Vlaamse Regering").is_visible()
    assert_accessible(page, "process page")
    page.goto("/open-data/woordenboek/")
    assert page.locator("#field-final_assessment").is_visible()
    assert_accessible(page, "data dictionary")


def test_api_docs_render_the_schema_under_the_csp(signed_in, assert_accessible):
    page = signed_in("viewer")
    page.goto("/api/docs/")
    page.locator(".opblock").first.wait_for()
    assert page.locator(".opblock").count() == 12  # every operation of the API
    assert page.locator("script:not([src]):not([type='application/ld+json'])").count() == 0
    assert_accessible(page, "API docs")


def test_a_token_made_on_the_page_reads_the_api_until_revoked(signed_in, demo, assert_accessible):
    page = signed_in("viewer")
    page.goto("/profiel/api-sleutels/")
    page.get_by_role("button", name="Maak de sleutel").click()  # without a name
    assert page.locator(".invalid-feedback").is_visible()
    assert_accessible(page, "token page with its error")
    page.get_by_label("Naam van de nieuwe sleutel").fill("Maandrapport")
    page.get_by_role("button", name="Maak de sleutel").click()
    token = page.locator("#new-token").input_value()
    assert_accessible(page, "token page with a new token")
    assert token.startswith("kt_")
    api = page.context.browser.new_context(base_url=demo.url).request
    headers = {"Authorization": f"Bearer {token}"}
    assert api.get("/api/v1/processes/?assessment=phase_out", headers=headers).status == 200
    page.get_by_role("button", name=re.compile("Intrekken")).click()
    assert page.get_by_text("ingetrokken").first.is_visible()
    assert api.get("/api/v1/processes/", headers=headers).status == 401
    api.dispose()
