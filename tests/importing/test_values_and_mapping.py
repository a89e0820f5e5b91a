"""Cells read the way people type them; headers matched in Korean or English."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import COMPANIES, DISPUTES, ENGAGEMENTS, FOLLOW_UPS
from officer_desk.domain.vocabulary import seed_vocabularies
from officer_desk.importing.mapping import (
    auto_map,
    import_kind,
    load_mapping,
    match_header,
    save_mapping,
)
from officer_desk.importing.readers import Cell, Column
from officer_desk.importing.values import (
    cell_problem,
    plain,
    read_amount,
    read_choice,
    read_date,
    read_parties,
    read_vocab,
)

VOCAB = seed_vocabularies()
MARCH_1 = dt.date(2024, 3, 1)


@pytest.mark.parametrize("typed", [
    "2024-03-01", "2024.03.01", "2024/3/1", "24.3.1", "2024. 3. 1.", "2024년 3월 1일",
    "20240301", " 2024-3-1 ", 45352, 45352.0, "45352", dt.datetime(2024, 3, 1, 0, 0),
    dt.date(2024, 3, 1), "２０２４．３．１",
])
def test_dates_in_the_forms_people_type(typed):
    assert read_date(typed) == MARCH_1


@pytest.mark.parametrize("typed", ["2024-13-45", "next week", "3/1", 12, True, "24.2.30"])
def test_what_is_not_a_date_is_left_for_validation_to_report(typed):
    assert read_date(typed) == typed


@pytest.mark.parametrize("vocabulary,typed,code", [
    ("ip_type", "특허", "patent"), ("ip_type", "PATENT", "patent"),
    ("ip_type", "trade secret", "trade_secret"), ("ip_type", "영업 비밀", "trade_secret"),
    ("ip_type", "상표권", "trademark"), ("ip_type", "utility_model", "utility_model"),
    ("stage", "결정·판결", "decision"), ("stage", "Evidence / discovery", "evidence"),
    ("stage", "제소", "filed"), ("dispute_kind", "ITC 337", "itc_337"),
    ("dispute_kind", "소송 같은 것", None),
    ("agency", "USPTO", "uspto"), ("agency", "미국 특허상표청", "uspto"),
    ("dispute_kind", "침해 소송", "infringement_suit"),
])
def test_vocabulary_values_by_korean_or_english_label(vocabulary, typed, code):
    got = read_vocab(VOCAB, vocabulary, typed)
    assert got == (code or typed)


def test_status_amounts_and_counterparties():
    status = DISPUTES.field("status")
    assert read_choice(status, "종결") == "closed" and read_choice(status, "진행 중") == "open"
    assert read_choice(status, "maybe") == "maybe"
    currencies = frozenset(VOCAB.codes("currency"))
    dollars, won = read_amount("$12,000,000", currencies), read_amount("5,000원", currencies)
    assert (dollars.value, dollars.currency) == (12_000_000, "USD")
    assert (won.value, won.currency) == (5_000, "KRW")
    assert read_parties(VOCAB, "Voltaic Licensing LLC [NPE]; 위조품 판매상 (경쟁사)\nAcme") == [
        {"name": "Voltaic Licensing LLC", "type": "npe"},
        {"name": "위조품 판매상", "type": "competitor"},
        {"name": "Acme", "type": None},
    ]
    assert read_parties(VOCAB, "Hanbit Co., Ltd.") == [{"name": "Hanbit Co., Ltd.",
                                                         "type": None}]


def test_formulas_error_values_and_protected_text():
    label = ("Title", "제목")
    assert "looks like a formula" in cell_problem(Cell("=cmd|' /C calc'!A0", 5, "B"),
                                                   label).en
    no_value = cell_problem(Cell(None, 5, "B", formula="=HYPERLINK(\"x\")"), label)
    assert "formula without a value" in no_value.en and "수식" in no_value.ko
    assert "#REF!" in cell_problem(Cell("#REF!", 5, "B"), label).en
    assert cell_problem(Cell(42, 5, "B", formula="=40+2"), label) is None  # Excel's value
    assert cell_problem(Cell("+82-2-123-4567", 5, "B"), label) is None
    assert plain("'=1+1") == "=1+1" and plain("'-5") == "-5" and plain("'tis") == "'tis"


@pytest.mark.parametrize("kind,header,target", [
    (DISPUTES, "회사명", "company"), (DISPUTES, "기업명", "company"),
    (DISPUTES, "업체", "company"), (DISPUTES, "Company Name", "company"),
    (DISPUTES, "사건명", "title"), (DISPUTES, "제목", "title"), (DISPUTES, "TITLE", "title"),
    (DISPUTES, "제목(한글)", "title_ko"), (DISPUTES, "사건명 (영문)", "title_en"),
    (DISPUTES, "Title (English)", "title_en"), (DISPUTES, "접수일", "opened_on"),
    (DISPUTES, "일자", "opened_on"), (DISPUTES, "권리", "ip_type"),
    (DISPUTES, "권리유형", "ip_type"), (DISPUTES, "권리 유형", "ip_type"),
    (DISPUTES, "IP type", "ip_type"), (DISPUTES, "단계", "stage"),
    (DISPUTES, "진행단계", "stage"), (DISPUTES, "진행 단계", "stage"),
    (DISPUTES, "opened_on", "opened_on"), (DISPUTES, "Case No.", "case_number"),
    (DISPUTES, "사업자 등록번호", "company_brn"), (DISPUTES, "단계 일자", "stage_date"),
    (COMPANIES, "기업명", "name"), (COMPANIES, "사업자등록번호", "brn"),
    (COMPANIES, "기업명(영문)", "name_en"), (ENGAGEMENTS, "일자", "held_on"),
    (ENGAGEMENTS, "관련 기업", "companies"), (ENGAGEMENTS, "상대 기관", "agency"),
    (DISPUTES, "전화", None),
])
def test_headers_match_fields_in_korean_or_english(kind, header, target):
    assert match_header(kind, header) == target


def test_a_group_label_helps_a_header_that_alone_says_nothing():
    assert match_header(COMPANIES, "영문", "기업명") == "name_en"


def test_auto_map_reports_unknown_repeated_and_row_number_columns():
    columns = [Column(i, chr(65 + i), h) for i, h in
               enumerate(["No.", "사건명", "제목", "담당자 메모", "접수일"])]
    mapped = auto_map(DISPUTES, columns)
    assert [(m.target, m.how) for m in mapped] == [
        (None, "ignored"), ("title", "auto"), (None, "duplicate"), (None, "unknown"),
        ("opened_on", "auto")]


def test_a_mapping_is_saved_and_loaded_and_wins_over_matching(tmp_path):
    columns = [Column(0, "A", "사건명"), Column(1, "B", "비고"), Column(2, "C", "담당")]
    mapped = auto_map(DISPUTES, columns, {"비고": "summary", "담당": None})
    assert [(m.target, m.how) for m in mapped] == [("title", "auto"), ("summary", "file"),
                                                   (None, "ignored")]
    path = save_mapping(tmp_path / "m.json", DISPUTES, mapped)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["kind"] == "disputes"
    assert data["columns"] == {"사건명": "title", "비고": "summary", "담당": None}
    assert load_mapping(path, DISPUTES) == data["columns"]


def test_bad_mapping_files_are_refused_with_the_reason(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(OfficerDeskError, match="not JSON"):
        load_mapping(path, DISPUTES)
    path.write_text(json.dumps({"columns": {}}), encoding="utf-8")
    with pytest.raises(OfficerDeskError, match="not an Officer Desk mapping file"):
        load_mapping(path, DISPUTES)
    good = {"format": "officer-desk-import-mapping", "version": 1, "kind": "disputes",
            "columns": {"사건명": "title", "x": "no_such_field"}}
    path.write_text(json.dumps(good), encoding="utf-8")
    with pytest.raises(OfficerDeskError, match="not fields of disputes: no_such_field"):
        load_mapping(path, DISPUTES)
    with pytest.raises(OfficerDeskError, match="a mapping for disputes, not companies"):
        load_mapping(path, COMPANIES)
    with pytest.raises(OfficerDeskError, match="cannot read"):
        load_mapping(tmp_path / "missing.json", DISPUTES)


def test_only_kinds_a_sheet_can_fill_are_importable():
    assert import_kind("dispute") is DISPUTES
    with pytest.raises(OfficerDeskError, match="Follow-up cannot be imported from a sheet"):
        import_kind(FOLLOW_UPS.name)
    with pytest.raises(KeyError):
        import_kind("nonsense")
