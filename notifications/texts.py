"""A notification's texts, rendered in the reader's language when read or mailed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import gettext

from notifications.kinds import KINDS
from notifications.models import Notification

# The context keys holding dates (ISO strings): shown as dates in the reader's language.
DATE_KEYS = frozenset({"date", "deadline"})


def msgid(label: Promise | str) -> str:
    """A translatable label as its msgid, to be stored and translated when read."""
    with translation.override(None):
        return str(label)


@dataclass(frozen=True)
class Rendered:
    subject: str
    message: str
    lines: list[str]
    action: str


def render(note: Notification) -> Rendered:
    """The notification's texts in the active language."""
    kind = KINDS[note.kind]
    values = {key: _value(key, value) for key, value in note.context.items()}
    lines = [
        f"{line['text']}: {gettext(line['label'])}" if line.get("label") else line["text"]
        for line in note.context.get("lines", [])
    ]
    return Rendered(
        subject=str(kind.subject) % values,
        message=str(kind.message) % values,
        lines=lines,
        action=str(kind.action),
    )


def _value(key: str, value):
    if key in DATE_KEYS and isinstance(value, str):
        return date_format(dt.date.fromisoformat(value), "DATE_FORMAT")
    return value


def language_of(user) -> str:
    preference = getattr(user, "preference", None)
    return preference.language if preference else settings.LANGUAGE_CODE
