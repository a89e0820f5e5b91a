"""The search index keeps no copy of the text (issue 18, migration 10): it reads it from
the records. A file in the old layout is migrated (backup first, then rewritten) with
the same text for every record and the same search results; the index stays exactly
what the records give after every kind of change; a rewrite that fails is told."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import raw_sqlite

from officer_desk.services import checks, records
from officer_desk.services import search as search_service
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage import migrations
from officer_desk.storage import search as index
from officer_desk.storage.migrations import m0004_short_index, m0005_write_guard
from officer_desk.storage.migrations.m0001_initial import SEARCHED, search_text
from officer_desk.storage.migrations.m0010_external_text import rename_triggers, triggers

QUERIES = ("patent", "특허", "삼성", "LG", "침해", "337-TA", "C+", "Court 침해", "(주)",
           "ab", "A-", "법원", "x", "특허 C+", "C+ patent", '"Court of"')


def _to_schema_9(path: Path) -> None:
    """Put the file back into the layout of schema 9: the index with its own copy of
    the text, kept by the triggers of migrations 1 and 4 (plain SQL, as they were)."""
    conn = raw_sqlite.connect(path, isolation_level=None)
    index.register_functions(conn)
    conn.execute("BEGIN")
    for name, _ in [t for table in SEARCHED for t in triggers(table)] + rename_triggers():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE search_index")
    conn.execute("DROP VIEW search_source")
    conn.execute("DROP TABLE search_extra")
    conn.execute("CREATE VIRTUAL TABLE search_index USING fts5(text, tokenize = 'trigram')")
    for _, sql in m0004_short_index.replaced_triggers():
        conn.execute(sql)
    for table in SEARCHED:  # the guard's triggers after them, as migration 5 made them
        for trigger in (f"{table}_stamped_insert", f"{table}_stamped_update"):
            conn.execute(f"DROP TRIGGER {trigger}")
        for sql in m0005_write_guard.triggers(conn, table):
            conn.execute(sql)
        conn.execute(f"INSERT INTO search_index (rowid, text) SELECT ri.rowid, "
                     f"{search_text(table, 't')} FROM record_index AS ri JOIN {table} AS t "
                     "ON t.id = ri.id WHERE t.deleted = 0")
    conn.execute("INSERT INTO short_index (short_index) VALUES ('delete-all')")
    conn.execute("INSERT INTO short_index (rowid, grams) SELECT rowid, "
                 "od_short_grams(text) FROM search_index")
    conn.execute("PRAGMA user_version = 9")
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()


def _plain_results(path: Path, text_sql: str) -> dict[str, object]:
    """What a plain sqlite3 connection finds, by SQL alone: every record's text, the
    trigram matches in rank order, the short-term index's matches."""
    conn = raw_sqlite.connect(path)
    try:
        out: dict[str, object] = {"text": conn.execute(text_sql).fetchall()}
        for term in ("patent", "법원", "337-TA", "Court", "(주)"):
            out[term] = conn.execute(
                "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank",
                (index.fts_expression((term,)),)).fetchall()
        for term in ("특허", "LG", "x"):
            out[term] = conn.execute(
                "SELECT rowid FROM short_index WHERE short_index MATCH ? ORDER BY rowid",
                (index.fts_expression((term,)),)).fetchall()
        return out
    finally:
        conn.close()


def _service_results(desk) -> dict[str, object]:
    return {q: ([(h.id, h.kind) for h in search_service.search(desk, q, limit=500)],
                search_service.count(desk, q),
                sorted(r[0] for r in desk.conn.execute(*index.match_clause(q))))
            for q in QUERIES}


def _like_ids(path: Path, term: str) -> list[str]:
    conn = raw_sqlite.connect(path)
    try:
        return sorted(r[0] for r in conn.execute(
            "SELECT ri.id FROM search_index AS s JOIN record_index AS ri "
            "ON ri.rowid = s.rowid WHERE s.text LIKE ? ESCAPE '\\'",
            (index.like_pattern(term),)))
    finally:
        conn.close()


def _fts_matches_records(conn) -> None:
    """FTS5's own check: the index holds exactly the text its content (the view) gives;
    raises 'database disk image is malformed' otherwise."""
    conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "us.sqlite"
    desk = init_desk(path, hq=True, demo=True)
    try:
        generate_demo(desk, records=500, seed=7)
    finally:
        desk.close()
    return path


def test_an_old_file_is_migrated_with_the_same_text_and_results(demo_path: Path):
    desk = open_desk(demo_path)
    before_service = _service_results(desk)  # the new layout, made fresh by init
    desk.close()
    _to_schema_9(demo_path)
    old_text = "SELECT rowid, text FROM search_index ORDER BY rowid"
    before = _plain_results(demo_path, old_text)
    like_before = {t: _like_ids(demo_path, t) for t in ("C+", "A-", "ab", "x")}
    assert len(before["text"]) > 400 and before["patent"] and before["특허"]

    desk = open_desk(demo_path)  # backup, migration 10, rewrite
    try:
        assert migrations.schema_version(desk.conn) == migrations.LATEST
        backups = list((demo_path.parent / "us-backups").glob("*migration*"))
        assert backups, "a backup is made before migrating"
        names = {n for (n,) in desk.conn.execute("SELECT name FROM sqlite_master")}
        assert "search_index_content" not in names and "search_extra" in names
        assert desk.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # rewritten
        assert not desk.notices
        _fts_matches_records(desk.conn)
        assert checks.check(desk).ok
        after_service = _service_results(desk)
        like_after = {t: sorted(r[0] for r in desk.conn.execute(*index.match_clause(t)))
                      for t in like_before}
    finally:
        desk.close()
    after = _plain_results(demo_path, "SELECT rid, text FROM search_source ORDER BY rid")
    assert after == before  # every record's text, character for character; same matches
    assert like_after == like_before
    assert after_service == before_service


