"""The HQ merge accepts exactly what the domain accepts for a record typed by hand.

Each hole below let a signed package bring a value the editor, ``add`` and the import
refuse (a date in the year 9999, an amount above 2^53, a control character, an unknown
vocabulary code, a created time that is no time …): the package is now refused whole,
HQ's database is exactly as before, and the reason names the record, the field and the
problem in English and in Korean.
"""

from __future__ import annotations

import datetime as dt

import pytest
from package_tools import resigned, state

from officer_desk.domain.kinds import COMPANIES, DISPUTES, VOCAB_TERMS
from officer_desk.domain.validation import MAX_AMOUNT
from officer_desk.domain.vocabulary import seed_id
from officer_desk.services import records
from officer_desk.services.transfer import export_json
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key

#: 202 and 502 characters, made by SQLite inside the package.
X202 = "replace(hex(zeroblob(101)), '0', 'x')"
X502 = "replace(hex(zeroblob(251)), '0', 'x')"

#: case -> (SQL on the package's dispute, what the reason says in English, in Korean)
HOLES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "date in the year 9999": (
        "opened_on = '9999-12-31'",
        ("Opened: 9999-12-31 is outside the years 1901 to 2199",),
        ("접수일: 9999-12-31은(는) 1901년~2199년 밖의 날짜입니다",)),
    "date in the year 1": (
        "opened_on = '0001-01-01'",
        ("Opened: 0001-01-01 is outside the years 1901 to 2199",),
        ("접수일: 0001-01-01은(는) 1901년~2199년 밖의 날짜입니다",)),
    "amount above 2**53": (
        f"claimed_amount = {float(MAX_AMOUNT + 2)!r}",
        ("Amount claimed: 9007199254740994.0 is larger than can be stored",),
        ("청구 금액: 9007199254740994.0은(는) 저장할 수 있는 값보다 큽니다",)),
    "amount of 1e30": (
        "claimed_amount = 1e30",
        ("Amount claimed: 1e+30 is larger than can be stored",),
        ("청구 금액: 1e+30은(는) 저장할 수 있는 값보다 큽니다",)),
    "control character in a text": (
        "summary = 'before' || char(7) || 'after'",
        ("Summary contains a control character (U+0007)",),
        ("개요: 저장할 수 없는 제어 문자(U+0007)",)),
    "line break in a one-line text": (
        "title_en = 'two' || char(10) || 'lines'",
        ("Title (English): 'two\\nlines' is not in the form this program stores "
         "(it would store 'two lines')",),
        ("제목(영문): 'two\\nlines'은(는) 이 프로그램이 저장하는 형태가 아닙니다",)),
    "tag over 200 characters": (
        f"tags = json_array({X202})",
        ("Tags is too long (202 characters, at most 200)",),
        ("태그: 너무 깁니다 (202자, 최대 200자)",)),
    "party name over 500 characters": (
        f"counterparties = json_array(json_object('name', {X502}, 'type', 'npe'))",
        ("Counterparties is too long (502 characters, at most 500)",),
        ("상대방: 너무 깁니다 (502자, 최대 500자)",)),
    "party with a type and no name": (
        "counterparties = json_array(json_object('name', '  ', 'type', 'npe'))",
        ("Counterparties: '[NPE (non-practising entity)]' has a type but no name",),
        ("상대방: '[특허관리전문회사(NPE)]'에 유형만 있고 이름이 없습니다",)),
    "party with a blank name": (
        "counterparties = json_array(json_object('name', '', 'type', NULL))",
        ("Counterparties: [{'name': '', 'type': None}] is not in the form",),
        ("상대방: [{'name': '', 'type': None}]은(는) 이 프로그램이 저장하는 형태가 아닙니다",)),
    "party type not in the vocabulary": (
        "counterparties = json_array(json_object('name', 'Voltaic', 'type', 'pirate'))",
        ("Counterparties: unknown value 'pirate'",),
        ("상대방: 알 수 없는 값 'pirate'",)),
    "vocabulary code not in the vocabulary": (
        "stage = 'negotiating'",
        ("Stage: unknown value 'negotiating'",),
        ("진행 단계: 알 수 없는 값 'negotiating'",)),
    "a label where the code belongs": (
        "stage = 'Filed'",
        ("Stage: 'Filed' is not in the form this program stores (it would store 'filed')",),
        ("진행 단계: 'Filed'은(는) 이 프로그램이 저장하는 형태가 아닙니다",)),
    "created time that is no time": (
        "created_at = 'yesterday'",
        ("Created: 'yesterday' is not a date and time",),
        ("작성 시각: 'yesterday'은(는) 날짜와 시각이 아닙니다",)),
    "updated time that is no time": (
        "updated_at = '2024-13-45T99:00:00Z'",
        ("Updated: '2024-13-45T99:00:00Z' is not a date and time",),
        ("수정 시각: '2024-13-45T99:00:00Z'은(는) 날짜와 시각이 아닙니다",)),
    "closed without a closing date": (
        "status = 'closed', closed_on = NULL",
        ("Closed is required when the status is closed",),
        ("종결일: 종결 상태이면 필수입니다",)),
    "closed before it was opened": (
        "status = 'closed', closed_on = '2024-02-01'",
        ("Closed cannot be before Opened",),
        ("종결일: 접수일보다 앞설 수 없습니다",)),
    "no title in either language": (
        "title_ko = NULL, title_en = NULL",
        ("enter Title (Korean) or Title (English)",),
        ("제목(한글) 또는 제목(영문) 중 하나는 입력해야 합니다",)),
    "required vocabulary left empty": (
        "ip_type = NULL",
        ("IP type is required",),
        ("권리 유형: 필수 항목입니다",)),
}


