"""Reads of the plans' reference data that the busiest pages share."""

from __future__ import annotations

from kerntaken.statements import Statement
from plans.models import Entity

_ENTITIES = Statement(
    lambda domain_id: (
        Entity.objects.filter(domain_id=domain_id)
        .order_by("acronym")
        .values_list("pk", "acronym", "name")
    ),
    domain_id=int,
)


def domain_entities(domain_id: int) -> list[tuple[int, str, str]]:
    """A domain's entities as (pk, acronym, name), by acronym (one query, compiled once):
    the plan page's filter and key, the history's labels."""
    return _ENTITIES.rows(domain_id=domain_id)
