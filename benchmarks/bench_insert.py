"""Stage 2: adding the demo's records with ``add all``, beside plain SQLite.

Services side: the demo database's live records of every user kind are read back
as an export (``transfer.export_json``, what ``officer-desk export`` writes) and added
to a fresh HQ demo database with ``transfer.add_json(desk, text, "all")``: what
``officer-desk add DB all --json FILE`` does, JSON parsing, checks, one transaction.

Floor (``write_floor``): plain SQLite with its own DDL and SQL-only trigram triggers,
the rows the services wrote (``SELECT *`` from the services database) written with one
``executemany`` per table in one transaction. The record tables and history of both
databases are then compared, and the searchable text of every record.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from benchmarks import write_floor
from benchmarks.report import (
    Stopwatch,
    fields,
    num,
    peak_rss_mb,
    per_second,
    ratio,
    section,
    table,
)
from officer_desk.domain.errors import ValidationError
from officer_desk.domain.kinds import KINDS
from officer_desk.services import transfer
from officer_desk.services.desk import init_desk, open_desk

TARGET_RATIO = write_floor.TARGET


def _digest(conn: sqlite3.Connection, sql: str) -> str:
    h = hashlib.sha256()
    for row in conn.execute(sql):
        h.update(repr(row).encode())
    return h.hexdigest()


def _same_contents(a_path: Path, b_path: Path) -> dict[str, bool]:
    """Whether both databases hold the same rows (the floor wrote what services wrote)."""
    checks = {
        "record tables": [f"SELECT * FROM {k.name} ORDER BY rowid" for k in KINDS],
        "record_index": ["SELECT rowid, id, kind FROM record_index ORDER BY rowid"],
        "searchable text": ["SELECT ri.id, s.text FROM search_index AS s JOIN record_index "
                            "AS ri ON ri.rowid = s.rowid ORDER BY ri.id"],
        "history": ["SELECT * FROM history ORDER BY seq"],
        "clock": ["SELECT value FROM meta WHERE key = 'clock'"],
    }
    a, b = sqlite3.connect(a_path), sqlite3.connect(b_path)
    try:
        return {
            name: all(_digest(a, sql) == _digest(b, sql) for sql in sqls)
            for name, sqls in checks.items()
        }
    finally:
        a.close()
        b.close()


def _add_all(desk: Any, text: str) -> Any:
    try:
        return transfer.add_json(desk, text, "all")
    except ValidationError as e:
        shown = "; ".join(x.en for x in e.errors[:5])
        raise RuntimeError(
            f"the demo's records could not be added back with add all "
            f"({len(e.errors)} problems, first: {shown})"
        ) from None


def run(workdir: Path, demo_path: Path, generated: int | None = None) -> dict[str, Any]:
    desk = open_desk(demo_path)
    try:
        with Stopwatch() as read:
            export = transfer.export_json(desk)
    finally:
        desk.close()
    counts = [(k.name, len(export["kinds"].get(k.name, []))) for k in KINDS
              if export["kinds"].get(k.name)]
    items = sum(n for _, n in counts)
    text = json.dumps(export, ensure_ascii=False)
    del export
    rss_read = peak_rss_mb()

    path = workdir / "services.sqlite"
    desk = init_desk(path, hq=True, demo=True)
    try:
        with Stopwatch() as sw:
            _add_all(desk, text)
    finally:
        desk.close()
    del text
    rss_services = peak_rss_mb()
    floor_path = workdir / "add-floor.sqlite"
    floor = write_floor.write(path, floor_path)
    same = _same_contents(path, floor_path)
    floor_path.unlink()
    floor["bulk"] = write_floor.write(path, floor_path, "bulk")
    floor_path.unlink()
    return {
        "read_back_seconds": read.seconds,
        "records": items,
        "generated": generated,
        "per_kind": counts,
        "services_seconds": sw.seconds,
        "services_cpu_seconds": sw.cpu_seconds,
        "services_records_per_second": per_second(items, sw.seconds),
        "raw_seconds": floor["seconds"],
        "raw_records": floor["records"],
        "raw_history_rows": floor["history_rows"],
        "raw_records_per_second": floor["records_per_second"],
        "ratio": ratio(sw.seconds, floor["seconds"]),
        "target_ratio": TARGET_RATIO,
        "identical": same,
        "sizes": write_floor.sizes(path),
        "floor_sizes": floor["sizes"],
        "floor": floor,
        "peak_rss_mb_after_read_back": rss_read,
        "peak_rss_mb_after_services": rss_services,
        "peak_rss_mb": peak_rss_mb(),
    }


def show(r: dict[str, Any]) -> None:
    section(f"2. add all: the same {num(r['records'])} records added again, beside the floors")
    if r["generated"] is not None and r["generated"] != r["records"]:
        fields([("records read back", f"{num(r['records'])} live of {num(r['generated'])} "
                 "generated (export_json leaves deleted records out)")])
    fields([
        ("read back (transfer.export_json)", f"{r['read_back_seconds']:.2f} s"
         f"  ({num(per_second(r['records'], r['read_back_seconds']))} records/s)"),
    ])
    table(
        ["path", "records", "seconds", "records/s"],
        [
            ["add all: transfer.add_json, 1 transaction", num(r["records"]),
             f"{r['services_seconds']:.2f}", num(r["services_records_per_second"])],
            ["floor: plain SQLite, executemany, 1 transaction", num(r["raw_records"]),
             f"{r['raw_seconds']:.2f}", num(r["raw_records_per_second"])],
        ],
        right=(1, 2, 3),
    )
    fields([
        *write_floor.floor_lines("add all", r["services_seconds"], r["records"], r["floor"]),
        ("floor also wrote", f"{num(r['raw_history_rows'])} history rows, the clock; "
         "SQL triggers wrote record_index and the trigram index (no short index)"),
        ("floor database = add's database", ", ".join(
            f"{k} {'yes' if v else 'NO'}" for k, v in r["identical"].items())),
    ])
    fields([("records per kind", ", ".join(f"{k} {num(n)}" for k, n in r["per_kind"]))])
    write_floor.show_sizes(r["sizes"], r["floor_sizes"])
    fields([
        ("peak RSS after read back", f"{r['peak_rss_mb_after_read_back']:.0f} MiB"),
        ("peak RSS after add all", f"{r['peak_rss_mb_after_services']:.0f} MiB"),
        ("peak RSS after the floor", f"{r['peak_rss_mb']:.0f} MiB"),
    ])
