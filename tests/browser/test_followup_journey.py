"""A whole reporting period in a real browser (issue 11).

The demo coordinator opens a period → editor3 (Bestuurszaken) reports one track delayed
with a reason and one completed, and submits → the coordinator returns the report with a
reason → editor3 fixes it and submits again → the coordinator accepts it and publishes
the period → the public progress page shows it, without the internal notes. Every page
is checked with axe-core in the state the user meets it.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from followup.models import ProgressReport

pytestmark = pytest.mark.django_db(transaction=True)

PERIOD = "Voortgang december 2016"
NOTE = "Interne notitie: enkel voor de coördinatie."


def test_a_whole_reporting_period(signed_in, new_page, assert_accessible):
    coordinator = signed_in("coordinator")
    coordinator.goto("/opvolging/")
    assert_accessible(coordinator, "follow-up start page, coordinator")
    coordinator.get_by_role("link", name=re.compile("Open een periode voor")).click()
    coordinator.get_by_role("button", name="De periode openen").click()
    expect(coordinator.locator(".invalid-feedback").first).to_be_visible()
    assert_accessible(coordinator, "open a period, with errors")
    coordinator.get_by_label("Naam").fill(PERIOD)
    coordinator.get_by_label("Peildatum").fill("2016-12-31")
    coordinator.get_by_label("Uiterste datum").fill("2017-01-31")
    coordinator.get_by_role("button", name="De periode openen").click()
    expect(coordinator.get_by_text(f"De periode {PERIOD} is geopend")).to_be_visible()
    assert_accessible(coordinator, "period overview, open")

    editor = signed_in("editor3")
    editor.goto("/opvolging/")
    editor.get_by_role("link", name=f"Bestuurszaken – {PERIOD}").click()
    assert_accessible(editor, "report, draft")
    editor.get_by_role("link", name="Het rapport invullen").click()
    first, second = (
        editor.locator("fieldset.entry-fieldset").nth(0),
        editor.locator("fieldset.entry-fieldset").nth(1),
    )
    # Delayed without a reason: refused at the field.
    first.get_by_label("Vertraagd", exact=True).check()
    first.get_by_label("Reden van de vertraging").fill("")
    editor.get_by_role("button", name="Het rapport bewaren").click()
    expect(first.get_by_text("Geef aan waarom het traject vertraagd is.")).to_be_visible()
    assert_accessible(editor, "report form with errors")
    first = editor.locator("fieldset.entry-fieldset").nth(0)
    second = editor.locator("fieldset.entry-fieldset").nth(1)
    first.get_by_label("Reden van de vertraging").fill("Het decreet laat op zich wachten.")
    first.get_by_label("Interne notitie").fill(NOTE)
    second.get_by_label("Afgerond", exact=True).check()
    second.get_by_label("Afgerond op").fill("2016-11-30")
    second.get_by_label("Gerealiseerd effect (VTE)").fill("1,5")
    editor.get_by_role("button", name="Het rapport bewaren").click()
    expect(editor.get_by_text("Het rapport werd bewaard.")).to_be_visible()
    editor.get_by_role("button", name="Het rapport indienen").click()
    expect(editor.get_by_text("Het rapport werd ingediend")).to_be_visible()
    assert_accessible(editor, "report, submitted")

    report = ProgressReport.objects.get(period__name=PERIOD, plan__domain__code="BZ")
    coordinator.goto(f"/opvolging/rapporten/{report.pk}/")
    coordinator.get_by_role("link", name="Het rapport terugsturen").click()
    assert_accessible(coordinator, "return a report")
    coordinator.get_by_label("Reden").fill("Geef ook een nieuwe timing voor het decreet.")
    coordinator.get_by_role("button", name="Het rapport terugsturen").click()
    expect(coordinator.get_by_text("Het rapport werd teruggestuurd")).to_be_visible()

    editor.goto(f"/opvolging/rapporten/{report.pk}/")
    expect(editor.locator(".return-reason")).to_contain_text("Geef ook een nieuwe timing")
    assert_accessible(editor, "report, returned")
    editor.get_by_role("link", name="Het rapport invullen").click()
    editor.locator("fieldset.entry-fieldset").nth(0).get_by_label("Reden van de vertraging").fill(
        "Het decreet wordt in maart 2017 gestemd."
    )
    editor.get_by_role("button", name="Het rapport bewaren").click()
    editor.get_by_role("button", name="Het rapport indienen").click()
    expect(editor.get_by_text("Het rapport werd ingediend")).to_be_visible()

    coordinator.goto(f"/opvolging/rapporten/{report.pk}/")
    coordinator.get_by_role("button", name="Het rapport aanvaarden").click()
    expect(coordinator.get_by_text("Het rapport werd aanvaard.")).to_be_visible()
    assert_accessible(coordinator, "report, accepted")
    coordinator.goto(f"/opvolging/periodes/{report.period_id}/")
    coordinator.get_by_role("link", name="De periode publiceren").click()
    assert_accessible(coordinator, "publish a period")
    coordinator.get_by_role("button", name="De periode publiceren").click()
    expect(coordinator.get_by_text("De periode werd gepubliceerd")).to_be_visible()
    assert_accessible(coordinator, "period overview, published")

    public = new_page()
    public.goto("/rondes/2014-2015/")
    public.get_by_role(
        "link", name="Voortgang van de opvolging van de goedgekeurde plannen"
    ).click()
    expect(public.get_by_role("heading", name=PERIOD)).to_be_visible()
    section = public.get_by_role("region", name="Bestuurszaken")
    expect(section.get_by_text("Vertraagd").first).to_be_visible()
    expect(section.get_by_text("30 november 2016")).to_be_visible()
    assert NOTE not in public.content()
    assert "Het decreet wordt in maart 2017 gestemd." not in public.content()
    assert_accessible(public, "public progress")
