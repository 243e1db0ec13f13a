"""Meldingen: the signed-in user's recent notifications; opening one (a POST) marks it read."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language as django_set_language

from kerntaken import permissions
from notifications.services import remember_language
from notifications.texts import render as render_note

RECENT = 50


@require_GET
def notification_list(request: HttpRequest) -> HttpResponse:
    notes = list(permissions.visible_notifications(request.user)[:RECENT])
    entries = [(note, render_note(note)) for note in notes]
    return render(
        request,
        "notifications/notification_list.html",
        {"entries": entries, "has_unread": any(note.read_at is None for note in notes)},
    )


@require_POST
def notification_open(request: HttpRequest, pk: int) -> HttpResponse:
    note = permissions.get_notification_or_404(request.user, pk)
    if note.read_at is None:
        permissions.visible_notifications(request.user).filter(pk=note.pk).update(
            read_at=timezone.now()
        )
    safe = url_has_allowed_host_and_scheme(note.url, allowed_hosts={request.get_host()})
    if note.url and safe:
        return HttpResponseRedirect(note.url)
    return redirect("notifications:notification_list")


@require_POST
def notification_mark_read(request: HttpRequest) -> HttpResponse:
    count = (
        permissions.visible_notifications(request.user)
        .filter(read_at__isnull=True)
        .update(read_at=timezone.now())
    )
    if count:
        messages.success(request, _("Every notification is marked as read."))
    return redirect("notifications:notification_list")


def set_language(request: HttpRequest) -> HttpResponse:
    """Django's language switch, remembered for a signed-in user: their mail speaks it."""
    response = django_set_language(request)
    if request.method == "POST" and request.user.is_authenticated:
        remember_language(request.user, request.POST.get("language", ""))
    return response
