"""The bundled application (``make bundle``): launch to first paint beside the source
checkout's, and its size on disk.

The same command is launched both ways, in turn, each start with a fresh home of its
own (a first start): ``officer-desk gui DB --screenshot PNG`` — the bundle's program,
and ``python -m officer_desk`` from the checkout. The program itself says when its
window was first painted (``gui.first_paint``, on the clock parent and child share),
then quits. The floor is ``bench_gui``'s bare PySide6 window from the checkout's Python.
Targets: the bundle's start at most 1.3 × the checkout's; at most 250 MiB unpacked.

Skipped, with a message, when there is no bundle in dist/ (``make bundle`` builds it).

    python -m benchmarks.bench_bundle [--starts N]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import bench_gui
from benchmarks.report import emit, fields, ratio, section, times

TARGET_START_RATIO = 1.3
TARGET_SIZE_MIB = 250.0
ROOT = Path(__file__).resolve().parent.parent
FOLDER = Path(os.environ.get("OFFICER_DESK_BUNDLE") or ROOT / "dist" / "officer-desk")
PROGRAM = FOLDER / ("officer-desk.exe" if sys.platform == "win32" else "officer-desk")
#: The first paint's moment in the line ``gui --screenshot`` prints, in either language
#: (``officer_desk.gui.first_paint.PAINTED``; not imported: it would load Qt here).
PAINTED = re.compile(r"\bmonotonic=(\d+(?:\.\d+)?)")


def size_on_disk(folder: Path) -> tuple[int, int]:
    """(bytes in the files, bytes the file system gives them); links not followed."""
    files = used = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            st = path.stat()
            files += st.st_size
            used += getattr(st, "st_blocks", 0) * 512 or st.st_size
    return files, used


def _launch(command: list[str], db: Path) -> float:
    """Seconds from launch to the window's first paint, said by the program itself."""
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as home:
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM") or "offscreen"
        env["OFFICER_DESK_HOME"] = str(Path(home) / "desk")  # a first start each time
        env["XDG_CONFIG_HOME"] = str(Path(home) / "config")  # Qt's window settings
        started = time.monotonic()
        done = subprocess.run(
            [*command, "gui", str(db), "--screenshot", str(Path(home) / "shot.png")],
            cwd=ROOT, env=env, capture_output=True, text=True,
            timeout=bench_gui.TIMEOUT_S, check=False)
    found = PAINTED.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"{command[0]} gui failed ({done.returncode}):\n"
                           f"{done.stdout[-1000:]}\n{done.stderr[-2000:]}")
    return float(found[1]) - started


def run(workdir: Path, *, starts: int = bench_gui.STARTS) -> dict[str, Any] | None:
    """The figures, or None when there is no bundle."""
    if not PROGRAM.is_file():
        return None
    bench_gui.compile_bytecode()
    db = workdir / "bundle-bench.sqlite"
    if not db.exists():
        subprocess.run([str(PROGRAM), "init", str(db), "--post", "US", "--officer", "김영희"],
                       env={**os.environ, "OFFICER_DESK_HOME": str(workdir / "init-home")},
                       capture_output=True, check=True, timeout=bench_gui.TIMEOUT_S)
    source = [sys.executable, "-m", "officer_desk"]
    bare: list[float] = []
    checkout: list[float] = []
    bundled: list[float] = []
    _launch([str(PROGRAM)], db)  # the first start reads the folder from disk: not timed
    for _ in range(starts):  # in turn, so that a busier moment slows all alike
        bare.append(bench_gui._launch(["bare"])["from_launch_s"])
        checkout.append(_launch(source, db))
        bundled.append(_launch([str(PROGRAM)], db))
    files, used = size_on_disk(FOLDER)
    bare_s, checkout_s, bundled_s = (statistics.median(x) for x in (bare, checkout, bundled))
    return {
        "starts": starts, "bundle": str(FOLDER),
        "bare_first_paint_s": bare_s, "checkout_first_paint_s": checkout_s,
        "bundle_first_paint_s": bundled_s,
        "bundle_to_checkout": ratio(bundled_s, checkout_s),
        "checkout_to_bare": ratio(checkout_s, bare_s), "bundle_to_bare": ratio(bundled_s, bare_s),
        "bare_runs_s": bare, "checkout_runs_s": checkout, "bundle_runs_s": bundled,
        "size_mib": files / 2**20, "size_on_disk_mib": used / 2**20,
    }


def show(r: dict[str, Any] | None, number: int | str = "") -> None:
    section(f"{number}{'. ' if number != '' else ''}The bundled application: launch to first "
            "paint, size on disk")
    if r is None:
        emit(f"  skipped: no bundle at {PROGRAM} (make bundle builds it)")
        return
    start_ok = r["bundle_to_checkout"] <= TARGET_START_RATIO
    size_ok = r["size_on_disk_mib"] <= TARGET_SIZE_MIB
    fields([
        ("bundle", r["bundle"]),
        ("floor: bare PySide6 window (checkout's Python)",
         f"{r['bare_first_paint_s'] * 1000:.0f} ms (median of {r['starts']})"),
        ("source checkout: officer-desk gui DB, to first paint",
         f"{r['checkout_first_paint_s'] * 1000:.0f} ms ({times(r['checkout_to_bare'])} the "
         "floor)"),
        ("bundle: officer-desk gui DB, to first paint",
         f"{r['bundle_first_paint_s'] * 1000:.0f} ms ({times(r['bundle_to_bare'])} the floor)"),
        ("bundle / checkout (target ≤ 1.3×)",
         f"{times(r['bundle_to_checkout'])}  {'ok' if start_ok else 'MISSED'}"),
        ("bundle size on disk (target ≤ 250 MiB)",
         f"{r['size_on_disk_mib']:.0f} MiB on disk, {r['size_mib']:.0f} MiB in files  "
         f"{'ok' if size_ok else 'MISSED'}"),
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_bundle")
    parser.add_argument("--starts", type=int, default=bench_gui.STARTS)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as work:
        show(run(Path(work), starts=args.starts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
