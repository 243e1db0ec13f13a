"""Who is told at every hand-over (SPEC §13), in which language, once, with which link."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from kerntaken.errors import DomainError
from notifications.models import Notification, UserPreference
from plans import services as plan_services
from reviews import services as review_services
from reviews.models import ReviewItem
from tests import factories
from tests.conftest import consult_all, fill_plan


def recipients(kind: str) -> set[str]:
    return set(Notification.objects.filter(kind=kind).values_list("recipient__username", flat=True))


def mailed_to(subject_part: str) -> list[str]:
    return sorted(m.to[0] for m in mail.outbox if subject_part in m.subject)


@pytest.fixture
def second_editor(domain):
    user = factories.UserFactory(username="editor_b")
    domain.editors.add(user)
    return user


def test_submission_tells_every_coordinator_once(
    plan, editor, coordinator, django_capture_on_commit_callbacks
):
    other = factories.UserFactory(username="coordinator_b", roles=["coordinator"])
    fill_plan(plan)
    consult_all(plan, editor)
    with django_capture_on_commit_callbacks(execute=True):
        plan_services.submit_plan(plan=plan, by=editor)
    assert recipients("plan_submitted") == {"coordinator", "coordinator_b"}
    assert mailed_to("ingediend") == sorted([coordinator.email, other.email])
    note = Notification.objects.get(kind="plan_submitted", recipient=coordinator)
    assert note.url == f"/toetsing/plannen/{plan.pk}/"
    assert note.mailed_at is not None


def test_return_tells_the_domains_editors_with_the_reason(
    plan, editor, second_editor, other_editor, coordinator, advance,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    plan = advance(plan, "submitted", editor)
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        plan_services.return_plan(plan=plan, by=coordinator, reason="Motivering P2 ontbreekt.")
    assert recipients("plan_returned") == {"editor", "editor_b"}
    # One mail per recipient (each in their own language), to the domain's editors only.
    assert sorted(m.to for m in mail.outbox) == sorted([[editor.email], [second_editor.email]])
    assert all("Motivering P2 ontbreekt." in m.body for m in mail.outbox)
    assert all(f"http://127.0.0.1:8000/plannen/{plan.pk}/" in m.body for m in mail.outbox)


def test_start_of_review_tells_editors_and_the_groups_members(
    plan, editor, member, outsider, coordinator, advance, django_capture_on_commit_callbacks
):
    plan = advance(plan, "submitted", editor)
    factories.FrameworkCheckFactory(plan=plan)
    with django_capture_on_commit_callbacks(execute=True):
        review_services.start_review(plan=plan, by=coordinator)
    assert recipients("review_started") == {"editor", "member"}
    by_user = {
        n.recipient.username: n.url for n in Notification.objects.filter(kind="review_started")
    }
    assert by_user == {"editor": f"/plannen/{plan.pk}/", "member": f"/toetsing/plannen/{plan.pk}/"}
    assert mailed_to("Toetsing gestart") == sorted([editor.email, member.email])


def test_meeting_sends_its_agenda_to_members_and_the_editors_of_its_plans(
    plan, editor, other_editor, member, group, coordinator, advance,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    plan = advance(plan, "in_review", editor)
    items = list(plan.review_items.all())
    with django_capture_on_commit_callbacks(execute=True):
        meeting = review_services.save_meeting(
            by=coordinator, group=group, date=dt.date(2015, 5, 12), place="Boudewijngebouw",
            minutes="", agenda=items,
        )  # fmt: skip
    assert recipients("meeting_scheduled") == {"editor", "member"}
    message = next(m for m in mail.outbox if m.to == [member.email])
    assert message.subject == "Vergadering van de werkgroep op 12 mei 2015: Werkgroep Onderwijs"
    for item in items:
        assert f"{item.process.code} {item.process.title} (Onderwijs en Vorming)" in message.body
    assert f"/toetsing/vergaderingen/{meeting.pk}/" in message.body

    # Saved again unchanged: nobody is told twice.
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        review_services.save_meeting(
            by=coordinator, group=group, meeting=meeting, date=meeting.date,
            place="Boudewijngebouw", minutes="Verslag volgt.", agenda=items,
        )  # fmt: skip
    assert mail.outbox == []
    assert Notification.objects.filter(kind="meeting_scheduled").count() == 2


def test_validation_tells_the_editors_the_final_assessments(
    plan, editor, member, coordinator, advance, django_capture_on_commit_callbacks
):
    plan = advance(plan, "in_review", editor)
    for item in ReviewItem.objects.filter(plan=plan):
        review_services.decide_review_item(item=item, by=coordinator, decision="confirmed")
    with django_capture_on_commit_callbacks(execute=True):
        review_services.validate_plan(plan=plan, by=coordinator)
    assert recipients("plan_validated") == {"editor"}
    (message,) = mail.outbox
    assert message.subject == "Beslissingen vastgelegd, plan gevalideerd: Onderwijs en Vorming"
    assert "P2 " in message.body and "Vatbaar voor afbouw" in message.body


def test_approval_tells_the_editors(
    plan, editor, coordinator, advance, django_capture_on_commit_callbacks
):
    plan = advance(plan, "validated", editor)
    with django_capture_on_commit_callbacks(execute=True):
        review_services.record_government_decision(
            round=plan.round, date=dt.date(2015, 7, 17), reference="VR 2015 1707 DOC.0815/1",
            plans=[plan], by=coordinator,
        )  # fmt: skip
    assert recipients("plan_approved") == {"editor"}
    (message,) = mail.outbox
    assert message.subject == "Kerntakenplan goedgekeurd: Onderwijs en Vorming"
    assert "17 juli 2015 (VR 2015 1707 DOC.0815/1)" in message.body


def test_each_recipient_reads_the_mail_in_their_own_language(
    plan, editor, second_editor, coordinator, advance, django_capture_on_commit_callbacks
):
    UserPreference.objects.create(user=second_editor, language="en")
    plan = advance(plan, "submitted", editor)
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        plan_services.return_plan(plan=plan, by=coordinator, reason="Te summier.")
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects == {
        editor.email: "Kerntakenplan teruggestuurd: Onderwijs en Vorming",
        second_editor.email: "Core-task plan returned: Onderwijs en Vorming",
    }


def test_inactive_users_and_users_without_address_get_no_mail(
    plan, editor, second_editor, coordinator, advance, django_capture_on_commit_callbacks
):
    second_editor.email = ""
    second_editor.save()
    factories.UserFactory(username="gone", is_active=False).editable_domains.add(plan.domain)
    plan = advance(plan, "submitted", editor)
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        plan_services.return_plan(plan=plan, by=coordinator, reason="Te summier.")
    assert recipients("plan_returned") == {"editor", "editor_b"}  # in the app, not by mail
    assert [m.to for m in mail.outbox] == [[editor.email]]


def test_a_refused_action_tells_nobody(
    plan, editor, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(DomainError):
        plan_services.submit_plan(plan=plan, by=editor)  # no processes: refused
    assert not Notification.objects.exists()
    assert mail.outbox == []
