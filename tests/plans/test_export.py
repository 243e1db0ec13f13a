"""The Excel export (SPEC §7): the workbook of a small approved plan, checked cell by cell."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from django.urls import reverse

from exchange.exports import (
    plan_workbook_response,
    processes_workbook_response,
    round_workbook_response,
    write_workbook,
)
from processes.models import CoreProcess
from tests import factories
from tests.plans.excel import HEADERS, add_processes, approve, open_workbook, response_bytes

ASSESSMENTS = [
    "Vatbaar voor afbouw",
    "(Deels) over te hevelen naar het lokale bestuursniveau",
    "Optimalisatie aangewezen",
    "Behouden in huidige vorm",
    "Activiteit verder te versterken",
    "Nieuw in te voeren",
]
AXES = [
    "Eigen dienstverlening",
    "Regelgeving",
    "Handhaving en inspectie",
    "Vergunningen en erkenningen",
    "Subsidies",
    "Ondersteunend / buiten het kader",
]


@pytest.fixture
def approved_plan(plan, entity, editor, coordinator):
    add_processes(plan, entity)
    approve(plan, editor, coordinator)
    return plan


@pytest.fixture
def workbook(approved_plan):
    return open_workbook(response_bytes(plan_workbook_response(approved_plan)))


def test_workbook_has_a_summary_and_a_processes_sheet(workbook):
    assert workbook.sheetnames == ["Overzicht", "Kernprocessen"]


def test_processes_sheet_has_the_dutch_headers(workbook):
    sheet = workbook["Kernprocessen"]
    assert [cell.value for cell in sheet[1]] == HEADERS
    assert all(cell.font.bold for cell in sheet[1])


def test_processes_sheet_holds_every_process_cell_by_cell(workbook):
    sheet = workbook["Kernprocessen"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    domain, entity = "Onderwijs en Vorming", "DOV – Departement Onderwijs"
    assert rows == [
        [
            domain,
            entity,
            "OV-01",
            "Leerlingenbegeleiding",
            "Begeleiding van leerlingen.",
            "Eigen dienstverlening",
            "Behouden in huidige vorm",
            "Behouden in huidige vorm",
            None,
            None,
            3.5,
            120,
            None,
            None,
        ],
        [
            domain,
            entity,
            "OV-02",
            "Erkenning van opleidingen",
            None,
            "Vergunningen en erkenningen",
            "Vatbaar voor afbouw",
            "Behouden in huidige vorm",
            "Overlapt met de Europese erkenning.",
            None,
            None,
            1250.5,
            "Gewijzigd",
            "Noodzakelijk voor de kwaliteit.",
        ],
        [
            domain,
            entity,
            "OV-03",
            "Schoolbouw in gemeenten",
            "Subsidies voor schoolgebouwen.",
            "Subsidies",
            "(Deels) over te hevelen naar het lokale bestuursniveau",
            "(Deels) over te hevelen naar het lokale bestuursniveau",
            "Gemeenten kennen de lokale noden.",
            "Gemeente",
            12.25,
            None,
            "Bevestigd",
            None,
        ],
    ]


def test_numbers_are_numbers_with_a_number_format(workbook):
    sheet = workbook["Kernprocessen"]
    fte, budget = sheet["K2"], sheet["L2"]
    assert (fte.data_type, budget.data_type) == ("n", "n")
    assert fte.number_format == "#,##0.00"
    assert budget.number_format == "#,##0.0"


def test_header_row_is_frozen_and_filtered(workbook):
    sheet = workbook["Kernprocessen"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:N4"


def test_columns_have_sensible_widths(workbook):
    sheet = workbook["Kernprocessen"]
    assert sheet.column_dimensions["C"].width == 12
    # Wide enough for 4,000 characters within the highest row Excel shows (issue 14).
    assert sheet.column_dimensions["E"].width == 100
    assert all(sheet.column_dimensions[letter].width >= 10 for letter in "ABCDEFGHIJKLMN")


def test_print_setup_splits_the_columns_over_pages_at_a_readable_scale(workbook):
    """Issue 14: fitted to one page width, the 14 columns printed at about 30 %."""
    sheet = workbook["Kernprocessen"]
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.page_setup.scale == 70
    assert sheet.page_setup.pageOrder == "overThenDown"
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.oddHeader.left.text == "Onderwijs en Vorming – Kerntakenplannen 2014–2015"
    assert sheet.oddFooter.center.text == "Pagina &P van &N"


def test_summary_is_fitted_to_the_page_width(workbook):
    sheet = workbook["Overzicht"]
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True


def test_text_wraps_at_the_top_and_the_header_row_is_as_high_as_its_headers(workbook):
    sheet = workbook["Kernprocessen"]
    assert all(cell.alignment.wrap_text for cell in sheet[1])
    title, fte = sheet["D2"], sheet["K2"]
    assert title.alignment.wrap_text and title.alignment.vertical == "top"
    assert fte.alignment.vertical == "top"
    # "Personeel (VTE)" takes two lines in its column of 12.
    assert sheet.row_dimensions[1].height >= 2 * 15


def test_summary_names_the_round_and_the_decision(workbook):
    sheet = workbook["Overzicht"]
    assert sheet["A1"].value == "Onderwijs en Vorming – Kerntakenplannen 2014–2015"
    assert [sheet["A3"].value, sheet["B3"].value] == ["Ronde", "Kerntakenplannen 2014–2015"]
    assert sheet["A4"].value == "Datum beslissing Vlaamse Regering"
    assert sheet["B4"].value.date() == dt.date(2015, 7, 17)
    assert sheet["B4"].is_date and "mmmm" in sheet["B4"].number_format
    assert [sheet["A5"].value, sheet["B5"].value] == [
        "Referentie beslissing",
        "VR 2015 1707 DOC.0789/1",
    ]
    assert [sheet["A6"].value, sheet["B6"].value] == ["Aantal plannen", 1]
    assert [sheet["A7"].value, sheet["B7"].value] == ["Aantal kernprocessen", 3]
    assert sheet["A8"].value == "Geëxporteerd op"
    assert isinstance(sheet["B8"].value, dt.datetime)


def test_summary_counts_per_domain_and_assessment(workbook):
    sheet = workbook["Overzicht"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=10, max_row=13)]
    assert rows[0][0] == "Kernprocessen per beleidsdomein en (eind)beoordeling"
    assert rows[1] == ["Beleidsdomein", *ASSESSMENTS, "Zonder beoordeling", "Totaal"]
    # OV-02 was amended to `keep`: the final assessment counts.
    assert rows[2] == ["Onderwijs en Vorming", 0, 1, 0, 2, 0, 0, 0, 3]
    assert rows[3] == ["Totaal", 0, 1, 0, 2, 0, 0, 0, 3]


def test_summary_counts_per_axis_and_assessment(workbook):
    sheet = workbook["Overzicht"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=15, max_row=23)]
    assert rows[0][0] == "Kernprocessen per as en (eind)beoordeling"
    assert rows[1] == ["As", *ASSESSMENTS, "Zonder beoordeling", "Totaal"]
    assert [row[0] for row in rows[2:8]] == AXES
    assert rows[2] == ["Eigen dienstverlening", 0, 0, 0, 1, 0, 0, 0, 1]
    assert rows[5] == ["Vergunningen en erkenningen", 0, 0, 0, 1, 0, 0, 0, 1]
    assert rows[6] == ["Subsidies", 0, 1, 0, 0, 0, 0, 0, 1]
    assert rows[3] == ["Regelgeving", 0, 0, 0, 0, 0, 0, 0, 0]
    assert rows[8] == ["Totaal", 0, 1, 0, 2, 0, 0, 0, 3]


def test_workbook_is_dutch_whatever_the_users_language(approved_plan):
    from django.utils.translation import override

    with override("en"):
        workbook = open_workbook(response_bytes(plan_workbook_response(approved_plan)))
    assert workbook.sheetnames == ["Overzicht", "Kernprocessen"]
    assert workbook["Kernprocessen"]["G2"].value == "Behouden in huidige vorm"


def test_download_is_named_after_domain_and_round(approved_plan):
    response = plan_workbook_response(approved_plan)
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert 'filename="kerntakenplan-ov-2014-2015.xlsx"' in response["Content-Disposition"]


# ---- streaming: one query, whatever the number of rows -----------------------------------


@pytest.mark.parametrize("count", [3, 60])
def test_export_reads_the_processes_in_one_query(plan, entity, django_assert_num_queries, count):
    factories.CoreProcessFactory.create_batch(count, plan=plan, entity=entity)
    buffer = io.BytesIO()
    # The one query: the processes joined to entity, plan, domain, round, decision, item.
    with django_assert_num_queries(1):
        write_workbook(buffer, CoreProcess.objects.filter(plan=plan), round=plan.round)
    sheet = open_workbook(buffer.getvalue())["Kernprocessen"]
    assert sheet.max_row == count + 1


def test_round_export_holds_only_the_plans_in_the_state_asked(
    approved_plan, other_plan, other_entity
):
    factories.CoreProcessFactory(plan=other_plan, entity=other_entity, code="WVG-01")
    approved = open_workbook(response_bytes(round_workbook_response(approved_plan.round)))
    codes = [row[2].value for row in approved["Kernprocessen"].iter_rows(min_row=2)]
    assert codes == ["OV-01", "OV-02", "OV-03"]
    drafts = open_workbook(response_bytes(round_workbook_response(approved_plan.round, "draft")))
    codes = [row[2].value for row in drafts["Kernprocessen"].iter_rows(min_row=2)]
    assert codes == ["WVG-01"]
    everything = open_workbook(response_bytes(round_workbook_response(approved_plan.round, None)))
    assert everything["Overzicht"]["B6"].value == 2


def test_filtered_list_exports_what_it_is_given(approved_plan):
    processes = CoreProcess.objects.filter(plan=approved_plan, code__in=["OV-01", "OV-03"])
    response = processes_workbook_response(processes, title="Zoekresultaten", filename="zoek")
    workbook = open_workbook(response_bytes(response))
    assert workbook["Overzicht"]["A1"].value == "Zoekresultaten"
    codes = [row[2].value for row in workbook["Kernprocessen"].iter_rows(min_row=2)]
    assert codes == ["OV-01", "OV-03"]
    assert 'filename="zoek.xlsx"' in response["Content-Disposition"]


def test_empty_export_still_has_headers_and_zero_totals(round_):
    response = processes_workbook_response(
        CoreProcess.objects.none(), title="Niets", filename="niets.xlsx"
    )
    workbook = open_workbook(response_bytes(response))
    assert [cell.value for cell in workbook["Kernprocessen"][1]] == HEADERS
    labels = {row[0]: row[1] for row in workbook["Overzicht"].iter_rows(values_only=True) if row}
    assert labels["Beslissing Vlaamse Regering"] == "Nog geen beslissing van de Vlaamse Regering"
    assert labels["Aantal kernprocessen"] == 0
    assert labels["Totaal"] == 0


# ---- the download views ------------------------------------------------------------------


def test_editor_downloads_own_draft_plan(client, editor, plan, entity):
    add_processes(plan, entity)
    client.force_login(editor)
    response = client.get(reverse("exchange:plan_export", kwargs={"pk": plan.pk}))
    assert response.status_code == 200
    sheet = open_workbook(response_bytes(response))["Kernprocessen"]
    assert sheet["C2"].value == "OV-01"


def test_other_editor_cannot_see_a_draft_plan_to_export(client, other_editor, plan):
    client.force_login(other_editor)
    assert client.get(reverse("exchange:plan_export", kwargs={"pk": plan.pk})).status_code == 404


def test_viewer_downloads_an_approved_plan(client, viewer, approved_plan):
    client.force_login(viewer)
    assert (
        client.get(reverse("exchange:plan_export", kwargs={"pk": approved_plan.pk})).status_code
        == 200
    )


def test_anonymous_is_sent_to_sign_in_for_an_export(client, approved_plan):
    response = client.get(reverse("exchange:plan_export", kwargs={"pk": approved_plan.pk}))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_export_refuses_post(client, viewer, approved_plan):
    client.force_login(viewer)
    assert (
        client.post(reverse("exchange:plan_export", kwargs={"pk": approved_plan.pk})).status_code
        == 405
    )


def test_viewer_downloads_the_rounds_approved_plans(client, viewer, approved_plan):
    client.force_login(viewer)
    response = client.get(
        reverse("exchange:round_export", kwargs={"slug": approved_plan.round.slug})
    )
    assert response.status_code == 200
    assert "goedgekeurd" in response["Content-Disposition"]


def test_viewer_may_not_export_the_rounds_drafts(client, viewer, round_):
    client.force_login(viewer)
    url = reverse("exchange:round_export", kwargs={"slug": round_.slug})
    assert client.get(url, {"status": "draft"}).status_code == 403
    assert client.get(url, {"status": "all"}).status_code == 403


def test_editor_may_not_export_the_rounds_drafts(client, editor, round_):
    client.force_login(editor)
    url = reverse("exchange:round_export", kwargs={"slug": round_.slug})
    assert client.get(url, {"status": "submitted"}).status_code == 403


def test_coordinator_exports_the_rounds_plans_in_any_state(client, coordinator, plan, entity):
    add_processes(plan, entity)
    client.force_login(coordinator)
    url = reverse("exchange:round_export", kwargs={"slug": plan.round.slug})
    response = client.get(url, {"status": "draft"})
    assert response.status_code == 200
    sheet = open_workbook(response_bytes(response))["Kernprocessen"]
    assert sheet.max_row == 4
    assert client.get(url, {"status": "all"}).status_code == 200


def test_unknown_state_or_round_is_not_found(client, coordinator, round_):
    client.force_login(coordinator)
    url = reverse("exchange:round_export", kwargs={"slug": round_.slug})
    assert client.get(url, {"status": "bogus"}).status_code == 404
    assert client.get(reverse("exchange:round_export", kwargs={"slug": "nope"})).status_code == 404


def test_sheet_xml_has_no_formula_at_all(approved_plan):
    CoreProcess.objects.filter(code="OV-01").update(title="=1+1", description="@SUM(A1)")
    data = response_bytes(plan_workbook_response(approved_plan))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            assert b"<f>" not in archive.read(name)
            assert b"<f " not in archive.read(name)
