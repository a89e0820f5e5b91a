"""Stage: spreadsheet import end to end, and how fast hostile sheets are refused.

``python -m benchmarks.bench_import [--rows N] [--breakdown]`` (a stage of ``make bench``).

1. A disputes register of N rows (default 50,000; 300 companies, Korean headers, dates
   in mixed forms, a summary per row) is imported by the whole ``officer-desk import``
   command in its own process (read, map, check every row, back up, check again inside
   the transaction, write), then imported again (every row unchanged). Beside it, the
   same records as ``add``: the imported records exported (``officer-desk export``) and
   added to a fresh database by ``officer-desk add DB all --json FILE`` in its own
   process (target: the import within 2x of it); and the import's floor, in its own
   process started the same way and timed the same way, with none of Officer Desk's
   code: openpyxl streaming the same workbook in read-only mode (every row's values
   kept), a gzip copy of the database (the backup), then the rows the import wrote
   into the same tables with one ``executemany`` per table in one transaction
   (``write_floor``: FTS5 trigram triggers in SQL only (a), or the index filled in one
   statement per table at the end (b)). Target: the import within 2x of floor (a).
2. Hostile workbooks, each given to ``officer-desk import`` in its own process: about a
   megabyte of ZIP holding 300 MB of sheet XML; the same bomb with its ZIP claiming 60 MB,
   under every ceiling (so that it is unpacked and read until a ceiling stops it); a
   shared-strings table of 600,000 entries; a sheet of 16,384 columns; and ordinary rows
   of numbers just past the cells ceiling (the slowest refusal: every cell up to the
   ceiling is read). Target: each refused in under 5 s, the whole process under the
   memory budget (300 MiB).

Peak memory is the kernel's high-water mark (VmHWM) of the child process, read as it
exits. Time is wall and CPU time of the child; a refusal's target is judged on CPU time,
the wall time printed beside it (the machine may be shared, as for ``bench_xlsx``). With
``--breakdown`` the import is also timed step by step in this process, beside
``records.create_many`` of the same, already clean, records. Figures only; nothing
fails on timing.
"""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import write_floor
from benchmarks.report import (
    Stopwatch,
    emit,
    fields,
    num,
    per_second,
    ratio,
    section,
    table,
    times,
)

DEFAULT_ROWS = 50_000
QUICK_ROWS = 10_000
TARGET_ROWS_PER_SECOND = 2_000
TARGET_REFUSAL_SECONDS = 5.0
BOMB_MEGABYTES = 300
IP_TYPES = ("특허", "Trademark", "디자인", "영업비밀", "copyright")
KINDS = ("침해소송", "ITC 337", "이의신청", "세관 통관보류", "온라인 게시물 삭제 요청")
STAGES = ("접수", "검토", "제소", "증거조사", "결정·판결")
ROOT = Path(__file__).resolve().parent.parent


# the workbooks ----------------------------------------------------------------------


def _date(i: int) -> object:
    day = dt.date(2020, 1, 1) + dt.timedelta(days=i % 1800)
    forms = (day.isoformat(), f"{day.year}.{day.month:02}.{day.day:02}",
             f"{day.year}/{day.month}/{day.day}", dt.datetime(day.year, day.month, day.day))
    return forms[i % len(forms)]


def make_register(path: Path, rows: int) -> Path:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("분쟁현황")
    sheet.append(["분쟁 현황"])
    sheet.append(["번호", "사건명", "접수일", "권리", "분쟁유형", "단계", "회사명", "사건번호",
                  "청구금액", "개요"])
    for i in range(rows):
        sheet.append([i + 1, f"분쟁 사건 {i:05d}", _date(i), IP_TYPES[i % 5], KINDS[i % 5],
                      STAGES[i % 5], f"(주)테스트기업{i % 300:03d}", f"2024-CV-{i:06d}",
                      f"${(i % 97 + 1) * 10_000:,}" if i % 3 else None,
                      f"사건 {i}: 현지 대리인 선임 및 대응 전략 검토. " * 3])
    sheet.append(["합계"])
    book.save(path)
    return path


