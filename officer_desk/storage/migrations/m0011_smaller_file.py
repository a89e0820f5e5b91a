"""Migration 11: a smaller case log (issue 18).

A creation's history row names each field beside its digest (``#title_ko:…,stage:…``):
the names were half of what those rows hold (13.5 of 26 MiB on the 100,000-record demo,
whose history took 47 MiB, 31 MiB after this migration). Each such row becomes the compact form
(``storage.history_digest.compact``): one character for the field, then its digest.
The digests themselves are unchanged, so ``officer-desk check`` compares exactly what
it compared before. A row that is not in the ``#`` form is left as it is.

History is append-only: the trigger that refuses updates is dropped for this
transaction and made again, as migration 8 did. The file is rewritten afterwards
(``VACUUM``, ``Migration.compact``): rows rewritten shorter leave room in their pages
that an append-only table never fills again.
"""

from __future__ import annotations

import sqlite3

from officer_desk.storage import history_digest

TRIGGER = "history_no_update"


def compact_creations(conn: sqlite3.Connection) -> int:
    """Rewrite every creation row of the ``#`` form in the compact form; how many."""
    changed = []
    for seq, kind_name, new in conn.execute(
        "SELECT seq, kind, new FROM history WHERE action = 'create' AND field IS NULL "
        "AND new LIKE '#%'"
    ):
        digests = history_digest.parse(new)
        if digests is not None and kind_name in history_digest.FIELDS:
            changed.append((history_digest.compact(kind_name, digests), seq))
    if not changed:
        return 0
    found = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                         (TRIGGER,)).fetchone()
    if found:
        conn.execute(f"DROP TRIGGER {TRIGGER}")
    conn.executemany("UPDATE history SET new = ? WHERE seq = ?", changed)
    if found:
        conn.execute(found[0])
    return len(changed)


def apply(conn: sqlite3.Connection) -> None:
    compact_creations(conn)
