"""Reads behind the insight pages: overview figures and their charts.

The figures are aggregated in the database (two grouped queries, whatever the number of
processes); the charts are plain geometry for server-rendered SVG, so the page needs no
script and the CSP stays strict. The comparison of versions lives in `plans.versions`.
"""

from __future__ import annotations

import math
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, QuerySet, Sum
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from processes.fields import SHORT_ASSESSMENT_LABELS
from processes.models import Assessment, Axis, CoreProcess
from processes.selectors import (
    CountRow,
    CountTable,
    assessment_columns,
    assessment_counts,
    count_table,
)

# ---- overview figures -----------------------------------------------------------------

SUBMITTED = "submitted"
FINAL = "final"
BASIS_FIELDS = {SUBMITTED: "assessment", FINAL: "final_assessment"}

AFFECTED = (Assessment.PHASE_OUT, Assessment.TRANSFER)


@dataclass
class Column:
    code: str
    label: str
    short: str


@dataclass
class AffectedRow:
    label: str
    fte: dict[str, Decimal] = field(default_factory=dict)
    budget: dict[str, Decimal] = field(default_factory=dict)
    count: dict[str, int] = field(default_factory=dict)

    @property
    def fte_total(self) -> Decimal:
        return sum(self.fte.values(), Decimal(0))

    @property
    def budget_total(self) -> Decimal:
        return sum(self.budget.values(), Decimal(0))

    @property
    def cells(self) -> list[tuple[int, Decimal, Decimal]]:
        """(number of processes, FTE, budget) per affected assessment, in column order."""
        return [
            (self.count.get(a, 0), self.fte.get(a, Decimal(0)), self.budget.get(a, Decimal(0)))
            for a in AFFECTED
        ]

    @property
    def is_affected(self) -> bool:
        return any(self.count.values())


@dataclass
class Figures:
    basis: str
    columns: list[Column]
    domains: CountTable
    axes: CountTable
    affected: list[AffectedRow]

    @property
    def by_domain(self) -> list[CountRow]:
        return self.domains.rows

    @property
    def by_axis(self) -> list[CountRow]:
        return self.axes.rows

    @property
    def total(self) -> int:
        return self.domains.total

    @property
    def domain_totals(self) -> list[int]:
        return self.domains.totals

    @property
    def axis_totals(self) -> list[int]:
        return self.axes.totals

    @property
    def affected_total(self) -> AffectedRow:
        total = AffectedRow(label=str(pgettext_lazy("figures", "Total")))
        for row in self.affected:
            for a in AFFECTED:
                total.count[a] = total.count.get(a, 0) + row.count.get(a, 0)
                total.fte[a] = total.fte.get(a, Decimal(0)) + row.fte.get(a, Decimal(0))
                total.budget[a] = total.budget.get(a, Decimal(0)) + row.budget.get(a, Decimal(0))
        return total

    @property
    def affected_columns(self) -> list[Column]:
        return [c for c in self.columns if c.code in AFFECTED]


def overview_figures(processes: QuerySet[CoreProcess], *, basis: str) -> Figures:
    """Counts per assessment × domain and × axis, FTE and budget of phase-out and transfer.

    Two queries: one grouped by domain and assessment (counts and sums together), one by
    axis and assessment. A process without the chosen assessment (not assessed yet, or not
    validated yet) is counted in a column of its own, so the totals add up.
    """
    field_name = BASIS_FIELDS[basis]
    by_domain = list(
        processes.order_by()
        .values("plan__domain_id", "plan__domain__name", "plan__domain__position", field_name)
        .annotate(n=Count("pk"), fte=Sum("fte"), budget=Sum("budget"))
    )
    by_axis = assessment_counts(processes, "axis", field_name)

    counts: Counter = Counter()
    names: dict[int, tuple] = {}
    affected: dict[int, AffectedRow] = {}
    for row in by_domain:
        pk, name, code = row["plan__domain_id"], row["plan__domain__name"], row[field_name]
        names[pk] = (row["plan__domain__position"], name)
        counts[pk, code] += row["n"]
        money = affected.setdefault(pk, AffectedRow(name))
        if code in AFFECTED:
            money.count[code] = row["n"]
            money.fte[code] = row["fte"] or Decimal(0)
            money.budget[code] = row["budget"] or Decimal(0)

    codes = assessment_columns(counts)  # a column of its own for the not yet assessed
    ordered = sorted(names, key=names.__getitem__)
    axes = [(axis, str(label)) for axis, label in Axis.choices] if names else []
    return Figures(
        basis=basis,
        columns=[_column(code, basis) for code in codes],
        domains=count_table(counts, [(pk, names[pk][1]) for pk in ordered], codes),
        axes=count_table(by_axis, axes, codes),
        affected=[affected[pk] for pk in ordered],
    )


