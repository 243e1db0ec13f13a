"""The demo round's data files (demo/data/) and the loader's refusal of a bad row."""

from __future__ import annotations

import csv
import shutil

import pytest
from django.core.management import CommandError, call_command

from demo import dataset
from plans.models import Plan, Round

pytestmark = pytest.mark.django_db


def test_every_domain_has_its_processes_file_and_a_target_state():
    codes = [domain["code"] for domain in dataset.load()["domains"]]
    files = sorted(path.stem for path in (dataset.DATA_DIR / "processes").glob("*.csv"))
    assert sorted(codes) == files
    assert set(dataset.load()["plans"]) == set(codes)


def test_processes_files_read_without_problems_in_the_template_columns():
    for domain in dataset.load()["domains"]:
        sheet = dataset.process_rows(domain["code"])
        assert sheet.problems == []
        assert {"entity", "code", "title", "assessment"} <= set(sheet.columns)


@pytest.fixture
def bad_data(tmp_path, monkeypatch, settings):
    """A copy of the demo data whose OV file has an assessment the importer refuses."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    copy = tmp_path / "data"
    shutil.copytree(dataset.DATA_DIR, copy)
    path = copy / "processes" / "OV.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[2][rows[0].index("Beoordeling")] = "Misschien"  # the second process, row 3
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    monkeypatch.setattr(dataset, "DATA_DIR", copy)
    return path


def test_a_refused_row_stops_load_demo_with_file_row_and_message(bad_data):
    with pytest.raises(CommandError) as error:
        call_command("load_demo", verbosity=0)
    message = str(error.value)
    assert f"{bad_data}, row 3, column G" in message
    assert "Misschien" in message
    # All or nothing: not even the round is left behind.
    assert not Round.objects.exists()
    assert not Plan.objects.exists()
