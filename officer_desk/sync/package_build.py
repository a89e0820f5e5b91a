"""Writing a package: snapshot, prune to what travels, encrypt, sign, zip, log.

The snapshot is taken with SQLite's backup API (a consistent copy even while the
database is in use) into an in-memory database; what does not travel is removed from
it and it is vacuumed, so nothing removed can be recovered from free pages. It is
encrypted in memory to the installations that may read it (``package_encrypt``)
unless a signed-only package is asked for (``plain``): no copy of the records is ever
written to disk unencrypted, temporary files included. The package is written under a
temporary name next to its final name and renamed, so a half-written package never
carries the final name.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import sqlite3
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from officer_desk.domain.errors import NotPermitted, OfficerDeskError
from officer_desk.domain.kinds import HQ
from officer_desk.domain.messages import reason, say
from officer_desk.domain.records import utc_now
from officer_desk.out_file import replacing
from officer_desk.storage import cipher
from officer_desk.storage.connection import transaction, translate
from officer_desk.storage.migrations import schema_version
from officer_desk.sync import high_water, keys, package_encrypt
from officer_desk.sync import package_format as fmt
from officer_desk.sync.authority import manifest_installations
from officer_desk.sync.schema import RECORD_TABLES, prune

if TYPE_CHECKING:
    from officer_desk.services.desk import Desk

Progress = Callable[[int, int], None]
STEPS = 6


class BuildCancelled(OfficerDeskError):
    """The person cancelled writing a package; nothing was written."""


@dataclass(frozen=True)
class PackageInfo:
    path: Path
    manifest: dict[str, Any]
    counts: dict[str, int]
    sha256: str  # of the package file (export_log and import_log hold the content's)
    #: whom the content is encrypted to (empty: a signed-only package)
    readers: tuple[keys.KeyInfo, ...] = ()


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(fmt.CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _target(out: Path, post: str, package_id: str, now: dt.datetime) -> Path:
    if out.is_dir():
        safe = re.sub(r"[^A-Za-z0-9_-]", "_", post)
        return out / f"{safe}-{now:%Y%m%d-%H%M%S}-{package_id[:8]}{fmt.SUFFIX}"
    if out.exists():
        raise OfficerDeskError(say("build.exists", path=out))
    if not out.parent.is_dir():
        raise OfficerDeskError(say("build.no_folder", path=out.parent))
    return out


def _owners(desk: Desk, include_posts: Sequence[str]) -> list[str]:
    if not desk.is_hq:
        if include_posts:
            raise NotPermitted(say("build.only_hq_includes"))
        return [desk.home_post]
    chosen = sorted({str(p).strip().upper() for p in include_posts} - {HQ})
    known = set(desk.post_codes())
    unknown = [p for p in chosen if p not in known]
    if unknown:
        raise OfficerDeskError(say("build.unknown_posts", posts=", ".join(unknown)))
    return [HQ, *chosen]


#: Tables an HQ package carries whole, even with ``--since-last``: a post that missed
#: one of HQ's packages must not have the next refused for a vocabulary term that came
#: in the missed one (a few hundred small rows; the merge finds them unchanged).
ALWAYS_WHOLE = ("vocab_terms",)


def _keep_only(conn: sqlite3.Connection, owners: list[str], since: int) -> dict[str, int]:
    """Delete from the snapshot every row that does not travel; returns rows kept."""
    marks = ", ".join("?" for _ in owners)
    keep = f"post IN ({marks})" + (" AND changed > ?" if since else "")
    params = [*owners, since] if since else owners
    counts = {}
    for table in RECORD_TABLES:
        if table in ALWAYS_WHOLE and HQ in owners:
            conn.execute(f"DELETE FROM {table} WHERE NOT (post IN ({marks}))", owners)
        else:
            conn.execute(f"DELETE FROM {table} WHERE NOT ({keep})", params)
        counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    return counts


def _snapshot(desk: Desk) -> sqlite3.Connection:
    """A consistent copy of the database, in memory."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        if isinstance(desk.conn, sqlite3.Connection):
            desk.conn.backup(conn)
        else:  # an encrypted log: SQLite's backup cannot copy out of SQLCipher
            _copy_decrypted(desk.conn, conn)
    except cipher.ERRORS as e:
        conn.close()
        raise translate(e, desk.path) from e
    return conn


