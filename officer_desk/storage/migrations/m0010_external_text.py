"""Migration 10: the search index reads the searchable text from the records (issue 18).

Until now ``search_index`` kept its own copy of every record's searchable text
(``search_index_content``, 65 MiB of the 100,000-record demo's 386 MiB). It becomes an
*external-content* FTS5 table: the trigram index stays, and the text is read, when it
is needed at all (``LIKE`` over a short term such as ``C+``, a rebuild), from
``search_source``, a view over the record tables.

That view can hold only plain columns and scalar expressions: FTS5 prepares its reads
of the content table without virtual tables, so ``json_each`` is refused there. The
parts of the text that are *derived* — JSON lists (tags, participants), counterparty
names, the names of the companies a dispute or an engagement concerns — are kept in
``search_extra``, one row per indexed record (its rowid is ``record_index``'s, as the
index's is), with up to three derived parts (``d1``..``d3``) in the order of
``SEARCHED``. The view puts the record's own columns and these parts together in
exactly the order of migration 1, so the text, and every search result, is what it was.

``search_extra`` is also the record of what the index holds: a row exists exactly when
the record is in the index, and it holds the derived parts *as they were indexed*. An
external-content (or contentless) FTS5 table must be given the exact old text to remove
a record; the triggers take it from ``old.*`` and the stored parts, never from the
companies as they are now (a company added or renamed since would give other tokens and
corrupt the index). ``contentless_delete`` would not need this, but it needs SQLite
3.43 and Debian's Python links 3.40.

The triggers are those of migrations 1 and 4 with the same effects: a record is
indexed (both indexes) when inserted unless deleted or inside a bulk insert
(``DEFERRED_INDEXING``), re-indexed when a searched column or ``deleted`` changes, and
a company's new name re-indexes the disputes and engagements that name it. The write
guard's triggers (migration 5) are made again after them, so that another program's
error still names the guard.
"""

from __future__ import annotations

import sqlite3

from officer_desk.storage.migrations import m0005_write_guard
from officer_desk.storage.migrations.m0001_initial import (
    DEFERRED_INDEXING,
    SEARCHED,
    _text_part,
)
from officer_desk.storage.migrations.m0004_short_index import GRAMS_FUNCTION

#: The derived parts of each kind's text (kept in ``search_extra``), in text order.
DERIVED = {table: tuple(s for s in specs if ":" in s) for table, specs in SEARCHED.items()}
EXTRA_COLUMNS = ("d1", "d2", "d3")
assert max(len(d) for d in DERIVED.values()) <= len(EXTRA_COLUMNS)

#: The company parts, re-computed when a company is renamed (table -> record match).
RENAMED = {
    "disputes": "d.company_id = new.id",
    "engagements": "EXISTS (SELECT 1 FROM json_each(d.company_ids) WHERE value = new.id)",
}

CREATE_EXTRA = ("CREATE TABLE search_extra (rowid INTEGER PRIMARY KEY, "
                + ", ".join(f"{c} TEXT" for c in EXTRA_COLUMNS) + ")")
CREATE_INDEX = ("CREATE VIRTUAL TABLE search_index USING fts5(text, tokenize = 'trigram', "
                "content = 'search_source', content_rowid = 'rid')")


def _rid(alias: str) -> str:
    return f"(SELECT rowid FROM record_index WHERE id = {alias}.id)"


def text(table: str, record: str, extra: str) -> str:
    """The searchable text of a record (``record``: its row, ``extra``: its
    ``search_extra`` row), character for character what migration 1 indexed."""
    parts = []
    derived = 0
    for spec in SEARCHED[table]:
        if ":" in spec:
            parts.append(f"coalesce({extra}.{EXTRA_COLUMNS[derived]}, '')")
            derived += 1
        else:
            parts.append(f"coalesce({record}.{spec}, '')")
    return " || char(10) || ".join(parts)