def _column(code: str, basis: str) -> Column:
    if code:
        return Column(code, str(Assessment(code).label), str(SHORT_ASSESSMENT_LABELS[code]))
    if basis == FINAL:
        short = pgettext_lazy("short assessment", "Not validated")
        return Column(code, str(_("Not validated yet")), str(short))
    return Column(code, str(_("Not assessed yet")), str(pgettext_lazy("short assessment", "None")))


# ---- charts: geometry for server-rendered SVG ------------------------------------------

LABEL_WIDTH = 310
CELL_WIDTH = 100
ROW_HEIGHT = 46
HEAD_HEIGHT = 44
MAX_RADIUS = 18
BAR_WIDTH = 480
BAR_HEIGHT = 16


def _lines(label: str, width: int = 34) -> list[str]:
    """A long label on at most two lines (the table beside the chart has it whole)."""
    lines = textwrap.wrap(label, width) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width, placeholder=" …")]
    return lines


def bubble_chart(rows: list[CountRow], columns: list[Column]) -> dict:
    """A grid of circles: one row per domain (or axis), one column per assessment.

    A circle's area follows the count and the count is written beside it, so neither
    colour nor size is the only signal.
    """
    largest = max((n for row in rows for n in row.counts), default=0) or 1
    heads = [
        {"x": LABEL_WIDTH + i * CELL_WIDTH + CELL_WIDTH // 2, "text": c.short}
        for i, c in enumerate(columns)
    ]
    out_rows = []
    for j, row in enumerate(rows):
        top = HEAD_HEIGHT + j * ROW_HEIGHT
        middle = top + ROW_HEIGHT // 2
        cells = []
        for i, count in enumerate(row.counts):
            cx = LABEL_WIDTH + i * CELL_WIDTH + 30
            radius = round(MAX_RADIUS * math.sqrt(count / largest)) if count else 0
            cells.append(
                {"cx": cx, "cy": middle, "r": max(radius, 3) if count else 0, "count": count}
            )
        lines = _lines(row.label)
        first = middle + 5 - (len(lines) - 1) * 8
        out_rows.append(
            {
                "lines": [(first + k * 16, text) for k, text in enumerate(lines)],
                "line_y": top + ROW_HEIGHT,
                "cells": cells,
            }
        )
    return {
        "width": LABEL_WIDTH + CELL_WIDTH * len(columns) + 10,
        "height": HEAD_HEIGHT + ROW_HEIGHT * len(rows) + 8,
        "label_x": LABEL_WIDTH - 14,
        "head_y": HEAD_HEIGHT - 16,
        "heads": heads,
        "rows": out_rows,
    }


def affected_chart(rows: list[AffectedRow], columns: list[Column], measure: str) -> dict:
    """Horizontal bars per domain: one for phase-out, one for transfer, each labelled with
    its kind and value in text (the bars also differ in fill pattern, not only in colour).

    `measure` is "fte" or "budget".
    """
    rows = [row for row in rows if row.is_affected]
    values = [getattr(row, measure) for row in rows]
    largest = max((v for value in values for v in value.values()), default=Decimal(0))
    group = 2 * BAR_HEIGHT + 22
    out_rows = []
    for j, (row, value) in enumerate(zip(rows, values, strict=True)):
        top = 40 + j * group
        bars = []
        for k, column in enumerate(columns):
            amount = value.get(column.code, Decimal(0))
            width = int(BAR_WIDTH * amount / largest) if largest else 0
            y = top + k * (BAR_HEIGHT + 2)
            bars.append(
                {
                    "kind": column.code,
                    "label": column.short,
                    "y": y,
                    "width": width,
                    "text_x": LABEL_WIDTH + width + 8,
                    "text_y": y + BAR_HEIGHT - 3,
                    "value": amount,
                }
            )
        lines = _lines(row.label)
        middle = top + BAR_HEIGHT + 6
        first = middle - (len(lines) - 1) * 8
        out_rows.append(
            {
                "lines": [(first + k * 16, text) for k, text in enumerate(lines)],
                "bars": bars,
                "line_y": top + group - 6,
            }
        )
    return {
        "width": LABEL_WIDTH + BAR_WIDTH + 190,
        "height": 40 + group * len(rows) + 4,
        "label_x": LABEL_WIDTH - 14,
        "bar_x": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
        "rows": out_rows,
        "legend": [
            {"kind": c.code, "label": c.short, "x": LABEL_WIDTH + i * 170}
            for i, c in enumerate(columns)
        ],
    }
