"""The government's decision (issue 5 §5): date, reference, a PDF checked by its content
and size, the validated plans it approves; approval freezes the plan for good."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from kerntaken import permissions
from plans.models import Plan, PlanVersion
from reviews import services as review_services
from reviews.models import GovernmentDecision
from tests.reviews.conftest import PDF, pdf_upload

pytestmark = pytest.mark.django_db

URL = reverse("reviews:decision_create")


def decision_data(*plans, reference="VR 2015 1707 DOC.0789/1", document=None) -> dict:
    return {
        "date": "2015-07-17",
        "reference": reference,
        "title": "Goedkeuring van de definitieve kerntakenplannen",
        "document": document or pdf_upload(),
        "plans": [p.pk for p in plans],
    }


def stored_files(media) -> list:
    return [p for p in media.rglob("*") if p.is_file()] if media.exists() else []


def test_coordinator_records_a_decision_and_approves(client, coordinator, validated, media):
    client.force_login(coordinator)
    response = client.post(URL, decision_data(validated))
    decision = GovernmentDecision.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reviews:decision_detail", kwargs={"pk": decision.pk})
    assert decision.reference == "VR 2015 1707 DOC.0789/1"
    assert decision.date == dt.date(2015, 7, 17) and decision.recorded_by == coordinator
    assert decision.document.name == "decisions/2014-2015/vr-2015-1707-doc07891.pdf"
    assert decision.document.read() == PDF
    plan = Plan.objects.get(pk=validated.pk)
    assert plan.status == Plan.Status.APPROVED and plan.government_decision == decision
    assert plan.versions.filter(kind=PlanVersion.Kind.DEFINITIVE).count() == 1


def test_approved_plan_is_immutable_everywhere(client, coordinator, editor, admin_user, validated):
    client.force_login(coordinator)
    client.post(URL, decision_data(validated))
    plan = Plan.objects.get(pk=validated.pk)
    assert not permissions.can_edit_plan(editor, plan)
    assert not permissions.can_edit_plan(admin_user, plan)
    client.force_login(admin_user)
    response = client.post(f"/admin/plans/plan/{plan.pk}/change/", {"return_reason": "x"})
    assert response.status_code == 403
    process = plan.processes.first()
    response = client.post(
        f"/admin/processes/coreprocess/{process.pk}/change/", {"title": "Via de admin"}
    )
    assert response.status_code == 403
    assert plan.processes.filter(title="Via de admin").count() == 0


def test_a_non_pdf_document_is_refused(client, coordinator, validated, media):
    client.force_login(coordinator)
    fake = pdf_upload("besluit.pdf", b"MZ\x90\x00 not a pdf at all")
    response = client.post(URL, decision_data(validated, document=fake))
    assert response.status_code == 200
    assert "Het beslissingsdocument moet een pdf-bestand zijn" in response.content.decode()
    assert not GovernmentDecision.objects.exists()
    assert Plan.objects.get(pk=validated.pk).status == Plan.Status.VALIDATED
    assert stored_files(media) == []


def test_a_too_large_document_is_refused(client, coordinator, validated, media, settings):
    settings.MAX_UPLOAD_SIZE = 1024
    client.force_login(coordinator)
    big = pdf_upload("groot.pdf", PDF + b"0" * 2048)
    response = client.post(URL, decision_data(validated, document=big))
    assert response.status_code == 200
    assert "Het bestand is te groot" in response.content.decode()
    assert not GovernmentDecision.objects.exists()
    assert stored_files(media) == []


def test_a_decision_needs_a_document(client, coordinator, validated):
    client.force_login(coordinator)
    data = decision_data(validated)
    del data["document"]
    response = client.post(URL, data)
    assert response.context["form"].errors["document"]
    assert not GovernmentDecision.objects.exists()


@pytest.mark.parametrize("state", ["submitted", "in_review"])
def test_forged_approval_of_a_plan_not_validated_is_refused(
    client, coordinator, plan, editor, group, advance, media, state
):
    plan = advance(plan, state, editor)
    client.force_login(coordinator)
    response = client.post(URL, decision_data(plan))
    assert response.status_code == 200
    assert "Alleen gevalideerde plannen van deze ronde kunnen worden goedgekeurd." in (
        response.content.decode()
    )
    assert not GovernmentDecision.objects.exists()
    assert Plan.objects.get(pk=plan.pk).status == state
    assert stored_files(media) == []


def test_a_decision_without_plans_is_refused(client, coordinator, validated):
    client.force_login(coordinator)
    response = client.post(URL, decision_data())
    assert "Kies minstens één gevalideerd plan." in response.content.decode()
    assert not GovernmentDecision.objects.exists()


def test_a_second_approval_of_the_same_plan_is_refused(client, coordinator, validated, media):
    client.force_login(coordinator)
    client.post(URL, decision_data(validated))
    response = client.post(URL, decision_data(validated, reference="VR 2015 1707 DOC.0790/1"))
    assert response.status_code == 200
    assert response.context["form"].errors["plans"]
    assert GovernmentDecision.objects.count() == 1
    assert len(stored_files(media)) == 1


def test_an_approval_overtaken_at_the_same_moment_is_refused_with_a_message(
    client, coordinator, validated, media, monkeypatch
):
    """Two coordinators approve the same plan at once: both forms see it validated;
    the service's row lock lets the first through and refuses the second."""
    record = review_services.record_government_decision

    def overtaken(**kwargs):
        record(
            round=validated.round,
            date=dt.date(2015, 7, 17),
            reference="VR EERSTE",
            plans=[validated],
            by=coordinator,
        )
        return record(**kwargs)

    monkeypatch.setattr(review_services, "record_government_decision", overtaken)
    client.force_login(coordinator)
    response = client.post(URL, decision_data(validated, reference="VR TWEEDE"))
    assert response.status_code == 200
    assert "Alleen gevalideerde plannen kunnen worden goedgekeurd" in response.content.decode()
    assert list(GovernmentDecision.objects.values_list("reference", flat=True)) == ["VR EERSTE"]
    assert Plan.objects.get(pk=validated.pk).versions.filter(kind="definitive").count() == 1
    assert stored_files(media) == []


