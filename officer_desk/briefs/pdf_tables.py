"""Tables of a pack (annexes, action items, KPI figures) as reportlab flowables.

Large tables are cut into chunks of ``CHUNK_ROWS`` rows, each a ``LongTable`` repeating
its header on every page, so a 10,000-row annex is laid out in linear time (a single
reportlab table re-measures all the rows left each time it is split at a page end).
Cells that fit on one line in the Korean font are drawn as plain strings (fast); others
are Paragraphs that wrap. Text too long for a page is cut into pieces carried by
continuation rows, since a table row cannot be split across pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, TableStyle
from reportlab.platypus.tables import Table as RlTable

from officer_desk.briefs.content import Cell, Table
from officer_desk.briefs.pdf_layout import HEADER_FILL, INK, NAVY, RULE
from officer_desk.briefs.pdf_text import PdfFonts, split_text

CHUNK_ROWS = 40
CELL_SIZE = 7.5
CELL_LEADING = 9.5
PAD = 3.0
#: rows looked at to size the columns
SAMPLE_ROWS = 300
#: narrowest column by type (points), and the widest as a share of the table
_MIN = {"date": 48.0, "int": 26.0, "amount": 40.0, "id": 40.0, "text": 44.0}
_MAX_SHARE = {"date": 0.12, "int": 0.1, "amount": 0.12, "id": 0.16, "text": 0.26}
#: a long-text column gets at least this share of the table
_LONG_SHARE = 0.22


def _measure(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number(value)
    return str(value).split("\n", 1)[0][:120]


def _number(value: float) -> str:
    """``1300000`` -> ``1,300,000``; ``12.5`` -> ``12.50``."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    return f"{int(value):,}"


def header_word_width(title: str, fonts: PdfFonts) -> float:
    """How wide a column must be for its header's longest word not to break."""
    words = title.split() or [""]
    return max(stringWidth(w, fonts.bold, CELL_SIZE) for w in words) + 2 * PAD + 1


def column_widths(table: Table, width: float, fonts: PdfFonts) -> list[float]:
    """Widths that fill ``width``: each column as wide as its content needs (measured on a
    sample of rows, within limits), never narrower than its longest word where the table
    allows; long-text columns take what is left."""
    step = max(1, len(table.rows) // SAMPLE_ROWS)
    sample = table.rows[::step]
    long = {i for i in table.long_columns if i < len(table.columns)}
    natural: list[float] = []
    least: list[float] = []  # the longest word: narrower, and words break mid-word
    for i, (title, kind) in enumerate(zip(table.columns, table.types, strict=True)):
        texts = [_measure(r[i]) for r in sample]
        words = [w for t in [title, *texts] for w in t.split()]
        word = max((stringWidth(w, fonts.bold, CELL_SIZE) for w in words), default=0.0)
        cells = max((stringWidth(t, fonts.regular, CELL_SIZE) for t in texts), default=0.0)
        cap = width * _MAX_SHARE[kind]
        least.append(max(_MIN[kind], min(word + 2 * PAD + 1, cap)))
        natural.append(max(least[-1], min(max(word, cells) + 2 * PAD + 1, cap)))
    if long:
        short_total = sum(n for i, n in enumerate(natural) if i not in long)
        room = max(width - short_total, width * _LONG_SHARE * len(long))
        for i in long:
            natural[i] = least[i] = room / len(long)
    elif sum(natural) < width:
        grow = [i for i, k in enumerate(table.types) if k in ("text", "id")] or list(
            range(len(natural)))
        extra = (width - sum(natural)) / sum(natural[i] for i in grow)
        for i in grow:
            natural[i] *= 1 + extra
    if sum(natural) > width:
        # too wide: take the room from what columns have above their longest word
        spare = sum(natural) - sum(least)
        if sum(least) < width and spare > 0:
            keep = (width - sum(least)) / spare
            natural = [m + (n - m) * keep for n, m in zip(natural, least, strict=True)]
        else:
            natural = [n * width / sum(natural) for n in natural]
    return natural


def base_style(types: Sequence[str], fonts: PdfFonts, *, header: bool = True) -> list[tuple]:
    """Light rules, a tinted header, numbers right-aligned, everything top-aligned."""
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.regular, CELL_SIZE, CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ]
    else:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE))
    for i, kind in enumerate(types):
        if kind in ("int", "amount"):
            commands.append(("ALIGN", (i, 0), (i, -1), "RIGHT"))
    return commands


class CellMaker:
    """Turns values into cells: plain strings where they fit, else Paragraphs."""

    def __init__(self, fonts: PdfFonts, style: ParagraphStyle, head: ParagraphStyle,
                 head_right: ParagraphStyle) -> None:
        self.fonts = fonts
        self.style = style
        self.head = head
        self.head_right = head_right

    def header(self, columns: Sequence[str], types: Sequence[str]) -> list[Flowable]:
        """Header cells: bold, right-aligned over numbers."""
        return [Paragraph(self.fonts.markup(c), self.head_right if t == "int" else self.head)
                for c, t in zip(columns, types, strict=True)]

    def cell(self, value: Cell, kind: str, width: float) -> str | Flowable:
        if value is None:
            return ""
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _number(value) if kind in ("int", "amount") else str(value)
        text = str(value)
        plain = self.fonts.plain(text)
        if plain is not None and (
            stringWidth(plain, self.fonts.regular, CELL_SIZE) <= width - 2 * PAD
        ):
            return plain
        return Paragraph(self.fonts.markup(text), self.style)


