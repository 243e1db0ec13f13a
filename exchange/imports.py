"""Import of core processes from an Excel workbook into a draft or returned plan (SPEC §7).

After the upload and the archive have passed `exchange.import_files` (`.xlsx`, size, no
macros, no zip or XML bombs), `preview_import` reads every row and validates it with the
rules of the form and the model (`full_clean`, the plan's own entities, unique codes)
before anything is written. The preview lists every problem per row and column and the
planned additions (new codes) and updates (existing codes); processes the file does not
name are left alone, and no other plan is ever touched.

`apply_import` validates the same rows again (kept since the preview by
`exchange.import_files.UploadStore`) under the plan's row lock, and writes everything
through `processes.services` in one transaction, or nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import override

from exchange.columns import choice_labels, column_by_key, columns, entity_label
from exchange.import_files import Problem, SheetRows, normal, read_upload, where
from kerntaken.errors import MESSAGES, DomainError
from plans.models import Entity, Plan
from plans.services import lock_plan
from processes import fields as process_fields
from processes import services as process_services
from processes.models import CoreProcess


def import_fields() -> list[process_fields.ProcessField]:
    """The process fields the import reads: the editable ones the workbook has a column for."""
    return [column.field for column in columns() if column.importable and column.field]


# ---- the result ---------------------------------------------------------------------------


@dataclass
class Change:
    row: int
    code: str
    title: str
    values: dict
    process: CoreProcess | None = None  # the process an update changes
    changed: list[str] = field(default_factory=list)  # the column headers that change


@dataclass
class Preview:
    problems: list[Problem] = field(default_factory=list)
    additions: list[Change] = field(default_factory=list)
    updates: list[Change] = field(default_factory=list)
    unchanged: int = 0

    @property
    def is_valid(self) -> bool:
        return not self.problems

    @property
    def has_changes(self) -> bool:
        return bool(self.additions or self.updates)

    @property
    def fingerprint(self) -> str:
        """A hash of what applying would write: it must not change between preview and apply."""
        data = [["add", change.code, _plain(change.values)] for change in self.additions] + [
            ["update", change.process.pk, change.process.version, _plain(change.values)]
            for change in self.updates
        ]
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def _plain(values: dict) -> dict:
    return {
        name: (value.pk if isinstance(value, Entity) else None if value is None else str(value))
        for name, value in values.items()
    }


# ---- the rows ---------------------------------------------------------------------------


# ---- values -------------------------------------------------------------------------------


class _Refused(Exception):
    """A cell's value is not acceptable; the message says why."""


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        raise _Refused(_("Expected a text, not a true/false value."))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    return normalise_text(str(value))


def normalise_text(text: str) -> str:
    """Text as the import compares it: no control characters, Unix newlines, no edges."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text).strip()


def _number(value: object) -> Decimal | None:
    """A number ≥ 0 as typed: 1234,5 or 1234.5 or 1.234,5 or 1 234,5, or a numeric cell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise _Refused(_("“%(value)s” is not a number.") % {"value": value})
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        # Spreadsheet arithmetic leaves 0.30000000000000004; the model's places are few.
        return Decimal(repr(round(value, 9))).normalize()
    if isinstance(value, Decimal):
        return value
    text = re.sub(r"[\s\u00a0\u202f']", "", str(value))
    if "," in text and "." in text:
        # The later separator is the decimal one, the other groups thousands.
        thousands = "." if text.rfind(",") > text.rfind(".") else ","
        text = text.replace(thousands, "")
    text = text.replace(",", ".")
    if not re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)", text):
        raise _Refused(_("“%(value)s” is not a number.") % {"value": value})
    try:
        return Decimal(text)
    except InvalidOperation as error:
        raise _Refused(_("“%(value)s” is not a number.") % {"value": value}) from error


