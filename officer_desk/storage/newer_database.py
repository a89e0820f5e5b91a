"""A database written by a newer Officer Desk: the refusal, naming the release it needs.

Each migration records the oldest release that reads the schema it makes
(``migrations.NEEDED_KEY``); an older program opening such a file says which release to
install instead of only "update the program", and reads the value without writing.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from pathlib import Path

from officer_desk import __version__
from officer_desk.domain.errors import DatabaseTooNew
from officer_desk.domain.messages import say
from officer_desk.storage import cipher
from officer_desk.storage.migrations import LATEST, NEEDED_KEY

#: What a release number looks like (anything else in the file is not repeated to the user).
_RELEASE = re.compile(r"\d{1,4}(\.\d{1,4}){0,3}([a-z]{1,5}\d{0,4})?")


def _needed_release(path: Path, conn: sqlite3.Connection | None = None) -> str | None:
    """The Officer Desk release a newer database says it needs (migrations.NEEDED_KEY),
    read without writing anything; None when it cannot be read or looks wrong."""
    try:
        if conn is None:
            uri = path.absolute().as_uri() + "?mode=ro"
            with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=1)) as ro:
                row = ro.execute("SELECT value FROM meta WHERE key = ?",
                                 (NEEDED_KEY,)).fetchone()
        else:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (NEEDED_KEY,)).fetchone()
    except (*cipher.ERRORS, ValueError, OSError):
        return None
    value = row[0] if row else None
    return value if isinstance(value, str) and _RELEASE.fullmatch(value) else None


def too_new(path: Path, schema: int, conn: sqlite3.Connection | None = None) -> DatabaseTooNew:
    """The refusal of a database written by a newer program: with the release it needs
    when the file says (an older file written before releases were recorded does not)."""
    needed = _needed_release(path, conn)
    if needed is None:
        return DatabaseTooNew(say("desk.too_new", path=path, schema=schema, latest=LATEST))
    return DatabaseTooNew(say("desk.too_new_needs", path=path, schema=schema, latest=LATEST,
                              version=__version__, needed=needed))