#: What a package's content is made from (``_prepare_content`` prunes the rest).
_COPIED_TABLES = (*RECORD_TABLES, "meta", "export_log", "sqlite_sequence")


def _copy_decrypted(source: Any, target: sqlite3.Connection) -> None:
    """Copy what a package is made of from an encrypted log (an SQLCipher connection)
    into ``target`` (in memory), in one read transaction: a consistent copy, decrypted
    in memory only. SQLite's backup cannot copy between SQLCipher and plain SQLite, and
    SQLCipher's own export needs a database to export into (a file, or an in-memory one
    SQLCipher cannot hand over)."""
    began = not source.in_transaction
    if began:
        source.execute("BEGIN")
    try:
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        application = int(source.execute("PRAGMA application_id").fetchone()[0])
        marks = ", ".join("?" for _ in _COPIED_TABLES)
        tables = source.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ({marks}) "
            "ORDER BY name = 'sqlite_sequence', rowid", _COPIED_TABLES).fetchall()
        target.execute(f"PRAGMA user_version = {version}")
        target.execute(f"PRAGMA application_id = {application}")
        for name, sql in tables:
            if name != "sqlite_sequence":  # made by SQLite with the first AUTOINCREMENT
                target.execute(sql)
        for name, sql in tables:
            columns = [row[1] for row in source.execute(f'PRAGMA table_info("{name}")')]
            keep_rowid = name != "sqlite_sequence" and "WITHOUT ROWID" not in sql.upper()
            wanted = (["rowid"] if keep_rowid else []) + [f'"{c}"' for c in columns]
            listed = ", ".join(wanted)
            rows = source.execute(f'SELECT {listed} FROM "{name}"')
            target.executemany(
                f'INSERT INTO "{name}" ({listed}) VALUES ({", ".join("?" for _ in wanted)})',
                rows)
    finally:
        if began:
            source.execute("COMMIT")


def _prepare_content(
    conn: sqlite3.Connection, owners: list[str], since_last: bool
) -> tuple[bytes, int, int, dict[str, int], int]:
    """Prunes the snapshot; returns (its bytes, clock, since, counts, schema version)."""
    conn.execute("PRAGMA foreign_keys = OFF")
    row = conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
    clock = int(row[0]) if row else 0
    since = 0
    if since_last:
        row = conn.execute("SELECT max(clock) FROM export_log").fetchone()
        since = int(row[0] or 0)
    version = schema_version(conn)
    conn.execute("BEGIN")
    prune(conn)
    counts = _keep_only(conn, owners, since)
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    # the same file header as a file written in rollback-journal mode (not WAL)
    conn.execute("PRAGMA journal_mode = DELETE")
    return conn.serialize(), clock, since, counts, version


def _cover(installation: str, clock: int) -> None:
    """Before a package leaves, this computer records (synced to disk) that the
    installation reached the package's counter: a copy of the file from before it is
    then always recognised as older (``sync.high_water``)."""
    try:
        high_water.record(installation, clock, durable=True)
    except OSError as e:
        raise OfficerDeskError(say("build.counter_not_kept",
                                   path=high_water.path_for(installation),
                                   detail=reason(e))) from e


def _write_zip(target: Path, manifest_bytes: bytes, signature: bytes, content: bytes,
               member: str) -> Path:
    with replacing(target) as tmp, zipfile.ZipFile(tmp, "w") as zf:
        zf.writestr(fmt.MANIFEST, manifest_bytes, compress_type=zipfile.ZIP_STORED)
        zf.writestr(fmt.SIGNATURE, fmt.encode_signature(signature),
                    compress_type=zipfile.ZIP_STORED)
        # encrypted bytes do not compress: stored as they are
        kind = zipfile.ZIP_DEFLATED if member == fmt.CONTENT else zipfile.ZIP_STORED
        zf.writestr(member, content, compress_type=kind)
    return target


