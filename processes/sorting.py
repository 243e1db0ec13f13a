"""The one sorting base of the lists of processes (the plan page and the search): what each
sort key orders by, the column heads that sort, and the labels each row prints.

A vocabulary (axis, assessment, a plan's state) sorts in its own order, the order of the
spec and of the filters, never alphabetically by code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db.models import Case, F, IntegerField, Value, When
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from plans.models import Plan
from processes.fields import labels
from processes.models import Assessment, Axis, CoreProcess

EMPTY = "—"


def in_order(field: str, values: Sequence[str]) -> Case:
    """Order by the position of the value in its vocabulary, not alphabetically by code."""
    return Case(
        *(When(**{field: value}, then=Value(i)) for i, value in enumerate(values)),
        default=Value(len(values)),
        output_field=IntegerField(),
    )


@dataclass(frozen=True)
class Sort:
    label: object  # a lazy translatable text
    fields: tuple  # the expressions it orders by
    numeric: bool = False


# Every sort key a list of processes may offer (each list picks its own).
SORTS: dict[str, Sort] = {
    "position": Sort(capfirst(_("order")), (F("position"),)),
    "round": Sort(capfirst(_("round")), (F("plan__round__start_date"),)),
    "domain": Sort(_("Policy domain"), (F("plan__domain__position"), F("plan__domain__name"))),
    "entity": Sort(_("Entity"), (F("entity__acronym"),)),
    "code": Sort(_("Code"), (F("code"),)),
    "title": Sort(_("Title"), (F("title"),)),
    "axis": Sort(_("Axis"), (in_order("axis", Axis.values),)),
    "assessment": Sort(_("Assessment"), (in_order("assessment", Assessment.values),)),
    "final": Sort(_("Final assessment"), (in_order("final_assessment", Assessment.values),)),
    "state": Sort(_("State"), (in_order("plan__status", Plan.Status.values),)),
    "fte": Sort(pgettext_lazy("editor", "FTE"), (F("fte"),), numeric=True),
    "budget": Sort(pgettext_lazy("editor", "Budget (k€)"), (F("budget"),), numeric=True),
}


def order_by(sort: str, then: Iterable) -> list:
    """The ORDER BY of a sort key ('-' in front: descending), then the list's tie-breakers."""
    descending = sort.startswith("-")
    fields = SORTS[sort.removeprefix("-")].fields
    return [f.desc() if descending else f.asc() for f in fields] + list(then)


def headers(keys: Iterable[str], current: str) -> list[dict]:
    """The sortable column heads: the sort each link asks next and the aria-sort in force."""
    result = []
    for key in keys:
        ascending, descending = current == key, current == f"-{key}"
        result.append(
            {
                "key": key,
                "label": SORTS[key].label,
                "next": f"-{key}" if ascending else key,
                "aria_sort": "ascending" if ascending else "descending" if descending else "",
                "numeric": SORTS[key].numeric,
            }
        )
    return result


class RowLabels:
    """The vocabularies' labels, looked up once per page and not once per cell
    (`get_FOO_display` rebuilds its table of choices at every call)."""

    def __init__(self) -> None:
        self.axes = labels(Axis)
        self.assessments = labels(Assessment)
        self.states = labels(Plan.Status)

    def row(self, p: CoreProcess) -> dict:
        """What every list prints of a process, as plain strings."""
        return {
            "pk": p.pk,
            "code": p.code,
            "title": p.title,
            "axis": self.axes.get(p.axis, p.axis),
            "assessment": self.assessments.get(p.assessment, p.assessment) or EMPTY,
            "final": self.assessments.get(p.final_assessment, p.final_assessment) or EMPTY,
        }
