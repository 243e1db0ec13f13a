"""The dossier of a process (SPEC §11): its whole story in time order, as its plan's rules
allow, with the same process in the previous and the next round."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from followup import services
from followup.models import FollowUpTrack
from plans import services as plan_services
from processes import services as process_services
from reviews.models import FrameworkCheck, ReviewItem
from tests import factories
from tests.followup.conftest import entries_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(approved_plan, report, editor, coordinator):
    track = FollowUpTrack.objects.get(process__code="P2")
    services.add_milestone(track=track, by=editor, title="Decreet", due_date=dt.date(2015, 10, 1))
    values = {"status": "delayed", "reason": "Wacht op het decreet.", "note": "Enkel intern."}
    services.save_report(
        report=report,
        by=editor,
        version=report.version,
        entries={entries_of(report)["P2"].track_id: values},
    )
    services.submit_report(report=report, by=editor)
    services.accept_report(report=report, by=coordinator)
    # What was said along the way (set directly: the plan is approved and immutable now).
    ReviewItem.objects.filter(process__code="P2").update(note="Notitie van de werkgroep.")
    FrameworkCheck.objects.filter(plan=approved_plan).update(
        service_delivery="Opmerking bij de eigen dienstverlening."
    )
    return approved_plan.processes.get(code="P2")


def _dossier(client, user, process):
    client.force_login(user)
    return client.get(reverse("followup:process_dossier", kwargs={"pk": process.pk}))


def test_the_story_is_told_in_time_order(client, story, editor):
    response = _dossier(client, editor, story)
    events = response.context["events"]
    assert [e.when for e in events] == sorted(e.when for e in events)
    kinds = [e.kind for e in events]
    for kind in ("created", "plan-submit", "framework", "review", "plan-approve", "decision",
                 "track", "milestone", "report"):  # fmt: skip
        assert kind in kinds, kind
    assert kinds.index("plan-submit") < kinds.index("review") < kinds.index("plan-approve")


def test_the_dossier_shows_review_decision_track_and_report(client, story, editor):
    text = _dossier(client, editor, story).text
    assert "Voorgelegd aan de werkgroep" in text and "Bevestigd" in text
    assert story.plan.government_decision.reference in text
    assert "Opvolgingstraject geopend" in text and "Mijlpaal: Decreet" in text
    assert "Wacht op het decreet." in text and "Enkel intern." in text
    assert "Notitie van de werkgroep." in text
    assert "Opmerking bij de eigen dienstverlening." in text


def test_a_viewer_reads_the_approved_story_without_the_internal_parts(client, story, viewer):
    response = _dossier(client, viewer, story)
    assert response.status_code == 200
    kinds = {e.kind for e in response.context["events"]}
    assert "framework" not in kinds and "created" not in kinds
    assert "Notitie van de werkgroep." not in response.text
    assert "Opmerking bij de eigen dienstverlening." not in response.text
    assert "Bevestigd" in response.text  # the decision itself is no secret


def test_a_draft_process_is_not_found_for_another_domains_editor(client, plan, other_editor):
    process = factories.CoreProcessFactory(plan=plan, entity=plan.domain.entities.first())
    assert _dossier(client, other_editor, process).status_code == 404


def test_the_dossier_links_the_same_process_in_the_next_round(client, story, editor, approved_plan):
    later = factories.RoundFactory(
        name="Kerntakenplannen 2019–2020", slug="2019-2020", previous=approved_plan.round,
        start_date=dt.date(2019, 9, 1), submission_deadline=dt.date(2020, 1, 31),
    )  # fmt: skip
    plan = plan_services.start_plan(domain=approved_plan.domain, round=later, by=editor)
    following = plan.processes.get(code="P2")
    response = _dossier(client, editor, story)
    assert response.context["next"] == following
    assert reverse("followup:process_dossier", kwargs={"pk": following.pk}) in response.text
    back = _dossier(client, editor, following)
    assert back.context["previous"] == story


def test_changes_of_assessment_are_told_with_who_and_when(client, plan, editor):
    process = factories.CoreProcessFactory(plan=plan, entity=plan.domain.entities.first())
    process_services.update_process(
        process=process, by=editor, version=process.version, assessment="optimise",
        motivation="Kan efficiënter.",
    )  # fmt: skip
    events = _dossier(client, editor, process).context["events"]
    changed = [e for e in events if e.kind == "changed"]
    assert changed and changed[0].who == editor.username
    assert {c.label for c in changed[0].changes} == {"Beoordeling", "Motivering"}


def test_the_next_rounds_draft_is_linked_only_for_who_may_see_it(
    client, story, editor, viewer, approved_plan
):
    later = factories.RoundFactory(
        name="Kerntakenplannen 2019–2020", slug="2019-2020", previous=approved_plan.round,
        start_date=dt.date(2019, 9, 1), submission_deadline=dt.date(2020, 1, 31),
    )  # fmt: skip
    plan = plan_services.start_plan(domain=approved_plan.domain, round=later, by=editor)
    following = reverse("followup:process_dossier", kwargs={"pk": plan.processes.get(code="P2").pk})
    as_viewer = _dossier(client, viewer, story)
    assert as_viewer.context["next"] is None
    assert following not in as_viewer.text
    assert following in _dossier(client, editor, story).text


def test_a_report_not_yet_accepted_is_told_only_to_the_domain_and_coordinators(
    client, approved_plan, report, editor, viewer, coordinator
):
    track = FollowUpTrack.objects.get(process__code="P2")
    values = {"status": "delayed", "reason": "Nog niet aanvaard.", "note": ""}
    services.save_report(
        report=report, by=editor, version=report.version, entries={track.pk: values}
    )
    process = approved_plan.processes.get(code="P2")
    assert "Nog niet aanvaard." in _dossier(client, editor, process).text
    assert "Nog niet aanvaard." in _dossier(client, coordinator, process).text
    as_viewer = _dossier(client, viewer, process)
    assert as_viewer.status_code == 200
    assert "Nog niet aanvaard." not in as_viewer.text
    assert "report" not in {e.kind for e in as_viewer.context["events"]}
