"""Read a sheet (XLSX) or a CSV file into header columns and data rows of cells.

Officers' sheets are made for people: a title row above the table, headers over two
rows (a group label merged across its columns), blank lines between blocks and a
totals row at the bottom. The header row is the one, among the first rows, with the
most cells that name a known field; blank lines are dropped and totals rows are skipped
and reported. Every cell keeps its row number and column letter for messages.

A workbook is read by ``xlsx_book``/``xlsx_sheet`` and a CSV file by ``csv_reader``,
both streamed within the ceilings of ``limits`` (a hostile file is refused, naming the
ceiling, before memory grows with it). Without ``--sheet`` the sheet Excel opens on
(the active one) is read when it is visible and has a table, else the first visible
sheet that has one; hidden sheets are read only when named. A value in a cell merged
down over several rows is filled down those rows, as Excel shows it, and each filled
cell is listed (``Table.fills``) for the preview to show.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from officer_desk import out_file
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import Both, say
from officer_desk.domain.spreadsheet_text import ERROR_LITERALS
from officer_desk.importing.csv_reader import DELIMITERS, CsvRows, decode, sniff_delimiter
from officer_desk.importing.limits import DEFAULT_LIMITS, Limits

#: The header row is looked for among this many non-blank rows at the top.
HEADER_SEARCH_ROWS = 30

#: The first cell of a totals row (compared without case, spaces or punctuation).
TOTAL_WORDS = frozenset({"합계", "총계", "소계", "계", "합", "total", "totals", "grandtotal",
                         "subtotal", "sum"})

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")

__all__ = ["DELIMITERS", "Cell", "Column", "Fill", "NoHeader", "SheetRow", "SkippedRow",
           "Table", "decode", "file_format", "fold", "get_column_letter", "is_blank",
           "is_error_value", "read_table", "sheet_names", "sniff_delimiter"]


class NoHeader(OfficerDeskError):
    """No row near the top of the sheet names known fields."""


#: Is this header text one the importer knows (a field name, label or synonym)?
HeaderTest = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell as the reader found it: Excel's cached value, or the CSV text."""

    value: Any
    row: int
    column: str  # A, B, …, AA
    #: The formula text when the cell holds a formula (XLSX), else None.
    formula: str | None = None
    #: The number format of a number cell (XLSX), e.g. ``"$"#,##0``; None for General.
    number_format: str | None = None

    @property
    def blank(self) -> bool:
        return is_blank(self.value) and self.formula is None


@dataclass(frozen=True)
class Column:
    index: int  # 0-based
    letter: str
    header: str
    #: The label of a header cell merged across this and neighbouring columns, above it.
    group: str = ""


@dataclass(frozen=True)
class SheetRow:
    number: int  # as the spreadsheet program shows it, from 1
    cells: tuple[Cell, ...]  # one per column of the table

    def cell(self, index: int) -> Cell:
        return self.cells[index]


@dataclass(frozen=True)
class SkippedRow:
    number: int
    en: str
    ko: str

    def message(self, lang: str = "en") -> str:
        return self.ko if lang == "ko" else self.en


@dataclass(frozen=True)
class Fill:
    """A cell that took the value of the merged range it lies in (as Excel shows it)."""

    row: int
    column: str
    source: str  # the range's first cell, e.g. G4
    ref: str  # the merged range, e.g. G4:G6
    #: A value the file held under the merge (hidden by Excel), replaced; else None.
    hidden: Any = None


@dataclass
class Table:
    path: Path
    format: str  # "xlsx" or "csv"
    columns: list[Column]
    rows: list[SheetRow]
    header_row: int
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    skipped: list[SkippedRow] = field(default_factory=list)
    fills: list[Fill] = field(default_factory=list)
    #: The workbook's hidden sheets (never read unless named).
    hidden_sheets: list[str] = field(default_factory=list)
    #: Data rows hidden in the sheet, and the table's columns hidden (their letters):
    #: read like the others, and said (``plan.ImportPlan.notes``).
    hidden_rows: list[int] = field(default_factory=list)
    hidden_columns: list[str] = field(default_factory=list)
    #: The workbook counts its date numbers from 1904 (Excel for Mac's old default):
    #: 45352 is then 2028-03-02, not 2024-03-01.
    date1904: bool = False



