"""Versions of a plan's content: comparison and fingerprint (SPEC §7, §14).

A version is plain data (`PlanVersion.data`, a consultation's `content`): the processes
as `processes.fields.snapshot_values` writes them. `compare_snapshots` says what changed
between two of them (the insight page compares versions with it; a consultation says
what changed since it); `fingerprint` is a stable digest of the compared content, so a
consultation knows whether it was about the plan as it is now.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from django.utils.formats import number_format

from kerntaken.statements import Statement
from plans.models import MinisterConsultation, PlanVersion
from processes import fields as process_fields

# ---- comparing two versions of a plan --------------------------------------------------

ASSESSMENT_FIELDS = frozenset({"assessment", "final_assessment"})


def display_value(name: str, process: dict) -> str:
    """A snapshot's value as a reader knows it: labels, not codes; decimal commas."""
    described = process_fields.by_name(name)
    value = process.get(name)
    if described.kind == process_fields.ENTITY:
        acronym, full = value or "", process.get(f"{name}_name") or ""
        return f"{acronym} – {full}" if full and full != acronym else acronym or "—"
    if value in (None, ""):
        return "—"
    if described.kind == process_fields.CHOICE:
        return process_fields.label(described.vocabulary, value)
    if described.kind == process_fields.NUMBER:
        try:
            places = getattr(described.model_field, "decimal_places", 0)
            return number_format(Decimal(value), places, use_l10n=True)
        except (InvalidOperation, TypeError):
            return str(value)
    return str(value)


def effective_assessment(process: dict) -> str:
    return process.get("final_assessment") or process.get("assessment") or ""


@dataclass
class FieldChange:
    name: str
    label: str
    old: str
    new: str

    @property
    def is_assessment(self) -> bool:
        return self.name in ASSESSMENT_FIELDS


@dataclass
class ProcessChange:
    code: str
    title: str
    old: dict
    new: dict
    changes: list[FieldChange]
    anchor: str = ""

    @property
    def assessment_changed(self) -> bool:
        return effective_assessment(self.old) != effective_assessment(self.new)

    @property
    def old_assessment(self) -> str:
        return _assessment_label(effective_assessment(self.old))

    @property
    def new_assessment(self) -> str:
        return _assessment_label(effective_assessment(self.new))


def _assessment_label(code: str) -> str:
    return display_value("assessment", {"assessment": code})


