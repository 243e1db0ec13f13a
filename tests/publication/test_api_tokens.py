"""The personal API tokens page (/profiel/api-sleutels/): a user makes a token (shown once),
lists and revokes their own; another user's token is not found; nothing else changes."""

from __future__ import annotations

import pytest
from django.urls import reverse

from publication import services
from publication.models import ApiToken

pytestmark = pytest.mark.django_db
URL = "/profiel/api-sleutels/"


def test_the_page_address_is_stable():
    assert reverse("publication:api_tokens") == URL


def test_anonymous_is_sent_to_sign_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_a_new_token_is_shown_once_and_stored_as_a_digest(client, viewer):
    client.force_login(viewer)
    response = client.post(URL, {"name": "Maandrapport"})
    assert response.status_code == 200
    secret = response.context["created"]["secret"]
    assert secret in response.text
    assert response["Cache-Control"].startswith("max-age=0")
    token = ApiToken.objects.get(user=viewer)
    assert token.name == "Maandrapport" and secret not in token.key_digest
    assert secret not in client.get(URL).text  # never again


def test_a_token_needs_a_name(client, viewer):
    client.force_login(viewer)
    response = client.post(URL, {"name": ""})
    assert response.status_code == 200
    assert "Dit veld is verplicht." in response.text
    assert not ApiToken.objects.exists()


def test_a_user_sees_only_their_own_tokens(client, viewer, editor):
    services.create_token(user=editor, name="Van de redacteur")
    services.create_token(user=viewer, name="Van de lezer")
    client.force_login(viewer)
    text = client.get(URL).text
    assert "Van de lezer" in text and "Van de redacteur" not in text


def test_the_owner_revokes_a_token(client, viewer):
    token, secret = services.create_token(user=viewer, name="Script")
    client.force_login(viewer)
    response = client.post(reverse("publication:api_token_revoke", kwargs={"pk": token.pk}))
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    client.logout()
    api = reverse("publication:api_rounds")
    assert client.get(api, headers={"Authorization": f"Bearer {secret}"}).status_code == 401


def test_another_users_token_is_not_found_and_stays_active(client, viewer, editor):
    token, _secret = services.create_token(user=editor, name="Script")
    client.force_login(viewer)
    response = client.post(reverse("publication:api_token_revoke", kwargs={"pk": token.pk}))
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_revoking_twice_keeps_the_first_moment(viewer):
    token, _secret = services.create_token(user=viewer, name="Script")
    first = services.revoke_token(token=token, by=viewer).revoked_at
    assert services.revoke_token(token=token, by=viewer).revoked_at == first


def test_revoke_only_answers_post(client, viewer):
    token, _secret = services.create_token(user=viewer, name="Script")
    client.force_login(viewer)
    url = reverse("publication:api_token_revoke", kwargs={"pk": token.pk})
    assert client.get(url).status_code == 405
