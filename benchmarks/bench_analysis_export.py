"""The analysis database (``export --format sqlite``) beside a plain copy of the rows.

On the demo database of stage 1 (100,000 records by default):

* floor: bare ``sqlite3`` (no project code, no sqlite-utils) reads the live rows of each
  record table — the columns the analysis writes from, no sync columns, no file
  contents — and inserts them into a new file's tables of the same columns, one
  transaction; the same rows the export starts from, copied as they are;
* export: ``services.analysis_export.write_analysis`` — labels beside codes, names of
  linked records, exporters, counterparties, the views, full-text search (sqlite-utils).

Issue 17's target: the export at most 3x the floor. Each runs ``RUNS`` times; the best
time is shown (the machine is shared).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from benchmarks.report import fields, peak_rss_mb, ratio, section, table, times

RUNS = 2
TARGET = 3.0
#: The record tables an officer logs (the export's kinds), and what the floor leaves out
#: as the export does: sync columns and attachments' contents.
TABLES = ("companies", "disputes", "engagements", "trend_notes", "conferences",
          "agenda_items", "action_items", "follow_ups", "attachments")
LEFT_OUT = {"version", "origin", "field_versions", "seen", "deleted", "changed", "content"}


def plain_copy(source: Path, target: Path) -> int:
    """The floor: the live rows of every record table into a new file with bare sqlite3.
    Returns the number of rows copied."""
    target.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA journal_mode = OFF")
    dst.execute("PRAGMA synchronous = OFF")
    copied = 0
    try:
        with dst:
            for name in TABLES:
                cols = [r[1] for r in src.execute(f"PRAGMA table_info({name})")
                        if r[1] not in LEFT_OUT]
                dst.execute(f"CREATE TABLE {name} ({', '.join(cols)})")
                rows = src.execute(f"SELECT {', '.join(cols)} FROM {name} WHERE deleted = 0")
                marks = ", ".join("?" for _ in cols)
                before = dst.total_changes
                dst.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
                copied += dst.total_changes - before
    finally:
        src.close()
        dst.close()
    return copied


def _best(step: Any) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = step()
        best = min(best, time.perf_counter() - start)
    return best, result


def run(workdir: Path, db: Path) -> dict[str, Any]:
    from officer_desk.services.analysis_export import write_analysis
    from officer_desk.services.desk import open_desk

    folder = workdir / "analysis-bench"
    folder.mkdir(exist_ok=True)
    copy_s, copied = _best(lambda: plain_copy(db, folder / "plain.sqlite"))
    out = folder / "analysis.sqlite"
    desk = open_desk(db, readonly=True)
    try:
        export_s, result = _best(lambda: write_analysis(desk, out))
    finally:
        desk.close()
    return {
        "database": str(db), "rows_copied": copied, "copy_seconds": copy_s,
        "export_seconds": export_s, "export_rows": sum(result.tables.values()),
        "record_rows": sum(n for t, n in result.tables.items() if t in TABLES),
        "tables": len(result.tables), "views": len(result.views),
        "plain_mib": (folder / "plain.sqlite").stat().st_size / (1 << 20),
        "export_mib": out.stat().st_size / (1 << 20),
        "ratio": ratio(export_s, copy_s), "target": TARGET, "runs": RUNS,
        "peak_rss_mb": peak_rss_mb(),
    }


def show(r: dict[str, Any], number: int = 1) -> None:
    section(f"{number}. The analysis database beside a plain sqlite3 copy of the rows")
    fields([
        ("database", r["database"]),
        ("floor", "bare sqlite3: the live rows of the record tables, sync columns and "
                  "file contents left out, into a new file (no project code)"),
        ("export", "services.analysis_export.write_analysis (sqlite-utils): labels, "
                   "links, exporters, views, full-text search"),
        ("times", f"best of {r['runs']} runs"),
    ])
    table(["step", "seconds", "rows", "MiB", "/ floor", "target"], [
        ["plain sqlite3 copy (floor)", f"{r['copy_seconds']:.2f}", f"{r['rows_copied']:,}",
         f"{r['plain_mib']:.1f}", "1.0x", ""],
        ["analysis export", f"{r['export_seconds']:.2f}",
         f"{r['export_rows']:,} ({r['record_rows']:,} records)", f"{r['export_mib']:.1f}",
         times(r["ratio"]), f"<= {r['target']:.0f}x "
         f"{'met' if r['ratio'] <= r['target'] else 'NOT met'}"],
    ], right=(1, 2, 3, 4))
    fields([("tables and views", f"{r['tables']} tables, {r['views']} views")])