def like_rowids() -> tuple[str, int]:
    """A SELECT of the ``record_index`` rowids of indexed records whose searchable text
    is ``LIKE`` a pattern (``ESCAPE '\\'``), and how many times it takes the pattern.

    The text is not read whole: a pattern without a line break (a search term never
    has one) matches the text exactly when it matches one of its parts, so each record
    table is read once with its own columns tested, and ``search_extra`` for the
    derived parts — about as fast as reading a copy of the text, which no longer exists.
    """
    like = "LIKE ? ESCAPE '\\'"
    arms, uses = [], 0
    for table, specs in SEARCHED.items():
        plain = [s for s in specs if ":" not in s]
        arms.append(
            f"SELECT ri.rowid FROM {table} AS t JOIN record_index AS ri ON ri.id = t.id "
            f"WHERE t.deleted = 0 AND ({' OR '.join(f't.{c} {like}' for c in plain)})")
        uses += len(plain)
    arms.append("SELECT rowid FROM search_extra WHERE "
                + " OR ".join(f"{c} {like}" for c in EXTRA_COLUMNS))
    uses += len(EXTRA_COLUMNS)
    return " UNION ALL ".join(arms), uses


def derived_values(table: str, record: str) -> list[str]:
    """The SQL of each derived part of a record's text, computed from the records
    (NULL for an empty one: the view reads it as '')."""
    return [f"nullif({_text_part(record, spec)}, '')" for spec in DERIVED[table]]


def _extra_insert(table: str, record: str) -> str:
    columns = EXTRA_COLUMNS[: len(DERIVED[table])]
    return (f"INSERT INTO search_extra (rowid{''.join(', ' + c for c in columns)}) "
            f"SELECT {_rid(record)}{''.join(', ' + v for v in derived_values(table, record))}")


def view() -> str:
    arms = [
        f"SELECT x.rowid AS rid, {text(table, 't', 'x')} AS text FROM search_extra AS x "
        f"JOIN record_index AS ri ON ri.rowid = x.rowid JOIN {table} AS t ON t.id = ri.id "
        f"WHERE ri.kind = '{table}'"
        for table in SEARCHED
    ]
    return "CREATE VIEW search_source (rid, text) AS " + " UNION ALL ".join(arms)


def _add(table: str, deferred: bool) -> str:
    """Statements indexing ``new`` (when not deleted; not inside a bulk insert)."""
    unless = (f" AND NOT EXISTS (SELECT 1 FROM meta WHERE key = '{DEFERRED_INDEXING}')"
              if deferred else "")
    new_text = text(table, "new", "x")
    at = f"FROM search_extra AS x WHERE x.rowid = {_rid('new')}"
    return (
        f"{_extra_insert(table, 'new')} WHERE new.deleted = 0{unless}; "
        f"INSERT INTO search_index (rowid, text) SELECT x.rowid, {new_text} {at}; "
        f"INSERT INTO short_index (rowid, grams) SELECT x.rowid, "
        f"{GRAMS_FUNCTION}({new_text}) {at}; "
    )


def _remove(table: str) -> str:
    """Statements removing ``old`` from both indexes, if it is in them, with its text
    as indexed."""
    old_text = text(table, "old", "x")
    at = f"FROM search_extra AS x WHERE x.rowid = {_rid('old')}"
    return (
        f"INSERT INTO short_index (short_index, rowid, grams) SELECT 'delete', x.rowid, "
        f"{GRAMS_FUNCTION}({old_text}) {at}; "
        f"INSERT INTO search_index (search_index, rowid, text) SELECT 'delete', x.rowid, "
        f"{old_text} {at}; "
        f"DELETE FROM search_extra WHERE rowid = {_rid('old')}; "
    )


def _title(alias: str, fields: tuple[str, ...]) -> str:
    return "coalesce(" + ", ".join(f"nullif({alias}.{f}, '')" for f in fields) + \
        f", {alias}.id)"


def triggers(table: str) -> list[tuple[str, str]]:
    """(name, SQL) of the triggers of ``table`` that keep the search indexes."""
    from officer_desk.storage.migrations.m0001_initial import TITLES

    ko, en = TITLES[table]
    columns = [s.partition(":")[0] for s in SEARCHED[table]] + ["deleted"]
    return [
        (f"{table}_indexed",
         f"CREATE TRIGGER {table}_indexed AFTER INSERT ON {table} BEGIN "
         "INSERT INTO record_index (id, kind, post, title_ko, title_en) "
         f"VALUES (new.id, '{table}', new.post, {_title('new', ko)}, {_title('new', en)}); "
         f"{_add(table, deferred=True)}END"),
        (f"{table}_reindexed",
         f"CREATE TRIGGER {table}_reindexed AFTER UPDATE OF {', '.join(columns)} "
         f"ON {table} BEGIN {_remove(table)}{_add(table, deferred=False)}END"),
    ]


