"""The welcome screen: launch to its first paint, beside a bare PySide6 window.

What an officer waits for when the case log opened last is gone (the first start
opens the demo database instead, a start measured by the list and dashboard benches):
``gui.app.run`` with no database — the Korean font, the session, the welcome screen
saying the file was not found — until its buttons have been painted. The floor is
``bench_gui``'s bare window (a ``QMainWindow`` with a small ``QTableWidget``: what any
Qt program pays for starting Python and Qt), launched in turn with it. Each start is a
fresh process with a config folder of its own, whose settings name a case log that is
not there.

    python -m benchmarks.bench_welcome [--starts N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import bench_gui
from benchmarks.report import emit, fields, ratio, section, times

TARGET_START_RATIO = 2.0
ROOT = Path(__file__).resolve().parent.parent


def _launch_welcome() -> dict[str, Any]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bench-welcome-") as home:
        env["OFFICER_DESK_HOME"] = home
        _remember_a_gone_case_log(home)
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_welcome", "--child"],
            cwd=ROOT, env=env, capture_output=True, text=True,
            timeout=bench_gui.TIMEOUT_S, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench_welcome child failed ({done.returncode}):\n"
                           f"{done.stderr[-2000:]}")
    report = json.loads(lines[-1])
    report["from_launch_s"] = report["first_paint_at"] - started
    return report


def _remember_a_gone_case_log(home: str) -> None:
    """Settings in ``home`` naming the case log opened last, which has been moved."""
    from officer_desk import settings

    before = os.environ.get("OFFICER_DESK_HOME")
    os.environ["OFFICER_DESK_HOME"] = home
    try:
        settings.save(settings.Settings(database=str(Path(home) / "moved.sqlite")))
    finally:
        if before is None:
            del os.environ["OFFICER_DESK_HOME"]
        else:
            os.environ["OFFICER_DESK_HOME"] = before


def run(*, starts: int = bench_gui.STARTS) -> dict[str, Any]:
    bench_gui.compile_bytecode()
    bare: list[dict[str, Any]] = []
    welcome: list[dict[str, Any]] = []
    for _ in range(starts):  # in turn, so that a busier moment slows both alike
        bare.append(bench_gui._launch(["bare"]))
        welcome.append(_launch_welcome())
    bare_s = statistics.median(r["from_launch_s"] for r in bare)
    welcome_s = statistics.median(r["from_launch_s"] for r in welcome)
    return {
        "starts": starts,
        "bare_first_paint_s": bare_s,
        "welcome_first_paint_s": welcome_s,
        "start_ratio": ratio(welcome_s, bare_s),
        "bare_runs_s": [r["from_launch_s"] for r in bare],
        "welcome_runs_s": [r["from_launch_s"] for r in welcome],
        "welcome_phases_s": welcome[-1]["phases"],
        "peak_rss_mb": max(r["peak_rss_mb"] for r in welcome),
    }


def show(r: dict[str, Any], number: int = 5) -> None:
    section(f"{number}b. The welcome screen (no case log open): launch to first paint")
    ok = r["start_ratio"] <= TARGET_START_RATIO
    fields([
        ("bare PySide6 window, launch to first paint",
         f"{r['bare_first_paint_s'] * 1000:.0f} ms (median of {r['starts']})"),
        ("Officer Desk's welcome screen, launch to first paint",
         f"{r['welcome_first_paint_s'] * 1000:.0f} ms (median of {r['starts']})"),
        ("ratio (target ≤ 2×)", f"{times(r['start_ratio'])}  {'ok' if ok else 'MISSED'}"),
        ("inside the welcome's process", ", ".join(
            f"{k} {v * 1000:.0f} ms" for k, v in r["welcome_phases_s"].items())),
        ("peak RSS: welcome screen", f"{r['peak_rss_mb']:.0f} MiB"),
    ])


# -- the child ----------------------------------------------------------------------------


def _child_welcome() -> dict[str, Any]:
    phases: dict[str, float] = {}
    t0 = time.monotonic()
    # in the order the program imports them (the services before PySide6)
    # isort: off
    from officer_desk.gui.app import application, use_korean_font
    from officer_desk.gui.session import Session
    from officer_desk.gui.texts import use_language
    from PySide6.QtCore import QTimer
    # isort: on

    phases["imports"] = time.monotonic() - t0
    t1 = time.monotonic()
    app = application()
    use_language("ko")
    use_korean_font(app)
    phases["Qt application and Korean font"] = time.monotonic() - t1
    t2 = time.monotonic()
    session = Session("ko")
    session.start()  # the case log opened last is gone: the welcome screen
    window = session.window
    assert window is not None and type(window).__name__ == "WelcomeWindow"
    phases["build and show"] = time.monotonic() - t2
    report: dict[str, Any] = {}

    def painted() -> None:
        if "first_paint_at" not in report:
            report["first_paint_at"] = time.monotonic()
            QTimer.singleShot(0, app.quit)

    watch = bench_gui._paint_watcher(window.new_button, painted)  # type: ignore[attr-defined]
    t3 = time.monotonic()
    if "first_paint_at" not in report:
        app.exec()
    phases["to first paint"] = report["first_paint_at"] - t3
    report["phases"] = phases
    report["peak_rss_mb"] = bench_gui._peak_rss_mb()
    del watch
    session.close()
    return report


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        print(json.dumps(_child_welcome()), flush=True)
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_welcome")
    parser.add_argument("--starts", type=int, default=bench_gui.STARTS)
    args = parser.parse_args(argv)
    show(run(starts=args.starts))
    emit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
