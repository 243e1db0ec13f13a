"""The cast of users and the plans they meet, shared by every test.

The cast: `editor` draws up the plan of `domain`; `other_editor` that of `other_domain`;
`coordinator` reviews; `member` sits in `group` (which handles `plan`), `outsider` in
another group; `viewer` only reads approved plans; `admin` is a superuser.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from kerntaken.permissions import Role
from plans import services as plan_services
from plans.models import Plan
from processes.models import Assessment, TransferLevel
from reviews import services as review_services
from reviews.models import ReviewItem
from tests import factories


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
    for minister in plan.domain.ministers.all():
        plan_services.record_consultation(
            plan=plan,
            minister=minister,
            date=dt.date(2015, 1, 15),
            outcome="agreement",
            note="",
            by=by,
        )


@pytest.fixture
def advance(coordinator):
    """Take a plan to a state through the real services: advance(plan, "validated", editor)."""

    order = ["submitted", "in_review", "validated", "approved"]

    def _advance(plan: Plan, state: str, editor) -> Plan:
        if not plan.processes.exists():
            fill_plan(plan)
        consult_all(plan, editor)
        plan = plan_services.submit_plan(plan=plan, by=editor)
        if order.index(state) >= 1:
            factories.FrameworkCheckFactory(plan=plan)
            if not plan.working_groups.exists():
                factories.WorkingGroupFactory(round=plan.round).plans.add(plan)
            plan = review_services.start_review(plan=plan, by=coordinator)
        if order.index(state) >= 2:
            for item in ReviewItem.objects.filter(plan=plan):
                review_services.decide_review_item(item=item, by=coordinator, decision="confirmed")
            plan = review_services.validate_plan(plan=plan, by=coordinator)
        if order.index(state) >= 3:
            review_services.record_government_decision(
                round=plan.round,
                date=dt.date(2015, 7, 17),
                reference=f"VR 2015 1707 DOC.{plan.pk:04d}/1",
                plans=[plan],
                by=coordinator,
            )
        plan.refresh_from_db()
        return plan

    return _advance
