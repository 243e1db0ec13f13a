"""The follow-up's routes (issue 11): tracks and milestones, reporting periods, progress
reports in every state, the dossier of a process, the public progress and the period's
workbook.

Who gets what: the follow-up of an approved plan is read by everyone signed in; only
the editors of its domain (`editor`) change tracks and milestones and file its reports.
Coordinators (and the superuser) open and publish periods, see their overview and
workbook, return and accept reports. A report before its acceptance is seen only by its
domain's editors and the coordinators (404 for the others); an accepted one by everyone
signed in. The dossier follows its plan's rules; the public progress page is public.
"""

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
EVERYONE = SIGNED_IN | {"anonymous": 200}
# Only the editors of the approved plan's domain change its follow-up.
EDITOR_ONLY = {
    "anonymous": LOGIN,
    "editor": 200,
    "other_editor": 403,
    "coordinator": 403,
    "member": 403,
    "outsider": 403,
    "viewer": 403,
    "admin": 403,
}
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
# A report before its acceptance: its domain's editors and the coordinators.
REPORT_HIDDEN = {"other_editor": 404, "member": 404, "outsider": 404, "viewer": 404}
REPORT_SEEN = {"other_editor": 403, "member": 403, "outsider": 403, "viewer": 403}


def _period(state: str):
    return lambda w: {"pk": w.periods[state].pk}


def _report(state: str):
    return lambda w: {"pk": w.reports[state].pk}


def _others(state: str) -> dict:
    """What the roles beside the editor and the coordinators get for a report they may not
    act on: not found before its acceptance, forbidden once they can read it."""
    return REPORT_SEEN if state in {"accepted", "published"} else REPORT_HIDDEN


def _report_routes(state: str) -> list[Route]:
    others = _others(state)
    editable = state in {"draft", "returned"}
    # Filling in: the form for an editable report (an empty POST shows its errors); the
    # report's own page with a message once it is locked.
    fill = {"anonymous": LOGIN, "editor": 200 if editable else 302, "coordinator": 403,
            "admin": 403, **others}  # fmt: skip
    return [
        Route(
            "followup:report_detail",
            kwargs=_report(state),
            get={"anonymous": LOGIN, "editor": 200, "coordinator": 200, "admin": 200}
            | (SIGNED_IN if state in {"accepted", "published"} else REPORT_HIDDEN),
            post=None,
        ),
        Route("followup:report_edit", kwargs=_report(state), get=fill, post=fill),
        Route(
            "followup:report_submit",
            kwargs=_report(state),
            get=None,
            # The editor submits (or is told why not); nobody else acts for the domain.
            post={"anonymous": LOGIN, "editor": 302, "coordinator": 403, "admin": 403, **others},
        ),
        Route(
            "followup:report_return",
            kwargs=_report(state),
            get={"anonymous": LOGIN, "editor": 403, "coordinator": 200, "admin": 200, **others},
            # An empty reason: the form comes back with its error.
            post={"anonymous": LOGIN, "editor": 403, "coordinator": 200, "admin": 200, **others},
        ),
        Route(
            "followup:report_accept",
            kwargs=_report(state),
            get=None,
            post={
                "anonymous": LOGIN,
                "editor": 403,
                "coordinator": 302,
                "admin": 302,
                **others,
            },
        ),
    ]


ROUTES = [
    Route("followup:index", get=SIGNED_IN, post=None),
    Route(
        "followup:plan_tracks",
        kwargs=lambda w: {"pk": w.plans["approved"].pk},
        get=SIGNED_IN,
        post=None,
    ),
    Route(
        # A plan before its approval has no follow-up, whoever asks.
        "followup:plan_tracks",
        kwargs=lambda w: {"pk": w.plans["validated"].pk},
        get=SIGNED_IN | {role: 404 for role in SIGNED_IN if role != "anonymous"},
        post=None,
    ),
    Route("followup:track_detail", kwargs=lambda w: {"pk": w.track.pk}, get=SIGNED_IN, post=None),
    Route(
        "followup:track_update",
        kwargs=lambda w: {"pk": w.track.pk},
        get=EDITOR_ONLY,
        post=EDITOR_ONLY,  # an empty form comes back with its errors
    ),
    Route(
        "followup:milestone_create",
        kwargs=lambda w: {"pk": w.track.pk},
        get=EDITOR_ONLY,
        post=EDITOR_ONLY,  # an empty form comes back with its errors
    ),
    Route(
        "followup:milestone_update",
        kwargs=lambda w: {"pk": w.milestone.pk},
        get=EDITOR_ONLY,
        post=EDITOR_ONLY,  # an empty form comes back with its errors
    ),
    Route(
        "followup:milestone_delete",
        kwargs=lambda w: {"pk": w.milestone.pk},
        get=None,
        # Without the version it was read at: a message and back, nothing deleted.
        post=EDITOR_ONLY | {"editor": 302},
    ),
    Route(
        "followup:period_create",
        kwargs=lambda w: {"slug": w.round.slug},
        get=COORDINATORS,
        post=COORDINATORS,  # an empty form comes back with its errors
    ),
    *[
        Route("followup:period_overview", kwargs=_period(state), get=COORDINATORS, post=None)
        for state in ("draft", "accepted", "published")
    ],
    Route(
        "followup:period_publish",
        kwargs=_period("accepted"),
        get=COORDINATORS,
        post=COORDINATORS | {"coordinator": 302, "admin": 302},
    ),
    Route(
        # Nothing accepted yet: refused with a message, nothing published.
        "followup:period_publish",
        kwargs=_period("draft"),
        get=COORDINATORS,
        post=COORDINATORS | {"coordinator": 302, "admin": 302},
    ),
    Route(
        "exchange:period_export",
        kwargs=_period("published"),
        get=COORDINATORS,
        post=None,
    ),
    *[
        route
        for state in ("draft", "submitted", "returned", "accepted", "published")
        for route in _report_routes(state)
    ],  # fmt: skip
    # ---- the dossier: as its plan --------------------------------------------------------
    Route(
        "followup:process_dossier",
        kwargs=lambda w: {"pk": w.processes["approved"].pk},
        get=SIGNED_IN,
        post=None,
    ),
    Route(
        "followup:process_dossier",
        kwargs=lambda w: {"pk": w.processes["draft"].pk},
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
    # ---- public ----------------------------------------------------------------------------
    Route(
        "followup:public_progress",
        kwargs=lambda w: {"slug": w.round.slug},
        get=EVERYONE,
        post=None,
    ),
    Route(
        "followup:public_progress",
        kwargs=lambda w: {"slug": "bestaat-niet"},
        get={role: 404 for role in EVERYONE},
        post=None,
    ),
]
