"""The one description of a process's fields: a field added there reaches the export, the
import template, the version comparison and the history without any other edit."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from exchange.exports import plan_workbook_response, template_response
from exchange.imports import preview_import
from plans import history
from plans.services import snapshot
from plans.versions import compare_snapshots
from processes import fields, services
from processes.fields import ExcelColumn, ProcessField
from processes.models import CoreProcess
from tests import factories
from tests.plans.excel import HEADERS, open_workbook, response_bytes, sheet_values

pytestmark = pytest.mark.django_db

# An existing attribute of the model that the description leaves out today.
EXTRA = ProcessField(
    "created_at", excel=ExcelColumn(capfirst(_("created on")), 20), compared=True, history=True
)
CREATED = dt.datetime(2015, 3, 20, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def extra_field(monkeypatch):
    """The description with one more field, after the budget."""
    monkeypatch.setattr(fields, "FIELDS", (*fields.FIELDS, EXTRA))


@pytest.fixture
def process(plan, entity, editor):
    created = services.create_process(
        plan=plan, by=editor, entity=entity, code="OV-1", title="Leerlingen", axis="regulation"
    )
    CoreProcess.objects.filter(pk=created.pk).update(created_at=CREATED)
    return created


def headers_of(data: bytes) -> list:
    return sheet_values(open_workbook(data)["Kernprocessen"])[0]


def test_the_description_is_read_when_used(extra_field):
    assert fields.FIELDS[-1] is EXTRA
    assert "created_at" in fields.in_history()
    assert EXTRA in fields.compared()
    assert "created_at" not in fields.editable()


def test_added_field_appears_in_the_export(extra_field, process):
    sheet = open_workbook(response_bytes(plan_workbook_response(process.plan)))["Kernprocessen"]
    rows = sheet_values(sheet)
    position = HEADERS.index("Budget (k€)") + 1
    assert rows[0][position] == "Aangemaakt op"
    local = timezone.localtime(CREATED).replace(tzinfo=None)
    assert rows[1][position] == local
    assert sheet.cell(row=2, column=position + 1).number_format == "[$-813]d mmmm yyyy hh:mm"
    assert rows[0][position + 1 :] == ["Beslissing werkgroep", "Opmerking werkgroep"]


def test_added_field_appears_in_the_import_template_and_is_not_read_back(extra_field, process):
    data = response_bytes(template_response(process.plan))
    assert headers_of(data) == [*HEADERS[:12], "Aangemaakt op", *HEADERS[12:]]
    # The template, read back as it is, is a valid import that changes nothing.
    preview = preview_import(process.plan, io.BytesIO(data))
    assert preview.problems == []
    assert preview.unchanged == 1


def test_added_field_appears_in_the_version_comparison(extra_field, process):
    before = snapshot(process.plan)
    CoreProcess.objects.filter(pk=process.pk).update(created_at=CREATED + dt.timedelta(days=1))
    after = snapshot(process.plan)
    [change] = compare_snapshots(before, after).changed
    assert [(c.name, c.label) for c in change.changes] == [("created_at", "Aangemaakt op")]


def test_added_field_appears_in_the_history(extra_field, process):
    [added] = history.process_history(process)
    labels = [change.label for change in added.changes]
    assert labels[-1] == "Aangemaakt op"


def test_without_the_override_the_field_is_nowhere(process):
    assert "Aangemaakt op" not in headers_of(response_bytes(template_response(process.plan)))
    [added] = history.process_history(process)
    assert "Aangemaakt op" not in [change.label for change in added.changes]


def test_a_copied_field_reaches_the_next_round(plan, entity):
    source = factories.CoreProcessFactory(plan=plan, entity=entity, fte=3, motivation="Waarom")
    values = fields.copied_values(source)
    assert values["entity_id"] == entity.pk
    assert values["fte"] == 3
    assert "motivation" not in values and "assessment" not in values
