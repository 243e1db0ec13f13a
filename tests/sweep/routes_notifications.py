"""Notifications (Meldingen), the health endpoint and the favicon.

Every signed-in user reads their own notifications; one of another user's is "not
found". The health endpoint is public and answers GET only.
"""

from notifications.models import Notification
from tests.sweep.matrix import LOGIN, Route

SIGNED_IN = {
    "anonymous": LOGIN,
    "editor": 200,
    "other_editor": 200,
    "coordinator": 200,
    "member": 200,
    "outsider": 200,
    "viewer": 200,
    "admin": 200,
}
SIGNED_IN_REDIRECT = {role: 302 for role in SIGNED_IN} | {"anonymous": LOGIN}


def _editors_notification(w) -> dict:
    # The world's plans went through the real services: the editor was notified.
    return {"pk": Notification.objects.filter(recipient=w.users["editor"]).first().pk}


ROUTES = [
    Route("notifications:notification_list", get=SIGNED_IN, post=None),
    Route("notifications:notification_mark_read", get=None, post=SIGNED_IN_REDIRECT),
    Route(
        "notifications:notification_open",
        kwargs=_editors_notification,
        get=None,
        post={
            "anonymous": LOGIN,
            "editor": 302,
            "other_editor": 404,
            "coordinator": 404,
            "member": 404,
            "outsider": 404,
            "viewer": 404,
            "admin": 404,
        },
    ),
    Route("health", get={role: 200 for role in SIGNED_IN}, post=None),
    # The site's icon for the browsers that ask /favicon.ico (a permanent redirect).
    Route("favicon", get={role: 302 for role in SIGNED_IN}, post=None),
]
