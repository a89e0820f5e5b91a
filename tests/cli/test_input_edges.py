"""What `add` and `update` store from JSON edge cases, read back with sqlite3 directly.

Found by the independent check of every input path: each case once stored something
other than what the file said, or ended in an internal error instead of a message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import raw_sqlite
from test_errors import run


@pytest.fixture
def company(us_db: Path) -> str:
    result = run("add", str(us_db), "company", "--json", "-",
                 input=json.dumps({"name_ko": "(주)한빛배터리", "size": "sme"}))
    assert result.exit_code == 0, result.output
    return result.output.split("id: ")[1].strip()


def dispute_text(company: str, extra: str) -> str:
    """A dispute's JSON text with ``extra`` written into it as it is (raw JSON)."""
    head = json.dumps({"title_ko": "t", "company_id": company, "ip_type": "patent",
                       "dispute_kind": "mediation", "opened_on": "2024-03-01"})
    return head[:-1] + extra + "}"


def stored(db: Path, sql: str) -> list[tuple]:
    """What the file holds, read by sqlite3 itself (SQLCipher in an encrypted run)."""
    conn = raw_sqlite.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("amount", [
    "123456789012345678901234567890",  # an int past SQLite's: was an OverflowError
    "9007199254740993",                # 2**53 + 1: was stored as 2**53 (a REAL column)
    "1e300",                           # a whole number once read: the same
    '"12345678901234567.89"',          # would be stored as 12345678901234568
])
def test_an_amount_that_cannot_be_stored_exactly_is_refused(us_db, company, amount) -> None:
    text = dispute_text(company, f', "claimed_amount": {amount}, "currency": "USD"')
    for lang, words in (("en", "Amount claimed"), ("ko", "청구 금액")):
        result = run("--lang", lang, "add", str(us_db), "dispute", "--json", "-", input=text)
        assert result.exit_code == 1, result.output
        assert "internal error" not in result.output and "내부 오류" not in result.output
        assert words in result.stderr
    assert stored(us_db, "SELECT count(*) FROM disputes") == [(0,)]


def test_the_largest_storable_amount_is_stored_as_written(us_db, company) -> None:
    text = dispute_text(company, ', "claimed_amount": 9007199254740992, "currency": "KRW"')
    assert run("add", str(us_db), "dispute", "--json", "-", input=text).exit_code == 0
    assert stored(us_db, "SELECT claimed_amount FROM disputes") == [(2.0**53,)]
    assert stored(us_db, "SELECT printf('%d', claimed_amount) FROM disputes") == [
        ("9007199254740992",)]


def test_a_field_given_twice_is_refused_not_the_last_kept(us_db, company) -> None:
    text = dispute_text(company, ', "title_ko": "second"')
    for lang, words in (("en", "'title_ko' is given twice"), ("ko", "'title_ko'이(가) 두 번")):
        result = run("--lang", lang, "add", str(us_db), "dispute", "--json", "-", input=text)
        assert result.exit_code == 1, result.output
        assert words in result.stderr
    assert stored(us_db, "SELECT count(*) FROM disputes") == [(0,)]
    added = run("add", str(us_db), "dispute", "--json", "-", input=dispute_text(company, ""))
    rid = added.output.split("id: ")[1].strip()
    result = run("update", str(us_db), rid, "--json", "-",
                 input='{"stage": "filed", "stage": "closed"}')
    assert result.exit_code == 1 and "'stage' is given twice" in result.stderr
    assert stored(us_db, "SELECT stage FROM disputes") == [("intake",)]


def test_json_nested_past_the_reader_is_a_message_not_an_internal_error(us_db) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    for args in (("add", str(us_db), "dispute"), ("update", str(us_db), "12345678")):
        result = run("--lang", "ko", *args, "--json", "-", input=deep)
        assert result.exit_code == 1, result.output
        assert "너무 깊게 중첩" in result.stderr
        assert "내부 오류" not in result.output


