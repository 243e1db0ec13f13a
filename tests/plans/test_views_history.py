"""History of the plan and of each process: who, when, which field, old → new."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from plans import services as plan_services
from processes import services
from processes.models import Assessment, Axis
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def changed(plan, entity, editor):
    """A process added, changed twice and another one deleted, all by the editor."""
    process = services.create_process(
        plan=plan,
        by=editor,
        entity=entity,
        code="OV-1",
        title="Eerste titel",
        axis=Axis.REGULATION,
        assessment=Assessment.KEEP,
    )
    process = services.update_process(
        process=process,
        by=editor,
        version=process.version,
        title="Tweede titel",
        assessment=Assessment.OPTIMISE,
        motivation="Efficiënter.",
    )
    gone = services.create_process(
        plan=plan,
        by=editor,
        entity=entity,
        code="OV-2",
        title="Weg",
        axis=Axis.OTHER,
        assessment=Assessment.KEEP,
    )
    services.delete_process(process=gone, by=editor)
    return process


def test_process_history_shows_old_and_new_with_labels(as_editor, changed):
    response = as_editor.get(reverse("processes:process_history", kwargs={"pk": changed.pk}))
    entries = response.context["entries"]
    assert [entry.kind for entry in entries] == ["~", "+"]
    changes = {change.label: (change.old, change.new) for change in entries[0].changes}
    assert changes["Titel"] == ("Eerste titel", "Tweede titel")
    assert changes["Beoordeling"] == ("Behouden in huidige vorm", "Optimalisatie aangewezen")
    assert changes["Motivering"] == ("—", "Efficiënter.")


def test_history_names_who_changed_it(as_editor, changed, editor):
    editor.first_name, editor.last_name = "Els", "Editeur"
    editor.save()
    data = {
        "entity": changed.entity_id,
        "code": changed.code,
        "title": "Derde titel",
        "axis": changed.axis,
        "assessment": changed.assessment,
        "motivation": changed.motivation,
        "version": changed.version,
    }
    as_editor.post(reverse("processes:process_update", kwargs={"pk": changed.pk}), data)
    response = as_editor.get(reverse("processes:process_history", kwargs={"pk": changed.pk}))
    latest = response.context["entries"][0]
    assert latest.who == "Els Editeur"
    assert "Els Editeur" in response.content.decode()
    assert [(c.label, c.old, c.new) for c in latest.changes] == [
        ("Titel", "Tweede titel", "Derde titel")
    ]


def test_plan_history_lists_additions_changes_and_deletions(as_editor, plan, changed):
    response = as_editor.get(reverse("plans:plan_history", kwargs={"pk": plan.pk}))
    kinds = [(entry.kind, entry.subject) for entry in response.context["process_entries"]]
    assert kinds == [
        ("-", "OV-2 Weg"),
        ("+", "OV-2 Weg"),
        ("~", "OV-1 Tweede titel"),
        ("+", "OV-1 Eerste titel"),
    ]
    page = response.content.decode()
    assert "Verwijderd" in page and "Eerste titel" in page


def test_plan_history_shows_consultations_and_steps(as_editor, plan, editor, minister):
    plan_services.record_consultation(
        plan=plan,
        minister=minister,
        date=dt.date(2015, 1, 15),
        outcome="agreement",
        note="",
        by=editor,
    )
    response = as_editor.get(reverse("plans:plan_history", kwargs={"pk": plan.pk}))
    entry = response.context["consultation_entries"][0]
    assert entry.subject == minister.portfolio
    assert {c.label: c.new for c in entry.changes}["Uitkomst"] == "Akkoord"


def test_plan_history_is_paged(as_editor, plan, entity, editor):
    for n in range(60):
        services.create_process(
            plan=plan,
            by=editor,
            entity=entity,
            code=f"P{n}",
            title=f"Proces {n}",
            axis=Axis.REGULATION,
            assessment=Assessment.KEEP,
        )
    url = reverse("plans:plan_history", kwargs={"pk": plan.pk})
    assert len(as_editor.get(url).context["process_entries"]) == 50
    assert len(as_editor.get(url, {"page": 2}).context["process_entries"]) == 10


def test_markup_in_history_is_escaped(as_editor, plan, entity, editor):
    process = services.create_process(
        plan=plan,
        by=editor,
        entity=entity,
        code="X",
        title="<img src=x onerror=alert(1)>",
        axis=Axis.REGULATION,
        assessment=Assessment.KEEP,
    )
    page = as_editor.get(
        reverse("processes:process_history", kwargs={"pk": process.pk})
    ).content.decode()
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


@pytest.mark.parametrize("role", ["coordinator", "member", "admin_user"])
def test_reviewers_may_read_the_history(client, request, role, plan, changed):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("plans:plan_history", kwargs={"pk": plan.pk})).status_code == 200
    assert (
        client.get(reverse("processes:process_history", kwargs={"pk": changed.pk})).status_code
        == 200
    )


@pytest.mark.parametrize("role", ["other_editor", "outsider", "viewer"])
def test_others_get_404(client, request, role, plan, changed):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("plans:plan_history", kwargs={"pk": plan.pk})).status_code == 404
    assert (
        client.get(reverse("processes:process_history", kwargs={"pk": changed.pk})).status_code
        == 404
    )


def test_viewer_of_an_approved_plan_may_not_read_its_history(client, viewer, plan, editor, advance):
    plan = advance(plan, "approved", editor)
    client.force_login(viewer)
    assert client.get(reverse("plans:plan_detail", kwargs={"pk": plan.pk})).status_code == 200
    assert client.get(reverse("plans:plan_history", kwargs={"pk": plan.pk})).status_code == 403


def test_history_of_an_unknown_process_is_404(as_editor):
    assert (
        as_editor.get(reverse("processes:process_history", kwargs={"pk": 424242})).status_code
        == 404
    )


@pytest.mark.parametrize("count", [1, 60])
def test_plan_history_query_count_does_not_grow(
    as_editor, plan, entity, django_assert_num_queries, count
):
    for n in range(count):
        factories.CoreProcessFactory(plan=plan, entity=entity, code=f"H{n}")
    url = reverse("plans:plan_history", kwargs={"pk": plan.pk})
    as_editor.get(url)
    # 1 session, 2 user, 3 plan, 4 groups with the domains (the roles), 5 count of the process
    # records, 6 the page of records with their users, 7 the earlier records of those processes,
    # 8 the domain's entities (labels), 9 the consultation records, 10 the steps, 11 the frozen
    # versions, 12 the header's count of unread notifications. The session is not saved
    # (renewed less than a minute ago).
    with django_assert_num_queries(12):
        as_editor.get(url)