@lru_cache(maxsize=4096)
def get_column_letter(index: int) -> str:
    """Excel's name of the 1-based column ``index``: 1 → A, 27 → AA (openpyxl's rule,
    here so that reading a CSV does not load openpyxl)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Text without case, spacing or punctuation: how headers and totals are compared
    (remembered: a plan folds each row's keys more than once, a company's name on
    every row naming it)."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text)).casefold()


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix == ".xls":
        raise OfficerDeskError(say("import.old_xls", name=path.name))
    raise OfficerDeskError(say("import.only_xlsx_csv", name=path.name))


def sheet_names(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    """The worksheets of a workbook, hidden ones too (empty for a CSV file)."""
    from officer_desk.importing.xlsx_book import open_workbook

    path = Path(path)
    if file_format(path) == "csv":
        return []
    _regular_file(path)
    with open_workbook(path, limits) as book:
        return [s.name for s in book.sheets]


def read_table(path: str | Path, is_header: HeaderTest, *, sheet: str | None = None,
               limits: Limits = DEFAULT_LIMITS, prefer: str | None = None) -> Table:
    """The table in ``path``: its header columns and its data rows (blank lines dropped).
    ``prefer``: without ``sheet``, a visible sheet of this name is tried first (the kind's
    sheet of a workbook ``export --format xlsx`` wrote)."""
    path = Path(path)
    out_file.protect(path)  # --save-mapping or --rejected named as the sheet replaced it
    fmt = file_format(path)
    _regular_file(path)
    if fmt == "xlsx":
        return _read_xlsx(path, is_header, sheet, limits, prefer)
    if sheet:
        raise OfficerDeskError(say("import.csv_has_no_sheets", name=path.name))
    rows = CsvRows(path, limits)
    source = iter(rows)
    try:
        table = _build(path, "csv", _csv_cells(source), is_header, where=path.name)
    finally:
        source.close()  # type: ignore[attr-defined]
    table.encoding, table.delimiter = rows.encoding, rows.delimiter
    return table


def _regular_file(path: Path) -> None:
    """Refuse a named pipe, a device or a socket before opening it: a sheet is read
    more than once, a pipe without a writer would hold the open for ever and a device
    like /dev/zero would be read up to the ceiling first. A link is followed (an
    OSError, a file not there, is worded where the file is read)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        what = ("pipe" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode)
                else "device")
        raise OfficerDeskError(say("import.not_a_regular_file", name=path.name,
                                   what=say(f"import.special_{what}")))


def _csv_cells(rows: Iterable[tuple[int, list[str]]]) -> Iterator[list[Cell]]:
    for number, values in rows:
        yield [Cell(v, number, get_column_letter(i + 1)) for i, v in enumerate(values)]


# -- XLSX ---------------------------------------------------------------------------------

def _read_xlsx(path: Path, is_header: HeaderTest, sheet: str | None, limits: Limits,
               prefer: str | None = None) -> Table:
    """The named sheet; without a name, the active sheet when it is visible and has a
    header row, else the first visible sheet that has one (a workbook often starts
    with a cover or notes sheet). Hidden sheets are read only when named."""
    from officer_desk.importing.xlsx_book import open_workbook

    with open_workbook(path, limits) as book:
        names = [s.name for s in book.sheets]
        hidden = [s.name for s in book.sheets if not s.visible]
        if sheet is not None and book.sheet(sheet) is None:
            raise OfficerDeskError(say("import.no_such_sheet", name=path.name, sheet=sheet,
                                       sheets=", ".join(names)))
        if sheet is not None:
            order = [sheet]
        else:
            visible = [s.name for s in book.sheets if s.visible]
            order = ([book.active] if book.active in visible else []) + [
                n for n in visible if n != book.active]
            if prefer in visible:
                order = [prefer] + [n for n in order if n != prefer]
        for name in order:
            try:
                table = _read_sheet(book, name, is_header)
            except NoHeader:
                if sheet is not None:
                    raise
                continue
            table.sheets, table.hidden_sheets = names, hidden
            return table
    note = say("import.hidden_sheets", sheets=", ".join(hidden)) if hidden else ""
    raise NoHeader(say("import.no_header_in_book", name=path.name, rows=HEADER_SEARCH_ROWS,
                       sheets=", ".join(names), note=note))


def _read_sheet(book: Any, name: str, is_header: HeaderTest) -> Table:
    from officer_desk.importing.xlsx_sheet import SheetRows

    rows = SheetRows(book, book.sheet(name))
    source = iter(rows)
    try:
        table = _build(book.path, "xlsx", _xlsx_cells(source), is_header,
                       where=f"sheet {name!r}", where_ko=f"시트 '{name}'")
    finally:
        source.close()  # type: ignore[attr-defined]
    data = {r.number for r in table.rows}
    table.hidden_rows = sorted(set(rows.hidden_rows) & data)
    table.hidden_columns = [c.letter for c in table.columns if any(
        first <= c.index + 1 <= last for first, last in rows.hidden_columns)]
    table.sheet = name
    table.date1904 = book.date1904
    fill_merged(table, rows.merges)
    return table


