"""The uploaded workbook before its rows are validated: the upload form, the archive's
safety checks, the reading of the processes sheet, and where the file waits between the
preview and the apply.

The checks run before openpyxl reads a byte of the file: a zip, no macros (VBA, Excel 4
macro sheets, ActiveX), a capped number of members and uncompressed size, no member
packed like a zip bomb, and no XML with a DTD — an xlsx never needs one, and DTDs are
what XML bombs (entity expansion, external entities) are made of; defusedxml refuses
them. (openpyxl itself parses through defusedxml too, as it finds it installed.) The
sheet is then read in read-only mode, at most `MAX_ROWS` rows, its header matched to the
columns of the export (Dutch or English headers).

Between the preview and the apply the rows read from the file wait in a private
temporary directory, as JSON, under an unguessable token kept in the user's session with
the plan, the data's hash and the preview's fingerprint (`UploadStore`). The user need
not upload the file twice, the session stays small however big the file, no other
session or plan can reach the rows, the file is not parsed a second time, and the apply
validates the very rows that were previewed, against the plan as it is then.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import secrets
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse as defused_iterparse
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from exchange import columns as sheet_columns
from exchange.columns import LISTS_SHEET, PROCESSES_SHEET, SUMMARY_SHEET, Column
from kerntaken.errors import MESSAGES
from kerntaken.uploads import WorkbookField
from plans.models import Plan

MAX_ROWS = getattr(settings, "IMPORT_MAX_ROWS", 5_000)
MAX_UNCOMPRESSED = getattr(settings, "IMPORT_MAX_UNCOMPRESSED", 50 * 1024 * 1024)
MAX_MEMBERS = 500
MAX_RATIO = 100  # a member of over 1 MB compressed better than this is a zip bomb
# Zip members and content types that carry code: VBA projects, Excel 4 macro sheets, ActiveX.
_MACRO_MARKERS = ("vbaproject", "macrosheet", "activex", "macroenabled", "vbadata")


# ---- the upload -------------------------------------------------------------------


class ProcessImportForm(forms.Form):
    file = WorkbookField(
        label=gettext_lazy("Excel workbook (.xlsx)"),
        help_text=gettext_lazy(
            "The template of this plan or an export of it, filled in. At most %(size)s."
        ),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = self.fields["file"].help_text % {
            "size": filesizeformat(settings.MAX_UPLOAD_SIZE)
        }

    def clean_file(self):
        # Size and type by content are the field's; the name is checked on top,
        # as a workbook with macros (.xlsm) must not pass for one without.
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() != ".xlsx":
            raise ValidationError(
                _("Only Excel workbooks (.xlsx) can be imported; “%(name)s” is not one.")
                % {"name": upload.name}
            )
        return upload


# ---- the archive ------------------------------------------------------------------


def inspect_archive(source: str | Path | IO[bytes]) -> str | None:
    """Why this file may not be opened as a workbook, or None when it may."""
    not_a_workbook = str(MESSAGES["not_xlsx"])
    try:
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
            names = {info.filename for info in members}
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                return not_a_workbook
            if len(members) > MAX_MEMBERS:
                return _("The workbook holds too many parts to be read safely.")
            if sum(info.file_size for info in members) > MAX_UNCOMPRESSED:
                return _(
                    "The workbook unpacks to more than %(limit)s; it cannot be read safely."
                ) % {"limit": filesizeformat(MAX_UNCOMPRESSED)}
            for info in members:
                if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1
                ):
                    return _("The workbook is packed suspiciously tightly (a zip bomb?).")
            content_types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
            if any(m in content_types.lower() for m in _MACRO_MARKERS) or any(
                m in name.lower() for name in names for m in _MACRO_MARKERS
            ):
                return _(
                    "Workbooks with macros or active content cannot be imported. Save it as "
                    "an ordinary Excel workbook (.xlsx) without macros."
                )
            for info in members:
                if info.filename.endswith((".xml", ".rels", ".vml")) and _has_dtd(archive, info):
                    return _(
                        "The workbook contains XML that is not allowed (a DTD or entities); "
                        "it may be an attack and was not read."
                    )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        return not_a_workbook
    return None


def _has_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether the member declares a DTD. A DTD can only stand before the root element, so
    parsing stops at the root's start: cheap, whatever the size of the member."""
    try:
        with archive.open(info) as stream:
            for _event, _element in defused_iterparse(stream, events=("start",), forbid_dtd=True):
                return False
    except DefusedXmlException:
        return True
    except Exception:  # malformed XML is reported when openpyxl reads it
        return False
    return False


