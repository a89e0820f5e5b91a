"""Spreadsheet import at a realistic size: ``python -m benchmarks.bench_import [--rows N]``.

An XLSX disputes register of N rows (default 10,000; 300 companies, Korean headers,
dates in mixed forms) is planned (read, mapped, every row checked), imported, then
imported again (every row unchanged). Next to it, the same disputes added with
``records.create_many`` from already-clean dicts: the import's overhead over the bulk
service for reading a sheet and resolving companies. Figures only; nothing fails on
timing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import openpyxl

from benchmarks.report import Stopwatch, emit, per_second, ratio, section
from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.importing.plan import plan_import
from officer_desk.importing.run import run_import
from officer_desk.services import records as record_service
from officer_desk.services.desk import init_desk

TARGET_ROWS_PER_SECOND = 2_000  # a 10,000-row register in about five seconds
IP_TYPES = ("특허", "Trademark", "디자인", "영업비밀", "copyright")
KINDS = ("침해소송", "ITC 337", "이의신청", "세관 통관보류", "온라인 게시물 삭제 요청")
STAGES = ("접수", "검토", "제소", "증거조사", "결정·판결")


def _date(i: int) -> object:
    day = dt.date(2020, 1, 1) + dt.timedelta(days=i % 1800)
    forms = (day.isoformat(), f"{day.year}.{day.month:02}.{day.day:02}",
             f"{day.year}/{day.month}/{day.day}", dt.datetime(day.year, day.month, day.day))
    return forms[i % len(forms)]


def make_register(path: Path, rows: int) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("분쟁현황")
    sheet.append(["분쟁 현황"])
    sheet.append(["번호", "사건명", "접수일", "권리", "분쟁유형", "단계", "회사명", "사건번호",
                  "개요"])
    for i in range(rows):
        sheet.append([i + 1, f"분쟁 사건 {i:05d}", _date(i), IP_TYPES[i % 5], KINDS[i % 5],
                      STAGES[i % 5], f"(주)테스트기업{i % 300:03d}", f"2024-CV-{i:06d}",
                      "현지 대리인 선임 및 대응 전략 검토. " * 3])
    sheet.append(["합계"])
    book.save(path)
    return path


def run(rows: int, workdir: Path) -> dict[str, float]:
    sheet = make_register(workdir / "register.xlsx", rows)
    desk = init_desk(workdir / "import.sqlite", post="US")
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
    total = planned.seconds + imported.seconds
    section(f"Spreadsheet import: {rows:,} dispute rows (XLSX)")
    emit(f"  plan (read, map, check)   {planned.seconds:8.2f} s")
    emit(f"  import (one transaction)  {imported.seconds:8.2f} s")
    emit(f"  plan + import             {total:8.2f} s  "
         f"{per_second(rows, total):,.0f} rows/s (target {TARGET_ROWS_PER_SECOND:,})")
    emit(f"  re-import plan, unchanged {replanned.seconds:8.2f} s")
    emit(f"  create_many, clean dicts  {bulk.seconds:8.2f} s  "
         f"import is {ratio(total, bulk.seconds):.1f}x the bulk service")
    return {"rows": rows, "plan_s": planned.seconds, "import_s": imported.seconds,
            "replan_s": replanned.seconds, "create_many_s": bulk.seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_import")
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="officer-desk-import-bench-"))
    os.environ["OFFICER_DESK_HOME"] = str(workdir / "home")
    try:
        run(args.rows, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
