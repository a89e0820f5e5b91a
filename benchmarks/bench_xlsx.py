"""Stage: the briefing pack's XLSX of N records, next to plain write-only openpyxl.

The content is made here, not read from a database: a ``BriefContent`` whose record
sheets hold N rows in all (60 % disputes, 25 % engagements, 15 % trend notes; every row
its own strings: ids, Korean and English titles, company names, case numbers, dates,
multi-line summaries) plus the Summary sheet's KPIs. It is the renderer that is
measured, and the same rows go to both renderings:

* briefing pack: ``render_xlsx(content, path)`` (Summary with charts, one Excel table
  per sheet, sanitised text cells, wrapped long columns, About sheet);
* plain: ``Workbook(write_only=True)``, one sheet per table, the header row then
  ``ws.append(row)`` for every row of ``content.sheets``, ``wb.save``. The floor.

Each rendering runs in its own child process (``python -m benchmarks.bench_xlsx
--child``), twice, alternating, and the faster run of each counts. The ratio is taken
on the process's CPU time (``time.process_time``) of the rendering alone: the machine
may be shared, and CPU time is what the rendering costs; wall time is shown beside
it. Peak memory is the
child's resident set size, in two ways: the peak while rendering (the kernel's VmHWM,
reset just before rendering by writing 5 to ``/proc/self/clear_refs``; where that is not
possible, as below) and the peak of the whole process
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``: interpreter, openpyxl, making the
content of N rows, rendering). Both include the content, which the renderer streams from
and never copies; the rise over the RSS just before rendering is what the renderer adds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.report import emit, fields, num, per_second, ratio, section, table, times

TARGET_RATIO = 1.2
TARGET_MEMORY_MB = 150
RUNS = 2

_POSTS = ("US", "CN", "JP", "EU", "GVA", "DE", "VN")
_IP = ("특허", "상표", "디자인", "영업비밀", "저작권")
_KINDS = ("침해소송", "ITC 337조", "무효심판", "이의신청", "세관 억류", "온라인 삭제 요청")
_WORDS = ("배터리", "반도체", "특허", "침해", "소송", "NPE", "상표", "선점", "대응", "기술",
          "licence", "patent", "claim", "court", "hearing", "motion", "지원", "협의", "결정")


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words))


def synthetic_content(records: int, seed: int = 5) -> Any:
    """A ``BriefContent`` with ``records`` rows over three record sheets."""
    from officer_desk.briefs.content import (
        ActionLog,
        BriefContent,
        ControlBlock,
        ExecutiveSummary,
        KeyFigure,
        Kpi,
        KpiRow,
        Phrases,
        Section,
        Table,
    )
    from officer_desk.briefs.selection import BriefSelection

    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    n_disputes = records * 60 // 100
    n_engagements = records * 25 // 100
    n_notes = records - n_disputes - n_engagements

    def day() -> dt.date:
        return start + dt.timedelta(days=rng.randrange(2300))

    disputes = tuple(
        (f"{rng.getrandbits(128):032x}", rng.choice(_POSTS), f"{_text(rng, 5)} {i}",
         f"(주){_text(rng, 1)}{i % 5000} Co.", rng.choice(_IP), rng.choice(_KINDS),
         day(), day() if i % 3 == 0 else None, f"2:{20 + i % 7}-cv-{i:05d}",
         f"{_text(rng, 12)}\n{_text(rng, 8)} {i}")
        for i in range(n_disputes))
    engagements = tuple(
        (f"{rng.getrandbits(128):032x}", rng.choice(_POSTS), f"{_text(rng, 4)} 협의 {i}",
         day(), rng.randrange(1, 12), f"{_text(rng, 14)} {i}")
        for i in range(n_engagements))
    notes = tuple(
        (f"{rng.getrandbits(128):032x}", rng.choice(_POSTS), f"{_text(rng, 6)} {i}", day(),
         f"{_text(rng, 20)}\n{_text(rng, 6)} {i}")
        for i in range(n_notes))
    sheets = (
        Table("disputes", "분쟁", ("ID", "공관", "제목", "기업", "권리", "유형", "개시일", "종결일",
                                 "사건번호", "요약"),
              ("id", "text", "text", "text", "text", "text", "date", "date", "id", "text"),
              disputes, long_columns=(9,)),
        Table("engagements", "협의", ("ID", "공관", "주제", "일자", "참석자 수", "결과"),
              ("id", "text", "text", "date", "int", "text"), engagements, long_columns=(5,)),
        Table("trend_notes", "동향", ("ID", "공관", "제목", "일자", "내용"),
              ("id", "text", "text", "date", "text"), notes, long_columns=(4,)),
    )
    by_post = tuple(KpiRow(p, (rng.randrange(500), rng.randrange(100), rng.randrange(100)))
                    for p in _POSTS)
    kpis = (
        Kpi("by_post", "공관별 분쟁", "공관", ("진행 중", "신규", "종결"), by_post, "column"),
        Kpi("by_ip", "권리 유형별 분쟁", "권리", ("건수",),
            tuple(KpiRow(k, (rng.randrange(900),)) for k in _IP), "bar"),
        Kpi("sme", "중소기업 비중", "규모", ("건수",),
            (KpiRow("중소기업", (600,)), KpiRow("그 외", (400,))), "pie"),
    )
    generated = dt.datetime(2026, 4, 15, 9, 30, tzinfo=dt.UTC)
    actions = Table("action_items", "조치 사항", ("ID", "내용", "기한"), ("id", "text", "date"),
                    (("a-1", "매뉴얼 개정", dt.date(2026, 5, 1)),))
    return BriefContent(
        selection=BriefSelection(edition="internal", lang="ko", brief_number="bench"),
        lang="ko", edition="internal",
        control=ControlBlock(
            title="업무 보고 자료 (벤치마크)", organisation="지식재산처", posts=_POSTS,
            period_from=None, period_to=None, period="전체 기간", conference="",
            conference_date=None, brief_number="bench", version="1", edition="internal",
            edition_label="내부용 (본청)", marking="대외비 — 본청 내부용 / INTERNAL",
            distribution="본청", generated_at=generated, generated_text="2026-04-15 09:30 UTC",
            rows=(("보고 번호", "bench"),)),
        phrases=Phrases("목차", "{page} / {pages}쪽", "없음", "(계속)", "주요 수치", "[… 생략]"),
        summary=ExecutiveSummary("요약", "", (f"기록 {records:,}건",),
                                 (KeyFigure("진행 중 분쟁", n_disputes),)),
        kpi_title="주요 지표", kpis=kpis, conference=None, post_title="공관별 현황", posts=(),
        trends=Section("동향", ()), action_log=ActionLog("조치 사항", "", None, actions),
        annex_title="부록", annexes=(), sheets=(*sheets, actions),
        counts={t.key: len(t.rows) for t in sheets},
    )


# the child process ------------------------------------------------------------------


def _status_mb(field: str) -> float | None:
    """A memory figure of this process from /proc/self/status (Linux), in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (VmHWM) so that it measures what follows."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _plain(content: Any, path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for sheet in content.sheets:
        ws = wb.create_sheet(sheet.title)
        ws.append(list(sheet.columns))
        for row in sheet.rows:
            ws.append(row)
    wb.save(path)


