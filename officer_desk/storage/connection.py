"""The one place that opens a database file.

Opening checks the file before writing anything to it (is it SQLite, is it ours, is it
newer than this program), then sets WAL, foreign keys and a busy timeout, takes a
backup and applies pending migrations, and makes the read indexes the file lacks
(``storage.indexes``; for writing only).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from officer_desk.domain.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseProblem,
    DiskFull,
    FolderReadOnly,
    NotADeskDatabase,
    OfficerDeskError,
)
from officer_desk.domain.messages import Both, reason, say
from officer_desk.storage import backup_file, backup_manifest, cipher, indexes, temporaries
from officer_desk.storage.migrations import (
    LATEST,
    migrate,
    pending,
    schema_version,
)
from officer_desk.storage.migrations.m0001_initial import APPLICATION_ID
from officer_desk.storage.newer_database import too_new
from officer_desk.storage.search import register_functions

#: What a message calls the file when it does not know its name.
THE_DATABASE = Both("the database", "데이터베이스")

BUSY_TIMEOUT_SECONDS = 5.0
#: How hard a commit waits for the disk (see docs/backups.md, "Durability", and
#: benchmarks/bench_durability.py for the figures the choice rests on).
SYNCHRONOUS = "FULL"


_SQLITE_MAGIC = cipher.SQLITE_MAGIC


def _header_problem(path: Path) -> OfficerDeskError | None:
    """Reads the first bytes: an SQLite file starts with a fixed 16-byte string."""
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as e:
        return DatabaseProblem(say("file.cannot_read", path=path, detail=reason(e)))
    if head and head != _SQLITE_MAGIC and not cipher.is_encrypted_file(path):
        return NotADeskDatabase(say("desk.not_sqlite", path=path))
    return None


def check_file(path: str | Path) -> None:
    """Refuse, before anything is written beside it (a lock file, a journal), a file
    that cannot be an Officer Desk database: missing, a folder, empty, not SQLite, or
    another program's SQLite database.

    Only the file's first 100 bytes (SQLite's header) are read. Another program's
    database is one with another application id, or none and content (a schema
    version, more than one page): what ``open_database`` refuses after opening.
    """
    path = Path(path)
    if not path.exists():
        raise DatabaseProblem(say("desk.no_database", path=path))
    if path.is_dir():
        raise NotADeskDatabase(say("desk.is_folder", path=path))
    try:
        with path.open("rb") as f:
            head = f.read(100)
        size = path.stat().st_size
    except OSError as e:
        raise DatabaseProblem(say("file.cannot_read", path=path,
                                  detail=reason(e))) from e
    if not head:
        raise DatabaseProblem(say("desk.empty", path=path))
    problem = _header_problem(path) if head[:16] != _SQLITE_MAGIC else None
    if problem is not None:
        raise problem
    if head[:16] != _SQLITE_MAGIC:
        return  # encrypted (``storage.cipher``): opening it with its key checks the rest
    if len(head) < 100:
        return  # a header cut short: opening says what is wrong with it
    app_id = int.from_bytes(head[68:72], "big")
    version = int.from_bytes(head[60:64], "big")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if app_id != APPLICATION_ID and (app_id or version or size > page_size):
        raise NotADeskDatabase(say("desk.not_desk_sqlite", path=path))
    if app_id == APPLICATION_ID and version > LATEST:
        raise too_new(path, version)


def translate(error: Exception, path: Path | str | Both = THE_DATABASE) -> OfficerDeskError:
    """A user-facing error for an SQLite error caused by the file or the machine."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseBusy(say("desk.busy", path=path))
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(say("desk.disk_full", path=path))
    if "readonly" in text or "read-only" in text:
        return FolderReadOnly(say("desk.folder_read_only", path=path))
    if "malformed" in text or "corrupt" in text:
        return DatabaseCorrupt(say("desk.damaged", path=path, detail=reason(error)))
    if "not a database" in text or "file is encrypted" in text:
        return NotADeskDatabase(say("desk.not_desk", path=path))
    if "unable to open" in text:
        return DatabaseProblem(say("desk.cannot_open", path=path, detail=reason(error)))
    return DatabaseProblem(say("desk.sqlite_problem", path=path, detail=reason(error)))


