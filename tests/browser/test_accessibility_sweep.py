"""The accessibility sweep: every page every role can open, checked by axe-core in Chromium.

The sweep's world (`tests/sweep/world.py`) is built on the live server's database; each
role signs in through the sign-in form (one browser context per role) and opens every
route the permission matrix declares 200 for it: zero violations of WCAG 2.0/2.1 A and
AA. Where the matrix declares that an empty POST answers 200 (a form shown again with its
errors), the page's main form is submitted empty in the browser and the page with its
errors is checked too. Every violation of every page is gathered into one report.

Pages whose markup is identical (apart from the CSRF token and the user's name) are
checked once: axe's verdict depends only on the page. The roles are swept in parallel,
one Chromium per worker thread (Playwright's sync API wants one instance per thread).
"""

from __future__ import annotations

import hashlib
import os
import queue
import re
import threading
import time
from collections import Counter

import pytest
from django.urls import reverse
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from tests.browser.conftest import PageProblems, axe_violations, launch_chromium, sign_in, watch
from tests.sweep.matrix import ROLES, ROUTES, Route
from tests.sweep.world import PASSWORD, build_world

pytestmark = pytest.mark.django_db(transaction=True)

# The page's main form: of the forms in <main> that POST to the page's own URL, the one
# with the primary button, else the first; -1 when there is none.
MAIN_FORM = """() => {
    const forms = [...document.querySelectorAll("main form")];
    const own = forms.filter(form => form.method === "post"
                             && new URL(form.action).pathname === location.pathname);
    const main = own.find(form => form.querySelector(".btn-primary")) || own[0];
    return main ? forms.indexOf(main) : -1;
}"""
# An empty POST, as the matrix means it: nothing but the CSRF token (no hidden fields, no
# button value), sent through the form's own submit (htmx included).
EMPTY_THE_FORM = """form => {
    form.noValidate = true;
    for (const field of form.elements) {
        if (field.name && field.name !== "csrfmiddlewaretoken") field.disabled = true;
    }
    form.requestSubmit();
}"""
HTMX_FORM = "[hx-post], [data-hx-post], [hx-boost=true], [data-hx-boost=true]"
# Content htmx (or a page's own script, marked `data-loads-more`) fetches once the page has
# loaded: wait for it before checking.
LOADS_MORE = "[hx-trigger*=load], [data-hx-trigger*=load], [data-loads-more]"
ERRORS_SHOWN = (
    ".invalid-feedback, .is-invalid, .errorlist, [aria-invalid=true], .alert-danger, "
    ".alert-warning, [role=alert]"
)
CSRF_VALUE = re.compile(r'(name="csrfmiddlewaretoken"\s+value=")[^"]*"')
# Pages people print: checked a second time as printed (print media emulated).
PRINT_VIEWS = {
    "plans:plan_detail",
    "reviews:plan_review",
    "publication:public_round",
    "insight:overview",
    "publication:glossary",
    "accessibility_statement",
}


class Sweep:
    """What the sweep saw: violations and other problems, and how much it checked."""

    def __init__(self, axe) -> None:
        self.axe = axe
        self.failures: list[str] = []
        self.seen: dict[str, str] = {}
        self._lock = threading.Lock()
        self.checked = self.skipped_as_seen = self.downloads = self.fragments = 0
        self.print_views = 0

    def check(self, page, label: str, user_name: str = "", media: str = "screen") -> None:
        markup = media + CSRF_VALUE.sub(r"\1", page.content())
        if user_name:
            markup = markup.replace(user_name, "…")
        key = hashlib.sha256(markup.encode()).hexdigest()
        with self._lock:
            if key in self.seen:
                self.skipped_as_seen += 1
                return
            self.seen[key] = label
            self.checked += 1
        violations, _report = axe_violations(self.axe, page)
        for violation in violations:
            targets = [", ".join(node["target"]) for node in violation["nodes"][:3]]
            self.failures.append(
                f"{label}: {violation['id']} ({violation['impact']}) – {violation['help']} – "
                f"{len(violation['nodes'])}× e.g. {targets}"
            )


def _pages(world) -> list[tuple[Route, str]]:
    """Every route with its URL, resolved here, before the browsers' threads start: they
    only drive the browsers and never touch the database."""
    return [
        (route, reverse(route.name, kwargs=route.kwargs(world) if route.kwargs else None))
        for route in ROUTES
    ]