def _child(mode: str, records: int, path: Path) -> dict[str, Any]:
    from benchmarks.report import peak_rss_mb
    from officer_desk.briefs.xlsx import render_xlsx

    content = synthetic_content(records)
    before = _status_mb("VmRSS") or 0.0
    peak_before = peak_rss_mb()  # building the content, before the mark is reset
    _reset_peak()
    started, cpu = time.perf_counter(), time.process_time()
    if mode == "plain":
        _plain(content, path)
    else:
        render_xlsx(content, path)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu
    rendering = peak_rss_mb()  # since the reset, where it worked
    peak = max(peak_before, rendering)
    return {"mode": mode, "seconds": seconds, "cpu_seconds": cpu_seconds,
            "rss_before_mb": before, "peak_rss_mb": peak, "rendering_peak_mb": rendering,
            "rise_mb": max(0.0, rendering - before), "bytes": path.stat().st_size,
            "rows": sum(len(t.rows) for t in content.sheets)}


def _spawn(mode: str, records: int, path: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_xlsx", "--child", mode,
         "--records", str(records), "--out", str(path)],
        check=True, capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    return json.loads(out.stdout)


# the stage --------------------------------------------------------------------------


def run(workdir: Path, records: int, runs: int = RUNS) -> dict[str, Any]:
    results: dict[str, list[dict[str, Any]]] = {"plain": [], "pack": []}
    for number in range(runs):
        for mode in ("plain", "pack"):
            path = workdir / f"bench-{mode}-{number}.xlsx"
            results[mode].append(_spawn(mode, records, path))
            path.unlink()
    best = {mode: min(runs_, key=lambda r: r["cpu_seconds"])
            for mode, runs_ in results.items()}
    peak = {mode: max(r["peak_rss_mb"] for r in runs_) for mode, runs_ in results.items()}
    rendering = {mode: max(r["rendering_peak_mb"] for r in runs_)
                 for mode, runs_ in results.items()}
    return {
        "records": records, "runs": runs,
        "plain": best["plain"], "pack": best["pack"],
        "ratio": ratio(best["pack"]["cpu_seconds"], best["plain"]["cpu_seconds"]),
        "wall_ratio": ratio(best["pack"]["seconds"], best["plain"]["seconds"]),
        "target_ratio": TARGET_RATIO,
        "peak_rss_mb": peak["pack"], "plain_peak_rss_mb": peak["plain"],
        "rendering_peak_mb": rendering["pack"],
        "plain_rendering_peak_mb": rendering["plain"],
        "target_memory_mb": TARGET_MEMORY_MB,
        "all_runs": results,
    }


