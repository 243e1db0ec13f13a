"""The follow-up's cast: the shared cast of tests/conftest.py, with `approved_plan` — the
editor's plan with a process of each assessment (P1 keep … P6 introduce), approved — and
a reporting period opened on it through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from followup import services
from followup.models import ProgressReport
from processes.models import Assessment, TransferLevel
from tests import factories

ASSESSMENTS = [
    ("P1", Assessment.KEEP),
    ("P2", Assessment.PHASE_OUT),
    ("P3", Assessment.TRANSFER),
    ("P4", Assessment.OPTIMISE),
    ("P5", Assessment.STRENGTHEN),
    ("P6", Assessment.INTRODUCE),
]


def add_processes(plan, rows) -> None:
    entity = plan.domain.entities.first() or factories.EntityFactory(domain=plan.domain)
    for code, assessment in rows:
        factories.CoreProcessFactory(
            plan=plan,
            entity=entity,
            code=code,
            assessment=assessment,
            motivation="" if assessment == Assessment.KEEP else "Motivering.",
            transfer_level=TransferLevel.MUNICIPALITY if assessment == Assessment.TRANSFER else "",
        )


@pytest.fixture
def approved_plan(plan, editor, advance):
    add_processes(plan, ASSESSMENTS)
    return advance(plan, "approved", editor)


def open_period(round_, by, name="Voortgang december 2015"):
    return services.open_period(
        round=round_,
        by=by,
        name=name,
        reference_date=dt.date(2015, 12, 31),
        deadline=dt.date(2016, 1, 31),
    )


@pytest.fixture
def period(approved_plan, coordinator):
    return open_period(approved_plan.round, coordinator)


@pytest.fixture
def report(period) -> ProgressReport:
    return period.reports.get()


def entries_of(report) -> dict[str, object]:
    """The report's entries by process code."""
    return {e.track.process.code: e for e in report.entries.select_related("track__process")}


def file_report(report, by, **by_code):
    entries = entries_of(report)
    values = {entries[code].track_id: value for code, value in by_code.items()}
    report.refresh_from_db()
    return services.save_report(report=report, by=by, version=report.version, entries=values)


@pytest.fixture
def published(approved_plan, editor, coordinator, other_plan, other_editor, advance):
    """A published period: the editor's report accepted (a note, a delay's reason), the
    other domain's report returned; a later open period with an accepted report."""
    add_processes(other_plan, [("Q1", "optimise")])
    factories.WorkingGroupFactory(round=other_plan.round).plans.add(other_plan)
    advance(other_plan, "approved", other_editor)
    period = open_period(approved_plan.round, coordinator)
    mine, theirs = (
        period.reports.get(plan=approved_plan),
        period.reports.exclude(plan=approved_plan).get(),
    )
    file_report(
        mine,
        editor,
        P2={"status": "delayed", "reason": "GEHEIME-REDEN", "note": "GEHEIME-NOTITIE"},
        P3={"status": "completed", "completed_on": "2015-11-30", "realised_fte": "2.5"},
    )
    services.submit_report(report=mine, by=editor)
    services.accept_report(report=mine, by=coordinator)
    file_report(
        theirs, other_editor, Q1={"status": "stopped", "decision_reference": "VR-TERUGGESTUURD"}
    )
    services.submit_report(report=theirs, by=other_editor)
    services.return_report(report=theirs, by=coordinator, reason="Onvolledig.")
    services.publish_period(period=period, by=coordinator)
    later = open_period(approved_plan.round, coordinator, name="Voortgang juni 2016")
    report = later.reports.get(plan=approved_plan)
    file_report(
        report, editor, P4={"status": "stopped", "decision_reference": "VR-NIET-GEPUBLICEERD"}
    )
    services.submit_report(report=report, by=editor)
    services.accept_report(report=report, by=coordinator)
    return period, later