@pytest.mark.parametrize("day", ["0001-01-01", "0024-03-01", "9999-12-31", "1900-01-15"])
def test_a_date_outside_the_years_records_keep_is_refused(us_db, company, day) -> None:
    text = dispute_text(company, "").replace("2024-03-01", day)
    for lang, words in (("en", f"{day} is outside the years 1901 to 2199"),
                        ("ko", f"{day}은(는) 1901년~2199년 밖의 날짜")):
        result = run("--lang", lang, "add", str(us_db), "dispute", "--json", "-", input=text)
        assert result.exit_code == 1, result.output
        assert words in result.stderr
    assert stored(us_db, "SELECT count(*) FROM disputes") == [(0,)]


def test_a_deadline_on_the_last_day_kept_still_makes_a_calendar(us_db, company, tmp_path) -> None:
    """9999-12-31 was stored, then `calendar` ended in an OverflowError (no day after)."""
    added = run("add", str(us_db), "dispute", "--json", "-", input=dispute_text(company, ""))
    rid = added.output.split("id: ")[1].strip()
    far = json.dumps({"record_id": rid, "due_on": "9999-12-31", "description": "far"})
    assert run("add", str(us_db), "follow-ups", "--json", "-", input=far).exit_code == 1
    last = json.dumps({"record_id": rid, "due_on": "2199-12-31", "description": "last"})
    assert run("add", str(us_db), "follow-ups", "--json", "-", input=last).exit_code == 0
    out = tmp_path / "d.ics"
    result = run("calendar", str(us_db), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "21991231" in out.read_text(encoding="utf-8").replace("\r\n ", "")


@pytest.mark.parametrize("args", [
    ("deadlines", "--days", "99999999"),
    ("deadlines", "--today", "9999-12-31"),
    ("calendar", "--days", "99999999", "--out", "OUT"),
    ("calendar", "--today", "9999-12-31", "--days", "1", "--out", "OUT"),
])
def test_days_and_dates_past_the_calendar_are_usage_errors(us_db, tmp_path, args) -> None:
    """Each once ended in 'internal error: OverflowError: date value out of range'."""
    args = tuple(str(tmp_path / "d.ics") if a == "OUT" else a for a in args)
    result = run("--lang", "ko", args[0], str(us_db), *args[1:])
    assert result.exit_code == 2, result.output
    assert "오류:" in result.stderr and "내부 오류" not in result.output
    assert not (tmp_path / "d.ics").exists()


@pytest.fixture
def zero(tmp_path: Path) -> Path:
    """A link to /dev/zero: size 0 on disk, no end when read."""
    path = tmp_path / "zero.json"
    path.symlink_to("/dev/zero")
    return path


def test_json_from_a_file_without_end_is_refused_at_a_ceiling(us_db, zero, monkeypatch) -> None:
    """`add --json` of a link to /dev/zero read until a MemoryError (exit 70)."""
    monkeypatch.setattr("officer_desk.cli.app.JSON_INPUT_BYTES", 1024 * 1024)
    for args in (("add", str(us_db), "dispute"), ("update", str(us_db), "12345678")):
        result = run("--lang", "ko", *args, "--json", str(zero))
        assert result.exit_code == 1, result.output
        assert "상한 1.0 MB보다 많은 내용을 읽었습니다" in result.stderr
    result = run("add", str(us_db), "dispute", "--json", "-", input=b" " * (1024 * 1024 + 1))
    assert result.exit_code == 1 and "more than 1.0 MB was read" in result.stderr


def test_an_attachment_without_end_is_refused_at_its_ceiling(us_db, company, zero,
                                                             monkeypatch) -> None:
    monkeypatch.setattr("officer_desk.services.records.MAX_ATTACHMENT_BYTES", 1024 * 1024)
    result = run("attach", str(us_db), company, str(zero))
    assert result.exit_code == 1, result.output
    assert "more than 1.0 MB was read" in result.stderr
    assert stored(us_db, "SELECT count(*) FROM attachments") == [(0,)]


def test_a_mapping_file_without_end_is_refused(us_db, zero, tmp_path) -> None:
    sheet = tmp_path / "a.csv"
    sheet.write_text("사건명,접수일\n가,2024-03-01\n", encoding="utf-8")
    result = run("import", str(us_db), str(sheet), "--kind", "disputes",
                 "--mapping", str(zero), "--dry-run")
    assert result.exit_code == 1, result.output
    assert "more than 16.0 MB was read" in result.stderr


@pytest.mark.parametrize(("name", "words"), [
    ("a\x1b[31mred", "제어 문자(U+001B)"),
    ("line\nbreak", "제어 문자(U+000A)"),
    ("   ", "비어 있습니다"),
    ("x" * 1000, "1,000자로 너무 깁니다"),
])
def test_an_actor_that_is_no_name_is_refused_before_anything_changes(us_db, company, name,
                                                                     words) -> None:
    """--actor once stored '   ' (history then named no one), raw ESC sequences (which
    travel to HQ in packages) and names of 100,000 characters."""
    before = stored(us_db, "SELECT count(*) FROM history")
    result = run("--lang", "ko", "--actor", name, "update", str(us_db), company,
                 "--json", "-", input='{"size": "sme"}')
    assert result.exit_code == 2, result.output
    assert words in result.stderr
    assert stored(us_db, "SELECT count(*) FROM history") == before
    assert stored(us_db, "SELECT size FROM companies") == [("sme",)]


def test_an_actor_is_recorded_without_surrounding_spaces(us_db, company) -> None:
    result = run("--actor", " 박민수 ", "update", str(us_db), company,
                 "--json", "-", input='{"size": "startup"}')
    assert result.exit_code == 0, result.output
    assert ("박민수",) in stored(us_db, "SELECT actor FROM history")


def test_init_refuses_an_officer_name_with_a_line_break(tmp_path) -> None:
    path = tmp_path / "o.sqlite"
    result = run("init", str(path), "--post", "US", "--officer", "김\n영희")
    assert result.exit_code == 1 and "control character (U+000A)" in result.stderr
    assert not path.exists() or path.stat().st_size == 0


@pytest.mark.parametrize(("kind", "item"), [
    ("vocab_terms", {"vocabulary": "ip_type", "code": "evil", "label_en": "Evil",
                     "label_ko": "악"}),
    ("posts", {"code": "UK", "name_en": "London"}),
])
def test_a_post_cannot_add_hqs_reference_data_from_json(us_db, company, kind, item) -> None:
    """`add us.sqlite vocab_terms` made a term at the US post; a dispute using it then
    merged into HQ with an IP type HQ has never heard of ('check' found nothing)."""
    table = kind
    before = stored(us_db, f"SELECT count(*) FROM {table}")
    result = run("add", str(us_db), kind, "--json", "-", input=json.dumps(item))
    assert result.exit_code == 1, result.output
    assert "HQ" in result.stderr
    assert stored(us_db, f"SELECT count(*) FROM {table}") == before
    text = dispute_text(company, "").replace('"patent"', '"evil"')
    assert run("add", str(us_db), "dispute", "--json", "-", input=text).exit_code == 1


def test_a_filter_without_equals_says_what_is_expected(us_db) -> None:
    """It said "'stage' is not a field of FIELD=VALUE"."""
    result = run("list", str(us_db), "disputes", "--where", "claimed_amount>5")
    assert result.exit_code == 1
    assert "'claimed_amount>5' is not FIELD=VALUE (for example stage=filed)" in result.stderr
    result = run("--lang", "ko", "list", str(us_db), "disputes", "--where", "stage")
    assert "'stage'은(는) 항목=값 형식이 아닙니다" in result.stderr


def test_a_day_that_does_not_exist_is_said_so_not_sent_to_the_format(us_db, company) -> None:
    """'2024-02-30' in a JSON file was refused as "not a date (use YYYY-MM-DD)": it is
    written as YYYY-MM-DD; the message now says the day does not exist, as the editor's."""
    text = dispute_text(company, "").replace("2024-03-01", "2024-02-30")
    result = run("--lang", "ko", "add", str(us_db), "dispute", "--json", "-", input=text)
    assert result.exit_code == 1
    assert "'2024-02-30'은(는) 없는 날짜입니다 (2024년 2월은 29일까지)" in result.stderr


def test_a_date_number_in_a_1904_workbook_is_read_from_1904(us_db, tmp_path) -> None:
    """A Mac workbook (1904 date system) with a date typed as a plain number: 45352 was
    read from 1900 as 2024-03-01, four years and a day before the workbook's day."""
    import datetime as dt

    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["사건명", "접수일", "권리", "분쟁유형", "회사명"])
    sheet.append(["숫자 날짜", 45352, "특허", "침해소송", "(주)한빛"])
    sheet.append(["서식 날짜", dt.date(2024, 3, 1), "특허", "침해소송", "(주)한빛"])
    path = tmp_path / "mac.xlsx"
    book.save(path)
    assert b'date1904="1"' in __import__("zipfile").ZipFile(path).read("xl/workbook.xml")
    result = run("import", str(us_db), str(path), "--kind", "disputes")
    assert result.exit_code == 0, result.output
    assert "45352 read as Excel's date 2028-03-02" in result.output
    assert sorted(stored(us_db, "SELECT title_ko, opened_on FROM disputes")) == [
        ("서식 날짜", "2024-03-01"), ("숫자 날짜", "2028-03-02")]