_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _bomb_book(path: Path, sheet: Any, shared: Any = (f'<sst xmlns="{_NS}"/>',)) -> Path:
    """A workbook of one sheet whose XML (and shared strings) are streamed into the ZIP."""
    import zipfile

    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("_rels/.rels", head + f'<Relationships xmlns="{_PKG}"><Relationship '
                   f'Id="r1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
                   "</Relationships>")
        z.writestr("xl/workbook.xml", head + f'<workbook xmlns="{_NS}" xmlns:r="{_REL}">'
                   '<sheets><sheet name="분쟁현황" sheetId="1" r:id="r1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", head + f'<Relationships xmlns="{_PKG}">'
                   f'<Relationship Id="r1" Type="{_REL}/worksheet" '
                   'Target="worksheets/sheet1.xml"/><Relationship Id="r2" '
                   f'Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        for name, pieces in (("xl/worksheets/sheet1.xml", sheet),
                             ("xl/sharedStrings.xml", shared)):
            with z.open(name, "w", force_zip64=True) as f:
                for piece in pieces:
                    f.write(piece.encode())
    return path


def _sheet(rows: Any) -> Any:
    yield (f'<worksheet xmlns="{_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>'
           "<t>사건명</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>접수일</t></is></c></row>")
    yield from rows
    yield "</sheetData></worksheet>"


