"""A backup's manifest: what the copy held when it was written, to check it against later.

Next to every backup ``us-…-merge.sqlite`` lies ``us-…-merge.sqlite.manifest.json``::

    {"format": "officer-desk-backup-manifest", "version": 1,
     "database": "us.sqlite", "post": "US", "role": "post",
     "installation": "…", "schema": 7, "counts": {"companies": 40, …},
     "size": 409600, "sha256": "…", "written": "2026-12-02T17:30:00+00:00"}

A compressed backup (``…-merge.sqlite.gz``, ``storage.backup_file``; version 2) has
``size`` and ``sha256`` of the stored compressed file, ``compression`` ("gzip"), and
``content_size`` and ``content_sha256`` of the SQLite file it holds; its facts are read
from that file, decompressed. ``fingerprint`` (the change counter and the history's
extent) tells a start whether the newest backup already holds what the file holds,
without decompressing it.

It is made from the finished copy (never from the live database: what is checked later
is the file itself) after the copy was synced and before the copy gets its final name,
so a backup that carries its name always has its manifest; a crash in between leaves
only temporary files, which the next start removes (``storage.temporaries``).

A sidecar and not a table inside the copy: a file cannot hold the hash of itself.
Restoring compares the file with its manifest (size, sha256, then post, installation,
schema and record counts read from the file) and refuses one that differs, naming
what differs. A backup without a manifest (written by an earlier version) can only be
checked by SQLite's integrity check: it is "unverified".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path

from officer_desk.domain.errors import DatabaseCorrupt
from officer_desk.domain.kinds import USER_KINDS
from officer_desk.domain.messages import Text, reason, say
from officer_desk.storage import backup_file, cipher

SUFFIX = ".manifest.json"
FORMAT = "officer-desk-backup-manifest"
VERSION = 2
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Manifest:
    database: str
    post: str | None
    role: str | None
    installation: str | None
    schema: int
    counts: dict[str, int] = field(default_factory=dict)
    size: int = 0
    sha256: str = ""
    written: str = ""
    #: "gzip" for a compressed backup ("": a plain SQLite file, as before version 2)
    compression: str = ""
    content_size: int = 0
    content_sha256: str = ""
    fingerprint: list[object] = field(default_factory=list)


@dataclass(frozen=True)
class Difference:
    """One way a backup differs from its manifest, in both languages."""

    en: str
    ko: str

    def message(self, lang: str = "en") -> str:
        return self.ko if lang == "ko" else self.en


class ManifestMismatch(DatabaseCorrupt):
    """The backup is not what its manifest says it was when written."""

    def __init__(self, path: Path, differences: list[Difference]) -> None:
        self.differences = differences
        en = "; ".join(d.en for d in differences)
        ko = "; ".join(d.ko for d in differences)
        super().__init__(
            f"the backup {path} does not match its manifest ({en}): it was damaged or "
            "changed after it was written; choose another backup",
            ko=f"백업 {path}이(가) 매니페스트와 일치하지 않습니다({ko}). 기록된 뒤 손상되었거나 "
               "바뀌었습니다. 다른 백업을 고르십시오.")


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + SUFFIX)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _open_read_only(path: Path) -> sqlite3.Connection:
    return cipher.open_read_only(path)  # plain, or encrypted with the key known for it


def facts(conn: sqlite3.Connection) -> dict[str, object]:
    """Post, role, installation, schema and live records per kind, as the file says."""
    meta = dict(conn.execute(
        "SELECT key, value FROM meta WHERE key IN ('post', 'role', 'installation')"
    ).fetchall())
    counts = {}
    for kind in USER_KINDS:
        with contextlib.suppress(*cipher.OPERATIONAL_ERRORS):  # a kind newer than the file
            counts[kind.name] = conn.execute(
                f"SELECT count(*) FROM {kind.name} WHERE deleted = 0").fetchone()[0]
    return {"post": meta.get("post"), "role": meta.get("role"),
            "installation": meta.get("installation"),
            "schema": int(conn.execute("PRAGMA user_version").fetchone()[0]),
            "counts": counts}


def fingerprint(conn: sqlite3.Connection) -> list[object]:
    """What changes whenever anything is written: the counter, the history, the schema."""
    clock = conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
    history = conn.execute("SELECT max(rowid), count(*) FROM history").fetchone()
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return [clock[0] if clock else None, *history, version]


def make(copy: Path, database: Path, *, stored: backup_file.Stored | None = None
         ) -> Manifest:
    """The manifest of a finished copy (read from the copy itself); ``stored``: the
    compressed file the copy was stored as (its hashes, and the copy's)."""
    with contextlib.closing(_open_read_only(copy)) as conn:
        held = facts(conn)
        marks = fingerprint(conn)
    written = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    if stored is None:
        return Manifest(database=database.name, size=copy.stat().st_size,
                        sha256=sha256_of(copy), written=written, fingerprint=marks,
                        **held)  # type: ignore[arg-type]
    return Manifest(database=database.name, size=stored.size, sha256=stored.sha256,
                    written=written, compression="gzip", content_size=stored.content_size,
                    content_sha256=stored.content_sha256, fingerprint=marks,
                    **held)  # type: ignore[arg-type]


def write(manifest: Manifest, backup: Path, *, temporary: Path) -> Path:
    """Write the manifest of ``backup`` (via ``temporary``, synced, then renamed)."""
    data = {"format": FORMAT, "version": VERSION, **asdict(manifest)}
    dest = manifest_path(backup)
    try:
        with temporary.open("w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, dest)
    finally:
        temporary.unlink(missing_ok=True)
    return dest


def read(backup: Path) -> Manifest | None:
    """The backup's manifest; None when it has none (an older backup).

    A manifest that cannot be read is reported as a difference by ``compare``: raises
    ``ManifestMismatch``.
    """
    path = manifest_path(backup)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as e:
        raise ManifestMismatch(backup, [_unreadable(reason(e))]) from e
    try:
        data = json.loads(text)
        if data.pop("format", None) != FORMAT:
            raise ValueError("not a backup manifest")
        data.pop("version", None)
        manifest = Manifest(**data)
        if (not isinstance(manifest.counts, dict) or not isinstance(manifest.size, int)
                or not isinstance(manifest.content_size, int)
                or not isinstance(manifest.fingerprint, list)):
            raise ValueError("wrong types")
    except (ValueError, TypeError, AttributeError) as e:
        raise ManifestMismatch(backup, [_unreadable(say("reason.not_manifest"))]) from e
    return manifest


def _unreadable(why: Text) -> Difference:
    return Difference(f"its manifest cannot be read: {why}",
                      f"매니페스트를 읽을 수 없습니다: {why.message('ko')}")


def stored_differences(backup: Path, manifest: Manifest) -> list[Difference]:
    """How the stored file's bytes differ from its manifest (size, then sha256)."""
    size = backup.stat().st_size
    if size != manifest.size:
        return [Difference(
            f"size {size:,} bytes, the manifest says {manifest.size:,} (cut short or added to)",
            f"크기 {size:,}바이트, 매니페스트는 {manifest.size:,}바이트(잘렸거나 덧붙여짐)")]
    if sha256_of(backup) != manifest.sha256:
        return [Difference(
            "content: its sha256 differs from the manifest's (bytes changed)",
            "내용: sha256이 매니페스트와 다릅니다(바이트가 바뀜)")]
    return []


def content_differences(manifest: Manifest, size: int, sha256: str) -> list[Difference]:
    """How the SQLite file decompressed from a compressed backup differs from the
    manifest's ``content_size`` and ``content_sha256``."""
    if size != manifest.content_size:
        return [Difference(
            f"decompressed size {size:,} bytes, the manifest says {manifest.content_size:,}",
            f"압축을 푼 크기 {size:,}바이트, 매니페스트는 {manifest.content_size:,}바이트")]
    if sha256 != manifest.content_sha256:
        return [Difference(
            "decompressed content: its sha256 differs from the manifest's",
            "압축을 푼 내용: sha256이 매니페스트와 다릅니다")]
    return []


def compare(backup: Path, manifest: Manifest, *, content: Path | None = None,
            stored_checked: bool = False) -> list[Difference]:
    """How the file differs from its manifest (empty: it is what was written).

    ``content``: the SQLite file to read the facts from (a compressed backup's
    decompressed copy; default the backup itself); ``stored_checked``: the stored
    bytes were compared already (``stored_differences``).
    """
    found = [] if stored_checked else stored_differences(backup, manifest)
    try:
        with contextlib.closing(_open_read_only(content or backup)) as conn:
            held = facts(conn)
    except cipher.ERRORS as e:
        found.append(Difference(f"it cannot be read as a database ({reason(e)})",
                                f"데이터베이스로 읽을 수 없습니다({reason(e).message('ko')})"))
        return found
    for key, en, ko in (("post", "post", "공관"), ("installation", "installation", "설치 ID"),
                        ("schema", "schema", "스키마")):
        theirs, ours = held[key], getattr(manifest, key)
        if theirs != ours:
            found.append(Difference(f"{en} {theirs}, the manifest says {ours}",
                                    f"{ko} {theirs}, 매니페스트는 {ours}"))
    counts: dict[str, int] = held["counts"]  # type: ignore[assignment]
    wrong = [f"{k} {counts.get(k, 0):,} ({manifest.counts.get(k, 0):,})"
             for k in sorted(set(counts) | set(manifest.counts))
             if counts.get(k, 0) != manifest.counts.get(k, 0)]
    if wrong:
        found.append(Difference(
            f"record counts differ (manifest in brackets): {', '.join(wrong)}",
            f"기록 수가 다릅니다(괄호 안은 매니페스트): {', '.join(wrong)}"))
    return found


def verify(backup: Path) -> Manifest | None:
    """The manifest when the (plain) file matches it; None when there is none
    (unverified). Raises ``ManifestMismatch`` naming what differs. A compressed backup
    is checked by ``services.backup_check``, which decompresses it first.
    """
    manifest = read(backup)
    if manifest is None:
        return None
    differences = compare(backup, manifest)
    if differences:
        raise ManifestMismatch(backup, differences)
    return manifest


def remove_orphans(folder: Path) -> list[Path]:
    """Remove manifests whose backup is gone (deleted by hand, or a crash between the
    manifest's rename and the backup's) and is not being written right now."""
    from officer_desk.storage import temporaries

    removed = []
    if not folder.is_dir():
        return removed
    for path in folder.glob("*" + SUFFIX):
        backup = path.with_name(path.name[:-len(SUFFIX)])
        if not backup.exists() and not temporaries.in_progress(folder, backup.name):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed
