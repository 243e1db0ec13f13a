"""The demo's follow-up (SPEC §8, §10): editor3 of Bestuurszaken, one period published,
one open, tracks in every status, some milestones overdue; idempotent."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings

from followup.models import FollowUpTrack, Milestone, ProgressReport, ReportingPeriod, TrackStatus
from followup.overview import overdue_milestones
from kerntaken import permissions
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


def test_editor3_edits_the_approved_plan_of_bestuurszaken(demo):
    editor3 = get_user_model().objects.get(username="editor3")
    assert editor3.check_password("kerntaken")
    plan = Plan.objects.get(domain__name="Bestuurszaken")
    assert plan.is_approved and permissions.is_editor_of(editor3, plan)


def test_one_period_published_and_one_open_after_the_rounds_timeline(demo):
    published = ReportingPeriod.objects.get(status="published")
    assert published.name == "Voortgang december 2015"
    assert published.reports.filter(status="accepted").exists()
    open_ = ReportingPeriod.objects.get(status="open")
    assert open_.deadline > open_.round.approval_date and open_.deadline > published.deadline


def test_editor3_can_report_in_the_open_period(demo):
    editor3 = get_user_model().objects.get(username="editor3")
    report = ProgressReport.objects.get(period__status="open", plan__domain__name="Bestuurszaken")
    assert report.status == "draft" and permissions.can_edit_report(editor3, report)


def test_the_open_period_shows_reports_in_every_state(demo):
    states = set(
        ProgressReport.objects.filter(period__status="open").values_list("status", flat=True)
    )
    assert states == set(ProgressReport.Status.values)


def test_tracks_in_every_status_and_some_milestones_overdue(demo):
    assert set(FollowUpTrack.objects.values_list("status", flat=True)) == set(TrackStatus.values)
    period = ReportingPeriod.objects.get(status="published")
    overdue = overdue_milestones(period).count()
    assert 0 < overdue < Milestone.objects.filter(due_date__lt=period.reference_date).count()


def test_running_again_changes_nothing_in_the_follow_up(demo):
    def counts():
        return {
            m._meta.label: m.objects.count() for m in apps.get_app_config("followup").get_models()
        }

    before = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == before
