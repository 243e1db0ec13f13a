"""The indexes of the process search's text filter (migration 0002_insight_indexes)."""

from __future__ import annotations

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

TRIGRAM = {
    "process_code_trgm",
    "process_title_trgm",
    "process_description_trgm",
    "process_motivation_trgm",
}


def index_names() -> set[str]:
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "processes_coreprocess")
    return set(constraints)


def test_text_filter_has_trigram_indexes_on_postgresql_only():
    if connection.vendor == "postgresql":
        assert index_names() >= TRIGRAM
    else:
        assert not index_names() & TRIGRAM


def test_every_other_filter_column_is_indexed():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "processes_coreprocess")
    # The first column of every index (expression indexes have none).
    indexed = {
        c["columns"][0]
        for c in constraints.values()
        if (c["index"] or c["unique"]) and c["columns"]
    }
    assert {"plan_id", "entity_id", "axis", "assessment", "final_assessment"} <= indexed
