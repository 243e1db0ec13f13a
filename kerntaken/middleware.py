"""Two small middlewares: private responses stay private, refusals are logged."""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

from kerntaken.logs import log_event


class PrivateResponsesMiddleware:
    """What a signed-in user receives (pages and downloads) is never stored by a shared
    proxy or the browser's cache: after sign-out, the back button shows no plan.

    Public pages (for anonymous visitors) keep whatever caching their view allows.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # (patch_cache_control drops a "public" the view may have set.)
            patch_cache_control(response, private=True, no_store=True)
        return response


class RefusalLogMiddleware:
    """Log every 403 and 404 a view raises (the permission helpers' refusals) as an event."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> None:
        if isinstance(exception, PermissionDenied | Http404):
            user = getattr(request, "user", None)
            log_event(
                "permission_refused",
                level=logging.WARNING,
                status=403 if isinstance(exception, PermissionDenied) else 404,
                path=request.path,
                view=getattr(request.resolver_match, "view_name", ""),
                user=user.pk if user is not None and user.is_authenticated else None,
            )
