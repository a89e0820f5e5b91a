"""The rows of one worksheet, streamed from its XML within the ceilings of the workbook.

Each row comes out as soon as its end tag is read, as cells from column A to its last
cell with a value; blank rows are not produced at all, and the sheet's declared size
(its ``dimension``) is not trusted. Every row and cell element is counted, every text is
measured while it is read, and a value past the last column allowed is refused at once,
so a hostile sheet is refused in the time it takes to read up to the ceiling.

The merged ranges (listed after the rows in the file) are in ``merges`` once the rows
have all been read.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from officer_desk.domain.messages import reason
from officer_desk.domain.spreadsheet_text import needs_apostrophe
from officer_desk.importing.cell_count import SHORTEST_CELL_BYTES, cells_past
from officer_desk.importing.limits import exceeded
from officer_desk.importing.xlsx_book import (
    MAIN_NS,
    SheetInfo,
    Workbook,
    XmlFeed,
    damaged,
    unescape,
)

#: Excel's own last row.
EXCEL_ROWS = 1_048_576

ROW, CELL, VALUE, FORMULA, INLINE, TEXT, PHONETIC, MERGE, COLUMN = range(9)
_TAGS = {f"{ns}}}{local}": code for ns in MAIN_NS for local, code in (
    ("row", ROW), ("c", CELL), ("v", VALUE), ("f", FORMULA), ("is", INLINE), ("t", TEXT),
    ("rPh", PHONETIC), ("mergeCell", MERGE), ("col", COLUMN))}
_TRUE = ("1", "true")

_DIGITS = "0123456789"


@dataclass(frozen=True)
class Merge:
    """A merged range, 1-based and inclusive, as ``ref`` (``G4:G6``) names it."""

    ref: str
    first_row: int
    first_column: int
    last_row: int
    last_column: int


_COLUMNS: dict[str, int] = {}


def column_index(letters: str) -> int:
    """1-based index of a column's letters: A -> 1, AA -> 27 (0 when not letters)."""
    found = _COLUMNS.get(letters)
    if found is not None:
        return found
    n = 0
    for ch in letters.upper():
        if not "A" <= ch <= "Z":
            n = 0
            break
        n = n * 26 + ord(ch) - 64
    if len(_COLUMNS) < 20_000:
        _COLUMNS[letters] = n
    return n


def split_ref(ref: str) -> tuple[int, int]:
    """(row, column) of a cell reference such as ``AB12`` ((0, 0) when not one)."""
    letters = ref.rstrip(_DIGITS)
    digits = ref[len(letters):]
    return (int(digits) if digits else 0), column_index(letters.lstrip("$"))


def _number(text: str) -> int | float:
    """A ``<v>`` number as Excel wrote it: an integer, else a float (1.5, 1E+20, NaN)."""
    if "." in text or "e" in text or "E" in text or "n" in text or "N" in text:
        return float(text)
    return int(text)


#: A cell as read: (1-based column, value, formula text or None, number format or None).
RawCell = tuple[int, Any, "str | None", "str | None"]


