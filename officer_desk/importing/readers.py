"""Read a sheet (XLSX) or a CSV file into header columns and data rows of cells.

Officers' sheets are made for people: a title row above the table, headers over two
rows (a group label merged across its columns), blank lines between blocks and a
totals row at the bottom. The header row is the one, among the first rows, with the
most cells that name a known field; blank lines are dropped and totals rows are skipped
and reported. Every cell keeps its row number and column letter for messages.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.spreadsheet_text import ERROR_LITERALS

#: The header row is looked for among this many non-blank rows at the top.
HEADER_SEARCH_ROWS = 30

#: The first cell of a totals row (compared without case, spaces or punctuation).
TOTAL_WORDS = frozenset({"합계", "총계", "소계", "계", "합", "total", "totals", "grandtotal",
                         "subtotal", "sum"})

#: CSV delimiters tried, in order of preference on a tie.
DELIMITERS = (",", ";", "\t")

#: A CSV cell may hold a long summary; the csv module's default limit is 128 KiB.
CSV_FIELD_LIMIT = 16 * 1024 * 1024

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")

class NoHeader(OfficerDeskError):
    """No row near the top of the sheet names known fields."""


#: Is this header text one the importer knows (a field name, label or synonym)?
HeaderTest = Callable[[str], bool]


@dataclass(frozen=True)
class Cell:
    """One cell as the reader found it: Excel's cached value, or the CSV text."""

    value: Any
    row: int
    column: str  # A, B, …, AA
    #: The formula text when the cell holds a formula (XLSX), else None.
    formula: str | None = None

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


def fold(text: str) -> str:
    """Text without case, spacing or punctuation: how headers and totals are compared."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text)).casefold()


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix == ".xls":
        raise OfficerDeskError(
            f"{path.name} is an old Excel 97-2003 workbook (.xls); open it in Excel and "
            "save it as .xlsx (Excel Workbook) or CSV, then import that file")
    raise OfficerDeskError(f"{path.name}: can import .xlsx and .csv files only")


def sheet_names(path: str | Path) -> list[str]:
    """The sheets of a workbook (empty for a CSV file)."""
    path = Path(path)
    if file_format(path) == "csv":
        return []
    book = _open_book(path, data_only=True)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_table(path: str | Path, is_header: HeaderTest, *, sheet: str | None = None) -> Table:
    """The table in ``path``: its header columns and its data rows (blank lines dropped)."""
    path = Path(path)
    fmt = file_format(path)
    if fmt == "xlsx":
        return _read_xlsx(path, is_header, sheet)
    if sheet:
        raise OfficerDeskError(f"{path.name} is a CSV file; it has no sheets (leave out --sheet)")
    return _read_csv(path, is_header)


# -- XLSX ---------------------------------------------------------------------------------

def _open_book(path: Path, *, data_only: bool) -> Any:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except OSError as e:
        raise OfficerDeskError(f"cannot read {path}: {e.strerror or e}") from e
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as e:
        raise OfficerDeskError(
            f"{path.name} is not an Excel workbook that can be read ({e}); "
            "open it in Excel and save it again as .xlsx") from e


def _read_xlsx(path: Path, is_header: HeaderTest, sheet: str | None) -> Table:
    """The named sheet; without a name, the first sheet that has a header row (a
    workbook often starts with a cover or notes sheet)."""
    names = sheet_names(path)
    if sheet is not None and sheet not in names:
        raise OfficerDeskError(
            f"{path.name} has no sheet named {sheet!r}; its sheets: {', '.join(names)}")
    for name in [sheet] if sheet is not None else names:
        try:
            table = _read_sheet(path, name, is_header)
        except NoHeader:
            if sheet is not None:
                raise
            continue
        table.sheets = names
        return table
    raise NoHeader(
        f"{path.name}: no sheet has a header row in its first {HEADER_SEARCH_ROWS} rows "
        f"(sheets: {', '.join(names)}); the table needs a row naming its columns (e.g. "
        "사건명, 접수일, 회사명, 권리, 단계) — or give a mapping file")


def _read_sheet(path: Path, name: str, is_header: HeaderTest) -> Table:
    """Cells as typed (formulas as text); when there are formulas, a second read gives
    the values Excel last calculated for them."""
    book = _open_book(path, data_only=False)
    try:
        written = [tuple(r) for r in book[name].iter_rows(values_only=True)]
    finally:
        book.close()
    values = written
    if any(isinstance(v, str) and v.startswith("=") for row in written for v in row):
        book = _open_book(path, data_only=True)
        try:
            values = [tuple(r) for r in book[name].iter_rows(values_only=True)]
        finally:
            book.close()
    table = _build(path, "xlsx", _xlsx_cells(values, written), is_header,
                   where=f"sheet {name!r}")
    table.sheet = name
    return table


def _xlsx_cells(values_rows: Iterable[Sequence[Any]],
                formula_rows: Iterable[Sequence[Any]]) -> Iterator[list[Cell]]:
    for number, (values, formulas) in enumerate(zip(values_rows, formula_rows, strict=False),
                                                start=1):
        cells = []
        for index, value in enumerate(values):
            written = formulas[index] if index < len(formulas) else None
            formula = written if isinstance(written, str) and written.startswith("=") else None
            cells.append(Cell(value, number, get_column_letter(index + 1), formula))
        yield cells


# -- CSV ----------------------------------------------------------------------------------

def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (with or without BOM), else CP949 (EUC-KR)."""
    try:
        text = data.decode("utf-8")
        return (text[1:], "utf-8-sig") if text.startswith("\ufeff") else (text, "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp949"), "cp949"
    except UnicodeDecodeError as e:
        raise OfficerDeskError(
            f"{name} is neither UTF-8 nor CP949 (EUC-KR) text (unreadable byte at "
            f"{e.start}); save it from Excel as 'CSV UTF-8'") from e


def sniff_delimiter(text: str) -> str:
    """The delimiter (comma, semicolon or tab) that splits most rows into the same width."""
    sample = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", -1.0
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        wide = [w for w in widths if w > 1]
        if not wide:
            continue
        common = max(set(wide), key=wide.count)
        score = wide.count(common) / len(widths) + (0.001 * common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, is_header: HeaderTest) -> Table:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise OfficerDeskError(f"cannot read {path}: {e.strerror or e}") from e
    text, encoding = decode(data, path.name)
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as e:
        raise OfficerDeskError(f"{path.name}, line {reader.line_num}: not readable as CSV "
                               f"({e})") from e
    raw = ([Cell(v, number, get_column_letter(i + 1)) for i, v in enumerate(values)]
           for number, values in enumerate(rows, start=1))
    table = _build(path, "csv", raw, is_header, where=path.name)
    table.encoding, table.delimiter = encoding, delimiter
    return table


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
           *, where: str) -> Table:
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
        raise NoHeader(
            f"{where}: no header row found in the first {HEADER_SEARCH_ROWS} rows; the "
            "table needs a row naming its columns (e.g. 사건명, 접수일, 회사명, 권리, 단계) "
            "— or give a mapping file")
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