def test_restoring_a_link_to_a_device_says_it_is_no_file(us_db, tmp_path) -> None:
    """It said 'no backup at z.sqlite.gz' of a file that is there (a link to /dev/zero)."""
    link = tmp_path / "z.sqlite.gz"
    link.symlink_to("/dev/zero")
    before = us_db.read_bytes()
    result = run("--lang", "ko", "restore", str(us_db), str(link), "--yes")
    assert result.exit_code == 1, result.output
    assert "백업이 아닙니다: 일반 파일이 아닙니다" in result.stderr
    assert us_db.read_bytes() == before


def test_a_deadline_stored_past_9999_before_the_check_is_named_not_a_crash(
        us_db, company, tmp_path) -> None:
    """A log written before dates were bounded (or fed by an older post's package) holds
    9999-12-31: `calendar` ended in an OverflowError; it now names the follow-up."""
    added = run("add", str(us_db), "dispute", "--json", "-", input=dispute_text(company, ""))
    rid = added.output.split("id: ")[1].strip()
    item = json.dumps({"record_id": rid, "due_on": "2026-01-01", "description": "x"})
    fid = run("add", str(us_db), "follow-ups", "--json", "-", input=item).output.split(
        "id: ")[1].strip()
    conn = raw_sqlite.connect(us_db)
    raw_sqlite.sneak(conn, "UPDATE follow_ups SET due_on = '9999-12-31'")  # an old version
    conn.close()
    out = tmp_path / "d.ics"
    result = run("calendar", str(us_db), "--out", str(out))
    assert result.exit_code == 1, result.output
    assert f"Follow-up {fid[:8]} is due 9999-12-31" in result.stderr
    assert not out.exists()
    fixed = run("update", str(us_db), fid, "--json", "-", input='{"due_on": "2026-01-02"}')
    assert fixed.exit_code == 0, fixed.output
    assert run("calendar", str(us_db), "--out", str(out)).exit_code == 0


