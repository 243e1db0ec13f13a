"""`manage.py export_plans --round SLUG --output FILE.xlsx [--status STATE]` (SPEC §8)."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, ManagementUtility, call_command

from tests import factories
from tests.plans.excel import add_processes, approve, open_workbook


@pytest.fixture
def approved_plan(plan, entity, editor, coordinator):
    add_processes(plan, entity)
    approve(plan, editor, coordinator)
    return plan


def _codes(path) -> list[str]:
    sheet = open_workbook(path.read_bytes())["Kernprocessen"]
    return [row[2].value for row in sheet.iter_rows(min_row=2)]


def test_exports_the_rounds_approved_plans(tmp_path, approved_plan, other_plan, other_entity):
    factories.CoreProcessFactory(plan=other_plan, entity=other_entity, code="WVG-01")
    output = tmp_path / "plannen.xlsx"
    call_command("export_plans", "--round", "2014-2015", "--output", str(output))
    assert _codes(output) == ["OV-01", "OV-02", "OV-03"]
    assert open_workbook(output.read_bytes())["Overzicht"]["B3"].value == (
        "Kerntakenplannen 2014–2015"
    )


def test_exports_another_state_when_asked(tmp_path, approved_plan, other_plan, other_entity):
    factories.CoreProcessFactory(plan=other_plan, entity=other_entity, code="WVG-01")
    output = tmp_path / "ontwerp.xlsx"
    call_command("export_plans", round="2014-2015", output=str(output), status="draft")
    assert _codes(output) == ["WVG-01"]
    call_command("export_plans", round="2014-2015", output=str(output), status="all")
    assert _codes(output) == ["OV-01", "OV-02", "OV-03", "WVG-01"]


def test_unknown_round_is_an_error_and_writes_nothing(tmp_path, round_):
    output = tmp_path / "x.xlsx"
    with pytest.raises(CommandError, match="Unknown round 'nope'. Known rounds: 2014-2015"):
        call_command("export_plans", round="nope", output=str(output))
    assert not output.exists()


def test_unknown_state_is_an_error_and_writes_nothing(tmp_path, round_):
    output = tmp_path / "x.xlsx"
    with pytest.raises(CommandError, match="Unknown state 'goedgekeurd'"):
        call_command("export_plans", round="2014-2015", output=str(output), status="goedgekeurd")
    assert not output.exists()


def test_output_must_be_an_xlsx_in_an_existing_directory(tmp_path, round_):
    with pytest.raises(CommandError, match="must be an .xlsx"):
        call_command("export_plans", round="2014-2015", output=str(tmp_path / "x.csv"))
    with pytest.raises(CommandError, match="does not exist"):
        call_command("export_plans", round="2014-2015", output=str(tmp_path / "no" / "x.xlsx"))


def test_errors_exit_with_a_non_zero_code(tmp_path, round_, capsys):
    utility = ManagementUtility(
        ["manage.py", "export_plans", "--round", "nope", "--output", str(tmp_path / "x.xlsx")]
    )
    with pytest.raises(SystemExit) as exit_:
        utility.execute()
    assert exit_.value.code != 0
    assert "Unknown round 'nope'" in capsys.readouterr().err
