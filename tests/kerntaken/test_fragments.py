"""Cached fragments (kerntaken/fragments.py): keyed by all they show, in any cache."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from kerntaken import fragments

# A partial of a real page: the overview's table of domains.
TEMPLATE = "reviews/round_overview.html#domains"


def _context(**changes) -> dict:
    row = {
        "domain": "Onderwijs en Vorming",
        "plan": 7,
        "status": "draft",
        "state": "Ontwerp",
        "submitted": None,
        "overdue": False,
        "counts": [1, 2, 0, 0, 0, 0],
        "total": 3,
    }
    return {
        "round_name": "Kerntakenplannen 2014–2015",
        "deadline": None,
        "assessments": ["a", "b", "c", "d", "e", "f"],
        "domain_rows": [row | changes],
    }


def test_the_key_changes_with_any_value_shown():
    assert fragments.key(TEMPLATE, _context()) == fragments.key(TEMPLATE, _context())
    assert fragments.key(TEMPLATE, _context()) != fragments.key(TEMPLATE, _context(total=4))
    assert fragments.key(TEMPLATE, _context()) != fragments.key(
        TEMPLATE, _context(domain="Onderwijs")
    )


def test_the_key_changes_with_the_language():
    with translation.override("nl-be"):
        dutch = fragments.key(TEMPLATE, _context())
    with translation.override("en"):
        english = fragments.key(TEMPLATE, _context())
    assert dutch != english


def test_a_fragment_is_rendered_once_per_key(db):
    built = []

    def build() -> dict:
        built.append(True)
        return _context()

    first = fragments.cached(TEMPLATE, {"version": 1}, build)
    again = fragments.cached(TEMPLATE, {"version": 1}, build)
    assert first == again
    assert "Onderwijs en Vorming" in first
    assert len(built) == 1
    fragments.cached(TEMPLATE, {"version": 2}, build)
    assert len(built) == 2


def test_a_changed_value_renders_afresh(db):
    assert "Onderwijs en Vorming" in fragments.render(TEMPLATE, _context())
    renamed = fragments.render(TEMPLATE, _context(domain="Onderwijs en Vorming (nieuw)"))
    assert "Onderwijs en Vorming (nieuw)" in renamed


def test_lazy_texts_decimals_and_dates_are_plain_data():
    import datetime

    from django.utils.translation import gettext_lazy

    fragments.key(TEMPLATE, {"a": gettext_lazy("Axis"), "b": Decimal("1.5")})
    fragments.key(TEMPLATE, {"c": datetime.date(2015, 7, 17)})


def test_a_model_instance_is_refused_as_key_data(plan):
    # Its str() would not say all the fragment shows of it.
    with pytest.raises(TypeError, match="plain data"):
        fragments.key(TEMPLATE, {"plan": plan})


def test_fragments_round_trip_through_the_configured_cache(db, capsys):
    """With CACHE_URL set (CI's PostgreSQL pass, when Redis answers) this runs on Redis;
    without it on the local-memory cache, and says so."""
    backend = settings.CACHES["default"]["BACKEND"]
    if os.environ.get("CACHE_URL"):
        assert backend == "django.core.cache.backends.redis.RedisCache"
    else:
        assert backend == "django.core.cache.backends.locmem.LocMemCache"
    with capsys.disabled():
        print(f"\n[cache] fragments tested on {backend.rsplit('.', 1)[-1]}", end=" ")
    html = fragments.render(TEMPLATE, _context())
    assert cache.get(fragments.key(TEMPLATE, _context())) == str(html)
    renamed = fragments.render(TEMPLATE, _context(domain="Welzijn"))
    assert "Welzijn" in renamed and "Onderwijs" not in renamed


def _settings_with(cache_url: str) -> subprocess.CompletedProcess:
    env = os.environ | {"CACHE_URL": cache_url, "DJANGO_SETTINGS_MODULE": "kerntaken.settings"}
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    command = [sys.executable, "-c", code]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603


def test_cache_url_selects_redis():
    result = _settings_with("redis://127.0.0.1:6379/1")
    assert result.stdout.strip() == "django.core.cache.backends.redis.RedisCache"


def test_an_unknown_cache_url_is_refused_loudly():
    result = _settings_with("memcached://127.0.0.1:11211")
    assert result.returncode != 0
    assert "CACHE_URL must be a redis://" in result.stderr


def test_the_templates_a_fragment_includes_are_part_of_its_key(tmp_path, settings):
    from kerntaken import fragments

    included = tmp_path / "included.html"
    included.write_text("eerst")
    (tmp_path / "page.html").write_text(
        '{% partialdef part %}{% include "included.html" %}{% endpartialdef %}'
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path], "APP_DIRS": False, "OPTIONS": {}}
    ]
    before = fragments.key("page.html#part", {"a": 1})
    included.write_text("daarna")
    # (a later mtime: the digest is read again)
    os.utime(included, ns=(included.stat().st_atime_ns, included.stat().st_mtime_ns + 10**9))
    assert fragments.key("page.html#part", {"a": 1}) != before


def test_a_fragment_may_not_include_a_template_named_by_a_variable(tmp_path, settings):
    from kerntaken import fragments

    (tmp_path / "page.html").write_text(
        "{% partialdef part %}{% include name %}{% endpartialdef %}"
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path], "APP_DIRS": False, "OPTIONS": {}}
    ]
    with pytest.raises(TypeError, match="by name"):
        fragments.key("page.html#part", {})
