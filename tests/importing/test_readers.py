"""Reading sheets as officers make them: header rows found, blank and totals rows left out."""

from __future__ import annotations

import datetime as dt

import pytest
from import_sheets import GOOD_ROWS, HEADER, csv_bytes, register, simple_xlsx, write_csv

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import DISPUTES
from officer_desk.importing.mapping import header_test
from officer_desk.importing.readers import decode, read_table, sheet_names, sniff_delimiter

IS_HEADER = header_test(DISPUTES)


def test_the_register_header_is_found_under_a_title_and_a_group_row(tmp_path):
    path = register(tmp_path / "register.xlsx")
    assert sheet_names(path) == ["안내", "분쟁현황"]
    table = read_table(path, IS_HEADER, sheet="분쟁현황")
    assert table.sheet == "분쟁현황" and table.header_row == 3
    assert [c.header for c in table.columns] == HEADER  # 번호 comes from the merged cell above
    assert [c.letter for c in table.columns][:3] == ["A", "B", "C"]
    assert table.columns[2].group == "사건 정보"


def test_blank_lines_are_dropped_and_the_totals_row_is_skipped_and_reported(tmp_path):
    table = read_table(register(tmp_path / "r.xlsx"), IS_HEADER, sheet="분쟁현황")
    assert [r.number for r in table.rows] == [4, 5, 8, 9, 10, 11]
    assert len(table.rows) == len(GOOD_ROWS)
    assert [(s.number, s.message("en")) for s in table.skipped] == [
        (12, "totals row, not imported")]
    assert table.skipped[0].message("ko") == "합계 행이므로 가져오지 않음"


def test_cells_keep_their_row_column_and_type(tmp_path):
    table = read_table(register(tmp_path / "r.xlsx"), IS_HEADER, sheet="분쟁현황")
    first = table.rows[0]
    assert first.cell(2).value == dt.datetime(2024, 3, 1)
    assert (first.cell(2).row, first.cell(2).column) == (4, "C")
    assert table.rows[-1].cell(2).value == 45366  # an Excel serial typed as a number


def test_the_first_sheet_with_a_table_is_read_unless_one_is_named(tmp_path):
    path = register(tmp_path / "r.xlsx")  # a notes sheet comes first
    assert read_table(path, IS_HEADER).sheet == "분쟁현황"
    with pytest.raises(OfficerDeskError, match="sheet '안내': no header row found"):
        read_table(path, IS_HEADER, sheet="안내")
    with pytest.raises(OfficerDeskError,
                       match="no sheet named '없음'; its sheets: 안내, 분쟁현황"):
        read_table(path, IS_HEADER, sheet="없음")


def test_a_sheet_without_a_header_row_is_refused_clearly(tmp_path):
    path = simple_xlsx(tmp_path / "x.xlsx", ["a", "b"], [[1, 2]])
    with pytest.raises(OfficerDeskError, match=r"no visible sheet has a header row in its first 30 "
                                               r"rows \(sheets: Sheet\)"):
        read_table(path, IS_HEADER)
    flat = write_csv(tmp_path / "x.csv", ["a", "b"], [[1, 2]])
    with pytest.raises(OfficerDeskError, match=r"x\.csv: no header row found in the first 30"):
        read_table(flat, IS_HEADER)


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp949", "cp949"), ("euc-kr", "cp949"),
])
def test_csv_encodings_korean_excel_writes(tmp_path, encoding, expected):
    path = write_csv(tmp_path / "c.csv", ["사건명", "접수일"], [["한빛 특허침해", "2024-03-01"]],
                     encoding=encoding)
    table = read_table(path, IS_HEADER)
    assert table.encoding == expected
    assert [c.header for c in table.columns] == ["사건명", "접수일"]
    assert table.rows[0].cell(0).value == "한빛 특허침해"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_sniffed(tmp_path, delimiter):
    rows = [["Hanbit Co., Ltd. v. Voltaic", "2024-03-01", "patent"]]
    path = write_csv(tmp_path / "c.csv", ["title", "date", "ip type"], rows,
                     delimiter=delimiter)
    table = read_table(path, IS_HEADER)
    assert table.delimiter == delimiter
    assert table.rows[0].cell(0).value == "Hanbit Co., Ltd. v. Voltaic"
    assert table.rows[0].cell(2).column == "C"


def test_a_semicolon_file_with_commas_in_values_is_still_semicolons():
    text = csv_bytes(["사건명", "회사명"], [["a, b", "Hanbit Co., Ltd."], ["c", "d, e"]],
                     delimiter=";").decode()
    assert sniff_delimiter(text) == ";"


def test_bytes_that_are_neither_utf8_nor_cp949_are_refused():
    with pytest.raises(OfficerDeskError, match="neither UTF-8 nor CP949"):
        decode(b"\xff\xfe\xfa\xfb\x80\x81", "x.csv")


def test_files_that_are_not_sheets_get_a_clear_message(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip at all")
    with pytest.raises(OfficerDeskError, match="not an Excel workbook"):
        read_table(fake, IS_HEADER)
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(OfficerDeskError, match=r"Excel 97-2003 workbook \(\.xls\)"):
        read_table(old, IS_HEADER)
    with pytest.raises(OfficerDeskError, match=r"can import \.xlsx and \.csv files only"):
        read_table(tmp_path / "notes.docx", IS_HEADER)
    with pytest.raises(OfficerDeskError, match="cannot read"):
        read_table(tmp_path / "missing.csv", IS_HEADER)


def test_a_csv_file_has_no_sheets(tmp_path):
    path = write_csv(tmp_path / "c.csv", ["사건명"], [["x"]])
    with pytest.raises(OfficerDeskError, match="has no sheets"):
        read_table(path, IS_HEADER, sheet="Sheet1")


def test_a_very_long_csv_cell_is_read_whole(tmp_path):
    long_text = "가" * 300_000
    path = write_csv(tmp_path / "c.csv", ["사건명", "개요"], [["x", long_text]])
    assert read_table(path, IS_HEADER).rows[0].cell(1).value == long_text
