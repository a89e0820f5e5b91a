"""Search terms of one or two characters: the short-term index and the list plans.

``short_index`` (migration 4) must find exactly what reading the text with LIKE finds,
stay equal to a rebuilt index through every kind of change, and the lists must show
the same rows and totals whichever way they read the matches.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.services import checks, queries, records
from officer_desk.services.desk import open_desk
from officer_desk.services.queries import ListQuery, list_fields, list_records
from officer_desk.storage import search
from officer_desk.storage.search import in_short_index, short_grams

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-v1.sqlite"

#: Letters in both cases, Hangul, digits and characters the index leaves to LIKE.
ALPHABET = "aAbB가나다12 -+."


def test_grams_are_the_letters_and_letter_pairs_of_each_word():
    assert set(short_grams("오창 Inc.")) >= set("오창inc")
    assert set(short_grams("오창 Inc.").split()) == {
        "오", "창", "오창", "i", "n", "c", "in", "nc"}
    assert short_grams(None) == short_grams("") == ""
    assert "_" not in short_grams("a_b")  # the tokenizer splits at "_": so do the pairs


def test_which_terms_the_index_answers():
    assert in_short_index("오") and in_short_index("Ab") and in_short_index("12")
    assert not in_short_index("C+") and not in_short_index("-")
    assert not in_short_index("abc")  # the trigram index's


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(ALPHABET, min_size=1, max_size=8).filter(str.strip),
                min_size=1, max_size=6))
def test_short_terms_find_exactly_what_the_text_contains(desk, names):
    """Every one- and two-character term, through the index or LIKE, against Python's
    ``in`` (case-insensitive for ASCII, as LIKE is). Each example deletes its records,
    so the next one also checks that deleting took them out of the index."""
    created = [records.create(desk, COMPANIES, {"name_ko": name})[0] for name in names]
    try:
        stored = [r["name_ko"] for r in created]
        chars = ALPHABET.replace(" ", "")  # a space separates terms
        for term in sorted({a + b for a in chars for b in ["", *chars]}):
            expected = sum(term.lower() in name.lower() for name in stored)
            total = list_records(desk, COMPANIES, ListQuery(text=term, limit=50)).total
            assert total == expected, (term, stored)
    finally:
        for record in created:
            records.delete(desk, record.id)


def _vocabulary(conn) -> set[tuple[str, int]]:
    """(gram, number of records) of everything in ``short_index``."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.short_vocab "
                 "USING fts5vocab(main, short_index, row)")
    return set(conn.execute("SELECT term, doc FROM temp.short_vocab"))


def test_index_equals_a_rebuilt_one_after_every_kind_of_change(desk, company, dispute):
    from officer_desk.storage.repository import BULK

    records.update(desk, dispute.id, {"title_ko": "새 제목 가나", "summary": "요약 AB"})
    records.update(desk, company.id, {"name_ko": "다른 이름", "name_en": "Other Co"})
    other = records.create(desk, DISPUTES, {
        "title_ko": "삭제될 분쟁", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "itc_337", "opened_on": "2025-01-01"})[0]
    records.delete(desk, other.id)
    records.delete(desk, dispute.id)
    records.restore(desk, dispute.id)
    records.create_many(desk, DISPUTES, [
        {"title_ko": f"대량 {i}", "company_id": company.id, "ip_type": "patent",
         "dispute_kind": "itc_337", "opened_on": "2025-01-01"} for i in range(BULK + 3)])
    live = _vocabulary(desk.conn)
    assert checks.check(desk).ok
    checks.repair_search_index(desk)
    assert _vocabulary(desk.conn) == live
    assert search.count_matches(desk.conn, "대량") == BULK + 3
    assert search.count_matches(desk.conn, "삭제") == 0
    # the renamed company, its restored dispute and the bulk ones
    assert search.count_matches(desk.conn, "다른") == BULK + 5


def test_check_notices_a_short_index_out_of_step(desk, company):
    desk.conn.execute("INSERT INTO short_index (short_index) VALUES ('delete-all')")
    report = checks.check(desk)
    assert any("short-term index" in line for line in report.search_index)
    checks.repair_search_index(desk)
    assert checks.check(desk).ok


