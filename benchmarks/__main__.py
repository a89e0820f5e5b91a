"""``python -m benchmarks [--records N | --quick] [--merge-records N]
[--skip-merge | --only merge|import|durability|backup|bundle|analysis|encrypted|calendar|
writes]
[--import-rows N] [--json PATH] [--keep]`` (``make bench``).

``--only writes`` runs the write paths alone (demo generation, ``add all``, the HQ merge,
the spreadsheet import), each beside its floor, and their summary.

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
DEFAULT_MERGE_RECORDS = 20_000  # per post package (stage 5, the HQ merge)
QUICK_MERGE_RECORDS = 2_000


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    size = p.add_mutually_exclusive_group()
    size.add_argument("--records", type=int, default=None, metavar="N",
                      help=f"records to generate (default {DEFAULT_RECORDS:,})")
    size.add_argument("--quick", action="store_true",
                      help=f"a quick run with {QUICK_RECORDS:,} records")
    p.add_argument("--merge-records", type=int, default=None, metavar="N",
                   help=f"records per post package in the merge stage (default "
                        f"{DEFAULT_MERGE_RECORDS:,}, {QUICK_MERGE_RECORDS:,} with --quick)")
    stages = p.add_mutually_exclusive_group()
    stages.add_argument("--skip-merge", action="store_true",
                        help="leave out the merge stage (6 post packages into an HQ database)")
    stages.add_argument("--only", choices=["merge", "import", "durability", "backup", "bundle",
                                           "analysis", "encrypted", "calendar", "writes"],
                        default=None,
                        help="run only this stage")
    p.add_argument("--import-rows", type=int, default=None, metavar="N",
                   help="rows of the spreadsheet import (default 50,000, 10,000 with --quick)")
    p.add_argument("--repeats", type=int, default=None, metavar="R",
                   help="timed runs per search query (default 7)")
    p.add_argument("--json", type=Path, default=None, metavar="PATH",
                   help="also write the figures as JSON to PATH")
    p.add_argument("--keep", action="store_true",
                   help="keep the temporary folder with the databases (its path is printed)")
    args = p.parse_args(argv)
    if args.records is None:
        args.records = QUICK_RECORDS if args.quick else DEFAULT_RECORDS
    if args.merge_records is None:
        args.merge_records = QUICK_MERGE_RECORDS if args.quick else DEFAULT_MERGE_RECORDS
    if args.records < 1 or args.merge_records < 1:
        p.error("--records and --merge-records must be at least 1")
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
    from benchmarks import (
        bench_analysis_export,
        bench_backup,
        bench_brief,
        bench_bundle,
        bench_calendar,
        bench_dashboard,
        bench_demo,
        bench_durability,
        bench_encrypted,
        bench_gui,
        bench_import,
        bench_insert,
        bench_lists,
        bench_merge,
        bench_pdf,
        bench_plan,
        bench_search,
        bench_todo,
        bench_welcome,
        bench_xlsx,
    )
    from benchmarks.report import emit, fields, peak_rss_mb, progress, section, table
    from officer_desk.services.desk import open_desk

    started = time.perf_counter()
    if args.only == "writes":
        return _run_writes(args, workdir, started)
    merge = args.only == "merge" or (args.only is None and not args.skip_merge)
    core = args.only is None  # stages 1-4: demo generation, bulk insert, search, plans
    sheets = core or args.only == "import"  # the spreadsheet import
    durable = core or args.only == "durability"  # synchronous FULL vs NORMAL
    saved = core or args.only == "backup"  # a backup beside a plain copy of the file
    analysed = core or args.only == "analysis"  # the analysis database beside a copy
    secret = core or args.only == "encrypted"  # an encrypted log beside a plain one
    kept = core or args.only == "calendar"  # the calendar file; the window keeping it
    # stages 1-4 core, 5 the window, 6 the merge, then the briefing pack PDF, XLSX, the
    # brief command end to end, and the spreadsheet import
    steps = (5 * core + merge + 3 * core + sheets + durable + saved + analysed + secret
             + kept)
    sizes = [f"{args.records:,} records"] * core + [
        f"merge of 6 x {args.merge_records:,}"] * merge + ["spreadsheet import"] * (
        sheets and not core) + ["durability"] * (durable and not core) + [
        f"backup of {args.records:,} demo records"] * (saved and not core) + [
        "the bundled application"] * (args.only == "bundle") + [
        f"analysis export of {args.records:,} demo records"] * (analysed and not core) + [
        f"encrypted log of {args.records:,} records"] * (secret and not core) + [
        f"calendar of {args.records:,} demo records"] * (kept and not core)
    emit(f"Officer Desk benchmarks: {', '.join(sizes)}")
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

    if core:
        with progress(f"1/{steps} generating {args.records:,} demo records"):
            demo = bench_demo.run(workdir, args.records)
        bench_demo.show(demo)
        memory.append(("1. demo generation", demo["peak_rss_mb"]))
        figures["demo"] = demo

        with progress(f"2/{steps} add all and its floor (plain SQLite)"):
            insert = bench_insert.run(workdir, Path(demo["path"]), demo["total"])
        bench_insert.show(insert)
        memory.append(("2. bulk insert: read back", insert["peak_rss_mb_after_read_back"]))
        memory.append(("2. add all", insert["peak_rss_mb_after_services"]))
        memory.append(("2. add all: floor", insert["peak_rss_mb"]))
        figures["insert"] = insert

        desk = open_desk(Path(demo["path"]))
        try:
            mix = bench_search.build_mix(desk.conn)
            with progress(f"3/{steps} search latency, {len(mix)} queries"):
                search = bench_search.run(desk, mix, **(
                    {"repeats": args.repeats} if args.repeats else {}))
            bench_search.show(search)
            memory.append(("3. search latency", search["peak_rss_mb"]))
            figures["search"] = search

            with progress(f"4/{steps} query plans"):
                medians = {q["query"]: q["service_median_ms"] for q in search["queries"]}
                plan = bench_plan.run(desk, mix, medians)
            bench_plan.show(plan)
            memory.append(("4. query plans", plan["peak_rss_mb"]))
            figures["plan"] = plan
        finally:
            desk.close()

        with progress(f"5/{steps} the window: first painted table, search as you type"):
            gui = bench_gui.run(Path(demo["path"]), starts=bench_gui.QUICK_STARTS
                                if args.quick else bench_gui.STARTS)
        bench_gui.show(gui, number=5)
        memory.append(("5. the window (in its own process)", gui["peak_rss_mb"]))
        figures["gui"] = gui
        with progress(f"5/{steps} a list: open, search typing, End, F5 after 20,000 rows"):
            lists = bench_lists.run(Path(demo["path"]), starts=bench_gui.QUICK_STARTS
                                    if args.quick else bench_lists.STARTS)
        bench_lists.show(lists, number=5)
        memory.append(("5. a list (in its own process)", lists["peak_rss_mb"]))
        figures["gui_lists"] = lists
        with progress(f"5/{steps} the welcome screen: launch to first paint"):
            welcome = bench_welcome.run(starts=bench_gui.QUICK_STARTS
                                        if args.quick else bench_gui.STARTS)
        bench_welcome.show(welcome, number=5)
        figures["gui_welcome"] = welcome
        with progress(f"5/{steps} the window on the dashboard: launch to first paint"):
            board = bench_dashboard.run(Path(demo["path"]), starts=bench_gui.QUICK_STARTS
                                        if args.quick else bench_gui.STARTS)
        bench_dashboard.show(board, number=5)
        memory.append(("5. the window on the dashboard (its own process)",
                       board["peak_rss_mb"]))
        figures["gui_dashboard"] = board
        with progress(f"5/{steps} the Follow-ups to-do: Space far down the list"):
            todo = bench_todo.run(Path(demo["path"]), presses=3 if args.quick else 7)
        bench_todo.report(todo)
        figures["gui_todo"] = todo

    if core or args.only == "bundle":
        with progress(f"{'5/' + str(steps) if core else '1/1'} the bundled application "
                      "(make bundle): launch to first paint beside the checkout's, size"):
            bundled = bench_bundle.run(workdir, starts=bench_gui.QUICK_STARTS
                                       if args.quick else bench_gui.STARTS)
        bench_bundle.show(bundled, number="5f" if core else 1)
        figures["bundle"] = bundled

    if merge:
        with progress(f"{6 if core else 1}/{steps} HQ merge of 6 post packages of "
                      f"{args.merge_records:,} records"):
            merged = bench_merge.run(workdir, args.merge_records)
        bench_merge.show(merged, number=6 if core else 1)
        memory.append((f"{6 if core else 1}. HQ merge", merged["peak_rss_mb"]))
        figures["merge"] = merged

    if core:
        pdf_no, xlsx_no, brief_no = (steps - sheets - durable - saved - analysed - secret - kept - n
                                     for n in (2, 1, 0))
        with progress(f"{pdf_no}/{steps} briefing pack PDF of {bench_pdf.DEFAULT_DISPUTES:,} "
                      f"disputes and a plain reportlab Table, {bench_pdf.REPEATS} runs each"):
            pdf = bench_pdf.run(workdir)
        bench_pdf.show(pdf, number=pdf_no)
        memory.append((f"{pdf_no}. briefing pack PDF", pdf["peak_rss_mb"]))
        figures["pdf"] = pdf

        with progress(f"{xlsx_no}/{steps} briefing pack XLSX of {args.records:,} records and "
                      f"plain openpyxl, {bench_xlsx.RUNS} runs each"):
            xlsx = bench_xlsx.run(workdir, args.records)
        bench_xlsx.show(xlsx, number=xlsx_no)
        memory.append((f"{xlsx_no}. briefing pack XLSX (in its own process)",
                       xlsx["peak_rss_mb"]))
        figures["xlsx"] = xlsx

        with progress(f"{brief_no}/{steps} the brief command end to end: the conference pack, "
                      "a whole-year pack and its stakeholder edition, beside plain reportlab "
                      "and openpyxl; the conference pack as HWPX beside its PDF"):
            brief = bench_brief.run(workdir, Path(demo["path"]))
        bench_brief.show(brief, number=brief_no)
        for name in (*bench_brief.LABELS, "hwpx"):
            memory.append((f"{brief_no}. brief command, {name} pack (its own process)",
                           brief[name]["pack"]["peak_mb"]))
        figures["brief"] = brief

    if sheets:
        number = steps - durable - saved - analysed - secret - kept
        rows = _import_rows(args)
        with progress(f"{number}/{steps} spreadsheet import of {rows:,} rows and plain "
                      "openpyxl read-only; refusing hostile workbooks"):
            imported = bench_import.run(workdir, rows)
        bench_import.show(imported, number=number)
        memory.append((f"{number}. spreadsheet import (in its own process)",
                       imported["import"]["peak_rss_mb"]))
        figures["import"] = imported

    if durable:
        number = steps - saved - analysed - secret - kept
        with progress(f"{number}/{steps} durability: one committed edit with synchronous "
                      "FULL and NORMAL, beside bare sqlite3"):
            durability = bench_durability.run(workdir)
        bench_durability.show(durability, number=number)
        memory.append((f"{number}. durability", durability["peak_rss_mb"]))
        figures["durability"] = durability

    if saved:
        if not core:
            with progress(f"generating {args.records:,} demo records for the backup"):
                demo = bench_demo.run(workdir, args.records)
        number = steps - analysed - secret - kept
        with progress(f"{number}/{steps} a backup beside a plain copy of the file"):
            saving = bench_backup.run(workdir, Path(demo["path"]))
        bench_backup.show(saving, number=number)
        memory.append((f"{number}. backup", saving["peak_rss_mb"]))
        figures["backup"] = saving

    if secret:
        number = steps - analysed - kept
        with progress(f"{number}/{steps} an encrypted log beside a plain one: "
                      "insert, search, open"):
            hidden = bench_encrypted.run(workdir, args.records)
        bench_encrypted.show(hidden, number=number)
        memory.append((f"{number}. encrypted log", hidden["peak_rss_mb"]))
        figures["encrypted"] = hidden

    if kept:
        if not (core or saved):
            with progress(f"generating {args.records:,} demo records for the calendar"):
                demo = bench_demo.run(workdir, args.records)
        number = steps - analysed
        with progress(f"{number}/{steps} the calendar file beside bare icalendar; the "
                      "window while it keeps the file up to date"):
            calendar = bench_calendar.run(workdir, Path(demo["path"]))
        bench_calendar.show(calendar, number=number)
        figures["calendar"] = calendar

    if analysed:
        if not (core or saved or kept):
            with progress(f"generating {args.records:,} demo records for the analysis export"):
                demo = bench_demo.run(workdir, args.records)
        with progress(f"{steps}/{steps} the analysis database beside a plain sqlite3 copy "
                      "of the rows"):
            analysis = bench_analysis_export.run(workdir, Path(demo["path"]))
        bench_analysis_export.show(analysis, number=steps)
        memory.append((f"{steps}. analysis export", analysis["peak_rss_mb"]))
        figures["analysis"] = analysis

    from benchmarks import write_floor
    write_floor.show_summary(figures, steps + 1)
    section(f"{steps + 2}. Memory: peak RSS of this process after each stage")
    table(["after", "peak RSS (MiB)"], [[label, f"{mb:.0f}"] for label, mb in memory],
          right=(1,))
    figures["memory_mb"] = dict(memory)
    elapsed = time.perf_counter() - started
    figures["total_seconds"] = elapsed
    emit()
    emit(f"Total benchmark time: {elapsed:.1f} s")
    return figures


def _import_rows(args: argparse.Namespace) -> int:
    from benchmarks import bench_import

    if args.import_rows:
        return int(args.import_rows)
    return bench_import.QUICK_ROWS if args.quick else bench_import.DEFAULT_ROWS


def _run_writes(args: argparse.Namespace, workdir: Path, started: float) -> dict[str, Any]:
    """The write paths alone, each beside its floor, then their summary (issue 18)."""
    from benchmarks import bench_demo, bench_import, bench_insert, bench_merge, write_floor
    from benchmarks.report import emit, fields, progress

    rows = _import_rows(args)
    emit(f"Officer Desk write paths: {args.records:,} demo records, merge of 6 x "
         f"{args.merge_records:,}, spreadsheet import of {rows:,} rows")
    emit("=" * 40)
    fields([("Python", f"{platform.python_version()} ({sys.executable})"),
            ("SQLite", sqlite3.sqlite_version),
            ("machine", f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"),
            ("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()))], indent=0)
    figures: dict[str, Any] = {"records": args.records, "sqlite": sqlite3.sqlite_version,
                               "python": platform.python_version()}
    with progress(f"1/4 generating {args.records:,} demo records"):
        figures["demo"] = bench_demo.run(workdir, args.records)
    bench_demo.show(figures["demo"])
    with progress("2/4 add all and its floor (plain SQLite)"):
        figures["insert"] = bench_insert.run(workdir, Path(figures["demo"]["path"]),
                                             figures["demo"]["total"])
    bench_insert.show(figures["insert"])
    with progress(f"3/4 HQ merge of 6 post packages of {args.merge_records:,} records"):
        figures["merge"] = bench_merge.run(workdir, args.merge_records)
    bench_merge.show(figures["merge"], number=3)
    with progress(f"4/4 spreadsheet import of {rows:,} rows beside its floor"):
        figures["import"] = bench_import.run(workdir, rows)
    bench_import.show(figures["import"], number=4)
    write_floor.show_summary(figures, 5)
    emit()
    fields([("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()))], indent=0)
    figures["total_seconds"] = time.perf_counter() - started
    emit(f"Total benchmark time: {figures['total_seconds']:.1f} s")
    return figures


if __name__ == "__main__":
    raise SystemExit(main())
