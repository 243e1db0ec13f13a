"""Changing a core process: the same careful form, plus optimistic locking in the UI.

The form carries the version it was opened on; a save based on an older version is
refused with the other person's current values shown beside the user's, nothing lost.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from processes import services
from processes.models import CoreProcess
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def process(plan, entity) -> CoreProcess:
    return factories.CoreProcessFactory(
        plan=plan,
        entity=entity,
        code="OV-01",
        title="Voorbereiden van de regelgeving",
        assessment="optimise",
        motivation="Vereenvoudigen.",
        fte=Decimal("4.00"),
        budget=Decimal("100.0"),
    )


@pytest.fixture
def url(process):
    return reverse("processes:process_update", kwargs={"pk": process.pk})


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


def posted(process: CoreProcess, **overrides) -> dict:
    data = {
        "entity": process.entity_id,
        "code": process.code,
        "title": process.title,
        "description": process.description,
        "axis": process.axis,
        "assessment": process.assessment,
        "motivation": process.motivation,
        "transfer_level": process.transfer_level,
        "fte": "4,00",
        "budget": "100,0",
        "version": process.version,
    }
    return data | overrides


def test_form_opens_with_values_version_and_decimal_comma(as_editor, url, process):
    response = as_editor.get(url)
    page = response.content.decode()
    assert response.status_code == 200
    assert f'name="version" value="{process.version}"' in page
    assert 'value="4,00"' in page
    assert 'value="Voorbereiden van de regelgeving"' in page


def test_editor_saves_a_change(as_editor, url, process, plan):
    response = as_editor.post(url, posted(process, title="Nieuwe titel", fte="2,5"))
    assert response.status_code == 302
    assert response["Location"] == f"/plannen/{plan.pk}/#process-{process.pk}"
    process.refresh_from_db()
    assert (process.title, process.fte, process.version) == ("Nieuwe titel", Decimal("2.5"), 2)


def test_change_is_in_history_with_old_and_new_value(as_editor, url, process, editor):
    as_editor.post(url, posted(process, title="Nieuwe titel"))
    latest = process.history.first()
    assert latest.history_user == editor
    assert latest.title == "Nieuwe titel"
    assert latest.prev_record.title == "Voorbereiden van de regelgeving"


def test_keeping_its_own_code_is_not_a_duplicate(as_editor, url, process):
    response = as_editor.post(url, posted(process, title="Anders"))
    assert response.status_code == 302


def test_taking_another_process_code_is_refused(as_editor, url, process, plan, entity):
    factories.CoreProcessFactory(plan=plan, entity=entity, code="OV-02")
    response = as_editor.post(url, posted(process, code="OV-02", title="Anders"))
    assert response.status_code == 200
    assert "code" in response.context["form"].errors
    process.refresh_from_db()
    assert (process.code, process.title, process.version) == ("OV-01", process.title, 1)


def test_bad_value_keeps_entry_and_writes_nothing(as_editor, url, process):
    response = as_editor.post(url, posted(process, title="Anders", fte="-2"))
    form = response.context["form"]
    assert "fte" in form.errors
    assert form["title"].value() == "Anders"
    process.refresh_from_db()
    assert process.title == "Voorbereiden van de regelgeving"


def test_foreign_entity_is_refused(as_editor, url, process, other_entity):
    response = as_editor.post(url, posted(process, entity=other_entity.pk))
    assert "entity" in response.context["form"].errors
    process.refresh_from_db()
    assert process.entity_id != other_entity.pk


def test_post_without_version_is_refused(as_editor, url, process):
    data = posted(process, title="Anders")
    del data["version"]
    response = as_editor.post(url, data)
    assert response.status_code == 200
    assert "version" in response.context["form"].errors
    assert "niet volledig verstuurd" in response.content.decode()
    process.refresh_from_db()
    assert process.title != "Anders"


# ---- stale edits --------------------------------------------------------------------


@pytest.fixture
def changed_by_colleague(process, editor):
    """A colleague saves the process after our editor opened it (at version 1)."""
    return services.update_process(
        process=process,
        by=editor,
        version=1,
        title="Titel van de collega",
        motivation="Motivering van de collega.",
    )


def test_stale_save_is_refused_and_nothing_lost(as_editor, url, process, changed_by_colleague):
    response = as_editor.post(url, posted(process, title="Mijn titel", version=1))
    assert response.status_code == 200
    process.refresh_from_db()
    assert process.title == "Titel van de collega"
    assert process.version == 2
    form = response.context["form"]
    assert form["title"].value() == "Mijn titel"  # the user's entry is kept


def test_stale_save_shows_their_values_beside_mine(as_editor, url, process, changed_by_colleague):
    response = as_editor.post(url, posted(process, title="Mijn titel", version=1))
    page = response.content.decode()
    assert "Iemand anders heeft dit proces gewijzigd" in page
    differences = {row["label"]: row for row in response.context["stale"]["differences"]}
    assert differences["titel"]["theirs"] == "Titel van de collega"
    assert differences["titel"]["yours"] == "Mijn titel"
    assert differences["motivering"]["theirs"] == "Motivering van de collega."
    assert "Titel van de collega" in page


def test_stale_form_moves_to_current_version_so_saving_again_works(
    as_editor, url, process, changed_by_colleague
):
    response = as_editor.post(url, posted(process, title="Mijn titel", version=1))
    assert response.context["form"]["version"].value() == "2"
    again = as_editor.post(url, posted(process, title="Mijn titel", version=2))
    assert again.status_code == 302
    process.refresh_from_db()
    assert (process.title, process.version) == ("Mijn titel", 3)


# ---- who may change -----------------------------------------------------------------


def test_other_domains_editor_gets_404(client, other_editor, url, process):
    client.force_login(other_editor)
    assert client.get(url).status_code == 404
    assert client.post(url, posted(process, title="Gekaapt")).status_code == 404
    process.refresh_from_db()
    assert process.title != "Gekaapt"


@pytest.mark.parametrize("role", ["coordinator", "member", "admin_user"])
def test_readers_get_403(client, request, role, url, process):
    client.force_login(request.getfixturevalue(role))
    assert client.get(url).status_code == 403
    assert client.post(url, posted(process, title="Gekaapt")).status_code == 403
    process.refresh_from_db()
    assert process.title != "Gekaapt"


def test_unknown_process_is_404(as_editor):
    assert (
        as_editor.get(reverse("processes:process_update", kwargs={"pk": 999999})).status_code == 404
    )


def test_submitted_plan_cannot_be_changed(as_editor, plan, editor, advance):
    plan = advance(plan, "submitted", editor)
    process = plan.processes.first()
    url = reverse("processes:process_update", kwargs={"pk": process.pk})
    response = as_editor.post(url, posted(process, title="Te laat"))
    assert response.status_code == 302
    process.refresh_from_db()
    assert process.title != "Te laat"


def test_returned_plan_is_editable_again(as_editor, plan, editor, advance, coordinator):
    from plans import services as plan_services

    plan = advance(plan, "submitted", editor)
    plan_services.return_plan(plan=plan, by=coordinator, reason="Motivering te summier.")
    process = plan.processes.get(code="P2")
    url = reverse("processes:process_update", kwargs={"pk": process.pk})
    response = as_editor.post(url, posted(process, motivation="Uitgebreide motivering."))
    assert response.status_code == 302
    process.refresh_from_db()
    assert process.motivation == "Uitgebreide motivering."
