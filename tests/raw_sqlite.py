"""A case log's file opened as another program opens it, without Officer Desk's code:
Python's ``sqlite3`` for a plain file, ``sqlcipher3`` with the passphrase (SQLCipher's
default settings, docs/encryption.md) for an encrypted one.

With ``OFFICER_DESK_TEST_ENCRYPTED=1`` every log a test creates is encrypted with
``PASSPHRASE`` (tests/conftest.py), so the tests that reach into the file from outside
use ``connect`` here, and catch ``Error``/``OperationalError``/``IntegrityError``
(either library's) instead of ``sqlite3``'s alone.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

#: the passphrase of every log a test creates in an encrypted run
PASSPHRASE = "test passphrase 시험"
#: whether this run encrypts every new log (``OFFICER_DESK_TEST_ENCRYPTED=1``)
ENCRYPTED_RUN = os.environ.get("OFFICER_DESK_TEST_ENCRYPTED") == "1"

try:
    from sqlcipher3 import dbapi2 as _sqlcipher
except ImportError:  # pragma: no cover - a dependency
    _sqlcipher = None

_libraries = [sqlite3] + ([_sqlcipher] if _sqlcipher is not None else [])
Error = tuple(m.Error for m in _libraries)
DatabaseError = tuple(m.DatabaseError for m in _libraries)
OperationalError = tuple(m.OperationalError for m in _libraries)
IntegrityError = tuple(m.IntegrityError for m in _libraries)


def is_encrypted(path: Path | str) -> bool:
    """Whether the file is not plain SQLite (an existing file that does not start with
    SQLite's header; a missing or empty one: whether this run encrypts new logs)."""
    try:
        with Path(path).open("rb") as f:
            head = f.read(16)
    except OSError:
        head = b""
    if not head:
        return ENCRYPTED_RUN
    return head != b"SQLite format 3\x00"


def connect(path: Path | str, *, readonly: bool = False, **kwargs: Any) -> Any:
    """A connection to the file at ``path`` (``readonly``: opened ``mode=ro``)."""
    encrypted = is_encrypted(path)
    target: str | Path = f"{Path(path).resolve().as_uri()}?mode=ro" if readonly else path
    if readonly:
        kwargs["uri"] = True
    if not encrypted:
        return sqlite3.connect(target, **kwargs)
    assert _sqlcipher is not None
    conn = _sqlcipher.connect(str(target), **kwargs)
    conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
    return conn


#: Python lines that make a child process (``python -c``) know an encrypted run's
#: passphrase, as the test process does (tests/conftest.py)
CHILD_KNOWS_PASSPHRASE = f"""
import os
if os.environ.get("OFFICER_DESK_TEST_ENCRYPTED") == "1":
    from officer_desk.storage import cipher
    cipher.remember({PASSPHRASE!r})
"""


def sneak(conn: sqlite3.Connection, sql: str, *params: object) -> None:
    """A change made by another program that got around the write guard (its triggers
    dropped and put back): the value changes, its stamp does not."""
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                            "AND name LIKE '%_stamped_%'").fetchall()
    conn.execute("BEGIN")
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(sql, params)
    for _, create in triggers:
        conn.execute(create)
    conn.execute("COMMIT")
