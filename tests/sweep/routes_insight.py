"""Permission sweep: the insight URLs (overview figures, process search, version comparison).

All of them only read: a POST is refused (405) for everyone signed in.
"""

from tests.sweep.matrix import LOGIN, Route

EVERYONE_SIGNED_IN = {
    "anonymous": LOGIN,
    "editor": 200,
    "other_editor": 200,
    "coordinator": 200,
    "member": 200,
    "outsider": 200,
    "viewer": 200,
    "admin": 200,
}

ROUTES = [
    Route("insight:overview", kwargs=lambda w: {}, get=EVERYONE_SIGNED_IN, post=None),
    Route("processes:process_search", kwargs=lambda w: {}, get=EVERYONE_SIGNED_IN, post=None),
    Route("exchange:process_search_export", kwargs=lambda w: {}, get=EVERYONE_SIGNED_IN, post=None),
    # A plan before approval: who may see it compares its versions, the others get 404.
    Route(
        "insight:plan_compare",
        kwargs=lambda w: {"pk": w.plans["submitted"].pk},
        get={
            "anonymous": LOGIN,
            "editor": 200,
            "other_editor": 404,
            "coordinator": 200,
            "member": 200,
            "outsider": 404,
            "viewer": 404,
            "admin": 200,
        },
        post=None,
    ),
    # An approved plan: everyone signed in.
    Route(
        "insight:plan_compare",
        kwargs=lambda w: {"pk": w.plans["approved"].pk},
        get=EVERYONE_SIGNED_IN,
        post=None,
    ),
]
