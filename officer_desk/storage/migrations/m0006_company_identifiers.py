"""Migration 6: what else identifies a company besides its name and registration number.

Brands and products, former names, domain names and other registration numbers (a
corporate registration number, a foreign registration) are lists of short texts, stored
as JSON like every list field. The stakeholder edition of a briefing pack protects them
as it protects the company's name.

The write guard's triggers on ``companies`` (migration 5) compare the columns the table
had when they were made, so they are made again here, after the new columns.
"""

from __future__ import annotations

import sqlite3

from officer_desk.storage.migrations import m0005_write_guard

COLUMNS = ("brands", "former_names", "domains", "registration_numbers")


def apply(conn: sqlite3.Connection) -> None:
    for column in COLUMNS:
        conn.execute(f"ALTER TABLE companies ADD COLUMN {column} TEXT NOT NULL DEFAULT '[]'")
    for trigger in ("companies_stamped_insert", "companies_stamped_update"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for sql in m0005_write_guard.triggers(conn, "companies"):
        conn.execute(sql)