def build_package(
    desk: Desk,
    out: Path,
    *,
    since_last: bool = False,
    include_posts: Sequence[str] = (),
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    plain: bool = False,
) -> PackageInfo:
    """Write a signed package of this database's records (see module docstring).

    The content is encrypted to the installations that may read it; when none is
    trusted here with an encryption key, nothing is written (``OfficerDeskError``
    saying how to trust one). ``plain`` writes a signed-only package instead, which
    anyone who finds the file can read.

    A post's package holds the post's own records; HQ's holds HQ's records (reference
    data, HQ conferences and notes) and those of the posts in ``include_posts``. With
    ``since_last`` only rows changed here after the last package was written.
    ``progress(done, total)`` is called after each step; ``cancel()`` returning true
    stops before the package is written (``BuildCancelled``).
    """
    if desk.readonly:
        raise NotPermitted(say("build.read_only", path=desk.path))
    owners = _owners(desk, include_posts)
    installation = desk.repo.author.installation
    key = keys.private_key(installation)
    public = keys.public_key_bytes(key)
    recipient = keys.own_recipient(installation)
    readers = () if plain else tuple(package_encrypt.readers(desk, owners))
    package_id = str(uuid.uuid4())
    now = dt.datetime.now(dt.UTC)
    target = _target(Path(out), desk.home_post, package_id, now)
    step = 0

    def advance(*, can_cancel: bool = True) -> None:
        nonlocal step
        step += 1
        if progress:
            progress(step, STEPS)
        if can_cancel and cancel and cancel():
            raise BuildCancelled(say("build.cancelled"))

    snapshot = _snapshot(desk)
    try:
        advance()
        try:
            content, clock, since, counts, version = _prepare_content(
                snapshot, owners, since_last)
        except sqlite3.Error as e:
            raise OfficerDeskError(say("build.failed", detail=reason(e))) from e
    finally:
        snapshot.close()
    advance()
    manifest = {
        "format": fmt.FORMAT, "format_version": fmt.FORMAT_VERSION,
        "package_id": package_id, "post": desk.home_post,
        "role": "hq" if desk.is_hq else "post", "installation": installation,
        "officer": desk.actor[:200], "public_key": base64.b64encode(public).decode("ascii"),
        "fingerprint": keys.fingerprint(public), "schema_version": version,
        "created_at": utc_now(), "clock": clock, "since_clock": since,
        "counts": counts, "content_sha256": hashlib.sha256(content).hexdigest(),
        "content_size": len(content),
        "installations": manifest_installations(desk, owners),
        "age_recipient": recipient,
    }
    member, payload = fmt.CONTENT, content
    if readers:
        member = fmt.CONTENT_AGE
        payload = package_encrypt.encrypt(content, readers, target.name)
        manifest["encryption"] = {
            "scheme": fmt.AGE_SCHEME, "size": len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(),
            "recipients": package_encrypt.reader_entries(readers),
        }
    del content
    manifest_bytes = fmt.encode_manifest(manifest)
    signature = key.sign(manifest_bytes)
    advance()
    _cover(installation, clock)
    path = _write_zip(target, manifest_bytes, signature, payload, member)
    advance(can_cancel=False)  # written: from here on it is too late to cancel
    sha = file_sha256(path)
    advance(can_cancel=False)
    with transaction(desk.conn) as conn:
        conn.execute(
            "INSERT INTO export_log (package_id, at, clock, since_clock, counts, sha256, "
            "file_name) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (package_id, manifest["created_at"], clock, since,
             json.dumps(counts, sort_keys=True), manifest["content_sha256"], path.name),
        )
    step += 1
    if progress:
        progress(step, STEPS)
    return PackageInfo(path=path, manifest=manifest, counts=counts, sha256=sha,
                       readers=readers)
