"""Locust scenario for bench_load: demo users reading, filtering and editing processes.

Run by `bench/bench_load.py`, which describes the site in the JSON file named by
BENCH_SITE (URLs per demo user, the processes to edit) and reads the results back from
BENCH_RESULT (figures) and BENCH_EDITS (one line per edit: process, token, outcome).

Editors edit through the real form, as a browser would: GET the form, keep every field
(the CSRF token and the `version` the form was opened on), append a unique token to
the description and POST. A redirect means saved; the form shown again on a newer
version means refused as stale (expected when two edit the same process; not an error);
anything else is an error. Every user signs in first (password hashing is slow on
purpose); the measured window starts once all are signed in and lasts BENCH_DURATION s.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import time
from html.parser import HTMLParser

import gevent
import gevent.event
from locust import HttpUser, between, events, task

if "BENCH_SITE" not in os.environ:
    raise SystemExit("Run this through `python -m bench load`, which describes the site.")
SITE = json.loads(open(os.environ["BENCH_SITE"], encoding="utf-8").read())  # noqa: SIM115
DURATION = float(os.environ.get("BENCH_DURATION", "60"))
PASSWORD = "kerntaken"  # noqa: S105 - the documented password of the demo users
EDIT_LOG = open(os.environ["BENCH_EDITS"], "a", encoding="utf-8")  # noqa: SIM115
SKIPPED_INPUTS = {"submit", "button", "reset", "image", "file"}

state = {"signed_in": 0, "sign_in_seconds": [], "measuring_since": None}
everyone_in = gevent.event.Event()


class FormFields(HTMLParser):
    """The fields a browser would send for each form of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, str]] = []
        self._form: dict[str, str] | None = None
        self._textarea: str | None = None
        self._select: str | None = None
        self._first_option: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = {name: value or "" for name, value in attrs}
        if tag == "form":
            self._form = {}
            self.forms.append(self._form)
        if self._form is None or not a.get("name") or "disabled" in a:
            if tag == "option" and self._select is not None:
                self._option(a)
            return
        if tag == "input" and a.get("type", "text") not in SKIPPED_INPUTS:
            if a.get("type") in {"checkbox", "radio"} and "checked" not in a:
                return
            self._form[a["name"]] = a.get("value", "on" if a.get("type") == "checkbox" else "")
        elif tag == "textarea":
            self._textarea = a["name"]
            self._form[a["name"]] = ""
        elif tag == "select":
            self._select = a["name"]

    def _option(self, a: dict) -> None:
        self._first_option.setdefault(self._select, a.get("value", ""))
        if "selected" in a:
            self._form[self._select] = a.get("value", "")

    def handle_data(self, data: str) -> None:
        if self._textarea is not None and self._form is not None:
            self._form[self._textarea] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select is not None and self._form is not None:
            self._form.setdefault(self._select, self._first_option.get(self._select, ""))
            self._select = None
        elif tag == "form":
            self._form = None


def edit_form(html: str) -> dict[str, str] | None:
    """The fields of the page's form that carries a `version`, or None."""
    parser = FormFields()
    parser.feed(html)
    return next((form for form in parser.forms if "version" in form), None)


def start_measuring(environment) -> None:
    """Everyone is signed in: forget the sign-in phase and measure DURATION seconds."""
    environment.stats.reset_all()
    state["measuring_since"] = time.time()
    everyone_in.set()
    gevent.spawn_later(DURATION, environment.runner.quit)


