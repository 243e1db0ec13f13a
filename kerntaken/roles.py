"""Who a user is in the process: their roles, the domains they edit, the working groups
they sit in. Read from the user's own relations (no model imports), so that the models'
queryset methods and `kerntaken.permissions` can both ask it."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from django.db.models import CharField, F, Value
from django.db.models.functions import Cast

from kerntaken.statements import Statement


class Role(StrEnum):
    EDITOR = "editor"
    COORDINATOR = "coordinator"
    MEMBER = "member"
    VIEWER = "viewer"


class Identity(NamedTuple):
    groups: frozenset[str]  # the names of the user's groups: their roles
    domains: frozenset[int]  # the domains they are an editor of
    working_groups: frozenset[int]  # the working groups they sit in


def _relations(user_id):
    """The user's groups, edited domains and working groups, as (kind, value) rows."""
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    text = CharField()

    def rows(through, kind: str, value):
        return (
            through.objects.filter(user_id=user_id)
            .order_by()
            .annotate(kind=Value(kind, output_field=text), value=value)
            .values_list("kind", "value")
        )

    groups = rows(user_model.groups.through, "group", F("group__name"))
    domains = user_model.editable_domains.through
    working_groups = user_model.working_groups.through
    return groups.union(
        rows(domains, "domain", Cast("policydomain_id", output_field=text)),
        rows(working_groups, "working_group", Cast("workinggroup_id", output_field=text)),
        all=True,
    )


_RELATIONS = Statement(_relations, user_id=int)


def identity(user) -> Identity:
    # Cached on the user object: one query per request, however often we ask.
    if not hasattr(user, "_kerntaken_identity"):
        found: dict[str, set] = {"group": set(), "domain": set(), "working_group": set()}
        for kind, value in _RELATIONS.rows(user_id=user.pk):
            found[kind].add(value)
        user._kerntaken_identity = Identity(
            frozenset(found["group"]),
            frozenset(int(pk) for pk in found["domain"]),
            frozenset(int(pk) for pk in found["working_group"]),
        )
    return user._kerntaken_identity


def forget(user) -> None:
    """Read the user's roles afresh at the next question (they were changed)."""
    user.__dict__.pop("_kerntaken_identity", None)


def has_role(user, role: Role) -> bool:
    return user.is_authenticated and user.is_active and role in identity(user).groups


def is_coordinator(user) -> bool:
    """Coordinators run the review; superusers may do what they do."""
    return user.is_authenticated and (user.is_superuser or has_role(user, Role.COORDINATOR))


def editor_domain_ids(user) -> frozenset[int]:
    if not has_role(user, Role.EDITOR):
        return frozenset()
    return identity(user).domains


def member_group_ids(user) -> frozenset[int]:
    if not has_role(user, Role.MEMBER):
        return frozenset()
    return identity(user).working_groups
