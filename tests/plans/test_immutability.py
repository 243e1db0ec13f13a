"""Nothing changes an approved plan or its processes (SPEC §4), not even the admin."""

from __future__ import annotations

import datetime as dt

import pytest

from kerntaken.errors import DomainError, NotAllowed
from plans import services
from processes import services as process_services
from processes.models import Axis

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved(plan, editor, advance):
    return advance(plan, "approved", editor)


def test_editor_cannot_add_process_to_approved_plan(approved, editor, entity):
    with pytest.raises(NotAllowed):
        process_services.create_process(
            plan=approved,
            by=editor,
            entity=entity,
            code="NEW",
            title="Nieuw",
            axis=Axis.REGULATION,
            assessment="keep",
        )
    assert not approved.processes.filter(code="NEW").exists()


@pytest.mark.parametrize("state", ["submitted", "in_review", "validated", "approved"])
def test_processes_locked_once_submitted(plan, editor, advance, state):
    plan = advance(plan, state, editor)
    process = plan.processes.first()
    with pytest.raises((NotAllowed, DomainError)):
        process_services.update_process(
            process=process, by=editor, version=process.version, title="Gewijzigd"
        )
    with pytest.raises((NotAllowed, DomainError)):
        process_services.delete_process(process=process, by=editor)
    process.refresh_from_db()
    assert process.title != "Gewijzigd"


def test_consultation_locked_once_approved(approved, editor, minister):
    with pytest.raises((NotAllowed, DomainError)):
        services.record_consultation(
            plan=approved,
            minister=minister,
            date=dt.date(2015, 2, 1),
            outcome="remarks",
            note="later",
            by=editor,
        )


def test_admin_cannot_change_or_delete_approved_plan(client, admin_user, approved):
    client.force_login(admin_user)
    process = approved.processes.first()
    response = client.get(f"/admin/plans/plan/{approved.pk}/change/")
    assert response.status_code == 200
    assert b'name="_save"' not in response.content
    response = client.post(
        f"/admin/processes/coreprocess/{process.pk}/change/", {"title": "Gewijzigd via admin"}
    )
    assert response.status_code == 403
    response = client.post(f"/admin/processes/coreprocess/{process.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    response = client.post(f"/admin/plans/plan/{approved.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    process.refresh_from_db()
    assert process.title != "Gewijzigd via admin"


def test_admin_can_still_change_a_draft_plans_process(client, admin_user, plan):
    from tests.factories import CoreProcessFactory

    process = CoreProcessFactory(plan=plan, entity=plan.domain.entities.first())
    client.force_login(admin_user)
    response = client.get(f"/admin/processes/coreprocess/{process.pk}/change/")
    assert response.status_code == 200
    assert b'name="_save"' in response.content
