"""The round overview (issue 5 §1): every domain's plan, the queue, overdue plans."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tests import factories
from tests.conftest import fill_plan

pytestmark = pytest.mark.django_db

URL = reverse("reviews:round_overview")


def test_coordinator_sees_every_domain_with_state_date_and_counts(
    client, coordinator, submitted, other_plan
):
    client.force_login(coordinator)
    response = client.get(URL)
    assert response.status_code == 200
    rows = {row.domain.code: row for row in response.context["rows"]}
    assert set(rows) == {"ov", "wvg"}
    assert rows["ov"].plan == submitted
    # fill_plan: P1 keep, P2 phase-out, P3 transfer, P4 optimise (in the spec's order).
    assert rows["ov"].counts == [1, 1, 1, 1, 0, 0]
    assert rows["ov"].total == 4
    assert rows["wvg"].counts == [0, 0, 0, 0, 0, 0]
    content = response.content.decode()
    assert "Ingediend" in content and "Ontwerp" in content
    assert submitted.submitted_at.strftime("%Y") in content


def test_queue_lists_submitted_plans_oldest_first(
    client, coordinator, submitted, other_plan, other_editor, advance
):
    later = advance(other_plan, "submitted", other_editor)
    type(submitted).objects.filter(pk=submitted.pk).update(
        submitted_at=timezone.now() - dt.timedelta(days=3)
    )
    client.force_login(coordinator)
    response = client.get(URL)
    assert [p.pk for p in response.context["queue"]] == [submitted.pk, later.pk]


def test_overdue_plans_stand_out_with_text(client, coordinator, plan, round_):
    # The round's deadline (31 January 2015) has long passed; the draft is overdue.
    client.force_login(coordinator)
    response = client.get(URL)
    (row,) = response.context["rows"]
    assert row.overdue
    assert "Te laat: niet ingediend vóór 31 januari 2015" in response.content.decode()


def test_submitted_plan_is_not_overdue(client, coordinator, submitted):
    client.force_login(coordinator)
    response = client.get(URL)
    assert not any(row.overdue for row in response.context["rows"])
    assert "Te laat" not in response.content.decode()


def test_plan_before_the_deadline_is_not_overdue(client, coordinator, plan, round_):
    round_.submission_deadline = timezone.localdate() + dt.timedelta(days=1)
    round_.save()
    client.force_login(coordinator)
    response = client.get(URL)
    assert not response.context["rows"][0].overdue


def test_domain_without_a_plan_is_listed_and_overdue(client, coordinator, plan):
    factories.PolicyDomainFactory(code="mow", name="Mobiliteit en Openbare Werken")
    client.force_login(coordinator)
    response = client.get(URL)
    rows = {row.domain.code: row for row in response.context["rows"]}
    assert rows["mow"].plan is None and rows["mow"].overdue
    assert "Nog geen plan" in response.content.decode()


def test_round_selector_shows_the_chosen_round(client, coordinator, plan, round_):
    newer = factories.RoundFactory(
        name="Kerntakenplannen 2019",
        slug="2019",
        start_date=dt.date(2019, 9, 1),
        submission_deadline=dt.date(2020, 1, 31),
    )
    client.force_login(coordinator)
    assert client.get(URL).context["round"] == newer
    response = client.get(URL, {"ronde": round_.slug})
    assert response.context["round"] == round_
    assert response.context["rows"][0].plan == plan
    assert 'name="ronde"' in response.content.decode()


def test_unknown_round_is_ignored(client, coordinator, round_):
    client.force_login(coordinator)
    response = client.get(URL, {"ronde": "<script>"})
    assert response.status_code == 200
    assert response.context["round"] == round_


@pytest.mark.parametrize("role", ["editor", "member", "viewer"])
def test_only_coordinators_see_the_overview(request, client, plan, group, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(URL).status_code == 403


def test_overview_query_count_does_not_grow_with_plans(
    client, coordinator, round_, django_assert_num_queries
):
    client.force_login(coordinator)
    # session, user, user's groups, rounds, plans (with domain, round, framework check), counts per
    # plan and assessment, domains, the header's count of unread notifications (the session is not
    # saved: renewed at sign-in, less than a minute ago).
    factories.PlanFactory(round=round_)
    with django_assert_num_queries(8):
        client.get(URL)
    for _ in range(5):
        fill_plan(factories.PlanFactory(round=round_))
    with django_assert_num_queries(8):
        response = client.get(URL)
    assert len(response.context["rows"]) == 6
