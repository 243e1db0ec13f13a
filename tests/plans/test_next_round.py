"""The next round (issue 7, item 6): a coordinator opens it, each domain starts its plan
from its previous approved plan: processes copied, assessments cleared, history kept."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from plans.models import Plan, PlanTransition, Round
from processes.models import Assessment, CoreProcess
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved(plan, editor, advance):
    return advance(plan, "approved", editor)


@pytest.fixture
def next_round(round_):
    return factories.RoundFactory(
        name="Kerntakenplannen 2019–2020",
        slug="2019-2020",
        previous=round_,
        start_date=dt.date(2019, 9, 1),
        submission_deadline=dt.date(2020, 1, 31),
        framework_date=None,
        approval_date=None,
    )


def round_data(**overrides) -> dict:
    return {
        "name": "Kerntakenplannen 2019–2020",
        "slug": "2019-2020",
        "introduction": "Het nieuwe regeerakkoord vraagt een nieuw kerntakenplan.",
        "start_date": "2019-09-01",
        "submission_deadline": "2020-01-31",
        "framework_date": "2020-03-15",
        "review_start": "2020-04-01",
        "review_end": "2020-06-30",
        "approval_date": "2020-07-17",
    } | overrides


def start_url(round_, domain) -> str:
    return reverse("plans:plan_start", kwargs={"slug": round_.slug, "domain_pk": domain.pk})


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


# ---- opening a round --------------------------------------------------------------------


def test_coordinator_opens_a_round_building_on_the_previous_one(client, coordinator, round_):
    client.force_login(coordinator)
    response = client.post(reverse("plans:round_create"), round_data(previous=round_.pk))
    new = Round.objects.get(slug="2019-2020")
    assert response.status_code == 302
    assert response["Location"] == reverse("plans:round_detail", kwargs={"slug": new.slug})
    assert new.previous == round_
    assert new.is_open
    assert (new.start_date, new.approval_date) == (dt.date(2019, 9, 1), dt.date(2020, 7, 17))
    assert new.introduction.startswith("Het nieuwe regeerakkoord")


def test_new_round_form_proposes_the_latest_round_as_previous(client, coordinator, round_):
    client.force_login(coordinator)
    response = client.get(reverse("plans:round_create"))
    assert response.status_code == 200
    assert response.context["form"].initial["previous"] == round_


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"submission_deadline": "2019-08-01"}, "submission_deadline", "vóór de start"),
        ({"approval_date": "2019-01-01"}, "approval_date", "vóór de start"),
        ({"review_end": "2020-03-01"}, "review_end", "kan niet eindigen voor ze begint"),
        ({"slug": "2014-2015"}, "slug", ""),
        ({"slug": "nieuw"}, "slug", "is voorbehouden"),
        ({"slug": "documenten"}, "slug", "is voorbehouden"),
        ({"slug": "met spaties"}, "slug", ""),
        ({"name": ""}, "name", ""),
        ({"start_date": "morgen"}, "start_date", ""),
        ({"start_date": "2010-01-01", "submission_deadline": "2010-02-01"}, "previous", "vóór"),
        ({"previous": "999999"}, "previous", ""),
    ],
)
def test_round_with_wrong_data_is_refused_and_nothing_created(
    client, coordinator, round_, overrides, field, message
):
    client.force_login(coordinator)
    data = round_data(previous=round_.pk) | overrides
    data.update({"review_start": data.get("review_start", "2020-04-01")})
    response = client.post(reverse("plans:round_create"), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors
    assert message in " ".join(errors[field])
    assert "De ronde is niet geopend." in response.text
    assert Round.objects.count() == 1


@pytest.mark.parametrize("role", ["editor", "member", "viewer"])
def test_only_coordinators_open_rounds(client, request, round_, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("plans:round_create")).status_code == 403
    assert client.post(reverse("plans:round_create"), round_data()).status_code == 403
    assert Round.objects.count() == 1


def test_anonymous_is_sent_to_sign_in_for_a_new_round(client, round_):
    response = client.post(reverse("plans:round_create"), round_data())
    assert response["Location"].startswith(reverse("login"))
    assert Round.objects.count() == 1


# ---- the round's page in round management ----------------------------------------------


def test_coordinator_sees_every_domain_and_whether_it_has_a_plan(
    client, coordinator, next_round, approved, other_domain
):
    factories.PlanFactory(domain=other_domain, round=next_round)
    client.force_login(coordinator)
    response = client.get(reverse("plans:round_detail", kwargs={"slug": next_round.slug}))
    assert response.status_code == 200
    rows = {domain: plan for domain, plan, _previous in response.context["rows"]}
    assert rows[other_domain].round == next_round
    assert rows[approved.domain] is None
    assert "1 van 2 beleidsdomeinen hebben een plan in deze ronde." in response.text
    assert start_url(next_round, approved.domain) in response.text
    assert start_url(next_round, other_domain) not in response.text


def test_editor_sees_only_their_own_domain_with_the_start_action(
    client, editor, next_round, approved, other_domain
):
    client.force_login(editor)
    response = client.get(reverse("plans:round_detail", kwargs={"slug": next_round.slug}))
    assert response.status_code == 200
    assert [domain for domain, _plan, _prev in response.context["rows"]] == [approved.domain]
    assert other_domain.name not in response.text
    assert "Plan starten vanuit het goedgekeurde plan" in response.text
    assert start_url(next_round, approved.domain) in response.text


def test_without_previous_approved_plan_the_action_starts_an_empty_plan(
    client, editor, next_round, plan
):
    client.force_login(editor)
    response = client.get(reverse("plans:round_detail", kwargs={"slug": next_round.slug}))
    assert "Plan starten<span" in response.text
    assert "vanuit het goedgekeurde plan" not in response.text


def test_closed_round_offers_no_start_action(client, editor, next_round, approved):
    next_round.is_open = False
    next_round.save()
    client.force_login(editor)
    response = client.get(reverse("plans:round_detail", kwargs={"slug": next_round.slug}))
    assert start_url(next_round, approved.domain) not in response.text
    assert "De ronde is afgesloten." in response.text


@pytest.mark.parametrize("role", ["member", "viewer"])
def test_round_management_is_not_for_members_or_viewers(client, request, next_round, role):
    client.force_login(request.getfixturevalue(role))
    assert (
        client.get(reverse("plans:round_detail", kwargs={"slug": next_round.slug})).status_code
        == 403
    )
    assert client.get(reverse("plans:round_list")).status_code == 403


def test_round_detail_of_unknown_round_is_not_found(client, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("plans:round_detail", kwargs={"slug": "bestaat-niet"}))
    assert response.status_code == 404


def test_round_detail_query_count_does_not_grow_with_domains(
    client, coordinator, next_round, approved, django_assert_num_queries
):
    for _ in range(5):
        factories.PlanFactory(domain=factories.PolicyDomainFactory(), round=next_round)
    client.force_login(coordinator)
    url = reverse("plans:round_detail", kwargs={"slug": next_round.slug})
    # Session, user, groups; the round with its previous round; the domains; their plans in the
    # round; the approved plans of the previous round; the header's count of unread notifications
    # (the session is not saved: renewed at sign-in, less than a minute ago).
    with django_assert_num_queries(8):
        response = client.get(url)
    assert len(response.context["rows"]) == 6


def test_round_list_shows_rounds_and_the_new_round_action_to_coordinators(
    client, coordinator, next_round
):
    client.force_login(coordinator)
    response = client.get(reverse("plans:round_list"))
    assert response.status_code == 200
    assert next_round.name in response.text
    assert reverse("plans:round_create") in response.text


def test_round_list_hides_the_new_round_action_from_editors(client, editor, next_round):
    client.force_login(editor)
    response = client.get(reverse("plans:round_list"))
    assert response.status_code == 200
    assert reverse("plans:round_create") not in response.text


# ---- starting a plan ----------------------------------------------------------------------


def test_editor_starts_plan_from_previous_approved_plan(client, editor, next_round, approved):
    client.force_login(editor)
    response = client.post(start_url(next_round, approved.domain))
    new = Plan.objects.get(round=next_round, domain=approved.domain)
    assert response.status_code == 302
    assert response["Location"] == new.get_absolute_url()
    assert new.based_on == approved
    assert new.status == Plan.Status.DRAFT
    assert "Beoordeel elk proces opnieuw." in messages_of(response)[0]


def test_copied_processes_keep_their_content_and_lose_their_assessments(
    client, editor, next_round, approved
):
    client.force_login(editor)
    client.post(start_url(next_round, approved.domain))
    new = Plan.objects.get(round=next_round)
    old = {p.code: p for p in approved.processes.all()}
    copied = list(new.processes.all())
    assert sorted(p.code for p in copied) == sorted(old)
    for process in copied:
        source = old[process.code]
        assert (process.title, process.description, process.entity_id, process.axis) == (
            source.title,
            source.description,
            source.entity_id,
            source.axis,
        )
        assert (process.fte, process.budget, process.position) == (
            source.fte,
            source.budget,
            source.position,
        )
        assert process.assessment == ""
        assert process.final_assessment == ""
        assert process.motivation == ""
        assert process.transfer_level == ""


def test_copied_processes_history_says_they_were_copied(client, editor, next_round, approved):
    client.force_login(editor)
    client.post(start_url(next_round, approved.domain))
    new = Plan.objects.get(round=next_round)
    for process in new.processes.all():
        record = process.history.get()
        assert record.history_type == "+"
        assert record.history_user == editor
        assert record.history_change_reason == f"Overgenomen uit {approved}"


def test_previous_plan_and_its_history_stay_untouched(client, editor, next_round, approved):
    before = {
        p.pk: (p.assessment, p.final_assessment, p.motivation, p.history.count())
        for p in approved.processes.all()
    }
    client.force_login(editor)
    client.post(start_url(next_round, approved.domain))
    approved.refresh_from_db()
    assert approved.status == Plan.Status.APPROVED
    after = {
        p.pk: (p.assessment, p.final_assessment, p.motivation, p.history.count())
        for p in approved.processes.all()
    }
    assert after == before
    assert any(assessment == Assessment.PHASE_OUT for assessment, *_ in after.values())


def test_start_is_logged_as_a_transition(client, editor, next_round, approved):
    client.force_login(editor)
    client.post(start_url(next_round, approved.domain))
    transition = PlanTransition.objects.get(plan__round=next_round)
    assert transition.action == Plan.Action.CREATE
    assert transition.actor == editor
    assert transition.comment == str(approved)


def test_coordinator_starts_a_domains_plan(client, coordinator, next_round, approved):
    client.force_login(coordinator)
    response = client.post(start_url(next_round, approved.domain))
    assert response.status_code == 302
    assert Plan.objects.get(round=next_round).based_on == approved


def test_plan_without_previous_approved_plan_starts_empty(
    client, editor, next_round, plan, advance
):
    advance(plan, "validated", editor)  # validated, never approved: nothing to start from
    client.force_login(editor)
    client.post(start_url(next_round, plan.domain))
    new = Plan.objects.get(round=next_round)
    assert new.based_on is None
    assert not new.processes.exists()


def test_round_without_previous_round_starts_empty_plans(client, editor, round_, approved):
    fresh = factories.RoundFactory(
        slug="los",
        name="Losse ronde",
        start_date=dt.date(2019, 1, 1),
        submission_deadline=dt.date(2019, 6, 1),
    )
    client.force_login(editor)
    client.post(start_url(fresh, approved.domain))
    assert Plan.objects.get(round=fresh).based_on is None


def test_editor_cannot_start_another_domains_plan(client, other_editor, next_round, approved):
    client.force_login(other_editor)
    response = client.post(start_url(next_round, approved.domain))
    assert response.status_code == 403
    assert not Plan.objects.filter(round=next_round).exists()


@pytest.mark.parametrize("role", ["member", "viewer", "outsider"])
def test_members_and_viewers_cannot_start_plans(client, request, next_round, approved, role):
    client.force_login(request.getfixturevalue(role))
    assert client.post(start_url(next_round, approved.domain)).status_code == 403
    assert not Plan.objects.filter(round=next_round).exists()


def test_anonymous_cannot_start_plans(client, next_round, approved):
    response = client.post(start_url(next_round, approved.domain))
    assert response["Location"].startswith(reverse("login"))
    assert not Plan.objects.filter(round=next_round).exists()


def test_start_refuses_get(client, editor, next_round, approved):
    client.force_login(editor)
    assert client.get(start_url(next_round, approved.domain)).status_code == 405
    assert not Plan.objects.filter(round=next_round).exists()


def test_starting_twice_is_refused_with_a_message(client, editor, next_round, approved):
    client.force_login(editor)
    client.get(client.post(start_url(next_round, approved.domain))["Location"])  # shows its message
    response = client.post(start_url(next_round, approved.domain))
    assert response.status_code == 302
    assert response["Location"] == reverse("plans:round_detail", kwargs={"slug": next_round.slug})
    assert messages_of(response) == ["Dit beleidsdomein heeft al een plan in deze ronde."]
    assert Plan.objects.filter(round=next_round).count() == 1
    assert CoreProcess.objects.filter(plan__round=next_round).count() == 4


def test_starting_in_a_closed_round_is_refused_with_a_message(client, editor, next_round, approved):
    next_round.is_open = False
    next_round.save()
    client.force_login(editor)
    response = client.post(start_url(next_round, approved.domain))
    assert response.status_code == 302
    assert messages_of(response) == ["Deze ronde is afgesloten."]
    assert not Plan.objects.filter(round=next_round).exists()


@pytest.mark.parametrize(
    "path",
    [
        "/ronde-beheer/bestaat-niet/beleidsdomeinen/1/starten/",
        "/ronde-beheer/2019-2020/beleidsdomeinen/999999/starten/",
        "/ronde-beheer/2019-2020/beleidsdomeinen/99999999999999999999999/starten/",
        "/ronde-beheer/2019-2020/beleidsdomeinen/abc/starten/",
    ],
)
def test_starting_with_nonsense_address_is_not_found(client, coordinator, next_round, path):
    client.force_login(coordinator)
    assert client.post(path).status_code == 404
    assert not Plan.objects.filter(round=next_round).exists()
