"""Counts of core processes per policy domain or axis × assessment, with totals.

The one table behind the round overview (reviews), the insight figures and the Excel
summary sheet (exchange). It is fed by a grouped query (`assessment_counts`) or, where
the processes stream past anyway (the Excel export reads them in one query), by a
`Counter` filled on the way; either way the same `count_table` lays it out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from django.db.models import Count, QuerySet

from processes.models import Assessment

NOT_ASSESSED = ""  # the column of processes without a (known) assessment


@dataclass
class CountRow:
    key: Hashable
    label: str
    counts: list[int]  # one per column
    total: int = 0  # every process of the row, also those outside the columns


@dataclass
class CountTable:
    columns: list[str]  # assessment codes in the vocabulary's order, maybe NOT_ASSESSED
    rows: list[CountRow]

    @property
    def totals(self) -> list[int]:
        """The column totals."""
        return [sum(row.counts[i] for row in self.rows) for i in range(len(self.columns))]

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)


def assessment_counts(
    processes: QuerySet, by: str, assessment: str = "assessment"
) -> Counter[tuple[Hashable, str]]:
    """{(value of `by`, assessment): number of processes}, in one grouped query."""
    grouped = (
        processes.order_by()
        .values(by, assessment)
        .annotate(n=Count("pk"))
        .values_list(by, assessment, "n")
    )
    return Counter({(key, code): n for key, code, n in grouped})


def assessment_columns(
    counts: Mapping[tuple[Hashable, str | None], int], *, not_assessed: bool | None = None
) -> list[str]:
    """The six assessments in order, then NOT_ASSESSED: always when `not_assessed` is
    True, never when False, and when None only if some process has no known assessment."""
    columns = list(Assessment.values)
    if not_assessed is None:
        not_assessed = any(code not in Assessment.values for _key, code in counts)
    return [*columns, NOT_ASSESSED] if not_assessed else columns


def count_table(
    counts: Mapping[tuple[Hashable, str | None], int],
    rows: Iterable[tuple[Hashable, str]],
    columns: Sequence[str],
) -> CountTable:
    """Lay `counts` out as a table: one row per (key, label) of `rows`, in their order,
    one column per code of `columns`. A process without a known assessment counts in the
    NOT_ASSESSED column if there is one, and in its row's total always."""
    index = {code: i for i, code in enumerate(columns)}
    rest = index.get(NOT_ASSESSED)
    table = {key: CountRow(key, label, [0] * len(columns)) for key, label in rows}
    for (key, code), n in counts.items():
        row = table.get(key)
        if row is None:
            continue
        row.total += n
        column = index.get(code or NOT_ASSESSED, rest)
        if column is not None:
            row.counts[column] += n
    return CountTable(list(columns), list(table.values()))
