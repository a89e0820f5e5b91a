"""Full-text search: Korean substrings, short queries, and input that is never syntax."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.services import records
from officer_desk.services.search import search
from officer_desk.storage.search import fts_expression, parse


@pytest.fixture
def indexed(desk, company, dispute):
    records.create(desk, COMPANIES, {"name_ko": "한국 C++ 소프트웨어", "name_en": "K-Soft"})
    records.create(desk, DISPUTES, {
        "title_ko": "상표 무단선점 대응", "company_id": company.id, "ip_type": "trademark",
        "dispute_kind": "opposition", "opened_on": "2024-05-01",
        "case_number": "2024가합-12345", "summary": "AND NOT 연산자처럼 보이는 \"따옴표\" 문장",
    })
    return desk


def kinds_found(desk, query):
    return sorted(h.kind for h in search(desk, query))


@pytest.mark.parametrize("query", [
    "한빛", "(주)한빛", "C++", "AND", "NOT", '"', "2024가합-12345", "OR", "NEAR(", "*", "^",
    "title_ko:x", "a:b", "-", "()", "'", "\\", "%", "_", "   ", "",
])
def test_queries_never_raise(indexed, query):
    search(indexed, query)


def test_korean_company_name_fragments(indexed):
    assert kinds_found(indexed, "한빛") == ["companies", "disputes", "disputes"]
    assert "companies" in kinds_found(indexed, "(주)한빛")


def test_word_inside_a_longer_word(indexed):
    assert kinds_found(indexed, "김철수") == ["disputes"]


def test_one_and_two_character_queries(indexed):
    assert kinds_found(indexed, "상표") == ["disputes"]
    assert "disputes" in kinds_found(indexed, "김")


def test_operators_and_quotes_are_plain_text(indexed):
    assert kinds_found(indexed, "C++") == ["companies"]
    assert kinds_found(indexed, "AND NOT") == ["disputes"]
    assert kinds_found(indexed, '"따옴표"') == ["disputes"]
    assert kinds_found(indexed, "2024가합-12345") == ["disputes"]


def test_all_terms_must_match(indexed):
    assert kinds_found(indexed, "Voltaic 특허침해") == ["disputes"]
    assert kinds_found(indexed, "Voltaic 상표") == []


def test_counterparty_and_company_names_find_the_dispute(indexed, dispute):
    ids = [h.id for h in search(indexed, "Voltaic Licensing")]
    assert dispute.id in ids


def test_renamed_company_is_found_in_its_disputes(indexed, company, dispute):
    records.update(indexed, company.id, {"name_en": "Zephyr Cells"})
    assert dispute.id in [h.id for h in search(indexed, "Zephyr")]


def test_deleted_records_are_not_found_and_restored_ones_are(indexed, dispute):
    records.delete(indexed, dispute.id)
    assert dispute.id not in [h.id for h in search(indexed, "Voltaic")]
    records.restore(indexed, dispute.id)
    assert dispute.id in [h.id for h in search(indexed, "Voltaic")]


def test_expression_quotes_every_term():
    parsed = parse('C++ "exact phrase" AND 한')
    assert parsed.indexed == ("C++", "exact phrase", "AND")
    assert parsed.short == ("한",)
    assert fts_expression(('a"b',)) == '"a""b"'


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=30))
def test_any_typed_text_is_a_valid_query(indexed, text):
    """Read-only: sharing the database across examples is safe."""
    search(indexed, text)


def test_bulk_inserts_are_indexed_in_one_go(desk, company):
    from officer_desk.services.checks import check
    from officer_desk.storage.repository import BULK

    items = [{"title_ko": f"대량 분쟁 {i:04d}", "company_id": company.id, "ip_type": "patent",
              "dispute_kind": "itc_337", "opened_on": "2025-01-01"} for i in range(BULK + 5)]
    records.create_many(desk, DISPUTES, items)
    assert len(search(desk, "대량 분쟁 0042")) == 1
    assert check(desk).ok
    assert desk.conn.execute(
        "SELECT count(*) FROM meta WHERE key = 'deferred_indexing'").fetchone()[0] == 0


def test_very_common_terms_come_newest_first_without_ranking(indexed, monkeypatch):
    from officer_desk.storage import search as index

    ranked = [h.id for h in search(indexed, "한빛")]
    monkeypatch.setattr(index, "RANK_AT_MOST", 1)
    newest_first = [h.id for h in search(indexed, "한빛")]
    assert sorted(ranked) == sorted(newest_first)
    order = {rid: n for n, (rid,) in enumerate(indexed.conn.execute(
        "SELECT id FROM record_index ORDER BY rowid DESC"))}
    assert newest_first == sorted(newest_first, key=order.__getitem__)


def test_hits_show_the_current_title_in_both_languages(indexed, dispute):
    records.update(indexed, dispute.id, {"title_en": "Hanbit v. Voltaic (renamed)"})
    [hit] = [h for h in search(indexed, "Voltaic") if h.id == dispute.id]
    assert hit.title_en == "Hanbit v. Voltaic (renamed)"
    assert hit.title_ko == dispute["title_ko"] and hit.post == "US"
    records.update(indexed, dispute.id, {"title_ko": ""})
    [hit] = [h for h in search(indexed, "Voltaic") if h.id == dispute.id]
    assert hit.title_ko == "Hanbit v. Voltaic (renamed)"  # falls back to the other language
