"""Dutch first, English complete: every user-facing string is translated (SPEC §2)."""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"
PO = LOCALE / "nl" / "LC_MESSAGES" / "django.po"
MO = LOCALE / "nl" / "LC_MESSAGES" / "django.mo"
ENTRY = re.compile(r'^msgid "(.*)"$')


def po_entries(path: Path) -> list[tuple[str, str, bool]]:
    """(key, msgstr, fuzzy) for every entry of a .po file.

    The key is the msgid, prefixed by "context\\x04" for an entry with a context;
    for plural forms the singular.
    """
    entries, msgid, msgstr, fuzzy, field, context = [], None, None, False, None, ""
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if not line:
            if msgid is not None:
                key = f"{context}\x04{msgid}" if context else msgid
                entries.append((key, msgstr or "", fuzzy))
            msgid, msgstr, fuzzy, field, context = None, None, False, None, ""
        elif line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        elif line.startswith("msgctxt "):
            context, field = line[9:-1], "ctx"
        elif line.startswith("msgid "):
            msgid, field = line[7:-1], "id"
        elif line.startswith("msgid_plural "):
            field = "plural"
        elif line.startswith(("msgstr ", "msgstr[0] ")):
            msgstr, field = line.split(" ", 1)[1][1:-1], "str"
        elif line.startswith("msgstr["):
            field = "other"
        elif line.startswith('"'):
            if field == "ctx":
                context += line[1:-1]
            elif field == "id":
                msgid += line[1:-1]
            elif field == "str":
                msgstr += line[1:-1]
    return [e for e in entries if e[0]]


def test_every_dutch_entry_is_translated_and_not_fuzzy():
    missing = [msgid for msgid, msgstr, fuzzy in po_entries(PO) if not msgstr or fuzzy]
    assert not missing, f"{len(missing)} untranslated or fuzzy entries, e.g. {missing[:10]}"


def test_compiled_catalog_matches_the_po_file():
    with MO.open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)._catalog
    compiled = {key if isinstance(key, str) else key[0] for key in catalog}
    in_po = {
        msgid.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
        for msgid, _s, _f in po_entries(PO)
    }
    assert in_po <= compiled, (
        f"recompile the catalog (make messages): {sorted(in_po - compiled)[:5]}"
    )


def test_every_string_in_the_code_is_in_the_catalog(tmp_path):
    """makemessages on a copy of the code finds no msgid that the catalog lacks."""
    if not shutil.which("xgettext"):
        pytest.fail("GNU gettext (xgettext) is needed for this check: apt-get install gettext")
    root = Path(settings.BASE_DIR)
    copy = tmp_path / "src"
    ignore = shutil.ignore_patterns(
        ".venv",
        "node_modules",
        ".git",
        "media",
        "staticfiles",
        "db.sqlite3",
        "__pycache__",
        "tests",
        "bench",
    )
    shutil.copytree(root, copy, ignore=ignore)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "--locale",
            "nl",
            "--no-obsolete",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"DEBUG": "1", "PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "kerntaken.settings"},
    )
    extracted = {msgid for msgid, _s, _f in po_entries(copy / "locale/nl/LC_MESSAGES/django.po")}
    known = {msgid for msgid, msgstr, _f in po_entries(PO) if msgstr}
    missing = sorted(extracted - known)
    assert not missing, f"{len(missing)} strings lack a Dutch translation, e.g. {missing[:10]}"


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl-be", "Vatbaar voor afbouw"), ("en", "Eligible for phase-out")],
)
def test_both_languages_are_served(language, text):
    from processes.models import Assessment

    with translation.override(language):
        assert str(Assessment.PHASE_OUT.label) == text


def test_dutch_is_the_default_language(client, db):
    response = client.get("/accounts/login/")
    assert response.headers["Content-Language"] == "nl-be"
    assert "Aanmelden" in response.content.decode()


def test_english_on_request(client, db):
    response = client.get("/accounts/login/", headers={"accept-language": "en"})
    assert "Sign in" in response.content.decode()
