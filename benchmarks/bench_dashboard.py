"""The dashboard on a large database: launch to its first paint, beside a bare window.

What an officer waits for when the window opens on the dashboard (the page it opens on
the first time): ``officer-desk gui DB`` as launched, the command line included
(``start_path``), timed from just before the process is launched until the
dashboard's frame (its figure tiles) is painted, and until it is painted with its
figures, charts and deadlines — the figure with the target (≤ 2× the floor). The floor
is ``bench_gui``'s bare window (a ``QMainWindow`` with a small ``QTableWidget``, no
project code), launched in turn with it. The window's process reports its peak RSS.

The 100,000-record demo database takes about a minute to make: run alone, this bench
keeps it in a cache folder (``$XDG_CACHE_HOME/officer-desk-bench``, else
``~/.cache/officer-desk-bench``) and uses it again next time. No bench opens the cached
file itself: each works on a copy (``working_copy``), so the cache stays what it was
built as.

    python -m benchmarks.bench_dashboard [--records N] [--starts N] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path
from typing import Any

from benchmarks import bench_gui, start_path
from benchmarks.report import emit, fields, ratio, section, times
from benchmarks.working_copy import working_copy

TARGET_START_RATIO = 2.0
DEFAULT_RECORDS = 100_000


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "officer-desk-bench"


def cached_demo(records: int, seed: int = 1) -> Path:
    """The demo database of ``records`` records, made once and kept in the cache (made
    under a temporary name and renamed when complete: ``create_demo_database``)."""
    from officer_desk.services.demo import GENERATION
    from officer_desk.services.demo_database import create_demo_database
    from officer_desk.storage.migrations import LATEST

    # made again when the generator or the schema changes (an older file would be
    # migrated, in place, by the first start timed on it)
    path = cache_folder() / f"demo-{records}-seed{seed}-g{GENERATION}-s{LATEST}.sqlite"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"[bench] making the {records:,}-record demo database in {path} "
          "(once; kept for later runs)", file=sys.stderr)
    create_demo_database(path, records=records, seed=seed)
    return path


def run(db: Path, *, starts: int = bench_gui.STARTS) -> dict[str, Any]:
    """The launches, on a copy of ``db`` (``working_copy``: ``db`` stays as it is)."""
    bench_gui.compile_bytecode()
    bare: list[dict[str, Any]] = []
    board: list[dict[str, Any]] = []
    with working_copy(db) as copy:
        records = _records(copy)  # a reader too leaves files beside a WAL database
        bench_gui._launch(["bare"])  # not timed, as the window's first start is not
        with start_path.officers_computer(copy, "dashboard") as home:
            for _ in range(starts):  # in turn, so that a busier moment slows both alike
                bare.append(bench_gui._launch(["bare"]))
                board.append(start_path.launch(copy, "dashboard", home=home))
    bare_s = statistics.median(r["from_launch_s"] for r in bare)
    frame_s = statistics.median(r["frame_from_launch_s"] for r in board)
    figures_s = statistics.median(r["content_from_launch_s"] for r in board)
    moments = {name: statistics.median(r["moments_s"][name] for r in board)
               for name in board[-1]["moments_s"]}
    return {
        "database": str(db),
        "records": records,
        "starts": starts,
        "bare_first_paint_s": bare_s,
        "dashboard_first_paint_s": frame_s,
        "dashboard_figures_painted_s": figures_s,
        "start_ratio": ratio(frame_s, bare_s),
        "figures_ratio": ratio(figures_s, bare_s),
        "bare_runs_s": [r["from_launch_s"] for r in bare],
        "dashboard_runs_s": [r["frame_from_launch_s"] for r in board],
        "figures_runs_s": [r["content_from_launch_s"] for r in board],
        "dashboard_phases_s": start_path.phases(
            {**moments, "frame painted": frame_s, "figures painted": figures_s}),
        "deadline_count_text": board[-1]["content"],
        "peak_rss_mb": max(r["peak_rss_mb"] for r in board),
        "bare_peak_rss_mb": max(r["peak_rss_mb"] for r in bare),
    }


def _records(db: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return sum(conn.execute(f"SELECT count(*) FROM {k}").fetchone()[0] for k in (
            "companies", "disputes", "engagements", "trend_notes", "conferences",
            "agenda_items", "action_items", "follow_ups", "attachments"))
    finally:
        conn.close()


def show(r: dict[str, Any], number: int = 5) -> None:
    section(f"{number}c. The window on the dashboard: launch to first paint "
            f"({r['records']:,} records)")
    fields([
        ("bare PySide6 window, launch to first paint (the floor)",
         f"{r['bare_first_paint_s'] * 1000:.0f} ms (median of {r['starts']})"),
        ("officer-desk gui DB on the dashboard, launch to its frame painted",
         f"{r['dashboard_first_paint_s'] * 1000:.0f} ms "
         f"({times(r['start_ratio'])} the floor)"),
        ("… launch to its figures, charts and deadlines painted (target ≤ 2×)",
         f"{r['dashboard_figures_painted_s'] * 1000:.0f} ms  "
         f"{times(r['figures_ratio'])}  "
         f"{'ok' if r['figures_ratio'] <= TARGET_START_RATIO else 'MISSED'}"),
        ("medians of each step from the launch", ", ".join(
            f"{k} {v * 1000:.0f} ms" for k, v in r["dashboard_phases_s"].items())),
        ("the deadline table says", r["deadline_count_text"]),
        ("peak RSS: window on the dashboard (target < 300 MiB)",
         f"{r['peak_rss_mb']:.0f} MiB  "
         f"{'ok' if r['peak_rss_mb'] < bench_gui.TARGET_PEAK_MB else 'MISSED'}"),
        ("peak RSS: bare window", f"{r['bare_peak_rss_mb']:.0f} MiB"),
    ])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_dashboard")
    parser.add_argument("--records", type=int, default=DEFAULT_RECORDS,
                        help="records of the (cached) demo database")
    parser.add_argument("--db", type=Path, default=None,
                        help="a database to use instead of the cached demo")
    parser.add_argument("--starts", type=int, default=bench_gui.STARTS)
    args = parser.parse_args(argv)
    db = args.db or cached_demo(args.records)
    show(run(db, starts=args.starts))
    emit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
