"""Submitting the plan: the guard checklist, refusal with reasons, lock, frozen version, mail."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from plans import services
from plans.models import Plan, PlanVersion
from tests import factories
from tests.conftest import consult_all, fill_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def url(plan):
    return reverse("plans:plan_submit", kwargs={"pk": plan.pk})


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def ready(plan, editor):
    fill_plan(plan)
    consult_all(plan, editor)
    plan.refresh_from_db()
    return plan


def test_empty_plan_shows_what_is_missing_and_no_submit_button(as_editor, url, minister):
    response = as_editor.get(url)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Voeg minstens één kernproces toe." in page
    assert f"Registreer het overleg met: {minister.portfolio}." in page
    assert [check["ok"] for check in response.context["checks"]] == [False, False, False]
    assert "Het plan indienen</button>" not in page


def test_incomplete_process_is_named(as_editor, url, plan, editor, entity):
    factories.CoreProcessFactory(
        plan=plan, entity=entity, code="OV-7", assessment="phase_out", motivation=""
    )
    consult_all(plan, editor)
    response = as_editor.get(url)
    assert "Bij proces OV-7 ontbreekt nog een motivering." in response.content.decode()
    assert [check["ok"] for check in response.context["checks"]] == [True, False, True]


def test_ready_plan_offers_the_submit_button(as_editor, url, ready):
    response = as_editor.get(url)
    assert [check["ok"] for check in response.context["checks"]] == [True, True, True]
    assert "Het plan indienen</button>" in response.content.decode()


def test_incomplete_submission_is_refused_with_reasons(as_editor, url, plan, entity):
    factories.CoreProcessFactory(plan=plan, entity=entity, code="OV-1")
    response = as_editor.post(url, {"comment": ""})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Het plan kan nog niet ingediend worden." in page
    assert "Registreer het overleg met" in page
    plan.refresh_from_db()
    assert plan.status == Plan.Status.DRAFT
    assert not plan.versions.exists()
    assert mail.outbox == []


def test_submission_locks_freezes_and_mails_the_coordinators(
    as_editor, url, ready, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = as_editor.post(url, {"comment": "Na overleg met het kabinet."})
    assert response.status_code == 302
    assert response["Location"] == f"/plannen/{ready.pk}/"
    ready.refresh_from_db()
    assert ready.status == Plan.Status.SUBMITTED
    version = ready.versions.get()
    assert version.kind == PlanVersion.Kind.SUBMITTED
    assert len(version.data["processes"]) == 4
    assert ready.transitions.last().comment == "Na overleg met het kabinet."
    assert [message.to for message in mail.outbox] == [[coordinator.email]]


def test_after_submission_the_plan_page_says_so(as_editor, url, ready):
    response = as_editor.post(url, {}, follow=True)
    assert "Het plan werd ingediend." in response.content.decode()
    assert response.context["can_edit"] is False


def test_too_long_comment_is_refused_at_the_field(as_editor, url, ready):
    response = as_editor.post(url, {"comment": "x" * 2001})
    assert "comment" in response.context["form"].errors
    ready.refresh_from_db()
    assert ready.status == Plan.Status.DRAFT


def test_submitted_plan_cannot_be_submitted_again(as_editor, url, ready, editor):
    services.submit_plan(plan=ready, by=editor)
    response = as_editor.post(url, {})
    assert response.status_code == 200
    assert "niet mogelijk" in response.content.decode()
    assert ready.versions.count() == 1


def test_returned_plan_shows_reason_and_can_be_resubmitted(
    as_editor, url, ready, editor, coordinator
):
    services.submit_plan(plan=ready, by=editor)
    services.return_plan(plan=ready, by=coordinator, reason="Onvoldoende motivering.")
    page = as_editor.get(url).content.decode()
    assert "Onvoldoende motivering." in page
    response = as_editor.post(url, {})
    assert response.status_code == 302
    ready.refresh_from_db()
    assert ready.status == Plan.Status.SUBMITTED
    assert ready.versions.count() == 2


@pytest.mark.parametrize("role", ["coordinator", "member", "admin_user"])
def test_readers_cannot_submit(client, request, role, url, ready):
    client.force_login(request.getfixturevalue(role))
    assert client.get(url).status_code == 403
    assert client.post(url, {}).status_code == 403
    ready.refresh_from_db()
    assert ready.status == Plan.Status.DRAFT


@pytest.mark.parametrize("role", ["other_editor", "outsider", "viewer"])
def test_others_get_404(client, request, role, url, ready):
    client.force_login(request.getfixturevalue(role))
    assert client.post(url, {}).status_code == 404
    ready.refresh_from_db()
    assert ready.status == Plan.Status.DRAFT
