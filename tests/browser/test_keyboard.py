"""Completing the add-process form with the keyboard alone: Tab, typing, Enter; no clicks.

Each step asserts where the focus is, so the test also proves the tab order of the
form and that focus goes where a keyboard user needs it (into the form when it opens,
to the first refused field after an error, to the status line after saving).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from plans.models import Plan

pytestmark = pytest.mark.django_db(transaction=True)


def focused_id(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def tab_to(page, element_id: str, limit: int = 60) -> None:
    """Press Tab until the element with this id has focus (from wherever focus is)."""
    for _ in range(limit):
        if focused_id(page) == element_id:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"#{element_id} never received focus by Tab")


def next_field(page, element_id: str) -> None:
    page.keyboard.press("Tab")
    assert focused_id(page) == element_id, f"expected #{element_id}, focus on #{focused_id(page)}"


def test_add_process_with_the_keyboard_only(signed_in, assert_accessible):
    plan = Plan.objects.get(domain__code="OV", round__slug="2014-2015")
    page = signed_in("editor")
    page.goto(f"/plannen/{plan.pk}/")

    tab_to(page, "add-process")
    page.keyboard.press("Enter")
    expect(page.locator("#process-editor form")).to_be_visible()
    expect(page.locator("#process-editor #id_entity")).to_be_focused()

    page.keyboard.press("ArrowDown")  # the first entity of the domain
    next_field(page, "id_code")
    page.keyboard.type("OV-80")
    next_field(page, "id_title")
    page.keyboard.type("Toetsen van het onderwijsaanbod")
    next_field(page, "id_description")
    page.keyboard.type("Jaarlijkse toetsing.")
    next_field(page, "id_axis")
    page.keyboard.press("ArrowDown")
    next_field(page, "id_assessment")
    page.keyboard.type("Opti")  # typeahead: "Optimalisatie aangewezen"
    next_field(page, "id_motivation")  # left empty on purpose
    next_field(page, "id_transfer_level")
    next_field(page, "id_fte")
    page.keyboard.type("1,5")
    page.keyboard.press("Enter")  # submits the form from a text field

    # Refused: the focus lands on the field to correct, the entry is kept.
    expect(page.locator("#process-editor #id_motivation")).to_be_focused()
    expect(page.locator("#process-editor")).to_contain_text("Motiveer deze beoordeling.")
    expect(page.locator("#process-editor #id_title")).to_have_value(
        "Toetsen van het onderwijsaanbod"
    )
    assert_accessible(page, "add form with errors, keyboard")

    page.keyboard.type("Het aanbod wordt risicogestuurd getoetst.")
    next_field(page, "id_transfer_level")
    next_field(page, "id_fte")
    next_field(page, "id_budget")
    page.keyboard.type("300")
    page.keyboard.press("Enter")

    expect(page.locator("#plan-status")).to_contain_text("Kernproces OV-80 werd toegevoegd.")
    expect(page.locator("#plan-status")).to_be_focused()
    process = plan.processes.get(code="OV-80")
    assert process.assessment == "optimise"
    assert (process.fte, process.budget) == (Decimal("1.5"), Decimal("300"))
    assert process.entity.domain_id == plan.domain_id
    assert_accessible(page, "plan page after keyboard add")


def test_cancel_with_the_keyboard_returns_focus(signed_in):
    plan = Plan.objects.get(domain__code="OV", round__slug="2014-2015")
    page = signed_in("editor")
    page.goto(f"/plannen/{plan.pk}/")
    tab_to(page, "add-process")
    page.keyboard.press("Enter")
    expect(page.locator("#process-editor #id_entity")).to_be_focused()
    for _ in range(40):
        if page.evaluate("document.activeElement.hasAttribute('data-editor-close')"):
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#process-editor form")).to_have_count(0)
    expect(page.locator("#add-process")).to_be_focused()
