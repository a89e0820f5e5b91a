"""Migration 3: what the sync needs — keys, the import log, conflicts, company links,
and a per-row "changed here at" counter.

None of these tables travel in packages: they describe this database's dealings with
others (which keys it trusts, what it merged, what a person still has to decide).
"""

from __future__ import annotations

import sqlite3

STATEMENTS = (
    # Public keys of installations whose packages this database accepts (or refused).
    "CREATE TABLE signing_keys ("
    "fingerprint TEXT PRIMARY KEY NOT NULL, public_key BLOB NOT NULL, "
    "installation TEXT NOT NULL, post TEXT NOT NULL, officer TEXT, "
    "status TEXT NOT NULL CHECK (status IN ('trusted', 'revoked')), "
    "first_seen TEXT NOT NULL, decided_at TEXT NOT NULL, decided_by TEXT NOT NULL)",
    "CREATE INDEX signing_keys_installation ON signing_keys (installation)",
    # Every package this database was offered, merged or not.
    "CREATE TABLE import_log ("
    "seq INTEGER PRIMARY KEY, package_id TEXT NOT NULL, post TEXT, installation TEXT, "
    "sha256 TEXT NOT NULL, signer TEXT, at TEXT NOT NULL, actor TEXT NOT NULL, "
    "outcome TEXT NOT NULL CHECK (outcome IN ('merged', 'refused', 'already merged')), "
    "counts TEXT NOT NULL DEFAULT '{}', reasons TEXT NOT NULL DEFAULT '[]', "
    "file_name TEXT)",
    "CREATE INDEX import_log_package ON import_log (package_id, outcome)",
    # The packages this database wrote: --since-last starts after the last one's counter.
    "CREATE TABLE export_log ("
    "package_id TEXT PRIMARY KEY NOT NULL, at TEXT NOT NULL, clock INTEGER NOT NULL, "
    "since_clock INTEGER NOT NULL, counts TEXT NOT NULL, sha256 TEXT NOT NULL, "
    "file_name TEXT)",
    # Values that lost to a change made without knowledge of them.
    "CREATE TABLE conflicts ("
    "id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36), record_id TEXT NOT NULL, "
    "kind TEXT NOT NULL, fields TEXT NOT NULL, kept TEXT NOT NULL, lost TEXT NOT NULL, "
    "kept_stamp TEXT NOT NULL, lost_stamp TEXT NOT NULL, "
    "lost_side TEXT NOT NULL CHECK (lost_side IN ('ours', 'theirs')), "
    "reason TEXT NOT NULL CHECK (reason IN ('edit', 'delete')), "
    "package_id TEXT, package_post TEXT, signer TEXT, detected_at TEXT NOT NULL, "
    "resolved_at TEXT, resolution TEXT, resolved_by TEXT, "
    "UNIQUE (record_id, fields, lost_stamp))",
    "CREATE INDEX conflicts_open ON conflicts (resolved_at, kind)",
    # HQ's links between the same exporter entered at different posts.
    "CREATE TABLE company_links ("
    "company_id TEXT PRIMARY KEY NOT NULL, group_id TEXT NOT NULL, "
    "basis TEXT NOT NULL, linked_at TEXT NOT NULL)",
    "CREATE INDEX company_links_group ON company_links (group_id)",
)


#: Record tables as of this migration (frozen).
RECORD_TABLES = (
    "posts", "vocab_terms", "companies", "disputes", "engagements", "trend_notes",
    "conferences", "agenda_items", "action_items", "follow_ups", "attachments",
)


def apply(conn: sqlite3.Connection) -> None:
    for sql in STATEMENTS:
        conn.execute(sql)
    for table in RECORD_TABLES:
        # The counter value when this row last changed *in this database*, by a local
        # edit or a merge: what a --since-last package selects on. (A merged change
        # keeps its author's stamp in version/field_versions, which can be lower.)
        conn.execute(f"ALTER TABLE {table} ADD COLUMN changed INTEGER NOT NULL DEFAULT 0")
        conn.execute(f"UPDATE {table} SET changed = version")
        conn.execute(f"CREATE INDEX {table}_changed ON {table} (changed)")
