"""The cells of a sheet counted before its rows are read (``importing.cell_count``)."""

from __future__ import annotations

from xml.parsers import expat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from xlsx_bombs import inline, sheet_parts, workbook

from officer_desk.domain.kinds import DISPUTES
from officer_desk.importing.cell_count import cells_past
from officer_desk.importing.limits import LimitExceeded, Limits
from officer_desk.importing.mapping import header_test
from officer_desk.importing.readers import read_table

IS_HEADER = header_test(DISPUTES)


def expat_cells(xml: bytes) -> int:
    """The cells as an XML parser counts them: elements ``c`` of the main namespace."""
    count = 0

    def start(name: str, _attrs: object) -> None:
        nonlocal count
        if name.endswith("}c"):
            count += 1

    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = start
    parser.Parse(xml, True)
    return count


CELLS = st.sampled_from([
    '<c r="A{n}"><v>1</v></c>', "<c/>", '<c r="B{n}" s="1"/>', "<c><v>2</v></c>",
    '<c t="inlineStr"><is><t>&lt;c a&gt; &lt;c/&gt;</t></is></c>',
    '<c r="C{n}" t="s"><v>0</v></c>', "<col/>", "<cfRule/>",
])


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.lists(CELLS, max_size=8), max_size=20),
       cut=st.lists(st.integers(1, 40), max_size=30))
def test_the_count_is_the_parsers_count_however_the_bytes_are_cut(rows, cut):
    body = "".join(f"<row>{''.join(c.format(n=i) for c in row)}</row>"
                   for i, row in enumerate(rows, 2))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
           'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           f"<sheetData>{body}</sheetData></worksheet>").encode()
    chunks, at = [], 0
    for size in cut:
        chunks.append(xml[at:at + size])
        at += size
    chunks.append(xml[at:])
    cells = expat_cells(xml)
    assert cells_past(chunks, cells - 1) == cells
    assert cells_past(chunks, cells) is None


def test_the_count_stops_once_past_the_ceiling():
    def parts():
        yield b'<?xml version="1.0"?><worksheet><sheetData><row>'
        yield b"<c/>" * 20
        raise AssertionError("read on after the ceiling was passed")

    assert cells_past(parts(), 10) == 20


@pytest.mark.parametrize("unsure", ["<!-- <c/> -->", "<![CDATA[<c/>]]>", "<?pi <c/>?>"])
def test_comments_cdata_and_instructions_leave_the_count_to_the_parser(unsure):
    xml = (f'<?xml version="1.0"?><worksheet><sheetData><row>{unsure}'
           + "<c/>" * 50 + "</row></sheetData></worksheet>").encode()
    assert cells_past([xml], 10) is None


def data_row(number: int) -> str:
    return f'<row r="{number}">{inline(f"A{number}", f"사건 {number}")}</row>'


def test_a_sheet_past_the_ceiling_is_refused_before_its_first_row_is_read(tmp_path):
    # the first data row is damaged: reading the rows would stop there instead
    rows = ['<row r="0"><c><v>1</v></c></row>',
            *(f'<row r="{i}">' + "<c><v>1</v></c>" * 10 + "</row>" for i in range(3, 300))]
    path = workbook(tmp_path / "cells.xlsx", sheet_parts(rows))
    with pytest.raises(LimitExceeded) as caught:
        read_table(path, IS_HEADER, limits=Limits(cells=1_000))
    assert "more than 1,000 cells" in str(caught.value)
    assert "sheet '분쟁현황'" in str(caught.value)


def test_a_sheet_whose_cells_carry_a_prefix_is_still_refused_by_the_reader(tmp_path):
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    xml = (f'<?xml version="1.0"?><x:worksheet xmlns:x="{ns}"><x:sheetData>'
           + "".join(f'<x:row r="{i}">' + "<x:c><x:v>1</x:v></x:c>" * 10 + "</x:row>"
                     for i in range(1, 300))
           + "</x:sheetData></x:worksheet>").encode()
    assert cells_past([xml], 1_000) is None  # not its kind of XML
    path = workbook(tmp_path / "prefixed.xlsx", [xml])
    with pytest.raises(LimitExceeded) as caught:
        read_table(path, IS_HEADER, limits=Limits(cells=1_000))
    assert "more than 1,000 cells" in str(caught.value)


def test_a_sheet_at_the_ceiling_with_a_comment_full_of_cells_is_read(tmp_path):
    rows = [data_row(i) for i in range(2, 50)]
    comment = "<!-- " + "<c/>" * 5_000 + " -->"
    path = workbook(tmp_path / "comment.xlsx", sheet_parts([comment, *rows]))
    table = read_table(path, IS_HEADER, limits=Limits(cells=1_000))
    assert len(table.rows) == 48
