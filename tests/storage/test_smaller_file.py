"""Migration 11 (issue 18): a creation's history row names each field with one character
instead of its name. A schema-10 file is migrated (backup first, then rewritten) with
the same digests, the same search results and a clean check, which still names a field
changed outside Officer Desk; the history takes less room."""

from __future__ import annotations

from pathlib import Path

import pytest
import raw_sqlite

from officer_desk.domain.kinds import KINDS
from officer_desk.services import checks
from officer_desk.services import search as search_service
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage import cipher, history_digest, migrations
from officer_desk.storage import search as index
from officer_desk.storage.migrations.m0005_write_guard import RECORD_TABLES

QUERIES = ("patent", "특허", "삼성", "LG", "침해", "337-TA", "C+", "Court 침해", "(주)",
           "ab", "A-", "법원", "x", "특허 C+", "C+ patent", '"Court of"')


def _to_schema_10(path: Path) -> int:
    """Write the creation rows as schema 10 did (``#name:digest,…``); mark the file 10."""
    conn = cipher.connect_file(path, isolation_level=None)  # (plain or encrypted)
    rows = conn.execute("SELECT seq, kind, new FROM history WHERE action = 'create' "
                        "AND field IS NULL AND new LIKE '\\%%' ESCAPE '\\'").fetchall()
    named = []
    for seq, kind_name, new in rows:
        digests = history_digest.parse(new, kind_name)
        assert digests is not None
        named.append((history_digest.PREFIX + ",".join(f"{k}:{v}" for k, v in digests.items()),
                      seq))
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER history_no_update")
    conn.executemany("UPDATE history SET new = ? WHERE seq = ?", named)
    conn.execute("CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN "
                 "SELECT RAISE(ABORT, 'history is append-only'); END")
    conn.execute("PRAGMA user_version = 10")
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()
    return len(named)


def _digests(path: Path) -> dict[int, dict[str, str] | None]:
    conn = cipher.connect_file(path)
    try:
        return {seq: history_digest.parse(new, kind) for seq, kind, new in conn.execute(
            "SELECT seq, kind, new FROM history WHERE action = 'create' AND field IS NULL")}
    finally:
        conn.close()


def _sizes(path: Path) -> dict[str, float | None]:
    """The bytes of the creation rows' ``new``, the file's pages and, where SQLite has
    ``dbstat`` (not SQLCipher's build), the file beside its record tables (issue 18's
    measure, as ``benchmarks.write_floor.sizes`` takes it)."""
    conn = cipher.connect_file(path)
    try:
        out: dict[str, float | None] = {
            "new": conn.execute("SELECT sum(length(CAST(new AS BLOB))) FROM history "
                                "WHERE action = 'create'").fetchone()[0],
            "pages": conn.execute("PRAGMA page_count").fetchone()[0], "times": None}
        try:
            marks = ", ".join("?" for _ in RECORD_TABLES)
            records = conn.execute(f"SELECT sum(pgsize) FROM dbstat WHERE name IN ({marks})",
                                   RECORD_TABLES).fetchone()[0]
        except cipher.ERRORS as e:
            assert "dbstat" in str(e) and cipher.key_of(conn)  # encrypted
        else:
            size = conn.execute("PRAGMA page_size").fetchone()[0]
            out["times"] = out["pages"] * size / records
        return out
    finally:
        conn.close()


def _results(desk) -> dict[str, object]:
    return {q: ([(h.id, h.kind, h.post, h.title_ko, h.title_en)
                 for h in search_service.search(desk, q, limit=500)],
                search_service.count(desk, q),
                sorted(r[0] for r in desk.conn.execute(*index.match_clause(q))))
            for q in QUERIES}


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "us.sqlite"
    desk = init_desk(path, hq=True, demo=True)
    try:
        generate_demo(desk, records=1500, seed=3)
    finally:
        desk.close()
    return path


def test_every_field_of_every_kind_has_a_code():
    for kind in KINDS:
        assert {f.name for f in kind.fields} <= set(history_digest.FIELDS[kind.name]), kind.name


def test_the_compact_form_reads_back_the_same_digests():
    digests = {"title_ko": "abcdEFGH", "summary": "-_12AbCd", "a_later_field": "zzzzzzzz"}
    new = history_digest.compact("disputes", digests)
    assert new.startswith("%") and "title_ko" not in new and "a_later_field:" in new
    assert history_digest.parse(new, "disputes") == digests
    assert history_digest.parse(history_digest.compact("posts", {}), "posts") == {}
    # not in that form, or not readable: None (the check then reads no digests from it)
    for broken in ("%Aabc", "%~abcdEFGH", "%Z12345678", "%AabcdEFGH,", "%AabcdEFGH,x:1"):
        assert history_digest.parse(broken, "posts") is None, broken
    assert history_digest.parse(new, "no_such_kind") is None
    assert history_digest.parse(new) is None  # the compact form needs the kind


def test_a_schema_10_file_is_migrated_with_the_same_digests_and_results(demo_path: Path):
    desk = open_desk(demo_path)
    before = _results(desk)
    desk.close()
    assert sum(len(v[0]) for v in before.values()) > 200
    assert _to_schema_10(demo_path) > 1400
    digests_before = _digests(demo_path)
    before_sizes = _sizes(demo_path)

    desk = open_desk(demo_path)  # backup, migration 11, rewrite
    try:
        assert migrations.schema_version(desk.conn) == 11
        assert list((demo_path.parent / "us-backups").glob("*migration*"))
        assert desk.conn.execute("SELECT count(*) FROM history WHERE action = 'create' "
                                 "AND new LIKE '#%'").fetchone()[0] == 0
        assert desk.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # rewritten
        assert not desk.notices
        assert checks.check(desk).ok
        assert _results(desk) == before
    finally:
        desk.close()
    assert _digests(demo_path) == digests_before
    assert None not in digests_before.values()
    after_sizes = _sizes(demo_path)
    assert after_sizes["new"] < before_sizes["new"] * 0.5
    assert after_sizes["pages"] < before_sizes["pages"]
    if before_sizes["times"] is not None:
        # the file beside its record tables (issue 18's measure): at least 0.1x less
        assert after_sizes["times"] < before_sizes["times"] - 0.1, (before_sizes, after_sizes)

    desk = open_desk(demo_path)
    try:
        record_id, = desk.conn.execute(
            "SELECT id FROM disputes WHERE deleted = 0 AND case_number IS NOT NULL AND "
            "(SELECT count(*) FROM history WHERE record_id = disputes.id) = 1 LIMIT 1"
        ).fetchone()
        raw_sqlite.sneak(desk.conn, "UPDATE disputes SET case_number = 'by hand 99' WHERE id = ?",
                         record_id)
        lines = checks.check(desk).stamps
        assert len(lines) == 1, lines
        assert record_id in lines[0] and "case_number" in lines[0] and "by hand 99" in lines[0]
    finally:
        desk.close()


def test_packages_of_schema_10_and_earlier_still_merge():
    """Migration 11 changes nothing a sync package carries (it holds no history)."""
    from officer_desk.sync.schema import OLDEST_READABLE, readable_older

    assert all(readable_older(v) for v in range(OLDEST_READABLE, 11))
