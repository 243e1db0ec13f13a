"""Consulted versions (SPEC §14): a consultation knows the content it was about; a plan
changed since says so, and its submission needs a new consultation or the editor's
reasoned confirmation, both logged."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from kerntaken.errors import DomainError, NotAllowed
from plans import services, versions
from plans.models import ConsultationEvent, Plan, PlanVersion
from processes import services as process_services
from tests import factories
from tests.conftest import consult_all, fill_plan

pytestmark = pytest.mark.django_db

EARLIER = "Overlegd over een eerdere versie"


@pytest.fixture
def consulted(plan, editor):
    """A complete plan, every competent minister consulted on it."""
    fill_plan(plan)
    consult_all(plan, editor)
    plan.refresh_from_db()
    return plan


def edit(process, by, **values):
    process.refresh_from_db()
    return process_services.update_process(
        process=process, by=by, version=process.version, **values
    )


def consult_again(plan, editor, minister, day=dt.date(2015, 2, 2)):
    services.record_consultation(
        plan=plan, minister=minister, date=day, outcome="agreement", note="", by=editor
    )


# ---- the fingerprint -------------------------------------------------------------------


def test_fingerprint_ignores_the_order_of_the_processes():
    first = {"code": "A", "title": "Een", "axis": "other", "assessment": "keep"}
    second = {"code": "B", "title": "Twee", "axis": "permits", "assessment": "phase_out"}
    assert versions.fingerprint([first, second]) == versions.fingerprint([second, first])


def test_fingerprint_leaves_out_the_working_groups_final_assessment():
    base = {"code": "A", "title": "Een", "assessment": "phase_out"}
    assert versions.fingerprint([base]) == versions.fingerprint(
        [base | {"final_assessment": "keep"}]
    )


def test_fingerprint_is_a_stable_sha256():
    content = [{"code": "A", "title": "Een"}]
    assert versions.fingerprint(content) == versions.fingerprint([dict(content[0])])
    assert len(versions.fingerprint(content)) == 64


def test_fingerprint_reads_only_the_compared_fields():
    base = {"code": "A", "title": "Een", "assessment": "keep"}
    assert versions.fingerprint([base]) == versions.fingerprint([base | {"unknown": "x"}])
    assert versions.fingerprint([base]) != versions.fingerprint([base | {"title": "Twee"}])
    assert versions.fingerprint([base]) != versions.fingerprint([base | {"code": "B"}])


def test_consultation_records_the_content_it_was_about(consulted):
    consultation = consulted.consultations.get()
    assert consultation.fingerprint == versions.fingerprint(versions.content_of(consulted))
    assert [p["code"] for p in consultation.content] == ["P1", "P2", "P3", "P4"]


def test_unchanged_plan_keeps_its_consultation_current(consulted):
    assert versions.earlier_versions(consulted) == []


@pytest.mark.parametrize(
    "values",
    [
        {"title": "Een nieuwe titel"},
        {"description": "Een andere beschrijving."},
        {"axis": "subsidies"},
        {"assessment": "strengthen", "motivation": "Meer nodig."},
        {"motivation": "Een andere motivering."},
        {"fte": Decimal("9.25")},
        {"budget": Decimal("1.0")},
    ],
    ids=lambda values: next(iter(values)),
)
def test_any_change_of_a_process_makes_the_consultation_earlier(consulted, editor, values):
    edit(consulted.processes.get(code="P2"), editor, **values)
    (earlier,) = versions.earlier_versions(consulted)
    assert [c.pk for c in earlier.consultations] == [consulted.consultations.get().pk]
    assert [change.code for change in earlier.comparison.changed] == ["P2"]


def test_an_added_process_makes_the_consultation_earlier(consulted, editor, entity):
    process_services.create_process(
        plan=consulted, by=editor, entity=entity, code="P9", title="Nieuw", axis="other"
    )
    (earlier,) = versions.earlier_versions(consulted)
    assert earlier.summary["added"] == ["P9 Nieuw"]


def test_a_removed_process_makes_the_consultation_earlier(consulted, editor):
    gone = consulted.processes.get(code="P4")
    process_services.delete_process(process=gone, by=editor)
    (earlier,) = versions.earlier_versions(consulted)
    assert earlier.summary["removed"] == [f"P4 {gone.title}"]


def test_reordering_keeps_the_consultation_current(consulted, editor):
    process_services.move_process(process=consulted.processes.get(code="P3"), by=editor, offset=-1)
    assert list(consulted.processes.values_list("code", flat=True)) == ["P1", "P3", "P2", "P4"]
    assert versions.earlier_versions(consulted) == []


def test_an_assessment_change_is_said_in_words(consulted, editor):
    edit(consulted.processes.get(code="P1"), editor, assessment="strengthen", motivation="Nodig.")
    (earlier,) = versions.earlier_versions(consulted)
    (line,) = earlier.summary["assessments"]
    assert line.startswith("P1 ") and "Behouden in huidige vorm → Activiteit verder" in line


def test_a_consultation_from_before_fingerprints_makes_no_claim(consulted, editor):
    consulted.consultations.update(fingerprint="", content=[])
    edit(consulted.processes.get(code="P2"), editor, title="Anders")
    assert versions.earlier_versions(consulted) == []


# ---- submission: a new consultation, or a reasoned confirmation --------------------------


def test_changed_plan_is_not_submitted_without_confirmation(consulted, editor):
    edit(consulted.processes.get(code="P2"), editor, title="Anders")
    with pytest.raises(DomainError) as refused:
        services.submit_plan(plan=consulted, by=editor)
    assert "na het overleg" in str(refused.value)
    consulted.refresh_from_db()
    assert consulted.status == Plan.Status.DRAFT
    assert not consulted.versions.exists() and not ConsultationEvent.objects.exists()


@pytest.mark.parametrize("reason", ["", "   "])
def test_confirmation_without_reason_is_refused(consulted, editor, reason):
    edit(consulted.processes.get(code="P2"), editor, title="Anders")
    with pytest.raises(DomainError) as refused:
        services.submit_plan(plan=consulted, by=editor, confirm_unchanged=True, reason=reason)
    assert "Geef de reden" in str(refused.value)
    consulted.refresh_from_db()
    assert consulted.status == Plan.Status.DRAFT
    assert not ConsultationEvent.objects.exists()


def test_reasoned_confirmation_submits_and_is_logged(consulted, editor, minister):
    edit(consulted.processes.get(code="P2"), editor, title="Anders")
    services.submit_plan(
        plan=consulted, by=editor, confirm_unchanged=True, reason="Enkel een titel verduidelijkt."
    )
    consulted.refresh_from_db()
    assert consulted.status == Plan.Status.SUBMITTED
    event = ConsultationEvent.objects.get()
    assert (event.plan, event.kind, event.actor) == (consulted, "confirmed", editor)
    assert event.reason == "Enkel een titel verduidelijkt."
    assert event.ministers == minister.portfolio
    assert event.changes["changed"] == ["P2 Anders (titel)"]
    version = consulted.versions.get(kind=PlanVersion.Kind.SUBMITTED)
    consultation = consulted.consultations.get()
    assert version.consultations == [
        {
            "id": consultation.pk,
            "minister": minister.portfolio,
            "date": consultation.date.isoformat(),
            "fingerprint": consultation.fingerprint,
            "current": False,
        }
    ]


def test_new_consultation_submits_without_confirmation_and_is_logged(consulted, editor, minister):
    edit(consulted.processes.get(code="P2"), editor, title="Anders")
    before = consulted.consultations.get().fingerprint
    consult_again(consulted, editor, minister)
    assert versions.earlier_versions(consulted) == []
    event = ConsultationEvent.objects.get()
    assert (event.kind, event.ministers, event.actor) == ("reconsulted", minister.portfolio, editor)
    assert event.changes["changed"] == ["P2 Anders (titel)"]

    services.submit_plan(plan=consulted, by=editor)
    version = consulted.versions.get(kind=PlanVersion.Kind.SUBMITTED)
    (recorded,) = version.consultations
    assert recorded["current"] is True and recorded["fingerprint"] != before
    assert recorded["fingerprint"] == versions.fingerprint(version.data["processes"])


def test_a_confirmation_on_a_current_plan_logs_nothing(consulted, editor):
    services.submit_plan(plan=consulted, by=editor, confirm_unchanged=True, reason="Overbodig.")
    assert not ConsultationEvent.objects.exists()
    (recorded,) = consulted.versions.get().consultations
    assert recorded["current"] is True


def test_recording_the_same_consultation_on_an_unchanged_plan_logs_nothing(
    consulted, editor, minister
):
    consult_again(consulted, editor, minister)
    assert not ConsultationEvent.objects.exists()


@pytest.mark.parametrize("who", ["other_editor", "coordinator", "viewer"])
def test_wrong_role_cannot_confirm_and_submit(request, consulted, editor, who):
    edit(consulted.processes.get(code="P2"), editor, title="Anders")
    with pytest.raises(NotAllowed):
        services.submit_plan(
            plan=consulted, by=request.getfixturevalue(who), confirm_unchanged=True, reason="Zo."
        )
    assert not ConsultationEvent.objects.exists()


# ---- the pages -----------------------------------------------------------------------


@pytest.fixture
def changed(consulted, editor, entity):
    edit(consulted.processes.get(code="P1"), editor, assessment="strengthen", motivation="Nodig.")
    process_services.create_process(
        plan=consulted,
        by=editor,
        entity=entity,
        code="P9",
        title="Nieuw proces",
        axis="other",
        assessment="keep",
    )
    return consulted


@pytest.mark.parametrize("page", ["plan_detail", "plan_consultations", "plan_submit"])
def test_pages_say_consulted_on_an_earlier_version_with_what_changed(client, editor, changed, page):
    client.force_login(editor)
    content = client.get(reverse(f"plans:{page}", kwargs={"pk": changed.pk})).content.decode()
    assert EARLIER in content
    assert "Toegevoegd: P9 Nieuw proces" in content
    assert "Beoordeling gewijzigd: P1" in content


@pytest.mark.parametrize("page", ["plan_detail", "plan_consultations", "plan_submit"])
def test_pages_of_a_current_plan_say_nothing_of_earlier_versions(client, editor, consulted, page):
    client.force_login(editor)
    content = client.get(reverse(f"plans:{page}", kwargs={"pk": consulted.pk})).content.decode()
    assert EARLIER not in content


def _submit(client, plan, **data):
    return client.post(reverse("plans:plan_submit", kwargs={"pk": plan.pk}), data)


def test_submit_form_asks_for_the_confirmation(client, editor, changed):
    client.force_login(editor)
    response = _submit(client, changed, comment="")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["confirm_unchanged"] == [
        "Registreer eerst een nieuw overleg, of bevestig dat de wijzigingen er geen vragen."
    ]
    changed.refresh_from_db()
    assert changed.status == Plan.Status.DRAFT and not ConsultationEvent.objects.exists()


def test_submit_form_asks_for_the_reason(client, editor, changed):
    client.force_login(editor)
    response = _submit(client, changed, confirm_unchanged="on", reason=" ")
    assert response.status_code == 200
    assert response.context["form"].errors["reason"] == [
        "Geef de reden waarom de wijzigingen geen nieuw overleg vragen."
    ]
    changed.refresh_from_db()
    assert changed.status == Plan.Status.DRAFT and not ConsultationEvent.objects.exists()


def test_submit_form_with_reason_submits_and_the_coordinator_reads_it(
    client, editor, coordinator, changed
):
    client.force_login(editor)
    response = _submit(client, changed, confirm_unchanged="on", reason="Kleine bijsturing.")
    assert response.status_code == 302
    changed.refresh_from_db()
    assert changed.status == Plan.Status.SUBMITTED
    client.force_login(coordinator)
    page = client.get(reverse("reviews:plan_review", kwargs={"pk": changed.pk}))
    content = page.content.decode()
    assert "Kleine bijsturing." in content
    assert "Wijzigingen vragen geen nieuw overleg" in content
    assert "over een eerdere versie" in content  # the submitted version rests on it


def test_current_plan_has_no_confirmation_fields(client, editor, consulted):
    client.force_login(editor)
    form = client.get(reverse("plans:plan_submit", kwargs={"pk": consulted.pk})).context["form"]
    assert set(form.fields) == {"comment"}


def test_consultation_basis_for_the_dossier(consulted, editor, minister):
    consult_again(consulted, editor, minister, day=dt.date(2015, 1, 20))
    edit(consulted.processes.get(code="P2"), editor, title="Anders")
    consult_again(consulted, editor, minister, day=dt.date(2015, 1, 25))
    services.submit_plan(plan=consulted, by=editor)
    basis = versions.consultation_basis(Plan.objects.get(pk=consulted.pk))
    assert [(c["minister"], c["date"], c["current"]) for c in basis["consultations"]] == [
        (minister.portfolio, dt.date(2015, 1, 25), True)
    ]
    assert [event.kind for event in basis["events"]] == ["reconsulted"]


def test_other_domains_consultations_are_not_mixed_in(consulted, editor, other_plan):
    factories.CoreProcessFactory(plan=other_plan, entity=other_plan.domain.entities.first())
    assert versions.earlier_versions(consulted) == []
