"""Which deadlines exist: the one definition the to-do, the dashboard and the
``deadlines`` command all read through, so that they cannot disagree.

A deadline is a follow-up or an action item with a due date, neither deleted, whose
owner is not deleted either: a follow-up's record; an action item's conference and,
if it has one, its linked record. A deleted dispute's follow-ups are no one's to do
(they would stay overdue forever); restored, they come back, since nothing is changed
on them. It is *open* while a follow-up is not done, while an action item is open or in
progress.

The deleted records are found once per query (``WITH gone``): from each record table's
index of its deleted rows (``storage.indexes.DELETED_ROWS``, made when the file is
opened for writing); a file without them (opened read-only since an older program
wrote it) has each table's ``(post, deleted)`` index scanned for ``deleted = 1``
instead (6–17 ms on 100,000 records; the table itself is not read). The deadlines
they own are then found through ``follow_ups_record`` (and the small action item
table), and left out by rowid: so a count of open deadlines still reads only the
``follow_ups_due`` index, never each deadline's row for its owner (which tripled the
dashboard's deadline counts).
"""

from __future__ import annotations

import sqlite3

from officer_desk.domain.kinds import KINDS
from officer_desk.storage import indexes

#: A deadline still to do: a follow-up not done, an action item open or in progress.
OPEN_FOLLOW_UP = "AND f.done = 0"
OPEN_ACTION_ITEM = "AND a.status IN ('open', 'in_progress')"
DONE_FOLLOW_UP = "AND f.done = 1"
DONE_ACTION_ITEM = "AND a.status IN ('done', 'dropped')"

def _gone(index: str) -> str:
    return " UNION ALL ".join(
        f"SELECT id FROM {k.name} INDEXED BY {index.format(table=k.name)} WHERE deleted = 1"
        for k in KINDS)


_GONE_INDEXED = _gone("{table}_deleted")
_GONE = _gone("{table}_post")
assert all(indexes.DELETED_ROWS[k.name] == f"{k.name}_deleted" for k in KINDS)

_ROWS = """
WITH gone(id) AS MATERIALIZED ({gone})
SELECT {columns_f}
FROM follow_ups AS f
WHERE f.deleted = 0 AND f.due_on IS NOT NULL
  AND f.rowid NOT IN (SELECT rowid FROM follow_ups WHERE record_id IN gone) {where_f}
UNION ALL
SELECT {columns_a}
FROM action_items AS a
WHERE a.deleted = 0 AND a.due_on IS NOT NULL
  AND a.rowid NOT IN (SELECT rowid FROM action_items
                      WHERE conference_id IN gone OR record_id IN gone) {where_a}
"""
_COLUMNS_F = """'follow_ups' AS kind, f.id AS id, f.post AS post, f.due_on AS due_on,
       f.description AS description, f.done AS done, NULL AS status,
       f.record_id AS owner, f.record_id AS record_id"""
_COLUMNS_A = """'action_items', a.id, a.post, a.due_on,
       coalesce(nullif(a.description_ko, ''), a.description_en),
       a.status IN ('done', 'dropped'), a.status,
       coalesce(a.record_id, a.conference_id), a.record_id"""


def deadline_rows(conn: sqlite3.Connection, where_f: str = "", where_a: str = "", *,
                  due_only: bool = False) -> str:
    """A SELECT of the deadlines (as the module says), with more conditions on the
    follow-ups (alias ``f``) and the action items (alias ``a``), each starting with
    ``AND``. Its columns: ``kind`` (the table), ``id``, ``post``, ``due_on``,
    ``description``, ``done`` (0/1: a dropped action item is done), ``status`` (an
    action item's; NULL for a follow-up), ``owner`` (the record it belongs to: a
    follow-up's record; an action item's linked record or else its conference) and
    ``record_id`` (the linked record itself). ``due_only``: the ``due_on`` column alone,
    for counting (SQLite then reads the due-date indexes, not each deadline's row).
    ``conn``: the connection it is for (which indexes its file has)."""
    return _ROWS.format(
        gone=_GONE_INDEXED if indexes.deleted_rows_indexed(conn) else _GONE,
        columns_f="f.due_on AS due_on" if due_only else _COLUMNS_F,
        columns_a="a.due_on" if due_only else _COLUMNS_A,
        where_f=where_f, where_a=where_a)


def open_deadline_rows(conn: sqlite3.Connection, where_f: str = "", where_a: str = "", *,
                       due_only: bool = False) -> str:
    """``deadline_rows`` of the open deadlines only."""
    return deadline_rows(conn, f"{OPEN_FOLLOW_UP} {where_f}", f"{OPEN_ACTION_ITEM} {where_a}",
                         due_only=due_only)
