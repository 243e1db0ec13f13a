"""The demo round as data files, in demo/data/.

- `demo.json`: everything but the processes, one section per kind — `round` (with its
  milestones), `documents`, `ministers` (by portfolio, under a short key), `domains`
  (with their entities and competent ministers), `users`, `working_groups` (members,
  plans, meetings), `plans` (per domain code: the state its plan reaches and, under
  `after_consultation`, what its editor changes after the consultations), `lifecycle`
  (what is said at each step, the government decision, the dates of the real round) and
  `overlaps` (the near-duplicates planted in two domains, by process code).
  A later part of the demo adds a section or a key of its own; readers take what they
  know and leave the rest.
- `processes/CODE.csv`: the processes of domain CODE's plan, in the columns, headers and
  values of the Excel import template (exchange.exports.COLUMNS, in Dutch). `load_demo`
  loads them through the importer, so the model's rules check every row.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path

from exchange.import_files import SheetRows, read_csv

DATA_DIR = Path(__file__).resolve().parent / "data"


@functools.cache
def load() -> dict:
    """The contents of demo.json (read once; do not change what it returns)."""
    return json.loads((DATA_DIR / "demo.json").read_text(encoding="utf-8"))


def date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def processes_path(domain_code: str) -> Path:
    return DATA_DIR / "processes" / f"{domain_code}.csv"


def process_rows(domain_code: str) -> SheetRows:
    """The rows of the domain's processes file, read as the importer reads a workbook."""
    return read_csv(processes_path(domain_code))


def process_texts(domain_code: str) -> list[dict[str, str]]:
    """Title, description and motivation of the domain's processes, in file order."""
    sheet = process_rows(domain_code)
    keys = ("title", "description", "motivation")
    return [{key: row[sheet.columns[key]] or "" for key in keys} for _number, row in sheet.rows]
