"""Encrypted case logs: SQLCipher, its key, and one error type for both libraries.

An encrypted case log is an SQLCipher 4 database (the ``sqlcipher3`` module, from the
``sqlcipher3-wheels`` package: SQLite 3.51 with FTS5 and the trigram tokenizer) with
SQLCipher's default settings, written in docs/encryption.md so that any SQLCipher
program that knows the passphrase can open it::

    PRAGMA key = '<passphrase>';   -- PBKDF2-HMAC-SHA512, 256,000 iterations, 16-byte
                                   -- salt (the file's first 16 bytes), AES-256-CBC,
                                   -- HMAC-SHA512 per 4096-byte page

A plain case log is opened with Python's own ``sqlite3`` exactly as before: nothing
here runs for it but a check of its first 16 bytes.

Deriving the key from the passphrase takes about a tenth of a second (it is made slow on
purpose). The program opens the same file several times (the log, a backup's copy, its
manifest's reading), so it derives the key once per passphrase and salt (``_derive``:
PBKDF2-HMAC-SHA512, the function SQLCipher uses, computed by ``cryptography``'s OpenSSL)
and gives SQLCipher the raw key with the salt
(``PRAGMA key = "x'<key><salt>'"``). A backup written from an encrypted log gets the
same key and salt: the passphrase opens it too.

The passphrases and keys known to this process live in memory only (``remember``);
they are looked up by the salt at the start of the file being opened.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

from officer_desk.domain.errors import DatabaseProblem
from officer_desk.domain.messages import say

#: SQLCipher's module once loaded (``_load``): a plain case log never loads it, and the
#: window's start on one does not pay for it.
_sqlcipher: Any = None

#: SQLCipher 4's defaults, which every encrypted log uses (docs/encryption.md).
KDF_ITERATIONS = 256_000
KDF_HASH = "sha512"
KEY_BYTES = 32
SALT_BYTES = 16
PAGE_SIZE = 4096
SQLITE_MAGIC = b"SQLite format 3\x00"
#: Prepared statements an SQLCipher connection keeps. Creating a log runs some 300
#: different statements (the migrations) on its connection; with ``sqlcipher3``'s
#: default statement cache (and with 128 or 256) every statement run after them was
#: prepared again each time it ran — a record's INSERT compiles all of its table's
#: triggers — and the HQ merge into a new encrypted log took 1.3-1.4x the CPU of a
#: plain one; with 1,000, 1.0x (issue 15; docs/encryption.md, "Speed"). Our reading:
#: ``sqlcipher3`` has the older cache of Python's ``sqlite3``, which once full gives a
#: new statement the place of the last one added and keeps those used earlier.
STATEMENT_CACHE = 1024

#: Errors of either library: ``except cipher.ERRORS`` catches both. Until SQLCipher is
#: loaded no connection of it exists, so ``sqlite3``'s alone are all there can be;
#: ``_load`` adds SQLCipher's. (Read them as ``cipher.ERRORS``, never import the name.)
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
#: The class of this program's SQLCipher connections (one that knows its key, to write
#: backups with it), made by ``_load``.
CipherConnection: type | None = None


class WrongPassphrase(DatabaseProblem):
    """The passphrase does not open the file (or the file is not an encrypted log)."""


class PassphraseNeeded(DatabaseProblem):
    """The file is not plain SQLite and no passphrase for it was given."""


def _load() -> Any:
    """SQLCipher's module, imported the first time it is needed (None if missing)."""
    global _sqlcipher, ERRORS, DATABASE_ERRORS, OPERATIONAL_ERRORS, INTEGRITY_ERRORS
    global CipherConnection
    if _sqlcipher is None:
        try:
            from sqlcipher3 import dbapi2
        except ImportError:  # pragma: no cover - the package is a dependency
            return None

        class KeyedConnection(dbapi2.Connection):
            """An SQLCipher connection that knows its key (to write backups with it)."""

            key_spec: str = ""
            after_commit = None

        CipherConnection = KeyedConnection

        ERRORS = (sqlite3.Error, dbapi2.Error)
        DATABASE_ERRORS = (sqlite3.DatabaseError, dbapi2.DatabaseError)
        OPERATIONAL_ERRORS = (sqlite3.OperationalError, dbapi2.OperationalError)
        INTEGRITY_ERRORS = (sqlite3.IntegrityError, dbapi2.IntegrityError)
        _sqlcipher = dbapi2
    return _sqlcipher


def available() -> bool:
    """Whether SQLCipher can be used here."""
    return _load() is not None


def _module() -> Any:
    module = _load()
    if module is None:  # pragma: no cover - the package is a dependency
        raise DatabaseProblem(say("cipher.unavailable"))
    return module