class DemoUser(HttpUser):
    abstract = True
    wait_time = between(0.5, 2.0)
    usernames: itertools.cycle

    def on_start(self) -> None:
        self.username = next(self.usernames)
        self.reads = [tuple(page) for page in SITE["reads"].get(self.username, [])]
        self.plans = [tuple(page) for page in SITE["plans"].get(self.username, [])]
        started = time.monotonic()
        try:
            self.sign_in()
        finally:
            state["sign_in_seconds"].append(time.monotonic() - started)
            state["signed_in"] += 1
            if state["signed_in"] == self.environment.parsed_options.num_users:
                start_measuring(self.environment)
        # Nobody starts before everyone is in, so no request straddles the start.
        everyone_in.wait(timeout=300)

    def sign_in(self) -> None:
        parser = FormFields()
        parser.feed(self.client.get("/accounts/login/", name="sign-in (form)").text)
        form = next((form for form in parser.forms if "username" in form), {})
        with self.client.post(
            "/accounts/login/",
            data=form | {"username": self.username, "password": PASSWORD},
            name="sign-in",
            allow_redirects=False,
            catch_response=True,
        ) as answer:
            if answer.status_code != 302:
                answer.failure(f"{self.username} could not sign in ({answer.status_code})")

    def get(self, name: str, url: str) -> None:
        self.client.get(url, name=name)

    @task(3)
    def read_a_page(self) -> None:
        if self.reads:
            self.get(*random.choice(self.reads))

    @task(3)
    def read_a_plan(self) -> None:
        if self.plans:
            self.get(*random.choice(self.plans))

    @task(3)
    def filter_processes(self) -> None:
        pages = [
            *self.plans,
            *(page for page in self.reads if page[0] == "processes:process_search"),
        ]
        if pages:
            name, url = random.choice(pages)
            self.get(f"{name} (filtered)", url + random.choice(SITE["filters"]))


class Reader(DemoUser):
    """The coordinator, a working-group member and a viewer: reading and filtering."""

    weight = 3
    usernames = itertools.cycle(["viewer", "member", "coordinator"])


class Editor(DemoUser):
    """editor and editor2: their own plan, and editing its processes through the form."""

    weight = 2
    usernames = itertools.cycle(["editor", "editor2"])

    def on_start(self) -> None:
        super().on_start()
        self.edits = SITE["edits"].get(self.username, [])
        self.saved = 0

    @task(4)
    def edit_a_process(self) -> None:
        if not self.edits:
            return  # The edit page is missing: bench_load reports it.
        target = random.choice(self.edits)
        with self.client.get(
            target["url"], name="process_update (form)", catch_response=True
        ) as page:
            form = edit_form(page.text) if page.status_code == 200 else None
            if form is None:
                page.failure(f"no edit form with a version ({page.status_code})")
                return
        if len(form.get("description", "")) > 3800:
            return  # Full: leave it (the field holds 4000 characters).
        self.saved += 1
        token = f"[{self.username}.{id(self) % 10_000}.{self.saved}]"
        form["description"] = f"{form.get('description', '')} {token}".strip()
        with self.client.post(
            target["url"],
            data=form,
            name="process_update (save)",
            allow_redirects=False,
            catch_response=True,
        ) as answer:
            outcome = self.outcome(answer, form)
        EDIT_LOG.write(json.dumps({"process": target["pk"], "token": token, "outcome": outcome}))
        EDIT_LOG.write("\n")
        EDIT_LOG.flush()

    @staticmethod
    def outcome(answer, sent: dict[str, str]) -> str:
        if answer.status_code in {302, 303}:
            answer.success()
            return "saved"
        returned = edit_form(answer.text) if answer.status_code in {200, 409} else None
        if returned is not None and returned.get("version") != sent["version"]:
            answer.success()  # Someone saved first: refused with their values, as it should.
            return "stale"
        answer.failure(f"edit refused ({answer.status_code})")
        return "refused"


@events.quitting.add_listener
def write_results(environment, **_kwargs) -> None:
    total = environment.stats.total
    entries = sorted(environment.stats.entries.values(), key=lambda entry: entry.name)
    result = {
        "measured": state["measuring_since"] is not None,
        "seconds": time.time() - (state["measuring_since"] or time.time()),
        "requests": total.num_requests,
        "failures": total.num_failures,
        "rps": total.total_rps,
        "p50": total.get_response_time_percentile(0.50),
        "p95": total.get_response_time_percentile(0.95),
        "p99": total.get_response_time_percentile(0.99),
        "max": total.max_response_time,
        "sign_in_seconds": state["sign_in_seconds"],
        "by_name": [
            {
                "name": entry.name,
                "method": entry.method,
                "requests": entry.num_requests,
                "failures": entry.num_failures,
                "p50": entry.get_response_time_percentile(0.50),
                "p95": entry.get_response_time_percentile(0.95),
            }
            for entry in entries
        ],
        "errors": [
            f"{error.occurrences}× {error.method} {error.name}: {error.error}"
            for error in environment.stats.errors.values()
        ],
    }
    with open(os.environ["BENCH_RESULT"], "w", encoding="utf-8") as out:
        json.dump(result, out, indent=2)