@pytest.fixture
def good(desk, dispute, hq_desk, tmp_path):
    """A US package HQ trusts (its dispute was opened on 2024-03-01)."""
    path = build_package(desk, tmp_path / "good.odpkg", plain=True).path
    trust_package_key(hq_desk, path, "본청 담당")
    return path


def _unchanged(before, after) -> None:
    """Everything but the import log's line about the refusal is as it was."""
    assert after[0] == before[0]
    assert after[1] == before[1]
    assert {t: r for t, r in after[2].items() if t != "import_log"} == {
        t: r for t, r in before[2].items() if t != "import_log"}


@pytest.mark.parametrize("case", list(HOLES))
def test_a_value_the_domain_refuses_refuses_the_package(desk, dispute, hq_desk, good,
                                                        tmp_path, case):
    sql, english, korean = HOLES[case]
    path = resigned(desk, good, tmp_path / "hole.odpkg", f"UPDATE disputes SET {sql}")
    before = state(hq_desk)
    report = merge_package(hq_desk, path)
    assert report.outcome == "refused", report
    assert report.reason.startswith("the package holds a record this program does not "
                                    "accept: dispute " + dispute.id + " of US: ")
    assert report.reason_ko.startswith("패키지에 이 프로그램이 받아들이지 않는 레코드가 "
                                       "있습니다: US의 분쟁 " + dispute.id + ": ")
    for said in english:
        assert said in report.reason
    for said in korean:
        assert said in report.reason_ko
    assert "Correct the record at its post" in report.reason
    _unchanged(before, state(hq_desk))
    assert merge_package(hq_desk, good).ok  # the good package still merges after it


def test_one_bad_row_among_good_ones_leaves_hq_untouched_and_names_it(desk, company,
                                                                      dispute, hq_desk,
                                                                      tmp_path):
    others = [records.create(desk, COMPANIES, {"name_ko": f"기업 {n}", "size": "sme"})[0]
              for n in range(5)]
    bad = others[2]
    src = build_package(desk, tmp_path / "all.odpkg", plain=True).path
    trust_package_key(hq_desk, src, "본청 담당")
    path = resigned(desk, src, tmp_path / "one-bad.odpkg",
                    f"UPDATE companies SET size = 'gigantic' WHERE id = '{bad.id}'")
    before = state(hq_desk)
    report = merge_package(hq_desk, path)
    assert report.outcome == "refused"
    assert f"company {bad.id} of US: Size: unknown value 'gigantic'" in report.reason
    assert f"US의 기업 {bad.id}: 기업 규모: 알 수 없는 값 'gigantic'" in report.reason_ko
    assert all(o.id not in report.reason for o in others if o is not bad)
    assert report.added == 0
    _unchanged(before, state(hq_desk))
    for record in (company, dispute, *others):
        assert hq_desk.repo.get(None, record.id) is None
    assert merge_package(hq_desk, src).ok  # the same records without the bad value


