"""Security settings, proven: deployment checks, headers, cookies, throttling, sessions, CSRF.

The tests run with DEBUG off but over plain HTTP (see the Makefile's TEST_ENV); what
production sets is read from `kerntaken/settings.py` under a production-like environment.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import runpy
import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.contrib.sessions.models import Session
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from kerntaken import sessions

pytestmark = pytest.mark.django_db

BASE_DIR = Path(django_settings.BASE_DIR)
# What the tests' environment relaxes for plain HTTP on this machine; production does not.
TEST_RELAXATIONS = ("SECURE_SSL_REDIRECT", "SECURE_COOKIES", "SECURE_HSTS_SECONDS", "BEHIND_PROXY")
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "kerntaken.example.org",
}
PASSWORD = "kerntaken"


@pytest.fixture
def production(monkeypatch) -> dict:
    """The settings module as production reads it: DEBUG off, a real secret, nothing relaxed."""
    for name in TEST_RELAXATIONS:
        monkeypatch.delenv(name, raising=False)
    for name, value in PRODUCTION_ENV.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(BASE_DIR / "kerntaken" / "settings.py"))


@pytest.fixture
def in_production(settings, production):
    """This process's settings switched to production's security settings."""
    for name in [
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
    ]:
        setattr(settings, name, production[name])
    return settings


def sign_in(client: Client, username: str, password: str = PASSWORD, address="10.0.0.1", **extra):
    return client.post(
        reverse("login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **extra,
    )


def signed_in_as(client: Client) -> str | None:
    user_id = client.session.get("_auth_user_id")
    if user_id is None:
        return None
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(pk=user_id).username


# ---- deployment --------------------------------------------------------------------------


def test_check_deploy_passes_with_production_settings():
    # Only what a production host sets: nothing of the tests' environment leaks in
    # (e.g. DJANGO_ALLOW_ASYNC_UNSAFE, which the browser tests set and the check flags).
    kept = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG", "TMPDIR"}}
    env = kept | PRODUCTION_ENV
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(monkeypatch):
    monkeypatch.setenv("DEBUG", "0")
    monkeypatch.delenv("SECRET_KEY")
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        runpy.run_path(str(BASE_DIR / "kerntaken" / "settings.py"))


def test_production_is_not_in_debug_mode(production):
    assert production["DEBUG"] is False
    assert production["ALLOWED_HOSTS"] == ["kerntaken.example.org"]


def test_production_cookies_are_secure_and_http_only(production):
    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["CSRF_COOKIE_SECURE"] is True
    assert production["SESSION_COOKIE_HTTPONLY"] is True
    assert production["CSRF_COOKIE_HTTPONLY"] is True
    assert production["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_production_forces_https_with_a_year_of_hsts(production):
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True


def test_production_cookies_leave_the_server_secure_and_http_only(client, in_production, editor):
    client.get(reverse("login"), secure=True)
    csrf_cookie = client.cookies[django_settings.CSRF_COOKIE_NAME]
    assert csrf_cookie["secure"] and csrf_cookie["httponly"]

    client.handler.enforce_csrf_checks = False
    response = sign_in(client, "editor", secure=True)
    assert response.status_code == 302
    session_cookie = response.cookies[django_settings.SESSION_COOKIE_NAME]
    assert session_cookie["secure"] and session_cookie["httponly"]
    assert session_cookie["samesite"] == "Lax"


def test_production_sends_hsts_and_redirects_plain_http(client, in_production):
    response = client.get(reverse("login"), secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    plain = client.get(reverse("login"))
    assert plain.status_code == 301
    assert plain["Location"].startswith("https://")


# ---- headers on every answer -----------------------------------------------------------


def test_pages_forbid_framing_sniffing_and_leaking_the_referrer(client):
    response = client.get(reverse("login"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_content_security_policy_allows_only_our_own_origin(client):
    header = client.get(reverse("login"))["Content-Security-Policy"]
    policy = {
        directive.split()[0]: directive.split()[1:]
        for directive in (part.strip() for part in header.split(";"))
        if directive
    }
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    for forbidden in ("'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:"):
        assert forbidden not in header.split(), f"{forbidden} in {header}"


def test_content_security_policy_is_the_same_in_production(production):
    assert production["SECURE_CSP"] == django_settings.SECURE_CSP


# ---- sign-in throttling (django-axes) ----------------------------------------------------


def fail_until_locked(client: Client, username: str, address: str = "10.0.0.1"):
    for _attempt in range(django_settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, username, "wrong password", address)
    return response


def test_sign_in_is_refused_after_the_failure_limit_with_a_dutch_message(client, editor):
    for _attempt in range(django_settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "editor", "wrong password").status_code == 200

    response = sign_in(client, "editor", "wrong password")

    assert response.status_code == 429
    text = response.content.decode()
    assert "Te veel aanmeldpogingen" in text
    assert "een kwartier" in text
    assert signed_in_as(client) is None


def test_locked_out_user_is_refused_even_with_the_right_password(client, editor):
    fail_until_locked(client, "editor")
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 429
    assert signed_in_as(client) is None


def test_lock_out_holds_during_the_cool_off(client, editor):
    fail_until_locked(client, "editor")
    AccessAttempt.objects.update(attempt_time=timezone.now() - dt.timedelta(minutes=14))
    assert sign_in(client, "editor", PASSWORD).status_code == 429


def test_user_signs_in_again_after_the_cool_off(client, editor):
    fail_until_locked(client, "editor")
    cool_off = django_settings.AXES_COOLOFF_TIME
    AccessAttempt.objects.update(attempt_time=timezone.now() - cool_off - dt.timedelta(seconds=1))

    response = sign_in(client, "editor", PASSWORD)

    assert response.status_code == 302
    assert signed_in_as(client) == "editor"


def test_lock_out_is_per_username_not_the_whole_address(client, editor, viewer):
    fail_until_locked(client, "editor", "10.0.0.1")
    assert sign_in(client, "viewer", PASSWORD, "10.0.0.1").status_code == 302
    assert signed_in_as(client) == "viewer"


def test_lock_out_is_per_address_not_the_user_everywhere(client, editor):
    fail_until_locked(client, "editor", "10.0.0.1")
    assert sign_in(client, "editor", PASSWORD, "10.0.0.2").status_code == 302
    assert signed_in_as(client) == "editor"


# ---- idle sessions ------------------------------------------------------------------------


def session_of(client: Client) -> Session:
    return Session.objects.get(
        session_key=client.cookies[django_settings.SESSION_COOKIE_NAME].value
    )


def test_session_idle_longer_than_its_age_is_signed_out(client, editor):
    client.force_login(editor)
    idle_since = timezone.now() - dt.timedelta(seconds=django_settings.SESSION_COOKIE_AGE + 60)
    Session.objects.filter(pk=session_of(client).pk).update(
        expire_date=idle_since + dt.timedelta(seconds=django_settings.SESSION_COOKIE_AGE)
    )

    response = client.get(reverse("plans:dashboard"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def _last_renewed(client: Client, seconds_ago: int) -> None:
    """Pretend the session was last renewed `seconds_ago` (kerntaken/sessions.py)."""
    session = client.session
    session[sessions.RENEWED] = int(time.time()) - seconds_ago
    session.save()


def test_activity_renews_the_session(client, editor):
    client.force_login(editor)
    _last_renewed(client, django_settings.SESSION_RENEW_SECONDS)
    almost_idle = timezone.now() + dt.timedelta(seconds=60)
    Session.objects.filter(pk=session_of(client).pk).update(expire_date=almost_idle)

    assert client.get(reverse("plans:dashboard")).status_code == 200

    renewed = session_of(client).expire_date
    expected = timezone.now() + dt.timedelta(seconds=django_settings.SESSION_COOKIE_AGE)
    assert abs(renewed - expected) < dt.timedelta(seconds=30)


def test_activity_within_a_minute_of_the_last_renewal_writes_nothing(client, editor):
    client.force_login(editor)
    _last_renewed(client, django_settings.SESSION_RENEW_SECONDS - 5)
    almost_idle = timezone.now() + dt.timedelta(seconds=600)
    Session.objects.filter(pk=session_of(client).pk).update(expire_date=almost_idle)

    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("plans:dashboard")).status_code == 200

    assert session_of(client).expire_date == almost_idle
    assert not [q for q in queries if "django_session" in q["sql"] and "UPDATE" in q["sql"]]
    assert [q for q in queries if "django_session" in q["sql"]]  # it was read


def test_signing_in_counts_as_the_first_renewal(client, editor):
    sign_in(client, "editor")

    assert abs(client.session[sessions.RENEWED] - time.time()) < 30


def test_the_renewal_leaves_sessions_of_anonymous_visitors_alone(client):
    assert client.get(reverse("home")).status_code == 200

    assert django_settings.SESSION_COOKIE_NAME not in client.cookies
    assert not Session.objects.exists()


def test_the_renewal_does_not_bring_a_signed_out_session_back(client, editor):
    sign_in(client, "editor")
    _last_renewed(client, django_settings.SESSION_RENEW_SECONDS)

    client.post(reverse("logout"))

    assert signed_in_as(client) is None
    assert not Session.objects.exists()


def test_session_cookie_ends_with_the_browser(client, editor):
    response = sign_in(client, "editor")
    cookie = response.cookies[django_settings.SESSION_COOKIE_NAME]
    assert not cookie["max-age"] and not cookie["expires"]


# ---- CSRF and sign-out --------------------------------------------------------------------


def test_sign_in_without_csrf_token_is_refused(editor):
    client = Client(enforce_csrf_checks=True)
    response = sign_in(client, "editor")
    assert response.status_code == 403
    assert signed_in_as(client) is None


def test_sign_in_with_the_forms_csrf_token_is_accepted(editor):
    client = Client(enforce_csrf_checks=True)
    form = client.get(reverse("login")).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    response = client.post(
        reverse("login"),
        {"username": "editor", "password": PASSWORD, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    assert signed_in_as(client) == "editor"


def test_sign_out_by_get_is_refused(client, editor):
    client.force_login(editor)
    assert client.get(reverse("logout")).status_code == 405
    assert signed_in_as(client) == "editor"


def test_sign_out_by_post_signs_out(client, editor):
    client.force_login(editor)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert signed_in_as(client) is None


# ---- the session and the user, read by kerntaken/sessions.py ------------------------------


def test_an_inactive_user_is_signed_out_at_the_next_request(client, editor):
    client.force_login(editor)
    type(editor).objects.filter(pk=editor.pk).update(is_active=False)

    response = client.get(reverse("plans:dashboard"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_deleted_user_is_signed_out_at_the_next_request(client, editor):
    client.force_login(editor)
    type(editor).objects.filter(pk=editor.pk).delete()

    response = client.get(reverse("plans:dashboard"))

    assert response.status_code == 302


def test_a_changed_password_signs_out_the_other_sessions(client, editor):
    client.force_login(editor)
    editor.set_password("een ander wachtwoord 2026")
    editor.save()

    response = client.get(reverse("plans:dashboard"))

    assert response.status_code == 302


def test_a_forged_session_cookie_is_no_session(client, editor):
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "x" * 32

    response = client.get(reverse("plans:dashboard"))

    assert response.status_code == 302
    assert signed_in_as(client) is None


def test_the_signed_in_user_is_read_as_django_reads_it(client, editor):
    client.force_login(editor)

    response = client.get(reverse("plans:dashboard"))

    user = response.wsgi_request.user
    assert user == editor
    assert (user.username, user.email, user.is_active, user.password) == (
        editor.username,
        editor.email,
        editor.is_active,
        editor.password,
    )
    assert user._state.adding is False
    assert user._state.db == "default"
