"""Migration 8: a creation's history row holds a digest of each value, not the values.

A creation row held every initial value as JSON, a second copy of each record (on the
100,000-record demo, 128 MiB of history beside 112 MiB of records). Only
``officer-desk check`` read those values; a digest per field lets it still tell, and
name, a field changed outside Officer Desk (``storage.history_digest``).

Each creation row whose ``new`` is a JSON object becomes ``#`` and the digests of
exactly those values (a row that is not such an object is left as it is). History is
append-only: the trigger that refuses updates is dropped for this transaction and made
again. The pages freed are reused by later writes; the file itself shrinks only when it
is rewritten (``VACUUM``), which this migration does not do inside its transaction.
"""

from __future__ import annotations

import json
import sqlite3

from officer_desk.domain.kinds import KINDS_BY_NAME
from officer_desk.storage import history_digest

TRIGGER = "history_no_update"


def digests_of(kind_name: str, new: str) -> str | None:
    """The new form of one creation row's ``new``, or None to leave it as it is."""
    kind = KINDS_BY_NAME.get(kind_name)
    if kind is None:
        return None
    try:
        values = json.loads(new)
    except ValueError:
        return None
    if not isinstance(values, dict):
        return None
    return history_digest.created(kind, values)


def apply(conn: sqlite3.Connection) -> None:
    found = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                         (TRIGGER,)).fetchone()
    changed = []
    for seq, kind_name, new in conn.execute(
        "SELECT seq, kind, new FROM history WHERE action = 'create' AND field IS NULL "
        "AND new LIKE '{%'"
    ):
        digests = digests_of(kind_name, new)
        if digests is not None:
            changed.append((digests, seq))
    if found:
        conn.execute(f"DROP TRIGGER {TRIGGER}")
    conn.executemany("UPDATE history SET new = ? WHERE seq = ?", changed)
    if found:
        conn.execute(found[0])
