"""`manage.py load_demo` (SPEC §8): the 2014–2015 round, plans in every state, idempotent."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings

from plans.models import Plan, PlanTransition, PolicyDomain, Round
from processes.models import Assessment, Axis, CoreProcess
from reviews.models import GovernmentDecision, Meeting, ReviewItem

pytestmark = pytest.mark.django_db

DOMAINS = [
    "Diensten voor het Algemeen Regeringsbeleid",
    "Bestuurszaken",
    "Financiën en Begroting",
    "Internationaal Vlaanderen",
    "Economie, Wetenschap en Innovatie",
    "Onderwijs en Vorming",
    "Welzijn, Volksgezondheid en Gezin",
    "Cultuur, Jeugd, Sport en Media",
    "Werk en Sociale Economie",
    "Landbouw en Visserij",
    "Leefmilieu, Natuur en Energie",
    "Mobiliteit en Openbare Werken",
    "Ruimtelijke Ordening, Woonbeleid en Onroerend Erfgoed",
]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded once for this module (it takes seconds), removed afterwards."""
    fast = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=fast):
        call_command("load_demo", verbosity=0)
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


def snapshot() -> dict:
    from django.apps import apps

    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in {"plans", "processes", "reviews", "auth"}
    }


def test_round_and_its_milestones(demo):
    round_ = Round.objects.get(slug="2014-2015")
    assert round_.start_date == dt.date(2014, 9, 19)
    assert round_.framework_date == dt.date(2015, 3, 20)
    assert (round_.review_start.month, round_.review_end.month) == (4, 6)
    assert round_.approval_date == dt.date(2015, 7, 17)


def test_the_thirteen_domains_of_that_time(demo):
    assert list(PolicyDomain.objects.values_list("name", flat=True)) == DOMAINS
    for domain in PolicyDomain.objects.all():
        assert domain.entities.exists()
        assert domain.ministers.exists()


def test_plans_in_every_state(demo):
    states = set(Plan.objects.values_list("status", flat=True))
    assert states == set(Plan.Status.values)
    assert Plan.objects.filter(domain__name="Onderwijs en Vorming").get().status == "draft"
    assert Plan.objects.get(domain__name=DOMAINS[6]).status == "draft"


def test_at_least_three_plans_approved_by_a_decision_of_17_july_2015(demo):
    decision = GovernmentDecision.objects.get()
    assert decision.date == dt.date(2015, 7, 17)
    assert decision.plans.count() >= 3
    assert all(p.versions.filter(kind="definitive").exists() for p in decision.plans.all())


def test_processes_realistic_and_complete(demo):
    for plan in Plan.objects.all():
        assert 15 <= plan.processes.count() <= 40
    assert set(CoreProcess.objects.values_list("assessment", flat=True)) == set(Assessment.values)
    assert set(CoreProcess.objects.values_list("axis", flat=True)) == set(Axis.values)
    for process in CoreProcess.objects.select_related("entity", "plan"):
        process.full_clean()
        assert process.entity.domain_id == process.plan.domain_id


def test_working_group_with_meetings_and_decided_items(demo):
    assert Meeting.objects.exists()
    assert ReviewItem.objects.filter(decision="confirmed").exists()
    assert ReviewItem.objects.filter(decision="amended").exclude(note="").exists()
    member = get_user_model().objects.get(username="member")
    assert member.working_groups.count() == 1


@pytest.mark.parametrize(
    "username", ["editor", "editor2", "coordinator", "member", "viewer", "admin"]
)
def test_demo_users_sign_in_with_the_documented_password(demo, username):
    user = get_user_model().objects.get(username=username)
    assert user.is_active and user.check_password("kerntaken")


def test_demo_steps_carry_the_dates_of_the_real_round(demo):
    approvals = PlanTransition.objects.filter(action="approve")
    assert {t.at.date() for t in approvals} == {dt.date(2015, 7, 17)}


def test_running_twice_changes_nothing(demo, db):
    before = snapshot()
    call_command("load_demo", verbosity=0)
    assert snapshot() == before
