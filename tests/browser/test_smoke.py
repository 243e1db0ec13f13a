"""The demo site in a real browser: every demo user signs in and lands in their place."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(
    ("username", "lands_on"),
    [
        ("editor", "/plannen/"),
        ("coordinator", "/toetsing/"),
        ("member", "/toetsing/werkgroepen/"),
        ("viewer", "/"),
    ],
)
def test_demo_user_signs_in_and_lands_in_their_place(
    signed_in, assert_accessible, username, lands_on
):
    page = signed_in(username)
    assert page.url.endswith(lands_on)
    assert_accessible(page)


def test_sign_in_page_is_dutch_and_accessible(new_page, assert_accessible):
    page = new_page()
    page.goto("/accounts/login/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.get_by_role("heading", name="Aanmelden").is_visible()
    assert_accessible(page)
