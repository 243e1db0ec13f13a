"""Deleting (after a confirmation page that needs no JavaScript) and reordering, by POST."""

from __future__ import annotations

import pytest
from django.urls import reverse

from processes import services
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def processes(plan, entity):
    return [
        factories.CoreProcessFactory(plan=plan, entity=entity, code=code, position=position)
        for position, code in enumerate(["A", "B", "C"], start=1)
    ]


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


def order(plan) -> list[str]:
    return list(plan.processes.order_by("position").values_list("code", flat=True))


# ---- delete ---------------------------------------------------------------------------


def test_delete_link_opens_a_confirmation_and_deletes_nothing(as_editor, processes, plan):
    url = reverse("processes:process_delete", kwargs={"pk": processes[0].pk})
    response = as_editor.get(url)
    assert response.status_code == 200
    assert "Kernproces A verwijderen?" in response.content.decode()
    assert plan.processes.count() == 3


def test_confirmed_delete_removes_the_process(as_editor, processes, plan):
    url = reverse("processes:process_delete", kwargs={"pk": processes[0].pk})
    response = as_editor.post(url, {"version": processes[0].version})
    assert response.status_code == 302
    assert order(plan) == ["B", "C"]


def test_deletion_stays_visible_in_history(as_editor, processes, editor):
    url = reverse("processes:process_delete", kwargs={"pk": processes[0].pk})
    as_editor.post(url, {"version": 1})
    record = processes[0].history.model.objects.filter(id=processes[0].pk).first()
    assert record.history_type == "-"
    assert record.history_user == editor


def test_delete_without_version_is_refused(as_editor, processes, plan):
    url = reverse("processes:process_delete", kwargs={"pk": processes[0].pk})
    response = as_editor.post(url, {})
    assert response.status_code == 200
    assert plan.processes.count() == 3


def test_delete_of_a_changed_process_is_refused(as_editor, processes, plan, editor):
    services.update_process(process=processes[0], by=editor, version=1, title="Gewijzigd")
    url = reverse("processes:process_delete", kwargs={"pk": processes[0].pk})
    response = as_editor.post(url, {"version": 1})
    assert response.status_code == 200
    assert "Iemand anders heeft dit proces gewijzigd" in response.content.decode()
    assert "Gewijzigd" in response.content.decode()  # the current version is shown
    assert response.context["form"]["version"].value() == 2
    assert plan.processes.count() == 3


@pytest.mark.parametrize("role", ["coordinator", "member"])
def test_readers_cannot_delete(client, request, role, processes, plan):
    client.force_login(request.getfixturevalue(role))
    url = reverse("processes:process_delete", kwargs={"pk": processes[0].pk})
    assert client.get(url).status_code == 403
    assert client.post(url, {"version": 1}).status_code == 403
    assert plan.processes.count() == 3


def test_other_domains_editor_cannot_delete(client, other_editor, processes, plan):
    client.force_login(other_editor)
    url = reverse("processes:process_delete", kwargs={"pk": processes[0].pk})
    assert client.post(url, {"version": 1}).status_code == 404
    assert plan.processes.count() == 3


# ---- move -----------------------------------------------------------------------------


def test_move_up(as_editor, processes, plan):
    url = reverse("processes:process_move", kwargs={"pk": processes[1].pk})
    response = as_editor.post(url, {"offset": "-1"})
    assert response.status_code == 302
    assert response["Location"] == f"/plannen/{plan.pk}/#process-{processes[1].pk}"
    assert order(plan) == ["B", "A", "C"]


def test_move_down(as_editor, processes, plan):
    as_editor.post(
        reverse("processes:process_move", kwargs={"pk": processes[0].pk}), {"offset": "1"}
    )
    assert order(plan) == ["B", "A", "C"]


def test_moving_the_first_up_changes_nothing(as_editor, processes, plan):
    as_editor.post(
        reverse("processes:process_move", kwargs={"pk": processes[0].pk}), {"offset": "-1"}
    )
    assert order(plan) == ["A", "B", "C"]


@pytest.mark.parametrize("offset", ["", "5", "omhoog"])
def test_bad_offset_is_refused_with_a_message(as_editor, processes, plan, offset):
    url = reverse("processes:process_move", kwargs={"pk": processes[1].pk})
    response = as_editor.post(url, {"offset": offset}, follow=True)
    assert "omhoog of omlaag" in response.content.decode()
    assert order(plan) == ["A", "B", "C"]


def test_move_refuses_get(as_editor, processes, plan):
    url = reverse("processes:process_move", kwargs={"pk": processes[1].pk})
    assert as_editor.get(url, {"offset": "-1"}).status_code == 405
    assert order(plan) == ["A", "B", "C"]


def test_reader_cannot_move(client, coordinator, processes, plan):
    client.force_login(coordinator)
    url = reverse("processes:process_move", kwargs={"pk": processes[1].pk})
    assert client.post(url, {"offset": "-1"}).status_code == 403
    assert order(plan) == ["A", "B", "C"]


def test_move_with_htmx_answers_with_the_table(as_editor, processes, plan):
    url = reverse("processes:process_move", kwargs={"pk": processes[1].pk})
    response = as_editor.post(
        url,
        {"offset": "-1"},
        headers={"HX-Request": "true", "HX-Current-URL": f"http://testserver/plannen/{plan.pk}/"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<div id="processes"')
    assert page.index(">B<") < page.index(">A<")
