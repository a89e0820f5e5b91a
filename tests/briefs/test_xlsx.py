"""The briefing pack's workbook, read back as a reader would (openpyxl, normal mode)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from brief_fixture import GENERATED_AT, LONG_NOTE
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from officer_desk.briefs.content import BriefContent, Table, build_content
from officer_desk.briefs.selection import BRIEF_KINDS, BriefSelection
from officer_desk.briefs.xlsx import render_xlsx
from officer_desk.briefs.xlsx_cells import SHEET_NAME_LIMIT, excel_text
from officer_desk.domain.errors import Cancelled, OfficerDeskError
from officer_desk.domain.kinds import kind_named
from officer_desk.domain.spreadsheet_text import (
    EXCEL_CELL_LIMIT,
    XML_FORBIDDEN,
    looks_like_formula,
    utf16_length,
)


def render(content: BriefContent, tmp_path: Path, name: str = "pack.xlsx") -> Workbook:
    return load_workbook(render_xlsx(content, tmp_path / name))


def sheet_of(wb: Workbook, table: Table):
    """The sheet holding ``table`` (its Excel table is named after the table's key)."""
    for ws in wb.worksheets:
        if f"tbl_{table.key}" in ws.tables:
            return ws
    raise AssertionError(f"no sheet for {table.key}")


def data_rows(ws, table: Table) -> list[tuple]:
    rows = list(ws.iter_rows(min_row=2, max_row=len(table.rows) + 1,
                             max_col=len(table.columns)))
    return [r for r in rows if any(c.value is not None for c in r)]


def sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist()
                if n.endswith((".xml", ".rels"))}


def test_sheets_in_order_with_counts_of_the_content(internal_content, tmp_path):
    wb = render(internal_content, tmp_path)
    tables = list(internal_content.sheets)
    log = internal_content.action_log.table
    if log.rows and log.key not in {t.key for t in tables}:
        tables.append(log)
    # the Korean edition's own sheets have Korean names
    assert wb.sheetnames[0] == "요약" and wb.sheetnames[-1] == "정보"
    assert len(wb.sheetnames) == len(tables) + 2
    for table in tables:
        ws = sheet_of(wb, table)
        assert len(data_rows(ws, table)) == len(table.rows)
        if table.key in internal_content.counts:
            assert len(table.rows) == internal_content.counts[table.key]
    assert {"disputes", "engagements", "trend_notes", "action_items"} <= {
        t.key for t in tables}


def test_counts_equal_the_database(brief, tmp_path):
    """Everything selected (internal edition, no conference, no dates): each record
    kind's sheet holds every stored record of the kind. Action items are left out here:
    without a conference they are those of the last one (test_content.py)."""
    content = build_content(brief.desk, BriefSelection(edition="internal", lang="en"),
                            today=brief.today, generated_at=GENERATED_AT)
    wb = render(content, tmp_path)
    checked = 0
    for table in content.sheets:
        if table.key not in BRIEF_KINDS or table.key == "action_items":
            continue
        kind = kind_named(table.key)
        stored = brief.desk.conn.execute(
            f"SELECT count(*) FROM {kind.name} WHERE deleted = 0").fetchone()[0]
        ws = sheet_of(wb, table)
        assert len(data_rows(ws, table)) == stored, table.key
        checked += 1
    assert checked >= 4


def test_no_formula_or_error_cell_anywhere(hostile_content, tmp_path):
    path = render_xlsx(hostile_content, tmp_path / "hostile.xlsx")
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type not in ("f", "e"), (ws.title, cell.coordinate)
    for name, xml in sheet_xml(path).items():
        if name.startswith("xl/worksheets/"):
            assert "<f>" not in xml and "<f " not in xml and 't="e"' not in xml, name