def _piece_limit(width: float, page_height: float) -> int:
    """Characters of a cell that surely fit in half a page (every character 1 em wide)."""
    per_line = max(8, int((width - 2 * PAD) / CELL_SIZE))
    lines = max(6, int(page_height * 0.5 / CELL_LEADING))
    return per_line * lines


def table_rows(rows: Sequence[tuple[Cell, ...]], types: Sequence[str],
               widths: Sequence[float], cells: CellMaker,
               page_height: float) -> list[list[str | Flowable]]:
    """The body rows; a row with text too long for a page becomes several rows."""
    limits = [_piece_limit(w, page_height) for w in widths]
    out: list[list[str | Flowable]] = []
    for row in rows:
        long = [
            i for i, v in enumerate(row)
            if isinstance(v, str) and len(v) > limits[i]
        ]
        if not long:
            out.append([cells.cell(v, t, w) for v, t, w in zip(row, types, widths,
                                                                 strict=True)])
            continue
        pieces = {i: split_text(row[i], limits[i]) for i in long}  # type: ignore[arg-type]
        for n in range(max(len(p) for p in pieces.values())):
            line: list[str | Flowable] = []
            for i, (v, t, w) in enumerate(zip(row, types, widths, strict=True)):
                if i in pieces:
                    part = pieces[i][n] if n < len(pieces[i]) else None
                    line.append(cells.cell(part, t, w))
                else:
                    line.append(cells.cell(v, t, w) if n == 0 else "")
            out.append(line)
    return out


class _Chunk(Flowable):
    """Up to ``CHUNK_ROWS`` rows of a table, made into cells only when reportlab reaches
    them (so a long annex never holds all its cells at once). The first chunk prints the
    header row; the others only when they start a page, so the table reads as one
    (reportlab tells a flowable its frame, and the frame whether anything is on it yet).
    The table made for a wrap is kept for the split and the draw that follow."""

    def __init__(self, source: Sequence[tuple[Cell, ...]], make: Callable[
            [Sequence[tuple[Cell, ...]]], list[list[str | Flowable]]],
                 header: list[Flowable], widths: list[float],
                 styles: tuple[TableStyle, TableStyle], *, first: bool = False) -> None:
        super().__init__()
        self.source, self.make = source, make
        self.header, self.widths, self.styles, self.first = header, widths, styles, first
        self.rows: list[list[str | Flowable]] | None = None
        self.table: LongTable | None = None
        self.headed: bool | None = None

    def _choose(self) -> LongTable:
        headed = self.first or bool(getattr(getattr(self, "_frame", None), "_atTop", True))
        if self.table is not None and headed == self.headed:
            return self.table
        if self.rows is None:
            self.rows = self.make(self.source)
            self.source = ()
        self.headed = headed
        data = [self.header, *self.rows] if headed else self.rows
        self.table = LongTable(data, colWidths=self.widths, repeatRows=1 if headed else 0,
                               style=self.styles[0 if headed else 1], hAlign="LEFT")
        return self.table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self._choose().wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = self._choose().split(available_width, available_height)
        if not parts or self.headed:
            return parts  # a headed table repeats its header itself
        assert self.rows is not None
        done = len(parts[0]._cellvalues)
        rest = _Chunk((), self.make, self.header, self.widths, self.styles)
        rest.rows = self.rows[done:]
        return [parts[0], rest]

    def draw(self) -> None:
        assert self.table is not None
        self.table.drawOn(self.canv, 0, 0)


def table_flowables(table: Table, width: float, cells: CellMaker, fonts: PdfFonts,
                    page_height: float) -> list[Flowable]:
    """The table as chunks of at most ``CHUNK_ROWS`` rows (see ``_Chunk``); the header
    repeats on every page (and only at the top of a page)."""
    widths = column_widths(table, width, fonts)
    header = cells.header(table.columns, table.types)
    styles = (TableStyle(base_style(table.types, fonts)),
              TableStyle(base_style(table.types, fonts, header=False)))

    def make(rows: Sequence[tuple[Cell, ...]]) -> list[list[str | Flowable]]:
        return table_rows(rows, table.types, widths, cells, page_height)

    return [_Chunk(table.rows[start:start + CHUNK_ROWS], make, header, widths, styles,
                   first=start == 0)
            for start in range(0, max(len(table.rows), 1), CHUNK_ROWS)]


def figures_table(rows: Sequence[Sequence[str | Flowable]], widths: Sequence[float],
                  fonts: PdfFonts, *, right_from: int = 1) -> RlTable:
    """A small table of counts (KPIs): header row, labels, right-aligned numbers."""
    commands = base_style([], fonts)
    commands.append(("ALIGN", (right_from, 0), (-1, -1), "RIGHT"))
    return RlTable([list(r) for r in rows], colWidths=list(widths), repeatRows=1,
                   style=TableStyle(commands), hAlign="LEFT")
