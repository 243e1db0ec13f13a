"""Busy states: whatever is working says so, and a second click does nothing.

The answer of the server is held back (Playwright's routing) so that the test sees the
page while it waits: the region being replaced carries aria-busy, the live region
#busy-status says "Bezig…" (announced by screen readers, shown as a label), the button
pressed is marked aria-disabled and a second click sends nothing. Once the answer is
let through, the page shows the result once, never a "wrong state" refusal.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from plans.models import Plan, PlanTransition
from reviews import services
from reviews.models import ReviewItem

User = get_user_model()

pytestmark = pytest.mark.django_db(transaction=True)


def hold(page, pattern: str, method: str) -> list:
    """Hold back every `method` request to URLs matching `pattern`; the held routes."""
    held: list = []

    def handler(route):
        if route.request.method == method:
            held.append(route)
        else:
            route.continue_()

    page.route(pattern, handler)
    return held


# While a page navigates, Playwright waits for it before reading it; so the page records
# what it shows into sessionStorage (same origin: the next page reads it): how many
# submits the user made, and 400 ms after the first the form, its button and #busy-status.
RECORD = """() => {
    window.addEventListener("submit", () => {
        const count = Number(sessionStorage.getItem("submits") || 0) + 1;
        sessionStorage.setItem("submits", String(count));
        if (count > 1) return;
        window.setTimeout(() => {
            const form = document.querySelector("main form[method=post]");
            sessionStorage.setItem("busy", JSON.stringify({
                form: form.getAttribute("aria-busy"),
                button: form.querySelector("button[type=submit]").getAttribute("aria-disabled"),
                status: document.getElementById("busy-status").textContent,
            }));
        }, 400);
    }, true);
}"""
RECORDED = """() => [Number(sessionStorage.getItem("submits")),
                  JSON.parse(sessionStorage.getItem("busy"))]"""


def pending_item_on_a_meeting() -> ReviewItem:
    """An undecided item of a plan in review, on a new meeting with the plan's other open
    items (through the service the meeting form uses)."""
    plan = Plan.objects.filter(status=Plan.Status.IN_REVIEW).first()
    items = list(plan.review_items.filter(decision=ReviewItem.Decision.PENDING))
    services.save_meeting(
        by=User.objects.get(username="coordinator"),
        group=items[0].working_group,
        date=dt.date(2015, 6, 30),
        place="Brussel",
        minutes="",
        agenda=items,
    )
    return ReviewItem.objects.select_related("process").get(pk=items[0].pk)


def test_deciding_in_place_is_busy_once_and_the_count_follows(signed_in):
    item = pending_item_on_a_meeting()
    remaining = ReviewItem.objects.filter(
        meeting=item.meeting, decision=ReviewItem.Decision.PENDING
    ).count()
    assert remaining >= 2, "the demo meeting needs two undecided items"
    page = signed_in("coordinator")
    page.goto(f"/toetsing/vergaderingen/{item.meeting_id}/")
    summary = page.locator("#meeting-summary")
    confirm_all = summary.get_by_role("link", name=re.compile("resterende"))
    expect(confirm_all).to_contain_text(f"{remaining} resterende")

    held = hold(page, "**/beslissen/", "POST")
    card = page.locator(f"#item-{item.pk}")
    card.get_by_label("Bevestigd").check()
    save = card.get_by_role("button", name=re.compile("Beslissing opslaan"))
    save.click()
    expect(card).to_have_attribute("aria-busy", "true")
    expect(save).to_have_attribute("aria-disabled", "true")
    expect(page.locator("#busy-status")).to_have_text("Bezig…")
    expect(page.locator("#busy-status")).to_be_visible()
    save.click(force=True)  # the impatient second click
    page.keyboard.press("Enter")  # and once more from the keyboard
    page.wait_for_timeout(300)
    assert len(held) == 1, f"{len(held)} requests sent for one decision"

    held[0].continue_()
    card = page.locator(f"#item-{item.pk}")
    expect(card).to_contain_text("Beslissing opgeslagen.")
    expect(card).not_to_have_attribute("aria-busy", "true")
    # The count follows, the result is announced and has the focus.
    expect(confirm_all).to_contain_text(f"{remaining - 1} resterende")
    expect(page.locator("#busy-status")).to_have_text("Beslissing opgeslagen.")
    expect(card.get_by_role("status")).to_be_focused()
    assert ReviewItem.objects.get(pk=item.pk).decision == ReviewItem.Decision.CONFIRMED


def test_a_double_submit_sends_one_step_and_no_wrong_state(signed_in):
    plan = Plan.objects.get(domain__code="RWO", round__slug="2014-2015")
    assert plan.status == Plan.Status.SUBMITTED
    page = signed_in("coordinator")
    page.goto(f"/toetsing/plannen/{plan.pk}/terugsturen/")
    page.get_by_label("Reden van terugsturen").fill("Vul de budgetten aan.")

    held = hold(page, "**/terugsturen/", "POST")
    page.evaluate(RECORD)
    button = page.get_by_role("button", name="Plan terugsturen")
    box = button.bounding_box()
    button.click(no_wait_after=True)
    page.wait_for_timeout(500)
    # The impatient second click, and Enter on the focused button: raw input, as the
    # locator would wait for the navigation under way.
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    assert len(held) == 1, f"{len(held)} requests sent for one return"

    with page.expect_navigation():
        held[0].continue_()
    # What the old page showed while its POST was held (recorded by RECORD).
    submits, busy = page.evaluate(RECORDED)
    assert submits == 3
    assert busy == {"form": "true", "button": "true", "status": "Bezig…"}, busy
    expect(page.get_by_text("Het plan is teruggestuurd")).to_be_visible()
    expect(page.get_by_text("niet mogelijk")).to_have_count(0)
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.RETURNED
    assert PlanTransition.objects.filter(plan=plan, to_status=Plan.Status.RETURNED).count() == 1


def test_htmx_filter_marks_the_table_busy(signed_in):
    plan = Plan.objects.get(domain__code="OV", round__slug="2014-2015")
    page = signed_in("editor")
    page.goto(f"/plannen/{plan.pk}/")
    held = hold(page, f"**/plannen/{plan.pk}/?*", "GET")
    page.get_by_label("Beoordeling", exact=True).focus()
    page.get_by_label("Beoordeling", exact=True).select_option("keep")
    expect(page.locator("#processes")).to_have_attribute("aria-busy", "true")
    expect(page.locator("#busy-status")).to_have_text("Bezig…")
    held[0].continue_()
    expect(page.locator("#processes")).not_to_have_attribute("aria-busy", "true")
    # The new count is announced; the filter keeps the focus.
    expect(page.locator("#busy-status")).to_contain_text("kernprocessen getoond")
    expect(page.get_by_label("Beoordeling", exact=True)).to_be_focused()
