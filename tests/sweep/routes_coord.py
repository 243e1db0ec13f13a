"""The coordination's routes (issue 5): the round overview, each plan's review and its
steps, working groups, meetings, decisions on items and the government's decisions.

Who gets what: coordinators (and the superuser) do everything. A working-group member
reads the review pages of their group's plans, the group, its meetings and items, and
the government decisions; every change there is refused with 403. Whoever is not in the
plan's or the meeting's group finds nothing (404). The document of a government decision
that approved plans is public (it is published with the approved plans).

`round_overview` and `working_group_list` refuse POST (`require_GET`); they replace the
foundation's declaration of those two names, which answered POST like GET.
"""

from tests.sweep.matrix import LOGIN, Route

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
# Pages of `w.group` and its plans: the members of the group read them.
GROUP_READ = {
    "anonymous": LOGIN,
    "editor": 404,
    "other_editor": 404,
    "coordinator": 200,
    "member": 200,
    "outsider": 404,
    "viewer": 404,
    "admin": 200,
}
# Changes to `w.group`, its plans and items: members see them but may not act.
GROUP_CHANGE = {**GROUP_READ, "member": 403}
# Every working-group member (any group) and the coordinators.
DECISION_READ = {**COORDINATORS, "member": 200, "outsider": 200}
DECISION_PAGE = {**GROUP_READ, "outsider": 200}
PUBLIC = {role: 200 for role in COORDINATORS}
NOT_FOUND = {role: 404 for role in COORDINATORS} | {"anonymous": LOGIN}


def plan(state: str):
    return lambda w: {"pk": w.plans[state].pk}


def group(w) -> dict:
    return {"pk": w.group.pk}


def meeting(w) -> dict:
    return {"pk": w.meeting.pk}


def with_status(answers: dict, status) -> dict:
    """`answers`, with `status` for those allowed to act (coordinator and admin)."""
    return answers | {"coordinator": status, "admin": status}


ROUTES = [
    Route("reviews:round_overview", get=COORDINATORS, post=None),
    # ---- one plan's review --------------------------------------------------------------
    Route("reviews:plan_review", kwargs=plan("submitted"), get=GROUP_READ, post=None),
    Route("reviews:plan_review", kwargs=plan("approved"), get=GROUP_READ, post=None),
    Route(
        "reviews:plan_review",
        kwargs=lambda w: {"pk": w.other_plan.pk},
        get=GROUP_READ | {"member": 404, "outsider": 200},
        post=None,
    ),
    Route("reviews:plan_review", kwargs=lambda w: {"pk": 999_999}, get=NOT_FOUND, post=None),
    # An empty framework check lacks its conclusion: the form comes back with its error.
    Route("reviews:framework_check", kwargs=plan("submitted"), get=GROUP_CHANGE, post=GROUP_CHANGE),
    # Not submitted: the coordinator is sent back to the review page with a message.
    Route(
        "reviews:framework_check",
        kwargs=plan("in_review"),
        get=with_status(GROUP_CHANGE, 302),
        post=with_status(GROUP_CHANGE, 302),
    ),
    # POST only; without a group chosen: a message and back to the review page.
    Route(
        "reviews:plan_assign_working_group",
        kwargs=plan("submitted"),
        get=None,
        post=with_status(GROUP_CHANGE, 302),
    ),
    # An empty return lacks its reason: the form comes back with its error.
    Route("reviews:plan_return", kwargs=plan("submitted"), get=GROUP_CHANGE, post=GROUP_CHANGE),
    Route(
        "reviews:plan_return",
        kwargs=plan("approved"),
        get=with_status(GROUP_CHANGE, 302),
        post=with_status(GROUP_CHANGE, 302),
    ),
    # The world's submitted plan has no framework check: the start is refused in the form.
    Route(
        "reviews:plan_start_review", kwargs=plan("submitted"), get=GROUP_CHANGE, post=GROUP_CHANGE
    ),
    # `w.item` is still pending: validation is refused on the page.
    Route("reviews:plan_validate", kwargs=plan("in_review"), get=GROUP_CHANGE, post=GROUP_CHANGE),
    Route(
        "reviews:plan_validate",
        kwargs=plan("submitted"),
        get=with_status(GROUP_CHANGE, 302),
        post=with_status(GROUP_CHANGE, 302),
    ),
    # ---- working groups, meetings, items -------------------------------------------------
    Route("reviews:working_group_list", get=DECISION_READ, post=None),
    Route("reviews:working_group_create", get=COORDINATORS, post=COORDINATORS),
    Route("reviews:working_group_detail", kwargs=group, get=GROUP_READ, post=None),
    Route(
        "reviews:working_group_detail",
        kwargs=lambda w: {"pk": w.other_group.pk},
        get=GROUP_READ | {"member": 404, "outsider": 200},
        post=None,
    ),
    Route("reviews:working_group_update", kwargs=group, get=GROUP_CHANGE, post=GROUP_CHANGE),
    Route("reviews:meeting_create", kwargs=group, get=GROUP_CHANGE, post=GROUP_CHANGE),
    Route("reviews:meeting_detail", kwargs=meeting, get=GROUP_READ, post=None),
    Route("reviews:meeting_update", kwargs=meeting, get=GROUP_CHANGE, post=GROUP_CHANGE),
    # An empty confirmation names no item: nothing is confirmed, back to the meeting.
    Route(
        "reviews:meeting_confirm_remaining",
        kwargs=meeting,
        get=GROUP_CHANGE,
        post=with_status(GROUP_CHANGE, 302),
    ),
    Route("exchange:meeting_workbook", kwargs=meeting, get=GROUP_READ, post=None),
    # An empty decision lacks its choice: the form comes back with its error.
    Route(
        "reviews:review_item_decide",
        kwargs=lambda w: {"pk": w.item.pk},
        get=GROUP_CHANGE,
        post=GROUP_CHANGE,
    ),
    # ---- the government's decisions ------------------------------------------------------
    Route("reviews:decision_list", get=DECISION_READ, post=None),
    Route("reviews:decision_create", get=COORDINATORS, post=COORDINATORS),
    Route(
        "reviews:decision_detail",
        kwargs=lambda w: {"pk": w.decision.pk},
        get=DECISION_PAGE,
        post=None,
    ),
    Route("reviews:decision_detail", kwargs=lambda w: {"pk": 999_999}, get=NOT_FOUND, post=None),
    # Public: the decision approved `w.plans["approved"]`.
    Route(
        "reviews:decision_document", kwargs=lambda w: {"pk": w.decision.pk}, get=PUBLIC, post=None
    ),
    Route(
        "reviews:decision_document",
        kwargs=lambda w: {"pk": 999_999},
        get=NOT_FOUND,
        post=None,
    ),
]
