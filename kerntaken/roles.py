"""Who a user is in the process: their roles, the domains they edit, the working groups
they sit in. Read from the user's own relations (no model imports), so that the models'
queryset methods and `kerntaken.permissions` can both ask it."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    EDITOR = "editor"
    COORDINATOR = "coordinator"
    MEMBER = "member"
    VIEWER = "viewer"


def _group_names(user) -> frozenset[str]:
    # Cached on the user object: one query per request, however often we ask.
    if not hasattr(user, "_kerntaken_groups"):
        user._kerntaken_groups = frozenset(user.groups.values_list("name", flat=True))
    return user._kerntaken_groups


def has_role(user, role: Role) -> bool:
    return user.is_authenticated and user.is_active and role in _group_names(user)


def is_coordinator(user) -> bool:
    """Coordinators run the review; superusers may do what they do."""
    return user.is_authenticated and (user.is_superuser or has_role(user, Role.COORDINATOR))


def editor_domain_ids(user) -> frozenset[int]:
    if not has_role(user, Role.EDITOR):
        return frozenset()
    if not hasattr(user, "_kerntaken_domains"):
        user._kerntaken_domains = frozenset(user.editable_domains.values_list("pk", flat=True))
    return user._kerntaken_domains


def member_group_ids(user) -> frozenset[int]:
    if not has_role(user, Role.MEMBER):
        return frozenset()
    if not hasattr(user, "_kerntaken_wgs"):
        user._kerntaken_wgs = frozenset(user.working_groups.values_list("pk", flat=True))
    return user._kerntaken_wgs
