"""Bad input to the import: each reported clearly (row, column, what, in Dutch); nothing written."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from exchange import import_files
from exchange.imports import Problem, preview_import
from processes.models import CoreProcess
from tests.plans.excel import HEADERS, add_processes, row, workbook_bytes

GOOD = row(
    entity="DOV",
    code="OV-09",
    title="Nieuw proces",
    axis="Regelgeving",
    assessment="Behouden in huidige vorm",
)
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>
</sheetData></worksheet>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&xxe;</t></si></sst>"""


@pytest.fixture(autouse=True)
def _private_import_dir(settings, tmp_path):
    settings.IMPORT_TEMP_DIR = tmp_path / "imports"


@pytest.fixture
def filled_plan(plan, entity, other_entity):
    add_processes(plan, entity)
    return plan


def state() -> list[tuple]:
    return list(CoreProcess.objects.order_by("pk").values_list("pk", "code", "title", "version"))


def problems(plan, data: bytes) -> list[tuple]:
    preview = preview_import(plan, io.BytesIO(data))
    return [(p.row, p.column, p.message) for p in preview.problems]


def rezip(data: bytes, replace: dict[str, bytes] | None = None, add=None) -> bytes:
    """The workbook `data` with members replaced or added."""
    replace = replace or {}
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info.filename)))
        for name, content in (add or {}).items():
            target.writestr(name, content)
    return buffer.getvalue()


@pytest.fixture
def upload_refused(client, editor, filled_plan, settings):
    """upload_refused(data, name) → the page's text, after checking nothing was written."""
    client.force_login(editor)

    def _upload(data: bytes, name: str = "kernprocessen.xlsx") -> str:
        before = state()
        url = reverse("exchange:process_import", kwargs={"pk": filled_plan.pk})
        response = client.post(url, {"file": SimpleUploadedFile(name, data)})
        assert response.status_code == 200
        assert not response.context.get("token")
        assert state() == before
        directory = settings.IMPORT_TEMP_DIR
        assert not directory.exists() or not any(directory.iterdir())
        return response.content.decode()

    return _upload


# ---- the rows -----------------------------------------------------------------------------


def test_wrong_header_is_reported_with_its_column(filled_plan, upload_refused):
    header = [*HEADERS]
    header[3] = "Titels"
    data = workbook_bytes([GOOD], header=header)
    assert problems(filled_plan, data) == [
        (1, "D", "Onbekende kolomkop “Titels”."),
        (1, "", "De kolom “Titel” ontbreekt."),
    ]
    page = upload_refused(data)
    assert "Onbekende kolomkop “Titels”." in page
    assert "Er zijn 2 fouten gevonden; er werd niets opgeslagen." in page


def test_unknown_assessment_label_is_reported(filled_plan, upload_refused):
    data = workbook_bytes([GOOD, row(**{**_values(GOOD), "code": "X", "assessment": "Schrappen"})])
    [(line, column, message)] = problems(filled_plan, data)
    assert (line, column) == (3, "G (Beoordeling)")
    assert message.startswith("Onbekende waarde “Schrappen” voor beoordeling. Kies uit: ")
    assert "Vatbaar voor afbouw; (Deels) over te hevelen" in message
    assert "Onbekende waarde “Schrappen”" in upload_refused(data)


def test_text_in_a_number_column_is_reported(filled_plan, upload_refused):
    data = workbook_bytes([row(**{**_values(GOOD), "fte": "veel", "budget": "12,5,3"})])
    assert problems(filled_plan, data) == [
        (2, "K (Personeel (VTE))", "“veel” is geen getal."),
        (2, "L (Budget (k€))", "“12,5,3” is geen getal."),
    ]
    assert "“veel” is geen getal." in upload_refused(data)


def test_negative_or_too_precise_numbers_are_reported(filled_plan):
    data = workbook_bytes([row(**{**_values(GOOD), "fte": -1, "budget": "1,25"})])
    found = problems(filled_plan, data)
    assert [(line, column) for line, column, _m in found] == [
        (2, "K (Personeel (VTE))"),
        (2, "L (Budget (k€))"),
    ]
    assert "0" in found[0][2]


def test_entity_of_another_domain_is_reported(filled_plan, upload_refused):
    data = workbook_bytes([row(**{**_values(GOOD), "entity": "DWVG"})])
    assert problems(filled_plan, data) == [
        (
            2,
            "B (Entiteit)",
            "De entiteit “DWVG” hoort bij Welzijn, Volksgezondheid en Gezin, "
            "niet bij Onderwijs en Vorming.",
        )
    ]
    assert "hoort bij Welzijn, Volksgezondheid en Gezin" in upload_refused(data)