def test_an_old_database_gets_the_short_index(tmp_path):
    path = tmp_path / "jp.sqlite"
    shutil.copy(FIXTURE, path)
    desk = open_desk(path)
    try:
        assert search.count_matches(desk.conn, "세진") == 2  # the company and its dispute
        assert list_records(desk, DISPUTES, ListQuery(text="세진")).total == 1
        assert checks.check(desk).ok
    finally:
        desk.close()


@pytest.fixture
def listed(desk, company):
    records.create_many(desk, DISPUTES, [
        {"title_ko": f"분쟁 {'가나' if i % 3 else '다라'} {i:02d}", "company_id": company.id,
         "ip_type": "trademark" if i % 2 else "patent", "dispute_kind": "opposition",
         "opened_on": dt.date(2023, 1, 1) + dt.timedelta(days=7 * i)} for i in range(40)])
    for n in (3, 4):
        ident = desk.conn.execute(
            "SELECT id FROM disputes WHERE title_ko LIKE ?", (f"%{n:02d}",)).fetchone()[0]
        records.delete(desk, ident)
    return desk


QUERIES = [
    ListQuery(text="가나"),
    ListQuery(text="가"),
    ListQuery(text="분쟁 다라"),
    ListQuery(text="가나", sort="title_ko", limit=7, offset=5),
    ListQuery(text="다", where={"ip_type": "trademark"}),
    ListQuery(text="가나", posts=("US",)),
    ListQuery(text="가나", posts=("JP",)),
    ListQuery(text="가나", include_deleted=True),
    ListQuery(text="가나", only_deleted=True),
    ListQuery(text="가나", date_from=dt.date(2023, 3, 1), sort="-opened_on"),
    ListQuery(text="zz"),
]


@pytest.mark.parametrize("query", QUERIES, ids=range(len(QUERIES)))
def test_lists_are_the_same_whichever_way_matches_are_read(listed, monkeypatch, query):
    """Few matches: ``id IN`` the matches; many: each row checked in the list's order."""
    monkeypatch.setattr(queries, "DENSE_MATCHES", 10**9)
    few = list_records(listed, DISPUTES, query)
    monkeypatch.setattr(queries, "DENSE_MATCHES", 0)
    many = list_records(listed, DISPUTES, query)
    assert [r.id for r in many.records] == [r.id for r in few.records]
    assert many.total == few.total
    # and the total is what a plain count of the same filter gives
    where, params = queries._where(listed, DISPUTES, dataclasses.replace(query))
    counted = listed.conn.execute(
        f"SELECT count(*) FROM disputes WHERE {where}", params).fetchone()[0]
    assert few.total == counted


def test_list_fields_reads_the_same_page_as_list_records(listed):
    query = ListQuery(text="가나", sort="-opened_on", limit=10)
    page = list_fields(listed, DISPUTES, ["title_ko", "opened_on", "company_id"], query)
    full = list_records(listed, DISPUTES, query)
    assert page.total == full.total
    assert page.rows == [(r.id, r.post, r.deleted, r["title_ko"], r["opened_on"],
                          r["company_id"]) for r in full.records]
    assert isinstance(page.rows[0][4], dt.date)


#: A plan line of FTS5 given a rowid constraint (=) together with MATCH (M).
RE_MATCH_PER_ROWID = re.compile(r"VIRTUAL TABLE INDEX \d+:(?=\S*=)(?=\S*M)")


@pytest.mark.parametrize("text", ["한빛배터리 가나", "가 한빛배", "C+ 가나", "C+ 한빛배터리 가"])
def test_no_statement_makes_fts5_match_once_per_row(listed, monkeypatch, text):
    """A long and a short term together: the short index must filter the rows MATCH
    found. Offered as rowid constraints instead, FTS5 runs the MATCH again for every
    rowid (``INDEX n:=M…`` in the plan) — seconds at 100,000 records."""
    from officer_desk.services.search import search as search_service

    statements: list[str] = []
    listed.conn.set_trace_callback(statements.append)
    try:
        for dense in (0, 10**9):
            monkeypatch.setattr(queries, "DENSE_MATCHES", dense)
            list_records(listed, DISPUTES, ListQuery(text=text))
        search_service(listed, text)
    finally:
        listed.conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects
    for sql in selects:
        for row in listed.conn.execute("EXPLAIN QUERY PLAN " + sql):
            assert not RE_MATCH_PER_ROWID.search(row[3]), (sql, row[3])
