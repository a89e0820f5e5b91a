"""Migration 4: an index for search terms of one or two characters.

The trigram index (migration 1) cannot find a term shorter than three characters, so
such terms were matched by reading every record's text with LIKE: a third of a second
per keystroke at 100,000 records. ``short_index`` holds, for each indexed record, the
distinct letters and letter pairs of its searchable text (``search.short_grams``, an
SQL function every connection registers): a term of one or two letters or digits is
then one index lookup.

The table keeps no copy of the text (``content=''``) and no positions
(``detail=none``). A row is removed with FTS5's 'delete' command, which must be given
the same tokens as were inserted: they are computed again from ``search_index``'s
text, which is still there at that moment. ``short_grams`` must therefore never change
without a migration that rebuilds the table.

The triggers that keep ``search_index`` are replaced by the same triggers with the
``short_index`` statements added: before each removal from ``search_index`` the
record's grams are removed, after each insertion they are inserted.
"""

from __future__ import annotations

import re
import sqlite3

from officer_desk.storage.migrations.m0001_initial import (
    SEARCHED,
    _company_rename_triggers,
    _triggers,
)

GRAMS_FUNCTION = "od_short_grams"

CREATE = (
    "CREATE VIRTUAL TABLE short_index USING fts5(grams, content = '', detail = none, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)

_NAME = re.compile(r"^CREATE TRIGGER (\w+) ")
_REMOVE = re.compile(r"DELETE FROM search_index WHERE (rowid [^;]+);")
_ADD = re.compile(r"INSERT INTO search_index \(rowid, text\) ")


def _removal(condition: str) -> str:
    return (f"INSERT INTO short_index (short_index, rowid, grams) SELECT 'delete', rowid, "
            f"{GRAMS_FUNCTION}(text) FROM search_index WHERE {condition}; ")


def _addition(condition: str) -> str:
    return (f"INSERT INTO short_index (rowid, grams) SELECT rowid, {GRAMS_FUNCTION}(text) "
            f"FROM search_index WHERE {condition}; ")


def with_short_index(trigger: str) -> str:
    """A trigger of migration 1 that writes ``search_index``, writing ``short_index``
    too: the same rows, removed before and added after."""
    removed = _REMOVE.search(trigger)
    body_end = trigger.rindex("END")
    if removed:
        condition = removed.group(1)
        trigger = trigger.replace(removed.group(0), _removal(condition) + removed.group(0))
        body_end = trigger.rindex("END")
        added = condition.replace("old.id", "new.id")
    else:
        added = "rowid = (SELECT rowid FROM record_index WHERE id = new.id)"
    return trigger[:body_end] + _addition(added) + trigger[body_end:]


def replaced_triggers() -> list[tuple[str, str]]:
    """(name, new SQL) of every trigger of migration 1 that writes ``search_index``."""
    out = []
    for sql in [t for table in SEARCHED for t in _triggers(table)] + _company_rename_triggers():
        if _ADD.search(sql):
            name = _NAME.match(sql)
            assert name is not None
            out.append((name.group(1), with_short_index(sql)))
    return out


def apply(conn: sqlite3.Connection) -> None:
    from officer_desk.storage.search import register_functions

    register_functions(conn)
    conn.execute(CREATE)
    for name, sql in replaced_triggers():
        conn.execute(f"DROP TRIGGER {name}")
        conn.execute(sql)
    conn.execute(
        f"INSERT INTO short_index (rowid, grams) SELECT rowid, {GRAMS_FUNCTION}(text) "
        "FROM search_index"
    )
