"""The cell sanitiser: any text becomes a safe cell, whatever it holds."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from officer_desk.briefs.xlsx_cells import (
    SHEET_NAME_LIMIT,
    CellMaker,
    RowMaker,
    SheetNames,
    cells_as_made,
    display_width,
    excel_text,
    unique_labels,
)
from officer_desk.domain.spreadsheet_text import (
    EXCEL_CELL_LIMIT,
    XML_FORBIDDEN,
    clean_cell_text,
    csv_safe,
    fit_cell,
    looks_like_formula,
    utf16_length,
)

FORMULA_LIKE = ["=1+1", "=HYPERLINK(\"http://x\")", "+82-2-1234", "-1+2", "@SUM(A1)",
                "\t=1", "\r=1", "#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NULL!",
                "#NUM!", " #n/a ", "#SPILL!"]
HARMLESS = ["R&D", "a<b", "<script>", "1+1=2", "a-b", "e-mail@x", "# heading", "#N/A text",
            "첫 줄\n둘째 줄", "🚀", "", "   "]


def _cell_value(cell: object) -> object:
    return getattr(cell, "value", cell)


def _round_trip(values: list[object]) -> list[tuple[object, str]]:
    """Write one row in write-only mode, read it back: (value, data_type) per cell."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("t")
    ws.append(values)
    out = io.BytesIO()
    wb.save(out)
    out.seek(0)
    back = load_workbook(out)
    return [(c.value, c.data_type) for c in next(back["t"].iter_rows())]


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_formula_like_text_is_recognised(text):
    assert looks_like_formula(text)
    assert csv_safe(text) == "'" + text


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_text_is_left_alone(text):
    assert not looks_like_formula(text)
    assert csv_safe(text) == text


def test_formula_like_text_is_written_as_a_string_cell_not_a_formula():
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("t")
    cells = CellMaker(ws)
    made = [cells.text(t) for t in FORMULA_LIKE]
    ws.append(made)
    out = io.BytesIO()
    wb.save(out)
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and 't="e"' not in sheet and 't="str"' not in sheet
    assert sheet.count('t="inlineStr"') == len(FORMULA_LIKE)
    out.seek(0)
    row = next(load_workbook(out)["t"].iter_rows())
    assert [c.value for c in row] == [t.replace("\r", "\n") for t in FORMULA_LIKE]
    assert {c.data_type for c in row} == {"s"}
    # quotePrefix: Excel keeps them text when edited too ("\r=1" is now "\n=1": harmless)
    assert all(c.quotePrefix for c in row if looks_like_formula(c.value))


def test_openpyxl_alone_would_make_formulas_and_errors():
    # Why the sanitiser exists: plain str values "=…" and "#N/A" change type.
    assert _round_trip(["=1+1", "#N/A"]) == [("=1+1", "f"), ("#N/A", "e")]


def test_xml_forbidden_characters_are_removed():
    text = "a\x00b\x01c\x08d\x0be\x0cf\x1fg\ufffeh\uffffi\ud800j\tk\nl\rm"
    assert excel_text(text) == "abcdefghij\tk\nl\nm"


def test_carriage_returns_become_line_feeds():
    assert excel_text("a\r\nb\rc\nd") == "a\nb\nc\nd"


def test_excel_escape_sequences_are_kept_literal():
    assert excel_text("_x0041_ and _x00e9_") == "_x005F_x0041_ and _x005F_x00e9_"
    assert excel_text("_x004 _xZZZZ_ x0041_") == "_x004 _xZZZZ_ x0041_"


def test_long_text_is_cut_with_a_visible_marker():
    text = "가" * 40_000
    cut = excel_text(text)
    assert utf16_length(cut) <= EXCEL_CELL_LIMIT
    assert cut.endswith("… [truncated: 40,000 characters]")
    assert cut.startswith("가" * 32_000)


def test_emoji_count_two_units_and_are_never_split():
    text = "🚀" * 20_000  # 40,000 UTF-16 units in 20,000 characters
    cut = fit_cell(text)
    assert utf16_length(cut) <= EXCEL_CELL_LIMIT
    body = cut.split("…")[0]
    assert set(body) == {"🚀"}
    assert "[truncated: 20,000 characters]" in cut
    assert fit_cell("🚀" * 16_383) == "🚀" * 16_383  # 32,766 units: fits


def test_text_at_the_limit_is_kept_whole():
    assert fit_cell("a" * EXCEL_CELL_LIMIT) == "a" * EXCEL_CELL_LIMIT
    assert fit_cell("a" * (EXCEL_CELL_LIMIT + 1)) != "a" * (EXCEL_CELL_LIMIT + 1)


#: Every code point, lone surrogates and control characters included, plus the ones a
#: random draw rarely hits.
ANY_CHARACTER = st.characters(exclude_categories=()) | st.sampled_from(
    ["\ufffe", "\uffff", "\r", "\t", "=", "+", "-", "@", "#", "_", "x", "0", "🚀"])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ANY_CHARACTER, max_size=60)
       | st.sampled_from(FORMULA_LIKE + HARMLESS).map(lambda s: s * 3))
def test_any_text_becomes_a_safe_cell(text):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("t")
    made = CellMaker(ws).text(text)
    value = _cell_value(made)
    assert isinstance(value, str)
    assert not XML_FORBIDDEN.search(value)
    assert utf16_length(value) <= EXCEL_CELL_LIMIT
    if looks_like_formula(value):
        assert made.data_type == "s"  # forced: never "f" or "e"
    else:
        # a plain str: openpyxl only turns "=…" and error literals into formulas/errors
        assert not value.startswith("=") and value.strip().upper() not in (
            "#N/A", "#REF!", "#NAME?", "#VALUE!", "#DIV/0!", "#NULL!", "#NUM!")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=ANY_CHARACTER, min_size=1, max_size=20),
       st.integers(min_value=16_000, max_value=40_000))
