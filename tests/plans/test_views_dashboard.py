"""The editor's dashboard: the plan, its state, the deadline signal and the checklist."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from plans.views import deadline_signal
from tests.conftest import consult_all, fill_plan

pytestmark = pytest.mark.django_db

URL = reverse("plans:dashboard")


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


def set_deadline(plan, days_from_today: int) -> None:
    plan.round.submission_deadline = timezone.localdate() + dt.timedelta(days=days_from_today)
    plan.round.start_date = plan.round.submission_deadline - dt.timedelta(days=200)
    plan.round.save()


def test_dashboard_shows_the_plan_its_state_and_checklist(as_editor, plan, minister):
    page = as_editor.get(URL).content.decode()
    assert plan.domain.name in page
    assert "Ontwerp" in page
    assert "Nog te doen vóór de indiening" in page
    assert "Voeg minstens één kernproces toe." in page
    assert f"Registreer het overleg met: {minister.portfolio}." in page


def test_complete_plan_is_ready_to_submit(as_editor, plan, editor):
    fill_plan(plan)
    consult_all(plan, editor)
    page = as_editor.get(URL).content.decode()
    assert "Klaar om in te dienen" in page


@pytest.mark.parametrize(
    ("days", "state", "text"),
    [(-3, "past", "Termijn verstreken"), (5, "near", "Termijn nadert"), (60, "open", "nog 60")],
)
def test_deadline_signal_in_words(as_editor, plan, days, state, text):
    set_deadline(plan, days)
    plan.refresh_from_db()
    assert deadline_signal(plan)["state"] == state
    assert text in as_editor.get(URL).content.decode()


def test_no_deadline_signal_once_submitted(as_editor, plan, editor, advance):
    set_deadline(plan, -3)
    plan = advance(plan, "submitted", editor)
    assert deadline_signal(plan) is None
    assert "Termijn verstreken" not in as_editor.get(URL).content.decode()


def test_returned_plan_shows_the_reason(as_editor, plan, editor, advance, coordinator):
    from plans import services

    plan = advance(plan, "submitted", editor)
    services.return_plan(plan=plan, by=coordinator, reason="Motivering aanvullen.")
    assert "Motivering aanvullen." in as_editor.get(URL).content.decode()


def test_other_domains_plan_is_not_on_the_dashboard(client, other_editor, plan, other_plan):
    client.force_login(other_editor)
    page = client.get(URL).content.decode()
    assert other_plan.domain.name in page
    assert f"/plannen/{plan.pk}/" not in page


def test_user_without_domain_sees_an_empty_dashboard(client, coordinator, plan):
    client.force_login(coordinator)
    response = client.get(URL)
    assert response.status_code == 200
    assert response.context["rows"] == []


def test_dashboard_offers_an_open_round_without_the_domains_plan(as_editor, plan):
    from tests.factories import RoundFactory

    new_round = RoundFactory(name="Kerntakenplannen 2019–2020", slug="2019-2020")
    response = as_editor.get(URL)
    start_url = reverse("plans:round_detail", kwargs={"slug": new_round.slug})
    assert start_url.encode() in response.content
    # The round that already holds the domain's plan is not offered again.
    assert reverse("plans:round_detail", kwargs={"slug": plan.round.slug}).encode() not in (
        response.content
    )


def test_dashboard_offers_no_closed_round(as_editor, plan):
    from tests.factories import RoundFactory

    closed = RoundFactory(name="Kerntakenplannen 2009–2010", slug="2009-2010", is_open=False)
    response = as_editor.get(URL)
    assert (
        reverse("plans:round_detail", kwargs={"slug": closed.slug}).encode() not in response.content
    )
