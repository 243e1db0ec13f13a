"""No lost updates: two people at once, on two real database connections (one per thread).

- Process edits are optimistic: the second of two simultaneous saves based on the same
  version is refused (StaleEdit) with the other's values, and nothing is lost.
- Transitions lock the plan's row: two coordinators approving the same plan at once, or
  two editors submitting it, produce exactly one approval or submission.

A short pause inside the critical section (after the lock is taken) makes sure the two
really overlap; without the locks both would succeed and these tests would fail.

These need PostgreSQL's row locks; on SQLite (which serialises writers and whose test
database is a shared in-memory one) they are deselected by `conftest.py`, with the
reason printed, and they run in the PostgreSQL pass of `make test`.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable

import pytest
from django.db import connection

from kerntaken.errors import DomainError, StaleEdit
from kerntaken.permissions import Role
from plans import services as plan_services
from plans.models import Plan, PlanTransition, PlanVersion
from processes import services as process_services
from processes.models import Assessment, Axis, CoreProcess
from reviews import services as review_services
from reviews.models import GovernmentDecision
from tests import factories

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

OVERLAP = 0.3  # seconds spent inside the lock, long enough for the other to arrive


def at_once(*jobs: Callable) -> list[tuple[str, object]]:
    """Run the jobs in threads released together; ("ok", result) or ("error", exception)."""
    barrier = threading.Barrier(len(jobs))
    outcomes: list[tuple[str, object]] = [("error", None)] * len(jobs)

    def run(index: int, job: Callable) -> None:
        try:
            barrier.wait(timeout=10)
            outcomes[index] = ("ok", job())
        except Exception as error:  # the outcome the test asserts on
            outcomes[index] = ("error", error)
        finally:
            connection.close()  # each thread had its own connection

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def slowed_down(monkeypatch, module, name: str) -> None:
    """Make `module.name` linger, so that a competitor arrives while the lock is held."""
    original = getattr(module, name)

    def lingering(*args, **kwargs):
        time.sleep(OVERLAP)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, lingering)


@pytest.fixture
def process(plan, editor, entity):
    return process_services.create_process(
        plan=plan,
        by=editor,
        entity=entity,
        code="K1",
        title="Leerlingenbegeleiding",
        axis=Axis.SERVICE_DELIVERY,
        assessment=Assessment.KEEP,
    )


@pytest.fixture
def second_coordinator(db):
    return factories.UserFactory(username="coordinator2", roles=[Role.COORDINATOR])


def test_second_of_two_simultaneous_edits_is_refused_with_the_others_values(
    monkeypatch, process, editor
):
    opened = process.version  # both opened the form on this version
    slowed_down(monkeypatch, CoreProcess, "full_clean")

    outcomes = at_once(
        lambda: process_services.update_process(
            process=process, by=editor, version=opened, title="Titel van de eerste"
        ),
        lambda: process_services.update_process(
            process=process, by=editor, version=opened, title="Titel van de tweede"
        ),
    )

    assert sorted(kind for kind, _ in outcomes) == ["error", "ok"], outcomes
    saved = next(value for kind, value in outcomes if kind == "ok")
    refused = next(value for kind, value in outcomes if kind == "error")
    assert isinstance(refused, StaleEdit), refused
    assert refused.current.title == saved.title
    assert refused.current.version == opened + 1
    process.refresh_from_db()
    assert (process.title, process.version) == (saved.title, opened + 1)


def test_refused_edit_saved_again_on_the_new_version_keeps_both_changes(
    monkeypatch, process, editor
):
    opened = process.version
    slowed_down(monkeypatch, CoreProcess, "full_clean")
    changes = [{"title": "Nieuwe titel"}, {"description": "Nieuwe beschrijving"}]

    outcomes = at_once(
        *(
            lambda change=change: process_services.update_process(
                process=process, by=editor, version=opened, **change
            )
            for change in changes
        )
    )

    refused_index = next(i for i, (kind, _) in enumerate(outcomes) if kind == "error")
    refused = outcomes[refused_index][1]
    assert isinstance(refused, StaleEdit), refused
    process_services.update_process(
        process=process, by=editor, version=refused.current.version, **changes[refused_index]
    )
    process.refresh_from_db()
    assert (process.title, process.description) == ("Nieuwe titel", "Nieuwe beschrijving")
    assert process.version == opened + 2


def test_two_coordinators_approving_at_once_approve_once(
    monkeypatch, plan, editor, advance, coordinator, second_coordinator
):
    plan = advance(plan, "validated", editor)
    slowed_down(monkeypatch, plan_services, "freeze_version")

    outcomes = at_once(
        *(
            lambda by=by, n=n: review_services.record_government_decision(
                round=plan.round,
                date=dt.date(2015, 7, 17),
                reference=f"VR 2015 1707 DOC.0789/{n}",
                plans=[plan],
                by=by,
            )
            for n, by in enumerate([coordinator, second_coordinator], start=1)
        )
    )

    assert sorted(kind for kind, _ in outcomes) == ["error", "ok"], outcomes
    decision = next(value for kind, value in outcomes if kind == "ok")
    refused = next(value for kind, value in outcomes if kind == "error")
    assert type(refused) is DomainError, refused
    plan.refresh_from_db()
    assert plan.status == Plan.Status.APPROVED
    assert plan.government_decision == decision
    assert list(GovernmentDecision.objects.all()) == [decision]
    approvals = PlanTransition.objects.filter(plan=plan, action=Plan.Action.APPROVE)
    assert approvals.count() == 1
    assert plan.versions.filter(kind=PlanVersion.Kind.DEFINITIVE).count() == 1


def test_two_editors_submitting_at_once_submit_once(monkeypatch, plan, editor, domain):
    from tests.conftest import consult_all, fill_plan

    colleague = factories.UserFactory(username="editor_colleague", roles=[Role.EDITOR])
    domain.editors.add(colleague)
    fill_plan(plan)
    consult_all(plan, editor)
    slowed_down(monkeypatch, plan_services, "freeze_version")

    outcomes = at_once(
        lambda: plan_services.submit_plan(plan=plan, by=editor),
        lambda: plan_services.submit_plan(plan=plan, by=colleague),
    )

    assert sorted(kind for kind, _ in outcomes) == ["error", "ok"], outcomes
    refused = next(value for kind, value in outcomes if kind == "error")
    assert type(refused) is DomainError, refused
    assert PlanTransition.objects.filter(plan=plan, action=Plan.Action.SUBMIT).count() == 1
    assert plan.versions.filter(kind=PlanVersion.Kind.SUBMITTED).count() == 1
