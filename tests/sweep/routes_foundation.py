"""The foundation's routes: start page, sign-in and -out, language, plan pages, review pages.

SPEC §5: an editor sees their own domain's plans in every state; the coordinator (and the
superuser, who may do what the coordinator does) sees every plan; a working-group member
sees the plans of their group; everyone signed in sees approved plans; other plans are
"not found" (404). Anonymous users reach only the sign-in page and the public pages.

Note: the foundation's read-only pages (home, dashboard, plan_detail, public_round,
round_overview, working_group_list) answer a POST as they answer a GET – harmless (they
change nothing, which the sweep checks), but they could refuse it (`@require_safe`).

The areas take some of these pages over (the editor's plan pages, the coordination's
overview, the public round page): an entry here gives way to an area's routes file that
declares the same URL name (`GIVES_WAY`, see `matrix.collect_routes`).
"""

from tests.sweep.matrix import LOGIN, Route

GIVES_WAY = True

# Where each signed-in role lands from the start page (kerntaken.views.home).
HOME = {
    "anonymous": 200,
    "editor": 302,
    "other_editor": 302,
    "coordinator": 302,
    "member": 302,
    "outsider": 302,
    "viewer": 200,
    "admin": 302,
}
# A plan of the editor's domains before approval, in `w.group`.
OWN_PLAN = {
    "anonymous": LOGIN,
    "editor": 200,
    "other_editor": 404,
    "coordinator": 200,
    "member": 200,
    "outsider": 404,
    "viewer": 404,
    "admin": 200,
}
APPROVED_PLAN = {
    "anonymous": LOGIN,
    "editor": 200,
    "other_editor": 200,
    "coordinator": 200,
    "member": 200,
    "outsider": 200,
    "viewer": 200,
    "admin": 200,
}
# The other editor's draft, in `w.other_group`.
OTHER_PLAN = {
    "anonymous": LOGIN,
    "editor": 404,
    "other_editor": 200,
    "coordinator": 200,
    "member": 404,
    "outsider": 200,
    "viewer": 404,
    "admin": 200,
}
EVERYONE_SIGNED_IN = {**APPROVED_PLAN}
PUBLIC = {role: 200 for role in APPROVED_PLAN}
NOT_FOUND = {role: 404 for role in APPROVED_PLAN}
REDIRECT = {role: 302 for role in APPROVED_PLAN}
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
WORKING_GROUPS = {**COORDINATORS, "member": 200, "outsider": 200}


def _plan_detail(key: str, answers: dict) -> Route:
    return Route(
        "plans:plan_detail",
        kwargs=lambda w: {"pk": w.plans[key].pk},
        get=answers,
        post=answers,
    )


ROUTES = [
    Route("home", get=HOME, post=HOME),
    # Signed-in users are sent on from the sign-in page (redirect_authenticated_user);
    # an empty sign-in form comes back with its errors.
    Route(
        "login",
        get={**REDIRECT, "anonymous": 200},
        post={**REDIRECT, "anonymous": 200},
    ),
    # Signing out only by POST.
    Route("logout", get=None, post={**REDIRECT, "anonymous": LOGIN}),
    # Public; without a valid language it only sends the user back.
    Route("set_language", get=REDIRECT, post=REDIRECT),
    Route("plans:dashboard", get=EVERYONE_SIGNED_IN, post=EVERYONE_SIGNED_IN),
    _plan_detail("draft", OWN_PLAN),
    _plan_detail("returned", OWN_PLAN),
    _plan_detail("submitted", OWN_PLAN),
    _plan_detail("in_review", OWN_PLAN),
    _plan_detail("validated", OWN_PLAN),
    _plan_detail("approved", APPROVED_PLAN),
    Route(
        "plans:plan_detail",
        kwargs=lambda w: {"pk": w.other_plan.pk},
        get=OTHER_PLAN,
        post=OTHER_PLAN,
    ),
    Route(
        "plans:plan_detail",
        kwargs=lambda w: {"pk": 999_999},
        get=NOT_FOUND | {"anonymous": LOGIN},
        post=NOT_FOUND | {"anonymous": LOGIN},
    ),
    Route(
        "publication:public_round", kwargs=lambda w: {"slug": w.round.slug}, get=PUBLIC, post=PUBLIC
    ),
    Route(
        "publication:public_round",
        kwargs=lambda w: {"slug": w.new_round.slug},
        get=PUBLIC,
        post=PUBLIC,
    ),
    Route(
        "publication:public_round",
        kwargs=lambda w: {"slug": "bestaat-niet"},
        get=NOT_FOUND,
        post=NOT_FOUND,
    ),
]
