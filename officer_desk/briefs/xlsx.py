"""The briefing pack as an Excel workbook (openpyxl, write-only mode).

Sheets: "Summary" (title, marking, executive summary, key figures and the KPI tables,
each with a native Excel chart referencing its cells), one sheet per table of
``content.sheets`` (one per record kind, then the action items) as an Excel table with
filter buttons, a frozen header row, widths measured from the content and wrapped long
text, and "About" (control block, generation time and its time zone, selection, counts).

Everything is written in write-only mode (``Workbook(write_only=True)``), which streams
each sheet's rows to a temporary file instead of keeping cell objects: a 100,000-record
export stays small in memory. What write-only mode allows, and how it is used here:

- tables (``ws.add_table``): yes, but openpyxl cannot read the header cells back, so the
  table columns are named here, from the same text as the header cells;
- frozen panes, column widths, print titles, header/footer, page setup: yes, when set
  before the first row is appended (widths are therefore measured from the rows first;
  a long sheet is measured on an evenly spread sample of rows);
- charts (``ws.add_chart``): yes; they reference cells by position, so the Summary
  sheet's layout is planned row by row as it is written;
- merged cells and later edits of written cells: no; nothing here needs them (the
  Summary sheet's long texts wrap in column A instead of spanning merged cells).

Every text cell goes through :class:`~officer_desk.briefs.xlsx_cells.CellMaker` (no
formulas or error values from user text, no XML-forbidden characters, Excel's cell
limit with a visible marker). Times: the generation time is written as a date-time cell
in the time zone of ``content.generated_at`` (Excel has no time zones) and that zone is
named beside it; all other cells are plain dates.

The file is written to a temporary name beside ``path`` and renamed at the end, so a
failure or a cancel never leaves a half-written workbook under the final name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.packaging.core import DocumentProperties
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table as ExcelTable
from openpyxl.worksheet.table import TableColumn, TableStyleInfo

from officer_desk.briefs.content import BriefContent, Kpi, Table
from officer_desk.briefs.guard import check_before_writing
from officer_desk.briefs.xlsx_cells import (
    DATETIME_FORMAT,
    CellMaker,
    RowMaker,
    SheetNames,
    cells_as_made,
    display_width,
    excel_text,
    unique_labels,
)
from officer_desk.briefs.xlsx_charts import add_kpi_chart, chart_height_rows
from officer_desk.domain.errors import Cancelled, OfficerDeskError
from officer_desk.domain.messages import reason, say
from officer_desk.out_file import replacing

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

#: Rows between two progress reports / cancel checks.
STEP = 1_000
#: Rows measured to size the columns of a long sheet (spread evenly over it).
WIDTH_SAMPLE = 500
MIN_WIDTH, MAX_WIDTH, LONG_WIDTH = 8, 40, 60
INTERNAL_RED = "C00000"

_LABELS = {
    "en": {
        "about": "About this workbook", "generated": "Generated at",
        "time_zone": "Time zone (of every time in this workbook)",
        "selection": "Selection", "counts": "Rows per sheet", "sheet": "Sheet",
        "rows": "Rows", "summary_sheet": "Summary", "about_sheet": "About",
        "truncated": "… [truncated: {count} characters]", "all": "(all)", "none": "(none)",
    },
    "ko": {
        "about": "이 통합문서에 대하여", "generated": "생성 시각",
        "time_zone": "시간대 (이 통합문서의 모든 시각 기준)",
        "selection": "선택 조건", "counts": "시트별 행 수", "sheet": "시트",
        "rows": "행 수", "summary_sheet": "요약", "about_sheet": "정보",
        "truncated": "… [생략: 원문 {count}자]", "all": "(전체)", "none": "(없음)",
    },
}


def render_xlsx(content: BriefContent, path: Path, *, progress: Progress | None = None,
                cancel: Cancel | None = None) -> Path:
    """Write the workbook of ``content`` to ``path`` (replaced if it exists)."""
    path = Path(path)
    tables = _sheet_tables(content)
    total = sum(len(t.rows) for t in tables) + 2
    tracker = _Tracker(total, progress, cancel)
    labels = _LABELS.get(content.lang, _LABELS["en"])
    check_before_writing(content, (("the workbook's own words", text)
                                   for text in labels.values()))
    marker = labels["truncated"]

    wb = Workbook(write_only=True)
    try:
        _set_properties(wb, content)
        names = SheetNames()
        summary = wb.create_sheet(names.make(labels["summary_sheet"]))
        _write_summary(summary, content, marker)
        tracker.advance(1)
        written: list[tuple[str, int]] = []
        used_table_names: set[str] = set()
        for table in tables:
            ws = cells_as_made(wb.create_sheet(names.make(table.title)))
            _write_table(ws, table, content, marker, tracker, used_table_names)
            written.append((ws.title, len(table.rows)))
        about = wb.create_sheet(names.make(labels["about_sheet"]))
        _write_about(about, content, labels, marker, written)
        tracker.check()
        try:
            with replacing(path, cannot="brief.cannot_write_workbook") as temporary:
                wb.save(temporary)
        except OSError as e:
            raise OfficerDeskError(
                say("brief.cannot_write_workbook", path=path, detail=reason(e))) from e
    except BaseException:
        _discard(wb)
        raise
    tracker.advance(1, check=False)  # written: too late to cancel
    return path


def _discard(wb: Workbook) -> None:
    """Close the sheets of an abandoned workbook and remove their temporary files.

    A write-only sheet streams its rows into a temporary file; left to the garbage
    collector, an unfinished sheet fails noisily and its file stays until exit.
    """
    for ws in wb.worksheets:
        if ws.closed:
            continue
        with contextlib.suppress(Exception):  # already failing: keep the first error
            ws.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None and isinstance(writer.out, str):
            with contextlib.suppress(OSError, ValueError):
                writer.cleanup()


def _sheet_tables(content: BriefContent) -> list[Table]:
    """The record sheets: ``content.sheets``, then the carried-over action log when it
    is not one of them already."""
    tables = list(content.sheets)
    log = content.action_log.table
    if log.rows and all(t.key != log.key for t in tables):
        tables.append(log)
    return tables


class _Tracker:
    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.done, self.total = 0, total
        self.progress, self.cancel = progress, cancel

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled(say("brief.workbook_cancelled"))

    def advance(self, rows: int, *, check: bool = True) -> None:
        self.done += rows
        if check:
            self.check()
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


def _set_properties(wb: Workbook, content: BriefContent) -> None:
    """File metadata from the content only (openpyxl would put "openpyxl").

    The core properties' times are UTC by definition; openpyxl sets "modified" to the
    moment of saving whatever is given, "created" is the generation time."""
    control = content.control
    when = _naive(control.generated_at.astimezone(dt.UTC))
    wb.properties = DocumentProperties(
        title=excel_text(control.title, limit=255),
        subject=excel_text(control.edition_label, limit=255),
        creator=excel_text(control.organisation, limit=255),
        description=excel_text(control.marking, limit=255),
        keywords=excel_text(control.marking, limit=255),
        lastModifiedBy=excel_text(control.organisation, limit=255),
        created=when,
    )


def _naive(moment: dt.datetime) -> dt.datetime:
    """``moment`` in its own time zone, without the zone (Excel cells have none)."""
    return moment.replace(tzinfo=None)


def _zone_name(moment: dt.datetime) -> str:
    """E.g. "UTC" or "KST (UTC+09:00)"."""
    offset = moment.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    utc = "UTC" if not minutes else f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    name = moment.tzname() or utc
    return utc if name == utc else f"{name} ({utc})"


def _print_setup(ws: Any, content: BriefContent, *, landscape: bool) -> None:
    """The marking at the top and bottom of every printed page, as in the PDF."""
    marking = excel_text(content.control.marking, limit=200).replace("&", "&&")
    for part in (ws.oddHeader.center, ws.oddFooter.center):
        part.text = marking
        part.font = "-,Bold"  # the sheet's font, bold
        if content.edition == "internal":
            part.color = INTERNAL_RED
    ws.oddFooter.right.text = "&P / &N"
    if landscape:
        ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


# Summary ----------------------------------------------------------------------


def _write_summary(ws: Any, content: BriefContent, marker: str) -> None:
    cells = CellMaker(ws, marker)
    kpis = [k for k in content.kpis if k.rows]
    series = max((len(k.series) for k in kpis), default=1)
    ws.column_dimensions["A"].width = LONG_WIDTH
    for column in range(2, 2 + series):
        ws.column_dimensions[get_column_letter(column)].width = 12
    _print_setup(ws, content, landscape=False)
    chart_column = series + 3

    rows = _RowCounter(ws)
    control, summary = content.control, content.summary
    internal = content.edition == "internal"
    rows.append([cells.styled(control.title, bold=True, size=14)])
    rows.append([cells.styled(control.marking, bold=True,
                              color=INTERNAL_RED if internal else None)])
    for label, value in control.rows:
        rows.append([cells.text(label), cells.text(value)])
    rows.append([])
    rows.append([cells.styled(summary.title, bold=True, size=12)])
    if summary.conclusion:
        rows.append([cells.text(summary.conclusion, wrap=True)])
    for line in summary.highlights:
        rows.append([cells.text(line)])
    if summary.key_figures:
        rows.append([])
        rows.append([cells.styled(content.phrases.key_figures, bold=True)])
        for figure in summary.key_figures:
            rows.append([cells.text(figure.label), figure.value])
    rows.append([])
    rows.append([cells.styled(content.kpi_title, bold=True, size=12)])
    for kpi in kpis:
        rows.append([])
        _write_kpi(rows, cells, kpi, content, chart_column)


def _write_kpi(rows: _RowCounter, cells: CellMaker, kpi: Kpi, content: BriefContent,
               chart_column: int) -> None:
    start = rows.next
    rows.append([cells.styled(kpi.title, bold=True)])
    header = rows.next
    rows.append([cells.styled(kpi.category, bold=True),
                 *(cells.styled(s, bold=True) for s in kpi.series)])
    for row in kpi.rows:
        rows.append([cells.text(row.label), *row.values])
    if kpi.note:
        rows.append([cells.text(kpi.note)])
    if kpi.empty:
        rows.append([cells.text(content.phrases.empty)])
    else:
        add_kpi_chart(rows.ws, kpi, header_row=header, anchor_column=chart_column)
        # leave room for the chart before the next KPI
        while rows.next < start + chart_height_rows(kpi) + 1:
            rows.append([])


class _RowCounter:
    """Appends rows and knows the number of the next one (charts need positions)."""

    def __init__(self, ws: Any) -> None:
        self.ws, self.next = ws, 1

    def append(self, row: list[Any]) -> None:
        self.ws.append(row)
        self.next += 1


# Record sheets ----------------------------------------------------------------


def _write_table(ws: Any, table: Table, content: BriefContent, marker: str,
                 tracker: _Tracker, used_names: set[str]) -> None:
    headers = unique_labels(table.columns)
    widths, wrapped = _column_layout(table, headers)
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    _print_setup(ws, content, landscape=True)

    cells = CellMaker(ws, marker)
    ws.append([cells.text(h) for h in headers])
    make_row = RowMaker(cells, table.types, wrapped, widths,
                        content.generated_at.tzinfo or dt.UTC)
    append = ws.append
    for count, row in enumerate(table.rows, 1):
        append(make_row(row))
        if count % STEP == 0:
            tracker.advance(STEP)
    tracker.advance(len(table.rows) % STEP)
    if not table.rows:
        ws.append([None] * len(headers))  # a table needs a data row, even an empty one

    last = f"{get_column_letter(len(headers))}{max(len(table.rows), 1) + 1}"
    ref = f"A1:{last}"
    excel_table = ExcelTable(
        displayName=_table_name(table.key, used_names), ref=ref,
        autoFilter=AutoFilter(ref=ref),
        tableStyleInfo=TableStyleInfo(name="TableStyleMedium2", showRowStripes=True),
    )
    for index, name in enumerate(headers, 1):
        excel_table.tableColumns.append(TableColumn(id=index, name=name))
    with warnings.catch_warnings():
        # "In write-only mode you must add table columns manually": done just above.
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(excel_table)


def _column_layout(table: Table, headers: list[str]) -> tuple[list[int], set[int]]:
    """Column widths from the header and a sample of the rows, capped; the columns to
    wrap (declared long, or text wider than the cap)."""
    rows = table.rows
    stride = max(1, len(rows) // WIDTH_SAMPLE)
    widths = [display_width(h) + 2 for h in headers]  # room for the filter button
    measured = [i for i, kind in enumerate(table.types) if kind != "date"]
    for row in rows[::stride]:
        for index in measured:
            value = row[index]
            if value is not None:
                widths[index] = max(widths[index], display_width(value))
    wrapped = set(table.long_columns)
    out = []
    for index, width in enumerate(widths):
        kind = table.types[index] if index < len(table.types) else "text"
        if kind == "date":
            out.append(max(12, min(width + 1, MAX_WIDTH)))
            continue
        if kind == "text" and width > MAX_WIDTH:
            wrapped.add(index)
        cap = LONG_WIDTH if index in wrapped else MAX_WIDTH
        out.append(max(MIN_WIDTH, min(width + 1, cap)))
    return out, wrapped


def _table_name(key: str, used: set[str]) -> str:
    """A table's defined name: letters, digits and underscores, starting with a letter,
    unique in the workbook (case-insensitive) and never a cell reference."""
    base = "tbl_" + (re.sub(r"[^A-Za-z0-9_]", "_", key) or "data")
    name, number = base[:200], 1
    while name.casefold() in used:
        number += 1
        name = f"{base[:200]}_{number}"
    used.add(name.casefold())
    return name


# About ------------------------------------------------------------------------


def _write_about(ws: Any, content: BriefContent, labels: dict[str, str], marker: str,
                 written: list[tuple[str, int]]) -> None:
    cells = CellMaker(ws, marker)
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = LONG_WIDTH
    _print_setup(ws, content, landscape=False)
    control = content.control
    internal = content.edition == "internal"
    ws.append([cells.styled(labels["about"], bold=True, size=14)])
    ws.append([cells.styled(control.marking, bold=True,
                            color=INTERNAL_RED if internal else None)])
    ws.append([])
    for label, value in control.rows:
        ws.append([cells.text(label), cells.text(value, wrap="\n" in value)])
    ws.append([])
    ws.append([cells.text(labels["generated"]),
               cells.styled(_naive(control.generated_at), number_format=DATETIME_FORMAT)])
    ws.append([cells.text(labels["time_zone"]), cells.text(_zone_name(control.generated_at))])
    ws.append([])
    ws.append([cells.styled(labels["selection"], bold=True)])
    for key, value in _selection_rows(content, labels):
        ws.append([cells.text(key), value if not isinstance(value, str) else cells.text(value)])
    ws.append([])
    ws.append([cells.styled(labels["counts"], bold=True)])
    ws.append([cells.styled(labels["sheet"], bold=True), cells.styled(labels["rows"], bold=True)])
    for title, count in written:
        ws.append([cells.text(title), count])


def _selection_rows(content: BriefContent,
                    labels: dict[str, str]) -> Iterator[tuple[str, Any]]:
    """The selection as (name, value) rows (the names of ``manifest.json``); dates as
    date cells, lists joined, an empty list as "(all)"."""
    for key, value in content.selection.as_dict().items():
        if value == []:
            yield key, labels["all"]
        elif value is None or value == "":
            yield key, labels["none"]
        elif key in ("date_from", "date_to"):
            yield key, dt.date.fromisoformat(value)
        elif isinstance(value, list):
            yield key, ", ".join(str(v) for v in value)
        else:
            yield key, str(value)

