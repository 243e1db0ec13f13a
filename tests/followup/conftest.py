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