def head(path: Path) -> bytes:
    """The file's first 16 bytes (empty for a missing or empty file)."""
    try:
        with Path(path).open("rb") as f:
            return f.read(16)
    except OSError:
        return b""


def is_encrypted_file(path: Path) -> bool:
    """Whether the file looks like an SQLCipher database: not plain SQLite, and whole
    4096-byte pages (its first 16 bytes, the salt, are random). A file of any other
    length is damaged or not a database at all."""
    first = head(path)
    if not first or first == SQLITE_MAGIC:
        return False
    try:
        size = Path(path).stat().st_size
    except OSError:
        return False
    return size >= PAGE_SIZE and size % PAGE_SIZE == 0


# -- keys -----------------------------------------------------------------------------

def _pbkdf2(secret: bytes, salt: bytes, iterations: int) -> bytes:
    """PBKDF2-HMAC-SHA512, the function SQLCipher uses, by ``cryptography`` (a
    dependency already, for the packages' signatures): its wheels carry a current
    OpenSSL, where ``hashlib`` uses the system's (3.0 on Debian 12, whose PBKDF2 took
    30-70 % more CPU for the same 256,000 iterations; docs/encryption.md, "Speed")."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    assert KDF_HASH == "sha512"
    return PBKDF2HMAC(algorithm=hashes.SHA512(), length=KEY_BYTES, salt=salt,
                      iterations=iterations).derive(secret)


@functools.lru_cache(maxsize=16)
def _derive(passphrase: str, salt: bytes) -> bytes:
    return _pbkdf2(passphrase.encode("utf-8"), salt, KDF_ITERATIONS)


def spec(passphrase: str, salt: bytes) -> str:
    """SQLCipher's raw key form with its salt: ``x'<64 hex key><32 hex salt>'``."""
    return f"x'{_derive(passphrase, salt).hex()}{salt.hex()}'"


def new_spec(passphrase: str) -> str:
    """The key of a new file, with a new random salt."""
    return spec(passphrase, os.urandom(SALT_BYTES))


def salt_of(key_spec: str) -> bytes:
    return bytes.fromhex(key_spec[2 + 2 * KEY_BYTES:-1])


#: The passphrase every new log of this process is encrypted with when none is given
#: (None: new logs are plain unless asked). The tests set it to run the storage and
#: service tests once on encrypted logs (OFFICER_DESK_TEST_ENCRYPTED=1, tests/conftest).
NEW_LOG_PASSPHRASE: str | None = None

#: salt -> keys of the files this process opened (newest first: a file whose passphrase
#: was changed keeps its salt, and its older backups the old key); passphrases it was
#: given
_specs: dict[bytes, list[str]] = {}
_passphrases: list[str] = []


def remember(passphrase: str) -> None:
    """Make ``passphrase`` known to this process: files it opens are tried with it."""
    if passphrase in _passphrases:
        _passphrases.remove(passphrase)
    _passphrases.insert(0, passphrase)


def passphrases() -> list[str]:
    """The passphrases this process was given, newest first."""
    return list(_passphrases)


def forget_all() -> None:
    """Forget every passphrase and key (tests; closing a log)."""
    _specs.clear()
    _passphrases.clear()
    _derive.cache_clear()


def candidates(path: Path) -> list[str]:
    """The keys this process could open the file at ``path`` with, best first: those
    already used on a file with its salt, then those derived from the passphrases it
    was given. Which one is right shows when opening (``connect_file``)."""
    salt = head(path)
    if len(salt) < SALT_BYTES:
        return []
    found = list(_specs.get(salt, []))
    found += [k for k in (spec(p, salt) for p in _passphrases) if k not in found]
    return found


def known_spec(path: Path) -> str | None:
    """The best of ``candidates`` (None: no passphrase known)."""
    found = candidates(path)
    return found[0] if found else None


def quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# -- connections ----------------------------------------------------------------------

def _connection_class() -> type:
    _module()
    assert CipherConnection is not None
    return CipherConnection


def key_of(conn: Any) -> str | None:
    """The key an open connection's file is encrypted with; None for a plain one."""
    return getattr(conn, "key_spec", None) or None


