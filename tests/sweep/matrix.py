"""The declared permission matrix: what every role gets from every URL of the project.

Each area declares its routes in a module `tests/sweep/routes_<area>.py` with a list
`ROUTES` of `Route`s; `ROUTES` here is all of them, collected automatically.

An answer is an HTTP status (200, 302 – a redirect anywhere but the sign-in page –,
400, 403, 404, 405, …) or `LOGIN` (a redirect to the sign-in page). `get`/`post` map
every role in `ROLES` to its answer; `None` means the URL refuses that method (405, and
`LOGIN` for anonymous users unless the view is public). For POST the answer is that of
an EMPTY POST (with a valid CSRF token), or of `post_data(w)` when it is given.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

LOGIN = "LOGIN"
ROLES = (
    "anonymous",
    "editor",
    "other_editor",
    "coordinator",
    "member",
    "outsider",
    "viewer",
    "admin",
)
# Answers a role may not get from a POST it is not allowed to make: nothing may change.
REFUSALS = frozenset({LOGIN, 400, 403, 404, 405})

Answers = dict[str, int | str]


@dataclass(frozen=True)
class Route:
    name: str
    kwargs: Callable | None = None
    # Required: a route says what it does with both methods, even if it is "refuse".
    get: Answers | None = field(kw_only=True)
    post: Answers | None = field(kw_only=True)
    post_data: Callable | None = None

    def answer(self, method: str, role: str, *, public: bool) -> int | str:
        """The declared answer; `public` says whether the view is open to anonymous users."""
        answers = self.get if method == "GET" else self.post
        if answers is None:
            return 405 if role != "anonymous" or public else LOGIN
        return answers[role]


def collect_routes() -> list[Route]:
    """Every module's ROUTES. A module with `GIVES_WAY = True` (the foundation's) declares
    pages that areas took over: its entries for a URL name that another module declares
    give way to that module's, which describe the page as the area built it."""
    modules = [
        importlib.import_module(f"{__package__}.{module.name}")
        for module in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]))
        if module.name.startswith("routes_")
    ]
    owned = {route.name for module in modules if not getattr(module, "GIVES_WAY", False)
             for route in module.ROUTES}  # fmt: skip
    return [
        route
        for module in modules
        for route in module.ROUTES
        if not (getattr(module, "GIVES_WAY", False) and route.name in owned)
    ]


def __getattr__(name: str):
    # Collected lazily: the routes modules import `Route` and `LOGIN` from here.
    if name == "ROUTES":
        return collect_routes()
    raise AttributeError(name)
