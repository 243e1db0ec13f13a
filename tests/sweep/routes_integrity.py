"""Permission sweep: the coordinator's overlaps across domains (SPEC §14).

Only coordinators (and superusers) see the overlap page (everyone else signed in: 403) and its pairs
(404 for anyone else, as for a pair that does not exist). An empty POST to start an
analysis or to mark a pair is refused with a message and a redirect back to the page.
"""

from tests.sweep.matrix import LOGIN, Route

COORDINATORS_ONLY = {
    "anonymous": LOGIN,
    "editor": 403,
    "other_editor": 403,
    "coordinator": 200,
    "member": 403,
    "outsider": 403,
    "viewer": 403,
    "admin": 200,  # a superuser has every role
}

ROUTES = [
    Route("insight:overlaps", kwargs=lambda w: {}, get=COORDINATORS_ONLY, post=None),
    Route(
        "insight:overlap_start",
        kwargs=lambda w: {},
        get=None,
        post=COORDINATORS_ONLY | {"coordinator": 302, "admin": 302},
    ),
    Route(
        "insight:overlap_mark",
        kwargs=lambda w: {"pk": w.overlap_pair.pk},
        get=None,
        post={
            "anonymous": LOGIN,
            "editor": 404,
            "other_editor": 404,
            "coordinator": 302,
            "member": 404,
            "outsider": 404,
            "viewer": 404,
            "admin": 302,
        },
    ),
]