def test_hostile_text_reads_back_as_the_same_text(hostile_content, hostile_texts, tmp_path):
    wb = render(hostile_content, tmp_path)
    table = next(t for t in hostile_content.sheets if t.key == "hostile")
    ws = sheet_of(wb, table)
    rows = data_rows(ws, table)
    assert len(rows) == len(hostile_texts)
    for row, text in zip(rows, hostile_texts, strict=True):
        ident, cell, day, number = row
        assert cell.data_type == "s" and ident.data_type == "s"
        expected = excel_text(text, marker="… [생략: 원문 {count}자]")
        assert cell.value == expected
        assert not XML_FORBIDDEN.search(cell.value)
        assert utf16_length(cell.value) <= EXCEL_CELL_LIMIT
        assert isinstance(day.value, dt.datetime) and day.is_date
        assert isinstance(number.value, int)
        if looks_like_formula(cell.value):
            assert cell.quotePrefix
    long = next(r[1].value for r in rows if r[1].value.startswith(LONG_NOTE[:50]))
    assert long.endswith("… [생략: 원문 40,000자]")
    assert "=HYPERLINK(\"http://evil.example\",\"click\")" in [r[1].value for r in rows]


def test_the_stored_hostile_records_stay_text(internal_content, tmp_path):
    wb = render(internal_content, tmp_path)
    disputes = next(t for t in internal_content.sheets if t.key == "disputes")
    values = {c.value: c.data_type for r in data_rows(sheet_of(wb, disputes), disputes)
              for c in r if isinstance(c.value, str)}
    assert values["=1+1"] == "s"  # a case number (an id column)
    assert values["#N/A"] == "s"
    assert values["=위험한 제목 R&D a<b"] == "s"


def test_dates_are_date_cells_and_identifiers_text(internal_content, tmp_path):
    wb = render(internal_content, tmp_path)
    seen = {"date": 0, "id": 0, "int": 0}
    for table in internal_content.sheets:
        ws = sheet_of(wb, table)
        for row, source in zip(data_rows(ws, table), table.rows, strict=True):
            for cell, kind, value in zip(row, table.types, source, strict=True):
                if value is None:
                    assert cell.value is None
                elif kind == "date":
                    assert isinstance(cell.value, dt.datetime) and cell.is_date
                    assert cell.value.date() == value and cell.number_format == "yyyy-mm-dd"
                    seen["date"] += 1
                elif kind == "id":
                    assert isinstance(cell.value, str) and cell.data_type == "s"
                    seen["id"] += 1
                elif kind == "int":
                    assert cell.value == value
                    seen["int"] += 1
    assert seen["date"] and seen["id"]


def test_record_sheets_are_filterable_tables_with_a_frozen_header(internal_content, tmp_path):
    wb = render(internal_content, tmp_path)
    for table in internal_content.sheets:
        ws = sheet_of(wb, table)
        excel_table = ws.tables[f"tbl_{table.key}"]
        assert excel_table.ref == f"A1:{ws.cell(1, len(table.columns)).column_letter}" \
                                  f"{max(len(table.rows), 1) + 1}"
        assert excel_table.autoFilter.ref == excel_table.ref
        assert [c.name for c in excel_table.tableColumns] == [
            c.value for c in next(ws.iter_rows(max_row=1, max_col=len(table.columns)))]
        assert ws.freeze_panes == "A2"
        assert ws.print_title_rows == "$1:$1"
        widths = [ws.column_dimensions[ws.cell(1, i + 1).column_letter].width
                  for i in range(len(table.columns))]
        assert all(8 <= w <= 60 for w in widths), widths
        for index in table.long_columns:
            cells = [r[index] for r in data_rows(ws, table) if r[index].value]
            long = [c for c in cells if "\n" in c.value or len(c.value) > 60]
            assert all(c.alignment.wrap_text for c in long)


def test_empty_tables_still_make_valid_sheets(internal_content, tmp_path):
    empty = Table(key="nothing", title="Nothing", columns=("ID", "Title"),
                  types=("id", "text"), rows=())
    content = dataclasses.replace(internal_content, sheets=(empty,))
    wb = render(content, tmp_path)
    ws = sheet_of(wb, empty)
    assert ws.tables["tbl_nothing"].ref == "A1:B2"
    assert [c.value for c in next(ws.iter_rows(max_row=1))] == ["ID", "Title"]


def test_sheet_names_are_valid_and_unique(hostile_content, tmp_path):
    clash = Table(key="clash", title="history", columns=("A",), types=("text",), rows=())
    bad = Table(key="bad", title="Disputes: [2026/04] *?\\ " + "x" * 40, columns=("A",),
                types=("text",), rows=())
    twin = Table(key="twin", title="HOSTILE <TEXT> & =FORMULAS", columns=("A",),
                 types=("text",), rows=())
    content = dataclasses.replace(
        hostile_content, sheets=(*hostile_content.sheets, clash, bad, twin))
    wb = render(content, tmp_path)
    names = wb.sheetnames
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert 0 < len(name) <= SHEET_NAME_LIMIT
        assert not re.search(r"[\[\]:*?/\\]", name)
        assert name.casefold() != "history"


