"""Open data of a round: its approved processes as CSV and JSON (SPEC §12).

The columns are read from `processes.fields.FIELDS` (its public fields, in its order),
framed by the round, the domain and the government decision: one stable English name per
column, the CSV header and the JSON key alike, explained on the data-dictionary page.
Vocabularies go out as their codes (listed with their labels in the dictionary), dates as
ISO 8601, numbers with a dot.

Both files stream: the rows are read in chunks (`values_list(...).iterator()`) and
written out a block at a time, so memory stays flat however many processes a round has.
Their ETag and Last-Modified come from one aggregate query (count, last change, last
approval), never from the body: approved plans do not change, so a new approval or a
correction of a process is what makes a new version.

The published follow-up (SPEC §10) has its own columns and files beside these:
`publication/opendata_followup.py`, written by the same `write_csv` and `write_json`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import batched
from urllib.parse import quote

from django.db.models import Count, Max, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from kerntaken import permissions
from plans.models import Round
from processes import fields as process_fields
from processes.models import CoreProcess

# Bumped when the columns change meaning or order: the ETag changes with it.
FORMAT_VERSION = 1
CHUNK_ROWS = 2_000  # rows read from the database at a time, and written per block
STRING, CODE, NUMBER, INTEGER, DATE, URL = "string", "code", "number", "integer", "date", "url"
# What `reverse()` leaves unquoted in a path (RFC 3986 sub-delimiters and "/~:@").
PATH_SAFE = "!$&'()*+,;=/~:@"
# A code made only of these needs no quoting (most do not: a match is cheaper than quote()).
_plain = re.compile(r"[A-Za-z0-9_.~!$&'()*+,;=/:@-]*\Z").match

# What each public process field means, for the data dictionary (nl through the catalog).
DESCRIPTIONS: dict[str, Promise] = {
    "entity": _("Acronym of the entity (department or agency) responsible for the process."),
    "code": _("Code of the process, unique within the plan of its policy domain."),
    "title": _("Short name of the core process."),
    "description": _("What the process is and does."),
    "axis": _("The axis of the government's framework the process belongs to."),
    "assessment": _("The assessment the policy domain proposed in its plan."),
    "final_assessment": _(
        "The assessment after the review by the inter-cabinet working group, as approved "
        "by the government."
    ),
    "motivation": _("Why the process received its assessment."),
    "transfer_level": _("For a transfer to local government: the level it moves to."),
    "fte": _("Staff working on the process, in full-time equivalents."),
    "budget": _("Budget of the process, in thousands of euros."),
}


@dataclass(frozen=True)
class Column:
    name: str  # the CSV header and the JSON key: stable, English
    source: str  # the path `values_list` reads
    kind: str
    label: Promise | str
    description: Promise | str
    vocabulary: object = None  # a TextChoices class, for CODE columns


def _field_columns() -> list[Column]:
    found = []
    for field in process_fields.FIELDS:
        if not field.public:
            continue
        if field.kind == process_fields.ENTITY:
            found.append(Column("entity", "entity__acronym", STRING, field.label,
                                DESCRIPTIONS["entity"]))  # fmt: skip
            found.append(Column("entity_name", "entity__name", STRING, _("Entity name"),
                                _("Full name of the responsible entity.")))  # fmt: skip
            continue
        kind = {
            process_fields.CHOICE: CODE,
            process_fields.NUMBER: NUMBER,
            process_fields.DATE: DATE,
        }.get(field.kind, STRING)
        description = DESCRIPTIONS.get(field.name, field.label)
        found.append(Column(field.name, field.name, kind, field.label, description,
                            field.vocabulary))  # fmt: skip
    return found


def columns() -> list[Column]:
    """Every column of the open data, in order (read when called: FIELDS may change)."""
    return [
        Column("round", "plan__round__slug", STRING, _("Round"),
               _("Short name of the round, as in its web address.")),
        Column("domain", "plan__domain__code", STRING, _("Policy domain code"),
               _("Code of the policy domain, as in the web address of its plan.")),
        Column("domain_name", "plan__domain__name", STRING, _("Policy domain"),
               _("Name of the policy domain whose plan holds the process.")),
        *_field_columns(),
        Column("decision_date", "plan__government_decision__date", DATE, _("Decision date"),
               _("Date of the government decision that approved the plan.")),
        Column("decision_reference", "plan__government_decision__reference", STRING,
               _("Decision reference"), _("Reference number of that government decision.")),
        Column("url", "", URL, _("Web page"), _("Address of the process's public page.")),
    ]  # fmt: skip


def round_processes(round_: Round) -> QuerySet:
    """The approved processes of the round, in the order of the public pages."""
    return permissions.public_processes(CoreProcess.objects.filter(plan__round=round_)).order_by(
        "plan__domain__position", "plan__domain__name", "position", "code", "pk"
    )


def rows(
    processes: QuerySet,
    page_url: str,
    *,
    for_json: bool,
    framing: tuple[list[Column], str, str] | None = None,
) -> Iterator[list]:
    """The processes (`round_processes(round)`) as lists of plain values, in `columns()`
    order, streamed. `framing` (columns, domain code's source, process code's source)
    reads other rows the same way: the published follow-up's entries.

    `page_url` is the absolute address of a process page with `{domain}` and `{code}`
    left open: one address per row without one `reverse()` per row. Only the values that
    need it are converted (the csv module writes None empty and dates and decimals as ISO
    and with a dot by itself).
    """
    every, domain_source, code_source = framing or (columns(), "plan__domain__code", "code")
    cols = [column for column in every if column.kind != URL]
    sources = [column.source for column in cols]
    convert = [
        (index, function)
        for index, column in enumerate(cols)
        if (function := _converter(column, for_json=for_json)) is not None
    ]
    domain_at, code_at = sources.index(domain_source), sources.index(code_source)
    prefix, _, rest = page_url.partition("{domain}")
    middle, _, suffix = rest.partition("{code}")
    values = processes.values_list(*sources).iterator(chunk_size=CHUNK_ROWS)
    for row in values:
        out = list(row)
        for index, function in convert:
            out[index] = function(out[index])
        code = row[code_at]
        code = code if _plain(code) else quote(code, safe=PATH_SAFE)
        out.append(f"{prefix}{row[domain_at]}{middle}{code}{suffix}")
        yield out


def _converter(column: Column, *, for_json: bool) -> Callable | None:
    """What a value needs before it is written; None: nothing."""
    if not for_json:
        return None
    if column.kind == NUMBER:
        return lambda value: None if value is None else float(value)
    if column.kind == DATE:
        return lambda value: None if value is None else value.isoformat()
    if column.kind == CODE:
        return lambda value: value or None
    return None


# ---- the files ----------------------------------------------------------------------------


def csv_chunks(processes: QuerySet, page_url: str) -> Iterator[str]:
    """The processes as CSV (see `write_csv`)."""
    names = [column.name for column in columns()]
    return write_csv(names, rows(processes, page_url, for_json=False))


def json_chunks(processes: QuerySet, page_url: str, *, about: dict) -> Iterator[str]:
    """One JSON document: `about` (the round, licence, dictionary…) and `processes`."""
    names = [column.name for column in columns()]
    return write_json(about, "processes", names, rows(processes, page_url, for_json=True))


def write_csv(names: list[str], values: Iterable[list]) -> Iterator[str]:
    """RFC 4180: comma, CRLF, quotes where needed; the header row first. Written a block
    of rows at a time into one buffer, emptied after every block."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(names)
    for block in batched(values, CHUNK_ROWS, strict=False):
        writer.writerows(block)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():  # no rows: the header alone
        yield buffer.getvalue()


