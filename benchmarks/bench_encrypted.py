"""An encrypted case log (SQLCipher) beside a plain one, in the same run (issue 15).

Targets: insert, search and the HQ merge each within 1.25x of the plain log; opening an
encrypted log adds at most 300 ms (key derivation included) to what opening a plain one
costs.

Insert and merge run ``REPEATS`` times, plain and encrypted taking turns, each time on
fresh files; the figures are the medians of wall time and of this process's CPU time
(the machine may be shared: CPU time is what the work itself cost).

* insert: the same demo records (read back as export dicts) added through
  ``records.create_many`` in one transaction to a fresh plain log, to a fresh encrypted
  one, and (up to ``REPEAT_UP_TO`` records) to a fresh plain log opened through
  ``sqlcipher3`` without a key (the same library as the encrypted log, no encryption:
  it splits what the library costs from what encrypting costs);
* merge: six post installations' packages (``bench_merge``'s set-up, a few hundred
  records per post) merged with ``merge_packages`` into a fresh plain HQ log and a
  fresh encrypted one (the backup before the merge included, as in the program);
* search: the search bench's query mix (``bench_search``) on the plain demo log and on
  an encrypted copy of it (``services.encryption.encrypt``), median per query;
* open: ``open_desk`` and close, the passphrase forgotten before each encrypted open
  (so the key is derived every time, as at a start);
* start: the window's start (``start_path``: ``officer-desk gui DB`` in a child
  process, from the launch to the dashboard's content), the plain log and the
  encrypted one in turn, its passphrase remembered in the keyring — what the
  officer waits for, SQLCipher's loading and the keyring's included;
* floor: the bare libraries opening the file and reading its schema, no project code:
  ``sqlite3`` on the plain file, ``sqlcipher3`` with ``PRAGMA key`` on the encrypted one.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks import bench_merge, bench_search, start_path
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
from officer_desk.sync.merge import merge_packages
from officer_desk.sync.package import trust_package_key

PASSPHRASE = "bench passphrase 벤치"
TARGET_RATIO = 1.25
TARGET_OPEN_MS = 300.0
OPENS = 5
#: window starts of each log (child processes: ``start_path``)
STARTS = 3
SEARCH_REPEATS = 3
#: insert and merge run this many times each, plain and encrypted in turn
REPEATS = 3
#: above this many records the insert through ``sqlcipher3`` without a key is left out
#: (a 100,000-record insert takes about a minute a time on the development machine)
REPEAT_UP_TO = 20_000
#: records per post installation in the merge (six installations)
MERGE_PER_POST = (200, 2_000)


def _demo(workdir: Path, records: int) -> Path:
    path = workdir / "enc-bench-plain.sqlite"
    desk = init_desk(path, hq=True, demo=True)
    try:
        generate_demo(desk, records=records, seed=1)
    finally:
        desk.close()
    return path


class Clock:
    """Wall and CPU seconds of a block (``with Clock() as c``)."""

    wall = cpu = 0.0

    def __enter__(self) -> Clock:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu


@contextlib.contextmanager
def _unkeyed() -> Iterator[None]:
    """New logs are opened through ``sqlcipher3`` with no key: a plain SQLite file
    written by the library the encrypted log uses (``cipher.connect`` with the key
    ``""``, as ``encryption.encrypt`` reads a plain file)."""
    real = cipher.new_spec
    cipher.new_spec = lambda passphrase: ""  # type: ignore[assignment]
    try:
        yield
    finally:
        cipher.new_spec = real  # type: ignore[assignment]


def _insert(path: Path, groups: list[tuple[Any, list[dict[str, Any]]]],
            passphrase: str | None) -> Clock:
    desk = init_desk(path, hq=True, demo=True, passphrase=passphrase)
    try:
        with Clock() as clock, transaction(desk.conn):
            for kind, items in groups:
                record_service.create_many(desk, kind, items, foreign_ok=True)
    finally:
        desk.close()
    return clock


def _inserts(workdir: Path, groups: list[tuple[Any, list[dict[str, Any]]]],
             repeats: int, unkeyed: bool) -> dict[str, list[Clock]]:
    runs: dict[str, list[Clock]] = {"plain": [], "encrypted": []}
    if unkeyed:
        runs["unkeyed"] = []
    for n in range(repeats):
        runs["plain"].append(_insert(workdir / f"enc-bench-insert-plain-{n}.sqlite",
                                     groups, None))
        runs["encrypted"].append(_insert(workdir / f"enc-bench-insert-enc-{n}.sqlite",
                                         groups, PASSPHRASE))
        if unkeyed:
            with _unkeyed():
                runs["unkeyed"].append(_insert(
                    workdir / f"enc-bench-insert-unkeyed-{n}.sqlite", groups, PASSPHRASE))
        cipher.forget_all()
    return runs


def _merges(workdir: Path, per_post: int, repeats: int
            ) -> tuple[int, dict[str, list[Clock]]]:
    """The six posts' packages merged into a fresh plain HQ log and a fresh encrypted
    one, each round: both HQ logs' key cards trusted by every post, so each package is
    encrypted for both (and decrypted by each in memory, as in the program)."""
    folder = workdir / "enc-bench-merge"
    folder.mkdir()
    installations = bench_merge._setup(folder, per_post)
    runs: dict[str, list[Clock]] = {"plain": [], "encrypted": []}
    for n in range(repeats):
        hqs = {label: init_desk(folder / f"hq-{label}-{n}.sqlite", hq=True,
                                passphrase=passphrase)
               for label, passphrase in (("plain", None), ("encrypted", PASSPHRASE))}
        try:
            for label, hq in hqs.items():
                bench_merge._trust_hq(installations, hq, folder / f"hq-{label}-{n}.odkey")
            packages = [p["path"] for p in bench_merge._build(installations,
                                                               folder / f"packages-{n}")]
            for label, hq in hqs.items():
                for path in packages:
                    trust_package_key(hq, path, by="benchmark")
                with Clock() as clock:
                    reports = merge_packages(hq, packages)
                refused = [r for r in reports if not r.ok]
                if refused:
                    raise RuntimeError(f"the merge refused {refused[0].file}: "
                                       f"{refused[0].reason}")
                runs[label].append(clock)
        finally:
            for hq in hqs.values():
                hq.close()
        cipher.forget_all()
    return sum(i["records"] for i in installations), runs


def _medians(runs: list[Clock]) -> dict[str, Any]:
    return {"wall_seconds": median([c.wall for c in runs]),
            "cpu_seconds": median([c.cpu for c in runs]),
            "wall_each": [round(c.wall, 3) for c in runs],
            "cpu_each": [round(c.cpu, 3) for c in runs]}


def _compared(runs: dict[str, list[Clock]]) -> dict[str, Any]:
    out: dict[str, Any] = {label: _medians(clocks) for label, clocks in runs.items()}
    for label in runs:
        if label != "plain":
            out[f"{label}_wall_ratio"] = ratio(out[label]["wall_seconds"],
                                               out["plain"]["wall_seconds"])
            out[f"{label}_cpu_ratio"] = ratio(out[label]["cpu_seconds"],
                                              out["plain"]["cpu_seconds"])
    return out


def _open_ms(path: Path, passphrase: str | None) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``open_desk`` and close."""
    clocks = []
    for _ in range(OPENS):
        cipher.forget_all()
        with Clock() as clock:
            open_desk(path, passphrase=passphrase).close()
        clocks.append(clock)
    return median([c.wall * 1000 for c in clocks]), median([c.cpu * 1000 for c in clocks])


