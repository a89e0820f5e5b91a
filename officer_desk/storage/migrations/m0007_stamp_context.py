"""Migration 7: stamps that say what their author had seen; conflicts that close when
a later change supersedes them; the installations known to belong to each post.

- From this schema on, a field's version stamp may carry a third element, the
  author's knowledge of the record when it made the change
  (``domain.stamps``). Stamps written earlier keep their two elements. No column
  changes for that (``field_versions`` is JSON), but packages of schema 7 carry such
  stamps, which an earlier program would refuse as damaged: the schema version
  tells it instead that they come from a newer program.
- ``conflicts`` gains ``superseded_stamp`` / ``superseded_package`` (the change, and
  the package that brought it, that closed a conflict as superseded), and a conflict
  is one per record, *reason*, fields and losing change: the same losing edit can
  be hidden by a delete and lose to another edit, two different things to look at.
  (SQLite cannot change a table's UNIQUE constraint: the table is rebuilt.)
- ``post_installations``: installations this database learned belong to a post, from
  packages that post's own installations signed (or, for a third post, that HQ
  relayed). Together with the trusted keys and this database's own installation ids
  they say whose stamps a post's records may carry (``sync.authority``). Like the
  other sync tables, it does not travel in packages.
"""

from __future__ import annotations

import sqlite3

COLUMNS = (
    "id, record_id, kind, fields, kept, lost, kept_stamp, lost_stamp, lost_side, reason, "
    "package_id, package_post, signer, detected_at, resolved_at, resolution, resolved_by"
)

STATEMENTS = (
    "CREATE TABLE conflicts_5 ("
    "id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36), record_id TEXT NOT NULL, "
    "kind TEXT NOT NULL, fields TEXT NOT NULL, kept TEXT NOT NULL, lost TEXT NOT NULL, "
    "kept_stamp TEXT NOT NULL, lost_stamp TEXT NOT NULL, "
    "lost_side TEXT NOT NULL CHECK (lost_side IN ('ours', 'theirs')), "
    "reason TEXT NOT NULL CHECK (reason IN ('edit', 'delete')), "
    "package_id TEXT, package_post TEXT, signer TEXT, detected_at TEXT NOT NULL, "
    "resolved_at TEXT, resolution TEXT, resolved_by TEXT, "
    "superseded_stamp TEXT, superseded_package TEXT, "
    "UNIQUE (record_id, reason, fields, lost_stamp))",
    f"INSERT INTO conflicts_5 ({COLUMNS}) SELECT {COLUMNS} FROM conflicts",
    "DROP TABLE conflicts",
    "ALTER TABLE conflicts_5 RENAME TO conflicts",
    "CREATE INDEX conflicts_open ON conflicts (resolved_at, kind)",
    "CREATE TABLE post_installations ("
    "installation TEXT PRIMARY KEY NOT NULL, post TEXT NOT NULL, "
    "vouched_by TEXT NOT NULL, learned_at TEXT NOT NULL)",
)


def apply(conn: sqlite3.Connection) -> None:
    for sql in STATEMENTS:
        conn.execute(sql)