def test_a_number_with_a_point_for_a_text_field_is_refused_not_rewritten(us_db, company
                                                                          ) -> None:
    """{"case_number": 2024.10} was stored as '2024.1', 1e20 as '1e+20'."""
    for raw, shown in (("2024.10", "2024.1"), ("1e20", "1e+20")):
        text = dispute_text(company, f', "case_number": {raw}')
        result = run("add", str(us_db), "dispute", "--json", "-", input=text)
        assert result.exit_code == 1, result.output
        assert f"Case number: {shown} is a number with a point" in result.stderr
    text = dispute_text(company, ', "case_number": 12345678901234567890')
    assert run("add", str(us_db), "dispute", "--json", "-", input=text).exit_code == 0
    assert stored(us_db, "SELECT case_number FROM disputes") == [("12345678901234567890",)]


def test_a_record_id_in_capitals_finds_its_record(us_db, company) -> None:
    """'no company with id D3DDE5D7-…' was said of a company that is there."""
    text = dispute_text(company, "").replace(company, "{" + company.upper() + "}")
    result = run("add", str(us_db), "dispute", "--json", "-", input=text)
    assert result.exit_code == 0, result.output
    assert stored(us_db, "SELECT company_id FROM disputes") == [(company,)]


def test_deleted_records_of_an_export_are_said_to_be_left_out(us_db, company, tmp_path
                                                              ) -> None:
    """`add hq.sqlite all` of an export made with --include-deleted said 'added 1
    dispute' of two, the deleted one gone without a word."""
    ids = []
    for title in ("d1", "d2"):
        text = dispute_text(company, "").replace('"t"', json.dumps(title))
        ids.append(run("add", str(us_db), "dispute", "--json", "-",
                       input=text).output.split("id: ")[1].strip())
    assert run("delete", str(us_db), ids[0]).exit_code == 0
    export = tmp_path / "e.json"
    assert run("export", str(us_db), "--out", str(export), "--include-deleted").exit_code == 0
    hq = tmp_path / "hq.sqlite"
    assert run("init", str(hq), "--hq").exit_code == 0
    result = run("--lang", "ko", "add", str(hq), "all", "--json", str(export))
    assert result.exit_code == 0, result.output
    assert "삭제 표시된 기록 1건은 추가하지 않았습니다" in result.output
    assert stored(hq, "SELECT title_ko FROM disputes") == [("d2",)]


