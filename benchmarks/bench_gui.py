"""The window on a large database: first painted table, search as you type, peak memory.

Each start is a fresh process (``python -m benchmarks.bench_gui --child ...``), timed
from just before it is launched until its table has been painted with rows in it:

* **bare**: a bare PySide6 window (``QMainWindow`` holding a ``QTableWidget`` of a few
  rows) — what any Qt program pays for starting Python and Qt;
* **window**: what ``gui.app.run`` does for ``officer-desk gui DB`` (without the
  command-line layer before it) — the Korean font, the database opened, ``MainWindow``
  built and shown on the Disputes list (the page it was closed on) — until that list's
  table is painted with rows.

The ratio window / bare is the figure with a target (≤ 2×). Then, in the window's
process, a word is typed into the Disputes search box one character at a time; each
keystroke is timed from the text change until the list shows that text's results
(the query's rows are in the model and the table has been painted). The typing pause
the page waits for before it queries (``SEARCH_PAUSE_MS``, so that fast typing does not
start a query per key) is set to 0 here: the figure is the work a keystroke causes.
The window's process reports its peak RSS (``VmHWM`` on Linux) at the end (target
< 300 MiB).
The processes share the clock ``time.monotonic`` (CLOCK_MONOTONIC on Linux).

The package's bytecode is compiled before the starts are timed, as it is after the
program's first start (or by an installer): PySide6's own modules come compiled, and an
environment with ``PYTHONDONTWRITEBYTECODE`` set would otherwise have every start of
the window compile a hundred modules from source.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.report import emit, fields, ratio, section, table, times
from benchmarks.working_copy import working_copy

TARGET_START_RATIO = 2.0
TARGET_KEYSTROKE_MS = 100.0
TARGET_PEAK_MB = 300.0
STARTS = 7
QUICK_STARTS = 2
TIMEOUT_S = 120
ROOT = Path(__file__).resolve().parent.parent


# -- the parent: launching and reading the children --------------------------------------


def _launch(args: list[str]) -> dict[str, Any]:
    """Run a child; its last stdout line is its JSON report (time from launch added)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_gui", "--child", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench_gui child {args[0]} failed ({done.returncode}):\n"
                           f"{done.stderr[-2000:]}")
    report = json.loads(lines[-1])
    report["from_launch_s"] = report["first_paint_at"] - started
    return report


