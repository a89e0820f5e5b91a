"""Importing sheets end to end, each outcome checked record by record through services."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from import_sheets import GOOD_ROWS, HANBIT_BRN, HEADER, register, simple_xlsx, write_csv

from officer_desk.domain.errors import NotPermitted, OfficerDeskError
from officer_desk.domain.kinds import COMPANIES, DISPUTES, ENGAGEMENTS, TREND_NOTES
from officer_desk.importing.plan import plan_import
from officer_desk.importing.readers import read_table
from officer_desk.importing.run import ImportCancelled, run_import
from officer_desk.services import records
from officer_desk.services.desk import open_desk
from officer_desk.services.transfer import iter_records


def live(desk, kind):
    return list(iter_records(desk, kind, with_blobs=False))


def by_title(desk):
    return {(r["title_ko"] or r["title_en"]): r for r in live(desk, DISPUTES)}


def history_count(desk) -> int:
    return desk.conn.execute("SELECT count(*) FROM history").fetchone()[0]


@pytest.fixture
def sheet(tmp_path):
    return register(tmp_path / "분쟁현황.xlsx")


def test_the_korean_register_comes_in_record_by_record(desk, sheet):
    plan = plan_import(desk, sheet, "disputes", sheet="분쟁현황")
    assert plan.counts()["create"] == 6 and not plan.rejected
    assert [c.name for c in plan.new_companies] == [
        "(주)한빛배터리", "Sejin Cosmetics Co., Ltd.", "모던가구", "큐원랩"]
    report = run_import(desk, plan)
    assert (report.created, report.rejected, report.skipped) == (6, 0, 1)

    cases = by_title(desk)
    assert len(cases) == 6
    first = cases["한빛배터리 v. Voltaic 특허침해소송"]
    assert first["opened_on"] == dt.date(2024, 3, 1)
    assert (first["ip_type"], first["dispute_kind"], first["stage"]) == (
        "patent", "infringement_suit", "filed")
    assert first["counterparties"] == [{"name": "Voltaic Licensing LLC", "type": "npe"}]
    assert first["case_number"] == "2:24-cv-00123" and first["claimed_amount"] == 12_000_000
    assert (first["status"], first["outcome"], first["sensitivity"]) == (
        "open", "pending", "internal")
    assert first.post == "US"
    hanbit = records.get(desk, first["company_id"])
    assert (hanbit["name_ko"], hanbit["brn"]) == ("(주)한빛배터리", HANBIT_BRN)

    sejin = cases["Sejin cosmetics trademark squatting"]
    assert sejin["title_ko"] is None and sejin["opened_on"] == dt.date(2024, 3, 5)
    assert (sejin["ip_type"], sejin["dispute_kind"]) == ("trademark", "opposition")
    assert sejin["counterparties"] == [{"name": "Guangzhou Beauty Trading",
                                        "type": "trademark_squatter"}]
    design = cases["모던가구 디자인 모방품 세관 통관보류"]
    assert (design["opened_on"], design["dispute_kind"], design["stage"]) == (
        dt.date(2024, 3, 7), "customs_detention", "decision")
    itc = cases["한빛배터리 ITC 337조 조사"]
    assert itc["opened_on"] == dt.date(2024, 3, 1) and itc["dispute_kind"] == "itc_337"
    assert itc["company_id"] == first["company_id"]  # "한빛배터리 주식회사" is (주)한빛배터리
    online = cases["온라인 쇼핑몰 위조 화장품"]
    assert online["opened_on"] == dt.date(2024, 3, 12) and online["ip_type"] == "trademark"
    assert online["company_id"] == sejin["company_id"]  # "Sejin Cosmetics" without Co., Ltd.
    secret = cases["Quantum lab trade secret"]
    assert secret["opened_on"] == dt.date(2024, 3, 15)  # Excel serial 45366
    assert (secret["ip_type"], secret["stage"]) == ("trade_secret", "evidence")
    assert secret["claimed_amount"] is None
    assert sorted(c["name_ko"] or c["name_en"] for c in live(desk, COMPANIES)) == sorted(
        ["(주)한빛배터리", "Sejin Cosmetics Co., Ltd.", "모던가구", "큐원랩"])


def test_importing_the_same_sheet_twice_duplicates_nothing(desk, sheet):
    run_import(desk, plan_import(desk, sheet, "disputes", sheet="분쟁현황"))
    before = history_count(desk)
    again = plan_import(desk, sheet, "disputes", sheet="분쟁현황")
    assert again.counts()["unchanged"] == 6 and not again.new_companies
    report = run_import(desk, again)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 6)
    assert len(live(desk, DISPUTES)) == 6 and len(live(desk, COMPANIES)) == 4
    assert history_count(desk) == before


def test_an_edited_row_updates_its_record_and_empty_cells_erase_nothing(desk, tmp_path):
    run_import(desk, plan_import(desk, register(tmp_path / "a.xlsx"), "disputes",
                                 sheet="분쟁현황"))
    edited = [list(r) for r in GOOD_ROWS]
    edited[0][5] = "변론·심리"  # the stage moved on
    edited[0][10] = None  # the amount cell was emptied
    plan = plan_import(desk, register(tmp_path / "b.xlsx", edited), "disputes",
                       sheet="분쟁현황")
    assert plan.counts() == {"create": 0, "update": 1, "unchanged": 5, "deleted": 0,
                             "rejected": 0}
    report = run_import(desk, plan)
    assert report.updated == 1
    case = by_title(desk)["한빛배터리 v. Voltaic 특허침해소송"]
    assert case["stage"] == "hearing" and case["claimed_amount"] == 12_000_000
    assert [h.field for h in records.history(desk, case.id) if h.action == "update"] == [
        "stage"]


def test_a_record_entered_by_hand_is_found_by_its_case_number(desk, company, dispute,
                                                              tmp_path):
    path = simple_xlsx(tmp_path / "one.xlsx",
                       ["사건명", "접수일", "권리", "분쟁유형", "회사명", "사건번호", "단계"],
                       [["다른 제목", "2024-03-01", "특허", "침해소송", "(주)한빛배터리",
                         "2:24-CV-00123", "증거조사"]])
    plan = plan_import(desk, path, "disputes")
    assert plan.counts()["update"] == 1 and plan.rows[0].record_id == dispute.id
    run_import(desk, plan)
    assert len(live(desk, DISPUTES)) == 1
    assert records.get(desk, dispute.id)["stage"] == "evidence"


def test_a_record_deleted_here_is_not_brought_back(desk, sheet):
    run_import(desk, plan_import(desk, sheet, "disputes", sheet="분쟁현황"))
    gone = by_title(desk)["모던가구 디자인 모방품 세관 통관보류"]
    records.delete(desk, gone.id)
    plan = plan_import(desk, sheet, "disputes", sheet="분쟁현황")
    assert plan.counts()["deleted"] == 1 and not plan.rejected
    note = next(p for p in plan.problems if p.row == 8)
    assert not note.blocking and "deleted in Officer Desk" in note.message("en")
    report = run_import(desk, plan)
    assert report.deleted == 1
    assert records.get(desk, gone.id).deleted


BAD_ROWS = [
    [7, "날짜가 틀린 사건", "2024-13-45", "특허", "침해소송", "접수", "(주)한빛배터리", None,
     None, None, None, None],
    [8, "권리가 없는 사건", "2024-04-01", "특허권리", "침해소송", "접수", "모던가구", None,
     None, None, "많음", None],
    [9, "회사가 없는 사건", "2024-04-02", "특허", "침해소송", "접수", None, None, None, None,
     None, None],
]


def test_every_problem_is_reported_by_row_column_and_reason(desk, tmp_path):
    path = register(tmp_path / "bad.xlsx", GOOD_ROWS + BAD_ROWS)
    plan = plan_import(desk, path, "disputes", sheet="분쟁현황")
    assert [r.number for r in plan.rejected] == [12, 13, 14]
    messages = [p.message("en") for p in plan.problems if p.blocking]
    assert messages == [
        "row 12, column C (접수일): Opened: there is no '2024-13-45' (months are 1 to 12)",
        "row 13, column D (권리): IP type: unknown value '특허권리' (choose one of: Patent, "
        "Utility model, Design, Trademark, Copyright, Trade secret, Unfair competition, "
        "Domain name)",
        "row 13, column K (청구금액): Amount claimed: '많음' is not a number",
        "row 14, column G (회사명): Company is required",
    ]
    assert next(p for p in plan.problems if p.blocking).message("ko") == (
        "12행 C열 (접수일): 접수일: '2024-13-45'은(는) 없는 날짜입니다 (월은 1~12)")
    guesses = [p.message("en") for p in plan.problems if not p.blocking]
    assert guesses == [
        "row 4, column K (청구금액): Currency set to USD from 'US$' in column K",
        "row 9, column C (접수일): Opened: '24.3.1' read as 2024-03-01 (a two-digit year is "
        "20xx)",
        "row 11, column C (접수일): Opened: the number 45366 read as Excel's date 2024-03-15",
    ]


def test_by_default_nothing_is_imported_while_any_row_is_rejected(desk, tmp_path):
    path = register(tmp_path / "bad.xlsx", GOOD_ROWS + BAD_ROWS)
    plan = plan_import(desk, path, "disputes", sheet="분쟁현황")
    before = history_count(desk)
    with pytest.raises(OfficerDeskError, match="3 of 9 rows have problems; nothing was "
                                               "imported"):
        run_import(desk, plan)
    assert live(desk, DISPUTES) == [] and live(desk, COMPANIES) == []
    assert history_count(desk) == before


def test_skip_invalid_imports_the_rest_and_the_fixed_rejects_come_in_later(desk, tmp_path):
    path = register(tmp_path / "bad.xlsx", GOOD_ROWS + BAD_ROWS)
    report = run_import(desk, plan_import(desk, path, "disputes", sheet="분쟁현황"),
                        skip_invalid=True)
    assert (report.created, report.rejected) == (6, 3)
    assert report.rejected_file == tmp_path / "bad.rejected.xlsx"
    book = openpyxl.load_workbook(report.rejected_file)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0] == (*HEADER, "가져오기 오류 / Import problem")
    assert [r[1] for r in rows[1:]] == ["날짜가 틀린 사건", "권리가 없는 사건", "회사가 없는 사건"]
    assert rows[1][12] == "C열(접수일): 접수일: '2024-13-45'은(는) 없는 날짜입니다 (월은 1~12)"
    assert rows[2][12].count("\n") == 1  # two problems, one per line

    sheet = book.active  # the officer corrects the three rows in the rejected file
    sheet["C2"] = "2024-04-30"
    sheet["D3"], sheet["K3"] = "특허", "5,000,000원"  # a number alone: which currency?
    sheet["G4"] = "모던가구"
    book.save(report.rejected_file)
    again = plan_import(desk, report.rejected_file, "disputes")
    assert again.counts()["create"] == 3
    assert [p.message("en") for p in again.problems] == [
        "row 3, column K (청구금액): Currency set to KRW from '원' in column K"]
    assert [c.how for c in again.columns][-1] == "ignored"  # the problem column
    run_import(desk, again)
    cases = by_title(desk)
    assert len(cases) == 9
    assert cases["날짜가 틀린 사건"]["opened_on"] == dt.date(2024, 4, 30)
    assert cases["권리가 없는 사건"]["claimed_amount"] == 5_000_000
    assert len(live(desk, COMPANIES)) == 4  # 모던가구 was found, not made twice


def test_the_rejected_rows_of_a_csv_go_to_a_csv_like_it(desk, tmp_path):
    header = ["사건명", "접수일", "권리", "분쟁유형", "회사명"]
    rows = [["좋은 행", "2024-03-01", "특허", "침해소송", "한빛"],
            ["=cmd|' /C calc'!A0", "2024-03-01", "특허", "침해소송", "한빛"]]
    path = write_csv(tmp_path / "cases.csv", header, rows, delimiter=";", encoding="cp949")
    out = tmp_path / "고칠 것.csv"
    report = run_import(desk, plan_import(desk, path, "disputes"), skip_invalid=True,
                        rejected_out=out, cp949_seen=True)
    assert report.rejected_file == out and report.created == 1
    text = out.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == ("사건명;접수일;권리;분쟁유형;회사명;"
                                    "가져오기 오류 / Import problem")
    assert text.splitlines()[1].startswith("'=cmd|' /C calc'!A0;2024-03-01")  # not a formula
    again = plan_import(desk, out, "disputes")  # behind its apostrophe it is text now
    assert again.problems == [] and again.rows[0].values["title_en"] == "=cmd|' /C calc'!A0"
    assert "looks like a formula" in plan_import(desk, path, "disputes").problems[0].en


def test_the_plan_writes_nothing(desk, sheet):
    before = history_count(desk)
    plan = plan_import(desk, sheet, "disputes", sheet="분쟁현황")
    assert plan.counts()["create"] == 6
    assert history_count(desk) == before and live(desk, COMPANIES) == []


def test_hostile_cells_get_clear_messages(desk, tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["사건명", "접수일", "권리", "분쟁유형", "회사명", "개요", "사건번호"])
    ws.append(["=cmd|' /C calc'!A0", "2024-03-01", "특허", "침해소송", "한빛", None, None])
    ws.append(["가" * 40_000, "2024-03-01", "특허", "침해소송", "한빛", None, None])
    ws.append(["긴 개요는 괜찮다", "2024-03-01", "특허", "침해소송", "한빛", "나" * 40_000, None])
    ws.append(["날짜 칸에 참", True, "특허", "침해소송", "한빛", None, None])
    ws.append(["시간", dt.time(10, 30), "특허", "침해소송", "한빛", None, 12345.0])
    ws.append(["#REF!", "2024-03-01", 3.5, "침해소송", "한빛", None, None])
    book.save(tmp_path / "hostile.xlsx")
    plan = plan_import(desk, tmp_path / "hostile.xlsx", "disputes")
    by_row = {r.number: [p.message("en") for p in r.problems] for r in plan.rows}
    assert by_row[2] == ["row 2, column A (사건명): Title (Korean or English): the cell holds a "
                         "formula without a value (\"=cmd|' /C calc'!A0\"); type the value "
                         "itself"]
    assert by_row[3] == ["row 3, column A (사건명): Title (Korean) is too long (32767 "
                         "characters, at most 500)"]  # openpyxl keeps Excel's cell limit
    assert by_row[4] == [] and plan.rows[2].values["summary"] == "나" * 32_767
    assert by_row[5] == ["row 5, column B (접수일): Opened: true is not a date (use YYYY-MM-DD)"]
    assert by_row[6] == ["row 6, column B (접수일): Opened: 10:30 is not a date (use "
                         "YYYY-MM-DD)"]
    assert plan.rows[4].values == {}
    assert by_row[7][0] == "row 7, column A (사건명): Title (Korean or English): the cell " \
        "shows the spreadsheet error #REF!"
    assert by_row[7][1].startswith("row 7, column C (권리): IP type: unknown value '3.5'")
    assert [r.action for r in plan.rows] == ["rejected"] * 2 + ["create"] + ["rejected"] * 3


def test_control_characters_and_huge_cells_in_a_csv(desk, tmp_path):
    path = write_csv(tmp_path / "c.csv", ["사건명", "접수일", "권리", "분쟁유형", "회사명", "개요"],
                     [["제어\x07문자", "2024-03-01", "특허", "침해소송", "한빛", ""],
                      ["NUL\x00", "2024-03-01", "특허", "침해소송", "한빛", ""],
                      ["가" * 40_000, "2024-03-01", "특허", "침해소송", "한빛", ""],
                      ["요약이 길다", "2024-03-01", "특허", "침해소송", "한빛", "나" * 40_000]])
    plan = plan_import(desk, path, "disputes")
    assert [p.message("en") for p in plan.problems] == [
        "row 2, column A (사건명): Title (Korean) contains a control character (U+0007) that "
        "cannot be stored",
        "row 3, column A (사건명): Title (English) contains a control character (U+0000) that "
        "cannot be stored",
        "row 4, column A (사건명): Title (Korean) is too long (40000 characters, at most 500)"]
    assert plan.rows[3].action == "create" and plan.rows[3].values["summary"] == "나" * 40_000


def test_a_missing_required_column_is_said_once_for_the_sheet(desk, tmp_path):
    path = simple_xlsx(tmp_path / "x.xlsx", ["사건명", "접수일", "회사명"],
                       [["a", "2024-01-01", "한빛"]])
    plan = plan_import(desk, path, "disputes")
    sheet_level = [p.message("en") for p in plan.sheet_problems]
    assert sheet_level == ["the sheet has no column for IP type (required)",
                           "the sheet has no column for Dispute kind (required)"]
    assert plan.rejected


def test_the_same_case_twice_in_one_sheet_is_rejected(desk, tmp_path):
    row = ["a", "2024-01-01", "특허", "침해소송", "한빛", "2024가합1"]
    path = simple_xlsx(tmp_path / "x.xlsx", ["사건명", "접수일", "권리", "분쟁유형", "회사명",
                                             "사건번호"], [row, ["b", *row[1:]]])
    plan = plan_import(desk, path, "disputes")
    assert [r.action for r in plan.rows] == ["create", "rejected"]
    assert plan.problems[0].message("en") == (
        "row 3: the same record as row 2 (same case number or title and date); merge the "
        "two rows")


def test_companies_then_disputes_matched_by_registration_number(desk, tmp_path):
    companies = write_csv(tmp_path / "기업.csv",
                          ["기업명", "기업명(영문)", "사업자등록번호", "기업규모", "업종"],
                          [["(주)한빛배터리", "Hanbit Battery", "1234567891", "중소기업",
                            "이차전지"],
                           ["세진화장품", "", "", "startup", "화장품"]], encoding="utf-8-sig")
    report = run_import(desk, plan_import(desk, companies, "company"))
    assert report.created == 2
    hanbit = next(c for c in live(desk, COMPANIES) if c["name_ko"] == "(주)한빛배터리")
    assert (hanbit["brn"], hanbit["size"], hanbit["sector"], hanbit["name_en"]) == (
        HANBIT_BRN, "sme", "batteries", "Hanbit Battery")
    assert run_import(desk, plan_import(desk, companies, "company")).unchanged == 2
    cases = write_csv(tmp_path / "cases.csv",
                      ["사건명", "접수일", "권리", "분쟁유형", "업체", "사업자번호"],
                      [["x", "2024-1-2", "특허", "침해소송", "Hanbit", HANBIT_BRN]])
    plan = plan_import(desk, cases, "disputes")
    assert not plan.new_companies
    run_import(desk, plan)
    assert live(desk, DISPUTES)[0]["company_id"] == hanbit.id


def test_a_bad_registration_number_or_an_unknown_one_without_a_name(desk, tmp_path):
    path = simple_xlsx(tmp_path / "x.xlsx",
                       ["사건명", "접수일", "권리", "분쟁유형", "회사명", "사업자등록번호"],
                       [["a", "2024-01-01", "특허", "침해소송", "한빛", "123-45-67890"],
                        ["b", "2024-01-01", "특허", "침해소송", None, HANBIT_BRN]])
    problems = [p.message("en") for p in plan_import(desk, path, "disputes").problems]
    assert "is not a valid business registration number" in problems[0]
    assert "column F" in problems[0]
    assert "no company with registration no. 123-45-67891; give its name" in problems[1]


def test_engagements_and_trend_notes_from_sheets(desk, company, tmp_path):
    engagements = simple_xlsx(
        tmp_path / "협의.xlsx", ["주제", "상대 기관", "일자", "관련 기업", "참석자", "결과"],
        [["USPTO 심사 지연 협의", "USPTO", dt.datetime(2024, 5, 2),
          "(주)한빛배터리; 새 회사", "김영희; John Doe", "후속 회의 합의"]])
    run_import(desk, plan_import(desk, engagements, "engagement"))
    [meeting] = live(desk, ENGAGEMENTS)
    assert (meeting["topic_ko"], meeting["agency"], meeting["held_on"]) == (
        "USPTO 심사 지연 협의", "uspto", dt.date(2024, 5, 2))
    assert meeting["participants"] == ["김영희", "John Doe"]
    assert meeting["company_ids"][0] == company.id
    assert records.get(desk, meeting["company_ids"][1])["name_ko"] == "새 회사"
    notes = write_csv(tmp_path / "동향.csv", ["Title", "Category", "Date", "Source"],
                      [["Export controls on HBM", "export controls", "2024/12/2",
                        "https://example.org/x"]], delimiter="\t")
    run_import(desk, plan_import(desk, notes, "trend"))
    [note] = live(desk, TREND_NOTES)
    assert (note["title_en"], note["category"], note["noted_on"], note["source_url"]) == (
        "Export controls on HBM", "export_controls", dt.date(2024, 12, 2),
        "https://example.org/x")


def test_a_mapping_chosen_by_hand_is_used(desk, tmp_path):
    path = simple_xlsx(tmp_path / "x.xlsx",
                       ["건", "날", "권리", "분쟁유형", "회사명", "비고"],
                       [["a", "2024-01-01", "특허", "침해소송", "한빛", "메모"]])
    mapping = {"건": "title_ko", "날": "opened_on", "비고": "summary"}
    run_import(desk, plan_import(desk, path, "disputes", mapping=mapping))
    [case] = live(desk, DISPUTES)
    assert (case["title_ko"], case["opened_on"], case["summary"]) == (
        "a", dt.date(2024, 1, 1), "메모")


def test_a_cancelled_import_leaves_nothing(desk, sheet):
    plan = plan_import(desk, sheet, "disputes", sheet="분쟁현황")
    seen = []
    with pytest.raises(ImportCancelled, match="nothing was imported"):
        run_import(desk, plan, progress=lambda d, t: seen.append((d, t)),
                   cancel=lambda: bool(seen))
    assert live(desk, DISPUTES) == [] and live(desk, COMPANIES) == []
    done = []
    run_import(desk, plan, progress=lambda d, t: done.append((d, t)))
    assert done[-1] == (10, 10)  # 4 companies and 6 disputes


def test_a_read_only_desk_is_refused(desk, sheet):
    plan = plan_import(desk, sheet, "disputes", sheet="분쟁현황")
    reader = open_desk(desk.path, readonly=True)
    try:
        with pytest.raises(NotPermitted, match="read-only"):
            run_import(reader, plan)
    finally:
        reader.close()


def test_the_header_test_decides_which_row_is_the_header(sheet):
    table = read_table(sheet, lambda text: text in HEADER, sheet="분쟁현황")
    assert len(table.rows) == 6


def test_a_backup_is_taken_before_the_import_and_none_when_it_is_refused(desk, sheet,
                                                                         tmp_path):
    from officer_desk.services.backups import list_backups

    bad = plan_import(desk, register(tmp_path / "bad.xlsx", GOOD_ROWS + BAD_ROWS),
                      "disputes", sheet="분쟁현황")
    with pytest.raises(OfficerDeskError):
        run_import(desk, bad)
    assert [b.reason for b in list_backups(desk.path)] == []
    report = run_import(desk, plan_import(desk, sheet, "disputes", sheet="분쟁현황"))
    [backup] = list_backups(desk.path)
    assert backup.reason == "import" and report.backup == backup.path
    assert backup.counts.get("disputes", 0) == 0  # the database as it was before
    again = run_import(desk, plan_import(desk, sheet, "disputes", sheet="분쟁현황"))
    assert again.backup is None and len(list_backups(desk.path)) == 1  # nothing to write


def test_a_formula_goes_back_to_the_rejected_workbook_as_text_never_a_formula(desk,
                                                                              tmp_path):
    path = simple_xlsx(tmp_path / "f.xlsx", ["사건명", "접수일", "권리", "분쟁유형", "회사명"],
                       [["=cmd|' /C calc'!A0", "2024-03-01", "특허", "침해소송", "한빛"],
                        ["ok", "2024-03-01", "특허", "침해소송", "한빛"]])
    report = run_import(desk, plan_import(desk, path, "disputes"), skip_invalid=True)
    cell = openpyxl.load_workbook(report.rejected_file).active["A2"]
    assert (cell.value, cell.data_type) == ("=cmd|' /C calc'!A0", "s")
    assert titles_of(desk) == ["ok"]


def titles_of(desk) -> list[str]:
    return sorted(by_title(desk))


def test_when_the_rejected_file_cannot_be_written_nothing_is_imported(desk, tmp_path):
    path = register(tmp_path / "bad.xlsx", GOOD_ROWS + BAD_ROWS)
    plan = plan_import(desk, path, "disputes", sheet="분쟁현황")
    with pytest.raises(OfficerDeskError, match="cannot write the rejected rows to"):
        run_import(desk, plan, skip_invalid=True,
                   rejected_out=tmp_path / "no such folder" / "rejected.xlsx")
    assert live(desk, DISPUTES) == [] and live(desk, COMPANIES) == []


def test_the_plan_is_checked_again_when_the_database_changed_since(desk, company, tmp_path,
                                                                   monkeypatch):
    import sqlite3

    from officer_desk.importing import run as run_module

    sheet = simple_xlsx(tmp_path / "one.xlsx", ["사건명", "접수일", "권리", "분쟁유형", "회사명",
                                                 "사건번호"],
                        [["한빛 소송", "2024-03-01", "특허", "침해소송", "(주)한빛배터리", "X-1"]])
    replans = []
    real = run_module.build_plan
    monkeypatch.setattr(run_module, "build_plan",
                        lambda *a, **k: replans.append(1) or real(*a, **k))
    unchanged_since = plan_import(desk, sheet, "disputes")
    assert run_import(desk, unchanged_since).created == 1 and replans == []

    records.delete(desk, live(desk, DISPUTES)[0].id)
    plan = plan_import(desk, sheet, "disputes")  # the same row, before its record is back
    assert plan.counts()["deleted"] == 1
    other = sqlite3.connect(desk.path)  # another program writes between preview and import
    other.execute("INSERT INTO meta (key, value) VALUES ('written elsewhere', '1')")
    other.commit()
    other.close()
    run_import(desk, plan)
    assert replans == [1]

    second = simple_xlsx(tmp_path / "two.xlsx", ["사건명", "접수일", "권리", "분쟁유형", "회사명",
                                                  "사건번호"],
                         [["한빛 2차 소송", "2024-04-01", "특허", "침해소송", "(주)한빛배터리",
                           "Y-2"]])
    entered = plan_import(desk, second, "disputes")
    assert entered.counts()["create"] == 1
    records.create(desk, DISPUTES, {  # typed in the window while the preview was open
        "title_ko": "한빛 2차 소송", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "infringement_suit", "opened_on": dt.date(2024, 4, 1),
        "case_number": "Y-2"})
    report = run_import(desk, entered)
    assert replans == [1, 1] and report.created == 0 and report.unchanged == 1
    assert sorted(r["case_number"] for r in live(desk, DISPUTES)) == ["Y-2"]


def test_a_second_import_never_replaces_the_rejects_being_corrected(desk, tmp_path):
    """The officer corrects ``bad.rejected.xlsx`` and, before importing it, imports the
    original again (or another sheet of the same name): the corrections stay; the new
    rejects go to ``bad.rejected-2.xlsx``, which the report names."""
    path = register(tmp_path / "bad.xlsx", GOOD_ROWS + BAD_ROWS)
    first = run_import(desk, plan_import(desk, path, "disputes", sheet="분쟁현황"),
                       skip_invalid=True)
    book = openpyxl.load_workbook(first.rejected_file)
    book.active["C2"] = "2024-04-30"  # being corrected
    book.save(first.rejected_file)
    corrected = first.rejected_file.read_bytes()
    again = run_import(desk, plan_import(desk, path, "disputes", sheet="분쟁현황"),
                       skip_invalid=True)
    assert first.rejected_file.read_bytes() == corrected
    assert again.rejected_file == tmp_path / "bad.rejected-2.xlsx"
    rows = list(openpyxl.load_workbook(again.rejected_file).active.iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == ["날짜가 틀린 사건", "권리가 없는 사건", "회사가 없는 사건"]
    third = run_import(desk, plan_import(desk, path, "disputes", sheet="분쟁현황"),
                       skip_invalid=True)
    assert third.rejected_file == tmp_path / "bad.rejected-3.xlsx"


def test_hanja_kana_and_mixed_names_are_korean_names_latin_ones_english(desk, tmp_path):
    """The importer puts a name in the field of its script as the window's "New
    company" does (domain.name_script): 三星電子 is a Korean name, not an English one."""
    rows = [["三星電子 特許侵害", "2024-01-02", "특허", "침해소송", "三星電子"],
            ["ソニー 商標", "2024-01-03", "상표", "이의신청", "ソニーグループ"],
            ["Samsung 電子 case", "2024-01-04", "특허", "침해소송", "Samsung 電子"],
            ["Société case", "2024-01-05", "특허", "침해소송", "Société Générale"]]
    path = simple_xlsx(tmp_path / "x.xlsx", ["사건명", "접수일", "권리", "분쟁유형", "회사명"],
                       rows)
    report = run_import(desk, plan_import(desk, path, "disputes"))
    assert report.created == 4
    names = {(c["name_ko"], c["name_en"]) for c in live(desk, COMPANIES)}
    assert names == {("三星電子", None), ("ソニーグループ", None), ("Samsung 電子", None),
                     (None, "Société Générale")}
    titles = {(d["title_ko"], d["title_en"]) for d in live(desk, DISPUTES)}
    assert titles == {("三星電子 特許侵害", None), ("ソニー 商標", None),
                      ("Samsung 電子 case", None), (None, "Société case")}
