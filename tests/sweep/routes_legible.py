"""Permission matrix of the pages every visitor may read: the glossary and the
accessibility statement (public, no sign-in, read-only)."""

from tests.sweep.matrix import ROLES, Route

ROUTES = [
    Route("publication:glossary", get=dict.fromkeys(ROLES, 200), post=None),
    Route("accessibility_statement", get=dict.fromkeys(ROLES, 200), post=None),
]
