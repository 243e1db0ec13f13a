"""The read-only API (issue 12): each user sees exactly what the pages show them; personal
tokens (a revoked one refused at once); 401 JSON, never a redirect to the sign-in page;
pages with a fixed number of queries; a rate per token."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.urls import reverse

from processes.models import CoreProcess
from publication import services
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle():
    cache.clear()
    yield
    cache.clear()


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def token_of(user) -> str:
    return services.create_token(user=user, name="script")[1]


def api(name: str, **kwargs) -> str:
    return reverse(f"publication:{name}", kwargs=kwargs or None)


# ---- who asks ------------------------------------------------------------------------------


def test_anonymous_gets_401_json_not_the_sign_in_page(client, db):
    response = client.get(api("api_processes"))
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert response["Content-Type"] == "application/json"
    assert "detail" in response.json()


def test_a_token_signs_the_script_in_as_its_user(client, viewer, approved):
    response = client.get(api("api_processes"), headers=bearer(token_of(viewer)))
    assert response.status_code == 200
    assert response.json()["count"] == approved.processes.count()


def test_the_session_signs_the_browser_in(client, viewer, approved):
    client.force_login(viewer)
    assert client.get(api("api_processes")).status_code == 200


def test_a_revoked_token_is_refused_at_once(client, viewer, approved):
    token, secret = services.create_token(user=viewer, name="script")
    assert client.get(api("api_rounds"), headers=bearer(secret)).status_code == 200
    services.revoke_token(token=token, by=viewer)
    assert client.get(api("api_rounds"), headers=bearer(secret)).status_code == 401


def test_a_token_of_a_deactivated_user_is_refused(client, viewer):
    secret = token_of(viewer)
    viewer.is_active = False
    viewer.save()
    assert client.get(api("api_rounds"), headers=bearer(secret)).status_code == 401


@pytest.mark.parametrize("header", ["Bearer", "Bearer a b", "Bearer kt_not-a-token", "Bearer é"])
def test_a_malformed_or_unknown_token_is_401(client, db, header):
    response = client.get(
        api("api_rounds"), headers={"Authorization": header.encode().decode("latin-1")}
    )
    assert response.status_code == 401


def test_tokens_are_stored_as_digests_only(viewer):
    token, secret = services.create_token(user=viewer, name="script")
    token.refresh_from_db()
    assert secret not in {token.key_digest, token.prefix, token.name}
    assert len(token.key_digest) == 64 and secret.startswith(token.prefix)


def test_the_api_only_reads(client, coordinator):
    response = client.post(api("api_processes"), {}, headers=bearer(token_of(coordinator)),
                           content_type="application/json")  # fmt: skip
    assert response.status_code == 405
    assert CoreProcess.objects.count() == 0


# ---- what each user sees -----------------------------------------------------------------


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def test_viewer_sees_only_approved_plans_and_their_processes(client, viewer, approved, unapproved):
    headers = bearer(token_of(viewer))
    assert ids(client.get(api("api_plans"), headers=headers)) == {approved.pk}
    assert ids(client.get(api("api_processes"), headers=headers)) == set(
        approved.processes.values_list("pk", flat=True)
    )
    assert client.get(api("api_plan", id=unapproved.pk), headers=headers).status_code == 404
    hidden = unapproved.processes.first()
    assert client.get(api("api_process", id=hidden.pk), headers=headers).status_code == 404


def test_editor_sees_their_own_unapproved_plan_but_not_anothers(client, editor, plan, unapproved):
    headers = bearer(token_of(editor))
    assert client.get(api("api_plan", id=plan.pk), headers=headers).status_code == 200
    assert client.get(api("api_plan", id=unapproved.pk), headers=headers).status_code == 404
    assert client.get(api("api_plan", id=999_999), headers=headers).status_code == 404


def test_coordinator_sees_every_plan(client, coordinator, approved, unapproved):
    assert ids(client.get(api("api_plans"), headers=bearer(token_of(coordinator)))) == {
        approved.pk,
        unapproved.pk,
    }


def test_decisions_the_viewer_sees_are_those_that_approved_plans(client, viewer, coordinator,
                                                                 approved, round_):  # fmt: skip
    from reviews.models import GovernmentDecision

    other = GovernmentDecision.objects.create(round=round_, date=approved.government_decision.date,
                                              reference="VR 2015 ANDER")  # fmt: skip
    assert ids(client.get(api("api_decisions"), headers=bearer(token_of(viewer)))) == {
        approved.government_decision_id
    }
    assert client.get(api("api_decision", id=other.pk),
                      headers=bearer(token_of(viewer))).status_code == 404  # fmt: skip
    coordinator_ids = ids(client.get(api("api_decisions"), headers=bearer(token_of(coordinator))))
    assert coordinator_ids == {approved.government_decision_id, other.pk}


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"assessment": "phase_out"},
        {"final": "keep"},
        {"q": "P2"},
        {"domain": "ov", "sort": "-code"},
        {"axis": "service_delivery", "sort": "title"},
        {"state": "approved"},
        {"round": "2014-2015", "assessment": "none"},
    ],
)
def test_viewers_api_list_is_exactly_the_viewers_search_page(
    client, viewer, approved, unapproved, query
):
    client.force_login(viewer)
    page = client.get(reverse("processes:process_search"), {**query, "per_page": 200})
    shown = [process.pk for process in page.context["processes"]]
    response = client.get(api("api_processes"), {**query, "per_page": 200})
    assert [row["id"] for row in response.json()["results"]] == shown


def test_a_filter_value_that_is_not_valid_is_400_with_the_field(client, viewer):
    response = client.get(api("api_processes"), {"assessment": "nonsense", "entity": "x"},
                          headers=bearer(token_of(viewer)))  # fmt: skip
    assert response.status_code == 400
    assert set(response.json()) == {"assessment", "entity"}


# ---- pages and queries ---------------------------------------------------------------------


def test_lists_are_paginated_by_100_and_per_page(client, coordinator, approved):
    entity = approved.domain.entities.first()
    for number in range(120):
        factories.CoreProcessFactory(plan=approved, entity=entity, code=f"V{number:03d}")
    headers = bearer(token_of(coordinator))
    first = client.get(api("api_processes"), headers=headers).json()
    assert first["count"] == 124 and len(first["results"]) == 100 and first["next"]
    assert len(client.get(api("api_processes"), {"per_page": 1000}, headers=headers)
               .json()["results"]) == 124  # fmt: skip


def test_process_list_query_count_is_fixed_per_page(client, viewer, approved,
                                                    django_assert_num_queries):  # fmt: skip
    headers = bearer(token_of(viewer))
    url = api("api_processes")
    # token + user; the user's groups; count; the page's ids (sorted on the narrow rows);
    # the page's rows (with plan, domain, round, entity).
    with django_assert_num_queries(5):
        client.get(url, {"assessment": "keep"}, headers=headers)
    entity = approved.domain.entities.first()
    for number in range(30):
        factories.CoreProcessFactory(plan=approved, entity=entity, code=f"W{number}")
    with django_assert_num_queries(5):
        assert client.get(url, {"assessment": "keep"}, headers=headers).json()["count"] > 30


def test_requests_are_throttled_per_token(client, viewer):
    from rest_framework.settings import api_settings

    from publication.api.auth import TokenRateThrottle

    # The rate is read when the class is made: set it on the class for this test.
    TokenRateThrottle.THROTTLE_RATES = {**api_settings.DEFAULT_THROTTLE_RATES, "api": "3/minute"}
    try:
        first, second = bearer(token_of(viewer)), bearer(token_of(viewer))
        answers = [client.get(api("api_rounds"), headers=first).status_code for _ in range(4)]
        assert answers == [200, 200, 200, 429]
        # Another token has a budget of its own.
        assert client.get(api("api_rounds"), headers=second).status_code == 200
    finally:
        TokenRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES


def test_schema_and_docs_are_served(client, db):
    schema = client.get(api("api_schema"))
    assert schema.status_code == 200
    assert schema.json()["openapi"].startswith("3.")
    docs = client.get(api("api_docs"))
    assert docs.status_code == 200
    assert "swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text.lower()


@pytest.mark.parametrize(
    "query",
    [
        {"entity": "9" * 30},
        {"page": "9" * 30},
        {"per_page": "-1"},
        {"q": "a\x00b"},
        {"q": "x" * 300},
    ],
)
def test_outlandish_query_values_are_answered_never_a_500(client, viewer, query):
    response = client.get(api("api_processes"), query, headers=bearer(token_of(viewer)))
    assert response.status_code in {200, 400, 404}
    assert response["Content-Type"] == "application/json"
