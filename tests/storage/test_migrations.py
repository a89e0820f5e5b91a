"""Numbered migrations: an old database is upgraded (after a backup), nothing lost."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import KINDS
from officer_desk.storage.connection import backup_dir_for, open_database
from officer_desk.storage.migrations import LATEST, MIGRATIONS, migrate

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-v1.sqlite"


def test_migrations_are_numbered_in_order():
    numbers = [m.number for m in MIGRATIONS]
    assert numbers == sorted(set(numbers)) and numbers[0] == 1 and numbers[-1] == LATEST
    assert numbers == list(range(1, LATEST + 1))


def test_old_fixture_database_is_upgraded_with_a_backup(tmp_path):
    path = tmp_path / "jp.sqlite"
    shutil.copy(FIXTURE, path)
    conn = open_database(path)
    db = sqlite_utils.Database(conn)  # its table listing
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert "saved_views" in db.table_names()
    title, stage = conn.execute(
        "SELECT title_ko, stage FROM disputes WHERE id = '22222222-2222-4222-8222-222222222222'"
    ).fetchone()
    assert title == "세진디스플레이 디자인권 침해 (도쿄지방법원)" and stage == "evidence"
    assert conn.execute("SELECT count(*) FROM disputes WHERE changed != version").fetchone()[0] == 0
    assert {"conflicts", "import_log", "signing_keys"} <= set(db.table_names())
    assert conn.execute("SELECT count(*) FROM history").fetchone()[0] >= 4
    hits = conn.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH '\"세진디스\"'"
    ).fetchone()[0]
    assert hits == 2  # the company and its dispute
    backups = list(backup_dir_for(path).glob("*.sqlite.gz"))
    assert len(backups) == 1
    plain = tmp_path / "migration-backup.sqlite"
    plain.write_bytes(gzip.decompress(backups[0].read_bytes()))
    old = sqlite3.connect(plain)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()
    db.conn.close()


def test_failed_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    from officer_desk.storage import migrations

    path = tmp_path / "jp.sqlite"
    shutil.copy(FIXTURE, path)

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(
        migrations, "MIGRATIONS",
        (*MIGRATIONS[:1], migrations.Migration(2, "broken", broken)),
    )
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(RuntimeError, match="migration bug"):
        migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names
    conn.close()


def test_schema_has_a_column_for_every_field(tmp_path):
    db = sqlite_utils.Database(open_database(tmp_path / "x.sqlite", create=True))
    for kind in KINDS:
        columns = {c.name: c.type for c in db[kind.name].columns}
        for f in kind.fields:
            assert f.name in columns, f"{kind.name}.{f.name} has no column: add a migration"
            if f.type in (FieldType.INTEGER, FieldType.BOOL):
                assert columns[f.name] == "INTEGER"
        for meta in ("id", "post", "version", "origin", "field_versions", "deleted"):
            assert meta in columns
    db.conn.close()


def test_upgraded_fixture_opens_as_a_case_log(tmp_path):
    from officer_desk.services import records
    from officer_desk.services.desk import open_desk

    path = tmp_path / "jp.sqlite"
    shutil.copy(FIXTURE, path)
    desk = open_desk(path)
    assert desk.home_post == "JP"
    change = records.update(desk, "22222222-2222-4222-8222-222222222222", {"stage": "hearing"})
    assert change.updated
    desk.close()
