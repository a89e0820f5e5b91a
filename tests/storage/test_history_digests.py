"""A creation's history row holds a digest per value, not the values again (issue 18),
and `check` still names a field changed outside Officer Desk; migration 8 turns the
rows written before into digests of exactly those values, search unchanged."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import raw_sqlite

from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import KINDS_BY_NAME
from officer_desk.domain.records import value_to_json
from officer_desk.services import checks, search
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage import history_digest
from officer_desk.storage.codec import history_text
from officer_desk.storage.migrations import LATEST, migrate, schema_version


def test_a_creation_keeps_digests_and_check_still_names_the_field(desk, dispute):
    (new,) = desk.conn.execute(
        "SELECT new FROM history WHERE record_id = ? AND action = 'create'", (dispute.id,)
    ).fetchone()
    assert new.startswith(history_digest.COMPACT)  # the form written since migration 11
    digests = history_digest.parse(new, "disputes")
    assert digests is not None and "title_ko" in digests and "case_number" in digests
    assert dispute.values["title_ko"] not in new  # the value itself is not stored again
    assert checks.check(desk).stamps == []
    raw_sqlite.sneak(desk.conn, "UPDATE disputes SET case_number = '2:24-cv-99999' WHERE id = ?",
                     dispute.id)
    lines = checks.check(desk).stamps
    assert len(lines) == 1, lines
    assert dispute.id in lines[0] and "case_number" in lines[0] and "99999" in lines[0]


def _old_form(conn: sqlite3.Connection, desk) -> int:
    """Write the creation rows of never-changed records as the program wrote them before
    migration 8 (the values as JSON), and mark the file as schema 7."""
    rows = conn.execute(
        "SELECT h.seq, h.kind, h.record_id FROM history AS h WHERE h.action = 'create' "
        "AND (SELECT count(*) FROM history AS o WHERE o.record_id = h.record_id) = 1"
    ).fetchall()
    old = []
    for seq, kind_name, record_id in rows:
        kind = KINDS_BY_NAME[kind_name]
        record = desk.repo.get(kind, record_id)
        shown = {
            f.name: (history_text(f, record.values[f.name]) if f.type is FieldType.BLOB
                     else value_to_json(f.type, record.values[f.name]))
            for f in kind.fields if record.values.get(f.name) not in (None, [], ())
        }
        old.append((json.dumps(shown, ensure_ascii=False), seq))
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER history_no_update")
    conn.executemany("UPDATE history SET new = ? WHERE seq = ?", old)
    conn.execute("CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN "
                 "SELECT RAISE(ABORT, 'history is append-only'); END")
    conn.execute("PRAGMA user_version = 7")
    conn.execute("COMMIT")
    return len(old)


QUERIES = ("patent", "특허", "삼성", "LG", "침해", "337-TA", "C+", "Court 침해", "(주)")


def _results(desk) -> dict[str, list]:
    return {q: [(h.id, h.kind) for h in search.search(desk, q, limit=200)]
            for q in QUERIES}


def test_migration_8_turns_old_creation_rows_into_digests(tmp_path: Path):
    path = tmp_path / "demo.sqlite"
    desk = init_desk(path, hq=True, demo=True)
    try:
        generate_demo(desk, records=3000, seed=7)
        converted = _old_form(desk.conn, desk)
        assert converted > 2500
        before = _results(desk)
        old_bytes = desk.conn.execute("SELECT sum(length(new)) FROM history").fetchone()[0]
        rows_before = desk.conn.execute("SELECT rowid, id FROM disputes ORDER BY id").fetchall()
        desk.conn.execute("VACUUM")  # the old form written compactly, as it would be
        pages_before = desk.conn.execute("PRAGMA page_count").fetchone()[0]
        assert checks.check(desk).stamps == []  # the old form is still understood
    finally:
        desk.close()

    conn = raw_sqlite.connect(path, isolation_level=None)
    try:
        assert schema_version(conn) == 7
        # (the file has the later migrations' schema already: only 8 is run again)
        assert migrate(conn, target=8) == [8]
        conn.execute(f"PRAGMA user_version = {LATEST}")
        assert conn.execute("SELECT count(*) FROM history WHERE action = 'create' AND "
                            "new LIKE '{%'").fetchone()[0] == 0
        new_bytes = conn.execute("SELECT sum(length(new)) FROM history").fetchone()[0]
        pages_after = conn.execute("PRAGMA page_count").fetchone()[0]
        # the file was rewritten (VACUUM) after the migration: the room is given back
        assert pages_after < pages_before * 0.9
        assert conn.execute("SELECT rowid, id FROM disputes ORDER BY id").fetchall() \
            == rows_before
    finally:
        conn.close()
    assert new_bytes < old_bytes / 2

    desk = open_desk(path)
    try:
        assert _results(desk) == before
        assert sum(len(v) for v in before.values()) > 100
        assert checks.check(desk).stamps == []
        record_id, = desk.conn.execute(
            "SELECT id FROM disputes WHERE deleted = 0 AND summary IS NOT NULL AND "
            "(SELECT count(*) FROM history WHERE record_id = disputes.id) = 1 LIMIT 1"
        ).fetchone()
        raw_sqlite.sneak(desk.conn, "UPDATE disputes SET summary = 'changed by hand' WHERE id = ?",
                         record_id)
        lines = checks.check(desk).stamps
        assert len(lines) == 1 and record_id in lines[0] and "summary" in lines[0]
    finally:
        desk.close()