class SheetRows:
    """Iterate for ``(row number, cells)``; then ``merges`` holds the merged ranges."""

    def __init__(self, book: Workbook, sheet: SheetInfo) -> None:
        self.book = book
        self.sheet = sheet
        self.limits = book.limits
        self.merges: list[Merge] = []
        #: Rows hidden in the sheet (a filter, or hidden by hand), and the 1-based
        #: column ranges hidden: read like the others, said by the plan.
        self.hidden_rows: list[int] = []
        self.hidden_columns: list[tuple[int, int]] = []
        self._out: deque[tuple[int, list[RawCell]]] = deque()
        self._rows = 0
        self._cells = 0
        self._row = 0
        self._row_cells: list[RawCell] = []
        self._column = 0
        self._cell: dict[str, str] = {}
        self._formula: dict[str, str] | None = None
        self._text: list[str] | None = None
        self._value: list[str] | None = None
        self._formula_text: list[str] | None = None
        self._inline: list[str] | None = None
        self._in_inline = False
        self._phonetic = 0
        self._length = 0
        self._shared_formulas: dict[str, Any] = {}
        #: Each distinct text once: a sheet of inline strings repeats them cell by cell.
        self._texts: dict[str, str] = {}
        self._strings: list[str] = []
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

        self._epoch = CALENDAR_MAC_1904 if book.date1904 else CALENDAR_WINDOWS_1900
        # looked up for every cell: by the style's text as the file writes it
        self._max_cells, self._max_chars = self.limits.cells, self.limits.cell_chars
        self._dates = {str(i): i in book.timedelta_styles for i in book.date_styles}
        self._formats = {str(i): f for i, f in enumerate(book.number_formats) if f}
        self._quoted = book.quoted_styles

    def __iter__(self) -> Iterator[tuple[int, list[RawCell]]]:
        # a sheet bomb is refused before anything is read
        info = self.book.check(self.sheet.part)
        if info.file_size > SHORTEST_CELL_BYTES * self._max_cells:
            with self.book.stream(self.sheet.part) as counted:
                found = cells_past(counted.chunks(), self._max_cells)
            if found is not None:
                raise self._refuse("cells", self._max_cells, found)
        self._strings = self.book.shared_strings()
        stream = self.book.stream(self.sheet.part)
        feed = XmlFeed(self.book.name, self.sheet.part, self.start, self.end, self.text)
        out = self._out
        try:
            for chunk in stream.chunks():
                feed.feed(chunk)
                while out:
                    yield out.popleft()
            feed.close()
        except zipfile.BadZipFile as e:  # a CRC mismatch at the end of the part
            raise damaged(self.book.name, f"{self.sheet.part}: {reason(e)}",
                          f"{self.sheet.part}: {reason(e).message('ko')}") from e
        finally:
            stream.close()
        while out:
            yield out.popleft()

    # handlers ---------------------------------------------------------------------------

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        code = _TAGS.get(tag)
        if code is None:
            return
        if code == CELL:
            self._cells += 1
            if self._cells > self._max_cells:
                raise self._refuse("cells", self._max_cells, self._cells)
            self._cell = attrs
            self._formula = self._value = self._formula_text = self._inline = None
            self._length = 0
        elif code == VALUE:
            self._text = self._value = []
        elif code == TEXT:
            if self._in_inline and not self._phonetic:
                self._text = self._inline
        elif code == ROW:
            self._rows += 1
            if self._rows > self.limits.rows:
                raise self._refuse("rows", self.limits.rows, self._rows)
            number = attrs.get("r")
            self._row = int(number) if number and number.isdigit() else self._row + 1
            if not 0 < self._row <= EXCEL_ROWS:
                raise damaged(self.book.name, f"{self.sheet.part}: row {number}",
                              f"{self.sheet.part}: {number}행")
            self._row_cells = []
            self._column = 0
            if attrs.get("hidden") in _TRUE:
                self.hidden_rows.append(self._row)
        elif code == COLUMN:
            first, last = attrs.get("min", ""), attrs.get("max", "")
            if attrs.get("hidden") in _TRUE and first.isdigit() and last.isdigit():
                self.hidden_columns.append((int(first), int(last)))
        elif code == FORMULA:
            self._formula = attrs
            self._text = self._formula_text = []
        elif code == INLINE:
            self._in_inline = True
            self._inline = []
        elif code == PHONETIC:
            self._phonetic += 1
        elif code == MERGE:
            self._merge(attrs.get("ref", ""))

    def end(self, tag: str) -> None:
        code = _TAGS.get(tag)
        if code is None:
            return
        if code == CELL:
            self._end_cell()
        elif code in (VALUE, FORMULA, TEXT):
            self._text = None
        elif code == ROW:
            if self._row_cells:
                self._out.append((self._row, self._row_cells))
            self._row_cells = []
        elif code == INLINE:
            self._in_inline = False
        elif code == PHONETIC:
            self._phonetic -= 1

    def text(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)
            self._length += len(data)
            if self._length > self._max_chars:
                raise self._refuse("cell_chars", self._max_chars, self._length)

    # a cell -----------------------------------------------------------------------------

    def _end_cell(self) -> None:
        attrs = self._cell
        ref = attrs.get("r")
        if ref:
            letters = ref.rstrip(_DIGITS)
            column = _COLUMNS.get(letters) or column_index(letters)
            if not column:
                raise damaged(self.book.name, f"{self.sheet.part}: cell {ref}",
                              f"{self.sheet.part}: {ref} 셀")
        else:
            column = self._column + 1
        self._column = column
        kind = attrs.get("t", "n")
        value = self._cell_value(kind, attrs)
        formula = self._cell_formula(ref) if self._formula is not None else None
        if (value is None or value == "") and formula is None:
            return
        if column > self.limits.columns:
            raise self._refuse("columns", self.limits.columns, column)
        if isinstance(value, str) and needs_apostrophe(value) and (
                value.startswith("'") or (self._quoted and attrs.get("s") in self._quoted)):
            # formula-like text marked as text, and a text whose own apostrophe stands
            # before a formula-like rest: written as a CSV file writes them (values.plain)
            value = "'" + value
        number_format = None
        if kind == "n" and self._formats and isinstance(value, (int, float)):
            number_format = self._formats.get(attrs.get("s", "0"))
        self._row_cells.append((column, value, formula, number_format))

    def _cell_value(self, kind: str, attrs: dict[str, str]) -> Any:
        if kind == "inlineStr":
            if not self._inline:
                return None
            text = unescape("".join(self._inline))
            return self._kept(text)
        if not self._value:
            return None
        raw = "".join(self._value)
        if not raw:
            return None
        try:
            if kind == "n":
                number = _number(raw)
                timedelta = self._dates.get(attrs.get("s", "0"))  # no s: style 0
                return number if timedelta is None else self._date(number, timedelta)
            if kind == "s":
                return self._strings[int(raw)]
            if kind == "b":
                return bool(int(raw))
            if kind == "e":
                return raw
            if kind == "str":
                return self._kept(unescape(raw))
            if kind == "d":
                from openpyxl.utils.datetime import from_ISO8601

                return from_ISO8601(raw)
        except (ValueError, IndexError) as e:
            ref = attrs.get("r", "?")
            raise damaged(self.book.name, f"{self.sheet.name}!{ref}: {raw[:40]!r}",
                          f"{self.sheet.name}!{ref}: {raw[:40]!r}") from e
        return raw

    def _kept(self, text: str) -> str:
        """The text, counted against the ceiling the first time it is seen."""
        kept = self._texts.setdefault(text, text)
        if kept is text:
            self.book.count_text(len(text), self.sheet.name)
        return kept

    def _date(self, number: int | float, timedelta: bool) -> Any:
        from openpyxl.utils.datetime import from_excel

        try:
            value: dt.datetime | dt.date | dt.time | dt.timedelta = from_excel(
                number, self._epoch, timedelta=timedelta)
        except (OverflowError, ValueError):
            return "#VALUE!"  # as Excel shows a date out of its range
        return value

    def _cell_formula(self, ref: str | None) -> str:
        attrs = self._formula or {}
        text = unescape("".join(self._formula_text or ()))
        self.book.count_text(len(text), self.sheet.name)
        formula = "=" + text
        if attrs.get("t") != "shared":
            return formula
        index = attrs.get("si", "")
        if text:
            if ref:
                from openpyxl.formula.translate import Translator

                self._shared_formulas[index] = Translator(formula, ref)
            return formula
        master = self._shared_formulas.get(index)
        if master is None or not ref:
            return formula
        try:
            return master.translate_formula(ref)
        except Exception:  # a formula openpyxl cannot move keeps its master's text
            return master.formula

    def _merge(self, ref: str) -> None:
        if len(self.merges) >= self.limits.merged_ranges:
            raise self._refuse("merged_ranges", self.limits.merged_ranges, len(self.merges) + 1)
        first, _, last = ref.partition(":")
        (r1, c1), (r2, c2) = split_ref(first), split_ref(last or first)
        if r1 and c1 and r2 >= r1 and c2 >= c1:
            self.merges.append(Merge(ref, r1, c1, r2, c2))

    def _refuse(self, limit: str, ceiling: int, found: int) -> Exception:
        return exceeded(self.book.name, limit, ceiling, found,
                        where=f"sheet {self.sheet.name!r}",
                        where_ko=f"시트 '{self.sheet.name}'")