def search_words(db: Path) -> list[str]:
    """Words to type: the start of a Korean company name and an English word, both from
    the data (so that each keystroke finds something)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        korean = conn.execute(
            "SELECT name_ko FROM companies WHERE deleted = 0 AND name_ko IS NOT NULL "
            "ORDER BY rowid LIMIT 1").fetchone()
        english = conn.execute(
            "SELECT title_en FROM disputes WHERE deleted = 0 AND title_en IS NOT NULL "
            "ORDER BY rowid LIMIT 1").fetchone()
    finally:
        conn.close()
    words = []
    if korean:
        name = korean[0].replace("(주)", "").replace("㈜", "").strip()
        words.append(name.split()[0][:5] if name else "특허")
    if english:
        long = [w.strip(".,()") for w in english[0].split() if len(w.strip(".,()")) >= 6]
        words.append((long or ["Licensing"])[0][:8])
    return words or ["특허", "patent"]


def compile_bytecode() -> None:
    """Compile the package's modules to bytecode (``__pycache__``, as a first start
    would)."""
    import compileall

    compileall.compile_dir(ROOT / "officer_desk", quiet=1)


def run(db: Path, *, starts: int = STARTS) -> dict[str, Any]:
    """The launches, on a copy of ``db`` (``working_copy``: ``db`` stays as it is)."""
    compile_bytecode()
    bare: list[dict[str, Any]] = []
    window: list[dict[str, Any]] = []
    with working_copy(db) as copy:
        words = search_words(copy)
        for _ in range(starts):  # taken in turn, so that a busier moment slows both alike
            bare.append(_launch(["bare"]))
            window.append(_launch(["window", str(copy), *words]))
    bare_s = statistics.median(r["from_launch_s"] for r in bare)
    window_s = statistics.median(r["from_launch_s"] for r in window)
    last = window[-1]
    keystrokes = last["keystrokes"]
    worst = max((k["ms"] for k in keystrokes), default=float("nan"))
    return {
        "database": str(db),
        "records": last["records"],
        "starts": starts,
        "bare_first_paint_s": bare_s,
        "window_first_paint_s": window_s,
        "start_ratio": ratio(window_s, bare_s),
        "bare_runs_s": [r["from_launch_s"] for r in bare],
        "window_runs_s": [r["from_launch_s"] for r in window],
        "window_phases_s": last["phases"],
        "first_rows": last["rows"],
        "words": words,
        "keystrokes": keystrokes,
        "keystroke_median_ms": statistics.median(k["ms"] for k in keystrokes)
        if keystrokes else float("nan"),
        "keystroke_worst_ms": worst,
        "bare_peak_rss_mb": max(r["peak_rss_mb"] for r in bare),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in window),
    }


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def show(r: dict[str, Any], number: int = 5) -> None:
    section(f"{number}. The window: first painted table, search as you type "
            f"({r['records']:,} records)")
    fields([
        ("bare PySide6 window, launch to first paint",
         f"{r['bare_first_paint_s'] * 1000:.0f} ms (median of {r['starts']})"),
        ("Officer Desk on the Disputes list, launch to first painted rows",
         f"{r['window_first_paint_s'] * 1000:.0f} ms (median of {r['starts']}; "
         f"{r['first_rows']:,} rows read)"),
        ("ratio (target ≤ 2×)",
         f"{times(r['start_ratio'])}  {_verdict(r['start_ratio'] <= TARGET_START_RATIO)}"),
        ("inside the window's process", ", ".join(
            f"{k} {v * 1000:.0f} ms" for k, v in r["window_phases_s"].items())),
        ("peak RSS: window (target < 300 MiB)",
         f"{r['peak_rss_mb']:.0f} MiB  {_verdict(r['peak_rss_mb'] < TARGET_PEAK_MB)}"),
        ("peak RSS: bare window", f"{r['bare_peak_rss_mb']:.0f} MiB"),
    ])
    emit()
    emit("  Search as you type on the Disputes list (typing pause set to 0; each "
         "keystroke until its")
    emit("  results are painted; target ≤ 100 ms):")
    table(["typed", "shown", "of", "ms"],
          [[k["text"], f"{k['rows']:,}", f"{k['total']:,}", f"{k['ms']:.1f}"]
           for k in r["keystrokes"]], right=(1, 2, 3))
    fields([
        ("median keystroke", f"{r['keystroke_median_ms']:.1f} ms"),
        ("worst keystroke", f"{r['keystroke_worst_ms']:.1f} ms  "
                            f"{_verdict(r['keystroke_worst_ms'] <= TARGET_KEYSTROKE_MS)}"),
    ])


# -- the children ----------------------------------------------------------------------


def _peak_rss_mb() -> float:
    """This process's peak RSS: Linux's ``VmHWM`` (``ru_maxrss`` of a child started by a
    big parent carries the parent's peak over the exec), else ``ru_maxrss``."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _paint_watcher(widget: Any, on_paint: Any) -> Any:
    """An event filter calling ``on_paint()`` after each paint of ``widget``."""
    from PySide6.QtCore import QEvent, QObject

    class Watcher(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if watched is widget and event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                handled = widget.event(event)  # paint now, then look
                widget.installEventFilter(self)
                on_paint()
                return handled
            return False

    watcher = Watcher()
    widget.installEventFilter(watcher)
    return watcher


def cpu_times() -> dict[str, float]:
    """The CPU time (s) the process and its main thread have used: what the start
    costs, less sensitive than the clock to what else the machine runs."""
    return {"process": time.process_time(), "main_thread": time.thread_time()}


def _child_bare() -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table_ = QTableWidget(20, 5)
    for row in range(20):
        for column in range(5):
            table_.setItem(row, column, QTableWidgetItem(f"{row}.{column}"))
    window.setCentralWidget(table_)
    window.resize(1280, 800)
    report: dict[str, Any] = {}

    def painted() -> None:
        if "first_paint_at" not in report:
            report["first_paint_at"] = time.monotonic()
            report["cpu"] = cpu_times()
            QTimer.singleShot(0, app.quit)

    _watch = _paint_watcher(table_.viewport(), painted)
    window.show()
    app.exec()
    report["peak_rss_mb"] = _peak_rss_mb()
    del _watch
    return report


def _child_window(db: str, words: list[str]) -> dict[str, Any]:
    phases: dict[str, float] = {}
    t0 = time.monotonic()
    # in the order the program imports them (``officer-desk gui`` reaches PySide6
    # through ``officer_desk.gui``, which imports the services first)
    # isort: off
    from officer_desk.gui import list_page
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
    window = MainWindow(desk, "ko", settings=_left_on_disputes())
    page = window.lists["disputes"]
    phases["build window"] = time.monotonic() - t2
    report: dict[str, Any] = {"records": sum(
        desk.conn.execute(f"SELECT count(*) FROM {k}").fetchone()[0]
        for k in ("companies", "disputes", "engagements", "trend_notes", "conferences",
                  "agenda_items", "action_items", "follow_ups", "attachments"))}
    state: dict[str, Any] = {"painted_with_rows": False}

    def loading() -> bool:
        return bool(getattr(page.model, "loading", False))

    def painted() -> None:
        if page.model.rowCount() > 0 and not loading():
            state["painted_with_rows"] = True
            if "first_paint_at" not in report:
                report["first_paint_at"] = time.monotonic()

    watch = _paint_watcher(page.table.viewport(), painted)
    t3 = time.monotonic()
    window.show()
    _wait(app, lambda: "first_paint_at" in report, 60)
    phases["show to painted rows"] = report["first_paint_at"] - t3
    report["rows"] = page.model.rowCount()
    report["phases"] = phases

    # search as you type: no typing pause; each prefix until its rows are painted
    page._pause.setInterval(0)
    page.search.setFocus()
    keystrokes = []
    for word in words:
        page.search.clear()
        _wait(app, lambda: not loading() and page.model.query.text is None, 30)
        for n in range(1, len(word) + 1):
            text = word[:n]
            state["painted_with_rows"] = False
            start = time.monotonic()
            page.search.setText(text)

            def shown(text: str = text) -> bool:
                if loading() or (page.model.query.text or "") != text.strip():
                    return False
                if page.model.rowCount() == 0:
                    return True  # nothing found: nothing to paint
                return state["painted_with_rows"]

            _wait(app, shown, 30)
            keystrokes.append({"text": text, "ms": (time.monotonic() - start) * 1000,
                               "rows": page.model.rowCount(), "total": page.model.total})
    report["keystrokes"] = keystrokes
    report["pause_ms_in_the_app"] = list_page.SEARCH_PAUSE_MS
    report["peak_rss_mb"] = _peak_rss_mb()
    del watch
    window.close()
    window.deleteLater()
    app.processEvents()
    desk.close()
    return report


def _left_on_disputes() -> Any:
    """Window settings of an officer who closed the window on the Disputes list (the
    window opens on the page last shown, and builds no other)."""
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="bench-gui-")
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("main/page", "list_disputes")
    return settings


def _wait(app: Any, condition: Any, seconds: float) -> None:
    """Run the event loop until ``condition()``.

    Through a ``QEventLoop``'s own ``processEvents``: PySide6 6.12's static
    ``QCoreApplication.processEvents`` drops a reference to ``None`` on every call, and a
    few thousand calls end the interpreter ("none_dealloc").
    """
    from PySide6.QtCore import QEventLoop

    pump = QEventLoop()
    end = time.monotonic() + seconds
    while not condition():
        pump.processEvents()
        time.sleep(0.0002)  # let the worker thread have the interpreter
        if time.monotonic() > end:
            raise SystemExit("the window did not show the results within "
                             f"{seconds:.0f} s")


def _child_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_gui --child")
    parser.add_argument("what", choices=["bare", "window"])
    parser.add_argument("db", nargs="?")
    parser.add_argument("words", nargs="*")
    args = parser.parse_args(argv)
    report = _child_bare() if args.what == "bare" else _child_window(args.db, args.words)
    print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    """``--child bare|window DB WORDS…`` (run by ``run``), or ``DB`` to bench it alone."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return _child_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_gui")
    parser.add_argument("db", type=Path, help="a database (e.g. a kept benchmark's demo)")
    parser.add_argument("--starts", type=int, default=STARTS)
    args = parser.parse_args(argv)
    show(run(args.db, starts=args.starts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
