"""The permission module (SPEC §5): who sees, edits, moves and exports which plan."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from kerntaken import permissions, roles

pytestmark = pytest.mark.django_db

ROLES = ["editor", "other_editor", "coordinator", "member", "outsider", "viewer", "admin_user"]


def user_for(request, role):
    return AnonymousUser() if role == "anonymous" else request.getfixturevalue(role)


@pytest.mark.parametrize(
    ("role", "sees_draft", "edits_draft"),
    [
        ("anonymous", False, False),
        ("editor", True, True),
        ("other_editor", False, False),
        ("coordinator", True, False),
        ("member", True, False),
        ("outsider", False, False),
        ("viewer", False, False),
        ("admin_user", True, False),
    ],
)
def test_draft_plan_visibility_and_editing(request, plan, group, role, sees_draft, edits_draft):
    user = user_for(request, role)
    assert permissions.can_view_plan(user, plan) is sees_draft
    assert permissions.can_edit_plan(user, plan) is edits_draft
    assert (plan in permissions.visible_plans(user)) is sees_draft
    if not sees_draft:
        with pytest.raises(Http404):
            permissions.get_plan_or_404(user, plan.pk)


@pytest.mark.parametrize(
    "role", ["editor", "other_editor", "coordinator", "member", "outsider", "viewer", "admin_user"]
)
def test_everyone_signed_in_sees_and_exports_approved_plans(
    request, plan, editor, group, advance, role
):
    plan = advance(plan, "approved", editor)
    user = user_for(request, role)
    assert permissions.can_view_plan(user, plan)
    assert permissions.can_export_plan(user, plan)
    assert not permissions.can_edit_plan(user, plan)


def test_anonymous_cannot_export(plan, editor, advance):
    plan = advance(plan, "approved", editor)
    assert not permissions.can_export_plan(AnonymousUser(), plan)


def test_editor_cannot_edit_own_plan_once_submitted(plan, editor, advance):
    plan = advance(plan, "submitted", editor)
    assert permissions.can_view_plan(editor, plan)
    assert not permissions.can_edit_plan(editor, plan)


def test_visible_plans_lists_each_plan_once(plan, other_plan, member, group, editor):
    group.plans.add(other_plan)
    from tests.factories import WorkingGroupFactory

    second = WorkingGroupFactory(round=plan.round)
    second.plans.add(plan)
    second.members.add(member)
    roles.forget(member)  # the member's groups changed after they were read
    visible = list(permissions.visible_plans(member))
    assert sorted(p.pk for p in visible) == sorted([plan.pk, other_plan.pk])


@pytest.mark.parametrize(
    ("role", "manages"),
    [
        ("coordinator", True),
        ("admin_user", True),
        ("editor", False),
        ("member", False),
        ("viewer", False),
        ("anonymous", False),
    ],
)
def test_only_coordinators_manage_reviews(request, role, manages, plan):
    user = user_for(request, role)
    assert permissions.can_manage_reviews(user) is manages
    assert permissions.can_review_plan(user, plan) is manages
    assert permissions.can_manage_documents(user) is manages


def test_members_see_only_their_own_groups(request, group, member, outsider):
    assert permissions.can_view_working_group(member, group)
    assert not permissions.can_view_working_group(outsider, group)
    assert list(permissions.visible_working_groups(member)) == [group]


def test_inactive_user_has_no_role(editor, plan):
    editor.is_active = False
    assert not permissions.has_role(editor, permissions.Role.EDITOR)
