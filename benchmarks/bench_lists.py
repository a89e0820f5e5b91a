"""A list on a large database as an officer uses it: open, search typing, End, F5.

Each start is a fresh process, timed from just before it is launched until its first
paint: a bare PySide6 window (``bench_gui``'s floor: a ``QMainWindow`` with a
``QTableWidget``, never project code) and ``officer-desk gui DB`` as launched, the
command line included (``start_path``), left on the Disputes list: until the list's
table is painted, and until it is painted with rows (the figure with the target).
Then, in a window process of its own (built without the command line):

* **search with the real typing pause**: a word typed into the search box a key at a
  time, 150 ms between keys (an officer typing), with the page's own typing pause
  (``SEARCH_PAUSE_MS``); timed from the last keystroke until the results are painted;
* **End**: Ctrl+End in the table, until the table is painted with the last record
  chosen;
* **F5 after 20,000 rows read**: the list scrolled page by page until 20,000 rows are
  read, then F5; the figure with a target is the longest the GUI thread was held from
  the key until the new rows are painted (the key's own handling, and each event-loop
  turn after it), beside the time until the rows are read again and painted;
* the process's peak RSS (``VmHWM``).

``python -m benchmarks.bench_lists DB`` runs it alone on a kept benchmark database.
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

from benchmarks import start_path
from benchmarks.bench_gui import (
    ROOT,
    TIMEOUT_S,
    _launch,
    _left_on_disputes,
    _paint_watcher,
    _peak_rss_mb,
    _wait,
    compile_bytecode,
    search_words,
)
from benchmarks.report import emit, fields, ratio, section, table, times
from benchmarks.working_copy import working_copy

TARGET_START_RATIO = 2.0
TARGET_SEARCH_MS = 150.0
TARGET_END_MS = 300.0
TARGET_F5_MS = 100.0
TARGET_PEAK_MB = 300.0
STARTS = 5
KEY_GAP_S = 0.150  # between an officer's keystrokes
F5_ROWS = 20_000


def _launch_lists(db: Path, words: list[str]) -> dict[str, Any]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_lists", "--child", str(db), *words],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S * 3,
        check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench_lists child failed ({done.returncode}):\n"
                           f"{done.stderr[-2000:]}")
    report = json.loads(lines[-1])
    report["from_launch_s"] = report["first_paint_at"] - started
    return report


def run(db: Path, *, starts: int = STARTS) -> dict[str, Any]:
    """The launches, on a copy of ``db`` (``working_copy``: ``db`` stays as it is)."""
    compile_bytecode()
    bare: list[dict[str, Any]] = []
    window: list[dict[str, Any]] = []
    started: list[dict[str, Any]] = []
    with working_copy(db) as copy:
        words = search_words(copy)
        _launch(["bare"])  # not timed, as the window's first start is not
        with start_path.officers_computer(copy, "list_disputes") as home:
            for _ in range(starts):  # in turn, so that a busier moment slows each alike
                bare.append(_launch(["bare"]))
                started.append(start_path.launch(copy, "list_disputes", home=home))
                window.append(_launch_lists(copy, words))
    bare_s = statistics.median(r["from_launch_s"] for r in bare)
    frame_s = statistics.median(r["frame_from_launch_s"] for r in started)
    window_s = statistics.median(r["content_from_launch_s"] for r in started)
    searches = [s for r in window for s in r["searches"]]
    ends = [r["end_ms"] for r in window]
    f5_held = [r["f5"]["held_ms"] for r in window]
    return {
        "database": str(db), "starts": starts, "words": words,
        "bare_first_paint_s": bare_s, "window_frame_s": frame_s,
        "window_first_paint_s": window_s,
        "frame_ratio": ratio(frame_s, bare_s), "start_ratio": ratio(window_s, bare_s),
        "start_rows": started[-1]["content"],
        "searches": window[-1]["searches"],
        "search_median_ms": statistics.median(s["ms"] for s in searches),
        "search_worst_ms": max(s["ms"] for s in searches),
        "pause_ms": window[-1]["pause_ms"],
        "end_median_ms": statistics.median(ends), "end_worst_ms": max(ends),
        "end_rows": window[-1]["end_rows"],
        "f5": window[-1]["f5"],
        "f5_held_median_ms": statistics.median(f5_held),
        "f5_held_worst_ms": max(f5_held),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in window),
        "bare_peak_rss_mb": max(r["peak_rss_mb"] for r in bare),
    }


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def show(r: dict[str, Any], number: int = 5) -> None:
    section(f"{number}. A list on the database: open, search typing, End, F5")
    f5 = r["f5"]
    fields([
        ("bare PySide6 window, launch to first paint",
         f"{r['bare_first_paint_s'] * 1000:.0f} ms (median of {r['starts']})"),
        ("officer-desk gui DB on the Disputes list, launch to its table painted",
         f"{r['window_frame_s'] * 1000:.0f} ms ({times(r['frame_ratio'])} the floor)"),
        ("… launch to its first rows painted (target ≤ 2×)",
         f"{r['window_first_paint_s'] * 1000:.0f} ms (median of {r['starts']}; "
         f"{r['start_rows']})  {times(r['start_ratio'])}  "
         f"{_verdict(r['start_ratio'] <= TARGET_START_RATIO)}"),
        (f"search: last keystroke to results painted (keys {KEY_GAP_S * 1000:.0f} ms "
         f"apart, pause {r['pause_ms']} ms; target ≤ 150 ms)",
         f"median {r['search_median_ms']:.0f} ms, worst {r['search_worst_ms']:.0f} ms  "
         f"{_verdict(r['search_worst_ms'] <= TARGET_SEARCH_MS)}"),
        (f"Ctrl+End to the last of {r['end_rows']:,} rows painted (target ≤ 300 ms)",
         f"median {r['end_median_ms']:.0f} ms, worst {r['end_worst_ms']:.0f} ms  "
         f"{_verdict(r['end_worst_ms'] <= TARGET_END_MS)}"),
        (f"F5 after {f5['rows']:,} rows read: GUI thread held at most (target ≤ 100 ms)",
         f"median {r['f5_held_median_ms']:.0f} ms, worst {r['f5_held_worst_ms']:.0f} ms  "
         f"{_verdict(r['f5_held_worst_ms'] <= TARGET_F5_MS)}"),
        ("F5: the key's own handling; until read again and painted",
         f"{f5['key_ms']:.0f} ms; {f5['until_painted_ms']:.0f} ms"),
        ("peak RSS of the window (target ≤ 300 MiB)",
         f"{r['peak_rss_mb']:.0f} MiB  {_verdict(r['peak_rss_mb'] <= TARGET_PEAK_MB)}"),
        ("peak RSS of the bare window", f"{r['bare_peak_rss_mb']:.0f} MiB"),
    ])
    emit()
    table(["typed", "found", "ms"],
          [[s["text"], f"{s['total']:,}", f"{s['ms']:.0f}"] for s in r["searches"]],
          right=(1, 2))


# -- the child -----------------------------------------------------------------------------


class _Turns:
    """The longest gap between event-loop turns (a 0 ms timer) while it runs."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.monotonic()
        self.timer = QTimer(interval=0)
        self.timer.timeout.connect(self._turn)

    def _turn(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.monotonic()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._turn()
        return self.longest


def _child(db: str, words: list[str]) -> dict[str, Any]:
    t0 = time.monotonic()
    # isort: off
    from officer_desk.gui import list_page
    from officer_desk.gui.app import use_korean_font
    from officer_desk.gui.main_window import MainWindow
    from officer_desk.gui.texts import use_language
    from officer_desk.services.desk import open_desk
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    # isort: on

    app = QApplication(sys.argv[:1])
    use_language("ko")
    use_korean_font(app)
    desk = open_desk(Path(db))
    window = MainWindow(desk, "ko", settings=_left_on_disputes())
    window.resize(1280, 800)
    page = window.lists["disputes"]
    model, table_ = page.model, page.table
    report: dict[str, Any] = {"imports_s": time.monotonic() - t0}
    state = {"painted": 0}

    def painted() -> None:
        state["painted"] += 1
        if "first_paint_at" not in report and model.rowCount() and not model.loading:
            report["first_paint_at"] = time.monotonic()

    watch = _paint_watcher(table_.viewport(), painted)
    window.show()
    window.activateWindow()
    _wait(app, lambda: "first_paint_at" in report, 60)

    def painted_after(count: int) -> bool:
        return state["painted"] > count

    # -- search, typed with an officer's pauses between keys
    searches = []
    for word in words:
        page.search.setFocus()
        page.search.clear()
        _wait(app, lambda: not model.loading and not page._pause.isActive(), 30)
        for n, char in enumerate(word):
            if ord(char) < 0x100:
                QTest.keyClicks(page.search, char)
            else:  # as a Korean input method commits a syllable
                page.search.insert(char)
            if n < len(word) - 1:
                end = time.monotonic() + KEY_GAP_S
                _wait(app, lambda end=end: time.monotonic() >= end, 5)
        start, seen = time.monotonic(), state["painted"]

        def shown(seen: int = seen, word: str = word) -> bool:
            if model.loading or page._pause.isActive() or model.query.text != word:
                return False
            return model.total == 0 or painted_after(seen)

        _wait(app, shown, 30)
        searches.append({"text": word, "ms": (time.monotonic() - start) * 1000,
                         "total": model.total})
    report["searches"] = searches
    report["pause_ms"] = list_page.SEARCH_PAUSE_MS
    page.search.clear()
    _wait(app, lambda: not model.loading and not page._pause.isActive()
          and model.query.text is None, 30)

    # -- Ctrl+End, until the last row is painted, chosen
    table_.setFocus()
    table_.selectRow(0)
    _wait(app, lambda: True, 1)
    start, seen = time.monotonic(), state["painted"]
    QTest.keyClick(table_, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _wait(app, lambda: table_.currentIndex().row() == model.total - 1
          and painted_after(seen), 30)
    report["end_ms"] = (time.monotonic() - start) * 1000
    report["end_rows"] = model.total

    # -- F5 after 20,000 rows read (a fresh list, scrolled down page by page)
    model.set_query(wait=True)  # read again from the top: 200 rows reached
    while model.rowCount() < F5_ROWS and model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    table_.scrollToBottom()
    _wait(app, lambda: True, 1)
    turns = _Turns()
    refreshed: list[bool] = []
    model.refreshed.connect(lambda: refreshed.append(True))
    seen = state["painted"]
    turns.start()
    start = time.monotonic()
    QTest.keyClick(window, Qt.Key.Key_F5)
    key_ms = (time.monotonic() - start) * 1000
    _wait(app, lambda: bool(refreshed) and painted_after(seen), 30)
    until = (time.monotonic() - start) * 1000
    held = max(turns.stop() * 1000, key_ms)
    report["f5"] = {"rows": model.rowCount(), "key_ms": key_ms, "held_ms": held,
                    "until_painted_ms": until}
    report["peak_rss_mb"] = _peak_rss_mb()
    del watch
    window.close()
    desk.close()
    return report


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        print(json.dumps(_child(argv[1], argv[2:]), ensure_ascii=False), flush=True)
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_lists",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path, help="a database (e.g. a kept benchmark's demo)")
    parser.add_argument("--starts", type=int, default=STARTS)
    args = parser.parse_args(argv)
    show(run(args.db, starts=args.starts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
