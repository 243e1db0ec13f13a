"""How every workbook the application writes reads, on screen and on paper (issue 14).

Text wraps at the top of its cell in columns of sensible widths; a header row is as high
as its highest wrapped header (write-only sheets cannot measure a row afterwards, so the
height is estimated when the row is written); A4 landscape with the header row on every
page, the title and the page numbers in the header and footer, and a scale that stays
readable: wide sheets are split over pages rather than shrunk.

The styles are named styles made once per workbook and shared by every cell that wears
them, so the rows still stream in one pass at the speed of a bare openpyxl loop
(bench/bench_excel.py).
"""

from __future__ import annotations

import math

from django.utils.translation import pgettext
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter

PAPER_A4 = 9  # the paperSize code of A4 in SpreadsheetML
PRINT_SCALE = 70  # per cent: 11-point text prints at about 8 points, still readable
LINE_HEIGHT = 15.0  # points: one line of the default 11-point font, as Excel spaces it
MAX_ROW_HEIGHT = 409.0  # points: the highest row Excel can show
HEADER_TEXT_MAX = 100  # characters of the title in the page header (Excel allows 255 in all)

TOP = Alignment(vertical="top")
WRAP = Alignment(vertical="top", wrap_text=True)
# The workbook's own font (Calibri 11), named: a font without name and size would be drawn
# in the spreadsheet program's default font, wider than the widths were chosen for.
BODY_FONT = Font(name="Calibri", size=11)
HEADER_FONT = Font(name="Calibri", size=11, bold=True)
TITLE_FONT = Font(name="Calibri", size=14, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="FFE615")
READ_ONLY_FILL = PatternFill("solid", fgColor="E7E7E7")

# The names of the shared styles (a spreadsheet lists them among its cell styles).
TEXT = "Kerntaken tekst"
HEADER = "Kerntaken kop"
READ_ONLY_HEADER = "Kerntaken kop (niet ingelezen)"
LABEL = "Kerntaken label"


def add_styles(workbook, number_formats=()) -> dict[str, str]:
    """Register the shared styles in `workbook`; {number format: style name} for numbers.

    A number or date wears the style of its format (top-aligned like the text beside it).
    """
    for style in (
        NamedStyle(TEXT, font=BODY_FONT, alignment=WRAP),
        NamedStyle(HEADER, font=HEADER_FONT, fill=HEADER_FILL, alignment=WRAP),
        NamedStyle(READ_ONLY_HEADER, font=HEADER_FONT, fill=READ_ONLY_FILL, alignment=WRAP),
        NamedStyle(LABEL, font=HEADER_FONT, alignment=WRAP),
    ):
        workbook.add_named_style(style)
    by_format = {}
    for number, number_format in enumerate(dict.fromkeys(number_formats), start=1):
        name = f"Kerntaken getal {number}"
        style = NamedStyle(name, font=BODY_FONT, number_format=number_format, alignment=TOP)
        workbook.add_named_style(style)
        by_format[number_format] = name
    return by_format


def styled(sheet, value, style: str) -> WriteOnlyCell:
    """A write-only cell holding `value` (or the safe cell given), wearing the named `style`."""
    if not isinstance(value, Cell):
        cell = WriteOnlyCell(sheet, value=value)
        cell.style = style
        return cell
    quoted = value.quotePrefix  # a text that reads as a formula keeps its quote
    value.style = style
    value.quotePrefix = quoted
    return value


def chars_per_line(width: float, *, font_size: float = 11) -> int:
    """How many characters a line of a column `width` units wide holds (a safe estimate).

    Measured in LibreOffice with Carlito (Calibri's metrics): 11-point text fits about 1.1
    characters per unit of width, wrapping included; one per unit leaves a margin.
    """
    return max(int(width * 11 / font_size) - 1, 1)


def estimated_lines(text: str, per_line: int) -> int:
    """The lines a long text wraps over, from its length alone (cheap enough for every row)."""
    return len(text) // per_line + 1 + text.count("\n")


def line_count(text: str, width: float, *, font_size: float = 11) -> int:
    """The lines `text` takes when wrapped word by word in a column `width` units wide."""
    per_line = chars_per_line(width, font_size=font_size)
    lines = 0
    for paragraph in str(text).split("\n"):
        lines += 1
        used = 0
        for word in paragraph.split():
            needed = len(word) if used == 0 else used + 1 + len(word)
            if used and needed > per_line:
                lines += 1
                needed = len(word)
            # A word longer than the line is broken over as many lines as it needs.
            broken = max(math.ceil(needed / per_line) - 1, 0)
            lines += broken
            used = needed - per_line * broken
    return lines


def lines_height(lines: int, *, font_size: float = 11) -> float:
    """The height in points of a row of `lines` lines, within Excel's largest row height."""
    return min(round(lines * LINE_HEIGHT * font_size / 11 + 3, 1), MAX_ROW_HEIGHT)


def row_height(texts_and_widths, *, font_size: float = 11) -> float:
    """The height in points of a row whose cells wrap these (text, width) pairs."""
    lines = max(
        (line_count(text, width, font_size=font_size) for text, width in texts_and_widths),
        default=1,
    )
    return lines_height(max(lines, 1), font_size=font_size)


def append_row(sheet, number: int, cells: list, height: float | None) -> None:
    """Append row `number` (from 1) of a write-only sheet, `height` points high if given.

    The height is set just before the row is written and dropped just after, so that a
    long sheet keeps no row dimensions in memory.
    """
    if height is None:
        sheet.append(cells)
        return
    sheet.row_dimensions[number].height = height
    sheet.append(cells)
    del sheet.row_dimensions[number]


def set_widths(sheet, widths) -> None:
    """Column widths: before the first row of a write-only sheet."""
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width


def append_header(sheet, row: int, cells: list, widths) -> None:
    """Append a row of wrapped headers as high as its highest header (row counts from 1)."""
    texts = [(cell.value if isinstance(cell, Cell) else cell) or "" for cell in cells]
    append_row(sheet, row, cells, row_height(zip(texts, widths, strict=False)))


def set_up_print(sheet, *, title: str, header_rows: str | None = "1:1", fit: bool = False):
    """A4 landscape, the header row on every page, the title and page numbers on each page.

    A wide sheet prints at a fixed, readable scale, its columns split over pages (left to
    right, then down); a narrow one (`fit`) is fitted to the page width.
    """
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = PAPER_A4
    if fit:
        setup.fitToWidth, setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        setup.scale = PRINT_SCALE
        setup.pageOrder = "overThenDown"
    if header_rows:
        sheet.print_title_rows = header_rows
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    sheet.page_margins.header = sheet.page_margins.footer = 0.3
    sheet.oddHeader.left.text = _header_text(title)
    sheet.oddHeader.right.text = "&A"  # the sheet's name
    sheet.oddFooter.center.text = _page_numbers()


def _header_text(title: str) -> str:
    if len(title) > HEADER_TEXT_MAX:
        title = title[: HEADER_TEXT_MAX - 1].rstrip() + "…"
    return title.replace("&", "&&")


def _page_numbers() -> str:
    # &P and &N are the page number and the number of pages.
    return pgettext("excel page footer", "Page &P of &N")