def _choice_lookup(names: list[str]) -> dict[str, dict[str, str]]:
    """For each choice field (axis, assessment…): every accepted spelling → the code."""
    lookup: dict[str, dict[str, str]] = {name: {} for name in names}
    for language in ("en", settings.LANGUAGE_CODE):
        with override(language):
            for name, labels in choice_labels().items():
                if name in lookup:
                    for code, label in labels.items():
                        lookup[name][normal(label)] = code
                        lookup[name][normal(code)] = code
    return lookup


class _Entities:
    """The plan's entities by acronym, name or label; others only to say whose they are."""

    def __init__(self, plan: Plan) -> None:
        self.own: dict[str, Entity] = {}
        self.foreign: dict[str, Entity] = {}
        for entity in Entity.objects.select_related("domain"):
            target = self.own if entity.domain_id == plan.domain_id else self.foreign
            for key in (entity.acronym, entity.name, entity_label(entity.acronym, entity.name)):
                target.setdefault(normal(key), entity)
        self.domain = plan.domain

    def get(self, value: object) -> Entity | None:
        text = _text(value)
        if not text:
            return None
        key = normal(text)
        if key in self.own:
            return self.own[key]
        if key in self.foreign:
            raise _Refused(
                _("The entity “%(entity)s” belongs to %(other)s, not to %(domain)s.")
                % {"entity": text, "other": self.foreign[key].domain, "domain": self.domain}
            )
        raise _Refused(
            _("Unknown entity “%(entity)s”. Choose one of %(domain)s.")
            % {"entity": text, "domain": self.domain}
        )


# ---- validation ---------------------------------------------------------------------------


def preview_import(plan: Plan, source: str | Path | IO[bytes]) -> Preview:
    """Read and validate every row of an uploaded file; nothing is written."""
    return validate_rows(plan, read_upload(source))


def validate_rows(plan: Plan, sheet: SheetRows) -> Preview:
    """Validate every row read from a file against `plan` as it is now; nothing is written."""
    if sheet.problems:
        return Preview(problems=sheet.problems)
    return _validate(plan, sheet)


def _validate(plan: Plan, sheet: SheetRows) -> Preview:
    preview = Preview()
    existing = {process.code: process for process in plan.processes.select_related("entity")}
    readers = _readers(_Entities(plan))
    seen: dict[str, int] = {}
    for number, row in sheet.rows:
        values, refused, problems = _row_values(row, sheet.columns, readers, number, plan)
        code = values.get("code") or ""
        if code and code in seen:
            problems.append(
                Problem(
                    _(
                        "The code “%(code)s” appears more than once in the file (also in row "
                        "%(row)s)."
                    )
                    % {"code": code, "row": seen[code]},
                    row=number,
                    column=where(sheet.columns, "code"),
                )
            )
        elif code:
            seen[code] = number
        problems += _full_clean(plan, values, refused, sheet.columns, number)
        if problems:
            preview.problems += problems
            continue
        _plan_change(preview, number, existing.get(code), values)
    return preview


def _readers(entities: _Entities) -> dict:
    """For every imported field, the function that turns a cell into the field's value."""
    wanted = import_fields()
    choices = _choice_lookup([f.name for f in wanted if f.kind == process_fields.CHOICE])
    labels = choice_labels()
    readers = {}
    for described in wanted:
        name, kind = described.name, described.kind
        if kind == process_fields.ENTITY:
            readers[name] = entities.get
        elif kind == process_fields.CHOICE:
            readers[name] = _choice_reader(name, choices[name], labels[name])
        elif kind == process_fields.NUMBER:
            readers[name] = _number
        else:
            readers[name] = _text
    return readers


def _row_values(row, columns, readers, number, plan) -> tuple[dict, set[str], list[Problem]]:
    values: dict = {}
    refused: set[str] = set()
    problems: list[Problem] = []

    def cell(key: str):
        index = columns[key]
        return row[index] if index < len(row) else None

    for key in readers:
        try:
            values[key] = readers[key](cell(key))
        except _Refused as error:
            problems.append(Problem(str(error), row=number, column=where(columns, key)))
            values[key] = None
            refused.add(key)
    if "domain" in columns:
        domain = _text(cell("domain"))
        if domain and normal(domain) not in {normal(plan.domain.name), normal(plan.domain.code)}:
            problems.append(
                Problem(
                    _("This row belongs to %(other)s; this plan is that of %(domain)s.")
                    % {"other": domain, "domain": plan.domain},
                    row=number,
                    column=where(columns, "domain"),
                )
            )
    return values, refused, problems


