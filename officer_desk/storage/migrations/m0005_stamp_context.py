"""Migration 5: stamps that say what their author had seen; conflicts that close when
a later change supersedes them; the installations known to belong to each post.

- From this schema on, a field's version stamp may carry a third element, the
  author's knowledge of the record when it made the change
  (``domain.stamps``). Stamps written earlier keep their two elements. No column
  changes for that (``field_versions`` is JSON), but packages of schema 5 carry such
  stamps, which an earlier program would refuse as damaged: the schema version
  tells it instead that they come from a newer program.
- ``conflicts.superseded_stamp`` / ``superseded_package``: the change (and the package
  that brought it, if any) that closed a conflict as superseded.
- ``post_installations``: installations this database learned belong to a post, from
  packages that post's own installations signed (or, for a third post, that HQ
  relayed). Together with the trusted keys and this database's own installation ids
  they say whose stamps a post's records may carry (``sync.authority``). Like the
  other sync tables, it does not travel in packages.
"""

from __future__ import annotations

import sqlite3

STATEMENTS = (
    "ALTER TABLE conflicts ADD COLUMN superseded_stamp TEXT",
    "ALTER TABLE conflicts ADD COLUMN superseded_package TEXT",
    "CREATE TABLE post_installations ("
    "installation TEXT PRIMARY KEY NOT NULL, post TEXT NOT NULL, "
    "vouched_by TEXT NOT NULL, learned_at TEXT NOT NULL)",
)


def apply(conn: sqlite3.Connection) -> None:
    for sql in STATEMENTS:
        conn.execute(sql)
