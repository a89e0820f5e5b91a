"""Space far down the Follow-ups to-do on a large database, beside the bare library.

The to-do opens on every open deadline (16,491 on the 100,000-record demo database);
End reads them all, and Space on a row near the end marks it done. What is timed: from
the key to the list showing it (the deadline stored done, its row gone, the next one
chosen), on the GUI thread, with the window's refresh that follows (which reads
nothing when only this page changed the case log). Beside it: reading the loaded rows
again, as Space did before (it did so twice, ~0.7 s in all), and the floor, the bare
``sqlite3`` module doing the write alone (one row's ``done`` set in a table of as many
rows, committed, in the same file; no project code).

A copy of the database is written to (``working_copy``), never the database itself
(the cached demo, ``bench_dashboard.cached_demo``, stays what it was built as).

    python -m benchmarks.bench_todo [--records N] [--presses N] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_dashboard import DEFAULT_RECORDS, cached_demo
from benchmarks.report import emit, fields, ms, ratio, section
from benchmarks.working_copy import working_copy

#: Rows above the end where Space is pressed (far down the list, as QA did).
FROM_END = 300


def run(db: Path, *, presses: int = 7) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from officer_desk.gui.follow_ups_page import FollowUpsPage
    from officer_desk.services.desk import open_desk
    from officer_desk.services.todo import TodoQuery

    app = QApplication.instance() or QApplication([])
    with working_copy(db) as copy:
        desk = open_desk(copy)
        try:
            page = FollowUpsPage(desk, "ko")
            page.resize(1200, 700)
            page.show()
            page.show_query(TodoQuery(state="open"))
            page.go_to_end()
            app.processEvents()
            rows = page.model.rowCount()
            space: list[float] = []
            for n in range(presses):
                page.select_row(rows - FROM_END - n)
                app.processEvents()
                start = time.perf_counter()
                page.toggle_done()
                page.refresh()  # what the window does after the undo stack moves
                app.processEvents()
                space.append(time.perf_counter() - start)
            reread: list[float] = []
            for _ in range(3):
                start = time.perf_counter()
                page.model.reread(page.model.rowCount())
                app.processEvents()
                reread.append(time.perf_counter() - start)
            page.close()
        finally:
            desk.close()
        floor: list[float] = []
        conn = sqlite3.connect(copy)
        try:  # a table of its own: the record tables take writes through officer-desk
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("CREATE TABLE floor (id TEXT PRIMARY KEY, done INTEGER)")
            conn.executemany("INSERT INTO floor VALUES (?, 0)",
                             ((f"{n:036d}",) for n in range(rows)))
            conn.commit()
            for n in range(presses):
                start = time.perf_counter()
                conn.execute("UPDATE floor SET done = ? WHERE id = ?",
                             (1 - n % 2, f"{rows - FROM_END:036d}"))
                conn.commit()
                floor.append(time.perf_counter() - start)
        finally:
            conn.close()
    return {"rows": rows, "space_s": statistics.median(space),
            "reread_s": statistics.median(reread), "floor_s": statistics.median(floor)}


def report(result: dict[str, Any]) -> None:
    section(f"Follow-ups to-do: Space {FROM_END} rows above the end of "
            f"{result['rows']:,} open deadlines")
    fields([
        ("Space to the list shown (median)", ms(result["space_s"])),
        ("reading the loaded rows again (before: twice per Space)", ms(result["reread_s"])),
        ("floor: bare sqlite3 UPDATE of one row + commit", ms(result["floor_s"])),
        ("Space / floor", f"{ratio(result['space_s'], result['floor_s']):.1f}×"),
    ])


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--records", type=int, default=DEFAULT_RECORDS)
    p.add_argument("--presses", type=int, default=7)
    p.add_argument("--db", type=Path, default=None)
    args = p.parse_args(argv)
    db = args.db or cached_demo(args.records)
    report(run(db, presses=args.presses))
    emit()


if __name__ == "__main__":
    main()
