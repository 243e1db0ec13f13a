"""Insight in a real browser: search with filters and export, overview figures, comparison.

Every page is checked with axe-core in the states users meet: filled, filtered, empty,
with a reported bad value, and the comparison with and without versions.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from plans.models import Plan
from processes.models import CoreProcess

pytestmark = pytest.mark.django_db(transaction=True)


def plan_of(code: str) -> Plan:
    return Plan.objects.get(domain__code=code, round__slug="2014-2015")


def search_and_wait(page, action) -> None:
    """Do `action` and wait until htmx has put the new results in place."""
    with page.expect_response(
        lambda r: "/zoeken/" in r.url and r.request.headers.get("hx-request")
    ):
        action()
    page.wait_for_load_state("networkidle")


def test_viewer_searches_filters_and_exports(signed_in, assert_accessible):
    page = signed_in("viewer")
    page.get_by_role("link", name="Processen zoeken").click()
    expect(page.get_by_role("heading", name="Kernprocessen zoeken")).to_be_visible()
    assert_accessible(page, "search, filled")

    # Only approved plans: every state badge says so.
    badges = page.locator(".search-table tbody .state-badge")
    assert set(badges.all_inner_texts()) == {"Goedgekeurd"}

    search_and_wait(page, lambda: page.select_option("#id_assessment", "phase_out"))
    expect(page).to_have_url(re.compile("assessment=phase_out"))
    cells = page.locator(".search-table tbody tr td:nth-child(6)").all_inner_texts()
    assert cells and set(cells) == {"Vatbaar voor afbouw"}
    assert_accessible(page, "search, filtered")

    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("naar Excel exporteren")).click()
    assert download.value.suggested_filename.endswith(".xlsx")

    search_and_wait(page, lambda: page.fill("#id_q", "geen-enkel-proces-heet-zo"))
    expect(page.locator("#search-status")).to_have_text("0 kernprocessen gevonden")
    expect(page.get_by_text("Geen kernproces voldoet aan deze filters.")).to_be_visible()
    assert_accessible(page, "search, empty")


def test_coordinator_sorts_pages_and_sees_every_state(signed_in, assert_accessible):
    page = signed_in("coordinator")
    page.goto("/zoeken/?per_page=25")
    expect(page.locator("#search-status")).to_have_text(
        f"{CoreProcess.objects.count()} kernprocessen gevonden"
    )

    search_and_wait(page, lambda: page.get_by_role("link", name=re.compile("^Titel")).click())
    expect(page.locator("th[aria-sort=ascending]")).to_contain_text("Titel")
    expect(page.locator("#id_sort")).to_have_value("title")
    titles = page.locator(".search-table tbody td.search-title").all_inner_texts()
    assert titles == sorted(titles, key=str.casefold) or len(titles) == 25

    search_and_wait(page, lambda: page.get_by_role("link", name="Volgende").click())
    expect(page).to_have_url(re.compile("page=2"))
    expect(page.locator(".pagination [aria-current=page]")).to_contain_text("2")

    search_and_wait(page, lambda: page.select_option("#id_state", "in_review"))
    states = set(page.locator(".search-table tbody .state-badge").all_inner_texts())
    assert states == {"In toetsing"}
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("naar Excel exporteren")).click()
    assert download.value.suggested_filename.endswith(".xlsx")
    assert_accessible(page, "search, coordinator, filtered")


def test_nonsense_in_the_address_is_reported_not_an_error(signed_in, assert_accessible):
    page = signed_in("viewer")
    response = page.goto("/zoeken/?entity=abc&sort=wachtwoord&page=99999999999&per_page=7")
    assert response.status == 200
    expect(page.locator("#search-problems")).to_be_visible()
    assert_accessible(page, "search, bad values")


def test_search_works_without_javascript(browser, demo):
    context = browser.new_context(base_url=demo.url, locale="nl-BE", java_script_enabled=False)
    page = context.new_page()
    page.goto("/accounts/login/")
    page.fill("input[name=username]", "viewer")
    page.fill("input[name=password]", "kerntaken")
    page.click("main button[type=submit]")
    page.goto("/zoeken/")
    page.select_option("#id_axis", "subsidies")
    page.get_by_role("button", name="Zoeken").click()
    assert "axis=subsidies" in page.url
    cells = page.locator(".search-table tbody tr td:nth-child(5)").all_inner_texts()
    assert cells and set(cells) == {"Subsidies"}
    context.close()


@pytest.mark.parametrize("username", ["viewer", "coordinator"])
def test_overview_figures_with_charts_and_tables(signed_in, assert_accessible, username):
    page = signed_in(username)
    page.get_by_role("link", name="Cijferoverzicht").click()
    expect(page.get_by_role("heading", name="Cijferoverzicht", level=1)).to_be_visible()
    expect(
        page.get_by_role("img", name="Processen per beleidsdomein en beoordeling")
    ).to_be_visible()
    expect(
        page.get_by_role("table", name="Aantal kernprocessen per beleidsdomein en beoordeling")
    ).to_be_visible()
    assert_accessible(page, f"overview, {username}")

    page.select_option("#id_basis", "final")
    page.get_by_role("button", name="Cijfers tonen").click()
    expect(page.locator(".insight-summary")).to_contain_text("eindbeoordeling")
    assert_accessible(page, f"overview by final assessment, {username}")


def test_viewer_overview_counts_only_approved_plans(signed_in):
    page = signed_in("viewer")
    page.goto("/inzicht/")
    domains = page.locator("#by-domain ~ div table tbody th").all_inner_texts()
    approved = set(
        Plan.objects.filter(status=Plan.Status.APPROVED).values_list("domain__name", flat=True)
    )
    assert set(domains) == approved


def test_overview_with_nothing_to_count(signed_in, assert_accessible):
    page = signed_in("viewer")
    page.goto("/inzicht/?state=draft")
    expect(page.get_by_text("Geen kernprocessen voldoen aan deze keuzes")).to_be_visible()
    assert_accessible(page, "overview, empty")


@pytest.mark.parametrize("username", ["viewer", "coordinator"])
def test_comparison_of_an_approved_plan(signed_in, assert_accessible, username):
    page = signed_in(username)
    page.goto("/inzicht/")
    dar = plan_of("DAR")
    page.get_by_role("link", name=f"Versies vergelijken – {dar.domain.name}").click()
    expect(page.get_by_role("heading", name=re.compile("Versies vergelijken"))).to_be_visible()
    expect(page.locator("#id_old option:checked")).to_contain_text("Ingediende versie")
    expect(page.locator("#id_new option:checked")).to_contain_text("Definitieve versie")
    expect(page.get_by_role("heading", name="Gewijzigde beoordelingen")).to_be_visible()
    expect(page.get_by_text("Beoordeling gewijzigd").first).to_be_visible()
    assert_accessible(page, f"comparison, {username}")


def test_coordinator_compares_a_plan_without_versions(signed_in, assert_accessible):
    page = signed_in("coordinator")
    page.goto(f"/inzicht/plannen/{plan_of('OV').pk}/vergelijken/")
    expect(page.locator("#no-versions")).to_be_visible()
    assert_accessible(page, "comparison, no versions")


def test_coordinator_compares_a_submitted_plan_with_its_current_state(signed_in, assert_accessible):
    page = signed_in("coordinator")
    page.goto(f"/inzicht/plannen/{plan_of('MOW').pk}/vergelijken/?old=zz")
    expect(page.locator("#id_new option:checked")).to_contain_text("Het plan zoals het nu is")
    expect(page.get_by_text("Er zijn geen verschillen tussen deze versies.")).to_be_visible()
    assert_accessible(page, "comparison, current state, bad value reported")


def test_viewer_cannot_compare_a_plan_before_approval(signed_in):
    page = signed_in("viewer")
    # Through the page's own session, without opening an error page in the browser.
    response = page.request.get(f"/inzicht/plannen/{plan_of('MOW').pk}/vergelijken/")
    assert response.status == 404