def test_updating_a_deleted_record_says_it_is_deleted(us_db, company) -> None:
    """'updated …: stage' was all it said of a change nobody would see in a list."""
    rid = run("add", str(us_db), "dispute", "--json", "-",
              input=dispute_text(company, "")).output.split("id: ")[1].strip()
    assert run("delete", str(us_db), rid).exit_code == 0
    result = run("update", str(us_db), rid, "--json", "-", input='{"stage": "filed"}')
    assert result.exit_code == 0, result.output
    assert f"note: {rid} is deleted" in result.output
    assert stored(us_db, "SELECT stage, deleted FROM disputes") == [("filed", 1)]


def test_a_follow_up_for_a_deleted_record_says_it_may_be_deleted(us_db, company) -> None:
    """It said 'no record with id …' of a record that is there, deleted."""
    rid = run("add", str(us_db), "dispute", "--json", "-",
              input=dispute_text(company, "")).output.split("id: ")[1].strip()
    assert run("delete", str(us_db), rid).exit_code == 0
    item = json.dumps({"record_id": rid, "due_on": "2026-01-01", "description": "x"})
    result = run("add", str(us_db), "follow-ups", "--json", "-", input=item)
    assert result.exit_code == 1
    assert "that is not deleted (undelete it first if it is)" in result.stderr


def test_a_lone_surrogate_is_called_a_broken_character(us_db, company) -> None:
    """"\\ud800" in a JSON file was refused as 'a control character (U+D800)'."""
    text = dispute_text(company, ', "summary": "a\\ud800b"')
    result = run("add", str(us_db), "dispute", "--json", "-", input=text)
    assert result.exit_code == 1
    assert "Summary contains a broken character (U+D800, half of a surrogate pair)" in (
        result.stderr)


def test_a_list_period_that_ends_before_it_starts_is_a_usage_error(us_db) -> None:
    """`list --from 2024-12-31 --to 2024-01-01` printed '0 of 0' (brief refuses it)."""
    result = run("--lang", "ko", "list", str(us_db), "disputes",
                 "--from", "2024-12-31", "--to", "2024-01-01")
    assert result.exit_code == 2, result.output
    assert "--to 2024-01-01이(가) --from 2024-12-31보다 앞섭니다" in result.stderr


def test_a_demo_of_a_trillion_records_is_refused_before_anything_is_made(tmp_path) -> None:
    """`demo --records 999999999999` started, and grew its file until stopped."""
    path = tmp_path / "demo.sqlite"
    result = run("demo", str(path), "--records", "999999999999")
    assert result.exit_code == 2, result.output
    assert "0<=x<=1000000" in result.stderr
    assert not path.exists()


