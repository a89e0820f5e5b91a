"""``python -m benchmarks [--records N | --quick] [--json PATH] [--keep]`` (``make bench``).

Prints a plain-text report; figures are compared with their targets but never make the
run fail. Everything is written in a temporary folder, removed at the end unless
``--keep`` is given.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_RECORDS = 100_000
QUICK_RECORDS = 10_000


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    size = p.add_mutually_exclusive_group()
    size.add_argument("--records", type=int, default=None, metavar="N",
                      help=f"records to generate (default {DEFAULT_RECORDS:,})")
    size.add_argument("--quick", action="store_true",
                      help=f"a quick run with {QUICK_RECORDS:,} records")
    p.add_argument("--repeats", type=int, default=None, metavar="R",
                   help="timed runs per search query (default 7)")
    p.add_argument("--json", type=Path, default=None, metavar="PATH",
                   help="also write the figures as JSON to PATH")
    p.add_argument("--keep", action="store_true",
                   help="keep the temporary folder with the databases (its path is printed)")
    args = p.parse_args(argv)
    if args.records is None:
        args.records = QUICK_RECORDS if args.quick else DEFAULT_RECORDS
    if args.records < 1:
        p.error("--records must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="officer-desk-bench-"))
    # Data and config folders (machine id) of the benchmark stay inside the work folder.
    os.environ["OFFICER_DESK_HOME"] = str(workdir / "home")
    try:
        figures = _run(args, workdir)
    finally:
        if args.keep:
            print(f"[bench] databases kept in {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False, default=str)
                             + "\n", encoding="utf-8")
        print(f"[bench] figures written to {args.json}", file=sys.stderr)
    return 0


def _run(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    from benchmarks import bench_demo, bench_insert, bench_plan, bench_search
    from benchmarks.report import emit, fields, peak_rss_mb, progress, section, table
    from officer_desk.services.desk import open_desk

    started = time.perf_counter()
    emit(f"Officer Desk benchmarks: {args.records:,} records")
    emit("=" * 40)
    fields([
        ("Python", f"{platform.python_version()} ({sys.executable})"),
        ("SQLite", sqlite3.sqlite_version),
        ("machine", f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"),
        ("work folder", f"{workdir}{' (kept)' if args.keep else ' (removed at the end)'}"),
    ], indent=0)
    memory: list[tuple[str, float]] = [("start", peak_rss_mb())]
    figures: dict[str, Any] = {"records": args.records, "sqlite": sqlite3.sqlite_version,
                               "python": platform.python_version()}

    with progress(f"1/4 generating {args.records:,} demo records"):
        demo = bench_demo.run(workdir, args.records)
    bench_demo.show(demo)
    memory.append(("1. demo generation", demo["peak_rss_mb"]))
    figures["demo"] = demo

    with progress("2/4 bulk insert: read back, services, raw"):
        insert = bench_insert.run(workdir, Path(demo["path"]), demo["total"])
    bench_insert.show(insert)
    memory.append(("2. bulk insert: read back", insert["peak_rss_mb_after_read_back"]))
    memory.append(("2. bulk insert: services", insert["peak_rss_mb_after_services"]))
    memory.append(("2. bulk insert: raw", insert["peak_rss_mb"]))
    figures["insert"] = insert

    desk = open_desk(Path(demo["path"]))
    try:
        mix = bench_search.build_mix(desk.conn)
        with progress(f"3/4 search latency, {len(mix)} queries"):
            search = bench_search.run(desk, mix, **(
                {"repeats": args.repeats} if args.repeats else {}))
        bench_search.show(search)
        memory.append(("3. search latency", search["peak_rss_mb"]))
        figures["search"] = search

        with progress("4/4 query plans"):
            medians = {q["query"]: q["service_median_ms"] for q in search["queries"]}
            plan = bench_plan.run(desk, mix, medians)
        bench_plan.show(plan)
        memory.append(("4. query plans", plan["peak_rss_mb"]))
        figures["plan"] = plan
    finally:
        desk.close()

    section("5. Memory: peak RSS of this process after each stage")
    table(["after", "peak RSS (MiB)"], [[label, f"{mb:.0f}"] for label, mb in memory],
          right=(1,))
    figures["memory_mb"] = dict(memory)
    elapsed = time.perf_counter() - started
    figures["total_seconds"] = elapsed
    emit()
    emit(f"Total benchmark time: {elapsed:.1f} s")
    return figures


if __name__ == "__main__":
    raise SystemExit(main())
