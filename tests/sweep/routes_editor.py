"""The editor journey's URLs for the permission sweep (issue 3), one Route per URL name.

GET answers per role; POST answers to an EMPTY body (the sweep checks that a refused
POST changed nothing). Processes are reached through their plan: a user who may not see
the plan gets 404 for its processes too; a reader who sees it but may not change it
gets 403. `plan_submit` is swept on the submitted plan, so that an empty POST by its
editor is refused (200, the page with the reason) instead of submitting the draft.
"""

from tests.sweep.matrix import LOGIN, Route

# Who sees the plans of `editor`'s domain (all in `w.group`): everyone but these.
HIDDEN = {"other_editor": 404, "outsider": 404, "viewer": 404}
# Those who see the plan but may not change it.
READERS_403 = {"coordinator": 403, "member": 403, "admin": 403}
READERS_200 = {"coordinator": 200, "member": 200, "admin": 200}


def _draft(w) -> dict:
    return {"pk": w.plans["draft"].pk}


def _process(w) -> dict:
    return {"pk": w.process.pk}


ROUTES = [
    Route(
        "plans:dashboard",
        kwargs=lambda w: {},
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
        "plans:plan_detail",
        kwargs=_draft,
        get={"anonymous": LOGIN, "editor": 200, **READERS_200, **HIDDEN},
        post=None,
    ),
    Route(
        "processes:process_create",
        kwargs=_draft,
        get={"anonymous": LOGIN, "editor": 200, **READERS_403, **HIDDEN},
        # Empty: the form comes back with its errors.
        post={"anonymous": LOGIN, "editor": 200, **READERS_403, **HIDDEN},
    ),
    Route(
        "plans:plan_consultations",
        kwargs=_draft,
        # Readers see what is recorded (without the form).
        get={"anonymous": LOGIN, "editor": 200, **READERS_200, **HIDDEN},
        # Empty: no plan version, so nothing is recorded and the page says why.
        post={"anonymous": LOGIN, "editor": 200, **READERS_403, **HIDDEN},
    ),
    Route(
        "plans:plan_submit",
        kwargs=lambda w: {"pk": w.plans["submitted"].pk},
        get={"anonymous": LOGIN, "editor": 200, **READERS_403, **HIDDEN},
        # Empty: refused with the reason (already submitted), shown on the page.
        post={"anonymous": LOGIN, "editor": 200, **READERS_403, **HIDDEN},
    ),
    Route(
        "plans:plan_history",
        kwargs=_draft,
        get={"anonymous": LOGIN, "editor": 200, **READERS_200, **HIDDEN},
        post=None,
    ),
    Route(
        "processes:process_update",
        kwargs=_process,
        get={"anonymous": LOGIN, "editor": 200, **READERS_403, **HIDDEN},
        # Empty: the form comes back with its errors (and without a version).
        post={"anonymous": LOGIN, "editor": 200, **READERS_403, **HIDDEN},
    ),
    Route(
        "processes:process_delete",
        kwargs=_process,
        # GET is the confirmation page; it deletes nothing.
        get={"anonymous": LOGIN, "editor": 200, **READERS_403, **HIDDEN},
        # Empty: no version, so the confirmation comes back and nothing is deleted.
        post={"anonymous": LOGIN, "editor": 200, **READERS_403, **HIDDEN},
    ),
    Route(
        "processes:process_move",
        kwargs=_process,
        get=None,
        # Empty: no direction; a message on the plan page, nothing moved.
        post={"anonymous": LOGIN, "editor": 302, **READERS_403, **HIDDEN},
    ),
    Route(
        "processes:process_history",
        kwargs=_process,
        get={"anonymous": LOGIN, "editor": 200, **READERS_200, **HIDDEN},
        post=None,
    ),
]
