"""Hostile and oversized sheets are refused, naming the ceiling, before memory grows.

The bombs are built for real (``xlsx_bombs``): a ZIP of about a megabyte holding 315 MB
of sheet XML, a shared-strings table of half a million entries, a sheet claiming to be
16,384 columns wide. Memory and time are measured by ``make bench``, not here.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from import_sheets import write_csv
from xlsx_bombs import (
    declare_size,
    inline,
    shared_parts,
    sheet_parts,
    workbook,
    xml_bomb,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import DISPUTES
from officer_desk.importing.limits import DEFAULT_LIMITS, CountedStream, LimitExceeded, Limits
from officer_desk.importing.mapping import header_test
from officer_desk.importing.plan import plan_import
from officer_desk.importing.readers import read_table, sheet_names
from officer_desk.importing.xlsx_book import Damaged

IS_HEADER = header_test(DISPUTES)


def data_row(number: int, title: str = "사건") -> str:
    return (f'<row r="{number}">{inline(f"A{number}", f"{title} {number}")}'
            f'{inline(f"B{number}", "2024-03-01")}</row>')


def hangul(seed: int, length: int) -> str:
    """Syllables that do not repeat much (so the XML does not compress like a bomb)."""
    return "".join(chr(0xAC00 + (seed * 7919 + j * 104_729) % 11_172) for j in range(length))


def refused(path, limit: str, *, limits: Limits = DEFAULT_LIMITS) -> LimitExceeded:
    with pytest.raises(LimitExceeded) as caught:
        read_table(path, IS_HEADER, limits=limits)
    assert caught.value.limit == limit
    assert "nothing was imported" in str(caught.value)
    assert "아무것도 가져오지 않았습니다" in caught.value.message("ko")
    return caught.value


# -- the ZIP ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sheet_bomb(tmp_path_factory):
    return xml_bomb(tmp_path_factory.mktemp("bomb") / "bomb.xlsx", 315)


def test_a_zip_bomb_of_sheet_xml_is_refused_before_it_is_unpacked(sheet_bomb):
    assert sheet_bomb.stat().st_size < 2_000_000  # 315 MB of XML in a small file
    error = refused(sheet_bomb, "part_bytes")
    assert "xl/worksheets/sheet1.xml: it unpacks to 315,0" in str(error)
    assert "more than the ceiling of 134,217,728 bytes" in str(error)
    assert "상한 134,217,728바이트" in error.message("ko")


def test_the_import_refuses_the_bomb_with_the_same_message(desk, sheet_bomb):
    with pytest.raises(LimitExceeded, match="ceiling of 134,217,728 bytes"):
        plan_import(desk, sheet_bomb, DISPUTES)


def test_a_bomb_whose_zip_understates_its_size_is_still_refused(tmp_path):
    bomb = xml_bomb(tmp_path / "liar.xlsx", 40)
    declare_size(bomb, "xl/worksheets/sheet1.xml", 3_000_000)  # under every ceiling
    with pytest.raises(OfficerDeskError) as caught:
        read_table(bomb, IS_HEADER, limits=Limits(rows=20_000))
    # unpacking stops at the declared size: past it the rows ceiling or the ZIP's check
    assert isinstance(caught.value, (LimitExceeded, Damaged))


def test_unpacked_bytes_are_counted_whatever_the_zip_declared():
    stream = CountedStream(io.BytesIO(b"x" * 1_000_000), 300_000,
                           lambda n: LimitExceeded("f.xlsx", "part_bytes", 300_000, n, "big",
                                                   "큼"))
    with pytest.raises(LimitExceeded) as caught:
        b"".join(stream.chunks())
    assert caught.value.found <= 300_000 + CountedStream.CHUNK


def test_a_part_that_grows_too_many_times_is_refused_by_its_ratio(tmp_path):
    path = workbook(tmp_path / "ratio.xlsx",
                    sheet_parts(data_row(i) for i in range(2, 5)),
                    shared_parts("a" for _ in range(400_000)))
    error = refused(path, "ratio")
    assert "xl/sharedStrings.xml: it grows" in str(error)
    assert "more than the ceiling of 100 times" in str(error)


def test_a_zip_of_too_many_parts_is_refused_from_its_end_record(tmp_path):
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        for i in range(50):
            z.writestr(f"x/{i}.xml", "<x/>")
    error = refused(path, "zip_entries", limits=Limits(zip_entries=20))
    assert "the ZIP holds 50 parts" in str(error)


def test_an_xml_entity_declaration_is_refused(tmp_path):
    laughs = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              "<sheetData><row><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row>"
              "</sheetData></worksheet>")
    path = workbook(tmp_path / "dtd.xlsx", [laughs.encode()])
    with pytest.raises(Damaged, match="declares a document type"):
        read_table(path, IS_HEADER)


# -- shared strings -----------------------------------------------------------------------

def test_a_shared_strings_bomb_is_refused_by_its_entry_count(tmp_path):
    path = workbook(tmp_path / "strings.xlsx", sheet_parts(data_row(i) for i in range(2, 5)),
                    shared_parts(str(i) for i in range(DEFAULT_LIMITS.shared_strings + 1)))
    error = refused(path, "shared_strings")
    assert "the shared-strings table has more than 500,000 entries" in str(error)
    assert "공유 문자열 표의 항목이 상한 500,000개보다 많습니다" in error.message("ko")


def test_shared_strings_are_refused_past_their_total_length(tmp_path):
    path = workbook(tmp_path / "long.xlsx", sheet_parts(data_row(i) for i in range(2, 5)),
                    shared_parts(hangul(i, 200) for i in range(2_000)))
    error = refused(path, "text_chars", limits=Limits(text_chars=100_000))
    assert "its texts hold more than 100,000 characters in all" in str(error)


# -- the sheet ----------------------------------------------------------------------------

def test_a_huge_declared_dimension_is_not_trusted(tmp_path):
    path = workbook(tmp_path / "dimension.xlsx",
                    sheet_parts((data_row(i) for i in range(2, 12)),
                                dimension="A1:XFD1048576"))
    table = read_table(path, IS_HEADER)
    assert len(table.rows) == 10 and len(table.columns) == 5
    assert all(len(r.cells) == 5 for r in table.rows)


def test_a_sheet_of_16384_columns_is_refused_at_the_first_value_past_the_ceiling(tmp_path):
    wide = ('<row r="{0}">' + "".join(f"<c><v>{j}</v></c>" for j in range(16_384)) + "</row>")
    path = workbook(tmp_path / "wide.xlsx",
                    sheet_parts((wide.format(i) for i in range(2, 40)),
                                dimension="A1:XFD1048576"))
    error = refused(path, "columns")
    assert "a value in column 1,001 is past the ceiling of 1,000 columns" in str(error)
    assert "sheet '분쟁현황'" in str(error)


def test_rows_past_the_ceiling_are_refused(tmp_path):
    path = workbook(tmp_path / "rows.xlsx", sheet_parts(data_row(i) for i in range(2, 400)))
    error = refused(path, "rows", limits=Limits(rows=300))
    assert "it has more than 300 rows" in str(error)


def test_formatted_empty_cells_count_towards_the_cell_ceiling(tmp_path):
    empty = '<row r="{0}">' + "".join(f'<c r="{chr(67 + j % 20)}{{0}}" s="1"/>'
                                      for j in range(20)) + "</row>"
    path = workbook(tmp_path / "cells.xlsx",
                    sheet_parts(empty.format(i) for i in range(2, 200)))
    error = refused(path, "cells", limits=Limits(cells=1_000))
    assert "more than 1,000 cells" in str(error)


def test_a_cell_longer_than_the_ceiling_is_refused_while_it_is_read(tmp_path):
    rows = [data_row(2), f'<row r="3">{inline("A3", "가" * 5_000)}</row>']
    path = workbook(tmp_path / "cell.xlsx", sheet_parts(rows))
    error = refused(path, "cell_chars", limits=Limits(cell_chars=4_000))
    assert "a cell holds more than 4,000 characters" in str(error)


def test_listing_the_sheets_reads_no_sheet(sheet_bomb):
    assert sheet_names(sheet_bomb) == ["분쟁현황"]


# -- CSV ----------------------------------------------------------------------------------

def test_a_csv_file_larger_than_its_ceiling_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:  # 2 GB on paper, nothing on disk (a sparse file)
        f.truncate(2 * 1024**3)
    error = refused(path, "csv_bytes")
    assert "the file has 2,147,483,648 bytes" in str(error)


def test_a_csv_line_of_megabytes_is_refused_at_the_line_ceiling(tmp_path):
    path = tmp_path / "line.csv"
    path.write_text("사건명,접수일\n" + "x," * 2_600_000 + "\n", encoding="utf-8")
    error = refused(path, "line_chars")
    assert "a line holds more than 4,000,000 characters" in str(error)


def test_a_csv_cell_past_the_ceiling_is_refused(tmp_path):
    path = write_csv(tmp_path / "cell.csv", ["사건명", "개요"], [["x", "가" * 5_000]])
    refused(path, "cell_chars", limits=Limits(cell_chars=4_000))


def test_csv_rows_and_cells_past_their_ceilings_are_refused(tmp_path):
    path = write_csv(tmp_path / "rows.csv", ["사건명", "접수일"],
                     [[f"사건 {i}", "2024-03-01"] for i in range(500)])
    refused(path, "rows", limits=Limits(rows=300))
    refused(path, "cells", limits=Limits(cells=600))
    refused(path, "text_chars", limits=Limits(text_chars=2_000))


def test_a_csv_link_to_a_device_without_end_is_refused_before_reading(tmp_path):
    """A link to /dev/zero has size 0: the import read it for ever (found by the
    independent input check), then up to the CSV ceiling; now it is refused as a device
    before anything is read (s28)."""
    path = tmp_path / "zero.csv"
    path.symlink_to("/dev/zero")
    with pytest.raises(OfficerDeskError) as caught:
        read_table(path, IS_HEADER, limits=Limits(csv_bytes=4 * 1024 * 1024))
    assert "zero.csv is a device, not a regular file" in str(caught.value)
    assert "장치입니다" in caught.value.message("ko")


def test_a_quote_never_closed_is_refused_not_the_rest_of_the_file_read_into_one_cell(
        tmp_path):
    """`…,"인용 시작` in the last column read every following row into that cell: the
    import said '1 data row, to create 1' and the rows after it were gone."""
    path = tmp_path / "q.csv"
    path.write_text('사건명,접수일,개요\n가,2024-03-01,"인용 시작\n나,2024-03-02,두번째\n'
                    '다,2024-03-03,세번째\n', encoding="utf-8")
    with pytest.raises(OfficerDeskError) as caught:
        read_table(path, IS_HEADER)
    assert "opened in the row starting on line 2 is never closed" in str(caught.value)
    assert "2행에서 시작하는 행의 따옴표" in caught.value.message("ko")


def test_text_after_a_closing_quote_is_refused_not_run_together(tmp_path):
    """`"a"b` was read as `ab`, the quotes dropped without a word."""
    path = tmp_path / "q.csv"
    path.write_text('사건명,접수일,개요\n가,2024-03-01,"a"b\n', encoding="utf-8")
    with pytest.raises(OfficerDeskError) as caught:
        read_table(path, IS_HEADER)
    assert "q.csv, line 2: a cell's closing quote" in str(caught.value)


def test_quotes_doubled_and_line_breaks_inside_quotes_are_still_read(tmp_path):
    path = tmp_path / "ok.csv"
    path.write_text('사건명,접수일,개요\n가,2024-03-01,"그가 ""예"" 했다\n둘째 줄"\n'
                    '나,2024-03-02,b"c\n', encoding="utf-8")
    table = read_table(path, IS_HEADER)
    assert [[c.value for c in r.cells] for r in table.rows] == [
        ["가", "2024-03-01", '그가 "예" 했다\n둘째 줄'], ["나", "2024-03-02", 'b"c']]
