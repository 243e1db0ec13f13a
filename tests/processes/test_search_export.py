"""Export of the search result (/zoeken/export/): the same filters, the same visibility."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.insight_world import ALL_CODES, build_world

pytestmark = pytest.mark.django_db

URL = reverse("exchange:process_search_export")


@pytest.fixture
def world(plan, other_plan, group, member, outsider, advance):
    return build_world(plan=plan, other_plan=other_plan, advance=advance)


def exported_codes(client, user, query: str = "") -> set[str]:
    client.force_login(user)
    response = client.get(URL + query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert "attachment" in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    rows = list(workbook.worksheets[-1].iter_rows(values_only=True))
    code_column = rows[0].index("Code")
    return {row[code_column] for row in rows[1:]}


def test_anonymous_is_sent_to_sign_in(client, world):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_viewer_exports_only_processes_of_approved_plans(client, world, viewer):
    assert exported_codes(client, viewer) == {"FB-1", "FB-2", "FB-3"}


def test_member_exports_their_groups_plans_and_approved_ones(client, world, member):
    assert exported_codes(client, member) == {"OV-1", "OV-2", "OV-3", "FB-1", "FB-2", "FB-3"}


def test_coordinator_exports_everything(client, world, coordinator):
    assert exported_codes(client, coordinator) == ALL_CODES


def test_export_applies_the_filters(client, world, coordinator):
    assert exported_codes(client, coordinator, "?assessment=phase_out") == {"OV-2", "FB-1"}


def test_export_ignores_nonsense_filters(client, world, coordinator):
    query = "?entity=abc&sort=nope&round=x&page=zz&per_page=-1"
    assert exported_codes(client, coordinator, query) == ALL_CODES


def test_export_of_an_empty_result_is_a_workbook_with_headers_only(client, world, viewer):
    assert exported_codes(client, viewer, "?state=draft") == set()


def test_export_refuses_post(client, world, viewer):
    client.force_login(viewer)
    assert client.post(URL).status_code == 405


def test_export_link_carries_the_filters_but_not_the_page(client, world, coordinator):
    client.force_login(coordinator)
    html = client.get(
        reverse("processes:process_search") + "?axis=subsidies&page=1&per_page=25"
    ).content
    assert f'href="{URL}?axis=subsidies"'.encode() in html
