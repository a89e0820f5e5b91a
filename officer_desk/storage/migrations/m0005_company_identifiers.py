"""Migration 5: what else identifies a company besides its name and registration number.

Brands and products, former names, domain names and other registration numbers (a
corporate registration number, a foreign registration) are lists of short texts, stored
as JSON like every list field. The stakeholder edition of a briefing pack protects them
as it protects the company's name.
"""

from __future__ import annotations

import sqlite3

COLUMNS = ("brands", "former_names", "domains", "registration_numbers")


def apply(conn: sqlite3.Connection) -> None:
    for column in COLUMNS:
        conn.execute(f"ALTER TABLE companies ADD COLUMN {column} TEXT NOT NULL DEFAULT '[]'")
