"""Migration 9: the age recipient (encryption public key) of each trusted signing key.

Packages are encrypted with age to the installations that may read them
(``sync.package_encrypt``). An installation's recipient string travels with its
signing key (in its packages' signed manifest and in its key card) and is trusted in
the same step, so it is kept beside the key: ``signing_keys.age_recipient``. Keys
trusted before this migration have none until a package or key card of theirs brings
it. Like the other key tables, it never travels in packages.
"""

from __future__ import annotations

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE signing_keys ADD COLUMN age_recipient TEXT")
