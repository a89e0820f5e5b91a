"""``officer-desk import`` from the command line, through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from import_sheets import BAD_ROWS_FOR_CLI, GOOD_ROWS, register, write_csv

from officer_desk.cli import cli
from officer_desk.domain.kinds import DISPUTES
from officer_desk.services.desk import open_desk
from officer_desk.services.transfer import iter_records


def run(*args: str, korean: bool = False) -> Result:
    """The command in English with the import's problems listed in Korean (its own
    --lang), or, ``korean``, as an officer with a Korean system runs it."""
    args = tuple(str(a) for a in args)
    if args and args[0] == "import" and "--lang" not in args:
        args = (*args, "--lang", "ko")
    env = {"LANG": "ko_KR.UTF-8" if korean else "en_US.UTF-8", "LC_ALL": None,
           "LC_MESSAGES": None}
    return CliRunner(env=env).invoke(cli, list(args))


def titles(db: Path) -> list[str]:
    desk = open_desk(db)
    try:
        return sorted(r["title_ko"] or r["title_en"] for r in iter_records(desk, DISPUTES))
    finally:
        desk.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "us.sqlite"
    assert run("init", path, "--post", "US", "--officer", "김영희").exit_code == 0
    return path


def test_dry_run_shows_the_plan_and_writes_nothing(db, tmp_path):
    sheet = register(tmp_path / "분쟁현황.xlsx")
    result = run("import", db, sheet, "--kind", "dispute", "--sheet", "분쟁현황", "--dry-run",
                 "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "분쟁현황.xlsx (sheet '분쟁현황'): header row 3, 6 data rows" in result.output
    assert "to create" in result.output and "dry run: nothing was written" in result.output
    assert "skipped row 12: totals row, not imported" in result.output
    assert "note: column L (비고): no field has this header; the column is ignored" in \
        result.output
    assert titles(db) == []


def test_import_then_again_creates_no_duplicates(db, tmp_path):
    sheet = register(tmp_path / "분쟁현황.xlsx")
    first = run("import", db, sheet, "--kind", "disputes", "--sheet", "분쟁현황", "--lang", "en")
    assert first.exit_code == 0, first.output
    assert "imported: 6 created, 0 updated, 0 unchanged, 4 companies created" in first.output
    assert "backup before the import:" in first.output
    second = run("import", db, sheet, "--kind", "disputes", "--sheet", "분쟁현황")
    assert second.exit_code == 0
    assert "imported: 0 created, 0 updated, 6 unchanged" in second.output
    assert len(titles(db)) == 6


def test_rejected_rows_stop_the_import_with_every_problem_listed(db, tmp_path):
    sheet = register(tmp_path / "bad.xlsx", GOOD_ROWS + BAD_ROWS_FOR_CLI)
    result = run("import", db, sheet, "--kind", "disputes", "--sheet", "분쟁현황")
    assert result.exit_code == 1
    assert "12행 C열 (접수일): 접수일: '2024-13-45'은(는) 없는 날짜입니다" in result.output
    assert "nothing imported: 1 row rejected" in result.output
    assert titles(db) == []


def test_skip_invalid_writes_the_rejected_file_which_imports_once_fixed(db, tmp_path):
    sheet = register(tmp_path / "bad.xlsx", GOOD_ROWS + BAD_ROWS_FOR_CLI)
    out = tmp_path / "fix-me.xlsx"
    result = run("import", db, sheet, "--kind", "disputes", "--sheet", "분쟁현황",
                 "--skip-invalid", "--rejected", out)
    assert result.exit_code == 1  # a row was rejected, even though the rest came in
    assert f"1 rejected row written to {out}" in result.output
    assert len(titles(db)) == 6

    import openpyxl

    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["거부된 행"]  # a Korean workbook's sheet is named in Korean
    korean = run("import", db, sheet, "--kind", "disputes", "--sheet", "분쟁현황",
                 korean=True)
    assert "가져오지 않았습니다: 거부된 행 1행" in korean.output
    book.active["C2"] = "2024-05-01"
    book.save(out)
    again = run("import", db, out, "--kind", "disputes")
    assert again.exit_code == 0, again.output
    assert "날짜가 틀린 사건" in titles(db)


def test_a_mapping_is_saved_and_used_again(db, tmp_path):
    csv_file = write_csv(tmp_path / "cases.csv",
                         ["건명", "날", "권리", "분쟁유형", "회사명", "비고"],
                         [["a", "2024-01-01", "특허", "침해소송", "한빛", "메모"]],
                         encoding="cp949")
    refused = run("import", db, csv_file, "--kind", "disputes", "--dry-run", "--lang", "en")
    assert refused.exit_code == 1
    assert "the sheet has no column for Opened (required)" in refused.output
    mapping = tmp_path / "분쟁.json"
    mapping.write_text(json.dumps({
        "format": "officer-desk-import-mapping", "version": 1, "kind": "disputes",
        "columns": {"날": "opened_on", "비고": "summary"}}, ensure_ascii=False),
        encoding="utf-8")
    saved = tmp_path / "saved.json"
    result = run("import", db, csv_file, "--kind", "disputes", "--mapping", mapping,
                 "--save-mapping", saved, "--encoding", "cp949")  # a CP949 file, seen
    assert result.exit_code == 0, result.output
    assert json.loads(saved.read_text(encoding="utf-8"))["columns"] == {
        "건명": "title", "날": "opened_on", "권리": "ip_type", "분쟁유형": "dispute_kind",
        "회사명": "company", "비고": "summary"}
    assert titles(db) == ["a"]


def test_json_output(db, tmp_path):
    sheet = register(tmp_path / "r.xlsx")
    result = run("import", db, sheet, "--kind", "disputes", "--sheet", "분쟁현황", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["report"]["created"] == 6 and data["plan"]["header_row"] == 3
    assert data["plan"]["columns"][1] == {"column": "B", "header": "사건명", "field": "title",
                                          "how": "auto"}


def test_bad_input_gets_a_message_not_a_traceback(db, tmp_path):
    missing = run("import", db, tmp_path / "none.xlsx", "--kind", "disputes", korean=True)
    assert missing.exit_code == 1 and missing.output.startswith("오류: ")
    assert "읽을 수 없습니다" in missing.output
    missing = run("--lang", "en", "import", db, tmp_path / "none.xlsx", "--kind", "disputes")
    assert missing.exit_code == 1 and missing.output.startswith("error: cannot read")
    wrong_kind = run("--lang", "en", "import", db, tmp_path / "none.xlsx", "--kind",
                     "follow-ups")
    assert wrong_kind.exit_code == 2 and "cannot be imported from a sheet" in wrong_kind.output
    wrong_kind = run("import", db, tmp_path / "none.xlsx", "--kind", "follow-ups",
                     korean=True)
    assert wrong_kind.exit_code == 2 and "시트에서 가져올 수 없습니다" in wrong_kind.output
    csv_file = write_csv(tmp_path / "c.csv", ["사건명"], [["a"]])
    sheet_on_csv = run("--lang", "en", "import", db, csv_file, "--kind", "disputes",
                       "--sheet", "x")
    assert sheet_on_csv.exit_code == 1 and "has no sheets" in sheet_on_csv.output
    bad_mapping = tmp_path / "m.json"
    bad_mapping.write_text("[]", encoding="utf-8")
    result = run("--lang", "en", "import", db, csv_file, "--kind", "disputes", "--mapping",
                 bad_mapping)
    assert result.exit_code == 1 and "not an Officer Desk mapping file" in result.output


def test_the_dry_run_lists_every_value_read_differently_from_its_cell(db, tmp_path):
    import openpyxl

    path = tmp_path / "notes.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["사건명", "접수일", "권리", "분쟁유형", "회사명", "청구금액"])
    ws.append(["첫 사건", "2024-03-01", "특허", "침해소송", "(주)한빛배터리", "$3,000,000"])
    ws.append(["둘째 사건", "2024-03-02", "특허", "침해소송", None, "1.2억원"])
    ws.merge_cells("E2:E3")
    book.save(path)
    result = run("import", db, path, "--kind", "disputes", "--dry-run", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "4 notes:" in result.output
    assert ("row 2, column F (청구금액): Currency set to USD from '$' in column F"
            in result.output)
    assert ("row 3, column E (회사명): filled from the merged cell E2 (E2:E3), as Excel shows it"
            in result.output)
    assert "row 3, column F (청구금액): Amount claimed: '1.2억원' read as 120,000,000" in \
        result.output
    assert "problem" not in result.output


def test_a_cells_text_stored_otherwise_than_it_reads_is_a_note(db, tmp_path):
    """A title typed over two lines in its cell (Alt+Enter) was stored as one line
    without a word, where `add` now refuses it unless accepted: the preview says it."""
    import unicodedata

    import openpyxl

    path = tmp_path / "tidied.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["사건명", "접수일", "권리", "분쟁유형", "회사명", "사건번호"])
    ws.append(["첫 사건\n(재심)", "2024-03-01", "특허", "침해소송", "(주)한빛배터리", "A-1 "])
    ws.append([unicodedata.normalize("NFD", "둘째 사건"), "2024-03-02", "특허", "침해소송",
               "(주)한빛배터리", None])
    book.save(path)
    result = run("import", db, path, "--kind", "disputes", "--dry-run", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "2 notes:" in result.output  # the space after A-1, seen by nobody, is not one
    assert ('row 2, column A (사건명): Title (Korean): "첫 사건\\n(재심)" → stored as '
            '"첫 사건 (재심)" (line breaks and tabs made spaces, the field being one line)'
            in result.output)
    assert "row 3, column A (사건명): Title (Korean): " in result.output
    assert "composed form, NFC" in result.output
    korean = run("import", db, path, "--kind", "disputes", "--dry-run")
    assert '→ 저장되는 값 "첫 사건 (재심)" (한 줄 항목이라 줄바꿈과 탭을 공백으로 바꿈)' in \
        korean.output