def test_unknown_entity_is_reported(filled_plan):
    data = workbook_bytes([row(**{**_values(GOOD), "entity": "XYZ"})])
    assert problems(filled_plan, data) == [
        (2, "B (Entiteit)", "Onbekende entiteit “XYZ”. Kies een entiteit van Onderwijs en Vorming.")
    ]


def test_duplicate_code_is_reported(filled_plan, upload_refused):
    data = workbook_bytes([GOOD, row(**{**_values(GOOD), "title": "Nog eens"})])
    assert problems(filled_plan, data) == [
        (3, "C (Code)", "De code “OV-09” komt meer dan eens voor in het bestand (ook in rij 2).")
    ]
    assert "komt meer dan eens voor" in upload_refused(data)


def test_model_rules_are_reported_per_column(filled_plan):
    data = workbook_bytes(
        [
            row(**{**_values(GOOD), "code": "", "title": ""}),
            row(**{**_values(GOOD), "code": "T", "assessment": "Vatbaar voor afbouw"}),
            row(
                **{**_values(GOOD), "code": "U", "assessment": "keep", "transfer_level": "Gemeente"}
            ),
            row(**{**_values(GOOD), "code": "V", "axis": None}),
            row(**{**_values(GOOD), "code": "W" * 31}),
        ]
    )
    assert {(line, column) for line, column, _m in problems(filled_plan, data)} == {
        (2, "C (Code)"),
        (2, "D (Titel)"),
        (3, "I (Motivering)"),
        (4, "J (Overhevelingsniveau)"),
        (5, "F (As)"),
        (6, "C (Code)"),
    }
    messages = dict(((line, column), m) for line, column, m in problems(filled_plan, data))
    assert messages[3, "I (Motivering)"] == "Motiveer deze beoordeling."
    assert messages[4, "J (Overhevelingsniveau)"] == (
        "Een overhevelingsniveau geldt enkel bij een overheveling."
    )


def test_row_of_another_domain_is_reported(filled_plan):
    data = workbook_bytes([row(**{**_values(GOOD), "domain": "Mobiliteit en Openbare Werken"})])
    assert problems(filled_plan, data) == [
        (
            2,
            "A (Beleidsdomein)",
            "Deze rij hoort bij Mobiliteit en Openbare Werken; "
            "dit is het plan van Onderwijs en Vorming.",
        )
    ]


def test_every_bad_row_is_reported_not_just_the_first(filled_plan):
    data = workbook_bytes(
        [
            row(**{**_values(GOOD), "code": "A", "fte": "x"}),
            row(**{**_values(GOOD), "code": "B"}),
            row(**{**_values(GOOD), "code": "C", "axis": "Wegen"}),
        ]
    )
    assert [line for line, _c, _m in problems(filled_plan, data)] == [2, 4]


def test_too_many_rows_are_refused(filled_plan, monkeypatch):
    monkeypatch.setattr(import_files, "MAX_ROWS", 3)
    rows = [row(**{**_values(GOOD), "code": f"R{n}"}) for n in range(4)]
    assert problems(filled_plan, workbook_bytes(rows)) == [
        (None, "", "Het bestand telt meer dan 3 rijen met kernprocessen.")
    ]


def _values(values: list) -> dict:
    from exchange.columns import columns

    return {column.key: value for column, value in zip(columns(), values, strict=True)}


# ---- the file -----------------------------------------------------------------------------


def test_empty_file_is_refused(upload_refused):
    assert "Het verstuurde bestand is leeg." in upload_refused(b"")


def test_workbook_without_processes_is_refused(filled_plan, upload_refused):
    data = workbook_bytes([])
    assert problems(filled_plan, data) == [(None, "", "Het bestand bevat geen kernprocessen.")]
    assert "Het bestand bevat geen kernprocessen." in upload_refused(data)


def test_blank_workbook_misses_every_column(filled_plan):
    data = workbook_bytes([], header=[])
    found = problems(filled_plan, data)
    assert (1, "", "De kolom “Entiteit” ontbreekt.") in found
    assert len(found) == 10  # every imported column


def test_workbook_without_a_processes_sheet_is_refused(filled_plan):
    workbook = Workbook()
    workbook.active.title = "Eerste"
    workbook.create_sheet("Tweede")
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert problems(filled_plan, buffer.getvalue()) == [
        (None, "", "De werkmap heeft geen werkblad “Kernprocessen”.")
    ]


