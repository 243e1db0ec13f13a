"""Working groups (issue 5 §3, §6): coordinators create and change them; members read
their own groups and nothing of other groups."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kerntaken.errors import DomainError, NotAllowed
from reviews import services
from reviews.models import WorkingGroup
from tests import factories

pytestmark = pytest.mark.django_db


def test_coordinator_lists_every_group(client, coordinator, member, outsider):
    client.force_login(coordinator)
    response = client.get(reverse("reviews:working_group_list"))
    assert {g.name for g in response.context["groups"]} == {
        "Werkgroep Onderwijs",
        "Werkgroep Welzijn",
    }
    assert reverse("reviews:working_group_create") in response.content.decode()


def test_member_lists_only_their_own_groups(client, member, outsider):
    client.force_login(member)
    response = client.get(reverse("reviews:working_group_list"))
    assert [g.name for g in response.context["groups"]] == ["Werkgroep Onderwijs"]
    assert reverse("reviews:working_group_create") not in response.content.decode()


def test_group_list_query_count_does_not_grow(
    client, coordinator, round_, django_assert_num_queries
):
    client.force_login(coordinator)
    # session, user, groups, working groups (with round, chair and the three counts),
    # the header's count of unread notifications (the session is not saved: renewed at sign-in,
    # less than a minute ago).
    with django_assert_num_queries(5):
        client.get(reverse("reviews:working_group_list"))
    for _ in range(5):
        factories.WorkingGroupFactory(round=round_).plans.add(factories.PlanFactory(round=round_))
    with django_assert_num_queries(5):
        client.get(reverse("reviews:working_group_list"))


def test_coordinator_creates_a_group(client, coordinator, member, plan, other_plan, round_):
    client.force_login(coordinator)
    response = client.post(
        reverse("reviews:working_group_create"),
        {
            "name": "Werkgroep Welzijn en Onderwijs",
            "chair": coordinator.pk,
            "members": [member.pk],
            "plans": [other_plan.pk],
        },
    )
    group = WorkingGroup.objects.get(name="Werkgroep Welzijn en Onderwijs")
    assert response.status_code == 302
    assert response["Location"] == reverse("reviews:working_group_detail", kwargs={"pk": group.pk})
    assert group.round == round_ and group.chair == coordinator
    assert list(group.members.all()) == [member]
    assert list(group.plans.all()) == [other_plan]


def test_group_name_must_be_unique_in_the_round(client, coordinator, group):
    client.force_login(coordinator)
    response = client.post(reverse("reviews:working_group_create"), {"name": group.name})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert WorkingGroup.objects.count() == 1


def test_group_without_name_is_refused(client, coordinator, round_):
    client.force_login(coordinator)
    response = client.post(reverse("reviews:working_group_create"), {})
    assert response.status_code == 200
    assert response.context["form"].errors["name"]
    assert not WorkingGroup.objects.exists()


def test_plan_of_another_group_cannot_be_chosen(client, coordinator, group, plan):
    client.force_login(coordinator)
    response = client.post(
        reverse("reviews:working_group_create"), {"name": "Tweede werkgroep", "plans": [plan.pk]}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["plans"]
    assert not WorkingGroup.objects.filter(name="Tweede werkgroep").exists()


def test_only_members_can_be_chosen_as_members(client, coordinator, editor, round_):
    client.force_login(coordinator)
    response = client.post(
        reverse("reviews:working_group_create"), {"name": "Werkgroep X", "members": [editor.pk]}
    )
    assert response.context["form"].errors["members"]


def test_coordinator_changes_a_group(client, coordinator, group, member, plan):
    client.force_login(coordinator)
    response = client.post(
        reverse("reviews:working_group_update", kwargs={"pk": group.pk}),
        {"name": "Werkgroep Onderwijs en Vorming", "members": [member.pk], "plans": [plan.pk]},
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.name == "Werkgroep Onderwijs en Vorming"


def test_plan_with_items_before_the_group_cannot_leave_it(client, coordinator, group, in_review):
    client.force_login(coordinator)
    response = client.post(
        reverse("reviews:working_group_update", kwargs={"pk": group.pk}),
        {"name": group.name, "plans": []},
    )
    assert response.status_code == 200
    assert "kan de werkgroep niet verlaten" in response.content.decode()
    assert list(group.plans.all()) == [in_review]


def test_group_detail_shows_plans_meetings_and_members(client, member, group, submitted):
    meeting = group.meetings.create(date="2015-04-21", place="Brussel")
    client.force_login(member)
    response = client.get(reverse("reviews:working_group_detail", kwargs={"pk": group.pk}))
    content = response.content.decode()
    assert response.status_code == 200
    assert reverse("reviews:plan_review", kwargs={"pk": submitted.pk}) in content
    assert reverse("reviews:meeting_detail", kwargs={"pk": meeting.pk}) in content
    assert "21 april 2015" in content
    assert member.username in content
    assert reverse("reviews:working_group_update", kwargs={"pk": group.pk}) not in content


def test_outsider_does_not_find_another_group(client, outsider, group):
    client.force_login(outsider)
    assert (
        client.get(reverse("reviews:working_group_detail", kwargs={"pk": group.pk})).status_code
        == 404
    )
    response = client.post(
        reverse("reviews:working_group_update", kwargs={"pk": group.pk}), {"name": "x"}
    )
    assert response.status_code == 404


def test_member_may_not_change_their_group(client, member, group):
    client.force_login(member)
    response = client.post(
        reverse("reviews:working_group_update", kwargs={"pk": group.pk}), {"name": "Gekaapt"}
    )
    assert response.status_code == 403
    assert WorkingGroup.objects.get(pk=group.pk).name == "Werkgroep Onderwijs"


@pytest.mark.parametrize("role", ["editor", "member", "viewer"])
def test_only_coordinators_create_groups(request, client, round_, role, group):
    client.force_login(request.getfixturevalue(role))
    response = client.post(reverse("reviews:working_group_create"), {"name": "Nieuw"})
    assert response.status_code == 403
    assert not WorkingGroup.objects.filter(name="Nieuw").exists()


def test_save_working_group_refuses_a_plan_of_another_group(coordinator, group, plan, round_):
    with pytest.raises(DomainError):
        services.save_working_group(
            by=coordinator, round=round_, name="Tweede", chair=None, members=[], plans=[plan]
        )
    assert not WorkingGroup.objects.filter(name="Tweede").exists()


def test_save_working_group_refuses_a_plan_of_another_round(coordinator, round_):
    stranger = factories.PlanFactory(round=factories.RoundFactory(slug="later"))
    with pytest.raises(DomainError):
        services.save_working_group(
            by=coordinator, round=round_, name="Tweede", chair=None, members=[], plans=[stranger]
        )


def test_only_coordinators_save_working_groups(member, round_):
    with pytest.raises(NotAllowed):
        services.save_working_group(
            by=member, round=round_, name="Eigen groep", chair=None, members=[], plans=[]
        )
