"""Idle sign-out without a database write on every request.

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
from django.http import HttpRequest, HttpResponse

RENEWED = "_kerntaken_renewed"


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
