"""Migration 2: saved views (a named filter and sort for one list) kept per database."""

from __future__ import annotations

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE saved_views ("
        "id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36), "
        "name TEXT NOT NULL, kind TEXT NOT NULL, query TEXT NOT NULL DEFAULT '{}', "
        "created_at TEXT NOT NULL, UNIQUE (kind, name))"
    )
