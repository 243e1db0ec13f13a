"""Browser tests: Debian's Chromium driven by Playwright against a live server.

The browser is required: if Chromium is missing the tests fail, they never skip.
Every test gets the demo round (`load_demo`) on the live server's database and
`signed_in(username)`, a page signed in as one of the demo users.

CSP violations and JavaScript errors on any page fail the test that met them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
DEMO_PASSWORD = "kerntaken"  # noqa: S105 - the documented demo password


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def launch_chromium(playwright):
    """Debian's Chromium, headless; its absence fails the test (never a skip)."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium is required for the browser tests and missing at {CHROMIUM}")
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)


@pytest.fixture(scope="session")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def demo(transactional_db, live_server):
    """The demo round on the live server's database."""
    call_command("load_demo", verbosity=0)
    return live_server


class PageProblems(list):
    """Console errors and CSP violations seen on the pages of one test."""


def watch(page, problems: PageProblems) -> None:
    """Note every console error (CSP violations are reported there) and uncaught exception."""
    page.on(
        "console",
        lambda msg: problems.append(f"{page.url}: {msg.text}") if msg.type == "error" else None,
    )
    page.on("pageerror", lambda exc: problems.append(f"{page.url}: {exc}"))


def sign_in(page, username: str, password: str = DEMO_PASSWORD) -> None:
    """Sign in through the sign-in form, as a person would."""
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("main button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "/accounts/login/" not in page.url, f"{username} could not sign in"


@pytest.fixture
def page_problems() -> Iterator[PageProblems]:
    """The console errors and CSP violations of a test's pages: any fails the test."""
    problems = PageProblems()
    yield problems
    assert not problems, "JavaScript errors or CSP violations:\n" + "\n".join(problems)


@pytest.fixture
def new_page(browser, demo, page_problems) -> Iterator[Callable]:
    contexts = []

    def _new_page(locale: str = "nl-BE"):
        context = browser.new_context(base_url=demo.url, locale=locale)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        watch(page, page_problems)
        return page

    yield _new_page
    for context in contexts:
        context.close()


@pytest.fixture
def signed_in(new_page) -> Callable:
    """signed_in("editor") → a page signed in as that demo user, on the start page."""

    def _signed_in(username: str, locale: str = "nl-BE"):
        page = new_page(locale)
        sign_in(page, username)
        return page

    return _signed_in


@pytest.fixture(scope="session")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


def axe_violations(axe, page) -> tuple[list[dict], str]:
    """The axe-core violations (WCAG 2.0/2.1 A and AA) of the page, and their report."""
    results = axe.run(page, options=AXE_OPTIONS)
    violations = results.response["violations"]
    return violations, (results.generate_report() if violations else "")


@pytest.fixture
def assert_accessible(axe) -> Callable:
    """assert_accessible(page): zero axe-core violations (WCAG 2.0/2.1 A and AA)."""

    def _check(page, label: str = "") -> None:
        violations, report = axe_violations(axe, page)
        assert not violations, f"{label or page.url}:\n" + report

    return _check
