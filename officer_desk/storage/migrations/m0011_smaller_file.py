"""Migration 11: a smaller case log (issue 18).

A creation's history row names each field beside its digest (``#title_ko:…,stage:…``):
the names were two thirds of those rows, 27 of the 41 MiB of history of the
100,000-record demo. Each such row becomes the compact form
(``storage.history_digest.compact``): one character for the field, then its digest.
The digests themselves are unchanged, so ``officer-desk check`` compares exactly what
it compared before. A row that is not in the ``#`` form is left as it is.

``record_index`` no longer holds each record's title in both languages (9 of its 23
MiB): the titles are read from the records through the view ``record_titles``
(the same expression the triggers computed, ``m0001_initial.TITLES``), which is read
for the few records a list or a search page shows. The triggers that kept the
titles (``<table>_retitled``) are dropped, each ``<table>_indexed`` is made again
without them (with the same indexing as migration 10's), and the write guard's
triggers after them, as migration 10 did.

History is append-only: the trigger that refuses updates is dropped for this
transaction and made again, as migration 8 did. The file is rewritten afterwards
(``VACUUM``, ``Migration.compact``): rows rewritten shorter leave room in their pages
that an append-only table never fills again.
"""

from __future__ import annotations

import sqlite3

from officer_desk.storage import history_digest
from officer_desk.storage.migrations import m0005_write_guard
from officer_desk.storage.migrations.m0001_initial import SEARCHED, TITLES, _title
from officer_desk.storage.migrations.m0010_external_text import _add

TRIGGER = "history_no_update"


def compact_creations(conn: sqlite3.Connection) -> int:
    """Rewrite every creation row of the ``#`` form in the compact form; how many."""
    changed = []
    for seq, kind_name, new in conn.execute(
        "SELECT seq, kind, new FROM history WHERE action = 'create' AND field IS NULL "
        "AND new LIKE '#%'"
    ):
        digests = history_digest.parse(new)
        if digests is not None and kind_name in history_digest.FIELDS:
            changed.append((history_digest.compact(kind_name, digests), seq))
    if not changed:
        return 0
    found = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                         (TRIGGER,)).fetchone()
    if found:
        conn.execute(f"DROP TRIGGER {TRIGGER}")
    conn.executemany("UPDATE history SET new = ? WHERE seq = ?", changed)
    if found:
        conn.execute(found[0])
    return len(changed)


def title_sql(ri: str, lang: str) -> str:
    """The SQL of a record's title (``lang``: ``ko`` or ``en``) read from the record by
    its primary key, ``ri`` being its ``record_index`` row: what the triggers of
    migration 1 kept in ``record_index`` until this migration."""
    place = ("ko", "en").index(lang)
    arms = " ".join(
        f"WHEN '{table}' THEN (SELECT {_title('t', fields[place])} FROM {table} AS t "
        f"WHERE t.id = {ri}.id)"
        for table, fields in TITLES.items())
    return f"CASE {ri}.kind {arms} END"


def titles_view() -> str:
    """``record_titles``: each record's id, kind, post and titles, the titles read from
    the record (by its primary key) only when asked for."""
    return ("CREATE VIEW record_titles (id, kind, post, title_ko, title_en) AS "
            f"SELECT ri.id, ri.kind, ri.post, {title_sql('ri', 'ko')}, "
            f"{title_sql('ri', 'en')} FROM record_index AS ri")


def indexed_trigger(table: str) -> str:
    """The trigger registering a new record in ``record_index`` (without titles) and,
    for a searched kind, indexing it as migration 10's did."""
    search = _add(table, deferred=True) if table in SEARCHED else ""
    return (f"CREATE TRIGGER {table}_indexed AFTER INSERT ON {table} BEGIN "
            "INSERT INTO record_index (id, kind, post) "
            f"VALUES (new.id, '{table}', new.post); {search}END")


def drop_titles(conn: sqlite3.Connection) -> None:
    from officer_desk.storage.search import register_functions

    register_functions(conn)
    for table in TITLES:
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_retitled")
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_indexed")
    conn.execute("ALTER TABLE record_index DROP COLUMN title_ko")
    conn.execute("ALTER TABLE record_index DROP COLUMN title_en")
    conn.execute(titles_view())
    for table in TITLES:
        conn.execute(indexed_trigger(table))
    # the guard's triggers last (see migration 5): another program's error names the guard
    for table in m0005_write_guard.RECORD_TABLES:
        for trigger in (f"{table}_stamped_insert", f"{table}_stamped_update"):
            conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for sql in m0005_write_guard.triggers(conn, table):
            conn.execute(sql)


def apply(conn: sqlite3.Connection) -> None:
    compact_creations(conn)
    drop_titles(conn)
