"""The coordinator's page of a plan and the steps taken from it (issue 5 §2, §4, §7):
framework check, working group, return, start review, validate, and the timeline."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from plans.models import Plan
from reviews import services
from reviews.models import FrameworkCheck, ReviewItem
from tests import factories
from tests.reviews.conftest import messages_of

pytestmark = pytest.mark.django_db


def url(name: str, plan: Plan) -> str:
    return reverse(name, kwargs={"pk": plan.pk})


# ---- the page ------------------------------------------------------------------------


def test_coordinator_sees_the_actions_of_a_submitted_plan(client, coordinator, submitted):
    client.force_login(coordinator)
    response = client.get(url("reviews:plan_review", submitted))
    content = response.content.decode()
    assert response.status_code == 200
    assert url("reviews:framework_check", submitted) in content
    assert url("reviews:plan_return", submitted) in content
    assert url("reviews:plan_assign_working_group", submitted) in content
    # No framework check yet: the review cannot start.
    assert url("reviews:plan_start_review", submitted) not in content


def test_start_review_is_offered_once_checked_and_assigned(client, coordinator, submitted):
    factories.FrameworkCheckFactory(plan=submitted)
    client.force_login(coordinator)
    content = client.get(url("reviews:plan_review", submitted)).content.decode()
    assert url("reviews:plan_start_review", submitted) in content


def test_member_of_the_group_reads_the_page_without_actions(client, member, submitted):
    client.force_login(member)
    response = client.get(url("reviews:plan_review", submitted))
    content = response.content.decode()
    assert response.status_code == 200
    assert "als lid van de werkgroep" in content
    for name in [
        "reviews:framework_check",
        "reviews:plan_return",
        "reviews:plan_assign_working_group",
    ]:
        assert url(name, submitted) not in content


@pytest.mark.parametrize("role", ["editor", "other_editor", "outsider", "viewer"])
def test_others_do_not_find_the_review_page(request, client, submitted, member, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(url("reviews:plan_review", submitted)).status_code == 404


def test_others_do_not_find_the_review_page_of_an_approved_plan(client, viewer, approved):
    client.force_login(viewer)
    assert client.get(url("reviews:plan_review", approved)).status_code == 404


@pytest.mark.parametrize(
    "name",
    [
        "reviews:framework_check",
        "reviews:plan_return",
        "reviews:plan_start_review",
        "reviews:plan_assign_working_group",
    ],
)
def test_member_may_not_act_on_the_plan(client, member, submitted, name):
    client.force_login(member)
    response = client.post(url(name, submitted), {"reason": "x", "conclusion": "x"})
    assert response.status_code == 403
    assert Plan.objects.get(pk=submitted.pk).status == Plan.Status.SUBMITTED
    assert not FrameworkCheck.objects.exists()


def test_page_shows_submitted_and_final_assessment_after_validation(
    client, coordinator, items, in_review
):
    services.decide_review_item(item=items["P2"], by=coordinator, decision="confirmed")
    services.decide_review_item(
        item=items["P3"],
        by=coordinator,
        decision="amended",
        final_assessment="keep",
        note="Blijft bij de Vlaamse overheid.",
    )
    services.decide_review_item(item=items["P4"], by=coordinator, decision="confirmed")
    services.validate_plan(plan=in_review, by=coordinator)
    client.force_login(coordinator)
    content = client.get(url("reviews:plan_review", in_review)).content.decode()
    assert "Ingediende beoordeling" in content and "Eindbeoordeling" in content
    assert 'class="assessment-changed"' in content
    assert "(gewijzigd)" in content
    assert "Blijft bij de Vlaamse overheid." in content


def test_timeline_shows_every_step_with_actor_time_and_comment(
    client, coordinator, editor, submitted
):
    from plans.services import return_plan

    return_plan(plan=submitted, by=coordinator, reason="Motivering ontbreekt bij P2.")
    client.force_login(coordinator)
    response = client.get(url("reviews:plan_review", submitted))
    transitions = list(response.context["transitions"])
    assert [t.action for t in transitions] == ["submit", "return"]
    content = response.content.decode()
    assert "Teruggestuurd" in content and "Motivering ontbreekt bij P2." in content
    assert editor.username in content and coordinator.username in content
    assert '<time datetime="' in content


def test_review_page_query_count_does_not_grow_with_processes(
    client, coordinator, in_review, django_assert_num_queries
):
    client.force_login(coordinator)
    # session, user, plan, user's groups, the plan's working groups, framework check,
    # items (with process, meeting, group, decider), processes (with entity and item),
    # transitions (with actor), the consultations of the last submitted version, the
    # consultation log (with actor), the header's count of unread notifications (the
    # session is not saved: renewed at sign-in, less than a minute ago).
    with django_assert_num_queries(12):
        client.get(url("reviews:plan_review", in_review))
    entity = in_review.domain.entities.first()
    for _ in range(10):
        factories.CoreProcessFactory(plan=in_review, entity=entity)
    with django_assert_num_queries(12):
        response = client.get(url("reviews:plan_review", in_review))
    assert len(response.context["processes"]) == 14


# ---- framework check -----------------------------------------------------------------


def test_coordinator_records_the_framework_check(client, coordinator, submitted):
    client.force_login(coordinator)
    response = client.post(
        url("reviews:framework_check", submitted),
        {"regulation": "  Vereenvoudiging mogelijk. ", "conclusion": "Past binnen het kader."},
    )
    assert response.status_code == 302
    check = FrameworkCheck.objects.get(plan=submitted)
    assert check.regulation == "Vereenvoudiging mogelijk."
    assert check.conclusion == "Past binnen het kader."
    assert check.checked_by == coordinator and check.checked_at is not None


def test_framework_check_without_conclusion_is_refused(client, coordinator, submitted):
    client.force_login(coordinator)
    response = client.post(url("reviews:framework_check", submitted), {"regulation": "Iets."})
    assert response.status_code == 200
    assert response.context["form"].errors["conclusion"]
    assert "Schrijf de conclusie van de toetsing aan het kader." in response.content.decode()
    assert not FrameworkCheck.objects.exists()


def test_framework_check_only_for_submitted_plans(client, coordinator, in_review):
    client.force_login(coordinator)
    response = client.post(
        url("reviews:framework_check", in_review), {"conclusion": "Nieuw."}, follow=True
    )
    assert "Deze stap is niet mogelijk" in " ".join(messages_of(response))
    assert FrameworkCheck.objects.get(plan=in_review).conclusion != "Nieuw."


# ---- working group -------------------------------------------------------------------


def test_coordinator_moves_a_submitted_plan_to_another_group(
    client, coordinator, submitted, group, round_
):
    other = factories.WorkingGroupFactory(round=round_, name="Werkgroep Mobiliteit")
    client.force_login(coordinator)
    response = client.post(
        url("reviews:plan_assign_working_group", submitted), {"working_group": other.pk}
    )
    assert response.status_code == 302
    assert list(submitted.working_groups.all()) == [other]


def test_group_of_a_plan_in_review_cannot_change(client, coordinator, in_review, group, round_):
    other = factories.WorkingGroupFactory(round=round_, name="Werkgroep Mobiliteit")
    client.force_login(coordinator)
    response = client.post(
        url("reviews:plan_assign_working_group", in_review),
        {"working_group": other.pk},
        follow=True,
    )
    assert "De werkgroep kan niet meer veranderen" in " ".join(messages_of(response))
    assert list(in_review.working_groups.all()) == [group]


def test_group_of_another_round_cannot_be_assigned(client, coordinator, submitted, group):
    foreign = factories.WorkingGroupFactory(round=factories.RoundFactory(slug="later"))
    client.force_login(coordinator)
    response = client.post(
        url("reviews:plan_assign_working_group", submitted),
        {"working_group": foreign.pk},
        follow=True,
    )
    assert messages_of(response)
    assert list(submitted.working_groups.all()) == [group]


# ---- return --------------------------------------------------------------------------


def test_coordinator_returns_a_plan_and_the_editors_are_mailed(
    client, coordinator, editor, submitted, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("reviews:plan_return", submitted), {"reason": "De motivering van P2 is te summier."}
        )
    assert response.status_code == 302
    plan = Plan.objects.get(pk=submitted.pk)
    assert plan.status == Plan.Status.RETURNED
    assert plan.return_reason == "De motivering van P2 is te summier."
    assert [m.to for m in mail.outbox] == [[editor.email]]
    assert "De motivering van P2 is te summier." in mail.outbox[0].body


def test_return_without_reason_is_refused(
    client, coordinator, submitted, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("reviews:plan_return", submitted), {"reason": "   "})
    assert response.status_code == 200
    assert "Geef de reden op waarom het plan wordt teruggestuurd." in response.content.decode()
    assert Plan.objects.get(pk=submitted.pk).status == Plan.Status.SUBMITTED
    assert not mail.outbox


def test_return_of_a_validated_plan_is_refused(client, coordinator, validated):
    client.force_login(coordinator)
    response = client.post(url("reviews:plan_return", validated), {"reason": "Te laat."})
    assert response.status_code == 302
    assert Plan.objects.get(pk=validated.pk).status == Plan.Status.VALIDATED


# ---- start review --------------------------------------------------------------------


def test_coordinator_starts_the_review_with_an_extra_process(client, coordinator, submitted, group):
    factories.FrameworkCheckFactory(plan=submitted)
    extra = submitted.processes.get(code="P1")
    client.force_login(coordinator)
    response = client.post(
        url("reviews:plan_start_review", submitted), {"extra_processes": [extra.pk]}
    )
    assert response.status_code == 302
    assert Plan.objects.get(pk=submitted.pk).status == Plan.Status.IN_REVIEW
    codes = set(ReviewItem.objects.values_list("process__code", flat=True))
    assert codes == {"P1", "P2", "P3", "P4"}
    assert ReviewItem.objects.get(process=extra).added_by_coordinator


def test_start_review_without_framework_check_is_refused(client, coordinator, submitted):
    client.force_login(coordinator)
    response = client.post(url("reviews:plan_start_review", submitted), {})
    assert response.status_code == 200
    assert "Vervolledig eerst de toetsing aan het kader" in response.content.decode()
    assert Plan.objects.get(pk=submitted.pk).status == Plan.Status.SUBMITTED
    assert not ReviewItem.objects.exists()


def test_start_review_refuses_a_forged_process_choice(client, coordinator, submitted, other_plan):
    factories.FrameworkCheckFactory(plan=submitted)
    foreign = factories.CoreProcessFactory(
        plan=other_plan, entity=other_plan.domain.entities.first()
    )
    reviewed = submitted.processes.get(code="P2")  # already on automatically: not a choice
    client.force_login(coordinator)
    for forged in (foreign, reviewed):
        response = client.post(
            url("reviews:plan_start_review", submitted), {"extra_processes": [forged.pk]}
        )
        assert response.status_code == 200
        assert response.context["form"].errors["extra_processes"]
    assert not ReviewItem.objects.exists()


# ---- validate ------------------------------------------------------------------------


def test_validation_is_refused_while_items_are_open(client, coordinator, items, in_review):
    services.decide_review_item(item=items["P2"], by=coordinator, decision="deferred")
    client.force_login(coordinator)
    page = client.get(url("reviews:plan_validate", in_review)).content.decode()
    assert "kan niet worden gevalideerd" in page
    response = client.post(url("reviews:plan_validate", in_review))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Nog niet over elk toetsingspunt is beslist." in content
    assert "P2" in content
    assert Plan.objects.get(pk=in_review.pk).status == Plan.Status.IN_REVIEW
    assert not in_review.processes.exclude(final_assessment="").exists()


def test_coordinator_validates_a_decided_plan(client, coordinator, items, in_review):
    for item in items.values():
        services.decide_review_item(item=item, by=coordinator, decision="confirmed")
    client.force_login(coordinator)
    response = client.post(url("reviews:plan_validate", in_review))
    assert response.status_code == 302
    assert Plan.objects.get(pk=in_review.pk).status == Plan.Status.VALIDATED
    assert not in_review.processes.filter(final_assessment="").exists()


def test_framework_check_is_in_its_history(coordinator, submitted):
    services.save_framework_check(
        plan=submitted, by=coordinator, conclusion="Past binnen het kader.", remarks={}
    )
    latest = FrameworkCheck.objects.get(plan=submitted).history.first()
    assert latest.history_user == coordinator
    assert latest.conclusion == "Past binnen het kader."
