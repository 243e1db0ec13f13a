"""The Excel routes for the permission sweep: downloads (GET only) and the import."""

from tests.sweep.matrix import LOGIN, Route

# Who may change the draft plan's processes: only its editor. Those who see the plan but
# may not change it get 403; those who may not see it, 404.
IMPORT = {
    "anonymous": LOGIN,
    "editor": 200,
    "other_editor": 404,
    "coordinator": 403,
    "member": 403,
    "outsider": 404,
    "viewer": 404,
    "admin": 403,
}

ROUTES = [
    Route(
        "exchange:plan_export",
        kwargs=lambda w: {"pk": w.plans["draft"].pk},
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
    Route(
        "exchange:round_export",  # the round's approved plans: anyone signed in
        kwargs=lambda w: {"slug": w.round.slug},
        get={
            "anonymous": LOGIN,
            "editor": 200,
            "other_editor": 200,
            "coordinator": 200,
            "member": 200,
            "outsider": 200,
            "viewer": 200,
            "admin": 200,
        },
        post=None,
    ),
    Route(
        "exchange:process_import_template",
        kwargs=lambda w: {"pk": w.plans["draft"].pk},
        get=IMPORT,
        post=None,
    ),
    Route(
        "exchange:process_import",
        kwargs=lambda w: {"pk": w.plans["draft"].pk},
        get=IMPORT,
        post=IMPORT,  # an empty POST: the form again, with "this field is required"
    ),
    Route(
        "exchange:process_import_apply",
        kwargs=lambda w: {"pk": w.plans["draft"].pk},
        get=None,
        # An empty POST (no preview token): the editor is sent back to the upload form.
        post=IMPORT | {"editor": 302},
    ),
]
