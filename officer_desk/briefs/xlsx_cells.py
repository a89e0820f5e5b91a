"""Cells and sheet names for openpyxl's write-only sheets, safe from user text.

Every text that reaches the workbook goes through :meth:`CellMaker.text` (or
:func:`excel_text` for places that are not cells, such as table column names), so:

- it never becomes a formula or an error value. openpyxl itself turns a str starting
  with ``=`` into a formula cell and ``"#N/A"`` into an error cell; prefixing an
  apostrophe would only store the apostrophe. A formula-like text (``=``, ``+``, ``-``,
  ``@``, tab, CR, an error literal; see :mod:`officer_desk.domain.spreadsheet_text`) is
  therefore written as a cell whose ``data_type`` is forced to ``"s"`` (an ``inlineStr``
  in the XML, read back by Excel, LibreOffice and openpyxl as text), styled with Excel's
  ``quotePrefix`` so editing the cell in Excel keeps it text too;
- characters XML forbids are removed (openpyxl would raise on them, lxml too);
- Excel's ``_xHHHH_`` escapes are neutralised: Excel decodes ``_x0041_`` in any string to
  "A", so a literal ``_x`` that starts such a sequence is written as ``_x005F_x`` (Excel
  shows the text as typed; openpyxl, which does not decode, reads the escaped form);
- a text over 32,767 UTF-16 units is cut with a visible marker (openpyxl would cut it
  silently, and count characters instead of UTF-16 units).
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Iterable, Iterator
from copy import copy
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font

from officer_desk.domain.spreadsheet_text import (
    EXCEL_CELL_LIMIT,
    TRUNCATION_MARKER,
    XML_FORBIDDEN,
    fit_cell,
    looks_like_formula,
    utf16_length,
)

#: A literal ``_x`` that Excel would read as the start of an ``_xHHHH_`` escape.
_ESCAPE_LIKE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")

#: Anything :meth:`CellMaker.text` may have to change or force: a formula-like or
#: blank-led start, a CR, an XML-forbidden character, an ``_xHHHH_`` escape.
_NEEDS_CARE = re.compile(
    r"^[=+\-@\t#\s]|\r|" + XML_FORBIDDEN.pattern + r"|_x[0-9A-Fa-f]{4}_")
#: Texts this short fit in a cell whatever they hold (each character is at most 2 units).
_SURELY_FITS = EXCEL_CELL_LIMIT // 2

#: Characters a sheet name may not hold; its limits.
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LIMIT = 31
_RESERVED_SHEET_NAMES = frozenset({"history"})

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
#: Amounts: thousands separated, cents only where there are any.
AMOUNT_FORMAT = "#,##0"
AMOUNT_FORMAT_CENTS = "#,##0.00"


def excel_text(text: str, marker: str = TRUNCATION_MARKER,
               limit: int = EXCEL_CELL_LIMIT) -> str:
    """``text`` as it may stand in a cell: no forbidden characters, line breaks as Excel
    writes them (``\n``; a bare CR would be read back as a line feed by any XML parser
    anyway), escapes neutralised, at most ``limit`` UTF-16 units (cut with ``marker``).
    Says nothing about formulas."""
    if XML_FORBIDDEN.search(text):
        text = XML_FORBIDDEN.sub("", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = fit_cell(text, limit, marker)
    if "_x" in text:
        text = _ESCAPE_LIKE.sub("_x005F_", text)
        if utf16_length(text) > limit:
            text = fit_cell(text, limit, marker)
    return text


class CellMaker:
    """Makes the cells of one write-only sheet (cells belong to their sheet).

    Plain values go to ``ws.append`` as they are (fastest); only formula-like texts,
    wrapped texts and styled cells become cells (``WriteOnlyCell``).
    """

    def __init__(self, ws: Any, marker: str = TRUNCATION_MARKER) -> None:
        self.ws = ws
        self.marker = marker
        # Style arrays made once and copied per cell: setting ``cell.alignment`` on every
        # cell would hash an Alignment each time.
        wrap = WriteOnlyCell(ws)
        wrap.alignment = Alignment(wrap_text=True, vertical="top")
        self._wrap = wrap._style
        quoted = WriteOnlyCell(ws)
        quoted.quotePrefix = True
        self._quoted = copy(quoted._style)
        quoted.alignment = Alignment(wrap_text=True, vertical="top")
        self._quoted_wrap = quoted._style

    def text(self, value: str, *, wrap: bool = False) -> str | Cell:
        """A user text, safe; a plain str when nothing needs forcing or styling."""
        if not wrap and len(value) <= _SURELY_FITS and _NEEDS_CARE.search(value) is None:
            return value  # the common case, decided by one scan in C
        value = excel_text(value, self.marker)
        formula_like = looks_like_formula(value)
        if not formula_like and not wrap:
            return value
        cell = WriteOnlyCell(self.ws)
        cell._value = value  # skips openpyxl's type guess: it is text, whatever it says
        cell.data_type = "s"
        if formula_like:
            cell._style = copy(self._quoted_wrap if wrap else self._quoted)
        else:
            cell._style = copy(self._wrap)
        return cell

    def styled(self, value: Any, *, bold: bool = False, size: float | None = None,
               color: str | None = None, number_format: str | None = None,
               wrap: bool = False) -> Cell:
        """A cell with a font or format (headings, figures); text goes through :meth:`text`."""
        made = self.text(value, wrap=wrap) if isinstance(value, str) else value
        cell = made if isinstance(made, Cell) else WriteOnlyCell(self.ws, value=made)
        if bold or size or color:
            cell.font = Font(bold=bold, size=size, color=color)
        if number_format:
            cell.number_format = number_format
        elif isinstance(value, dt.datetime):
            cell.number_format = DATETIME_FORMAT
        elif isinstance(value, dt.date):
            cell.number_format = DATE_FORMAT
        return cell


def cells_as_made(ws: Any) -> Any:
    """``ws`` (a write-only sheet) taking the cells :class:`CellMaker` made as they are.

    openpyxl's write-only ``append`` first tries ``cell.value = <the cell>`` for every
    value, which for a ready-made cell raises (and formats) a ``ValueError`` before the
    cell is used, then makes a new scratch cell: on a year's workbook (160,000 wrapped
    and amount cells) that is about a tenth of the workbook's time. This replaces the
    sheet's row conversion (``_values_to_row``, one instance only) by the same steps
    without that detour. With an openpyxl that has no such method the sheet is left as
    it is (the slower way writes the same cells).
    """
    if not callable(getattr(type(ws), "_values_to_row", None)):
        return ws
    ws._values_to_row = types.MethodType(_values_to_row, ws)
    return ws


def _values_to_row(ws: Any, values: Iterable[Any], row_idx: int) -> Iterator[Cell]:
    """openpyxl's ``WriteOnlyWorksheet._values_to_row`` (3.1), a ready-made cell taken
    as it is (this module makes no hyperlinks)."""
    cell = WriteOnlyCell(ws)
    for col_idx, value in enumerate(values, 1):
        if value is None:
            continue
        if value.__class__ is Cell:
            value.column = col_idx
            value.row = row_idx
            yield value
            continue
        cell.value = value
        cell.column = col_idx
        cell.row = row_idx
        yield cell
        if cell.has_style:  # the scratch cell was given a date format: a fresh one
            cell = WriteOnlyCell(ws)


class RowMaker:
    """Turns a typed row of a :class:`~officer_desk.briefs.content.Table` into what a
    write-only sheet's ``append`` takes, with as little Python per cell as possible.

    The row is copied and only the cells that need it are replaced:

    - text and id cells that :meth:`CellMaker.text` would change (one regex scan finds
      them); ids that are not str become text;
    - long texts in wrapped columns (a short one-line text stays a plain cell: wrapping
      it would change nothing on screen and cost a styled cell);
    - time-zone-aware date-times, made naive in ``zone`` (Excel cells have no zones);
    - anything in a date or number column that is not a date or a number: written as
      sanitised text rather than trusted.

    Dates and numbers otherwise pass as they are (openpyxl gives dates a date format).
    Use it only with the sheet's ``append``, one row at a time: wrapped cells are reused.
    """

    def __init__(self, cells: CellMaker, types: tuple[str, ...] | list[str],
                 wrapped: set[int], widths: list[int], zone: dt.tzinfo) -> None:
        self.cells, self.zone = cells, zone
        self.plain = [i for i, kind in enumerate(types)
                      if kind in ("text", "id") and i not in wrapped]
        self.wrapped = [(i, widths[i]) for i in sorted(wrapped)]
        # One wrapped cell per column, refilled row after row: ``append`` writes a row out
        # before it returns, so a cell is free again for the next row (and making a
        # styled cell per value is what costs).
        self.reused = {i: cells.text("", wrap=True) for i in wrapped}
        self.dates = [i for i, kind in enumerate(types) if kind == "date"]
        self.numbers = [i for i, kind in enumerate(types) if kind in ("int", "amount")]
        # amounts are numbers (they can be summed) shown with thousands separators: one
        # formatted cell per column and format, refilled row after row
        self.amounts = {i: (cells.styled(0, number_format=AMOUNT_FORMAT),
                            cells.styled(0.0, number_format=AMOUNT_FORMAT_CENTS))
                        for i, kind in enumerate(types) if kind == "amount"}

    def __call__(self, row: tuple[Any, ...]) -> list[Any]:
        out = list(row)
        care, text = _NEEDS_CARE.search, self.cells.text
        for i in self.plain:
            value = out[i]
            if value is not None and (value.__class__ is not str or len(value) > _SURELY_FITS
                                      or care(value) is not None):
                out[i] = text(str(value))
        for i, width in self.wrapped:
            value = out[i]
            if value is None:
                continue
            if value.__class__ is not str:
                value = str(value)
            if len(value) > (width if value.isascii() else width // 2) or "\n" in value:
                if care(value) is None and len(value) <= _SURELY_FITS:
                    cell = self.reused[i]
                    cell._value = value
                    out[i] = cell
                else:
                    out[i] = text(value, wrap=True)
            elif care(value) is not None:
                out[i] = text(value)
        for i in self.dates:
            value = out[i]
            if value is None or value.__class__ is dt.date:
                continue
            if isinstance(value, dt.datetime):
                if value.tzinfo is not None:
                    out[i] = value.astimezone(self.zone).replace(tzinfo=None)
            else:  # not a date after all: never let it through unsanitised
                out[i] = text(str(value))
        for i in self.numbers:
            value = out[i]
            if value is not None and value.__class__ not in (int, float):
                out[i] = text(str(value))
            elif value is not None and i in self.amounts:
                whole, cents = self.amounts[i]
                cell = cents if value.__class__ is float and not value.is_integer() else whole
                cell._value = value
                out[i] = cell
        return out


#: East Asian wide and full-width characters (Hangul, CJK, kana, full-width forms,
#: emoji): close enough to ``unicodedata.east_asian_width`` for column widths, in C.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
    "\uffe0-\uffe6\U0001f300-\U0001f64f\U0001f680-\U0001f6ff\U0001f900-\U0001f9ff\U00020000-\U0003fffd]")


def display_width(value: object) -> int:
    """Columns a value takes on screen: its longest line, East Asian wide characters
    counting two (only the first 120 characters of a line are measured)."""
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 19 if isinstance(value, dt.datetime) else 10
    text = str(value)
    widest = 0
    for line in text.split("\n") if "\n" in text else (text,):
        line = line[:120]
        width = len(line) if line.isascii() else len(line) + len(_WIDE.findall(line))
        widest = max(widest, width)
    return widest


class SheetNames:
    """Valid, unique sheet names: no ``[]:*?/\\``, at most 31 characters, not blank, not
    starting or ending with an apostrophe, not "History" (Excel reserves it), unique
    regardless of case."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def make(self, wanted: str) -> str:
        name = XML_FORBIDDEN.sub("", wanted)
        name = _SHEET_NAME_FORBIDDEN.sub(" ", name)
        name = " ".join(name.split()).strip("'").strip() or "Sheet"
        if name.casefold() in _RESERVED_SHEET_NAMES:
            name = f"{name} (1)"
        base = name[:SHEET_NAME_LIMIT].rstrip().rstrip("'") or "Sheet"
        name, number = base, 1
        while name.casefold() in self._taken:
            number += 1
            suffix = f" ({number})"
            name = base[:SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
        self._taken.add(name.casefold())
        return name


def unique_labels(labels: list[str] | tuple[str, ...]) -> list[str]:
    """Table column names: Excel needs them non-empty and unique regardless of case.

    They are also the header cells' text, so they go through :func:`excel_text` (and
    carry no line breaks, which tables store escaped)."""
    taken: set[str] = set()
    out = []
    for index, label in enumerate(labels, 1):
        base = " ".join(excel_text(label, limit=255).split()) or f"Column {index}"
        name, number = base, 1
        while name.casefold() in taken:
            number += 1
            name = f"{base} ({number})"
        taken.add(name.casefold())
        out.append(name)
    return out
