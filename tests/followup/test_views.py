"""The follow-up's pages: bad input refused at the field with nothing written, stale edits
refused with the user's entries kept, the whole period through the views, query counts
that do not grow with the number of tracks."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from followup import services
from followup.models import FollowUpTrack, Milestone, ProgressReport, ReportEntry
from tests.followup.conftest import add_processes, entries_of, open_period

pytestmark = pytest.mark.django_db


def entry_post(report, changes: dict[str, dict], version=None) -> dict:
    """The report form as the browser posts it, with `changes` per process code."""
    entries = list(report.entries.select_related("track__process").order_by("pk"))
    data = {
        "version": report.version if version is None else version,
        "entry-TOTAL_FORMS": len(entries),
        "entry-INITIAL_FORMS": len(entries),
        "entry-MIN_NUM_FORMS": 0,
        "entry-MAX_NUM_FORMS": 1000,
    }
    for index, entry in enumerate(entries):
        values = {
            "id": entry.pk,
            "status": entry.status,
            "reason": entry.reason,
            "completed_on": entry.completed_on or "",
            "decision_reference": entry.decision_reference,
            "realised_fte": "" if entry.realised_fte is None else entry.realised_fte,
            "realised_budget": "" if entry.realised_budget is None else entry.realised_budget,
            "note": entry.note,
        }
        values |= changes.get(entry.track.process.code, {})
        data |= {f"entry-{index}-{name}": value for name, value in values.items()}
    return data


def form_errors(response) -> dict[str, list[str]]:
    """Field → messages of every form of the report's formset."""
    errors: dict[str, list[str]] = {}
    for form in response.context["formset"].forms:
        for name, messages in form.errors.items():
            errors.setdefault(name, []).extend(messages)
    return errors


def snapshot() -> list:
    return list(ReportEntry.objects.order_by("pk").values()) + list(
        ProgressReport.objects.order_by("pk").values("status", "version")
    )


# ---- bad input: refused at the field, in Dutch, nothing written ----------------------------

BAD_ENTRIES = [
    ({"status": "delayed", "reason": ""}, "reason", "Geef aan waarom het traject vertraagd is."),
    ({"status": "completed"}, "completed_on", "Geef de datum waarop het traject afgerond werd."),
    ({"status": "stopped"}, "decision_reference", "referentie"),
    ({"realised_fte": "-2"}, "realised_fte", "minstens 0"),
    ({"realised_budget": "-0,5"}, "realised_budget", "minstens 0"),
    ({"realised_fte": "veel"}, "realised_fte", "Voer een getal in."),
    ({"realised_budget": "1e999x"}, "realised_budget", "Voer een getal in."),
]


@pytest.mark.parametrize(("change", "field", "message"), BAD_ENTRIES)
def test_bad_report_entries_are_refused_at_their_field(
    client, report, editor, change, field, message
):
    client.force_login(editor)
    before = snapshot()
    url = reverse("followup:report_edit", kwargs={"pk": report.pk})
    response = client.post(url, entry_post(report, {"P2": change}))
    assert response.status_code == 200
    errors = form_errors(response)
    assert any(message in text for text in errors.get(field, [])), errors
    assert snapshot() == before


def test_a_milestone_due_before_the_round_started_is_refused_at_its_field(
    client, approved_plan, editor
):
    client.force_login(editor)
    track = FollowUpTrack.objects.get(process__code="P2")
    url = reverse("followup:milestone_create", kwargs={"pk": track.pk})
    response = client.post(url, {"title": "Te vroeg", "due_date": "2014-01-01"})
    assert response.status_code == 200
    assert (
        "vóór de start van de ronde (19 september 2014)"
        in response.context["form"].errors["due_date"][0]
    )
    assert not Milestone.objects.exists()


def test_a_negative_planned_effect_is_refused_at_its_field(client, approved_plan, editor):
    client.force_login(editor)
    track = FollowUpTrack.objects.get(process__code="P2")
    url = reverse("followup:track_update", kwargs={"pk": track.pk})
    response = client.post(url, {"version": track.version, "planned_fte": "-1"})
    assert "planned_fte" in response.context["form"].errors
    track.refresh_from_db()
    assert track.planned_fte is None and track.version == 1


def test_an_empty_return_reason_is_refused_at_its_field(client, report, editor, coordinator):
    services.submit_report(report=report, by=editor)
    client.force_login(coordinator)
    url = reverse("followup:report_return", kwargs={"pk": report.pk})
    response = client.post(url, {"reason": "   "})
    assert "reden" in response.context["form"].errors["reason"][0]
    report.refresh_from_db()
    assert report.status == "submitted"


def test_a_period_whose_deadline_precedes_its_reference_date_is_refused(
    client, approved_plan, coordinator
):
    client.force_login(coordinator)
    url = reverse("followup:period_create", kwargs={"slug": approved_plan.round.slug})
    response = client.post(
        url, {"name": "Voortgang", "reference_date": "2016-01-31", "deadline": "2015-12-31"}
    )
    assert response.context["form"].errors["deadline"]
    assert not approved_plan.round.reporting_periods.exists()


