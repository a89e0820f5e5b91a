"""Read indexes (``storage.indexes``): made by a writing open and by init, never by a
read-only open, gone before migrations run, and no change to what is counted, to the
schema version, or to a sync package's content."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter

import raw_sqlite

from officer_desk.domain.kinds import DISPUTES
from officer_desk.services import dashboard as dashboard_service
from officer_desk.services import records
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage import indexes
from officer_desk.storage.connection import open_database
from officer_desk.storage.migrations import LATEST, migrate, schema_version

NAME = indexes.DISPUTE_FIGURES


def names(path) -> set[str]:
    conn = raw_sqlite.connect(path, readonly=True)
    try:
        return {n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        conn.close()


def drop_index(path) -> None:
    """The file as a program before the index left it (an index is no record write:
    the write guard lets any connection drop it)."""
    conn = raw_sqlite.connect(path)
    conn.execute(f"DROP INDEX {NAME}")
    conn.close()


def test_init_makes_the_index_and_keeps_the_schema_version(desk):
    assert NAME in names(desk.path)
    assert schema_version(desk.conn) == LATEST


def test_a_writing_open_makes_a_missing_index(desk):
    path = desk.path
    desk.close()
    drop_index(path)
    assert NAME not in names(path)
    open_desk(path).close()
    assert NAME in names(path)


def test_a_read_only_open_does_without_it_and_counts_the_same(desk, company):
    for i, ip_type in enumerate(["patent", "trademark", "patent"]):
        record, _ = records.create(desk, DISPUTES, {
            "title_ko": f"분쟁 {i}", "company_id": company.id, "ip_type": ip_type,
            "dispute_kind": "infringement_suit", "opened_on": dt.date(2024, 3, i + 1)})
    records.delete(desk, record.id)  # a deleted dispute is counted by neither
    with_index = Counter(dashboard_service.dispute_rows(desk))
    of_us = Counter(dashboard_service.dispute_rows(desk, posts=("US",)))
    path = desk.path
    desk.close()
    drop_index(path)
    reader = open_desk(path, readonly=True)
    try:
        assert not indexes.present(reader.conn, NAME)
        assert Counter(dashboard_service.dispute_rows(reader)) == with_index
        assert Counter(dashboard_service.dispute_rows(reader, posts=("US",))) == of_us
        assert sum(with_index.values()) == 2
    finally:
        reader.close()
    assert NAME not in names(path)


def test_migrations_run_without_it_and_it_is_made_after(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=LATEST - 1)
    conn.execute(indexes.PERFORMANCE_INDEXES[NAME])  # left by a newer program's open
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn)
    assert NAME not in names(path)  # a migration meets only what migrations made
    conn.close()
    open_database(path).close()
    assert NAME in names(path)


def test_a_package_carries_no_index(tmp_path):
    from officer_desk.sync.schema import expected_schema, prune, schema_rows

    desk = init_desk(tmp_path / "us.sqlite", post="US", officer="김영희")
    path = desk.path
    desk.close()
    conn = raw_sqlite.connect(path, isolation_level=None)
    try:
        prune(conn)
        assert schema_rows(conn) == expected_schema()
    finally:
        conn.close()
