"""The permission module's rules for the coordination's pages (issue 5 §6)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from kerntaken import permissions
from kerntaken.errors import NotAllowed
from reviews import services
from reviews.models import GovernmentDecision

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ("coordinator", True),
        ("admin_user", True),
        ("member", True),
        ("outsider", False),
        ("editor", False),
        ("viewer", False),
    ],
)
def test_review_page_for_coordinators_and_the_plans_group(
    request, submitted, member, outsider, role, sees
):
    user = request.getfixturevalue(role)
    assert permissions.can_view_plan_review(user, submitted) is sees
    if not sees:
        with pytest.raises(Http404):
            permissions.get_reviewed_plan_or_404(user, submitted.pk)


def test_anonymous_sees_no_review_page(submitted):
    assert not permissions.can_view_plan_review(AnonymousUser(), submitted)


def test_member_finds_their_groups_meetings_and_items_only(
    member, outsider, group, items, coordinator
):
    meeting = services.save_meeting(
        by=coordinator,
        group=group,
        date=dt.date(2015, 4, 21),
        place="",
        minutes="",
        agenda=[items["P2"]],
    )
    assert permissions.get_working_group_or_404(member, group.pk) == group
    assert permissions.get_meeting_or_404(member, meeting.pk) == meeting
    assert permissions.get_review_item_or_404(member, items["P2"].pk) == items["P2"]
    for fetch, pk in [
        (permissions.get_working_group_or_404, group.pk),
        (permissions.get_meeting_or_404, meeting.pk),
        (permissions.get_review_item_or_404, items["P2"].pk),
    ]:
        with pytest.raises(Http404):
            fetch(outsider, pk)


def test_decision_document_is_public_once_it_approved_plans(approved, viewer):
    decision = approved.government_decision
    assert permissions.can_view_decision_document(AnonymousUser(), decision)
    assert permissions.can_view_decision_document(viewer, decision)


def test_decision_document_without_approved_plans_stays_internal(round_, viewer, member):
    decision = GovernmentDecision.objects.create(
        round=round_, date=dt.date(2015, 7, 17), reference="VR INTERN"
    )
    assert not permissions.can_view_decision_document(AnonymousUser(), decision)
    assert not permissions.can_view_decision_document(viewer, decision)
    assert permissions.can_view_decision_document(member, decision)


@pytest.mark.parametrize("role", ["member", "editor", "viewer"])
def test_only_coordinators_use_the_coordinations_services(request, role, in_review, group):
    user = request.getfixturevalue(role)
    with pytest.raises(NotAllowed):
        services.save_framework_check(plan=in_review, by=user, conclusion="x", remarks={})
    with pytest.raises(NotAllowed):
        services.assign_working_group(plan=in_review, group=group, by=user)
    with pytest.raises(NotAllowed):
        services.save_meeting(
            by=user, group=group, date=dt.date(2015, 4, 21), place="", minutes="", agenda=[]
        )
