"""Every cached page shows a change on the very next request (kerntaken/fragments.py).

Each test first requests the page (its fragments go into the cache), changes something
through the code that changes it in production — a service, a transition, the admin's
save, a government decision, reference data — and requests the page again.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from processes import services
from processes.models import CoreProcess
from tests import factories
from tests.conftest import fill_plan

pytestmark = pytest.mark.django_db

PLAN_PAGE = "plans:plan_detail"
SEARCH = reverse("processes:process_search")
OVERVIEW = reverse("reviews:round_overview")


@pytest.fixture
def filled(plan):
    fill_plan(plan)
    return plan


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


def _page(client, plan, query: str = "") -> str:
    response = client.get(reverse(PLAN_PAGE, kwargs={"pk": plan.pk}) + query)
    assert response.status_code == 200
    return response.text


def _first(plan) -> CoreProcess:
    return plan.processes.order_by("position", "code").first()


# ---- the plan page ------------------------------------------------------------------


def test_plan_page_shows_an_edit_at_once(as_editor, filled, editor):
    before = _page(as_editor, filled)
    process = _first(filled)
    services.update_process(
        process=process, by=editor, version=process.version, title="Nieuwe titel"
    )
    after = _page(as_editor, filled)
    assert "Nieuwe titel" not in before
    assert "Nieuwe titel" in after


def test_plan_page_shows_an_edit_with_the_same_filters_at_once(as_editor, filled, editor):
    query = "?sort=-title&axis=" + _first(filled).axis
    _page(as_editor, filled, query)
    process = _first(filled)
    services.update_process(process=process, by=editor, version=process.version, title="Zzz")
    assert "Zzz" in _page(as_editor, filled, query)


def test_plan_page_shows_a_move_at_once(as_editor, filled, editor):
    first, second = filled.processes.order_by("position", "code")[:2]
    before = _page(as_editor, filled)
    services.move_process(process=second, by=editor, offset=-1)
    after = _page(as_editor, filled)
    assert before.index(f'id="process-{first.pk}"') < before.index(f'id="process-{second.pk}"')
    assert after.index(f'id="process-{second.pk}"') < after.index(f'id="process-{first.pk}"')


def test_plan_page_shows_an_added_and_a_deleted_process_at_once(as_editor, filled, editor):
    _page(as_editor, filled)
    added = services.create_process(
        plan=filled,
        by=editor,
        entity=_first(filled).entity,
        code="NEW-1",
        title="Net toegevoegd",
        axis="other",
        assessment="keep",
    )
    assert "Net toegevoegd" in _page(as_editor, filled)
    services.delete_process(process=added, by=editor)
    assert "Net toegevoegd" not in _page(as_editor, filled)


def test_plan_page_shows_an_admin_edit_at_once(as_editor, filled):
    _page(as_editor, filled)
    # What the admin's change form does: a plain save (no version of its own).
    process = _first(filled)
    process.title = "Via de beheersite"
    process.save()
    assert "Via de beheersite" in _page(as_editor, filled)


def test_plan_page_shows_a_transition_at_once(as_editor, filled, editor, advance):
    process = _first(filled)
    edit = reverse("processes:process_update", kwargs={"pk": process.pk})
    assert edit in _page(as_editor, filled)
    advance(filled, "submitted", editor)
    # Submitted: locked for the editor, so no edit links any more.
    assert edit not in _page(as_editor, filled)


def test_plan_page_shows_a_government_decision_at_once(client, filled, editor, advance):
    validated = advance(filled, "validated", editor)
    client.force_login(editor)
    assert "state-approved" not in _page(client, validated)
    advance(validated, "approved", editor)
    assert "state-approved" in _page(client, validated)


def test_plan_page_shows_a_renamed_entity_at_once(as_editor, filled):
    _page(as_editor, filled)
    entity = _first(filled).entity
    entity.name = "Hernoemd agentschap"
    entity.save()
    page = _page(as_editor, filled)
    # In the rows (the abbreviation's title) and in the filter's list.
    assert page.count("Hernoemd agentschap") >= 2


def test_plan_page_is_not_shared_between_an_editor_and_a_reader(client, filled, editor, viewer):
    process = _first(filled)
    edit = reverse("processes:process_update", kwargs={"pk": process.pk})
    client.force_login(editor)
    assert edit in _page(client, filled)
    client.force_login(factories.UserFactory(is_superuser=True))
    assert edit not in _page(client, filled)


# ---- the search --------------------------------------------------------------------


@pytest.fixture
def as_coordinator(client, coordinator):
    client.force_login(coordinator)
    return client


def _search(client, query: str = "") -> str:
    response = client.get(SEARCH + query)
    assert response.status_code == 200
    return response.text


def test_search_shows_an_edit_at_once(as_coordinator, filled, editor):
    _search(as_coordinator)
    process = _first(filled)
    services.update_process(
        process=process, by=editor, version=process.version, title="Gezocht en gevonden"
    )
    assert "Gezocht en gevonden" in _search(as_coordinator)


def test_search_shows_a_transition_at_once(as_coordinator, filled, editor, advance):
    _search(as_coordinator, "?state=submitted")
    advance(filled, "submitted", editor)
    assert _first(filled).title in _search(as_coordinator, "?state=submitted")


def test_search_shows_a_government_decision_to_a_viewer_at_once(
    client, viewer, filled, editor, advance
):
    validated = advance(filled, "validated", editor)
    client.force_login(viewer)
    assert _first(filled).title not in _search(client)
    advance(validated, "approved", editor)
    assert _first(filled).title in _search(client)


def test_search_shows_renamed_reference_data_at_once(as_coordinator, filled, domain, round_):
    _search(as_coordinator)
    entity = _first(filled).entity
    entity.name = "Nieuwe entiteitsnaam"
    entity.save()
    domain.name = "Nieuwe domeinnaam"
    domain.save()
    round_.name = "Nieuwe rondenaam"
    round_.save()
    page = _search(as_coordinator)
    for name in ("Nieuwe entiteitsnaam", "Nieuwe domeinnaam", "Nieuwe rondenaam"):
        # In the form's lists and in the results.
        assert page.count(name) >= 2, name


def test_search_shows_a_new_entity_in_its_list_at_once(as_coordinator, filled, domain):
    _search(as_coordinator)
    factories.EntityFactory(domain=domain, acronym="NIEUW", name="Nieuwe entiteit")
    assert "Nieuwe entiteit" in _search(as_coordinator)


def test_htmx_search_results_show_an_edit_at_once(as_coordinator, filled, editor):
    headers = {"HX-Request": "true", "HX-Target": "search-results"}
    as_coordinator.get(SEARCH, headers=headers)
    process = _first(filled)
    services.update_process(process=process, by=editor, version=process.version, title="Htmx")
    assert "Htmx" in as_coordinator.get(SEARCH, headers=headers).text


# ---- the round overview ------------------------------------------------------------


def _overview(client) -> str:
    response = client.get(OVERVIEW)
    assert response.status_code == 200
    return response.text


def test_overview_shows_a_new_process_at_once(as_coordinator, filled, editor):
    before = _overview(as_coordinator)
    services.create_process(
        plan=filled,
        by=editor,
        entity=_first(filled).entity,
        code="NEW-2",
        title="Nog een",
        axis="other",
        assessment="keep",
    )
    after = _overview(as_coordinator)
    assert '<td class="text-end">4</td>' in before
    assert '<td class="text-end">5</td>' in after


def test_overview_shows_a_transition_at_once(as_coordinator, filled, editor, advance):
    assert "state-submitted" not in _overview(as_coordinator)
    advance(filled, "submitted", editor)
    assert "state-submitted" in _overview(as_coordinator)


def test_overview_shows_a_renamed_domain_at_once(as_coordinator, filled, domain):
    _overview(as_coordinator)
    domain.name = "Onderwijs (hernoemd)"
    domain.save()
    assert "Onderwijs (hernoemd)" in _overview(as_coordinator)
