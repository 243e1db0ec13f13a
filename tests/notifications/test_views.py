"""Meldingen: each user's own notifications, the unread count in the header, mark read."""

from __future__ import annotations

import pytest
from django.urls import reverse

from notifications.models import Notification, UserPreference
from notifications.services import notify

LIST = reverse("notifications:notification_list")


@pytest.fixture
def notes(editor, other_editor, plan):
    context = {"domain": "Onderwijs en Vorming", "round": "2014–2015", "reason": "Te summier."}
    mine = notify([editor], "plan_returned", context, f"/plannen/{plan.pk}/")
    theirs = notify([other_editor], "plan_returned", {**context, "domain": "Welzijn"}, "/")
    return mine[0], theirs[0]


def test_the_list_shows_my_notifications_only(client, editor, notes):
    client.force_login(editor)
    response = client.get(LIST)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Kerntakenplan teruggestuurd: Onderwijs en Vorming" in text
    assert "Reden: Te summier." in text
    assert "Welzijn" not in text


def test_the_header_counts_my_unread_notifications(client, editor, notes):
    client.force_login(editor)
    text = client.get(LIST).content.decode()
    assert '<span class="badge text-bg-dark">1<span class="visually-hidden"> ongelezen' in text


def test_opening_marks_read_and_leads_to_the_page(client, editor, notes, plan):
    mine, _theirs = notes
    client.force_login(editor)
    response = client.post(reverse("notifications:notification_open", kwargs={"pk": mine.pk}))
    assert response.status_code == 302
    assert response["Location"] == f"/plannen/{plan.pk}/"
    mine.refresh_from_db()
    assert mine.read_at is not None
    assert "ongelezen" not in client.get(LIST).content.decode()


def test_another_users_notification_is_not_found(client, editor, notes):
    _mine, theirs = notes
    client.force_login(editor)
    url = reverse("notifications:notification_open", kwargs={"pk": theirs.pk})
    assert client.post(url).status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_mark_all_read_touches_only_mine(client, editor, notes):
    mine, theirs = notes
    client.force_login(editor)
    response = client.post(reverse("notifications:notification_mark_read"), follow=True)
    assert "Alle meldingen zijn als gelezen gemarkeerd." in response.content.decode()
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.read_at is not None and theirs.read_at is None


def test_a_link_elsewhere_is_not_followed(client, editor):
    (note,) = notify(
        [editor], "plan_submitted", {"domain": "X", "round": "R"}, "https://evil.example/"
    )
    client.force_login(editor)
    response = client.post(reverse("notifications:notification_open", kwargs={"pk": note.pk}))
    assert response["Location"] == LIST


def test_list_query_count_does_not_grow(client, editor, plan, django_assert_num_queries):
    context = {"domain": "Onderwijs en Vorming", "round": "R", "reason": "x"}
    client.force_login(editor)
    client.get(LIST)
    # session, user, the user's groups with the editor's domains (one query: the roles), the
    # notifications, the unread count (the session is not saved: renewed at sign-in, less than
    # a minute ago).
    notify([editor], "plan_returned", context, "/")
    with django_assert_num_queries(5):
        client.get(LIST)
    for _ in range(20):
        notify([editor], "plan_returned", context, "/")
    with django_assert_num_queries(5):
        client.get(LIST)


def test_choosing_a_language_is_remembered_for_mail(client, editor):
    client.force_login(editor)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert UserPreference.objects.get(user=editor).language == "en"


def test_the_language_chosen_before_signing_in_is_remembered(client, editor):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.post(reverse("login"), {"username": "editor", "password": "kerntaken"})
    assert UserPreference.objects.get(user=editor).language == "en"


def test_anonymous_users_have_no_notifications(client, db):
    response = client.get(LIST)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Notification.objects.exists()