# ---- the file between preview and apply -----------------------------------------


SESSION_KEY = "excel_imports"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")
MAX_AGE = 3600  # seconds a previewed upload waits for its apply


class UploadStore:
    """Read uploads waiting for their apply, in a directory only this application reads."""

    def __init__(self, session) -> None:
        self.session = session
        self.directory = Path(
            getattr(settings, "IMPORT_TEMP_DIR", Path(tempfile.gettempdir()) / "kerntaken-imports")
        )

    def save(self, plan: Plan, sheet: SheetRows, fingerprint: str) -> str:
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._sweep()
        token = secrets.token_urlsafe(32)
        data = sheet.to_json().encode()
        (self.directory / f"{token}.json").write_bytes(data)
        entries = self.session.get(SESSION_KEY, {})
        # One waiting upload per plan and session: a new upload replaces the previous one.
        for old, entry in list(entries.items()):
            if entry["plan"] == plan.pk:
                self._remove(old, entries)
        entries[token] = {
            "plan": plan.pk,
            "sha256": hashlib.sha256(data).hexdigest(),
            "fingerprint": fingerprint,
            "at": time.time(),
        }
        self.session[SESSION_KEY] = entries
        return token

    def load(self, plan: Plan, token: str) -> tuple[SheetRows, str] | None:
        """The stored rows and their preview's fingerprint, if `token` is for `plan` here."""
        entry = self.session.get(SESSION_KEY, {}).get(token) if _TOKEN.match(token or "") else None
        if entry is None or entry["plan"] != plan.pk or time.time() - entry["at"] > MAX_AGE:
            return None
        path = self.directory / f"{token}.json"
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            return None
        return SheetRows.from_json(data.decode()), entry["fingerprint"]

    def update(self, token: str, fingerprint: str) -> None:
        """The stored rows now stand for another preview (the plan changed meanwhile)."""
        entries = self.session.get(SESSION_KEY, {})
        if token in entries:
            entries[token] |= {"fingerprint": fingerprint, "at": time.time()}
            self.session[SESSION_KEY] = entries

    def discard(self, token: str) -> None:
        entries = self.session.get(SESSION_KEY, {})
        self._remove(token, entries)
        self.session[SESSION_KEY] = entries

    def _remove(self, token: str, entries: dict) -> None:
        entries.pop(token, None)
        if _TOKEN.match(token):
            (self.directory / f"{token}.json").unlink(missing_ok=True)

    def _sweep(self) -> None:
        """Forget uploads whose apply never came (closed tab, expired session)."""
        limit = time.time() - MAX_AGE
        for path in self.directory.glob("*.json"):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink(missing_ok=True)
            except OSError:
                continue


# ---- the processes sheet ------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """What is wrong, where: `row` is the spreadsheet's row number, None for the file."""

    message: str
    row: int | None = None
    column: str = ""


@dataclass
class SheetRows:
    """What the processes sheet holds: problems with the file itself, or its rows."""

    problems: list[Problem]
    columns: dict[str, int]  # field key -> 0-based column index
    rows: list[tuple[int, tuple]]  # (the row's number in the sheet, its cell values)

    def to_json(self) -> str:
        return json.dumps({"columns": self.columns, "rows": self.rows})

    @classmethod
    def from_json(cls, text: str) -> SheetRows:
        data = json.loads(text)
        return cls([], data["columns"], [(number, tuple(row)) for number, row in data["rows"]])


def read_upload(source: str | Path | IO[bytes]) -> SheetRows:
    """The processes sheet of an uploaded file, after the archive has passed its checks."""
    refusal = inspect_archive(source)
    if refusal is not None:
        return SheetRows([Problem(refusal)], {}, [])
    if hasattr(source, "seek"):
        source.seek(0)
    return read_sheet(source)


def normal(text: object) -> str:
    """A text as headers and labels are compared: trimmed, single-spaced, any case."""
    return " ".join(str(text).split()).casefold()


def _header_lookup() -> dict[str, Column]:
    """Every accepted header (Dutch, English or the field's own name) → its column."""
    lookup: dict[str, Column] = {}
    shown = sheet_columns.columns()
    for language in (settings.LANGUAGE_CODE, "en"):
        with override(language):
            for column in shown:
                lookup[normal(column.header)] = column
    for column in shown:
        lookup.setdefault(normal(column.key), column)
    return lookup


