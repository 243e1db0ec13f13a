"""Compare versions (/inzicht/plannen/<pk>/vergelijken/): what changed, field by field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from plans import services as plan_services
from plans.models import PlanVersion
from plans.versions import compare_snapshots
from processes import services as process_services
from tests.insight_world import amended_to_keep, process

pytestmark = pytest.mark.django_db


def url(plan) -> str:
    return reverse("insight:plan_compare", kwargs={"pk": plan.pk})


def snap(*processes: dict) -> dict:
    return {"processes": list(processes)}


def proc(code: str, **values) -> dict:
    base = {
        "code": code,
        "entity": "DOV",
        "entity_name": "Departement Onderwijs",
        "title": f"Proces {code}",
        "description": "",
        "axis": "service_delivery",
        "assessment": "keep",
        "final_assessment": "",
        "motivation": "",
        "transfer_level": "",
        "fte": "2.00",
        "budget": None,
    }
    return base | values


# ---- the comparison itself -------------------------------------------------------------------


def test_added_and_removed_processes_are_matched_on_code():
    result = compare_snapshots(snap(proc("A"), proc("B")), snap(proc("B"), proc("C")))
    assert [p["code"] for p in result.added] == ["C"]
    assert [p["code"] for p in result.removed] == ["A"]
    assert result.unchanged == 1
    assert not result.changed


def test_changed_fields_are_listed_with_readable_labels_and_values():
    old = snap(proc("A", axis="regulation", fte="2.00", title="Oud"))
    new = snap(proc("A", axis="subsidies", fte="2.50", title="Nieuw"))
    (change,) = compare_snapshots(old, new).changed
    assert [(c.label, c.old, c.new) for c in change.changes] == [
        ("Titel", "Oud", "Nieuw"),
        ("As", "Regelgeving", "Subsidies"),
        ("Personeel (VTE)", "2,00", "2,50"),
    ]
    assert not change.assessment_changed


def test_assessment_change_is_flagged():
    old = snap(proc("A", assessment="keep"))
    new = snap(proc("A", assessment="phase_out", motivation="Afbouwen."))
    (change,) = compare_snapshots(old, new).changed
    assert change.assessment_changed
    assert (change.old_assessment, change.new_assessment) == (
        "Behouden in huidige vorm",
        "Vatbaar voor afbouw",
    )


def test_amended_final_assessment_is_an_assessment_change():
    old = snap(proc("A", assessment="phase_out"))
    new = snap(proc("A", assessment="phase_out", final_assessment="keep"))
    result = compare_snapshots(old, new)
    assert [c.code for c in result.assessment_changes] == ["A"]
    assert [c.name for c in result.changed[0].changes] == ["final_assessment"]


def test_confirmed_final_assessment_is_not_a_change():
    old = snap(proc("A", assessment="phase_out"))
    new = snap(proc("A", assessment="phase_out", final_assessment="phase_out"))
    result = compare_snapshots(old, new)
    assert not result.has_differences
    assert (result.unchanged, result.confirmed) == (1, 1)


def test_unknown_codes_and_missing_keys_do_not_break_the_comparison():
    old = snap({"code": "A", "axis": "retired_axis"})
    new = snap({"code": "A", "axis": "other", "fte": "not a number"})
    (change,) = compare_snapshots(old, new).changed
    values = {c.name: (c.old, c.new) for c in change.changes}
    assert values["axis"] == ("retired_axis", "Ondersteunend / buiten het kader")
    assert values["fte"] == ("—", "not a number")


# ---- plans with versions, through the services --------------------------------------------


@pytest.fixture
def approved_with_amendment(plan, editor, coordinator, minister):
    """Submitted with A-1 for phase-out and A-2 kept; the working group amends A-1 to keep."""
    process(plan, "A-1", assessment="phase_out", motivation="Afbouwen.", title="Afbouwproces")
    process(plan, "A-2", assessment="keep")
    plan = amended_to_keep(plan, to="approved", editor=editor, coordinator=coordinator)
    plan.refresh_from_db()
    return plan


@pytest.fixture
def resubmitted(plan, editor, coordinator, minister):
    """Submitted (version 1), returned, changed and submitted again (version 2)."""
    process(plan, "R-1", assessment="keep", fte=Decimal("2"))
    gone = process(plan, "R-2", assessment="keep")
    plan_services.record_consultation(
        plan=plan,
        minister=minister,
        date=dt.date(2015, 1, 12),
        outcome="agreement",
        note="",
        by=editor,
    )
    plan_services.submit_plan(plan=plan, by=editor)
    plan_services.return_plan(plan=plan, by=coordinator, reason="Vul aan.")
    changed = plan.processes.get(code="R-1")
    process_services.update_process(
        process=changed,
        by=editor,
        version=changed.version,
        assessment="optimise",
        motivation="Digitaliseren.",
        fte=Decimal("1.5"),
    )
    process_services.delete_process(process=gone, by=editor)
    process_services.create_process(
        plan=plan,
        by=editor,
        entity=changed.entity,
        code="R-3",
        title="Nieuw proces",
        axis="other",
        assessment="keep",
    )
    # The plan changed after the consultation: the minister is consulted again (SPEC §14).
    plan_services.record_consultation(
        plan=plan,
        minister=minister,
        date=dt.date(2015, 3, 30),
        outcome="agreement",
        note="",
        by=editor,
    )
    plan_services.submit_plan(plan=plan, by=editor)
    plan.refresh_from_db()
    return plan


def test_default_is_first_submitted_against_definitive(
    client, coordinator, approved_with_amendment
):
    client.force_login(coordinator)
    response = client.get(url(approved_with_amendment))
    assert response.status_code == 200
    form = response.context["form"]
    assert (form["old"].value(), form["new"].value()) == ("1", "2")
    comparison = response.context["comparison"]
    assert [c.code for c in comparison.assessment_changes] == ["A-1"]
    # A-2 was kept: validation confirmed it, which is no change of the process.
    assert comparison.confirmed == 1 and comparison.unchanged == 1


def test_assessment_change_is_highlighted_in_words(client, coordinator, approved_with_amendment):
    client.force_login(coordinator)
    html = client.get(url(approved_with_amendment)).content.decode()
    assert "Beoordeling gewijzigd" in html
    assert 'class="assessment-changed"' in html
    assert "Vatbaar voor afbouw" in html and "Behouden in huidige vorm" in html


def test_choose_two_submitted_versions(client, coordinator, resubmitted):
    client.force_login(coordinator)
    response = client.get(url(resubmitted) + "?old=1&new=2")
    comparison = response.context["comparison"]
    assert [p["code"] for p in comparison.added] == ["R-3"]
    assert [p["code"] for p in comparison.removed] == ["R-2"]
    (change,) = comparison.changed
    assert {c.name for c in change.changes} == {"assessment", "motivation", "fte"}
    assert change.assessment_changed


def test_without_definitive_version_latest_submitted_is_compared_with_now(
    client, editor, resubmitted
):
    client.force_login(editor)
    response = client.get(url(resubmitted))
    form = response.context["form"]
    assert (form["old"].value(), form["new"].value()) == ("2", "current")
    assert not response.context["comparison"].has_differences
    assert "Er zijn geen verschillen tussen deze versies." in response.content.decode()


def test_current_state_shows_changes_since_the_last_submission(
    client, editor, coordinator, resubmitted
):
    plan_services.return_plan(plan=resubmitted, by=coordinator, reason="Nog eens.")
    resubmitted.refresh_from_db()
    process_services.create_process(
        plan=resubmitted,
        by=editor,
        entity=resubmitted.processes.first().entity,
        code="R-4",
        title="Nog een proces",
        axis="other",
        assessment="keep",
    )
    client.force_login(editor)
    comparison = client.get(url(resubmitted)).context["comparison"]
    assert [p["code"] for p in comparison.added] == ["R-4"]


def test_same_version_on_both_sides_shows_no_difference(client, coordinator, resubmitted):
    client.force_login(coordinator)
    response = client.get(url(resubmitted) + "?old=2&new=2")
    assert response.context["same_version"]
    assert not response.context["comparison"].has_differences


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("?old=99&new=1", ("1", "1")),
        ("?old=abc", ("1", "2")),
        ("?new=current&old=-1", ("1", "2")),
        ("?old=1%00", ("1", "2")),
        ("?new=" + "9" * 40, ("1", "2")),
    ],
)
def test_unknown_version_is_reported_and_the_default_used(
    client, coordinator, approved_with_amendment, query, shown
):
    client.force_login(coordinator)
    response = client.get(url(approved_with_amendment) + query)
    assert response.status_code == 200
    assert response.context["problems"]
    form = response.context["form"]
    assert (form["old"].value(), form["new"].value()) == shown


def test_current_is_no_choice_once_the_plan_is_definitive(
    client, coordinator, approved_with_amendment
):
    client.force_login(coordinator)
    response = client.get(url(approved_with_amendment) + "?new=current")
    assert response.context["problems"]
    assert response.context["form"]["new"].value() == "2"


# ---- who may compare, and plans without versions ------------------------------------------


def test_plan_without_versions_says_so(client, editor, plan):
    client.force_login(editor)
    response = client.get(url(plan))
    assert response.status_code == 200
    assert 'id="no-versions"' in response.content.decode()
    assert not PlanVersion.objects.filter(plan=plan).exists()


def test_unknown_plan_is_not_found(client, coordinator):
    client.force_login(coordinator)
    assert client.get(reverse("insight:plan_compare", kwargs={"pk": 987654})).status_code == 404


def test_anonymous_is_sent_to_sign_in(client, approved_with_amendment):
    response = client.get(url(approved_with_amendment))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize("role", ["viewer", "other_editor", "outsider"])
def test_who_may_not_see_the_plan_gets_not_found(request, client, resubmitted, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(url(resubmitted)).status_code == 404


@pytest.mark.parametrize("role", ["viewer", "other_editor", "member", "coordinator"])
def test_everyone_signed_in_compares_an_approved_plan(
    request, client, group, approved_with_amendment, role
):
    client.force_login(request.getfixturevalue(role))
    assert client.get(url(approved_with_amendment)).status_code == 200


def test_member_of_the_plans_group_compares_before_approval(client, member, resubmitted):
    client.force_login(member)
    assert client.get(url(resubmitted)).status_code == 200


def test_compare_refuses_post(client, coordinator, resubmitted):
    client.force_login(coordinator)
    assert client.post(url(resubmitted)).status_code == 405


# Session, user, the user's groups, the plan (with domain, round and decision), its versions; the
# header's count of unread notifications. The session is not saved (renewed at sign-in, less
# than a minute ago).
COMPARE_QUERIES = 6


def test_compare_query_count_is_fixed(
    client, coordinator, approved_with_amendment, django_assert_num_queries
):
    client.force_login(coordinator)
    with django_assert_num_queries(COMPARE_QUERIES):
        client.get(url(approved_with_amendment))
