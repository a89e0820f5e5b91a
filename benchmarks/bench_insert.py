"""Stage 2: bulk insert of the demo records through the services, next to raw SQLite.

Services side: the demo database's live records of every user kind are read back
as export dicts (``transfer.export_json``, i.e. ``Record.to_json()``), then added to a
fresh HQ demo database with ``records.create_many(..., foreign_ok=True)`` per kind, in
dependency order, all in one transaction (what ``transfer.add_json`` does, without
the JSON parsing).

Raw side: a fresh database with the same schema (``open_database(create=True)``: the
same triggers keep ``record_index`` and ``search_index``), then the exact rows the
services wrote (``SELECT *`` from the services database) written table by table with
``executemany`` in one transaction: the user-kind tables, their history rows and the
Lamport clock. The reference tables (posts, vocabularies) and their history are
written first, untimed, as ``init_desk`` wrote them untimed on the services side.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from benchmarks.report import (
    Stopwatch,
    fields,
    num,
    peak_rss_mb,
    per_second,
    ratio,
    section,
    table,
    times,
)
from officer_desk.domain.errors import ValidationError
from officer_desk.domain.kinds import KINDS, USER_KINDS
from officer_desk.services import records as record_service
from officer_desk.services import transfer
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage.connection import open_database, transaction

REFERENCE_TABLES = tuple(k.name for k in KINDS if k.reference)
USER_TABLES = tuple(k.name for k in USER_KINDS)
TARGET_RATIO = 3.0


def _read_back(demo_path: Path) -> tuple[list[tuple[Any, list[dict[str, Any]]]], float]:
    desk = open_desk(demo_path)
    try:
        with Stopwatch() as sw:
            export = transfer.export_json(desk)
    finally:
        desk.close()
    groups = [(k, export["kinds"][k.name]) for k in KINDS if k.name in export["kinds"]]
    return groups, sw.seconds


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()
          ) -> tuple[list[str], list[tuple[Any, ...]]]:
    cur = conn.execute(sql, params)
    return [d[0] for d in cur.description], cur.fetchall()


def _insert_sql(table_name: str, cols: list[str]) -> str:
    verb = "INSERT OR REPLACE" if table_name == "meta" else "INSERT"
    return (f"{verb} INTO {table_name} ({', '.join(cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})")


def _history(conn: sqlite3.Connection, tables: tuple[str, ...]
             ) -> tuple[list[str], list[tuple[Any, ...]]]:
    marks = ", ".join("?" for _ in tables)
    return _rows(conn, f"SELECT * FROM history WHERE kind IN ({marks}) ORDER BY seq", tables)


def _raw_insert(source: sqlite3.Connection, path: Path) -> dict[str, Any]:
    conn = open_database(path, create=True)
    try:
        # Untimed set-up: what init_desk wrote on the services side before the timing.
        conn.execute("BEGIN IMMEDIATE")
        for name in REFERENCE_TABLES:
            cols, rows = _rows(source, f"SELECT * FROM {name} ORDER BY rowid")
            conn.executemany(_insert_sql(name, cols), rows)
        cols, rows = _history(source, REFERENCE_TABLES)
        conn.executemany(_insert_sql("history", cols), rows)
        cols, rows = _rows(source, "SELECT * FROM meta WHERE key != 'clock'")
        conn.executemany(_insert_sql("meta", cols), rows)
        conn.execute("COMMIT")

        # The rows to write, loaded before the clock starts.
        data = [(name, *_rows(source, f"SELECT * FROM {name} ORDER BY rowid"))
                for name in USER_TABLES]
        data.append(("history", *_history(source, USER_TABLES)))
        data.append(("meta", *_rows(source, "SELECT * FROM meta WHERE key = 'clock'")))
        written = sum(len(rows) for name, _, rows in data if name in USER_TABLES)
        history_rows = sum(len(rows) for name, _, rows in data if name == "history")

        with Stopwatch() as sw:
            conn.execute("BEGIN IMMEDIATE")
            for name, cols, rows in data:
                conn.executemany(_insert_sql(name, cols), rows)
            conn.execute("COMMIT")
        del data
        same = _same_contents(source, conn)
    finally:
        conn.close()
    return {"seconds": sw.seconds, "records": written, "history_rows": history_rows,
            "identical": same}


def _digest(conn: sqlite3.Connection, sql: str) -> str:
    h = hashlib.sha256()
    for row in conn.execute(sql):
        h.update(repr(row).encode())
    return h.hexdigest()


def _same_contents(a: sqlite3.Connection, b: sqlite3.Connection) -> dict[str, bool]:
    """Whether both databases hold the same rows (the raw side wrote what services wrote)."""
    checks = {
        "record tables": [f"SELECT * FROM {k.name} ORDER BY rowid" for k in KINDS],
        "record_index": ["SELECT rowid, id, kind FROM record_index ORDER BY rowid"],
        "search_index": ["SELECT rowid, text FROM search_index ORDER BY rowid"],
        "history": ["SELECT * FROM history ORDER BY seq"],
        "clock": ["SELECT value FROM meta WHERE key = 'clock'"],
    }
    return {
        name: all(_digest(a, sql) == _digest(b, sql) for sql in sqls)
        for name, sqls in checks.items()
    }


def _create_many(desk: Any, kind: Any, items: list[dict[str, Any]]) -> None:
    try:
        record_service.create_many(desk, kind, items, foreign_ok=True)
    except ValidationError as e:
        shown = "; ".join(x.en for x in e.errors[:5])
        raise RuntimeError(
            f"the demo's {kind.name} could not be added back through the services "
            f"({len(e.errors)} problems, first: {shown})"
        ) from None


def run(workdir: Path, demo_path: Path, generated: int | None = None) -> dict[str, Any]:
    groups, read_seconds = _read_back(demo_path)
    items = sum(len(v) for _, v in groups)
    rss_read = peak_rss_mb()

    desk = init_desk(workdir / "services.sqlite", hq=True, demo=True)
    per_kind: list[tuple[str, int, float]] = []
    try:
        with Stopwatch() as sw, transaction(desk.conn):
            for kind, kind_items in groups:
                with Stopwatch() as one:
                    _create_many(desk, kind, kind_items)
                per_kind.append((kind.name, len(kind_items), one.seconds))
        del groups
        rss_services = peak_rss_mb()
        raw = _raw_insert(desk.conn, workdir / "raw.sqlite")
    finally:
        desk.close()
    return {
        "read_back_seconds": read_seconds,
        "records": items,
        "generated": generated,
        "services_seconds": sw.seconds,
        "services_per_kind": per_kind,
        "services_records_per_second": per_second(items, sw.seconds),
        "raw_seconds": raw["seconds"],
        "raw_records": raw["records"],
        "raw_history_rows": raw["history_rows"],
        "raw_records_per_second": per_second(raw["records"], raw["seconds"]),
        "ratio": ratio(sw.seconds, raw["seconds"]),
        "target_ratio": TARGET_RATIO,
        "identical": raw["identical"],
        "peak_rss_mb_after_read_back": rss_read,
        "peak_rss_mb_after_services": rss_services,
        "peak_rss_mb": peak_rss_mb(),
    }


def show(r: dict[str, Any]) -> None:
    section(f"2. Bulk insert of the same {num(r['records'])} records")
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
            ["services: records.create_many, 1 transaction", num(r["records"]),
             f"{r['services_seconds']:.2f}", num(r["services_records_per_second"])],
            ["raw sqlite3 executemany, 1 transaction", num(r["raw_records"]),
             f"{r['raw_seconds']:.2f}", num(r["raw_records_per_second"])],
        ],
        right=(1, 2, 3),
    )
    ok = "yes" if r["ratio"] <= r["target_ratio"] else "NO"
    fields([
        ("ratio services / raw", f"{times(r['ratio'])}   (target: within "
         f"{r['target_ratio']:.0f}x -> {ok})"),
        ("raw side also wrote", f"{num(r['raw_history_rows'])} history rows, the clock; "
         "triggers wrote record_index and both search indexes"),
        ("raw database = services database", ", ".join(
            f"{k} {'yes' if v else 'NO'}" for k, v in r["identical"].items())),
    ])
    emit_kinds = [[k, num(n), f"{s:.2f}", num(per_second(n, s))]
                  for k, n, s in r["services_per_kind"]]
    table(["services, per kind", "records", "seconds", "records/s"], emit_kinds,
          right=(1, 2, 3), indent=4)
    fields([
        ("peak RSS after read back", f"{r['peak_rss_mb_after_read_back']:.0f} MiB"),
        ("peak RSS after services insert", f"{r['peak_rss_mb_after_services']:.0f} MiB"),
        ("peak RSS after raw insert", f"{r['peak_rss_mb']:.0f} MiB"),
    ])