def rename_triggers() -> list[tuple[str, str]]:
    """A company's new name: the disputes and engagements naming it are re-indexed
    (removed with their text as indexed, their company part computed again, added)."""
    out = []
    for table, match in RENAMED.items():
        spec = next(s for s in DERIVED[table] if s.endswith((":company", ":companies")))
        column = EXTRA_COLUMNS[DERIVED[table].index(spec)]
        rows = (f"FROM {table} AS d JOIN record_index AS ri ON ri.id = d.id "
                f"JOIN search_extra AS x ON x.rowid = ri.rowid WHERE {match}")
        body = text(table, "d", "x")
        out.append((
            f"companies_rename_{table}",
            f"CREATE TRIGGER companies_rename_{table} AFTER UPDATE OF name_ko, name_en "
            "ON companies BEGIN "
            f"INSERT INTO short_index (short_index, rowid, grams) SELECT 'delete', x.rowid, "
            f"{GRAMS_FUNCTION}({body}) {rows}; "
            f"INSERT INTO search_index (search_index, rowid, text) SELECT 'delete', x.rowid, "
            f"{body} {rows}; "
            f"UPDATE search_extra SET {column} = (SELECT nullif({_text_part('d', spec)}, '') "
            f"FROM {table} AS d JOIN record_index AS ri ON ri.id = d.id "
            f"WHERE ri.rowid = search_extra.rowid) WHERE rowid IN (SELECT x.rowid {rows}); "
            f"INSERT INTO search_index (rowid, text) SELECT x.rowid, {body} {rows}; "
            f"INSERT INTO short_index (rowid, grams) SELECT x.rowid, "
            f"{GRAMS_FUNCTION}({body}) {rows}; "
            "END",
        ))
    return out


def fill(conn: sqlite3.Connection, table: str, *, after_rowid: int) -> None:
    """Index the live records of ``table`` registered after ``after_rowid`` (both
    indexes and ``search_extra``): bulk inserts, the rebuild and this migration."""
    columns = EXTRA_COLUMNS[: len(DERIVED[table])]
    conn.execute(
        f"INSERT INTO search_extra (rowid{''.join(', ' + c for c in columns)}) "
        f"SELECT ri.rowid{''.join(', ' + v for v in derived_values(table, 't'))} "
        f"FROM record_index AS ri JOIN {table} AS t ON t.id = ri.id "
        f"WHERE ri.rowid > ? AND ri.kind = '{table}' AND t.deleted = 0 ORDER BY ri.rowid",
        (after_rowid,))
    rows = (f"FROM search_extra AS x JOIN record_index AS ri ON ri.rowid = x.rowid "
            f"JOIN {table} AS t ON t.id = ri.id WHERE x.rowid > ? AND ri.kind = '{table}' "
            "ORDER BY x.rowid")
    body = text(table, "t", "x")
    conn.execute(f"INSERT INTO search_index (rowid, text) SELECT x.rowid, {body} {rows}",
                 (after_rowid,))
    conn.execute(f"INSERT INTO short_index (rowid, grams) SELECT x.rowid, "
                 f"{GRAMS_FUNCTION}({body}) {rows}", (after_rowid,))


def apply(conn: sqlite3.Connection) -> None:
    from officer_desk.storage.search import register_functions

    register_functions(conn)
    old = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
        "(sql LIKE '%search_index%' OR sql LIKE '%short_index%')")]
    for name in old:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE search_index")
    conn.execute("INSERT INTO short_index (short_index) VALUES ('delete-all')")
    conn.execute(CREATE_EXTRA)
    conn.execute(view())
    conn.execute(CREATE_INDEX)
    for table in SEARCHED:
        fill(conn, table, after_rowid=0)
    made = [t for table in SEARCHED for t in triggers(table)] + rename_triggers()
    for _name, sql in made:
        conn.execute(sql)
    # the guard's triggers last (see migration 5): another program's error names the guard
    for table in m0005_write_guard.RECORD_TABLES:
        if table in SEARCHED:
            for trigger in (f"{table}_stamped_insert", f"{table}_stamped_update"):
                conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
            for sql in m0005_write_guard.triggers(conn, table):
                conn.execute(sql)
