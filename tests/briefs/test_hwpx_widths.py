"""The 한글 brief gives each table cell its column's width as it fills the cell
(``hwpx_brief._column_widths``), rather than walking the table again with python-hwpx's
``set_column_widths``: the widths must be the ones the library's own call writes."""

from __future__ import annotations

import pytest
from hwpx import HwpxDocument

from officer_desk.briefs.hwpx_brief import LANDSCAPE_TEXT_MM, MM, PORTRAIT_TEXT_MM, _column_widths

HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"


def _library_widths(total: int, shares: list[float]) -> tuple[list[int], int]:
    """Each column's cell width and the table's width, as python-hwpx writes them."""
    doc = HwpxDocument.new()
    table = doc.add_table(3, len(shares), width=total)
    table.set_column_widths(shares)
    rows = [[int(c.find(f"{HP}cellSz").get("width")) for c in tr.findall(f"{HP}tc")]
            for tr in table.element.findall(f"{HP}tr")]
    assert all(row == rows[0] for row in rows)
    return rows[0], int(table.element.find(f"{HP}sz").get("width"))


@pytest.mark.parametrize("text_mm", [PORTRAIT_TEXT_MM, LANDSCAPE_TEXT_MM])
@pytest.mark.parametrize("shares", [
    [1.0], [1, 3.4], [3.0, 1.0, 1.0, 1.0], [1.0] * 4,
    [4.0, 30.0, 10.0, 45.0, 12.0, 7.0, 10.0, 10.0, 4.0, 30.0, 45.0],  # an annex
    [0.1, 7.0, 13.0],
])
def test_widths_are_the_libraries(text_mm: float, shares: list[float]) -> None:
    total = int(text_mm * MM)
    ours = _column_widths(total, shares)
    library, table_width = _library_widths(total, shares)
    if ours is None:
        # a column under the least Hancom draws: the brief leaves it to the library,
        # which widens the table
        assert table_width > total or min(library) > min(
            round(total * s / sum(shares)) for s in shares)
    else:
        assert ours == library
        assert table_width == total == sum(ours)


def test_a_column_under_the_floor_is_left_to_the_library() -> None:
    total = int(PORTRAIT_TEXT_MM * MM)
    assert _column_widths(total, [0.1, 40.0]) is None
    assert _column_widths(total, [1.0, 1.0]) is not None
