"""The follow-up through the API (issues 11 and 12): tracks with milestones and progress
reports with entries, each user seeing exactly what the follow-up pages show them, the
internal notes only where the report page shows them; filters, pages, fixed query counts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.urls import reverse

from followup import services
from followup.models import FollowUpTrack, ProgressReport
from kerntaken import permissions
from publication import services as publication_services
from tests.followup.conftest import open_period

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle():
    cache.clear()
    yield
    cache.clear()


def get(client, user, name: str, params=None, **kwargs):
    token = publication_services.create_token(user=user, name="script")[1]
    url = reverse(f"publication:{name}", kwargs=kwargs or None)
    return client.get(url, params or {}, headers={"Authorization": f"Bearer {token}"})


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def test_tracks_are_those_of_approved_plans(client, viewer, editor, approved_plan, plan):
    expected = set(approved_plan.tracks.values_list("pk", flat=True))
    assert len(expected) == 5  # not for the process kept
    assert ids(get(client, viewer, "api_tracks")) == expected
    assert ids(get(client, editor, "api_tracks")) == expected


def test_tracks_filter_by_round_domain_and_status(client, viewer, approved_plan, other_plan):
    assert ids(get(client, viewer, "api_tracks", {"domain": approved_plan.domain.code}))
    assert not ids(get(client, viewer, "api_tracks", {"domain": other_plan.domain.code}))
    assert ids(get(client, viewer, "api_tracks", {"round": approved_plan.round.slug}))
    assert not ids(get(client, viewer, "api_tracks", {"status": "completed"}))
    response = get(client, viewer, "api_tracks", {"status": "sleeping"})
    assert response.status_code == 400 and "status" in response.json()


def test_track_detail_has_its_milestones(client, viewer, editor, approved_plan):
    track = approved_plan.tracks.get(process__code="P2")
    services.add_milestone(track=track, by=editor, title="Decreet", due_date=dt.date(2016, 1, 1))
    data = get(client, viewer, "api_track", id=track.pk).json()
    assert data["process_code"] == "P2" and data["effect"] == "freed"
    assert [m["title"] for m in data["milestones"]] == ["Decreet"]
    assert data["milestones"][0]["due_date"] == "2016-01-01"


def test_a_track_that_does_not_exist_is_404(client, viewer, db):
    assert get(client, viewer, "api_track", id=999999).status_code == 404


def test_reports_each_user_sees_are_those_the_report_page_opens(
    client, published, approved_plan, editor, other_editor, viewer, coordinator
):
    every = set(ProgressReport.objects.values_list("pk", flat=True))
    for user in (editor, other_editor, viewer, coordinator):
        seen = ids(get(client, user, "api_reports"))
        allowed = {
            pk
            for pk in every
            if permissions.can_view_report(user, ProgressReport.objects.get(pk=pk))
        }
        assert seen == allowed, user
        for pk in every:
            status = get(client, user, "api_report", id=pk).status_code
            assert status == (200 if pk in allowed else 404), (user, pk)
    returned = ProgressReport.objects.get(status="returned")
    assert returned.pk not in ids(get(client, viewer, "api_reports"))
    assert returned.pk in ids(get(client, other_editor, "api_reports"))  # their own domain


def test_notes_and_reasons_go_only_where_the_report_page_shows_them(
    client, published, approved_plan, viewer, other_editor, editor
):
    period, _later = published
    report = period.reports.get(plan=approved_plan)
    data = get(client, viewer, "api_report", id=report.pk).json()
    delayed = next(e for e in data["entries"] if e["process_code"] == "P2")
    assert delayed["note"] == "GEHEIME-NOTITIE" and delayed["reason"] == "GEHEIME-REDEN"
    # the returned report of the other domain: its reason for its own editors only
    theirs = period.reports.exclude(plan=approved_plan).get()
    assert get(client, viewer, "api_report", id=theirs.pk).status_code == 404
    own = get(client, other_editor, "api_report", id=theirs.pk).json()
    assert own["return_reason"] == "Onvolledig." and own["status"] == "returned"
    listed = get(client, viewer, "api_reports").content.decode()
    assert "VR-TERUGGESTUURD" not in listed and "Onvolledig." not in listed


def test_reports_filter_by_period_and_status(client, published, coordinator):
    period, later = published
    by_period = ids(get(client, coordinator, "api_reports", {"period": later.pk}))
    assert by_period == set(later.reports.values_list("pk", flat=True))
    returned = ids(get(client, coordinator, "api_reports", {"status": "returned"}))
    assert returned == set(period.reports.filter(status="returned").values_list("pk", flat=True))
    assert get(client, coordinator, "api_reports", {"period": "x"}).status_code == 400


def test_track_list_query_count_is_fixed_per_page(
    client, viewer, editor, approved_plan, django_assert_num_queries
):
    token = publication_services.create_token(user=viewer, name="script")[1]
    headers = {"Authorization": f"Bearer {token}"}
    url = reverse("publication:api_tracks")
    # token + user; the user's groups; count; the page's ids; the rows; their milestones
    with django_assert_num_queries(6):
        client.get(url, headers=headers)
    for track in FollowUpTrack.objects.all():
        for day in (1, 2):
            services.add_milestone(
                track=track, by=editor, title=f"M{day}", due_date=dt.date(2016, 1, day)
            )
    with django_assert_num_queries(6):
        assert len(client.get(url, headers=headers).json()["results"]) == 5


def test_report_list_query_count_is_fixed_per_page(
    client, published, approved_plan, coordinator, django_assert_num_queries
):
    token = publication_services.create_token(user=coordinator, name="script")[1]
    headers = {"Authorization": f"Bearer {token}"}
    url = reverse("publication:api_reports")
    # token + user; the user's groups; count; the page's ids; the rows; their entries
    with django_assert_num_queries(6):
        client.get(url, headers=headers)
    for name in ("Voortgang maart 2016", "Voortgang september 2016"):
        open_period(approved_plan.round, coordinator, name=name)
    with django_assert_num_queries(6):
        assert client.get(url, headers=headers).json()["count"] >= 6