def test_the_index_is_what_the_records_give_after_every_kind_of_change(desk, company,
                                                                       dispute):
    records.update(desk, dispute.id, {"tags": ["배터리", "ITC"], "summary": "법원 판결 C+ 337"})
    records.update(desk, company.id, {"name_ko": "새이름전자", "name_en": "Saeireum Inc"})
    _fts_matches_records(desk.conn)
    assert sorted(h.id for h in search_service.search(desk, "새이름전자")) == sorted(
        [company.id, dispute.id])
    assert dispute.id in [h.id for h in search_service.search(desk, "Saeireum")]
    assert dispute.id in [h.id for h in search_service.search(desk, "C+")]
    assert dispute.id in [h.id for h in search_service.search(desk, "ITC")]
    records.delete(desk, dispute.id)
    _fts_matches_records(desk.conn)
    assert dispute.id not in [h.id for h in search_service.search(desk, "Saeireum")]
    records.restore(desk, dispute.id)
    records.update(desk, company.id, {"name_en": "Renamed"})
    _fts_matches_records(desk.conn)
    assert dispute.id in [h.id for h in search_service.search(desk, "Renamed")]
    assert dispute.id not in [h.id for h in search_service.search(desk, "Saeireum")]
    assert checks.check(desk).ok
    index.rebuild(desk.conn)
    _fts_matches_records(desk.conn)
    assert checks.check(desk).ok


def test_a_stale_index_is_found_and_repaired(desk, dispute):
    desk.conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    report = checks.check(desk)
    assert any("search index" in p for p in report.problems())
    checks.repair_search_index(desk)
    assert checks.check(desk).ok
    assert dispute.id in [h.id for h in search_service.search(desk, dispute.values["title_ko"])]


def test_a_rewrite_that_fails_is_told_and_tried_again(demo_path: Path, monkeypatch):
    _to_schema_9(demo_path)

    def full_disk(conn):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(migrations, "_vacuum", full_disk)
    desk = open_desk(demo_path)
    try:
        assert migrations.schema_version(desk.conn) == migrations.LATEST  # migrated, whole
        assert [n.key for n in desk.notices] == ["desk.compact_failed"]
        # SQLite's "database or disk is full", said as the reason in each language
        assert "No space left on device" in desk.notices[0].message("en")
        assert "디스크에 남은 공간이 없습니다" in desk.notices[0].message("ko")
        assert desk.conn.execute("SELECT value FROM meta WHERE key = ?",
                                 (migrations.COMPACT_KEY,)).fetchone() == ("1",)
        assert desk.conn.execute("PRAGMA freelist_count").fetchone()[0] > 0
        _fts_matches_records(desk.conn)
    finally:
        desk.close()
    monkeypatch.undo()
    desk = open_desk(demo_path)  # the next writing open rewrites it
    try:
        assert not desk.notices
        assert desk.conn.execute("SELECT 1 FROM meta WHERE key = ?",
                                 (migrations.COMPACT_KEY,)).fetchone() is None
        assert desk.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        desk.close()


def test_sqlites_own_refusal_of_a_rewrite_is_caught(desk):
    conn = desk.conn
    cursor = conn.execute("SELECT id FROM record_index")  # a statement still running
    cursor.fetchone()
    assert migrations.compact_file(conn) is False
    assert migrations.compaction_failure(conn)
    cursor.close()
    assert migrations.compact_file(conn) is True
    assert conn.execute("SELECT 1 FROM meta WHERE key = ?",
                        (migrations.COMPACT_KEY,)).fetchone() is None


def _grams_run_by_run(text: str | None) -> set[str]:
    """short_grams as migration 4 first wrote it: run by run."""
    import itertools
    import re

    grams: set[str] = set()
    for run in re.findall(r"[^\W_]+", (text or "").lower()):
        grams.update(run)
        grams.update(a + b for a, b in itertools.pairwise(run))
    return grams


@pytest.mark.parametrize("text", [
    None, "", " ", "x", "오창 Inc", "İstanbul ŞİŞLİ", "a_b__c", "ＡＢ１２ ｘ", "ß ẞ ǅ ﬁ",
    "C++ 삼성(주) LG-전자 2024가합-12345\n배터리 ab\u0307c", "٣٤ __ -- 12",
])
def test_short_grams_are_the_letters_and_pairs_of_each_run(text):
    assert set(index.short_grams(text).split()) == _grams_run_by_run(text)


def test_short_grams_of_the_demos_text(demo_path: Path):
    conn = raw_sqlite.connect(demo_path)
    try:
        texts = [t for (t,) in conn.execute("SELECT text FROM search_source")]
    finally:
        conn.close()
    assert len(texts) > 400
    for text in texts:
        assert set(index.short_grams(text).split()) == _grams_run_by_run(text)