def _xlsx_cells(rows: Iterable[tuple[int, list[tuple[int, Any, str | None, str | None]]]]
                ) -> Iterator[list[Cell]]:
    """Each row's cells from column A to its last value, blanks between filled in."""
    for number, raw in rows:
        cells: list[Cell] = []
        for column, value, formula, number_format in raw:
            while len(cells) < column - 1:
                cells.append(Cell(None, number, get_column_letter(len(cells) + 1)))
            if len(cells) >= column:  # the same column twice: the later cell wins
                del cells[column - 1:]
                while len(cells) < column - 1:
                    cells.append(Cell(None, number, get_column_letter(len(cells) + 1)))
            cells.append(Cell(value, number, get_column_letter(column), formula,
                              number_format))
        yield cells


def fill_merged(table: Table, merges: Iterable[Any]) -> None:
    """Fill each range merged down over data rows with its first cell's value, in the
    range's first column and only in rows the table has (as Excel shows the sheet)."""
    numbers = [r.number for r in table.rows]
    width = len(table.columns)
    for merge in merges:
        index = merge.first_column - 1
        if merge.last_row <= merge.first_row or index >= width:
            continue
        top = bisect.bisect_left(numbers, merge.first_row)
        if top == len(numbers) or numbers[top] != merge.first_row:
            continue  # begins in the header, a title or a skipped row: nothing to fill
        source = table.rows[top].cells[index]
        if source.blank:
            continue
        end = bisect.bisect_right(numbers, merge.last_row)
        for at in range(top + 1, end):
            row = table.rows[at]
            if not merge.first_row < row.number <= merge.last_row:
                continue  # rows out of order in the file: only the range's own rows
            old = row.cells[index]
            cells = list(row.cells)
            cells[index] = replace(source, row=row.number)
            table.rows[at] = SheetRow(row.number, tuple(cells))
            table.fills.append(Fill(row.number, old.column, source.column + str(merge.first_row),
                                    merge.ref, None if old.blank else old.value))


# -- the table in the rows ----------------------------------------------------------------

def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return " ".join(str(value).split())


def _trimmed(cells: list[Cell]) -> list[Cell]:
    end = len(cells)
    while end and cells[end - 1].blank:
        end -= 1
    return cells[:end]


def _build(path: Path, fmt: str, raw: Iterable[list[Cell]], is_header: HeaderTest,
           *, where: str, where_ko: str = "") -> Table:
    candidates: list[list[Cell]] = []
    rest: Iterator[list[Cell]] = iter(raw)
    previous: list[Cell] = []
    best: tuple[int, int] = (0, -1)  # (matching cells, index in candidates)
    above: dict[int, list[Cell]] = {}  # candidate index -> the non-blank row before it
    for cells in rest:
        cells = _trimmed(cells)
        if not cells:
            continue
        above[len(candidates)] = previous
        candidates.append(cells)
        previous = cells
        hits = sum(1 for c in cells if not c.blank and is_header(_text(c.value)))
        if hits > best[0]:
            best = (hits, len(candidates) - 1)
        if len(candidates) >= HEADER_SEARCH_ROWS:
            break
    if best[0] == 0:
        raise NoHeader(say("import.no_header", where=Both(where, where_ko or where),
                           rows=HEADER_SEARCH_ROWS))
    header_cells = candidates[best[1]]
    columns = _columns(header_cells, above[best[1]])
    width = len(columns)
    table = Table(path=path, format=fmt, columns=columns, rows=[],
                  header_row=header_cells[0].row)
    after = candidates[best[1] + 1:]
    for cells in _chain(after, rest):
        cells = _trimmed(cells)[:width]
        if not cells:
            continue
        number = cells[0].row
        padded = tuple(cells) + tuple(
            Cell(None, number, get_column_letter(i + 1)) for i in range(len(cells), width))
        if all(c.blank for c in padded):
            continue
        if _is_totals(padded):
            table.skipped.append(SkippedRow(number, "totals row, not imported",
                                            "합계 행이므로 가져오지 않음"))
            continue
        table.rows.append(SheetRow(number, padded))
    return table


def _chain(first: list[list[Cell]], then: Iterator[list[Cell]]) -> Iterator[list[Cell]]:
    yield from first
    yield from then


def _columns(header: list[Cell], above: list[Cell]) -> list[Column]:
    """Header texts; an empty header cell takes the text above it (merged down), and a
    header under a label merged across columns keeps that label as its group."""
    above_text = [_text(c.value) for c in above if c.row == header[0].row - 1]
    columns = []
    group = ""
    for index, cell in enumerate(header):
        upper = above_text[index] if index < len(above_text) else ""
        own = _text(cell.value)
        if upper:
            group = upper
        elif index >= len(above_text):
            group = ""
        columns.append(Column(index, cell.column, own or upper, group if own else ""))
    return columns


def _is_totals(cells: Sequence[Cell]) -> bool:
    first = next((c for c in cells if not c.blank), None)
    return first is not None and isinstance(first.value, str) and fold(first.value) in TOTAL_WORDS


def is_error_value(value: Any) -> bool:
    """An Excel error value (#REF!, #N/A, …) as the cell shows it."""
    return isinstance(value, str) and value.strip().upper() in ERROR_LITERALS