def _fsync(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def backup(conn: sqlite3.Connection, dest: Path, *, manifest_of: Path | None = None) -> Path:
    """A consistent copy of the open database written with SQLite's backup API.

    The copy is one self-contained file (rollback journal, not WAL), written under a
    temporary name, synced, and renamed when complete: a copy cut short by a crash or
    a full disk never appears under ``dest``. A ``dest`` ending ``.sqlite.gz`` is stored
    gzip-compressed (``storage.backup_file``): the copy is made under a temporary name,
    compressed into a second one, and only that is synced and renamed. With
    ``manifest_of`` (the database the copy is a backup of) the copy's manifest is
    written before the rename, so a backup under its name always has one
    (``storage.backup_manifest``).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporaries.temporary_path(dest, "backup")
    packed = temporaries.temporary_path(dest, "pack")
    compressed = backup_file.is_compressed(dest)
    try:
        # an encrypted log's copy gets its key (and salt): the passphrase opens it too
        target = cipher.connect(tmp, key_spec=cipher.key_of(conn), isolation_level=None)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        stored = backup_file.compress(tmp, packed) if compressed else None
        _fsync(packed if compressed else tmp)
        if manifest_of is not None:
            backup_manifest.write(backup_manifest.make(tmp, manifest_of, stored=stored), dest,
                                  temporary=temporaries.temporary_path(dest, "manifest"))
        os.replace(packed if compressed else tmp, dest)
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal"), packed):
            leftover.unlink(missing_ok=True)
        if manifest_of is not None and not dest.exists():
            backup_manifest.manifest_path(dest).unlink(missing_ok=True)
    return dest


def _in_wal_mode(path: Path) -> bool:
    """Whether the file's header says WAL (its read and write versions are 2)."""
    try:
        with path.open("rb") as f:
            head = f.read(20)
    except OSError:
        return False
    return head[:16] == _SQLITE_MAGIC and head[18:20] == b"\x02\x02"


def remove_left_overs(path: Path, *, journal: bool = False, wal: bool = False) -> None:
    """Temporary files a killed restore or backup of ``path`` left behind, manifests
    whose backup is gone (see ``storage.temporaries``), and a stale rollback journal.

    A file in WAL mode never uses a rollback journal (``-journal``); one beside it was
    left by a program killed while switching the file out of WAL mode (an earlier
    restore did). SQLite ignores it (in a trial, switching such a file out of WAL mode
    later did not play it back either), so it is only a left-over: it goes, with
    ``journal`` (only when opening the file for writing: the writer lock held, the file
    just set to WAL mode). ``wal``: the open connection says the file is in WAL mode
    (an encrypted file's header, encrypted too, cannot say it).
    """
    stale = path.with_name(path.name + "-journal")
    if journal and stale.exists() and (wal or _in_wal_mode(path)):
        with contextlib.suppress(OSError):
            stale.unlink()
    temporaries.remove_stale(path.parent, target=path.name)
    folder = backup_dir_for(path)
    temporaries.remove_stale(folder)
    backup_manifest.remove_orphans(folder)


#: Time stamp in backup names (UTC, to the microsecond so names never collide).
BACKUP_STAMP = "%Y%m%dT%H%M%S%fZ"


def backup_dir_for(path: Path) -> Path:
    return path.parent / f"{path.stem}-backups"


def backup_path_for(path: Path, reason: str, folder: Path | None = None, *,
                    compressed: bool = True) -> Path:
    """``<folder>/<stem>-<UTC time>-<reason>.sqlite.gz`` (folder: the backup folder;
    ``.sqlite`` when not ``compressed``), a name no backup has in either form."""
    folder = backup_dir_for(path) if folder is None else folder
    now = dt.datetime.now(dt.UTC)
    while True:
        base = folder / f"{path.stem}-{now.strftime(BACKUP_STAMP)}-{reason}"
        plain = base.with_name(base.name + backup_file.PLAIN)
        packed = base.with_name(base.name + backup_file.COMPRESSED)
        if not plain.exists() and not packed.exists():
            return packed if compressed else plain
        now += dt.timedelta(microseconds=1)


class DeskConnection(sqlite3.Connection):
    """A connection opened by ``open_database``.

    ``after_commit``, when set, is called with the connection after every transaction
    ``transaction()`` commits (the desk keeps its installation's high-water counter
    with it: ``sync.high_water``). It runs after the commit, never before: a rolled-back
    transaction calls nothing.
    """

    after_commit: Callable[[sqlite3.Connection], None] | None = None


def _connect(path: Path, readonly: bool, key_spec: str | None = None) -> sqlite3.Connection:
    if key_spec is not None or cipher.head(path) not in (b"", _SQLITE_MAGIC):
        conn = cipher.connect_file(path, readonly=readonly, key_spec=key_spec,
                                   isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS,
                                   check_same_thread=False)
    elif readonly:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False,
                               factory=DeskConnection)
    else:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS,
                               check_same_thread=False, factory=DeskConnection)
    register_functions(conn)
    return conn


