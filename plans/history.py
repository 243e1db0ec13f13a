"""Readable history of a plan's processes and consultations (django-simple-history).

The historical rows store raw values (choice codes, foreign keys, decimals); this module
turns consecutive rows into entries a civil servant can read: who, when, which field,
old → new, with labels instead of codes. It never queries per row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Model
from django.utils import formats
from django.utils.text import capfirst
from django.utils.translation import pgettext_lazy

from kerntaken.statements import Statement
from kerntaken.templatetags.formatting import grouped
from plans import selectors
from plans.models import Entity, MinisterConsultation, Plan, PlanTransition
from processes import fields as process_fields
from processes.models import CoreProcess

EMPTY = "—"

CONSULTATION_FIELDS = ("date", "outcome", "note")

KINDS = {
    "+": pgettext_lazy("editor", "Added"),
    "~": pgettext_lazy("editor", "Changed"),
    "-": pgettext_lazy("editor", "Deleted"),
}


@dataclass
class Change:
    label: str
    old: str
    new: str


@dataclass
class Entry:
    when: dt.datetime
    who: str
    kind: str
    subject: str
    object_id: int
    changes: list[Change] = field(default_factory=list)
    reason: str = ""

    @property
    def kind_label(self) -> str:
        return str(KINDS[self.kind])


def who(record) -> str:
    user = record.history_user
    if user is None:
        return EMPTY
    return user.get_full_name() or user.get_username()


def display(model: type[Model], name: str, value, labels: dict[str, dict]) -> str:
    if value is None or value == "":
        return EMPTY
    if name in labels:
        return str(labels[name].get(value, value))
    model_field = model._meta.get_field(name)
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, dt.date):
        return formats.date_format(value, "DATE_FORMAT")
    if isinstance(value, Decimal | int | float):
        return grouped(value)
    return str(value)


def _value(record, model: type[Model], name: str):
    return getattr(record, model._meta.get_field(name).attname)


def _changes(
    model: type[Model], fields: Sequence[str], old, new, labels: dict[str, dict]
) -> list[Change]:
    changes = []
    for name in fields:
        before = _value(old, model, name) if old is not None else None
        after = _value(new, model, name)
        if old is not None and before == after:
            continue
        if old is None and after in (None, ""):
            continue  # a new record's empty fields say nothing
        changes.append(
            Change(
                label=str(capfirst(model._meta.get_field(name).verbose_name)),
                old=display(model, name, before, labels) if old is not None else EMPTY,
                new=display(model, name, after, labels),
            )
        )
    return changes


def _entries(
    records: Iterable,
    previous: dict[int, object],
    *,
    model: type[Model],
    fields: Sequence[str],
    labels: dict[str, dict],
    subject,
) -> list[Entry]:
    """One entry per historical record; `previous` maps a record's history_id to the
    record before it (of the same object), or is missing for the first."""
    entries = []
    for record in records:
        old = previous.get(record.history_id)
        if record.history_type == "-":
            changes = []
        else:
            changes = _changes(
                model, fields, old if record.history_type == "~" else None, record, labels
            )
            if record.history_type == "~" and not changes:
                continue  # a save that changed none of the shown fields (e.g. the order)
        entries.append(
            Entry(
                when=record.history_date,
                who=who(record),
                kind=record.history_type,
                subject=subject(record),
                object_id=record.id,
                changes=changes,
                reason=record.history_change_reason or "",
            )
        )
    return entries


def _previous_map(all_records: Iterable) -> dict[int, object]:
    """history_id → the record before it of the same object (records in any order)."""
    by_object: dict[int, list] = {}
    for record in all_records:
        by_object.setdefault(record.id, []).append(record)
    previous = {}
    for records in by_object.values():
        records.sort(key=lambda r: (r.history_date, r.history_id))
        for before, after in zip(records, records[1:], strict=False):
            previous[after.history_id] = before
    return previous


def _process_labels(plan) -> dict[str, dict]:
    entities = selectors.domain_entities(plan.domain_id)
    return {"entity": {pk: Entity.label(acronym, name) for pk, acronym, name in entities}}


def process_history(process: CoreProcess) -> list[Entry]:
    """Every change of one process, newest first."""
    records = list(process.history.select_related("history_user"))
    entries = _entries(
        records,
        _previous_map(records),
        model=CoreProcess,
        fields=process_fields.in_history(),
        labels=_process_labels(process.plan),
        subject=lambda r: f"{r.code} {r.title}",
    )
    return sorted(entries, key=lambda e: e.when, reverse=True)


def plan_process_history(plan, records: Sequence) -> list[Entry]:
    """Entries for a page of the plan's process records (newest first), with their
    predecessors fetched in one query."""
    ids = {record.id for record in records}
    related = CoreProcess.history.filter(id__in=ids).only(
        "history_id",
        "history_date",
        "id",
        *[CoreProcess._meta.get_field(name).attname for name in process_fields.in_history()],
    )
    return _entries(
        records,
        _previous_map(related),
        model=CoreProcess,
        fields=process_fields.in_history(),
        labels=_process_labels(plan),
        subject=lambda r: f"{r.code} {r.title}",
    )


def consultation_history(plan) -> list[Entry]:
    records = list(
        MinisterConsultation.history.filter(plan_id=plan.pk)
        .select_related("history_user", "minister")
        .order_by("-history_date", "-history_id")
    )
    return _entries(
        records,
        _previous_map(records),
        model=MinisterConsultation,
        fields=CONSULTATION_FIELDS,
        labels={},
        subject=lambda r: r.minister.portfolio,
    )


# ---- the plan's steps --------------------------------------------------------------------


def _steps(plan_id):
    return (
        PlanTransition.objects.filter(plan_id=plan_id)
        .order_by("at", "pk")
        .values_list(
            "action", "at", "comment", "actor__first_name", "actor__last_name", "actor__username"
        )
    )


_STEPS = Statement(_steps, plan_id=int)  # on every view of a plan page: compiled once


def timeline(plan) -> list[dict]:
    """The plan's steps in order, as the plan page lists them: the step (its code and
    label), when, by whom (full name, else user name; empty for the system), the comment
    (one query)."""
    actions = dict(Plan.Action.choices)
    return [
        {
            "code": action,
            "action": actions.get(action, action),
            "at": at,
            "comment": comment,
            "actor": f"{first or ''} {last or ''}".strip() or (username or ""),
        }
        for action, at, comment, first, last, username in _STEPS.rows(plan_id=plan.pk)
    ]
