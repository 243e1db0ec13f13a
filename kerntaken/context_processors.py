"""What the base layout needs to know about the signed-in user, asked of the permission module."""

from django.conf import settings
from django.http import HttpRequest

from kerntaken import permissions


def navigation(request: HttpRequest) -> dict:
    # No user on a page answered before authentication ran (the 400 of a bad host).
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav": {}}
    return {
        "nav": {
            "is_coordinator": permissions.is_coordinator(user),
            "is_editor": bool(permissions.editor_domain_ids(user)),
            "is_member": bool(permissions.member_group_ids(user)),
            "can_view_decisions": permissions.can_view_decisions(user),
            "can_view_rounds": permissions.can_view_round_management(user),
            "is_admin": user.is_staff,
        }
    }


def notifications(request: HttpRequest) -> dict:
    """The unread count in the header: one query (an indexed count), only when a page
    shows it (a lazy value: htmx fragments and downloads never ask)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    def unread() -> int:
        return permissions.visible_notifications(user).filter(read_at__isnull=True).count()

    return {"unread_notifications": unread}


def page_address(request: HttpRequest) -> dict:
    """The page's address for the print header, from SITE_URL: never from the request's
    Host header, which may be the bad host that a 400 page answers."""
    return {"page_address": settings.SITE_URL.rstrip("/") + request.get_full_path()}
