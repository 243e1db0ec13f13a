"""The Excel import in a real browser: template, a bad row, the fix, the preview, the apply."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from plans.models import Plan
from processes.models import CoreProcess

pytestmark = pytest.mark.django_db(transaction=True)


def _fill(path, *, assessment: str) -> None:
    """Add one new process to the downloaded template, with the assessment given."""
    workbook = load_workbook(path)
    sheet = workbook["Kernprocessen"]
    row = next(r for r in range(2, sheet.max_row + 2) if sheet.cell(r, 3).value in (None, "OV-99"))
    values = {
        2: "DOV",
        3: "OV-99",
        4: "Digitaal leerplatform",
        6: "Eigen dienstverlening",
        7: assessment,
        9: "Nieuw in de volgende legislatuur.",
        11: "2,5",
        12: 150,
    }
    for column, value in values.items():
        sheet.cell(row, column, value)
    workbook.save(path)


def test_editor_imports_processes_from_the_template(signed_in, assert_accessible, tmp_path):
    plan = Plan.objects.get(domain__code="OV", round__slug="2014-2015")
    count = plan.processes.count()
    page = signed_in("editor")
    page.goto(f"/excel/plannen/{plan.pk}/import/")
    assert (
        page.get_by_role("heading", level=1)
        .inner_text()
        .startswith("Kernprocessen importeren uit Excel")
    )
    assert_accessible(page, "upload form")

    with page.expect_download() as download:
        page.get_by_role("link", name="het Excel-sjabloon van dit plan").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name == "sjabloon-kernprocessen-ov-2014-2015.xlsx"

    _fill(path, assessment="Afschaffen")
    page.get_by_label("Excel-werkmap (.xlsx)").set_input_files(path)
    page.get_by_role("button", name="Opladen en voorvertoning bekijken").click()
    expect(
        page.get_by_role("heading", name="Het bestand kan niet worden geïmporteerd")
    ).to_be_visible()
    problems = page.get_by_role("table", name="Fouten per rij en kolom")
    assert "G (Beoordeling)" in problems.inner_text()
    assert "Onbekende waarde “Afschaffen” voor beoordeling." in problems.inner_text()
    assert_accessible(page, "preview with errors")
    assert plan.processes.count() == count

    _fill(path, assessment="Nieuw in te voeren")
    page.get_by_label("Excel-werkmap (.xlsx)").set_input_files(path)
    page.get_by_role("button", name="Opladen en voorvertoning bekijken").click()
    expect(page.get_by_role("heading", name="Het bestand is in orde")).to_be_visible()
    assert (
        "Digitaal leerplatform"
        in page.get_by_role("table", name="Nieuwe kernprocessen").inner_text()
    )
    assert_accessible(page, "preview")
    assert plan.processes.count() == count

    page.get_by_role("button", name="Import toepassen").click()
    page.wait_for_url(f"**/plannen/{plan.pk}/")
    assert page.get_by_text(
        "Import uitgevoerd. Kernprocessen: 1 toegevoegd, 0 gewijzigd."
    ).is_visible()
    process = CoreProcess.objects.get(plan=plan, code="OV-99")
    assert (process.assessment, str(process.fte)) == ("introduce", "2.50")
    assert plan.processes.count() == count + 1
