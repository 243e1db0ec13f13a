"""What the base layout needs to know about the signed-in user, asked of the permission module."""

from typing import NamedTuple

from django.conf import settings
from django.db.models import Count
from django.http import HttpRequest

from kerntaken import permissions
from kerntaken.statements import Statement


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


class _Recipient(NamedTuple):
    """Stands for the user while the count's statement is compiled."""

    pk: int
    is_authenticated: bool = True


def _unread(user_id):
    visible = permissions.visible_notifications(_Recipient(user_id))
    return (
        visible.filter(read_at__isnull=True)
        .values("recipient_id")
        .annotate(n=Count("pk"))
        .values_list("n")
    )


_UNREAD = Statement(_unread, user_id=int)


def notifications(request: HttpRequest) -> dict:
    """The unread count in the header: one query (an indexed count, compiled once), only
    when a page shows it (a lazy value: htmx fragments and downloads never ask)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    def unread() -> int:
        rows = _UNREAD.rows(user_id=user.pk)
        return rows[0][0] if rows else 0

    return {"unread_notifications": unread}


def page_address(request: HttpRequest) -> dict:
    """The page's address for the print header, from SITE_URL: never from the request's
    Host header, which may be the bad host that a 400 page answers."""
    return {"page_address": settings.SITE_URL.rstrip("/") + request.get_full_path()}
