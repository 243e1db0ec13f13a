"""The machinery of the permission sweep: visitors per role, answers, database fingerprints.

Every request runs inside a savepoint that is rolled back afterwards, so that the world
is built once and every request meets it unchanged.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.middleware.csrf import get_token
from django.shortcuts import resolve_url
from django.test import Client, RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from tests.sweep.matrix import LOGIN, REFUSALS, ROLES, Route

REDIRECTS = frozenset({301, 302, 303, 307, 308})
SCRIPT_DATA_TYPES = frozenset({"application/json", "application/ld+json"})


# ---- which URLs the project has ------------------------------------------------------


def url_patterns(resolver: URLResolver | None = None, namespace: str = ""):
    """Every (namespace, name, pattern) of the project; the name is None when unnamed."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from url_patterns(pattern, inner)
        elif isinstance(pattern, URLPattern):
            yield namespace, pattern.name, pattern


def project_url_names() -> tuple[set[str], list[str]]:
    """The named URLs the matrix must cover, and the unnamed ones it cannot.

    The Django admin (namespace "admin") has its own test.
    """
    names, unnamed = set(), []
    for namespace, name, pattern in url_patterns():
        if namespace.startswith("admin:"):
            continue
        if name is None:
            unnamed.append(str(pattern.pattern))
        else:
            names.add(f"{namespace}{name}")
    return names, unnamed


def is_public(path: str) -> bool:
    """Whether LoginRequiredMiddleware lets anonymous users through to the view."""
    return not getattr(resolve(path).func, "login_required", True)


# ---- what changed in the database ----------------------------------------------------


def fingerprinted_models() -> list:
    """Every model of the project's own apps (history and M2M tables included), and users."""
    base = Path(settings.BASE_DIR).resolve()
    models = [
        model
        for config in apps.get_app_configs()
        if Path(config.path).resolve().parent == base
        for model in config.get_models(include_auto_created=True)
    ]
    user = get_user_model()
    return [*models, user, Group, user.groups.through]


@cache
def _select_all(model) -> str:
    quote = connection.ops.quote_name
    # A user's last sign-in moves when the sweep signs in; that is not the page's doing.
    columns = [f.column for f in model._meta.concrete_fields if f.attname != "last_login"]
    # Identifiers from the models' own metadata, quoted: nothing from outside reaches the SQL.
    return "SELECT {} FROM {} ORDER BY {}".format(  # noqa: S608
        ", ".join(map(quote, columns)), quote(model._meta.db_table), quote(model._meta.pk.column)
    )


def fingerprint(models: list) -> dict[str, str]:
    """A digest of every row of every model (raw SQL: the sweep takes one per request)."""
    digests = {}
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(_select_all(model))
            digests[model._meta.label] = hashlib.sha256(repr(cursor.fetchall()).encode()).digest()
    return digests


def changed_tables(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(label for label in before if before[label] != after[label])


# ---- inline code the Content Security Policy would block -----------------------------


class _InlineCode(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []
        self._in_inline_script = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        for name in attributes:
            if name == "style" or name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
        self._in_inline_script = (
            tag == "script"
            and not attributes.get("src")
            and (attributes.get("type") or "").lower() not in SCRIPT_DATA_TYPES
        )

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_inline_script = False

    def handle_data(self, data: str) -> None:
        if self._in_inline_script and data.strip():
            self.problems.append(f"inline <script>{data.strip()[:40]}…")


def inline_code(html: str) -> list[str]:
    parser = _InlineCode()
    parser.feed(html)
    return parser.problems


# ---- a visitor per role ---------------------------------------------------------------


@dataclass
class Answer:
    answer: int | str
    changed: list[str] = field(default_factory=list)
    inline: list[str] = field(default_factory=list)


class Visitor:
    """A browser-like client of one role: its session and CSRF cookies, restored per request."""

    def __init__(self, role: str, user=None) -> None:
        self.role = role
        self.client = Client(enforce_csrf_checks=True)
        if user is not None:
            self.client.force_login(user)
        # As a browser gets it: the CSRF cookie and the matching token of a rendered form.
        request = RequestFactory().get("/")
        self.csrf_token = get_token(request)
        self.client.cookies[settings.CSRF_COOKIE_NAME] = request.META["CSRF_COOKIE"]
        self.cookies = {name: morsel.value for name, morsel in self.client.cookies.items()}

    def restore_cookies(self) -> None:
        """Undo what the last answer did to the cookies (sign-out, language, …)."""
        self.client.cookies.clear()
        for name, value in self.cookies.items():
            self.client.cookies[name] = value

    def request(self, method: str, url: str, data: dict | None = None, *, token: bool = True):
        self.restore_cookies()
        if method == "GET":
            return self.client.get(url, headers={"Accept": "text/html"})
        data = dict(data or {})
        if token:
            data.setdefault("csrfmiddlewaretoken", self.csrf_token)
        return self.client.post(url, data, headers={"Origin": "http://testserver"})


def answer_of(response) -> int | str:
    if response.status_code in REDIRECTS:
        target = urlsplit(response["Location"]).path
        return LOGIN if target == resolve_url(settings.LOGIN_URL) else 302
    return response.status_code


def visit(
    visitor: Visitor,
    method: str,
    url: str,
    data: dict | None,
    models: list,
    baseline: dict[str, str],
) -> Answer:
    """Make one request inside a savepoint that is rolled back; note what it changed.

    Every request is rolled back, so the database before each one is the `baseline`.
    """
    with transaction.atomic():
        response = visitor.request(method, url, data)
        if response.streaming:
            # A download runs its queries as it streams (the client closes it when consumed).
            b"".join(response.streaming_content)
        after = fingerprint(models)
        transaction.set_rollback(True)
    result = Answer(answer_of(response), changed_tables(baseline, after))
    if response.status_code == 200 and "text/html" in response.get("Content-Type", ""):
        result.inline = inline_code(response.content.decode())
    return result


def sweep_route(route: Route, world, visitors: dict[str, Visitor], models: list) -> list[str]:
    """Every role, GET and POST; returns the readable list of what differs from the matrix."""
    url = reverse(route.name, kwargs=route.kwargs(world) if route.kwargs else None)
    public = is_public(url)
    post_data = route.post_data(world) if route.post_data else None
    baseline = fingerprint(models)
    failures = []
    for method in ("GET", "POST"):
        for role in ROLES:
            expected = route.answer(method, role, public=public)
            where = f"{route.name} {url} {method:<4} as {role:<12}"
            try:
                got = visit(visitors[role], method, url, post_data, models, baseline)
            except Exception as error:  # reported with the route, so the sweep goes on
                failures.append(f"{where} expected {expected}, raised {error!r}")
                continue
            if got.answer != expected:
                failures.append(f"{where} expected {expected}, got {got.answer}")
            refused = expected in REFUSALS or got.answer in REFUSALS
            if got.changed and (method == "GET" or refused):
                failures.append(f"{where} answered {got.answer} but changed {got.changed}")
            if got.inline:
                failures.append(f"{where} has inline code the CSP blocks: {got.inline}")
    return failures
