"""Permission matrix of the public plan and process pages, the open data (the published
follow-up's included), the personal API tokens and the API (issue 12, its follow-up
endpoints issue 11).

The public addresses answer the same to everyone: 200 for what is approved, 404 for a
plan before its approval (and its processes), whoever asks. The API answers an anonymous
request 401 (JSON, not the sign-in page) and a POST 405 (it only reads); what a role
sees through it is what the pages show them.
"""

from tests.sweep.matrix import LOGIN, ROLES, Route


def everyone(answer) -> dict:
    return dict.fromkeys(ROLES, answer)


SIGNED_IN = everyone(200) | {"anonymous": LOGIN}
API_READ = everyone(200) | {"anonymous": 401}
API_POST = everyone(405) | {"anonymous": 401}
# A plan in draft (and its processes), as the plan page answers it.
DRAFT = {
    "anonymous": 401,
    "editor": 200,
    "other_editor": 404,
    "coordinator": 200,
    "member": 200,
    "outsider": 404,
    "viewer": 404,
    "admin": 200,
}


# A report before its acceptance, as the report page answers it.
REPORT_HIDDEN = everyone(404) | {"anonymous": 401, "editor": 200, "coordinator": 200,
                                 "admin": 200}  # fmt: skip


def _plan(state: str):
    return lambda w: {"slug": w.round.slug, "domain": w.plans[state].domain.code}


def _process(state: str):
    def kwargs(w):
        process = w.processes[state]
        return {"slug": w.round.slug, "domain": w.plans[state].domain.code, "code": process.code}

    return kwargs


ROUTES = [
    # ---- public pages and open data ------------------------------------------------------
    Route("publication:public_plan", kwargs=_plan("approved"), get=everyone(200), post=None),
    Route("publication:public_plan", kwargs=_plan("validated"), get=everyone(404), post=None),
    Route("publication:public_plan", kwargs=_plan("draft"), get=everyone(404), post=None),
    Route(
        "publication:public_process", kwargs=_process("approved"), get=everyone(200), post=None
    ),  # fmt: skip
    Route(
        "publication:public_process", kwargs=_process("validated"), get=everyone(404), post=None
    ),  # fmt: skip
    Route(
        "publication:public_process", kwargs=_process("in_review"), get=everyone(404), post=None
    ),  # fmt: skip
    Route(
        "publication:open_data_csv",
        kwargs=lambda w: {"slug": w.round.slug},
        get=everyone(200),
        post=None,
    ),  # fmt: skip
    Route(
        "publication:open_data_csv",
        kwargs=lambda w: {"slug": "bestaat-niet"},
        get=everyone(404),
        post=None,
    ),  # fmt: skip
    Route(
        "publication:open_data_json",
        kwargs=lambda w: {"slug": w.round.slug},
        get=everyone(200),
        post=None,
    ),  # fmt: skip
    Route(
        "publication:open_data_followup_csv",
        kwargs=lambda w: {"slug": w.round.slug},
        get=everyone(200),
        post=None,
    ),  # fmt: skip
    Route(
        "publication:open_data_followup_json",
        kwargs=lambda w: {"slug": w.round.slug},
        get=everyone(200),
        post=None,
    ),  # fmt: skip
    Route(
        "publication:open_data_followup_json",
        kwargs=lambda w: {"slug": "bestaat-niet"},
        get=everyone(404),
        post=None,
    ),  # fmt: skip
    Route("publication:catalogue", get=everyone(200), post=None),
    Route("publication:data_dictionary", get=everyone(200), post=None),
    Route("publication:json_schema", get=everyone(200), post=None),
    Route("publication:followup_schema", get=everyone(200), post=None),
    # ---- personal API tokens ---------------------------------------------------------------
    Route("publication:api_tokens", get=SIGNED_IN, post=SIGNED_IN),  # an empty name: errors
    Route(
        "publication:api_token_revoke",
        kwargs=lambda w: {"pk": w.api_token.pk},
        get=None,
        post=everyone(404) | {"anonymous": LOGIN, "viewer": 302},  # only its owner
    ),
    # ---- the API -------------------------------------------------------------------------
    Route("publication:api_rounds", get=API_READ, post=API_POST),
    Route(
        "publication:api_round",
        kwargs=lambda w: {"slug": w.round.slug},
        get=API_READ,
        post=API_POST,
    ),  # fmt: skip
    Route("publication:api_plans", get=API_READ, post=API_POST),
    Route(
        "publication:api_plan",
        kwargs=lambda w: {"id": w.plans["approved"].pk},
        get=API_READ,
        post=API_POST,
    ),  # fmt: skip
    Route(
        "publication:api_plan",
        kwargs=lambda w: {"id": w.plans["draft"].pk},
        get=DRAFT,
        post=API_POST,
    ),  # fmt: skip
    Route("publication:api_processes", get=API_READ, post=API_POST),
    Route(
        "publication:api_process",
        kwargs=lambda w: {"id": w.processes["approved"].pk},
        get=API_READ,
        post=API_POST,
    ),  # fmt: skip
    Route(
        "publication:api_process",
        kwargs=lambda w: {"id": w.processes["draft"].pk},
        get=DRAFT,
        post=API_POST,
    ),  # fmt: skip
    Route("publication:api_decisions", get=API_READ, post=API_POST),
    Route(
        "publication:api_decision",
        kwargs=lambda w: {"id": w.decision.pk},
        get=API_READ,
        post=API_POST,
    ),  # fmt: skip
    # The follow-up: tracks of the approved plan for everyone signed in; a report as its
    # page answers (before its acceptance only its domain's editors and the coordinators).
    Route("publication:api_tracks", get=API_READ, post=API_POST),
    Route(
        "publication:api_track", kwargs=lambda w: {"id": w.track.pk}, get=API_READ, post=API_POST
    ),
    Route("publication:api_reports", get=API_READ, post=API_POST),
    Route(
        "publication:api_report",
        kwargs=lambda w: {"id": w.reports["accepted"].pk},
        get=API_READ,
        post=API_POST,
    ),
    Route(
        "publication:api_report",
        kwargs=lambda w: {"id": w.reports["published"].pk},
        get=API_READ,
        post=API_POST,
    ),
    Route(
        "publication:api_report",
        kwargs=lambda w: {"id": w.reports["draft"].pk},
        get=REPORT_HIDDEN,
        post=API_POST,
    ),
    Route(
        "publication:api_report",
        kwargs=lambda w: {"id": w.reports["returned"].pk},
        get=REPORT_HIDDEN,
        post=API_POST,
    ),
    # The schema and its documentation page are public: they hold no data.
    Route("publication:api_schema", get=everyone(200), post=everyone(405)),
    Route("publication:api_docs", get=everyone(200), post=everyone(405)),
]