def test_summary_has_native_charts_of_the_kpi_cells(internal_content, tmp_path):
    path = render_xlsx(internal_content, tmp_path / "pack.xlsx")
    wb = load_workbook(path)
    summary = wb["요약"]
    charted = [k for k in internal_content.kpis if k.rows and not k.empty]
    assert charted and len(summary._charts) == len(charted)
    xml = sheet_xml(path)
    charts = [v for n, v in xml.items() if n.startswith("xl/charts/chart")]
    assert len(charts) == len(charted)
    for kpi, chart in zip(charted, charts, strict=True):
        assert bool(re.search(r"<(c:)?pieChart>", chart)) == (kpi.chart == "pie")
        assert "'요약'!$B$" in chart or "요약!$B$" in chart
        assert html.unescape(chart).count(kpi.title) >= 1
    labels = {c.value for r in summary.iter_rows(max_col=1) for c in r}
    for kpi in charted:
        assert kpi.title in labels and all(r.label in labels for r in kpi.rows)


def test_about_sheet_states_the_time_zone_and_selection(internal_content, tmp_path):
    wb = render(internal_content, tmp_path)
    about = {r[0].value: r[1].value for r in wb["정보"].iter_rows(max_col=2) if r[0].value}
    assert about["생성 시각"] == GENERATED_AT.replace(tzinfo=None)
    assert about["시간대 (이 통합문서의 모든 시각 기준)"] == "UTC"
    assert about["대외비 — 본청 내부용 / INTERNAL"] is None  # the marking, on its own line
    assert about["edition"] == "internal" and about["brief_number"] == "2026-2"
    assert about["posts"] == "(전체)" and about["date_from"] == "(없음)"
    assert about["배포처"] == "본청 산업재산보호팀"
    props = wb.properties
    assert props.creator == internal_content.control.organisation
    assert props.title == internal_content.control.title
    assert "openpyxl" not in (props.creator or "") + (props.lastModifiedBy or "")


def test_a_time_zone_other_than_utc_is_named(internal_content, tmp_path):
    seoul = dt.timezone(dt.timedelta(hours=9), "KST")
    control = dataclasses.replace(internal_content.control,
                                  generated_at=GENERATED_AT.astimezone(seoul))
    wb = render(dataclasses.replace(internal_content, control=control), tmp_path)
    about = {r[0].value: r[1].value for r in wb["정보"].iter_rows(max_col=2) if r[0].value}
    assert about["생성 시각"] == dt.datetime(2026, 4, 15, 18, 30)
    assert about["시간대 (이 통합문서의 모든 시각 기준)"] == "KST (UTC+09:00)"


def test_the_marking_is_on_every_printed_page(stakeholder_content, tmp_path):
    wb = render(stakeholder_content, tmp_path)
    for ws in wb.worksheets:
        assert ws.oddHeader.center.text == "FOR STAKEHOLDERS — PUBLIC"
        assert ws.oddFooter.center.text == "FOR STAKEHOLDERS — PUBLIC"


def test_stakeholder_workbook_holds_no_internal_text(brief, stakeholder_content, tmp_path):
    path = render_xlsx(stakeholder_content, tmp_path / "stakeholder.xlsx")
    wb = load_workbook(path)
    text = "\n".join(str(c.value) for ws in wb.worksheets for r in ws.iter_rows() for c in r
                     if c.value is not None)
    text += "\n".join(html.unescape(x) for x in sheet_xml(path).values())
    for secret in (*brief.internal_markers, *brief.anonymised_names):
        assert secret not in text


