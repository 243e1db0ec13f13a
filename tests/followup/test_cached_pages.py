"""The period overview and the dossier are rendered from plain data and kept in the cache
(kerntaken/fragments.py): every change they show is on the very next request.

Each test asks for the page (its content goes into the cache), changes something through
the code that changes it in production — a report saved, submitted, accepted, a milestone
done, the period published, a domain renamed — and asks again.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from followup import services
from followup.models import FollowUpTrack, ProgressReport
from tests.followup.conftest import add_processes, open_period

pytestmark = pytest.mark.django_db


@pytest.fixture
def period(plan, editor, coordinator, advance):
    add_processes(plan, [("P01", "optimise"), ("P02", "phase_out")])
    plan = advance(plan, "approved", editor)
    for track in FollowUpTrack.objects.filter(plan=plan):
        services.add_milestone(
            track=track, by=editor, title=f"Mijlpaal {track.process.code}",
            due_date=dt.date(2015, 9, 1),
        )  # fmt: skip
    return open_period(plan.round, coordinator)


@pytest.fixture
def as_coordinator(client, coordinator):
    client.force_login(coordinator)
    return client


def _page(client, period) -> str:
    response = client.get(reverse("followup:period_overview", kwargs={"pk": period.pk}))
    assert response.status_code == 200
    return response.text


def _report(period) -> ProgressReport:
    return ProgressReport.objects.get(period=period)


def _delay(report, editor, reason: str) -> ProgressReport:
    services.save_report(
        report=report,
        by=editor,
        version=report.version,
        entries={e.track_id: {"status": "delayed", "reason": reason} for e in report.entries.all()},
    )
    return ProgressReport.objects.get(pk=report.pk)


def test_a_saved_report_shows_at_once(as_coordinator, period, editor):
    before = _page(as_coordinator, period)
    _delay(_report(period), editor, "Wacht op het decreet.")
    after = _page(as_coordinator, period)
    assert "Wacht op het decreet." not in before
    assert "Wacht op het decreet." in after


def test_a_submitted_and_an_accepted_report_show_at_once(
    as_coordinator, period, editor, coordinator
):
    report = _delay(_report(period), editor, "Later.")
    before = _page(as_coordinator, period)
    services.submit_report(report=report, by=editor)
    submitted = _page(as_coordinator, period)
    services.accept_report(report=ProgressReport.objects.get(pk=report.pk), by=coordinator)
    accepted = _page(as_coordinator, period)
    for page, state in ((before, "draft"), (submitted, "submitted"), (accepted, "accepted")):
        table = page.split('id="reports-heading"')[1].split('id="delayed-heading"')[0]
        assert f"state-badge state-{state}" in table


def test_a_milestone_done_leaves_the_overdue_list_at_once(as_coordinator, period, editor):
    before = _page(as_coordinator, period)
    milestone = FollowUpTrack.objects.get(process__code="P01").milestones.get()
    services.update_milestone(
        milestone=milestone, by=editor, version=milestone.version, done_on=dt.date(2015, 8, 1)
    )
    after = _page(as_coordinator, period)
    assert "Mijlpaal P01" in before and "Mijlpaal P02" in before
    assert "Mijlpaal P01" not in after and "Mijlpaal P02" in after


def test_a_published_period_shows_at_once(as_coordinator, period, editor, coordinator):
    report = _delay(_report(period), editor, "Later.")
    services.submit_report(report=report, by=editor)
    services.accept_report(report=ProgressReport.objects.get(pk=report.pk), by=coordinator)
    public_link = reverse("followup:public_progress", kwargs={"slug": period.round.slug})
    before = _page(as_coordinator, period)
    services.publish_period(period=period, by=coordinator)
    after = _page(as_coordinator, period)
    assert public_link not in before
    assert public_link in after


def test_a_renamed_domain_shows_at_once(as_coordinator, period, plan):
    before = _page(as_coordinator, period)
    domain = plan.domain
    domain.name = "Hernoemd beleidsdomein"
    domain.save()
    after = _page(as_coordinator, period)
    assert "Hernoemd beleidsdomein" not in before
    assert "Hernoemd beleidsdomein" in after


def test_the_same_figures_are_rendered_once(as_coordinator, period, monkeypatch):
    from kerntaken import fragments

    first = _page(as_coordinator, period)
    stored = []
    monkeypatch.setattr(fragments.cache, "set", lambda *args, **kwargs: stored.append(args))
    again = _page(as_coordinator, period)
    assert stored == []  # read from the cache, not rendered and stored again
    assert again.split("<main")[1] == first.split("<main")[1]  # (the header's CSRF tokens differ)


# ---- the dossier ---------------------------------------------------------------------------


def _dossier(client, process) -> str:
    response = client.get(reverse("followup:process_dossier", kwargs={"pk": process.pk}))
    assert response.status_code == 200
    return response.text


def test_the_dossier_shows_a_milestone_and_a_report_at_once(as_coordinator, period, editor):
    track = FollowUpTrack.objects.get(process__code="P01")
    before = _dossier(as_coordinator, track.process)
    services.add_milestone(
        track=track, by=editor, title="Nieuwe mijlpaal", due_date=dt.date(2016, 3, 1)
    )
    with_milestone = _dossier(as_coordinator, track.process)
    _delay(_report(period), editor, "Wacht op het decreet.")
    with_report = _dossier(as_coordinator, track.process)
    assert "Nieuwe mijlpaal" not in before
    assert "Nieuwe mijlpaal" in with_milestone
    assert "Wacht op het decreet." not in with_milestone
    assert "Wacht op het decreet." in with_report


def test_the_dossier_shows_renamed_names_at_once(as_coordinator, period, editor, coordinator):
    track = FollowUpTrack.objects.get(process__code="P01")
    before = _dossier(as_coordinator, track.process)
    entity = track.process.entity
    entity.name = "Hernoemde entiteit"
    entity.save()
    editor.first_name, editor.last_name = "Eva", "Hernoemd"
    editor.save()
    after = _dossier(as_coordinator, track.process)
    assert "Hernoemde entiteit" not in before and "Eva Hernoemd" not in before
    assert "Hernoemde entiteit" in after and "Eva Hernoemd" in after


def test_the_dossier_is_not_shared_between_what_users_may_see(client, period, editor, viewer):
    process = FollowUpTrack.objects.get(process__code="P01").process
    client.force_login(editor)
    as_editor = _dossier(client, process)
    client.force_login(viewer)
    as_viewer = _dossier(client, process)
    # The editor reads the internal history (who changed what); a viewer does not.
    assert as_editor.split("<main")[1] != as_viewer.split("<main")[1]