# ---- stale edits --------------------------------------------------------------------------


def test_a_stale_report_form_is_refused_and_keeps_the_users_entries(client, report, editor):
    client.force_login(editor)
    data = entry_post(report, {"P2": {"status": "delayed", "reason": "Mijn reden."}})
    services.save_report(
        report=report,
        by=editor,
        version=report.version,
        entries={entries_of(report)["P3"].track_id: {"status": "on_schedule"}},
    )
    response = client.post(reverse("followup:report_edit", kwargs={"pk": report.pk}), data)
    assert response.status_code == 200 and response.context["stale"]
    assert "Mijn reden." in response.text
    assert entries_of(report)["P2"].status == "not_started"


def test_a_stale_track_edit_shows_the_other_version_beside_the_users(client, approved_plan, editor):
    client.force_login(editor)
    track = FollowUpTrack.objects.get(process__code="P2")
    services.update_track(track=track, by=editor, version=1, intended_result="Hun resultaat.")
    url = reverse("followup:track_update", kwargs={"pk": track.pk})
    response = client.post(url, {"version": 1, "intended_result": "Mijn resultaat."})
    assert response.context["stale"]["differences"]
    assert "Hun resultaat." in response.text and "Mijn resultaat." in response.text
    track.refresh_from_db()
    assert track.intended_result == "Hun resultaat."


# ---- the whole period through the pages -----------------------------------------------------


def test_a_whole_period_through_the_pages(client, approved_plan, editor, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("followup:period_create", kwargs={"slug": approved_plan.round.slug}),
        {"name": "Voortgang december 2015", "reference_date": "2015-12-31",
         "deadline": "2016-01-31"},
    )  # fmt: skip
    report = ProgressReport.objects.get()
    assert response.status_code == 302
    client.force_login(editor)
    edit = reverse("followup:report_edit", kwargs={"pk": report.pk})
    changes = {
        "P2": {"status": "delayed", "reason": "Wacht op het decreet.", "note": "GEHEIM"},
        "P3": {"status": "completed", "completed_on": "2015-11-30", "realised_fte": "2,5"},
    }
    assert client.post(edit, entry_post(report, changes)).status_code == 302
    report.refresh_from_db()
    client.post(reverse("followup:report_submit", kwargs={"pk": report.pk}))
    client.force_login(coordinator)
    client.post(reverse("followup:report_accept", kwargs={"pk": report.pk}))
    client.post(reverse("followup:period_publish", kwargs={"pk": report.period_id}))
    client.logout()
    public = client.get(
        reverse("followup:public_progress", kwargs={"slug": approved_plan.round.slug})
    )
    assert "Afgerond" in public.text and "Vertraagd" in public.text and "2,50 FTE" in public.text
    assert "GEHEIM" not in public.text and "Wacht op het decreet." not in public.text


# ---- query counts: they do not grow with the number of tracks --------------------------------


def _plan_with_tracks(plan, editor, coordinator, advance, count: int):
    add_processes(plan, [(f"P{n:02d}", "optimise") for n in range(count)])
    plan = advance(plan, "approved", editor)
    for track in FollowUpTrack.objects.filter(plan=plan):
        services.add_milestone(
            track=track, by=editor, title="Mijlpaal", due_date=dt.date(2015, 9, 1)
        )
    period = open_period(plan.round, coordinator)
    report = period.reports.get()
    services.save_report(
        report=report,
        by=editor,
        version=report.version,
        entries={
            e.track_id: {"status": "delayed", "reason": "Later."} for e in report.entries.all()
        },
    )
    return plan, period, ProgressReport.objects.get(pk=report.pk)


# Each request also reads the session and the user (it does not write the session back: it
# was renewed at sign-in, less than a minute ago); the permission module reads the user's
# groups (with their domains, for an editor: one query).
PAGES = {
    # the period; its reports; tracks per status; planned and realised effect; delayed
    # tracks and overdue milestones, each a count and the first hundred; the header's
    # count of unread notifications
    "period_overview": (
        "coordinator",
        "followup:period_overview",
        lambda p, period, r: period.pk,
        13,
    ),
    # the report; its entries with their tracks and processes; their milestones; the
    # header's count of unread notifications
    "report_edit": ("editor", "followup:report_edit", lambda p, period, r: r.pk, 7),
    # the process; entities, history, transitions, versions, framework check, review item,
    # track, milestones, report entries (and the reports the user may see), previous/next;
    # the header's count of unread notifications
    "process_dossier": (
        "editor",
        "followup:process_dossier",
        lambda p, period, r: p.processes.first().pk,
        15,
    ),
}


@pytest.mark.parametrize("page", sorted(PAGES))
@pytest.mark.parametrize("count", [2, 20])
def test_query_count_does_not_grow_with_the_tracks(
    client, django_assert_num_queries, plan, editor, coordinator, advance, page, count
):
    plan, period, report = _plan_with_tracks(plan, editor, coordinator, advance, count)
    role, name, pk, queries = PAGES[page]
    client.force_login({"editor": editor, "coordinator": coordinator}[role])
    url = reverse(name, kwargs={"pk": pk(plan, period, report)})
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