def xml_bomb(path: Path, megabytes: int = BOMB_MEGABYTES) -> Path:
    row = '<row><c t="inlineStr"><is><t>x</t></is></c><c><v>1</v></c></row>' * 200
    return _bomb_book(path, _sheet(row for _ in range(megabytes * 1_000_000 // len(row) + 1)))


def understate(path: Path, part: str, size: int) -> Path:
    """The same ZIP with its central directory claiming ``part`` unpacks to ``size``."""
    import struct

    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + name_len] == part.encode():
            struct.pack_into("<I", data, at + 24, size)
            break
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    return path


def strings_bomb(path: Path, entries: int = 600_000) -> Path:
    shared = (f'<sst xmlns="{_NS}">',
              *("".join(f"<si><t>{i}{j}</t></si>" for j in range(1000))
                for i in range(entries // 1000)), "</sst>")
    return _bomb_book(path, _sheet(()), shared)


def cell_ceiling(path: Path, rows: int = 50_000, columns: int = 21) -> Path:
    """Ordinary rows of numbers, just past the cells ceiling: the slowest refusal (every
    cell up to the ceiling is read)."""
    def row(i: int) -> str:
        return f'<row r="{i}">' + "".join(
            f'<c r="{chr(65 + j)}{i}"><v>{i * j}</v></c>' for j in range(columns)) + "</row>"
    return _bomb_book(path, _sheet(row(i) for i in range(2, rows + 2)))


def wide_sheet(path: Path, rows: int = 200) -> Path:
    row = "".join(f"<c><v>{j}</v></c>" for j in range(16_384))
    return _bomb_book(path, _sheet(f"<row>{row}</row>" for _ in range(rows)))


# the child processes ----------------------------------------------------------------


def _child_cli(out: Path, args: list[str]) -> None:
    """Run ``officer-desk ARGS`` here; at exit write its peak memory and times to OUT."""
    from benchmarks.report import peak_rss_mb
    from officer_desk.cli import main

    started, cpu = time.perf_counter(), time.process_time()

    def report() -> None:
        out.write_text(json.dumps({
            "seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu,
            "peak_rss_mb": peak_rss_mb()}), encoding="utf-8")

    atexit.register(report)
    main(args)


def _child_floor(out: Path, book_path: Path, source: Path, path: Path, indexing: str) -> None:
    """The floor of the import, with none of Officer Desk's code: the bare libraries
    doing what the import does. Before the clock: the floor database with what
    ``init`` wrote (``write_floor.Prepared``), and the rows the import wrote, read from
    its database. Timed, as the import is timed: openpyxl (imported here) streams the
    same workbook in read-only mode, every row's values kept; sqlite3 copies the
    database to a gzip file and syncs it (the import's backup); then the same rows into
    the same tables, one ``executemany`` per table in one transaction, FTS5 trigram
    triggers in SQL only (``indexing="triggers"``) or the index filled in one statement
    per table at the end (``"bulk"``)."""
    import gzip
    import shutil
    import sqlite3

    from benchmarks.report import peak_rss_mb

    assert "openpyxl" not in sys.modules and "officer_desk" not in sys.modules
    prepared = write_floor.Prepared(source, path, indexing)
    started, cpu = time.perf_counter(), time.process_time()
    import openpyxl

    book = openpyxl.load_workbook(book_path, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    read, read_cpu = time.perf_counter() - started, time.process_time() - cpu
    copy = path.with_name(path.name + ".backup")
    target = sqlite3.connect(copy)
    prepared.conn.backup(target)
    target.close()
    with copy.open("rb") as plain, gzip.open(f"{copy}.gz", "wb", compresslevel=6) as packed:
        shutil.copyfileobj(plain, packed)
        packed.flush()
        os.fsync(packed.fileobj.fileno())  # type: ignore[union-attr]
    copy.unlink()
    prepared.store()
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    held = prepared.close()
    out.write_text(json.dumps({
        "seconds": seconds, "cpu_seconds": cpu_seconds, "read_seconds": read,
        "read_cpu_seconds": read_cpu, "rows": len(rows), **held,
        "records_per_second": held["records"] / seconds if seconds else 0.0,
        "peak_rss_mb": peak_rss_mb()}), encoding="utf-8")


def _floor(workdir: Path, register: Path, imported: Path) -> dict[str, Any]:
    """Both floors of the import (SQL triggers, bulk index), each in its own process
    started as the import's is; shaped as ``write_floor.floors``'s figures."""
    out = {}
    for indexing in ("triggers", "bulk"):
        path = workdir / f"import-floor-{indexing}.sqlite"
        out[indexing] = _spawn(workdir, "floor", str(register), str(imported), str(path),
                               indexing)
        assert out[indexing]["exit"] == 0, out[indexing]["said"]
        out[indexing]["sizes"] = write_floor.sizes(path)
        for extra in ("", "-wal", "-shm", ".backup.gz"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
    floor = dict(out["triggers"])
    floor["bulk"] = out["bulk"]
    floor["best_seconds"] = min(out["triggers"]["seconds"], out["bulk"]["seconds"])
    return floor


def _spawn(workdir: Path, mode: str, *args: str) -> dict[str, Any]:
    out = workdir / f"child-{time.monotonic_ns()}.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_import", f"--child-{mode}", str(out), *args],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "COLUMNS": "200"})
    result = json.loads(out.read_text(encoding="utf-8"))
    result["exit"] = done.returncode
    result["said"] = (done.stdout + done.stderr).strip()
    out.unlink()
    return result


def _cli(workdir: Path, *args: str) -> dict[str, Any]:
    return _spawn(workdir, "cli", "--", *args)


# the stage --------------------------------------------------------------------------


def _add_same(workdir: Path, imported: Path) -> dict[str, Any]:
    """``officer-desk add`` of the records the import wrote, into a fresh database."""
    export = workdir / "imported.json"
    done = _cli(workdir, "export", str(imported), "--out", str(export))
    assert done["exit"] == 0, done["said"]
    fresh = workdir / "import-add.sqlite"
    created = _cli(workdir, "init", str(fresh), "--post", "US")
    assert created["exit"] == 0, created["said"]
    added = _cli(workdir, "add", str(fresh), "all", "--json", str(export))
    assert added["exit"] == 0, added["said"]
    added["records"] = sum(len(v) for v in json.loads(
        export.read_text(encoding="utf-8"))["kinds"].values())
    export.unlink()
    return added



def run(workdir: Path, rows: int = DEFAULT_ROWS) -> dict[str, Any]:
    register = make_register(workdir / "register.xlsx", rows)
    db = workdir / "import.sqlite"
    created = _cli(workdir, "init", str(db), "--post", "US")
    assert created["exit"] == 0, created["said"]
    first = _cli(workdir, "import", str(db), str(register), "--kind", "disputes")
    again = _cli(workdir, "import", str(db), str(register), "--kind", "disputes")
    assert first["exit"] == 0 and again["exit"] == 0, first["said"] + again["said"]
    added = _add_same(workdir, db)
    written = _floor(workdir, register, db)
    bombs = {
        "xml": xml_bomb(workdir / "xml-bomb.xlsx"),
        "xml_understated": understate(xml_bomb(workdir / "xml-bomb-2.xlsx"),
                                      "xl/worksheets/sheet1.xml", 60_000_000),
        "strings": strings_bomb(workdir / "strings-bomb.xlsx"),
        "wide": wide_sheet(workdir / "wide.xlsx"),
        "cells": cell_ceiling(workdir / "cells.xlsx"),
    }
    refusals = {}
    for name, path in bombs.items():
        result = _cli(workdir, "import", str(db), str(path), "--kind", "disputes")
        result["file_bytes"] = path.stat().st_size
        result["said"] = next((line for line in result["said"].splitlines()
                               if "refused" in line or "error" in line), result["said"])
        refusals[name] = result
        path.unlink()
    from officer_desk.importing.limits import MEMORY_BUDGET_MIB

    return {"rows": rows, "file_bytes": register.stat().st_size, "add": added,
            "write_floor": written, "sizes": write_floor.sizes(db),
            "import": first, "again": again, "refusals": refusals,
            "budget_mb": MEMORY_BUDGET_MIB}


_REFUSALS = {
    "xml": f"{BOMB_MEGABYTES} MB of sheet XML",
    "xml_understated": f"{BOMB_MEGABYTES} MB of XML, its ZIP says 60 MB",
    "strings": "600,000 shared strings",
    "wide": "16,384 columns",
    "cells": "1,050,000 cells of numbers",
}


def show(result: dict[str, Any], number: int) -> None:
    rows = result["rows"]
    section(f"{number}. Spreadsheet import: {rows:,} dispute rows (XLSX, "
            f"{result['file_bytes'] / 1_048_576:.1f} MiB), each run in its own process")
    imported, added, floor = result["import"], result["add"], result["write_floor"]
    records = floor["records"]
    lines = []
    for label, r, n in (
            ("floor (a): openpyxl read-only + sqlite3, SQL triggers", floor, records),
            ("floor (b): the same, indexed in 1 statement at the end", floor["bulk"], records),
            ("officer-desk import (new)", imported, records),
            ("officer-desk import again (unchanged)", result["again"], records),
            ("officer-desk add all, the same records", added, added["records"])):
        lines.append([label, num(n), f"{r['seconds']:.2f} s", f"{r['cpu_seconds']:.2f} s",
                      num(per_second(n, r["seconds"])), num(per_second(n, r["cpu_seconds"])),
                      f"{r['peak_rss_mb']:.0f}"])
    table(["run", "records", "wall", "CPU", "records/s wall", "records/s CPU", "peak MiB"],
          lines, right=(1, 2, 3, 4, 5, 6))
    fields([("", f"the floors read the workbook with openpyxl in {floor['read_seconds']:.2f} s"
                 f" ({floor['read_cpu_seconds']:.2f} s CPU) of that, {floor['rows']:,} "
                 "rows; then a gzip copy of the database (the backup) and the rows")], indent=4)
    emit()

    def against(label: str, theirs: dict[str, Any]) -> tuple[str, str]:
        wall = ratio(imported["seconds"], theirs["seconds"])
        cpu = ratio(imported["cpu_seconds"], theirs["cpu_seconds"])
        target = write_floor.TARGET
        return (label, f"{times(wall)} wall, {times(cpu)} CPU   (target: within "
                       f"{target:.0f}x -> {'yes' if wall <= target else 'NO'} wall, "
                       f"{'yes' if cpu <= target else 'NO'} CPU)")

    fields([against("import / floor (a)", floor), against("import / floor (b)", floor["bulk"]),
            against("import / add", added)])
    write_floor.show_sizes(result["sizes"], floor["sizes"])
    emit()
    speed = per_second(rows, imported["seconds"])
    within = imported["peak_rss_mb"] < result["budget_mb"]
    fields([
        ("import rows/s", f"{speed:,.0f} wall (target {TARGET_ROWS_PER_SECOND:,}: "
                          f"{'met' if speed >= TARGET_ROWS_PER_SECOND else 'NOT met'})"),
        ("peak memory", f"{imported['peak_rss_mb']:.0f} MiB for the whole import (memory "
                        f"budget {result['budget_mb']} MiB: {'within' if within else 'OVER'})"),
    ])
    emit()
    emit(f"  Refusing hostile workbooks (officer-desk import, target < "
         f"{TARGET_REFUSAL_SECONDS:.0f} s of CPU time, wall time beside it as the machine "
         f"may be shared, and < {result['budget_mb']} MiB)")
    lines = []
    for name, r in result["refusals"].items():
        ok = (r["exit"] == 1 and r["cpu_seconds"] < TARGET_REFUSAL_SECONDS
              and r["peak_rss_mb"] < result["budget_mb"])
        lines.append([_REFUSALS[name], f"{r['file_bytes'] / 1_048_576:.1f}",
                      f"{r['seconds']:.2f} s", f"{r['cpu_seconds']:.2f} s",
                      f"{r['peak_rss_mb']:.0f}", str(r["exit"]), "met" if ok else "NOT met"])
    table(["workbook", "file MiB", "wall", "CPU", "peak MiB", "exit", "target"], lines,
          right=(1, 2, 3, 4, 5))
    for name, r in result["refusals"].items():
        emit(f"  {_REFUSALS[name]}: {r['said'][:220]}")


# in this process, step by step (--breakdown) ----------------------------------------------


def breakdown(rows: int, workdir: Path) -> None:
    from officer_desk.domain.kinds import COMPANIES, DISPUTES
    from officer_desk.importing.plan import plan_import
    from officer_desk.importing.run import run_import
    from officer_desk.services import records as record_service
    from officer_desk.services.desk import init_desk

    sheet = make_register(workdir / "register-steps.xlsx", rows)
    desk = init_desk(workdir / "steps.sqlite", post="US")
    try:
        with Stopwatch() as planned:
            plan = plan_import(desk, sheet, DISPUTES)
        with Stopwatch() as imported:
            run_import(desk, plan)
        with Stopwatch() as replanned:
            again = plan_import(desk, sheet, DISPUTES)
        assert again.counts()["unchanged"] == rows
        clean = [dict(r.values) for r in plan.rows]
        companies = {r.values["company_id"] for r in plan.rows}
    finally:
        desk.close()
    bulk_desk = init_desk(workdir / "bulk.sqlite", post="US")
    try:
        record_service.create_many(bulk_desk, COMPANIES, [
            {"id": cid, "name_ko": f"company {n}"} for n, cid in enumerate(sorted(companies))])
        with Stopwatch() as bulk:
            record_service.create_many(bulk_desk, DISPUTES, clean)
    finally:
        bulk_desk.close()
    section(f"Spreadsheet import step by step: {rows:,} rows, in this process")
    emit(f"  plan (read, map, check)   {planned.seconds:8.2f} s")
    emit(f"  import (one transaction)  {imported.seconds:8.2f} s")
    emit(f"  re-import plan, unchanged {replanned.seconds:8.2f} s")
    emit(f"  create_many, clean dicts  {bulk.seconds:8.2f} s  import is "
         f"{ratio(planned.seconds + imported.seconds, bulk.seconds):.1f}x the bulk service")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--child-cli":
        _child_cli(Path(argv[1]), argv[3:])  # argv[2] is "--"
        return 0
    if argv and argv[0] == "--child-floor":
        _child_floor(Path(argv[1]), Path(argv[2]), Path(argv[3]), Path(argv[4]), argv[5])
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_import")
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS)
    parser.add_argument("--breakdown", action="store_true",
                        help="also time plan, import and re-plan in this process")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="officer-desk-import-bench-"))
    os.environ["OFFICER_DESK_HOME"] = str(workdir / "home")
    try:
        show(run(workdir, args.rows), number=1)
        if args.breakdown:
            breakdown(args.rows, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