def test_reference_number_must_be_unique(client, coordinator, validated, approved_elsewhere):
    client.force_login(coordinator)
    response = client.post(URL, decision_data(validated, reference=approved_elsewhere.reference))
    assert "bestaat al een beslissing" in response.content.decode()
    assert Plan.objects.get(pk=validated.pk).status == Plan.Status.VALIDATED


@pytest.fixture
def approved_elsewhere(other_plan, other_editor, advance):
    return advance(other_plan, "approved", other_editor).government_decision


def test_only_validated_plans_are_offered(client, coordinator, validated, other_plan):
    client.force_login(coordinator)
    response = client.get(URL, {"plan": validated.pk})
    field = response.context["form"].fields["plans"]
    assert list(field.queryset) == [validated]
    assert response.context["form"].initial["plans"] == [str(validated.pk)]


@pytest.mark.parametrize("role", ["editor", "member", "viewer"])
def test_only_coordinators_record_decisions(request, client, validated, member, role):
    client.force_login(request.getfixturevalue(role))
    response = client.post(URL, decision_data(validated))
    assert response.status_code == 403
    assert not GovernmentDecision.objects.exists()


# ---- reading decisions and their document ---------------------------------------------


@pytest.fixture
def decision(client, coordinator, validated):
    client.force_login(coordinator)
    client.post(URL, decision_data(validated))
    client.logout()
    return GovernmentDecision.objects.get()


@pytest.mark.parametrize(
    ("role", "status"), [("coordinator", 200), ("member", 200), ("editor", 403), ("viewer", 403)]
)
def test_decision_list_for_coordinators_and_members(request, client, decision, role, status):
    client.force_login(request.getfixturevalue(role))
    response = client.get(reverse("reviews:decision_list"))
    assert response.status_code == status
    if status == 200:
        assert decision.reference in response.content.decode()


def test_decision_detail_lists_the_approved_plans(client, member, decision, validated):
    client.force_login(member)
    response = client.get(reverse("reviews:decision_detail", kwargs={"pk": decision.pk}))
    content = response.content.decode()
    assert "17 juli 2015" in content and validated.domain.name in content
    assert reverse("reviews:decision_document", kwargs={"pk": decision.pk}) in content


def test_viewer_does_not_find_the_decision_page(client, viewer, decision):
    client.force_login(viewer)
    assert (
        client.get(reverse("reviews:decision_detail", kwargs={"pk": decision.pk})).status_code
        == 404
    )


@pytest.mark.parametrize("role", ["coordinator", "member", "viewer", "anonymous"])
def test_document_of_an_approving_decision_is_public(request, client, decision, role):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    response = client.get(reverse("reviews:decision_document", kwargs={"pk": decision.pk}))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == PDF


def test_document_of_a_decision_without_approved_plans_stays_internal(
    client, viewer, member, round_, media
):
    internal = GovernmentDecision(round=round_, date=dt.date(2015, 7, 17), reference="VR INTERN")
    internal.document.save("intern.pdf", pdf_upload(), save=True)
    url = reverse("reviews:decision_document", kwargs={"pk": internal.pk})
    assert permissions.can_view_decision_document(AnonymousUser(), internal) is False
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(viewer)
    assert client.get(url).status_code == 404
    client.force_login(member)
    assert client.get(url).status_code == 200


def test_decision_without_document_has_nothing_to_download(client, coordinator, round_):
    bare = GovernmentDecision.objects.create(
        round=round_, date=dt.date(2015, 7, 17), reference="VR ZONDER"
    )
    client.force_login(coordinator)
    assert (
        client.get(reverse("reviews:decision_document", kwargs={"pk": bare.pk})).status_code == 404
    )
