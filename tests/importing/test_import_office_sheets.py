"""Sheets as Korean offices make them: merged cells, hidden sheets, case numbers that come
later. Only the import's public functions are used, so these run against any version.
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from officer_desk.domain.kinds import DISPUTES
from officer_desk.importing.mapping import header_test
from officer_desk.importing.plan import plan_import
from officer_desk.importing.readers import read_table
from officer_desk.importing.run import run_import
from officer_desk.services import records
from officer_desk.services.transfer import iter_records

HEADER = ["사건명", "접수일", "권리", "분쟁유형", "회사명", "사건번호"]


def disputes(desk) -> list:
    return list(iter_records(desk, DISPUTES, with_blobs=False))


def notes(plan, number: int, lang: str = "en") -> list[str]:
    return [p.text(lang) for r in plan.rows if r.number == number for p in r.problems
            if not p.blocking]


def book_of(path, sheets: dict[str, list[list]], *, hidden=(), active: str | None = None):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for values in rows:
            ws.append(values)
        if name in hidden:
            ws.sheet_state = "hidden"
    if active is not None:
        book.active = book.sheetnames.index(active)
    book.save(path)
    return path


# -- merged cells -------------------------------------------------------------------------

@pytest.fixture
def merged_sheet(tmp_path):
    path = tmp_path / "병합.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "분쟁현황"
    ws.append(HEADER)
    ws.append(["특허침해소송 1심", "2024-03-01", "특허", "침해소송", "(주)한빛배터리", None])
    ws.append(["ITC 337조 조사", "2024-03-05", "특허", "ITC 337", None, None])
    ws.append(["상표 무단선점", "2024-03-07", "상표", "이의신청", None, None])
    ws.append(["기업이 빈 사건", "2024-03-09", "특허", "침해소송", None, None])
    ws.merge_cells("E2:E4")  # the company, merged over three rows as offices do
    book.save(path)
    return path


def test_a_company_merged_over_three_rows_is_filled_down_as_excel_shows_it(desk,
                                                                         merged_sheet):
    plan = plan_import(desk, merged_sheet, DISPUTES)
    assert [r.number for r in plan.rejected] == [5]  # not merged: still refused
    assert "filled from the merged cell E2 (E2:E4), as Excel shows it" in notes(plan, 3)
    assert "병합된 셀 E2(E2:E4)의 값을 Excel에 보이는 대로 채웠습니다" in notes(plan, 4, "ko")
    assert notes(plan, 2) == []
    run_import(desk, plan, skip_invalid=True, rejected_out=merged_sheet.with_name("r.xlsx"))
    companies = {records.get(desk, r["company_id"])["name_ko"] for r in disputes(desk)}
    assert len(disputes(desk)) == 3 and companies == {"(주)한빛배터리"}


# -- which sheet --------------------------------------------------------------------------

def register_rows(title: str) -> list[list]:
    return [HEADER, [title, "2024-03-01", "특허", "침해소송", "(주)한빛배터리", None]]


def test_the_active_visible_sheet_is_read_not_a_hidden_first_one(desk, tmp_path):
    path = book_of(tmp_path / "sheets.xlsx", {
        "옛 현황": register_rows("숨긴 시트의 사건"),
        "2024": register_rows("2024년 사건"),
        "2025": register_rows("2025년 사건"),
    }, hidden=["옛 현황"], active="2025")
    assert read_table(path, header_test(DISPUTES)).sheet == "2025"
    assert read_table(path, header_test(DISPUTES), sheet="옛 현황").sheet == "옛 현황"
    run_import(desk, plan_import(desk, path, DISPUTES))
    assert [r["title_ko"] for r in disputes(desk)] == ["2025년 사건"]


def test_without_an_active_table_the_first_visible_sheet_with_one_is_read(desk, tmp_path):
    path = book_of(tmp_path / "sheets.xlsx", {
        "옛 현황": register_rows("숨긴 시트의 사건"),
        "안내": [["이 파일은 분쟁 현황입니다"]],
        "분쟁현황": register_rows("보이는 시트의 사건"),
    }, hidden=["옛 현황"], active="안내")
    plan = plan_import(desk, path, DISPUTES)
    assert plan.table.sheet == "분쟁현황"


# -- a case number that comes later -------------------------------------------------------

def month(path, rows: list[list]):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "분쟁현황"
    ws.append(HEADER)
    for values in rows:
        ws.append(values)
    book.save(path)
    return path


SUIT = ["한빛배터리 특허침해소송", dt.datetime(2024, 3, 1), "특허", "침해소송", "(주)한빛배터리"]


def test_a_row_that_gains_a_case_number_updates_the_record_it_made(desk, tmp_path):
    run_import(desk, plan_import(desk, month(tmp_path / "11월.xlsx", [[*SUIT, None]]),
                                 DISPUTES))
    [first] = disputes(desk)
    plan = plan_import(desk, month(tmp_path / "12월.xlsx", [[*SUIT, "2:24-cv-00123"]]),
                       DISPUTES)
    assert plan.counts()["update"] == 1 and plan.counts()["create"] == 0
    assert any("imported earlier without a case number" in n for n in notes(plan, 2))
    run_import(desk, plan)
    [again] = disputes(desk)
    assert again.id == first.id and again["case_number"] == "2:24-cv-00123"
    # the month after, the row is found by its case number and nothing changes
    later = plan_import(desk, month(tmp_path / "1월.xlsx", [[*SUIT, "2:24-cv-00123"]]),
                        DISPUTES)
    assert later.counts()["unchanged"] == 1


def test_two_rows_that_could_be_the_earlier_one_are_both_refused(desk, tmp_path):
    run_import(desk, plan_import(desk, month(tmp_path / "11월.xlsx", [[*SUIT, None]]),
                                 DISPUTES))
    plan = plan_import(desk, month(tmp_path / "12월.xlsx", [
        [*SUIT, "2:24-cv-00123"], [*SUIT, "2:24-cv-00456"]]), DISPUTES)
    assert [r.number for r in plan.rejected] == [2, 3]
    assert all("which of them it is cannot be told" in p.en
               for r in plan.rejected for p in r.problems if p.blocking)
    assert len(disputes(desk)) == 1 and not disputes(desk)[0]["case_number"]


def test_a_record_with_another_case_number_is_never_merged_with_a_row(desk, tmp_path):
    run_import(desk, plan_import(desk, month(tmp_path / "11월.xlsx", [[*SUIT, "A-1"]]),
                                 DISPUTES))
    plan = plan_import(desk, month(tmp_path / "12월.xlsx", [[*SUIT, "A-1"], [*SUIT, "B-2"]]),
                       DISPUTES)
    assert (plan.counts()["unchanged"], plan.counts()["create"]) == (1, 1)
    run_import(desk, plan)
    assert sorted(r["case_number"] for r in disputes(desk)) == ["A-1", "B-2"]


def test_a_value_hidden_under_a_merge_gives_way_to_what_excel_shows(desk, tmp_path):
    from xlsx_bombs import inline, sheet_parts, workbook

    def row(n: int, company: str | None) -> str:
        cells = [inline(f"A{n}", f"사건 {n}"), inline(f"B{n}", "2024-03-01"),
                 inline(f"C{n}", "특허"), inline(f"D{n}", "침해소송")]
        if company:
            cells.append(inline(f"E{n}", company))
        return f'<row r="{n}">{"".join(cells)}</row>'

    path = workbook(tmp_path / "hidden.xlsx", sheet_parts(
        [row(2, "(주)한빛배터리"), row(3, "남은 옛 값"), row(4, None)], merges=["E2:E4"]))
    plan = plan_import(desk, path, DISPUTES)
    assert not plan.rejected
    assert notes(plan, 3) == [
        "filled from the merged cell E2 (E2:E4), as Excel shows it (the file held '남은 옛 "
        "값' under the merge, which Excel does not show)"]
    run_import(desk, plan)
    companies = {records.get(desk, r["company_id"])["name_ko"] for r in disputes(desk)}
    assert companies == {"(주)한빛배터리"}
