"""Fluent editing: with htmx the same views answer with fragments of the plan page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


def htmx(plan, query: str = "") -> dict:
    return {
        "HX-Request": "true",
        "HX-Target": "process-editor",
        "HX-Current-URL": f"http://testserver/plannen/{plan.pk}/{query}",
    }


def valid(entity, **overrides) -> dict:
    return {
        "entity": entity.pk,
        "code": "OV-99",
        "title": "Nieuw proces",
        "axis": "regulation",
        "assessment": "keep",
    } | overrides


def test_form_comes_as_a_fragment(as_editor, plan):
    response = as_editor.get(
        reverse("processes:process_create", kwargs={"pk": plan.pk}), headers=htmx(plan)
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in page
    assert 'hx-post="/plannen/' in page
    assert '<h2 id="editor-heading"' in page


def test_refused_form_comes_back_as_a_fragment_with_errors(as_editor, plan, entity):
    url = reverse("processes:process_create", kwargs={"pk": plan.pk})
    response = as_editor.post(url, valid(entity, assessment="optimise"), headers=htmx(plan))
    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in page
    assert "Motiveer deze beoordeling" in page
    assert not plan.processes.exists()


def test_saved_process_refreshes_table_counts_and_status(as_editor, plan, entity):
    url = reverse("processes:process_create", kwargs={"pk": plan.pk})
    response = as_editor.post(url, valid(entity), headers=htmx(plan))
    page = response.content.decode()
    assert response.status_code == 200
    assert '<div id="processes"' in page and 'hx-swap-oob="true"' in page
    assert 'id="assessment-counts"' in page
    assert "Kernproces OV-99 werd toegevoegd." in page
    assert "OV-99" in page
    assert plan.processes.filter(code="OV-99").exists()


def test_refreshed_table_keeps_the_filters_of_the_page(as_editor, plan, entity):
    factories.CoreProcessFactory(plan=plan, entity=entity, code="SUB-1", axis="subsidies")
    url = reverse("processes:process_create", kwargs={"pk": plan.pk})
    response = as_editor.post(url, valid(entity), headers=htmx(plan, "?axis=subsidies"))
    assert [row["code"] for row in response.context["rows"]] == ["SUB-1"]


def test_edit_saved_with_htmx(as_editor, plan, entity):
    process = factories.CoreProcessFactory(plan=plan, entity=entity, code="OV-01")
    url = reverse("processes:process_update", kwargs={"pk": process.pk})
    data = valid(entity, code="OV-01", title="Herzien", version=process.version)
    response = as_editor.post(url, data, headers=htmx(plan))
    assert "Kernproces OV-01 werd opgeslagen." in response.content.decode()
    process.refresh_from_db()
    assert process.title == "Herzien"


def test_locked_plan_sends_htmx_to_the_plan_page(as_editor, plan, editor, advance, entity):
    plan = advance(plan, "submitted", editor)
    url = reverse("processes:process_create", kwargs={"pk": plan.pk})
    response = as_editor.post(url, valid(entity, code="NEW"), headers=htmx(plan))
    assert response["HX-Redirect"] == f"/plannen/{plan.pk}/"
    assert not plan.processes.filter(code="NEW").exists()


def test_filtering_with_htmx_answers_with_the_table_only(as_editor, plan, entity):
    factories.CoreProcessFactory(plan=plan, entity=entity, code="SUB-1", axis="subsidies")
    factories.CoreProcessFactory(plan=plan, entity=entity, code="REG-1", axis="regulation")
    response = as_editor.get(
        reverse("plans:plan_detail", kwargs={"pk": plan.pk}),
        {"axis": "subsidies"},
        headers={"HX-Request": "true", "HX-Target": "processes"},
    )
    page = response.content.decode()
    assert page.lstrip().startswith('<div id="processes"')
    assert "SUB-1" in page and "REG-1" not in page