def open_database(
    path: str | Path,
    *,
    create: bool = False,
    readonly: bool = False,
    upgrade: bool = True,
    passphrase: str | None = None,
) -> sqlite3.Connection:
    """Open (and if asked, create) an Officer Desk database, migrated to the latest schema.

    Raises a ``DatabaseProblem`` subclass, with the file left untouched, when the file is
    missing (and ``create`` is false), not SQLite, not ours, damaged, locked or written by
    a newer program.

    ``passphrase``: the file is (or, created, becomes) an encrypted log
    (``storage.cipher``); without one, an encrypted file is opened with a passphrase
    this process knows (``cipher.remember``), else ``PassphraseNeeded``. A wrong one
    raises ``WrongPassphrase`` and leaves the file as it was.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseProblem(say("desk.no_database", path=path))
    if exists:
        problem = _header_problem(path)
        if problem:
            raise problem
    elif readonly:
        raise DatabaseProblem(say("backup.no_database", path=path))
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    key_spec = None
    if passphrase is None and not exists:
        passphrase = cipher.NEW_LOG_PASSPHRASE
    if passphrase is not None:
        cipher.remember(passphrase)
        key_spec = cipher.spec(passphrase, cipher.head(path)) if exists else \
            cipher.new_spec(passphrase)
    try:
        conn = _connect(path, readonly, key_spec)
    except cipher.ERRORS as e:
        raise translate(e, path) from e
    try:
        _check_and_prepare(conn, path, exists=exists, readonly=readonly, upgrade=upgrade)
    except cipher.ERRORS as e:
        conn.close()
        raise translate(e, path) from e
    except BaseException:
        conn.close()
        raise
    if not readonly:
        wal = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
        remove_left_overs(path, journal=True, wal=wal)
    return conn


def _check_and_prepare(
    conn: sqlite3.Connection, path: Path, *, exists: bool, readonly: bool, upgrade: bool
) -> None:
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = schema_version(conn)
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if exists and app_id != APPLICATION_ID and (tables or version):
        raise NotADeskDatabase(say("desk.not_desk_sqlite", path=path))
    if version > LATEST:
        raise too_new(path, version, conn)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    if readonly:
        if pending(conn):
            raise DatabaseProblem(say("desk.needs_upgrade", path=path, schema=LATEST))
        return
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    if pending(conn):
        if upgrade is False:
            raise DatabaseProblem(say("desk.needs_upgrade_plain", path=path, schema=LATEST))
        if version > 0:
            backup(conn, backup_path_for(path, "migration",
                                         compressed=cipher.key_of(conn) is None),
                   manifest_of=path)
    migrate(conn)  # also tries again a rewrite that failed at an earlier opening
    indexes.ensure(conn)


def _undo_savepoint(conn: sqlite3.Connection, name: str) -> None:
    """Roll a failed nested step back to its savepoint.

    On some errors (a full disk, an I/O error while spilling the cache to the log)
    SQLite has already rolled the whole transaction back: the savepoint is gone, and
    ``ROLLBACK TO`` would fail with "no such savepoint", hiding the error that matters.
    Then there is nothing left to undo here; the caller's error goes on to the
    outermost ``transaction``, which reports it.
    """
    if not conn.in_transaction:
        return
    conn.execute(f"ROLLBACK TO {name}")
    conn.execute(f"RELEASE {name}")


def shrink_log(conn: sqlite3.Connection) -> None:
    """Give back the write-ahead log's space after a write that failed.

    A rolled-back transaction's pages stay in the log file (SQLite reuses the file,
    never shrinks it): after a big write failed on a full disk, that space is exactly
    what the disk lacks. Best effort: on a disk still full the checkpoint itself may
    fail, and the log is then truncated at the next successful checkpoint.
    """
    if conn.in_transaction:
        return
    with contextlib.suppress(*cipher.ERRORS):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Everything inside commits together or not at all; nests with savepoints.

    SQLite errors caused by the file or the machine (locked, disk full, read-only)
    become ``DatabaseProblem`` errors with a message a person can act on.
    """
    if conn.in_transaction:
        name = f"sp{id(object())}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            _undo_savepoint(conn, name)
            raise
        conn.execute(f"RELEASE {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except cipher.ERRORS as e:
        raise translate(e) from e
    try:
        yield conn
        conn.execute("COMMIT")
    except cipher.ERRORS as e:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(e, cipher.INTEGRITY_ERRORS):
            raise
        problem = translate(e)
        if isinstance(problem, DiskFull):
            shrink_log(conn)
        raise problem from e
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    hook = getattr(conn, "after_commit", None)
    if hook is not None:
        hook(conn)
