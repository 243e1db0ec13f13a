"""The permission sweep: every URL of the project, GET and POST, as every role (SPEC §5).

The expected answers are declared in `tests/sweep/routes_*.py` (see `matrix.py`); a URL
missing from them fails. Every request carries a valid CSRF token, as a browser's would,
so a 403 means the permission; a refused POST and every GET must leave the database as
it was. The world (`world.py`) is built once for the module and every request is rolled
back, so the sweep stays fast.
"""

from __future__ import annotations

from collections import Counter

import pytest
from django.contrib import admin
from django.db import transaction
from django.test import override_settings
from django.urls import reverse

from tests.sweep.matrix import LOGIN, ROLES, ROUTES, Route
from tests.sweep.sweep import (
    Visitor,
    answer_of,
    changed_tables,
    fingerprint,
    fingerprinted_models,
    project_url_names,
    sweep_route,
)
from tests.sweep.world import build_world

# Each test runs in its own savepoint inside the module's transaction (see `world`).
pytestmark = pytest.mark.django_db

FAST_HASHER = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _route_ids(routes: list[Route]) -> list[str]:
    seen: Counter = Counter()
    ids = []
    for route in routes:
        seen[route.name] += 1
        ids.append(route.name if seen[route.name] == 1 else f"{route.name}-{seen[route.name]}")
    return ids


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once, inside a transaction rolled back when the module is done."""
    media = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media, PASSWORD_HASHERS=FAST_HASHER),
        transaction.atomic(),
    ):
        yield build_world()
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def visitors(world) -> dict[str, Visitor]:
    return {role: Visitor(role, world.users.get(role)) for role in ROLES}


@pytest.fixture(scope="module")
def models(world) -> list:
    return fingerprinted_models()


# ---- the matrix covers the project, and only the project --------------------------------


def test_every_url_of_the_project_is_in_the_matrix():
    names, unnamed = project_url_names()
    missing = sorted(names - {route.name for route in ROUTES})
    assert not missing, (
        "URL names missing from the permission matrix (add them to a tests/sweep/routes_*.py): "
        + ", ".join(missing)
    )
    assert not unnamed, f"URL patterns without a name cannot be swept: {unnamed}"


def test_every_route_of_the_matrix_names_a_url_of_the_project():
    names, _unnamed = project_url_names()
    stale = sorted({route.name for route in ROUTES} - names)
    assert not stale, f"The matrix names URLs the project no longer has: {', '.join(stale)}"


def test_every_route_declares_an_answer_for_every_role():
    problems = []
    for route, route_id in zip(ROUTES, _route_ids(ROUTES), strict=True):
        for method, answers in (("get", route.get), ("post", route.post)):
            if answers is None:
                continue
            if set(answers) != set(ROLES):
                problems.append(f"{route_id} {method}: roles {sorted(answers)} ≠ {sorted(ROLES)}")
            bad = [a for a in answers.values() if a != LOGIN and a not in range(100, 600)]
            if bad:
                problems.append(f"{route_id} {method}: not an answer: {bad}")
    assert not problems, "\n".join(problems)


# ---- the sweep ----------------------------------------------------------------------------


@pytest.mark.parametrize("route", ROUTES, ids=_route_ids(ROUTES))
def test_route_answers_every_role_as_declared(route, world, visitors, models):
    if failures := sweep_route(route, world, visitors, models):
        pytest.fail("\n".join(failures), pytrace=False)


# ---- CSRF ---------------------------------------------------------------------------------


def test_post_without_csrf_token_is_refused_and_changes_nothing(world, visitors, models):
    editor = visitors["editor"]
    with transaction.atomic():
        before = fingerprint(models)
        response = editor.request("POST", reverse("logout"), token=False)
        assert response.status_code == 403
        assert changed_tables(before, fingerprint(models)) == []
        # The session survived: the sign-out was refused.
        assert editor.request("GET", reverse("plans:dashboard")).status_code == 200
        transaction.set_rollback(True)


def test_post_with_a_token_not_matching_the_cookie_is_refused(world, visitors):
    anonymous = visitors["anonymous"]
    other_visitor_token = Visitor("anonymous").csrf_token
    response = anonymous.request(
        "POST",
        reverse("login"),
        {"username": "editor", "password": "kerntaken", "csrfmiddlewaretoken": other_visitor_token},
    )
    assert response.status_code == 403
    assert "_auth_user_id" not in anonymous.client.session


# ---- the Django admin -------------------------------------------------------------------


def _admin_urls(world) -> list[str]:
    urls = [reverse("admin:index")]
    for model in admin.site._registry:
        info = (model._meta.app_label, model._meta.model_name)
        urls.append(reverse("admin:{}_{}_changelist".format(*info)))
        if first := model._base_manager.order_by("pk").first():
            urls.append(reverse("admin:{}_{}_change".format(*info), args=[first.pk]))
    return urls


def _get(visitor: Visitor, url: str):
    with transaction.atomic():
        response = visitor.request("GET", url)
        transaction.set_rollback(True)
    return response


def test_admin_sends_anonymous_users_to_a_sign_in_page(world, visitors):
    sign_in_pages = {reverse("admin:login"), reverse("login")}
    wrong = []
    for url in _admin_urls(world):
        response = _get(visitors["anonymous"], url)
        target = response.get("Location", "").split("?")[0]
        if response.status_code != 302 or target not in sign_in_pages:
            wrong.append(f"{url}: {response.status_code} {response.get('Location', '')}")
    assert not wrong, "\n".join(wrong)
    assert _get(visitors["anonymous"], reverse("admin:index"))["Location"].startswith(
        reverse("admin:login")
    )


@pytest.mark.parametrize("role", [role for role in ROLES if role not in {"anonymous", "admin"}])
def test_admin_sends_signed_in_non_staff_to_the_admin_sign_in(world, visitors, role):
    wrong = []
    for url in _admin_urls(world):
        response = _get(visitors[role], url)
        if not response.get("Location", "").startswith(reverse("admin:login")):
            wrong.append(f"{url}: {response.status_code} {response.get('Location', '')}")
    assert not wrong, "\n".join(wrong)


def test_admin_shows_the_superuser_every_model(world, visitors, models):
    baseline, wrong = fingerprint(models), []
    for url in _admin_urls(world):
        with transaction.atomic():
            response = visitors["admin"].request("GET", url)
            changed = changed_tables(baseline, fingerprint(models))
            transaction.set_rollback(True)
        if answer_of(response) != 200 or changed:
            wrong.append(f"{url}: {answer_of(response)} changed {changed}")
    assert not wrong, "\n".join(wrong)
