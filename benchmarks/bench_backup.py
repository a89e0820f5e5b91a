"""Backups: what one costs in time and disk, beside a plain copy of the file.

A backup is taken before every merge and import and ten are kept per reason, so its
size and time matter (issue 11: "a backup costs less than a full copy of the file").
On the largest database the bench builds (the demo database of stage 1, or one made
here for ``--only backup``), after a checkpoint so that the file holds everything:

* floor: ``shutil.copyfile`` of the database file (the bare file system; no SQLite, no
  project code): its time, and the file's size; and the same followed by ``os.fsync``
  of the copy (a backup is synced before it is named: this is the floor of that);
* backup: ``services.backups.write_backup`` (SQLite's online backup API to a temporary
  file, gzip level 1 into another, synced, the manifest, the rename): what is written
  before a merge or import;
* uncompressed backup: the same with the copy stored as is (``storage.connection.backup``
  to a ``.sqlite`` name), which is what earlier versions kept;
* checking a backup as a restore does (``check_backup``: the stored hash, decompressing
  into a temporary file, the decompressed hash, SQLite's integrity check), and listing
  the backup folder twice (the second listing uses the remembered checks).

Each step runs ``RUNS`` times; the best time is shown (the machine is shared).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from benchmarks.report import fields, peak_rss_mb, ratio, section, table, times
from officer_desk.services import backups
from officer_desk.services.backup_check import check_backup
from officer_desk.services.desk import open_desk
from officer_desk.storage.backup_manifest import manifest_path
from officer_desk.storage.connection import backup as copy_database
from officer_desk.storage.connection import backup_path_for

RUNS = 2
MIB = 1 << 20


def _best(step) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = step()
        best = min(best, time.perf_counter() - start)
    return best, result


def _drop(path: Path) -> None:
    path.unlink(missing_ok=True)
    manifest_path(path).unlink(missing_ok=True)


def run(workdir: Path, db: Path) -> dict[str, Any]:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.stat().st_size
    folder = workdir / "backup-bench"
    folder.mkdir(exist_ok=True)
    copy = folder / "plain-copy.sqlite"
    copy_s, _ = _best(lambda: shutil.copyfile(db, copy))

    def synced_copy() -> None:
        shutil.copyfile(db, copy)
        with copy.open("rb+") as f:
            os.fsync(f.fileno())

    synced_s, _ = _best(synced_copy)
    copy.unlink()

    desk = open_desk(db)
    written: list[Path] = []
    try:
        def compressed() -> Path:
            path = backups.write_backup(desk.conn, desk.path, "bench")
            written.append(path)
            return path

        def plain() -> Path:
            path = copy_database(desk.conn, backup_path_for(desk.path, "bench-plain",
                                                             compressed=False),
                                 manifest_of=desk.path)
            written.append(path)
            return path

        backup_s, packed = _best(compressed)
        plain_s, unpacked = _best(plain)
    finally:
        desk.close()
    packed_size, plain_size = packed.stat().st_size, unpacked.stat().st_size
    check_s, _ = _best(lambda: check_backup(packed))
    for path in written[:-1]:
        if path not in (packed, unpacked):
            _drop(path)
    start = time.perf_counter()
    backups.list_backups(db)
    first_list_s = time.perf_counter() - start
    start = time.perf_counter()
    backups.list_backups(db)
    again_list_s = time.perf_counter() - start
    listed = len(backups.list_backups(db))
    for path in (packed, unpacked):
        _drop(path)
    return {
        "database": str(db), "size_mib": size / MIB,
        "copy_seconds": copy_s, "synced_copy_seconds": synced_s,
        "backup_seconds": backup_s, "backup_mib": packed_size / MIB,
        "plain_backup_seconds": plain_s, "plain_backup_mib": plain_size / MIB,
        "check_seconds": check_s,
        "listed": listed, "list_seconds": first_list_s, "list_again_seconds": again_list_s,
        "runs": RUNS, "peak_rss_mb": peak_rss_mb(),
    }


def show(r: dict[str, Any], number: int = 1) -> None:
    section(f"{number}. A backup beside a plain copy of the file ({r['size_mib']:.0f} MiB)")
    fields([
        ("database", f"{r['database']} (checkpointed: the file holds everything)"),
        ("floor", "shutil.copyfile of the database file (and with os.fsync of the copy)"),
        ("backup", "services.backups.write_backup: online backup, gzip level 1, "
                   "manifest (what a merge or import writes first)"),
        ("times", f"best of {r['runs']} runs"),
    ])
    copy_s, synced, size = r["copy_seconds"], r["synced_copy_seconds"], r["size_mib"]

    def row(label: str, seconds: float, mib: float | None = None) -> list[str]:
        return [label, f"{seconds:.2f}", times(ratio(seconds, copy_s)),
                times(ratio(seconds, synced)), "" if mib is None else f"{mib:.1f}",
                "" if mib is None else times(ratio(mib, size))]

    table(["step", "seconds", "/ copy", "/ copy+fsync", "MiB on disk", "/ file size"], [
        row("plain copy (floor)", copy_s, size),
        row("plain copy + fsync (floor)", synced, size),
        row("backup (compressed, now)", r["backup_seconds"], r["backup_mib"]),
        row("backup uncompressed (before)", r["plain_backup_seconds"], r["plain_backup_mib"]),
        row("check one backup (as restore)", r["check_seconds"]),
        row(f"list {r['listed']} backups, first", r["list_seconds"]),
        row(f"list {r['listed']} backups, again", r["list_again_seconds"]),
    ], right=(1, 2, 3, 4, 5))
    fields([("ten kept backups of a reason",
             f"{10 * r['backup_mib']:,.0f} MiB (uncompressed: "
             f"{10 * r['plain_backup_mib']:,.0f} MiB)")])