def test_every_problem_of_the_row_is_named(desk, dispute, hq_desk, good, tmp_path):
    path = resigned(desk, good, tmp_path / "two.odpkg",
                    "UPDATE disputes SET opened_on = '9999-12-31', stage = 'nowhere'")
    reason = merge_package(hq_desk, path).reason
    assert "9999-12-31 is outside the years" in reason and "unknown value 'nowhere'" in reason


def test_a_term_hq_added_and_the_post_used_merges_and_one_hq_deleted_still_does(
        desk, dispute, hq_desk, good, tmp_path):
    """Vocabulary codes are checked against every term HQ has had: a post can only use
    terms that came from HQ, and a term HQ deleted after a post used it must not refuse
    that post's every package."""
    assert merge_package(hq_desk, good).ok
    term, _ = records.create(hq_desk, VOCAB_TERMS, {
        "vocabulary": "technology_field", "code": "space_launch", "label_ko": "우주발사체",
        "label_en": "Space launch",
    })
    hq_path = build_package(hq_desk, tmp_path / "hq.odpkg", plain=True).path
    trust_package_key(desk, hq_path, "김영희")
    assert merge_package(desk, hq_path).ok
    records.update(desk, dispute.id, {"technology_field": "space_launch"})
    second = build_package(desk, tmp_path / "second.odpkg", plain=True).path
    records.delete(hq_desk, term.id)
    records.delete(hq_desk, seed_id("term", "technology_field", "secondary_batteries"))
    report = merge_package(hq_desk, second)
    assert report.ok, report.reason
    assert records.get(hq_desk, dispute.id)["technology_field"] == "space_launch"


def test_records_the_program_writes_still_merge(desk, company, dispute, hq_desk, tmp_path):
    """What the editor and add store, at the edges of every rule, merges unchanged."""
    records.create(desk, DISPUTES, {
        "title_ko": "경계값", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "itc_337", "opened_on": dt.date(1901, 1, 1),
        "closed_on": dt.date(2199, 12, 31), "status": "closed", "outcome": "settled_licensed",
        "claimed_amount": MAX_AMOUNT, "awarded_amount": 0.1, "currency": "USD",
        "tags": ["가" * 200], "summary": "줄\n바꿈\t탭",
        "counterparties": [{"name": "나" * 500, "type": "npe"}, {"name": "무유형"}],
    })
    path = build_package(desk, tmp_path / "edges.odpkg", plain=True).path
    trust_package_key(hq_desk, path, "본청 담당")
    report = merge_package(hq_desk, path)
    assert report.ok, report.reason
    assert export_json(hq_desk, [DISPUTES])["kinds"] == export_json(desk, [DISPUTES])["kinds"]


@pytest.mark.parametrize("column", ["created_at", "updated_at"])
def test_add_refuses_a_time_the_merge_refuses(desk, column):
    """``add`` with an export's times checks them with the merge's own function."""
    from officer_desk.domain.errors import ValidationError

    with pytest.raises(ValidationError) as e:
        records.create(desk, COMPANIES, {"name_ko": "시각", column: "yesterday"})
    assert "'yesterday' is not a date and time" in str(e.value)
    assert "날짜와 시각이 아닙니다" in e.value.message("ko")
    record, _ = records.create(desk, COMPANIES, {"name_ko": "시각",
                                                 column: "2024-03-01T09:30:00.000000Z"})
    assert getattr(record, column) == "2024-03-01T09:30:00.000000Z"


def test_every_record_of_a_demo_database_passes(tmp_path):
    """The records the program makes (a demo of every post: companies, disputes closed
    and open, conferences, attachments …) all pass the merge's checks."""
    from officer_desk.domain.kinds import KINDS
    from officer_desk.services import demo
    from officer_desk.services.desk import init_desk
    from officer_desk.storage import meta
    from officer_desk.storage.vocab_terms import read_vocabularies
    from officer_desk.sync.decode import decode_row, domain_refusal

    made = init_desk(tmp_path / "demo.sqlite", hq=True, demo=True)
    try:
        demo.generate_demo(made, records=800, seed=5)
        vocab, clock = read_vocabularies(made.repo, with_deleted=True), meta.clock(made.conn)
        checked = 0
        for kind in KINDS:
            cursor = made.conn.execute(f"SELECT * FROM {kind.name}")
            names = [c[0] for c in cursor.description]
            for raw in cursor:
                record = decode_row(kind, dict(zip(names, raw, strict=True)), clock)
                assert domain_refusal(record, vocab) is None, record.id
                checked += 1
        assert checked > 800
    finally:
        made.close()
