"""Rendered fragments kept in the cache, keyed by everything they show.

The busiest pages (the plan page's table and filters, the search's results and filters)
spend most of their time rendering templates and building model instances, not in the
database. Such a fragment is rendered without the request — no `{% csrf_token %}`, no
user, nothing per visitor — from a context that is a function of its *key data*: plain
values (strings, numbers, lists, dicts) read by the view. The cache key is a digest of
the key data, the language, the template and the translations. An edit, a transition, a
government decision or a renamed entity changes the data the view reads, hence the key,
and the next request renders afresh: nothing to invalidate, never a stale page, whatever
the cache (each worker's own memory, or Redis shared by all workers).

`render(name, context)`: the context is the key data itself. `cached(name, key, build)`:
the key data is a cheaper fingerprint of what `build()` would read (the plan page's
counts query doubles as its processes' fingerprint), and `build` runs only on a miss.

The templates a fragment includes by name are part of its key too (their files' digests,
as the fragment's own); an include whose name is a variable is refused.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.template.loader import get_template
from django.template.loader_tags import IncludeNode
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language


def _plain(value: object) -> str:
    """How json writes what it does not know: lazy texts, decimals, dates. Anything else
    (a model instance, a form) is refused: its str() would not say all it shows."""
    if isinstance(value, Promise | Decimal | datetime.date):
        return str(value)
    raise TypeError(f"A cached fragment is rendered from plain data, not {type(value).__name__}")


@functools.cache
def _file_digest(path: str, mtime_ns: int) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@functools.cache
def _translations_digest() -> str:
    """The compiled catalogs this process translated with (read once, as gettext does)."""
    digest = hashlib.sha256()
    for locale_path in settings.LOCALE_PATHS:
        for catalog in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.mo")):
            digest.update(catalog.read_bytes())
    return digest.hexdigest()


def _json(data: object) -> str:
    return json.dumps(data, sort_keys=True, default=_plain, separators=(",", ":"))


def digest(data: object) -> str:
    """A digest of plain data, to stand for it in several keys (computed once)."""
    return hashlib.sha256(_json(data).encode()).hexdigest()


@functools.cache
def _includes(template_name: str, mtime_ns: int) -> tuple[str, ...]:
    """The names of the templates `template_name` includes, directly or not."""
    names = []
    for node in get_template(template_name).template.nodelist.get_nodes_by_type(IncludeNode):
        name = node.template.var
        if not isinstance(name, str) or node.template.filters:
            raise TypeError(f"{template_name}: a cached fragment includes templates by name")
        origin = get_template(name).origin.name
        names += [name, *_includes(name, Path(origin).stat().st_mtime_ns)]
    return tuple(names)


def _sources(template_name: str) -> list[str]:
    """The digests of the files a fragment is rendered from: its own, and what it includes."""
    origin = get_template(template_name).origin.name
    mtime = Path(origin).stat().st_mtime_ns
    files = [origin] + [get_template(name).origin.name for name in _includes(template_name, mtime)]
    return [_file_digest(file, Path(file).stat().st_mtime_ns) for file in files]


def key(template_name: str, data: object) -> str:
    digest = hashlib.sha256()
    for part in (
        *_sources(template_name),
        _translations_digest(),
        get_language() or "",
        _json(data),
    ):
        digest.update(part.encode())
        digest.update(b"\0")
    return f"fragment:{template_name}:{digest.hexdigest()}"


def cached(template_name: str, data: object, build: Callable[[], dict]) -> SafeString:
    """The template rendered with the context `build()` returns, from the cache when it
    was rendered for the same key `data` before (then `build` is not called)."""
    cache_key = key(template_name, data)
    html = cache.get(cache_key)
    if html is None:
        html = str(get_template(template_name).render(build()))
        cache.set(cache_key, html)
    return mark_safe(html)  # noqa: S308 - our own template's output, escaped when rendered


def render(template_name: str, context: dict) -> SafeString:
    """The template rendered with `context` (plain data, its own key)."""
    return cached(template_name, context, lambda: context)


# Stands in for the primary key when an address is reversed once for all rows.
_PK = 2_147_483_647


def url_maker(name: str) -> Callable[[int], str]:
    """The address of the view `name` for any primary key, reversed once (a list of a
    thousand rows would otherwise reverse a thousand times)."""
    head, tail = reverse(name, kwargs={"pk": _PK}).split(str(_PK))
    return lambda pk: f"{head}{pk}{tail}"


def form_fields(form: forms.Form, names: tuple[str, ...] | None = None) -> dict[str, dict]:
    """A bound form's fields as plain data, for a fragment that writes them out: a choice
    field's options (each list read once: iterating it, not asking its length first,
    which would count the rows in a query of its own); any other field as its widget
    renders it."""
    fields = {}
    for bound in form:
        if names is not None and bound.name not in names:
            continue
        is_choice = isinstance(bound.field, forms.ChoiceField) and not bound.is_hidden
        value = bound.value()
        fields[bound.name] = {
            "name": bound.html_name,
            "id": bound.auto_id,
            "label": str(bound.label),
            "help_text": str(bound.help_text),
            "errors": [str(error) for error in bound.errors],
            "value": "" if value is None else str(value),
            "choices": (
                [(str(v), str(label)) for v, label in bound.field.widget.choices]
                if is_choice
                else None
            ),
            "widget": None if is_choice else str(bound),
        }
    return fields