def write_json(about: dict, key: str, names: list[str], values: Iterable[list]) -> Iterator[str]:
    """One JSON document: the keys of `about`, then `key`: one object per row."""
    head = json.dumps(about, ensure_ascii=False)
    yield head[:-1] + (f', "{key}": [' if about else f'"{key}": [')
    encode = json.JSONEncoder(ensure_ascii=False).encode
    lines = (
        ("\n" if first else ",\n") + encode(dict(zip(names, row, strict=True)))
        for first, row in _first_flag(values)
    )
    yield from _blocks(lines)
    yield "\n]}\n"


def _first_flag(items: Iterable) -> Iterator[tuple[bool, object]]:
    first = True
    for item in items:
        yield first, item
        first = False


def _blocks(lines: Iterable[str]) -> Iterator[str]:
    """Lines gathered into blocks: a response of 50,000 tiny pieces is slow to send."""
    block: list[str] = []
    for line in lines:
        block.append(line)
        if len(block) == CHUNK_ROWS:
            yield "".join(block)
            block = []
    if block:
        yield "".join(block)


# ---- versions: ETag and Last-Modified -------------------------------------------------------


@dataclass(frozen=True)
class Freshness:
    count: int
    last_modified: dt.datetime | None

    def etag(self, round_: Round, kind: str) -> str:
        stamp = self.last_modified.timestamp() if self.last_modified else 0
        return f'"{kind}-v{FORMAT_VERSION}-{round_.pk}-{self.count}-{stamp:.6f}"'


def freshness(round_: Round) -> Freshness:
    """One aggregate query: how many approved processes, and when they last changed
    (a process saved, or a plan approved)."""
    found = (
        round_processes(round_)
        .order_by()
        .aggregate(count=Count("pk"), changed=Max("updated_at"), approved=Max("plan__approved_at"))
    )
    moments = [moment for moment in (found["changed"], found["approved"]) if moment]
    return Freshness(found["count"], max(moments) if moments else None)