def _sheet_names() -> set[str]:
    names = set()
    for language in (settings.LANGUAGE_CODE, "en"):
        with override(language):
            names.add(normal(PROCESSES_SHEET))
    return names


def where(columns: dict[str, int], key: str) -> str:
    """The column of field `key` as the user sees it: its letter and header, "D (Titel)"."""
    return f"{get_column_letter(columns[key] + 1)} ({sheet_columns.column_by_key()[key].header})"


def read_sheet(source: str | Path | IO[bytes]) -> SheetRows:
    """The header and the non-empty rows of the processes sheet."""
    # The archive passed `inspect_archive`; whatever openpyxl still trips over is damage.
    damaged = SheetRows([Problem(_("The workbook could not be read; is it damaged?"))], {}, [])
    try:
        workbook = load_workbook(source, read_only=True, data_only=True, keep_links=False)
    except Exception:  # an unreadable file is a message, not a 500
        return damaged
    try:
        return _read_processes(workbook)
    except Exception:  # an unreadable file is a message, not a 500
        return damaged
    finally:
        workbook.close()


def read_csv(path: str | Path) -> SheetRows:
    """The rows of a CSV file in the columns of the processes sheet (UTF-8, a header row).

    What the application's own data files use (the demo round): the same headers, values
    and validation as the workbook, without a workbook to build.
    """
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        problems, columns = _read_header(tuple(next(reader, ())))
        if problems:
            return SheetRows(problems, columns, [])
        rows = [
            (number, tuple(cell or None for cell in row))
            for number, row in enumerate(reader, start=2)
            if any(cell.strip() for cell in row)
        ]
    if not rows:
        problems.append(Problem(_("The file contains no core processes.")))
    return SheetRows(problems, columns, rows)


def _read_processes(workbook) -> SheetRows:
    wanted = _sheet_names()
    sheet = next((ws for ws in workbook.worksheets if normal(ws.title) in wanted), None)
    if sheet is None:
        skip = set()
        for language in (settings.LANGUAGE_CODE, "en"):
            with override(language):
                skip |= {normal(SUMMARY_SHEET), normal(LISTS_SHEET)}
        candidates = [ws for ws in workbook.worksheets if normal(ws.title) not in skip]
        if len(candidates) != 1:
            return SheetRows(
                [Problem(_("The workbook has no sheet “%(name)s”.") % {"name": PROCESSES_SHEET})],
                {},
                [],
            )
        sheet = candidates[0]
    sheet.reset_dimensions()  # never trust the size the file declares
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None) or ()
    problems, columns = _read_header(header)
    if problems:
        return SheetRows(problems, columns, [])
    data: list[tuple[int, tuple]] = []
    for number, row in enumerate(rows, start=2):
        if all(value is None or (isinstance(value, str) and not value.strip()) for value in row):
            continue
        if len(data) == MAX_ROWS:
            return SheetRows(
                [
                    Problem(
                        _("The file has more than %(max)s rows of processes.") % {"max": MAX_ROWS}
                    )
                ],
                columns,
                [],
            )
        data.append((number, tuple(_plain(value) for value in row)))
    if not data:
        problems.append(Problem(_("The file contains no core processes.")))
    return SheetRows(problems, columns, data)


def _plain(value: object) -> object:
    """A cell's value as JSON keeps it: dates and times as ISO text, as the import reads them."""
    if value is None or isinstance(value, str | int | float):
        return value
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _read_header(header: tuple) -> tuple[list[Problem], dict[str, int]]:
    lookup = _header_lookup()
    problems: list[Problem] = []
    columns: dict[str, int] = {}
    for index, value in enumerate(header):
        if value is None or not str(value).strip():
            continue
        column = lookup.get(normal(value))
        letter = get_column_letter(index + 1)
        if column is None:
            problems.append(
                Problem(
                    _("Unknown column header “%(header)s”.") % {"header": str(value).strip()},
                    row=1,
                    column=letter,
                )
            )
        elif column.key in columns:
            problems.append(
                Problem(
                    _("The column “%(header)s” appears twice.") % {"header": column.header},
                    row=1,
                    column=letter,
                )
            )
        else:
            columns[column.key] = index
    for column in sheet_columns.columns():
        if column.importable and column.key not in columns:
            problems.append(
                Problem(_("The column “%(header)s” is missing.") % {"header": column.header}, row=1)
            )
    return problems, columns
