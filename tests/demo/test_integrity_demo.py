"""The demo shows the coordinator's integrity tools at work (SPEC §14): Internationaal
Vlaanderen changed after its consultation, and near-duplicates planted in two domains
that the overlap page ranks first."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from demo import dataset
from insight.models import OverlapPair, OverlapRun
from plans import versions
from plans.models import Plan

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    fast = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=fast):
        call_command("load_demo", verbosity=0)
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


def planted() -> list[frozenset[str]]:
    return [frozenset(pair) for pair in dataset.load()["overlaps"]["planted"]]


def codes(pair: OverlapPair) -> frozenset[str]:
    return frozenset({pair.first.code, pair.second.code})


def test_the_returned_plan_was_consulted_on_an_earlier_version(demo, client):
    plan = Plan.objects.get(domain__code="IV")
    assert plan.status == Plan.Status.RETURNED
    (earlier,) = versions.earlier_versions(plan)
    assert earlier.summary["added"] and earlier.summary["assessments"]
    client.force_login(plan.domain.editors.first())
    page = client.get(reverse("plans:plan_detail", kwargs={"pk": plan.pk})).content.decode()
    assert "Overlegd over een eerdere versie" in page


def test_the_other_plans_rest_on_current_consultations(demo):
    for plan in Plan.objects.exclude(domain__code="IV"):
        assert versions.earlier_versions(plan) == [], plan


def test_the_overlap_page_ranks_the_planted_near_duplicates_first(demo, client, admin_user):
    run = OverlapRun.objects.get()
    assert run.status == OverlapRun.Status.DONE
    pairs = list(OverlapPair.objects.filter(run=run).for_list())
    top = [codes(pair) for pair in pairs[: len(planted())]]
    assert sorted(top, key=sorted) == sorted(planted(), key=sorted)
    unrelated = [pair.score for pair in pairs if codes(pair) not in planted()]
    assert min(p.score for p in pairs[: len(planted())]) > max(unrelated)
    for pair in pairs[: len(planted())]:
        assert pair.first.plan.domain_id != pair.second.plan.domain_id

    client.force_login(admin_user)
    page = client.get(reverse("insight:overlaps")).context["page"]
    assert [codes(pair) for pair in page.object_list[: len(planted())]] == top


def test_marks_survive_a_rerun_of_the_demo_round(demo, django_user_model):
    from insight import services

    coordinator = django_user_model.objects.get(username="coordinator")
    first, second = OverlapPair.objects.filter(run=OverlapRun.objects.get()).for_list()[:2]
    services.mark_pair(pair=first, mark="discuss", by=coordinator)
    services.mark_pair(pair=second, mark="no_overlap", by=coordinator)
    call_command("find_overlaps", round="2014-2015", verbosity=0)
    latest = OverlapRun.objects.first()
    assert OverlapRun.objects.count() == 2 and latest.status == OverlapRun.Status.DONE
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.mark, first.run) == ("discuss", latest)
    assert (second.mark, second.run) == ("no_overlap", latest)
