"""The API fuzzed from its own OpenAPI schema (schemathesis), signed in with a token of
each role: no answer is a 500, and every answer matches the schema (status, content type,
body). Few examples per operation, so that it stays well under a minute.

One check is left out, `positive_data_acceptance`: the schema cannot list which rounds,
domains and entities exist, so a value it allows may name none, and the API answers that
with 400 and the field's message (as the search page reports it) instead of a silently
ignored filter."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import positive_data_acceptance

from kerntaken.wsgi import application
from publication import services
from tests.sweep.world import build_world

pytestmark = pytest.mark.django_db
EXAMPLES = 10
ROLES = ("editor", "other_editor", "coordinator", "member", "outsider", "viewer", "admin")


def _check(operation, token: str) -> None:
    @given(case=operation.as_strategy())
    @hypothesis_settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case) -> None:
        cache.clear()  # the rate per token is not what is fuzzed here
        case.call_and_validate(
            headers={"Authorization": f"Bearer {token}"},
            excluded_checks=[positive_data_acceptance],
        )

    run()


@pytest.fixture
def keep_the_test_connection():
    """Schemathesis calls the WSGI application itself, whose request signals would close
    the test's connection in the middle of its transaction: keep it open, as Django's own
    test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_every_operation_answers_as_its_schema_says_for_every_role(
    settings, tmp_path, keep_the_test_connection
):
    settings.MEDIA_ROOT = tmp_path
    world = build_world()
    schema = schemathesis.openapi.from_wsgi("/api/schema/", application)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 12
    for role in ROLES:
        token = services.create_token(user=world.users[role], name="fuzz")[1]
        for operation in operations:
            _check(operation, token)
