"""The session and the signed-in user, read and renewed cheaply on every request.

Reading: the session and the user are read with statements compiled once
(`kerntaken/statements.py`): `SessionStore` (SESSION_ENGINE "kerntaken.sessions") and
`UserBackend` (in AUTHENTICATION_BACKENDS instead of Django's ModelBackend) answer as
Django's database sessions and ModelBackend do, without compiling their query each time.

Renewing: idle sign-out without a database write on every request.

A session ends after SESSION_COOKIE_AGE seconds without a request (the idle hour). Django
can renew it on every request (`SESSION_SAVE_EVERY_REQUEST`), but that is an `UPDATE` and
a commit on every page, and at saturation a sixth of a signed-in page's cost. Here the
session is saved (its expiry moved to now + SESSION_COOKIE_AGE) only when its last renewal
is at least SESSION_RENEW_SECONDS (60) old: a user who keeps working stays signed in, one
who stops is signed out between SESSION_COOKIE_AGE − 60 s and SESSION_COOKIE_AGE after
their last request. The moment of the last renewal is kept in the session itself.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from kerntaken.statements import Statement

RENEWED = "_kerntaken_renewed"


def _session(session_key):
    return (
        DatabaseSessionStore.get_model_class()
        .objects.filter(session_key=session_key)
        .values_list("session_data", "expire_date")
    )


_SESSION = Statement(_session, session_key=str)


class SessionStore(DatabaseSessionStore):
    def _get_session_from_db(self):
        """The session if it exists and has not expired (as Django's), else None."""
        found = _SESSION.rows(session_key=self.session_key) if self.session_key else []
        if not found or found[0][1] <= timezone.now():
            self._session_key = None
            return None
        data, expire_date = found[0]
        return self.model(session_key=self.session_key, session_data=data, expire_date=expire_date)


def _user_fields() -> list[str]:
    return [field.attname for field in get_user_model()._meta.concrete_fields]


def _user(user_id):
    return get_user_model()._default_manager.filter(pk=user_id).values_list(*_user_fields())


_USER = Statement(_user, user_id=int)


class UserBackend(ModelBackend):
    def get_user(self, user_id):
        """The active user with this id, or None (as ModelBackend's)."""
        try:
            found = _USER.rows(user_id=user_id)
        except (TypeError, ValueError):  # not an id
            return None
        if not found:
            return None
        user = get_user_model().from_db("default", _user_fields(), found[0])
        return user if self.user_can_authenticate(user) else None


def renew(session, now: int | None = None) -> None:
    """Mark the session for saving (which moves its expiry) if its last renewal is old."""
    now = int(time.time()) if now is None else now
    if now - session.get(RENEWED, 0) >= settings.SESSION_RENEW_SECONDS:
        session[RENEWED] = now


def renewed_on_sign_in(sender, request: HttpRequest, user, **kwargs) -> None:
    """Signing in saves the session anyway: it counts as its first renewal."""
    if getattr(request, "session", None) is not None:
        request.session[RENEWED] = int(time.time())


class SessionRenewalMiddleware:
    """Renew a session that holds something (a signed-in user, messages), at most once a
    minute. Placed after SessionMiddleware, so that the session is saved on the way out."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        session = getattr(request, "session", None)
        # An anonymous visitor without a session gets none; a signed-out one keeps none.
        if session is not None and not session.is_empty():
            renew(session)
        return response