def _choice_reader(name: str, lookup: dict[str, str], labels: dict[str, str]):
    header = column_by_key()[name].header

    def read(value: object) -> str:
        text = _text(value)
        if not text:
            return ""
        code = lookup.get(normal(text))
        if code is None:
            raise _Refused(
                _("Unknown value “%(value)s” for %(column)s. Choose one of: %(choices)s.")
                % {
                    "value": text,
                    "column": str(header).lower(),
                    "choices": "; ".join(labels.values()),
                }
            )
        return code

    return read


def _full_clean(plan, values, refused, columns, number) -> list[Problem]:
    """The model's own rules (fields, choices, limits, clean()) on the row's values.

    The (plan, code) constraint is checked against the file and the plan by the caller
    (and by the service on saving); the check constraints repeat clean()'s rules. Cells
    refused already are left out, so that one mistake is reported once.
    """
    candidate = CoreProcess(plan=plan)
    for key, value in values.items():
        if key not in refused:
            setattr(candidate, key, value)
    exclude = ["plan", *refused]
    if values.get("entity") is not None:
        exclude.append("entity")  # one of the plan's own entities: no need to query it
    try:
        candidate.full_clean(exclude=exclude, validate_constraints=False)
    except ValidationError as error:
        return [
            Problem(message, row=number, column=where(columns, key) if key in columns else "")
            for key, messages in error.message_dict.items()
            if key not in refused
            for message in messages
        ]
    return []


def _plan_change(preview: Preview, number: int, process: CoreProcess | None, values: dict) -> None:
    if process is None:
        preview.additions.append(
            Change(row=number, code=values["code"], title=values["title"], values=values)
        )
        return
    changed = {
        key: value for key, value in values.items() if not _same(getattr(process, key), value)
    }
    if not changed:
        preview.unchanged += 1
        return
    preview.updates.append(
        Change(
            row=number,
            code=process.code,
            title=values["title"],
            values=changed,
            process=process,
            changed=[str(column.header) for column in columns() if column.key in changed],
        )
    )


def _same(current: object, new: object) -> bool:
    if isinstance(current, Entity) or isinstance(new, Entity):
        return getattr(current, "pk", None) == getattr(new, "pk", None)
    if isinstance(current, str) or isinstance(new, str):
        return normalise_text(current or "") == normalise_text(new or "")
    return current == new  # Decimals compare by value: 3.5 == 3.50


# ---- applying -----------------------------------------------------------------------------


class PreviewChanged(DomainError):
    """The plan or the file changed since the preview; the new preview is attached."""

    def __init__(self, preview: Preview) -> None:
        super().__init__(_("The plan changed since the preview. Check the new preview."))
        self.preview = preview


def apply_import(*, plan: Plan, by, sheet: SheetRows, fingerprint: str) -> Preview:
    """Write the previewed changes, all or nothing, if they are still what was previewed.

    Raises `PreviewChanged` (with the new preview) when the rows no longer validate or
    would write something else than the preview showed; `DomainError` / `NotAllowed`
    when the plan is no longer editable by `by`.
    """
    with transaction.atomic():
        # Hold the plan's lock from validation to the last write: nothing slips in between.
        plan = lock_plan(plan)
        if not plan.is_editable:
            raise DomainError(MESSAGES["not_editable"] % {"state": plan.get_status_display()})
        preview = validate_rows(plan, sheet)
        if not preview.is_valid or preview.fingerprint != fingerprint:
            raise PreviewChanged(preview)
        process_services.import_processes(
            plan=plan,
            by=by,
            additions=[change.values for change in preview.additions],
            updates=[(change.process, change.values) for change in preview.updates],
        )
    return preview
