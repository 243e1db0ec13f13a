"""Permission matrix of the public round pages, the round's documents and the next round."""

from tests.sweep.matrix import LOGIN, ROLES, Route


def everyone(answer) -> dict:
    return dict.fromkeys(ROLES, answer)


# Signed in with a role of the process: editors, working-group members, coordinators.
PROCESS_PEOPLE = {
    "anonymous": LOGIN,
    "editor": 200,
    "other_editor": 200,
    "coordinator": 200,
    "member": 200,
    "outsider": 200,
    "viewer": 403,
    "admin": 200,
}
# Coordinators (and the superuser) only.
COORDINATORS = {
    "anonymous": LOGIN,
    "editor": 403,
    "other_editor": 403,
    "coordinator": 200,
    "member": 403,
    "outsider": 403,
    "viewer": 403,
    "admin": 200,
}
# Round management: coordinators, and editors for their own domains.
ROUND_MANAGERS = COORDINATORS | {"editor": 200, "other_editor": 200}

ROUTES = [
    # ---- public: no sign-in, only approved plans and public documents -------------------
    Route(
        "publication:public_round",
        kwargs=lambda w: {"slug": w.round.slug},
        get=everyone(200),
        post=None,
    ),
    Route(
        "publication:public_round",
        kwargs=lambda w: {"slug": "bestaat-niet"},
        get=everyone(404),
        post=None,
    ),
    Route(
        "publication:public_round_export",
        kwargs=lambda w: {"slug": w.round.slug},
        get=everyone(200),
        post=None,
    ),
    Route(
        "publication:public_plan_export",
        kwargs=lambda w: {"slug": w.round.slug, "pk": w.plans["approved"].pk},
        get=everyone(200),
        post=None,
    ),
    Route(
        # A plan before its approval is not there for the public, whoever asks.
        "publication:public_plan_export",
        kwargs=lambda w: {"slug": w.round.slug, "pk": w.plans["validated"].pk},
        get=everyone(404),
        post=None,
    ),
    Route(
        # The approved plan under another round's address.
        "publication:public_plan_export",
        kwargs=lambda w: {"slug": w.new_round.slug, "pk": w.plans["approved"].pk},
        get=everyone(404),
        post=None,
    ),
    Route(
        "publication:document_download",
        kwargs=lambda w: {"pk": w.document.pk},
        get=everyone(200),
        post=None,
    ),
    Route(
        # Internal: "not found" for the public, so its existence stays internal.
        "publication:document_download",
        kwargs=lambda w: {"pk": w.internal_document.pk},
        get=PROCESS_PEOPLE | {"anonymous": 404, "viewer": 404},
        post=None,
    ),
    # ---- round management ----------------------------------------------------------------
    Route("plans:round_list", get=ROUND_MANAGERS, post=None),
    Route(
        "plans:round_create",
        get=COORDINATORS,
        post=COORDINATORS,  # an empty form comes back with its errors
    ),
    Route(
        "plans:round_detail",
        kwargs=lambda w: {"slug": w.new_round.slug},
        get=ROUND_MANAGERS,
        post=None,
    ),
    Route(
        "plans:plan_start",
        kwargs=lambda w: {"slug": w.new_round.slug, "domain_pk": w.plans["approved"].domain_id},
        get=None,
        post=COORDINATORS | {"editor": 302, "coordinator": 302, "admin": 302},
    ),
    Route(
        # The domain already has a plan in the round: a message and back, nothing created.
        "plans:plan_start",
        kwargs=lambda w: {"slug": w.round.slug, "domain_pk": w.plans["draft"].domain_id},
        get=None,
        post=COORDINATORS | {"editor": 302, "coordinator": 302, "admin": 302},
    ),
    # ---- the round's documents -----------------------------------------------------------
    Route(
        "publication:document_list",
        kwargs=lambda w: {"slug": w.round.slug},
        get=PROCESS_PEOPLE,
        post=None,
    ),
    Route(
        "publication:document_create",
        kwargs=lambda w: {"slug": w.round.slug},
        get=COORDINATORS,
        post=COORDINATORS,  # an empty form comes back with its errors
    ),
    Route(
        "publication:document_update",
        kwargs=lambda w: {"pk": w.internal_document.pk},
        get=COORDINATORS,
        post=COORDINATORS,  # an empty form comes back with its errors
    ),
    Route(
        "publication:document_delete",
        kwargs=lambda w: {"pk": w.document.pk},
        get=COORDINATORS,  # the confirmation page
        post=COORDINATORS | {"coordinator": 302, "admin": 302},
    ),
]
