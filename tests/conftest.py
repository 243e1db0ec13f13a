"""The cast of users and the plans they meet, shared by every test.

The cast: `editor` draws up the plan of `domain`; `other_editor` that of `other_domain`;
`coordinator` reviews; `member` sits in `group` (which handles `plan`), `outsider` in
another group; `viewer` only reads approved plans; `admin` is a superuser.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest
from django.core import mail
from django.core.cache import cache

from demo import lifecycle
from kerntaken.permissions import Role
from plans.models import Plan
from processes.models import Assessment, TransferLevel
from tests import factories


@pytest.fixture(scope="session")
def django_db_modify_db_settings() -> None:
    """On SQLite the test database is a file in memory (/dev/shm), not SQLite's shared
    in-memory database: the live server's threads then each open their own connection with
    the project's settings (WAL, immediate transactions), as `make run` does, instead of
    sharing the test's one connection, where SQLite answers "database table is locked"
    between threads under load. One file per run, so parallel runs don't meet."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if not database["ENGINE"].endswith("sqlite3"):
        return
    memory = "/dev/shm"  # noqa: S108 - a private folder is made in it below
    folder = tempfile.mkdtemp(
        prefix="kerntaken-test-", dir=memory if os.path.isdir(memory) else None
    )
    database.setdefault("TEST", {})["NAME"] = os.path.join(folder, "test.sqlite3")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _fast_and_quiet(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    # Tasks (mail) run at once, in the test; tests/notifications run the real queue too.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    # Static files straight from the finders: no collectstatic needed for the tests.
    settings.STORAGES = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    }
    settings.LANGUAGE_CODE = "nl-be"
    settings.AXES_ENABLED = True
    mail.outbox = []
    # Each test starts with an empty cache: a fragment rendered by an earlier test (whose
    # rows may have had the same ids) is never a miss this test expects.
    cache.clear()


@pytest.fixture
def round_(db):
    return factories.RoundFactory(name="Kerntakenplannen 2014–2015", slug="2014-2015")


@pytest.fixture
def domain(db):
    return factories.PolicyDomainFactory(code="ov", name="Onderwijs en Vorming")


@pytest.fixture
def other_domain(db):
    return factories.PolicyDomainFactory(code="wvg", name="Welzijn, Volksgezondheid en Gezin")


@pytest.fixture
def entity(domain):
    return factories.EntityFactory(domain=domain, acronym="DOV", name="Departement Onderwijs")


@pytest.fixture
def other_entity(other_domain):
    return factories.EntityFactory(domain=other_domain, acronym="DWVG", name="Departement WVG")


@pytest.fixture
def minister(domain):
    return factories.MinisterFactory(portfolio="Vlaams minister van Onderwijs", domains=[domain])


@pytest.fixture
def editor(domain):
    user = factories.UserFactory(username="editor", roles=[Role.EDITOR])
    domain.editors.add(user)
    return user


@pytest.fixture
def other_editor(other_domain):
    user = factories.UserFactory(username="editor2", roles=[Role.EDITOR])
    other_domain.editors.add(user)
    return user


@pytest.fixture
def coordinator(db):
    return factories.UserFactory(username="coordinator", roles=[Role.COORDINATOR])


@pytest.fixture
def viewer(db):
    return factories.UserFactory(username="viewer", roles=[Role.VIEWER])


@pytest.fixture
def admin_user(db):
    user = factories.UserFactory(username="admin")
    user.is_staff = user.is_superuser = True
    user.save()
    return user


@pytest.fixture
def plan(domain, round_, entity, minister):
    return factories.PlanFactory(domain=domain, round=round_)


@pytest.fixture
def other_plan(other_domain, round_, other_entity):
    return factories.PlanFactory(domain=other_domain, round=round_)


@pytest.fixture
def group(round_, plan):
    group = factories.WorkingGroupFactory(round=round_, name="Werkgroep Onderwijs")
    group.plans.add(plan)
    return group


@pytest.fixture
def member(group):
    user = factories.UserFactory(username="member", roles=[Role.MEMBER])
    group.members.add(user)
    return user


@pytest.fixture
def outsider(round_, other_plan):
    other_group = factories.WorkingGroupFactory(round=round_, name="Werkgroep Welzijn")
    other_group.plans.add(other_plan)
    user = factories.UserFactory(username="outsider", roles=[Role.MEMBER])
    other_group.members.add(user)
    return user


def fill_plan(plan: Plan) -> None:
    """Give a plan complete processes covering the reviewed assessments."""
    entity = plan.domain.entities.first() or factories.EntityFactory(domain=plan.domain)
    factories.CoreProcessFactory(
        plan=plan, entity=entity, code="P1", assessment=Assessment.KEEP, motivation=""
    )
    factories.CoreProcessFactory(
        plan=plan, entity=entity, code="P2", assessment=Assessment.PHASE_OUT
    )
    factories.CoreProcessFactory(
        plan=plan,
        entity=entity,
        code="P3",
        assessment=Assessment.TRANSFER,
        transfer_level=TransferLevel.MUNICIPALITY,
    )
    factories.CoreProcessFactory(
        plan=plan, entity=entity, code="P4", assessment=Assessment.OPTIMISE
    )


def consult_all(plan: Plan, by) -> None:
    lifecycle.consult(plan, by=by)


@pytest.fixture
def advance(coordinator):
    """Take a plan to a state through the real services: advance(plan, "validated", editor).

    An empty plan first gets the processes of `fill_plan`, a plan going into review a
    working group; then `demo.lifecycle.advance` takes it there (every proposal confirmed,
    approval by a decision of its own).
    """

    def _advance(plan: Plan, state: str, editor) -> Plan:
        if not plan.processes.exists():
            fill_plan(plan)
        past_submitted = lifecycle.RANK[Plan.Status(state)] > lifecycle.RANK[Plan.Status.SUBMITTED]
        if past_submitted and not plan.working_groups.exists():
            factories.WorkingGroupFactory(round=plan.round).plans.add(plan)
        return lifecycle.advance(plan, to=state, by=editor, coordinator=coordinator)

    return _advance
