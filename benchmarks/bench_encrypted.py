"""An encrypted case log (SQLCipher) beside a plain one, in the same run (issue 15).

Targets: insert and search each within 1.25x of the plain log; opening an encrypted log
adds at most 300 ms (key derivation included) to what opening a plain one costs.

* insert: the same demo records (read back as export dicts) added through
  ``records.create_many`` in one transaction to a fresh plain log and to a fresh
  encrypted one;
* search: the search bench's query mix (``bench_search``) on the plain demo log and on
  an encrypted copy of it (``services.encryption.encrypt``), median per query;
* open: ``open_desk`` and close, the passphrase forgotten before each encrypted open
  (so the key is derived every time, as at a start);
* floor: the bare libraries opening the file and reading its schema, no project code:
  ``sqlite3`` on the plain file, ``sqlcipher3`` with ``PRAGMA key`` on the encrypted one.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from benchmarks import bench_search
from benchmarks.report import (
    Stopwatch,
    fields,
    median,
    num,
    peak_rss_mb,
    ratio,
    section,
    table,
    times,
)
from officer_desk.domain.kinds import KINDS
from officer_desk.services import encryption, transfer
from officer_desk.services import records as record_service
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage import cipher
from officer_desk.storage.connection import transaction

PASSPHRASE = "bench passphrase 벤치"
TARGET_RATIO = 1.25
TARGET_OPEN_MS = 300.0
OPENS = 5
SEARCH_REPEATS = 3


def _demo(workdir: Path, records: int) -> Path:
    path = workdir / "enc-bench-plain.sqlite"
    desk = init_desk(path, hq=True, demo=True)
    try:
        generate_demo(desk, records=records, seed=1)
    finally:
        desk.close()
    return path


def _insert(path: Path, groups: list[tuple[Any, list[dict[str, Any]]]],
            passphrase: str | None) -> float:
    desk = init_desk(path, hq=True, demo=True, passphrase=passphrase)
    try:
        with Stopwatch() as sw, transaction(desk.conn):
            for kind, items in groups:
                record_service.create_many(desk, kind, items, foreign_ok=True)
    finally:
        desk.close()
    return sw.seconds


def _open_ms(path: Path, passphrase: str | None) -> float:
    times_ms = []
    for _ in range(OPENS):
        cipher.forget_all()
        start = time.perf_counter()
        open_desk(path, passphrase=passphrase).close()
        times_ms.append((time.perf_counter() - start) * 1000)
    return median(times_ms)


def _floor_ms(path: Path, passphrase: str | None) -> float:
    times_ms = []
    for _ in range(OPENS):
        start = time.perf_counter()
        if passphrase is None:
            conn = sqlite3.connect(path)
        else:
            from sqlcipher3 import dbapi2

            conn = dbapi2.connect(str(path))
            conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
        times_ms.append((time.perf_counter() - start) * 1000)
    return median(times_ms)


def _search(path: Path, mix: list[Any], passphrase: str | None) -> dict[str, Any]:
    desk = open_desk(path, passphrase=passphrase)
    try:
        return bench_search.run(desk, mix, repeats=SEARCH_REPEATS)
    finally:
        desk.close()


def run(workdir: Path, records: int) -> dict[str, Any]:
    plain = _demo(workdir, records)
    encrypted = workdir / "enc-bench-encrypted.sqlite"
    shutil.copyfile(plain, encrypted)
    for suffix in ("-wal", "-shm"):
        side = plain.with_name(plain.name + suffix)
        if side.exists():
            shutil.copyfile(side, encrypted.with_name(encrypted.name + suffix))
    with Stopwatch() as converting:
        encryption.encrypt(encrypted, PASSPHRASE)
    desk = open_desk(plain)
    try:
        export = transfer.export_json(desk)
        mix = bench_search.build_mix(desk.conn)
    finally:
        desk.close()
    groups = [(k, export["kinds"][k.name]) for k in KINDS if k.name in export["kinds"]]
    count = sum(len(items) for _, items in groups)
    insert_plain = _insert(workdir / "enc-bench-insert-plain.sqlite", groups, None)
    insert_encrypted = _insert(workdir / "enc-bench-insert-encrypted.sqlite", groups,
                               PASSPHRASE)
    search_plain = _search(plain, mix, None)
    search_encrypted = _search(encrypted, mix, PASSPHRASE)
    opened = {"plain": _open_ms(plain, None), "encrypted": _open_ms(encrypted, PASSPHRASE),
              "floor_plain": _floor_ms(plain, None),
              "floor_encrypted": _floor_ms(encrypted, PASSPHRASE)}
    cipher.forget_all()
    return {
        "records": count,
        "encrypt_seconds": converting.seconds,
        "insert_plain_seconds": insert_plain,
        "insert_encrypted_seconds": insert_encrypted,
        "insert_ratio": ratio(insert_encrypted, insert_plain),
        "search_plain_median_ms": search_plain["service_median_ms"],
        "search_encrypted_median_ms": search_encrypted["service_median_ms"],
        "search_plain_worst_ms": search_plain["service_worst_ms"],
        "search_encrypted_worst_ms": search_encrypted["service_worst_ms"],
        "search_ratio": ratio(search_encrypted["service_median_ms"],
                              search_plain["service_median_ms"]),
        "queries": len(mix),
        "open_ms": opened,
        "open_added_ms": opened["encrypted"] - opened["plain"],
        "target_ratio": TARGET_RATIO,
        "target_open_ms": TARGET_OPEN_MS,
        "peak_rss_mb": peak_rss_mb(),
    }


def show(r: dict[str, Any], number: int) -> None:
    section(f"{number}. An encrypted case log (SQLCipher) beside a plain one, "
            f"{num(r['records'])} records")

    def verdict(ok: bool) -> str:
        return "yes" if ok else "NO"

    table(["job", "plain", "encrypted", "ratio", f"within {r['target_ratio']}x"], [
        ["insert (create_many, 1 transaction)", f"{r['insert_plain_seconds']:.2f} s",
         f"{r['insert_encrypted_seconds']:.2f} s", times(r["insert_ratio"]),
         verdict(r["insert_ratio"] <= r["target_ratio"])],
        [f"search, median of {r['queries']} queries",
         f"{r['search_plain_median_ms']:.2f} ms", f"{r['search_encrypted_median_ms']:.2f} ms",
         times(r["search_ratio"]), verdict(r["search_ratio"] <= r["target_ratio"])],
        ["search, worst query", f"{r['search_plain_worst_ms']:.2f} ms",
         f"{r['search_encrypted_worst_ms']:.2f} ms",
         times(ratio(r["search_encrypted_worst_ms"], r["search_plain_worst_ms"])), ""],
    ], right=(1, 2, 3))
    o = r["open_ms"]
    table(["open (median of 5)", "plain", "encrypted", "added", "target"], [
        ["open_desk (key derived each time)", f"{o['plain']:.1f} ms", f"{o['encrypted']:.1f} ms",
         f"{r['open_added_ms']:.1f} ms",
         f"<= {r['target_open_ms']:.0f} ms -> {verdict(r['open_added_ms'] <= 300)}"],
        ["floor: bare sqlite3 / sqlcipher3 + PRAGMA key", f"{o['floor_plain']:.1f} ms",
         f"{o['floor_encrypted']:.1f} ms", f"{o['floor_encrypted'] - o['floor_plain']:.1f} ms",
         ""],
    ], right=(1, 2, 3))
    fields([("encrypting the plain demo log (encrypt, checks included)",
             f"{r['encrypt_seconds']:.2f} s")])