def test_an_export_added_twice_says_the_ids_exist_not_an_unknown_value(us_db, company,
                                                                      tmp_path) -> None:
    """It said "Id: unknown value '…' (choose one of: (a record with this id already
    exists))"; and of a post code taken, "(choose one of: (already used))"."""
    export = tmp_path / "e.json"
    assert run("export", str(us_db), "--out", str(export)).exit_code == 0
    result = run("add", str(us_db), "all", "--json", str(export))
    assert result.exit_code == 1
    assert f"Id: a record with id '{company}' already exists here" in result.stderr
    assert "unknown value" not in result.stderr
    twice = json.dumps([{"id": company, "name_ko": "a"}, {"id": company, "name_ko": "b"}])
    hq = tmp_path / "hq.sqlite"
    assert run("init", str(hq), "--hq").exit_code == 0
    result = run("add", str(hq), "companies", "--json", "-", input=twice)
    assert f"#2: Id: '{company}' is repeated in the input" in result.stderr
    result = run("add", str(hq), "posts", "--json", "-",
                 input='{"code": "US", "name_en": "Again"}')
    assert "Code: 'US' is already used by another entry" in result.stderr


@pytest.mark.parametrize("version", [2, "1", None])
def test_an_export_of_another_format_version_is_refused(us_db, company, version) -> None:
    """An export marked version 99 was read as version 1 ('added nothing', or its
    records read with this version's meaning of every field)."""
    export = {"format": "officer-desk-export", "version": version, "post": "US",
              "kinds": {"disputes": [json.loads(dispute_text(company, ""))]}}
    result = run("add", str(us_db), "all", "--json", "-", input=json.dumps(export))
    assert result.exit_code == 1, result.output
    assert f"format version {version!r}, and this Officer Desk reads version 1" in (
        result.stderr)
    assert stored(us_db, "SELECT count(*) FROM disputes") == [(0,)]


def test_an_export_named_as_the_case_log_is_refused_and_the_log_kept(us_db, company) -> None:
    """`export us.sqlite --out us.sqlite` replaced the case log with its JSON export."""
    before = stored(us_db, "SELECT id FROM companies")
    for out in (us_db, us_db.with_name(us_db.name + "-wal")):
        result = run("--lang", "ko", "export", str(us_db), "--out", str(out))
        assert result.exit_code == 1, result.output
        assert "지금 읽고 있는 파일" in result.stderr
    assert stored(us_db, "PRAGMA integrity_check") == [("ok",)]
    assert stored(us_db, "SELECT id FROM companies") == before


def test_a_mapping_or_rejected_file_named_as_the_sheet_is_refused(us_db, tmp_path) -> None:
    """--save-mapping (even with --dry-run) or --rejected named as the sheet replaced
    the officer's sheet with a mapping or with the rejected rows only."""
    sheet = tmp_path / "c.csv"
    sheet.write_text("기업명,사업자등록번호\n(주)알파,123-45-67891\n알파 주식회사,1234567891\n",
                     encoding="utf-8")
    before = sheet.read_bytes()
    for args in (("--save-mapping", str(sheet), "--dry-run"),
                 ("--skip-invalid", "--rejected", str(sheet)),
                 ("--save-mapping", str(us_db), "--dry-run")):
        result = run("import", str(us_db), str(sheet), "--kind", "companies", *args)
        assert result.exit_code == 1, result.output
        assert "is a file being read here" in result.stderr
    assert sheet.read_bytes() == before
    assert stored(us_db, "SELECT count(*) FROM companies") == [(0,)]  # rolled back
    good = tmp_path / "m.json"
    result = run("import", str(us_db), str(sheet), "--kind", "companies",
                 "--save-mapping", str(good), "--dry-run")
    assert good.exists() and json.loads(good.read_text(encoding="utf-8"))["format"]


def test_a_date_cell_with_a_time_of_day_says_the_time_is_not_kept(us_db, tmp_path) -> None:
    """A cell holding 2024-03-01 23:30 was stored as 2024-03-01 without a note."""
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["사건명", "접수일", "권리", "분쟁유형", "회사명"])
    sheet.append(["시각 있음", dt.datetime(2024, 3, 1, 23, 30), "특허", "침해소송", "(주)한빛"])
    sheet.append(["자정", dt.datetime(2024, 3, 2), "특허", "침해소송", "(주)한빛"])
    path = tmp_path / "t.xlsx"
    book.save(path)
    result = run("import", str(us_db), str(path), "--kind", "disputes", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Opened: 2024-03-01 23:30 read as the day 2024-03-01 (the time of day is not " \
        "kept)" in result.output
    assert "2024-03-02 00:00" not in result.output