def test_any_long_text_fits_the_cell_limit(piece, repeat):
    text = (piece * (repeat // len(piece) + 1))[:repeat]
    cut = clean_cell_text(text)
    assert utf16_length(cut) <= EXCEL_CELL_LIMIT
    assert not XML_FORBIDDEN.search(cut)
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in cut)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=8))
def test_sheet_names_are_always_valid_and_unique(wanted):
    names = SheetNames()
    made = [names.make(w) for w in [*wanted, *wanted]]
    assert len({m.casefold() for m in made}) == len(made)
    for name in made:
        assert 0 < len(name) <= SHEET_NAME_LIMIT
        assert not set(name) & set("[]:*?/\\")
        assert name.casefold() != "history"
        assert name[0] != "'" and name[-1] != "'"
        assert not XML_FORBIDDEN.search(name)


def test_sheet_names_readable():
    names = SheetNames()
    assert names.make("분쟁") == "분쟁"
    assert names.make("History") == "History (1)"
    assert names.make("a/b: c?") == "a b c"
    assert names.make("분쟁") == "분쟁 (2)"
    assert names.make("DISPUTES") == "DISPUTES"
    assert names.make("disputes") == "disputes (2)"
    long = names.make("지난 회의 조치 사항 이행 현황 " * 3)
    assert len(long) <= SHEET_NAME_LIMIT
    assert names.make("지난 회의 조치 사항 이행 현황 " * 3).endswith("(2)")


def test_table_column_names_are_unique_and_not_blank():
    assert unique_labels(["ID", "id", "", "제목\n(한글)", "ID"]) == [
        "ID", "id (2)", "Column 3", "제목 (한글)", "ID (3)"]


def test_display_width_counts_wide_characters_twice():
    assert display_width("abc") == 3
    assert display_width("가나다") == 6
    assert display_width("漢字🚀") == 6
    assert display_width("short\nlonger line") == 11
    assert display_width(dt.date(2026, 1, 2)) == 10
    assert display_width(None) == 0


def test_row_maker_changes_only_what_needs_it():
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("t")
    make = RowMaker(CellMaker(ws), ("id", "text", "date", "int", "text"), {4}, [10] * 5,
                    dt.UTC)
    aware = dt.datetime(2026, 1, 2, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    row = make(("=1+1", "plain", aware, 7, "long text\nwith a line break"))
    assert row[0].data_type == "s" and row[0].value == "=1+1"
    assert row[1] == "plain" and row[3] == 7
    assert row[2] == dt.datetime(2026, 1, 2, 14, 30)
    assert row[4].value == "long text\nwith a line break" and row[4].alignment.wrap_text
    assert make(("a", None, None, None, "short")) == ["a", None, None, None, "short"]
    # a value of the wrong type is sanitised text, never trusted
    odd = make((12, "x", "=bad()", "#N/A", None))
    assert odd[0] == "12"
    assert odd[2].data_type == "s" and odd[2].value == "=bad()"
    assert odd[3].data_type == "s" and odd[3].value == "#N/A"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=ANY_CHARACTER, min_size=1, max_size=30), min_size=1,
                max_size=20))
def test_any_texts_survive_a_save_and_read_back_as_text(texts):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("t")
    cells = CellMaker(ws)
    made = [cells.text(t) for t in texts]
    ws.append(made)
    out = io.BytesIO()
    wb.save(out)
    out.seek(0)
    row = next(load_workbook(out)["t"].iter_rows(max_col=len(texts)))
    for cell, sent in zip(row, made, strict=True):
        expected = _cell_value(sent)
        if expected == "":
            assert cell.value is None
        else:
            assert cell.data_type == "s"
            assert cell.value == expected


def _written(fast: bool) -> list[list[tuple[object, ...]]]:
    """Rows of ready-made and plain cells, written with or without ``cells_as_made``,
    read back as (value, data type, number format, wrap, quote prefix, bold)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("S")
    if fast:
        ws = cells_as_made(ws)
    cells = CellMaker(ws)
    types = ("text", "text", "amount", "date", "int", "text")
    make = RowMaker(cells, types, {1}, [10] * len(types), dt.UTC)
    ws.append([cells.styled("Heading", bold=True), None, "plain"])
    for n in range(3):
        ws.append(make(("=1+1", "a long text that wraps " * 3, 1_300_000 + n,
                        dt.date(2026, 4, n + 1), n, "#N/A")))
        ws.append(make((f"plain {n}", None, 12.5, None, None, "이름")))
    out = io.BytesIO()
    wb.save(out)
    read = load_workbook(io.BytesIO(out.getvalue()))
    return [[(c.value, c.data_type, c.number_format, c.alignment.wrap_text, c.quotePrefix,
              c.font.b) for c in row] for row in read["S"].iter_rows()]


def test_cells_as_made_writes_the_same_cells():
    """The quicker row conversion changes how fast ready-made cells are taken, not what
    is written: values, types, formats, wrapping, quote prefixes and fonts alike."""
    fast = _written(True)
    assert fast == _written(False)
    assert fast[1][0][:2] == ("=1+1", "s") and fast[1][1][3] is True
    assert fast[1][2][:3] == (1_300_000, "n", "#,##0") and fast[2][2][2] == "#,##0.00"
    assert fast[0][0][5] is True