def _floor_ms(path: Path, passphrase: str | None) -> tuple[float, float]:
    clocks = []
    for _ in range(OPENS):
        with Clock() as clock:
            if passphrase is None:
                conn = sqlite3.connect(path)
            else:
                from sqlcipher3 import dbapi2

                conn = dbapi2.connect(str(path))
                conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.close()
        clocks.append(clock)
    return median([c.wall * 1000 for c in clocks]), median([c.cpu * 1000 for c in clocks])


def _starts(plain: Path, encrypted: Path) -> dict[str, Any]:
    """The window's start (``start_path``: ``officer-desk gui DB`` in a child process,
    to the dashboard's content), the plain log and the encrypted one in turn, ``STARTS``
    times each; the encrypted log's passphrase is remembered in the keyring (the child's
    keyring is in memory: a bench has no keyring service)."""
    runs: dict[str, list[dict[str, Any]]] = {"plain": [], "encrypted": []}
    for _ in range(STARTS):
        runs["plain"].append(start_path.launch(plain, "dashboard"))
        runs["encrypted"].append(start_path.launch(encrypted, "dashboard",
                                                   passphrase=PASSPHRASE))

    def opening(r: dict[str, Any]) -> float:
        """From the window's modules imported to the log opened (keyring, key
        derivation and opening, for the encrypted log)."""
        m = r["moments_s"]
        return m["database opened"] - m["window modules imported"]

    out: dict[str, Any] = {}
    for label, reports in runs.items():
        out[label] = {"content_s": median([r["content_from_launch_s"] for r in reports]),
                      "cpu_s": median([r["cpu"]["process"] for r in reports]),
                      "opening_s": median([opening(r) for r in reports]),
                      "content_each": [round(r["content_from_launch_s"], 3) for r in reports],
                      "cpu_each": [round(r["cpu"]["process"], 3) for r in reports]}
    for key in ("content_s", "cpu_s", "opening_s"):
        out[f"added_{key[:-2]}_ms"] = (out["encrypted"][key] - out["plain"][key]) * 1000
    return out


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
    repeats = REPEATS
    insert = _compared(_inserts(workdir, groups, repeats, unkeyed=count <= REPEAT_UP_TO))
    merged_records, merge_runs = _merges(
        workdir, max(MERGE_PER_POST[0], min(MERGE_PER_POST[1], records // 10)), repeats)
    merge = _compared(merge_runs)
    search_plain = _search(plain, mix, None)
    search_encrypted = _search(encrypted, mix, PASSPHRASE)
    opened = {"plain": _open_ms(plain, None), "encrypted": _open_ms(encrypted, PASSPHRASE),
              "floor_plain": _floor_ms(plain, None),
              "floor_encrypted": _floor_ms(encrypted, PASSPHRASE)}
    cipher.forget_all()
    started = _starts(plain, encrypted)
    return {
        "records": count,
        "encrypt_seconds": converting.seconds,
        "repeats": repeats,
        "insert": insert,
        "insert_ratio": insert["encrypted_cpu_ratio"],
        "merge_records": merged_records,
        "merge": merge,
        "merge_ratio": merge["encrypted_cpu_ratio"],
        "search_plain_median_ms": search_plain["service_median_ms"],
        "search_encrypted_median_ms": search_encrypted["service_median_ms"],
        "search_plain_worst_ms": search_plain["service_worst_ms"],
        "search_encrypted_worst_ms": search_encrypted["service_worst_ms"],
        "search_ratio": ratio(search_encrypted["service_median_ms"],
                              search_plain["service_median_ms"]),
        "queries": len(mix),
        "open_ms": opened,
        "open_added_ms": opened["encrypted"][0] - opened["plain"][0],
        "open_added_cpu_ms": opened["encrypted"][1] - opened["plain"][1],
        "start": started,
        "target_ratio": TARGET_RATIO,
        "target_open_ms": TARGET_OPEN_MS,
        "peak_rss_mb": peak_rss_mb(),
    }


def show(r: dict[str, Any], number: int) -> None:
    section(f"{number}. An encrypted case log (SQLCipher) beside a plain one, "
            f"{num(r['records'])} records")

    def verdict(ok: bool) -> str:
        return "yes" if ok else "NO"

    def timed(label: str, c: dict[str, Any], other: str = "encrypted") -> list[list[str]]:
        rows = []
        for what, key in (("CPU", "cpu"), ("wall", "wall")):
            rows.append([f"{label}, {what}", f"{c['plain'][f'{key}_seconds']:.2f} s",
                         f"{c[other][f'{key}_seconds']:.2f} s",
                         times(c[f"{other}_{key}_ratio"]),
                         verdict(c[f"{other}_{key}_ratio"] <= r["target_ratio"])])
        return rows

    table([f"job (median of {r['repeats']}; CPU: this process)", "plain", "encrypted",
           "ratio", f"within {r['target_ratio']}x"], [
        *timed(f"insert {num(r['records'])} (create_many, 1 transaction)", r["insert"]),
        *timed(f"HQ merge of 6 packages, {num(r['merge_records'])} records", r["merge"]),
        [f"search, median of {r['queries']} queries",
         f"{r['search_plain_median_ms']:.2f} ms", f"{r['search_encrypted_median_ms']:.2f} ms",
         times(r["search_ratio"]), verdict(r["search_ratio"] <= r["target_ratio"])],
        ["search, worst query", f"{r['search_plain_worst_ms']:.2f} ms",
         f"{r['search_encrypted_worst_ms']:.2f} ms",
         times(ratio(r["search_encrypted_worst_ms"], r["search_plain_worst_ms"])), ""],
    ], right=(1, 2, 3))
    o = r["open_ms"]
    target = r["target_open_ms"]
    table([f"open (median of {OPENS})", "plain", "encrypted", "added", "target"], [
        ["open_desk (key derived each time), wall", f"{o['plain'][0]:.1f} ms",
         f"{o['encrypted'][0]:.1f} ms", f"{r['open_added_ms']:.1f} ms",
         f"<= {target:.0f} ms -> {verdict(r['open_added_ms'] <= target)}"],
        ["open_desk, CPU of this process", f"{o['plain'][1]:.1f} ms",
         f"{o['encrypted'][1]:.1f} ms", f"{r['open_added_cpu_ms']:.1f} ms",
         f"<= {target:.0f} ms -> {verdict(r['open_added_cpu_ms'] <= target)}"],
        ["floor: bare sqlite3 / sqlcipher3 + PRAGMA key, wall", f"{o['floor_plain'][0]:.1f} ms",
         f"{o['floor_encrypted'][0]:.1f} ms",
         f"{o['floor_encrypted'][0] - o['floor_plain'][0]:.1f} ms", ""],
        ["floor, CPU", f"{o['floor_plain'][1]:.1f} ms", f"{o['floor_encrypted'][1]:.1f} ms",
         f"{o['floor_encrypted'][1] - o['floor_plain'][1]:.1f} ms", ""],
    ], right=(1, 2, 3))
    st = r["start"]
    table([f"window start, to the dashboard's content (median of {STARTS})", "plain",
           "encrypted", "added", "target"], [
        ["from the launch, wall", f"{st['plain']['content_s'] * 1000:.0f} ms",
         f"{st['encrypted']['content_s'] * 1000:.0f} ms",
         f"{st['added_content_ms']:.0f} ms",
         f"<= {target:.0f} ms -> {verdict(st['added_content_ms'] <= target)}"],
        ["CPU of the process", f"{st['plain']['cpu_s'] * 1000:.0f} ms",
         f"{st['encrypted']['cpu_s'] * 1000:.0f} ms", f"{st['added_cpu_ms']:.0f} ms",
         f"<= {target:.0f} ms -> {verdict(st['added_cpu_ms'] <= target)}"],
        ["opening the log (keyring, key, open), wall",
         f"{st['plain']['opening_s'] * 1000:.0f} ms",
         f"{st['encrypted']['opening_s'] * 1000:.0f} ms", f"{st['added_opening_ms']:.0f} ms",
         ""],
    ], right=(1, 2, 3))
    u = r["insert"]
    if "unkeyed" in u:
        table(["insert: where the cost is", "plain sqlite3", "sqlcipher3, no key", "ratio"], [
            [f"CPU, median of {r['repeats']}", f"{u['plain']['cpu_seconds']:.2f} s",
             f"{u['unkeyed']['cpu_seconds']:.2f} s", times(u["unkeyed_cpu_ratio"])],
            ["wall", f"{u['plain']['wall_seconds']:.2f} s",
             f"{u['unkeyed']['wall_seconds']:.2f} s", times(u["unkeyed_wall_ratio"])],
        ], right=(1, 2, 3))
    each = [(f"{job} {label} (CPU s, each run)", ", ".join(f"{v:.2f}" for v in
                                                         r[job][label]["cpu_each"]))
            for job in ("insert", "merge") for label in r[job] if isinstance(
                r[job][label], dict)]
    fields([*each, ("encrypting the plain demo log (encrypt, checks included)",
                    f"{r['encrypt_seconds']:.2f} s")])