def _submit_main_form_empty(page, sweep: Sweep, label: str, user_name: str) -> None:
    index = page.evaluate(MAIN_FORM)
    if index < 0:
        return  # A page that answers POST like GET, with no form of its own.
    form = page.locator("main form").nth(index)
    is_post = lambda response: response.request.method == "POST"  # noqa: E731
    if form.evaluate(f"form => !!form.closest({HTMX_FORM!r})"):
        with page.expect_response(is_post) as answer:
            form.evaluate(EMPTY_THE_FORM)
        page.wait_for_load_state("networkidle")  # htmx has swapped the answer in
    else:
        with page.expect_response(is_post) as answer, page.expect_navigation():
            form.evaluate(EMPTY_THE_FORM)
    if answer.value.status != 200:
        sweep.failures.append(f"{label}: the empty form answered {answer.value.status}, not 200")
        return
    if not page.locator(ERRORS_SHOWN).count():
        sweep.failures.append(f"{label}: the empty form came back without an error message")
    sweep.check(page, label, user_name)


def _open_and_check(
    page, url: str, sweep: Sweep, label: str, user_name: str, route_name: str = ""
) -> bool:
    """Open the page and check it; False when it is not a page (a download, a fragment)."""
    try:
        response = page.goto(url)
    except PlaywrightError as error:
        if "Download is starting" not in str(error):
            raise
        sweep.downloads += 1  # A file (Excel, a document), not a page.
        return False
    if response.status != 200:
        sweep.failures.append(f"{label}: answered {response.status}, not 200")
        return False
    if "<html" not in response.text()[:500].lower():
        sweep.fragments += 1  # An htmx fragment: checked inside the page that shows it.
        return False
    if page.locator(LOADS_MORE).count():
        page.wait_for_load_state("networkidle")
    sweep.check(page, label, user_name)
    if route_name in PRINT_VIEWS:
        page.emulate_media(media="print")
        sweep.print_views += 1
        sweep.check(page, f"{label} as printed", user_name, media="print")
        page.emulate_media(media="screen")
    return True


def _sweep_role(browser, base_url: str, pages, user, role: str, sweep: Sweep, problems) -> None:
    context = browser.new_context(base_url=base_url, locale="nl-BE")
    context.set_default_timeout(10_000)
    page = context.new_page()
    watch(page, problems)
    user_name = user.first_name if user else ""
    try:
        if user is not None:
            sign_in(page, user.username, PASSWORD)
        for route, url in pages:
            if route.get is None or route.get[role] != 200:
                continue
            label = f"{role} GET {url} ({route.name})"
            try:
                shown = _open_and_check(page, url, sweep, label, user_name, route.name)
                # A form that an empty POST shows again (200): submit it empty, check errors.
                if shown and route.post and route.post_data is None and route.post[role] == 200:
                    label = f"{role} POST {url} ({route.name}, empty form)"
                    _submit_main_form_empty(page, sweep, label, user_name)
            except PlaywrightError as error:
                sweep.failures.append(f"{label}: {str(error).splitlines()[0]}")
                page.goto("about:blank")
    finally:
        context.close()


def _worker(base_url: str, pages, users: dict, roles: queue.Queue, sweep: Sweep, problems) -> None:
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            while True:
                try:
                    role = roles.get_nowait()
                except queue.Empty:
                    return
                _sweep_role(browser, base_url, pages, users.get(role), role, sweep, problems)
        finally:
            browser.close()


def _pages_of(role: str) -> int:
    return sum(1 for route in ROUTES if route.get is not None and route.get[role] == 200)


def test_every_page_of_every_role_meets_wcag_aa(live_server, axe, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    world = build_world()
    pages = _pages(world)
    sweep, problems, started = Sweep(axe), PageProblems(), time.monotonic()
    roles: queue.Queue = queue.Queue()
    for role in sorted(ROLES, key=_pages_of, reverse=True):  # The longest first.
        roles.put(role)

    workers = min(4, len(ROLES), max(2, os.cpu_count() or 1))
    errors: list[BaseException] = []

    def run() -> None:
        try:
            _worker(live_server.url, pages, world.users, roles, sweep, problems)
        except BaseException as error:  # Re-raised below, in the test's own thread.
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]

    summary = (
        f"{sweep.checked} pages checked by axe, {sweep.skipped_as_seen} identical ones skipped, "
        f"{sweep.downloads} downloads and {sweep.fragments} fragments passed over, "
        f"{sweep.print_views} print views, "
        f"in {time.monotonic() - started:.0f} s with {workers} browsers"
    )
    print(summary)
    assert sweep.print_views, "no page was checked as printed"
    if sweep.failures or problems:
        pytest.fail(
            f"{summary}\n\nAccessibility (WCAG 2.0/2.1 A+AA) and page problems:\n"
            + "\n".join(sorted(sweep.failures))
            + ("\n\nJavaScript errors or CSP violations:\n" if problems else "")
            + _tally(problems, live_server.url),
            pytrace=False,
        )


def _tally(problems: list[str], base_url: str) -> str:
    """Each problem once, with how often it was met: a CSP violation repeats on every page."""
    counts = Counter(problem.replace(base_url, "").split(". ")[0] for problem in problems)
    return "\n".join(f"{count}× {problem}" for problem, count in sorted(counts.items()))