def show(result: dict[str, Any], number: int) -> None:
    section(f"{number}. Briefing pack XLSX of {result['records']:,} records "
            f"(best of {result['runs']} runs, each in its own process)")
    rows = []
    for label, key in (("plain write-only", "plain"), ("briefing pack", "pack")):
        r = result[key]
        rows.append([label, f"{r['cpu_seconds']:.1f} s", f"{r['seconds']:.1f} s",
                     num(per_second(r["rows"], r["seconds"])),
                     f"{r['bytes'] / 1_048_576:.1f}", f"{r['rss_before_mb']:.0f}",
                     f"{r['rendering_peak_mb']:.0f}", f"{r['rise_mb']:.0f}",
                     f"{r['peak_rss_mb']:.0f}"])
    table(["rendering", "CPU", "wall", "rows/s", "file", "RSS before", "peak rendering",
           "rise", "peak process"], rows, right=(1, 2, 3, 4, 5, 6, 7, 8))
    emit("  (file and memory in MiB; \"RSS before\" holds the interpreter, openpyxl and the "
         "content)")
    emit()
    ok_time = result["ratio"] <= result["target_ratio"]
    ok_memory = max(result["peak_rss_mb"], result["rendering_peak_mb"]) < \
        result["target_memory_mb"]
    fields([
        ("pack / plain", f"{times(result['ratio'])} CPU time (target <= "
                         f"{result['target_ratio']}x: {'met' if ok_time else 'NOT met'}); "
                         f"{times(result['wall_ratio'])} wall time"),
        ("peak RSS (pack)", f"{result['rendering_peak_mb']:.0f} MiB while rendering, "
                            f"{result['peak_rss_mb']:.0f} MiB for the whole process "
                            f"(target < {result['target_memory_mb']} MiB: "
                            f"{'met' if ok_memory else 'NOT met'})"),
    ])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_xlsx")
    p.add_argument("--child", choices=["plain", "pack"], default=None)
    p.add_argument("--records", type=int, default=100_000)
    p.add_argument("--out", type=Path, default=None)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, args.records, args.out)))
        return 0
    import tempfile

    with tempfile.TemporaryDirectory(prefix="officer-desk-bench-xlsx-") as folder:
        show(run(Path(folder), args.records), 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
