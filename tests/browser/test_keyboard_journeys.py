"""Every journey with the keyboard alone: Tab, typing, arrows, Space and Enter; no clicks.

The editor records the consultation and submits; the coordinator checks a plan against
the framework, assigns it to a working group, starts the review, plans a meeting,
decides its items in place (htmx), confirms the rest, validates the plan and records the
government decision. After every htmx swap the focus lands on the result and the change
is announced by the live region. The one thing a keyboard cannot do in a browser test is
pick a file in the operating system's dialog: the decision's PDF is set on the field.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from plans.models import Plan
from reviews.models import ReviewItem

pytestmark = pytest.mark.django_db(transaction=True)

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
MEMBER_GROUP = "Interkabinettenwerkgroep Economie, Werk en Landbouw"
LINK_TEXT = """() => {
    const active = document.activeElement;
    if (!active || active.tagName !== "A") return null;
    return active.textContent.replace(/\\s+/g, " ").trim();
}"""
FOCUSED_MATCHES = "selector => document.activeElement && document.activeElement.matches(selector)"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def tab_to(page, selector: str, limit: int = 200) -> None:
    """Press Tab until the element matching `selector` has focus (from wherever focus is)."""
    for _ in range(limit):
        if page.evaluate(FOCUSED_MATCHES, selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} never received focus by Tab")


def follow(page, link_text: str) -> None:
    """Tab to a link by its text and press Enter; wait for the page it opens."""
    for _ in range(200):
        if page.evaluate(LINK_TEXT) == link_text:
            break
        page.keyboard.press("Tab")
    else:
        raise AssertionError(f"link {link_text!r} never received focus by Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def choose(page, radios: str, value: str) -> None:
    """Tab into a group of radio buttons, then Space and arrows to the one wanted."""
    tab_to(page, radios)
    page.keyboard.press("Space")
    for _ in range(10):
        if page.evaluate("() => document.activeElement.value") == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"{value} is not among {radios}")


def press_enter_and_wait(page) -> None:
    with page.expect_navigation():
        page.keyboard.press("Enter")


def type_date(page, iso: str) -> None:
    """Type a date into the focused date field, segment by segment, as Debian's Chromium
    lays it out (month, day, year: the browser's own language, not the page's)."""
    year, month, day = iso.split("-")
    page.keyboard.type(month + day + year)
    assert page.evaluate("() => document.activeElement.value") == iso


def test_editor_consults_and_submits_with_the_keyboard(signed_in):
    plan = Plan.objects.get(domain__code="OV", round__slug="2014-2015")
    page = signed_in("editor")
    page.goto(f"/plannen/{plan.pk}/")

    follow(page, "Overleg met de ministers")
    for fieldset in range(page.locator("main fieldset").count()):
        prefix = page.locator("main fieldset").nth(fieldset).locator("input[type=date]")
        date_id = prefix.get_attribute("id")
        tab_to(page, f"#{date_id}")
        type_date(page, "2015-01-20")
        tab_to(page, f"#{date_id.replace('date', 'outcome')}")
        page.keyboard.type("Akkoord")  # typeahead in the outcome list
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUSED_MATCHES, "textarea")
        page.keyboard.type("Besproken op het kabinet.")
    tab_to(page, "main button[type=submit].btn-primary")
    press_enter_and_wait(page)
    expect(page.get_by_text("Het overleg werd geregistreerd.")).to_be_visible()
    assert plan.consultations.count() == plan.domain.ministers.count()

    page.goto(f"/plannen/{plan.pk}/")
    follow(page, "Het plan indienen")
    expect(page.get_by_text("In orde:").first).to_be_visible()
    tab_to(page, "#id_comment")
    page.keyboard.type("Na overleg met het kabinet.")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED_MATCHES, "button[type=submit]")
    press_enter_and_wait(page)
    expect(page.get_by_text("Het plan werd ingediend.")).to_be_visible()
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.SUBMITTED


def test_coordinator_reviews_a_plan_with_the_keyboard(signed_in):
    plan = Plan.objects.get(domain__code="MOW", round__slug="2014-2015")
    page = signed_in("coordinator")
    page.goto(f"/toetsing/plannen/{plan.pk}/")

    # Framework check.
    follow(page, "Toetsing aan het kader")
    tab_to(page, "#id_regulation")
    page.keyboard.type("De vergunningsprocedures kunnen eenvoudiger.")
    tab_to(page, "#id_conclusion")
    page.keyboard.type("Het plan past binnen het kader.")
    tab_to(page, "main button[type=submit]")
    press_enter_and_wait(page)
    expect(page.get_by_text("De toetsing aan het kader is opgeslagen.")).to_be_visible()

    # Assign the working group: typeahead in the list, then the button.
    tab_to(page, "#id_working_group")
    page.keyboard.type("Interkabinettenwerkgroep E")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED_MATCHES, ".assign-form button[type=submit]")
    press_enter_and_wait(page)
    expect(
        page.get_by_text(f"Het plan ligt nu voor bij de werkgroep “{MEMBER_GROUP}”.")
    ).to_be_visible()

    # Start the review.
    follow(page, "Toetsing starten")
    tab_to(page, "main button[type=submit].btn-primary")
    press_enter_and_wait(page)
    expect(page.get_by_text("De toetsing is gestart.")).to_be_visible()
    items = list(plan.review_items.order_by("process__position"))
    assert len(items) >= 2, "the journey decides one item, refuses one, confirms the rest"

    # A meeting with the plan's items on the agenda (Space ticks a checkbox).
    follow(page, MEMBER_GROUP)
    follow(page, "Nieuwe vergadering")
    tab_to(page, "#id_date")
    type_date(page, "2015-06-23")
    tab_to(page, "#id_place")
    page.keyboard.type("Martelaarszaal, Brussel")
    for item in items:
        tab_to(page, f"input[type=checkbox][value='{item.pk}']")
        page.keyboard.press("Space")
    tab_to(page, "main button[type=submit].btn-primary")
    press_enter_and_wait(page)
    expect(page.get_by_text("De vergadering is aangemaakt.")).to_be_visible()

    # Decide the first item in place: focus on the result, announced, the count follows.
    first = items[0]
    choose(page, f"#item-{first.pk} input[type=radio]", "confirmed")
    tab_to(page, f"#item-{first.pk}-save")
    page.keyboard.press("Enter")
    card = page.locator(f"#item-{first.pk}")
    expect(card.get_by_role("status")).to_have_text("Beslissing opgeslagen.")
    expect(card.get_by_role("status")).to_be_focused()
    expect(page.locator("#busy-status")).to_have_text("Beslissing opgeslagen.")
    remaining = len(items) - 1
    summary = page.locator("#meeting-summary")
    expect(summary).to_contain_text(f"{remaining} resterende punt")

    # A refused amendment: focus on the field to correct.
    second = items[1]
    choose(page, f"#item-{second.pk} input[type=radio]", "amended")
    tab_to(page, f"#item-{second.pk}-save")
    page.keyboard.press("Enter")
    second_card = page.locator(f"#item-{second.pk}")
    expect(second_card.locator(".is-invalid").first).to_be_focused()
    assert ReviewItem.objects.get(pk=second.pk).decision == ReviewItem.Decision.PENDING

    # The rest confirmed in one go.
    follow(page, re.sub(r"\s+", " ", summary.get_by_role("link").first.inner_text()))
    tab_to(page, "main button[type=submit].btn-primary")
    press_enter_and_wait(page)
    expect(page.get_by_text(f"{remaining} punt")).to_be_visible()

    # Validate.
    page.goto(f"/toetsing/plannen/{plan.pk}/")
    follow(page, "Plan valideren")
    tab_to(page, "main button[type=submit].btn-primary")
    press_enter_and_wait(page)
    expect(page.get_by_text("Het plan is gevalideerd: de eindbeoordelingen")).to_be_visible()

    # The government decision approves it.
    follow(page, "Beslissing van de Vlaamse Regering registreren")
    tab_to(page, "#id_date")
    type_date(page, "2015-07-17")
    tab_to(page, "#id_reference")
    page.keyboard.type("VR 2015 1707 DOC.0790/1")
    page.locator("#id_document").set_input_files(
        files=[{"name": "besluit.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    checkbox = page.get_by_label("Mobiliteit en Openbare Werken (Gevalideerd)")
    tab_to(page, f"#{checkbox.get_attribute('id')}")
    if not checkbox.is_checked():
        page.keyboard.press("Space")
    tab_to(page, "main button[type=submit].btn-primary")
    press_enter_and_wait(page)
    expect(page.get_by_text("1 plan is goedgekeurd.")).to_be_visible()
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.APPROVED
