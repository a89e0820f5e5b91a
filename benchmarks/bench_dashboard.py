"""The dashboard on a large database: launch to its first paint, beside a bare window.

What an officer waits for when the window opens on the dashboard (the page it opens on
the first time): ``gui.app.run``'s work without the command-line layer — the Korean
font, the database opened, ``MainWindow`` built and shown on the dashboard — timed from
just before the process is launched until the dashboard's frame (its figure tiles) has
been painted. The figures are read in the worker thread meanwhile; the time until they
are painted too is reported beside it. The floor is ``bench_gui``'s bare window (a
``QMainWindow`` with a small ``QTableWidget``), launched in turn with it. The window's
process reports its peak RSS.

The 100,000-record demo database takes about a minute to make: run alone, this bench
keeps it in a cache folder (``$XDG_CACHE_HOME/officer-desk-bench``, else
``~/.cache/officer-desk-bench``) and uses it again next time.

    python -m benchmarks.bench_dashboard [--records N] [--starts N] [--db PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import bench_gui
from benchmarks.report import emit, fields, ratio, section, times

TARGET_START_RATIO = 2.0
DEFAULT_RECORDS = 100_000


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "officer-desk-bench"


def cached_demo(records: int, seed: int = 1) -> Path:
    """The demo database of ``records`` records, made once and kept in the cache."""
    path = cache_folder() / f"demo-{records}-seed{seed}.sqlite"
    if path.exists():
        return path
    from officer_desk.services.demo import generate_demo
    from officer_desk.services.desk import init_desk

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.stem + ".partial.sqlite")
    for stale in path.parent.glob(partial.name + "*"):
        stale.unlink()
    print(f"[bench] making the {records:,}-record demo database in {path} "
          "(once; kept for later runs)", file=sys.stderr)
    desk = init_desk(partial, hq=True, demo=True)
    try:
        generate_demo(desk, records=records, seed=seed)
        desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        desk.close()
    partial.rename(path)
    return path


def _launch_dashboard(db: Path) -> dict[str, Any]:
    """One start of the window on the dashboard, in a child process."""
    import json
    import subprocess
    import tempfile

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as home:
        env["OFFICER_DESK_HOME"] = home
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_dashboard", "--child", str(db)],
            cwd=bench_gui.ROOT, env=env, capture_output=True, text=True,
            timeout=bench_gui.TIMEOUT_S, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench_dashboard child failed ({done.returncode}):\n"
                           f"{done.stderr[-2000:]}")
    report = json.loads(lines[-1])
    report["from_launch_s"] = report["first_paint_at"] - started
    report["figures_from_launch_s"] = report["figures_at"] - started
    return report


def run(db: Path, *, starts: int = bench_gui.STARTS) -> dict[str, Any]:
    bench_gui.compile_bytecode()
    bare: list[dict[str, Any]] = []
    board: list[dict[str, Any]] = []
    for _ in range(starts):  # in turn, so that a busier moment slows both alike
        bare.append(bench_gui._launch(["bare"]))
        board.append(_launch_dashboard(db))
    bare_s = statistics.median(r["from_launch_s"] for r in bare)
    board_s = statistics.median(r["from_launch_s"] for r in board)
    figures_s = statistics.median(r["figures_from_launch_s"] for r in board)
    return {
        "database": str(db),
        "records": board[-1]["records"],
        "starts": starts,
        "bare_first_paint_s": bare_s,
        "dashboard_first_paint_s": board_s,
        "dashboard_figures_painted_s": figures_s,
        "start_ratio": ratio(board_s, bare_s),
        "figures_ratio": ratio(figures_s, bare_s),
        "bare_runs_s": [r["from_launch_s"] for r in bare],
        "dashboard_runs_s": [r["from_launch_s"] for r in board],
        "dashboard_phases_s": board[-1]["phases"],
        "deadline_count_text": board[-1]["count_text"],
        "peak_rss_mb": max(r["peak_rss_mb"] for r in board),
        "bare_peak_rss_mb": max(r["peak_rss_mb"] for r in bare),
    }


def show(r: dict[str, Any], number: int = 5) -> None:
    section(f"{number}c. The window on the dashboard: launch to first paint "
            f"({r['records']:,} records)")
    ok = r["start_ratio"] <= TARGET_START_RATIO
    fields([
        ("bare PySide6 window, launch to first paint",
         f"{r['bare_first_paint_s'] * 1000:.0f} ms (median of {r['starts']})"),
        ("Officer Desk on the dashboard, launch to first paint",
         f"{r['dashboard_first_paint_s'] * 1000:.0f} ms (median of {r['starts']})"),
        ("ratio (target ≤ 2×)", f"{times(r['start_ratio'])}  {'ok' if ok else 'MISSED'}"),
        ("… until its figures, charts and deadlines are painted",
         f"{r['dashboard_figures_painted_s'] * 1000:.0f} ms "
         f"({times(r['figures_ratio'])} the bare window)"),
        ("inside the window's process", ", ".join(
            f"{k} {v * 1000:.0f} ms" for k, v in r["dashboard_phases_s"].items())),
        ("the deadline table says", r["deadline_count_text"]),
        ("peak RSS: window on the dashboard (target < 300 MiB)",
         f"{r['peak_rss_mb']:.0f} MiB  "
         f"{'ok' if r['peak_rss_mb'] < bench_gui.TARGET_PEAK_MB else 'MISSED'}"),
        ("peak RSS: bare window", f"{r['bare_peak_rss_mb']:.0f} MiB"),
    ])


# -- the child ----------------------------------------------------------------------------


def _child_dashboard(db: str) -> dict[str, Any]:
    phases: dict[str, float] = {}
    t0 = time.monotonic()
    # in the order the program imports them (the services before PySide6)
    # isort: off
    from officer_desk.gui.app import use_korean_font
    from officer_desk.gui.main_window import MainWindow
    from officer_desk.gui.texts import use_language
    from officer_desk.services.desk import open_desk
    from PySide6.QtWidgets import QApplication
    # isort: on

    phases["imports"] = time.monotonic() - t0
    t_app = time.monotonic()
    app = QApplication(sys.argv[:1])
    use_language("ko")
    use_korean_font(app)
    phases["Qt application and Korean font"] = time.monotonic() - t_app
    t1 = time.monotonic()
    desk = open_desk(Path(db))
    phases["open database"] = time.monotonic() - t1
    t2 = time.monotonic()
    window = MainWindow(desk, "ko", settings=_left_on("dashboard"))
    board = window.dashboard
    phases["build window"] = time.monotonic() - t2
    report: dict[str, Any] = {"records": sum(
        desk.conn.execute(f"SELECT count(*) FROM {k}").fetchone()[0]
        for k in ("companies", "disputes", "engagements", "trend_notes", "conferences",
                  "agenda_items", "action_items", "follow_ups", "attachments"))}
    tile = board.tiles["open"]

    def painted() -> None:
        now = time.monotonic()
        report.setdefault("first_paint_at", now)
        if board.data is not None and "figures_at" not in report:
            report["figures_at"] = now

    watch = bench_gui._paint_watcher(tile, painted)
    t3 = time.monotonic()
    window.show()
    bench_gui._wait(app, lambda: "first_paint_at" in report, 60)
    phases["show to first paint"] = report["first_paint_at"] - t3
    bench_gui._wait(app, lambda: "figures_at" in report, 60)
    phases["show to figures painted"] = report["figures_at"] - t3
    report["count_text"] = board.deadline_box.count.text()
    report["phases"] = phases
    report["today"] = dt.date.today().isoformat()
    report["peak_rss_mb"] = bench_gui._peak_rss_mb()
    del watch
    window.close()
    window.deleteLater()
    desk.close()
    return report


def _left_on(page: str) -> Any:
    """Window settings of an officer who closed the window on ``page``."""
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="bench-dashboard-")
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("main/page", page)
    return settings


def main(argv: list[str] | None = None) -> int:
    import json

    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        print(json.dumps(_child_dashboard(argv[1]), ensure_ascii=False), flush=True)
        return 0
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