@dataclass
class Comparison:
    added: list[dict]
    removed: list[dict]
    changed: list[ProcessChange]
    unchanged: int
    confirmed: int

    @property
    def assessment_changes(self) -> list[ProcessChange]:
        return [change for change in self.changed if change.assessment_changed]

    @property
    def has_differences(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def _differences(old: dict, new: dict) -> list[FieldChange]:
    changes = []
    for described in process_fields.compared():
        name = described.name
        before, after = display_value(name, old), display_value(name, new)
        if before != after:
            changes.append(FieldChange(name, str(described.label), before, after))
    return changes


def compare_snapshots(old: dict, new: dict) -> Comparison:
    """What changed from `old` to `new`, process by process (matched on their code).

    A final assessment that only confirms the assessment (validation without amendment)
    is not a change of the process; it is counted as `confirmed`. A process whose code
    changed shows as removed under its old code and added under its new one.
    """
    before = {p["code"]: p for p in old.get("processes", [])}
    after = {p["code"]: p for p in new.get("processes", [])}
    added = [p for code, p in after.items() if code not in before]
    removed = [p for code, p in before.items() if code not in after]
    changed: list[ProcessChange] = []
    unchanged = confirmed = 0
    for code, process in after.items():
        if code not in before:
            continue
        previous = before[code]
        changes = _differences(previous, process)
        if effective_assessment(previous) == effective_assessment(process):
            finals = [c for c in changes if c.name == "final_assessment"]
            if finals:
                confirmed += 1
                changes = [c for c in changes if c.name != "final_assessment"]
        if changes:
            anchor = f"change-{len(changed) + 1}"
            title = process.get("title", "")
            changed.append(ProcessChange(code, title, previous, process, changes, anchor))
        else:
            unchanged += 1
    return Comparison(added, removed, changed, unchanged, confirmed)


def process_summary(process: dict) -> dict:
    """An added or removed process as the template lists it."""
    return {
        "code": process.get("code", ""),
        "title": process.get("title", ""),
        "entity": display_value("entity", process),
        "axis": display_value("axis", process),
        "assessment": display_value("assessment", process),
        "final_assessment": display_value("final_assessment", process),
    }


# ---- the content of a plan and its fingerprint -----------------------------------------


def content_of(plan) -> list[dict]:
    """The plan's processes as plain data, in the plan's order (one query)."""
    processes = plan.processes.select_related("entity").order_by("position", "code")
    return [process_fields.snapshot_values(p) for p in processes]


def fingerprint(processes: list[dict]) -> str:
    """A stable digest of what a consultation is about: the compared fields of each
    process (`processes.fields`) that the domain's editor writes, keyed by code.

    The order of the processes does not count (reordering is not a change of content);
    any change of such a field, a process added or removed, or a new code does. The
    working group's final assessment is not the domain's content: its validation does
    not put a consultation on an earlier version.
    """
    names = [f.name for f in process_fields.compared() if f.editable]
    content = {p["code"]: {name: p.get(name) for name in names} for p in processes}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


# ---- consultations on an earlier version (SPEC §14) --------------------------------------


class Consulted(NamedTuple):
    """A consultation that says what it was about (its fingerprint), as plain values."""

    pk: int
    fingerprint: str
    content: list
    portfolio: str  # the minister's


def _fingerprinted_consultations(plan_id):
    return (
        MinisterConsultation.objects.filter(plan_id=plan_id)
        .exclude(fingerprint="")
        .order_by("minister__position", "pk")
        .values_list("pk", "fingerprint", "content", "minister__portfolio")
    )


_CONSULTED = Statement(_fingerprinted_consultations, plan_id=int)


@dataclass
class EarlierVersion:
    """Consultations recorded on one earlier content of the plan, and what changed since."""

    consultations: list[Consulted]
    comparison: Comparison

    @property
    def ministers(self) -> str:
        return "; ".join(c.portfolio for c in self.consultations)

    @property
    def summary(self) -> dict[str, list[str]]:
        return change_summary(self.comparison)


def _label(process: dict) -> str:
    return f"{process.get('code', '')} {process.get('title', '')}".strip()


def change_summary(comparison: Comparison) -> dict[str, list[str]]:
    """What changed, as the log keeps it and a page lists it: "CODE title" per process;
    an assessment change with its old and new label."""
    assessments = [
        f"{change.code} {change.title}: {change.old_assessment} → {change.new_assessment}"
        for change in comparison.assessment_changes
    ]
    others = [
        f"{change.code} {change.title} ({', '.join(c.label.lower() for c in change.changes)})"
        for change in comparison.changed
        if not change.assessment_changed
    ]
    return {
        "added": [_label(p) for p in comparison.added],
        "removed": [_label(p) for p in comparison.removed],
        "assessments": assessments,
        "changed": others,
    }


def earlier_versions(plan, content: list[dict] | None = None) -> list[EarlierVersion]:
    """The plan's consultations that were about another content than the plan's now,
    grouped by the content they were about; empty when every one is current.

    One query for the consultations, and one for the plan's content when a consultation
    has a fingerprint to compare it with (`content` saves it when the caller has it).
    """
    consultations = [Consulted(*row) for row in _CONSULTED.rows(plan_id=plan.pk)]
    if not consultations:
        return []
    content = content_of(plan) if content is None else content
    current = fingerprint(content)
    groups: dict[str, list] = {}
    for consultation in consultations:
        if consultation.fingerprint != current:
            groups.setdefault(consultation.fingerprint, []).append(consultation)
    return [
        EarlierVersion(
            group, compare_snapshots({"processes": group[0].content}, {"processes": content})
        )
        for group in groups.values()
    ]


def consultation_basis(plan) -> dict:
    """What the plan's submission rests on, for the coordinator's review page and the
    dossier (`followup.dossier` calls this): the consultations its last submitted version
    recorded ({id, minister, date, fingerprint, current}) and the log of consultations
    held again on the changed plan and of the editor's confirmations (two queries).
    Render it with the template `plans/_consultation_basis.html` (context `basis`)."""
    submitted = (
        plan.versions.filter(kind=PlanVersion.Kind.SUBMITTED)
        .order_by("-number")
        .values_list("consultations", flat=True)
        .first()
    )
    consultations = [{**c, "date": dt.date.fromisoformat(c["date"])} for c in submitted or []]
    return {
        "consultations": consultations,
        "events": list(plan.consultation_events.select_related("actor")),
    }