def connect(target: str | Path, *, key_spec: str | None, uri: bool = False,
            factory: type | None = None, shown: Path | str | None = None,
            **kwargs: Any) -> Any:
    """Open ``target`` with ``sqlite3`` (no key) or SQLCipher (``key_spec``).

    With a key, the key is the first thing set, and the file's first page is read at
    once: a key that does not open it raises ``WrongPassphrase`` (``shown``: the name in
    the message) and writes nothing.
    """
    if key_spec is None:
        return sqlite3.connect(target, uri=uri, factory=factory or sqlite3.Connection,
                               **kwargs)
    module = _module()
    kwargs.setdefault("cached_statements", STATEMENT_CACHE)
    conn = module.connect(str(target), uri=uri, factory=factory or _connection_class(),
                          **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key_spec:  # "": SQLCipher reading a plain file (to export it)
            conn.execute(f"PRAGMA key = {quote(key_spec)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as e:
        conn.close()
        if "not a database" in str(e).lower():
            raise WrongPassphrase(say("cipher.wrong_passphrase",
                                      path=shown or target)) from e
        raise
    conn.key_spec = key_spec
    if key_spec:  # "": SQLCipher reading a plain file
        seen = _specs.setdefault(salt_of(key_spec), [])
        if key_spec in seen:
            seen.remove(key_spec)
        seen.insert(0, key_spec)
    return conn


def connect_file(path: Path, *, readonly: bool = False, key_spec: str | None = None,
                 factory: type | None = None, **kwargs: Any) -> Any:
    """Open the database file at ``path``: plain with ``sqlite3``, encrypted with the
    key given or known for it (``known_spec``); ``PassphraseNeeded`` when the file is
    encrypted and no passphrase is known."""
    path = Path(path)
    target: str | Path = f"{path.resolve().as_uri()}?mode=ro" if readonly else path
    if key_spec is None and head(path) not in (b"", SQLITE_MAGIC) and available():
        keys = candidates(path)
        if not keys and is_encrypted_file(path):
            raise PassphraseNeeded(say("cipher.passphrase_needed", path=path))
        for n, key in enumerate(keys):
            try:
                return connect(target, key_spec=key, uri=readonly, factory=factory,
                               shown=path, **kwargs)
            except WrongPassphrase:
                if n == len(keys) - 1:
                    raise
    return connect(target, key_spec=key_spec, uri=readonly, factory=factory, shown=path,
                   **kwargs)


def open_read_only(path: Path) -> Any:
    """A read-only connection to a backup or a log (plain or encrypted)."""
    conn = connect_file(path, readonly=True, isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA query_only = ON")
    return conn


# -- recovery keys --------------------------------------------------------------------

#: A recovery key: the log's raw key and salt, 96 hex digits, printed in groups of 8.
_RECOVERY = re.compile(r"[0-9a-f]{96}")


def recovery_key(conn: Any) -> str | None:
    """The printable recovery key of an open encrypted log (None: a plain one): its
    derived key and salt, which open the file as the passphrase does (SQLCipher's raw
    key, ``PRAGMA key = "x'…'"``) until the passphrase is changed."""
    key_spec = key_of(conn)
    if not key_spec:
        return None
    digits = key_spec[2:-1].upper()
    return "-".join(digits[i:i + 8] for i in range(0, len(digits), 8))


def spec_from_recovery_key(text: str) -> str | None:
    """The key a typed recovery key stands for (None: the text is not one)."""
    digits = re.sub(r"[\s-]", "", text).lower()
    return f"x'{digits}'" if _RECOVERY.fullmatch(digits) else None


def remember_secret(text: str) -> None:
    """``remember`` a passphrase, or the key of a recovery key."""
    key_spec = spec_from_recovery_key(text)
    if key_spec is None:
        remember(text)
        return
    seen = _specs.setdefault(salt_of(key_spec), [])
    if key_spec not in seen:
        seen.insert(0, key_spec)


def check_passphrase(path: Path, passphrase: str) -> str:
    """The key of the encrypted file at ``path`` when ``passphrase`` (or a recovery key)
    opens it (the file is only read); raises ``WrongPassphrase`` otherwise."""
    key_spec = spec_from_recovery_key(passphrase) or spec(passphrase, head(path))
    conn = connect(f"{Path(path).resolve().as_uri()}?mode=ro", key_spec=key_spec, uri=True,
                   shown=path, isolation_level=None)
    conn.close()
    return key_spec


def known_key_opens(path: Path) -> bool:
    """Whether a key this process knows (``candidates``) opens the file (only read)."""
    target = f"{Path(path).resolve().as_uri()}?mode=ro"
    for key in candidates(path):
        try:
            connect(target, key_spec=key, uri=True, shown=path, isolation_level=None).close()
        except WrongPassphrase:
            continue
        return True
    return False


def sync(path: Path) -> None:
    with Path(path).open("rb+") as f:
        os.fsync(f.fileno())


def close_quietly(conn: Any) -> None:
    with contextlib.suppress(*ERRORS):
        conn.close()