def test_cancel_writes_nothing_and_keeps_an_earlier_file(internal_content, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    path = out / "pack.xlsx"
    path.write_bytes(b"earlier pack")
    checks = {"n": 0}

    def cancel_late() -> bool:  # after the Summary sheet and a few record sheets
        checks["n"] += 1
        return checks["n"] > 4

    for cancel in (lambda: True, cancel_late):
        with pytest.raises(Cancelled):
            render_xlsx(internal_content, path, cancel=cancel)
        assert path.read_bytes() == b"earlier pack"
        assert [p.name for p in out.iterdir()] == ["pack.xlsx"]


def test_progress_counts_up_to_the_total(internal_content, tmp_path):
    calls: list[tuple[int, int]] = []
    render_xlsx(internal_content, tmp_path / "pack.xlsx",
                progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_large_sheets_stream_in_steps(internal_content, tmp_path):
    rows = tuple((f"id-{i}", f"제목 {i}", dt.date(2026, 1, 1) + dt.timedelta(days=i % 90), i)
                 for i in range(3_500))
    big = Table(key="big", title="Big", columns=("ID", "제목", "일자", "번호"),
                types=("id", "text", "date", "int"), rows=rows)
    content = dataclasses.replace(internal_content, sheets=(big,))
    calls: list[int] = []
    checks = {"n": 0}

    def cancel() -> bool:
        checks["n"] += 1
        return False

    wb = load_workbook(render_xlsx(content, tmp_path / "big.xlsx",
                                   progress=lambda d, t: calls.append(d), cancel=cancel))
    ws = sheet_of(wb, big)
    assert ws.max_row == 3_501 and ws.cell(3_501, 1).value == "id-3499"
    assert len(calls) >= 4 and checks["n"] >= 4  # every 1,000 rows, and at the ends


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="LibreOffice is not installed (an independent reader of the file)")
def test_libreoffice_reads_the_hostile_sheet_as_text(hostile_content, tmp_path):
    table = next(t for t in hostile_content.sheets if t.key == "hostile")
    content = dataclasses.replace(hostile_content, sheets=(table,))
    path = render_xlsx(content, tmp_path / "hostile.xlsx")
    office = shutil.which("soffice") or shutil.which("libreoffice")
    # CSV of the second sheet (the hostile table): sheet number 2, UTF-8, comma-separated
    subprocess.run([office, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):"
                    "44,34,76,1,,0,false,true,false,false,false,2", "--outdir", str(tmp_path),
                    str(path)], check=True, capture_output=True, timeout=180)
    csv_text = next(tmp_path.glob("hostile*.csv")).read_text(encoding="utf-8")
    assert "=HYPERLINK" in csv_text and "#N/A" in csv_text and "@SUM(A1:A2)" in csv_text
    assert "click" not in csv_text.replace("\"\"click\"\"", "")  # not evaluated to its label


def test_an_unwritable_place_gives_a_clear_error(internal_content, tmp_path):
    (tmp_path / "a file").write_text("not a folder")
    target = tmp_path / "a file" / "pack.xlsx"
    with pytest.raises(OfficerDeskError, match="cannot write the workbook") as info:
        render_xlsx(internal_content, target)
    assert str(target) in str(info.value)
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary left


def test_the_raw_xml_as_another_reader_sees_it(hostile_content, tmp_path):
    """Without openpyxl's reader: every cell of every sheet is an inline string, a number
    or empty, never a formula or an error; date cells carry the date number format."""
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    path = render_xlsx(hostile_content, tmp_path / "hostile.xlsx")
    with zipfile.ZipFile(path) as z:
        styles = ET.fromstring(z.read("xl/styles.xml"))
        formats = {f.get("numFmtId"): f.get("formatCode")
                   for f in styles.iter(f"{main}numFmt")}
        xfs = [x.get("numFmtId") for x in styles.find(f"{main}cellXfs")]
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        kinds: dict[str, int] = {}
        for name in sheets:
            root = ET.fromstring(z.read(name))
            for cell in root.iter(f"{main}c"):
                kind = cell.get("t", "n")
                kinds[kind] = kinds.get(kind, 0) + 1
                assert kind in ("inlineStr", "n"), (name, cell.get("r"), kind)
                assert cell.find(f"{main}f") is None
                if kind == "inlineStr":
                    text = "".join(t.text or "" for t in cell.iter(f"{main}t"))
                    assert utf16_length(text) <= EXCEL_CELL_LIMIT
                    assert not XML_FORBIDDEN.search(text)
    assert kinds["inlineStr"] > 100 and kinds["n"] > 10
    assert "yyyy-mm-dd" in {formats.get(x) for x in xfs}
