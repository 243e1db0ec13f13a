"""Meldingen in a real browser, and the error pages: accessible, Dutch, a way back."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_coordinator_reads_a_notification_and_lands_where_to_act(signed_in, assert_accessible):
    page = signed_in("coordinator")
    link = page.locator("a.notifications-link")
    expect(link).to_contain_text("Meldingen")
    unread = int(link.locator(".badge").inner_text().split()[0])
    assert unread >= 1
    link.click()
    expect(page.get_by_role("heading", name="Meldingen", exact=True)).to_be_visible()
    assert_accessible(page, "Meldingen")
    page.get_by_role("button", name="Het plan toetsen").first.click()
    assert "/toetsing/plannen/" in page.url
    after = page.locator("a.notifications-link .badge")
    assert (after.count() == 0 and unread == 1) or int(after.inner_text().split()[0]) == unread - 1


@pytest.mark.parametrize(("username", "path", "heading"), [
    ("editor", "/bestaat-niet/", "Deze pagina bestaat niet"),
    ("editor", "/toetsing/", "U mag dit niet doen"),
])  # fmt: skip
def test_error_pages_are_accessible_with_a_way_back(
    signed_in, assert_accessible, page_problems, username, path, heading
):
    page = signed_in(username)
    page.goto(path)
    # The browser reports the error status itself on its console: that one is expected.
    page_problems[:] = [p for p in page_problems if f"{path}: Failed to load resource" not in p]
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    assert_accessible(page, path)
    page.get_by_role("link", name="Terug naar de startpagina").click()
    assert page.url.endswith("/plannen/")
