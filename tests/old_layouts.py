"""Files in the layout of an earlier schema, for the tests of the migrations after it."""

from __future__ import annotations

import sqlite3

from officer_desk.storage.migrations import m0005_write_guard
from officer_desk.storage.migrations.m0001_initial import SEARCHED, TITLES, _title, _triggers
from officer_desk.storage.migrations.m0010_external_text import triggers


def titles_back(conn: sqlite3.Connection) -> None:
    """``record_index`` with its titles again, kept by the triggers of migrations 1 and
    10 (the guard's after them), as schema 10 had it."""
    conn.execute("DROP VIEW record_titles")
    conn.execute("ALTER TABLE record_index ADD COLUMN title_ko TEXT")
    conn.execute("ALTER TABLE record_index ADD COLUMN title_en TEXT")
    for table, (ko, en) in TITLES.items():
        conn.execute(f"UPDATE record_index SET title_ko = (SELECT {_title('t', ko)} FROM "
                     f"{table} AS t WHERE t.id = record_index.id), title_en = (SELECT "
                     f"{_title('t', en)} FROM {table} AS t WHERE t.id = record_index.id) "
                     f"WHERE kind = '{table}'")
        conn.execute(f"DROP TRIGGER {table}_indexed")
        old = dict(triggers(table)) if table in SEARCHED else {}
        for sql in _triggers(table):
            name = sql.split()[2]
            if name.endswith("_retitled") or (name.endswith("_indexed") and not old):
                conn.execute(sql)
        if old:
            conn.execute(old[f"{table}_indexed"])
        for trigger in (f"{table}_stamped_insert", f"{table}_stamped_update"):
            conn.execute(f"DROP TRIGGER {trigger}")
        for sql in m0005_write_guard.triggers(conn, table):
            conn.execute(sql)
