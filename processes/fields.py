"""The one ordered description of a core process's fields, and the labels of its vocabularies.

Everything that handles a process field by field reads `FIELDS`: the editor's form and
services (editable), the plan's snapshot and the copy to the next round, the history, the
version comparison, the Excel export and import (`exchange.columns`) and the admin. Adding
a field to a process means adding it to the model (and a migration) and one line here.

The order is the order of the form and of the workbook's columns. Consumers read `FIELDS`
when they run (through the functions below), so a test may replace it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from processes.models import Assessment, Axis, CoreProcess, TransferLevel

ENTITY, TEXT, CHOICE, NUMBER, DATE = "entity", "text", "choice", "number", "date"


@dataclass(frozen=True)
class ExcelColumn:
    """How the workbook shows a field: its (Dutch) header, column width, number format."""

    header: Promise
    width: int
    number_format: str | None = None


@dataclass(frozen=True)
class ProcessField:
    name: str  # a field of CoreProcess
    editable: bool = False  # by the plan's editor (form, services, import)
    excel: ExcelColumn | None = None  # exported (and, when editable, imported)
    compared: bool = True  # shown when two versions of a plan are compared
    history: bool = True  # shown in the process's history
    public: bool = True  # on the public pages and in the open data
    copied: bool = False  # carried into the domain's plan of the next round
    vocabulary: type[models.TextChoices] | None = None

    @property
    def model_field(self) -> models.Field:
        return CoreProcess._meta.get_field(self.name)

    @property
    def label(self) -> str:
        """The field's name as a reader knows it (lazy, translated when shown)."""
        return capfirst(self.model_field.verbose_name)

    @property
    def kind(self) -> str:
        model_field = self.model_field
        if model_field.is_relation:
            return ENTITY
        if self.vocabulary is not None:
            return CHOICE
        if isinstance(model_field, models.DecimalField | models.IntegerField):
            return NUMBER
        if isinstance(model_field, models.DateField):  # DateTimeField is one too
            return DATE
        return TEXT


FIELDS: tuple[ProcessField, ...] = (
    ProcessField("entity", editable=True, copied=True, excel=ExcelColumn(_("Entity"), 26)),
    ProcessField(
        "code", editable=True, copied=True, compared=False, excel=ExcelColumn(_("Code"), 12)
    ),
    ProcessField("title", editable=True, copied=True, excel=ExcelColumn(_("Title"), 30)),
    ProcessField(
        "description",
        editable=True,
        copied=True,
        excel=ExcelColumn(pgettext_lazy("excel", "Description"), 100),
    ),
    ProcessField(
        "axis", editable=True, copied=True, vocabulary=Axis, excel=ExcelColumn(_("Axis"), 24)
    ),
    ProcessField(
        "assessment", editable=True, vocabulary=Assessment, excel=ExcelColumn(_("Assessment"), 24)
    ),
    ProcessField(
        "final_assessment", vocabulary=Assessment, excel=ExcelColumn(_("Final assessment"), 24)
    ),
    ProcessField(
        "motivation", editable=True, excel=ExcelColumn(pgettext_lazy("excel", "Motivation"), 100)
    ),
    ProcessField(
        "transfer_level",
        editable=True,
        vocabulary=TransferLevel,
        excel=ExcelColumn(pgettext_lazy("excel", "Transfer level"), 22),
    ),
    ProcessField(
        "fte",
        editable=True,
        copied=True,
        excel=ExcelColumn(pgettext_lazy("excel", "Staff (FTE)"), 12, "#,##0.00"),
    ),
    ProcessField(
        "budget",
        editable=True,
        copied=True,
        excel=ExcelColumn(pgettext_lazy("excel", "Budget (k€)"), 18, "#,##0.0"),
    ),
)


def by_name(name: str) -> ProcessField:
    return next(f for f in FIELDS if f.name == name)


def editable() -> tuple[str, ...]:
    """The names of the fields the plan's editor sets, in the form's order."""
    return tuple(f.name for f in FIELDS if f.editable)


def in_history() -> tuple[str, ...]:
    return tuple(f.name for f in FIELDS if f.history)


def compared() -> tuple[ProcessField, ...]:
    return tuple(f for f in FIELDS if f.compared)


def copied_values(process: CoreProcess) -> dict:
    """What a process hands to its copy in the next round (by attname: no query)."""
    return {
        f.model_field.attname: getattr(process, f.model_field.attname) for f in FIELDS if f.copied
    }


def exported() -> tuple[ProcessField, ...]:
    return tuple(f for f in FIELDS if f.excel is not None)


def read_only() -> list[str]:
    """The fields no editor sets (the validation writes the final assessment)."""
    return [f.name for f in FIELDS if not f.editable]


def classified() -> list[str]:
    """The fields that classify a process by a vocabulary of one word, for admin lists."""
    return [f.name for f in FIELDS if f.vocabulary in (Axis, Assessment)]


def short_fields() -> list[str]:
    """The fields that fit in a table row (no long texts), for the admin's inline."""
    return [f.name for f in FIELDS if not isinstance(f.model_field, models.TextField)]


# ---- the plain data of a frozen version -------------------------------------------------


def snapshot_values(process: CoreProcess) -> dict:
    """A process as JSON keeps it, for the plan's frozen versions (and their comparison)."""
    values: dict = {}
    for f in FIELDS:
        if f.kind == ENTITY:
            entity = getattr(process, f.name)
            values[f.name], values[f.name + "_name"] = entity.acronym, entity.name
            continue
        value = getattr(process, f.name)
        if isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        values[f.name] = value
    return values


# ---- the labels of the vocabularies ------------------------------------------------------


def labels(vocabulary: type[models.TextChoices]) -> dict[str, str]:
    """The labels of a vocabulary in the active language, in its order: {code: label}.

    The one reader of every vocabulary's labels (Assessment, Axis, TransferLevel, a plan's
    Status, a review item's Decision…): the TextChoices class is the table.
    """
    return {code: str(label) for code, label in vocabulary.choices}


def label(vocabulary: type[models.TextChoices], code: str) -> str:
    """One code's label; a code from an older vocabulary is shown as it was stored."""
    try:
        return str(vocabulary(code).label)
    except ValueError:
        return code


# Short assessment labels for the heads of charts; tables carry the full labels.
SHORT_ASSESSMENT_LABELS = {
    Assessment.PHASE_OUT: pgettext_lazy("short assessment", "Phase-out"),
    Assessment.TRANSFER: pgettext_lazy("short assessment", "Transfer"),
    Assessment.OPTIMISE: pgettext_lazy("short assessment", "Optimise"),
    Assessment.KEEP: pgettext_lazy("short assessment", "Keep"),
    Assessment.STRENGTHEN: pgettext_lazy("short assessment", "Strengthen"),
    Assessment.INTRODUCE: pgettext_lazy("short assessment", "New"),
}