def test_a_single_sheet_of_another_name_is_read(filled_plan):
    preview = preview_import(filled_plan, io.BytesIO(workbook_bytes([GOOD], title="Blad1")))
    assert preview.problems == []
    assert [change.code for change in preview.additions] == ["OV-09"]


def test_50_mb_file_is_refused(upload_refused):
    page = upload_refused(b"\0" * (50 * 1024 * 1024))
    assert "Het bestand is te groot (50,0\xa0MB); de limiet is 10,0\xa0MB." in page


def test_file_that_is_not_a_workbook_is_refused(filled_plan, upload_refused):
    data = b"Code;Titel\nOV-09;Nieuw\n"
    assert problems(filled_plan, data) == [(None, "", "Dit bestand is geen Excel-werkmap (.xlsx).")]
    assert "Dit bestand is geen Excel-werkmap (.xlsx)." in upload_refused(data)


def test_zip_that_is_not_a_workbook_is_refused(filled_plan):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "geen werkmap")
    assert problems(filled_plan, buffer.getvalue()) == [
        (None, "", "Dit bestand is geen Excel-werkmap (.xlsx).")
    ]


def test_other_extensions_are_refused(upload_refused):
    page = upload_refused(workbook_bytes([GOOD]), name="kernprocessen.csv")
    assert "Alleen Excel-werkmappen (.xlsx) kunnen worden geïmporteerd" in page


def test_macro_enabled_workbook_is_refused_by_its_name(upload_refused):
    page = upload_refused(workbook_bytes([GOOD]), name="kernprocessen.xlsm")
    assert "“kernprocessen.xlsm” is er geen." in page


def test_macro_enabled_workbook_is_refused_by_its_content(filled_plan, upload_refused):
    data = workbook_bytes([GOOD])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml").replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )
    data = rezip(
        data, replace={"[Content_Types].xml": types}, add={"xl/vbaProject.bin": b"\xd0\xcf\x11"}
    )
    message = "Werkmappen met macro's of actieve inhoud kunnen niet worden geïmporteerd."
    [(line, column, found)] = problems(filled_plan, data)
    assert (line, column) == (None, "") and found.startswith(message)
    assert "Werkmappen met macro&#x27;s of actieve inhoud" in upload_refused(data)


def test_excel_4_macro_sheet_is_refused(filled_plan):
    data = rezip(workbook_bytes([GOOD]), add={"xl/macrosheets/sheet1.xml": b"<xm/>"})
    [(_line, _column, message)] = problems(filled_plan, data)
    assert message.startswith("Werkmappen met macro's")


def test_xml_bomb_is_refused(filled_plan, upload_refused):
    data = rezip(workbook_bytes([GOOD]), replace={"xl/worksheets/sheet1.xml": BILLION_LAUGHS})
    expected = "De werkmap bevat XML die niet is toegestaan (een DTD of entiteiten)"
    [(_line, _column, message)] = problems(filled_plan, data)
    assert message.startswith(expected)
    assert expected in upload_refused(data)


def test_external_entity_is_refused(filled_plan):
    data = rezip(workbook_bytes([GOOD]), add={"xl/sharedStrings.xml": EXTERNAL_ENTITY})
    [(_line, _column, message)] = problems(filled_plan, data)
    assert message.startswith("De werkmap bevat XML die niet is toegestaan")


def test_workbook_unpacking_beyond_the_limit_is_refused(filled_plan, upload_refused):
    data = rezip(workbook_bytes([GOOD]), add={"xl/media/groot.bin": b"\0" * (51 * 1024 * 1024)})
    assert len(data) < 1024 * 1024  # small to upload, huge unpacked
    expected = "De werkmap is uitgepakt groter dan 50,0\xa0MB; ze kan niet veilig worden ingelezen."
    assert problems(filled_plan, data) == [(None, "", expected)]
    assert expected in upload_refused(data)


def test_zip_bomb_member_is_refused(filled_plan):
    data = rezip(workbook_bytes([GOOD]), add={"xl/media/bom.bin": b"\0" * (3 * 1024 * 1024)})
    assert problems(filled_plan, data) == [
        (
            None,
            "",
            "De werkmap is verdacht sterk gecomprimeerd (een zipbom?) en werd niet ingelezen.",
        )
    ]


def test_damaged_workbook_is_refused(filled_plan):
    data = rezip(
        workbook_bytes([GOOD]), replace={"xl/worksheets/sheet1.xml": b"<worksheet><sheetData"}
    )
    [(_line, _column, message)] = problems(filled_plan, data)
    assert message == "De werkmap kon niet worden gelezen; is ze beschadigd?"


def test_problem_has_no_row_for_the_whole_file():
    assert Problem("x").row is None
