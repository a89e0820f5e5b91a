"""Briefing pack PDF: the pack of about 1,000 disputes, next to a plain reportlab table.

Set-up (not timed in the ratio): a fresh HQ demo database (``init_desk(hq=True,
demo=True)``) filled by ``generate_demo`` with as many records as it takes to make about
N disputes, and the content of an internal Korean pack of the disputes
(``build_content``, timed and shown apart).

Timed, alternating, ``REPEATS`` times each (the median counts):

* pack: ``render_pdf(content, path)``: the whole briefing pack (cover, contents,
  summary, KPIs with charts, a section per post, trends, action log, annexes: the case
  list of every dispute), marking banners and "page X of Y" on every page;
* plain Table: the same case-list rows (``content.annexes``' case list) with the same
  fonts in one reportlab ``Table`` (``SimpleDocTemplate``, header row repeated, text
  cells as Paragraphs with ``&``/``<``/``>`` escaped, dates and numbers as strings): what
  a plain rendering of the records costs, with none of the pack's care (no font
  fallback, no cleaning, no contents, no page furniture);
* plain LongTable: the same with reportlab's ``LongTable``, which does not re-measure
  the rows left at every page break as ``Table`` does (so it is the faster floor).

The verdict compares the pack with the faster of the two plain renderings.

Peak memory: each rendering is run once more under ``tracemalloc`` (Python allocations,
peak during the call); the process's peak RSS is shown too.
"""

from __future__ import annotations

import gc
import re
import tracemalloc
from pathlib import Path
from typing import Any

from benchmarks.report import (
    Stopwatch,
    fields,
    median,
    num,
    peak_rss_mb,
    ratio,
    section,
    table,
    times,
)
from officer_desk.briefs.content import BriefContent, Table
from officer_desk.briefs.pdf import render_pdf
from officer_desk.briefs.pdf_text import PdfFonts, escape, register_fonts
from officer_desk.briefs.selection import BriefSelection
from officer_desk.services.demo import generate_demo, plan
from officer_desk.services.desk import init_desk

DEFAULT_DISPUTES = 1_000
REPEATS = 3
TARGET_RATIO = 1.3
N_POSTS = 5  # the demo's posts besides HQ


def _records_for(disputes: int) -> int:
    """Demo records to ask for so that about ``disputes`` disputes are made."""
    low, high = disputes, disputes * 10
    while low < high:
        mid = (low + high) // 2
        if plan(mid, N_POSTS)[0]["disputes"] < disputes:
            low = mid + 1
        else:
            high = mid
    return low


def plain_pdf(rows_table: Table, fonts: PdfFonts, path: Path, *, long: bool = False) -> Path:
    """The rows in one plain reportlab Table (or LongTable), in the same fonts."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle
    from reportlab.platypus import Table as RlTable

    table_class = LongTable if long else RlTable

    cell = ParagraphStyle("cell", fontName=fonts.regular, fontSize=7.5, leading=9.5)
    head = ParagraphStyle("head", parent=cell, fontName=fonts.bold)

    def value(v: object, kind: str) -> object:
        if v is None:
            return ""
        if kind in ("text", "id"):
            return Paragraph(escape(str(v)).replace("\n", "<br/>"), cell)
        return str(v)

    data = [[Paragraph(escape(c), head) for c in rows_table.columns]]
    data += [[value(v, k) for v, k in zip(row, rows_table.types, strict=True)]
             for row in rows_table.rows]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1)
    width = doc.width / len(rows_table.columns)
    doc.build([table_class(data, colWidths=[width] * len(rows_table.columns), repeatRows=1,
                       style=TableStyle([
                           ("FONT", (0, 0), (-1, -1), fonts.regular, 7.5),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#c0c0c0"),
                       ]))])
    return path


def _peak_mb(fn: Any) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()


def run(workdir: Path, disputes: int = DEFAULT_DISPUTES) -> dict[str, Any]:
    from officer_desk.briefs.content import build_content

    folder = workdir / "pdf"
    folder.mkdir(parents=True, exist_ok=True)
    desk = init_desk(folder / "pdf.sqlite", hq=True, demo=True)
    try:
        with Stopwatch() as setup:
            generate_demo(desk, records=_records_for(disputes), seed=7)
        selection = BriefSelection(kinds=("disputes",), edition="internal", lang="ko",
                                   brief_number="bench", version="1")
        with Stopwatch() as building:
            content: BriefContent = build_content(desk, selection)
    finally:
        desk.close()
    case_list = next(t for t in content.annexes if t.key == "case_list")
    fonts = register_fonts("")
    pack_path, plain_path = folder / "pack.pdf", folder / "plain.pdf"
    # warm-up: fonts parsed, modules imported, caches filled for both
    long_path = folder / "plain-long.pdf"
    renderings = {
        "pack": (pack_path, lambda: render_pdf(content, pack_path, font_setting="")),
        "plain": (plain_path, lambda: plain_pdf(case_list, fonts, plain_path)),
        "plain_long": (long_path, lambda: plain_pdf(case_list, fonts, long_path, long=True)),
    }
    for _, make in renderings.values():  # warm-up: fonts parsed, modules imported
        make()
    runs: dict[str, list[float]] = {name: [] for name in renderings}
    for _ in range(REPEATS):  # alternating, so that machine noise hits all alike
        for name, (_, make) in renderings.items():
            with Stopwatch() as sw:
                make()
            runs[name].append(sw.seconds)
    out: dict[str, Any] = {
        "disputes": len(case_list.rows),
        "setup_seconds": setup.seconds,
        "content_seconds": building.seconds,
        "target_ratio": TARGET_RATIO,
    }
    for name, (path, make) in renderings.items():
        out[name] = {
            "seconds": median(runs[name]), "runs": runs[name], "pages": _page_count(path),
            "kib": path.stat().st_size / 1024, "peak_mb": _peak_mb(make),
        }
    floor = min(out["plain"]["seconds"], out["plain_long"]["seconds"])
    out["ratio_plain"] = ratio(out["pack"]["seconds"], out["plain"]["seconds"])
    out["ratio_plain_long"] = ratio(out["pack"]["seconds"], out["plain_long"]["seconds"])
    out["ratio"] = ratio(out["pack"]["seconds"], floor)
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def _page_count(path: Path) -> int:
    """Pages of a PDF written by reportlab (no object streams: each page says /Type /Page)."""
    return len(re.findall(rb"/Type /Page[^s]", path.read_bytes()))


def show(r: dict[str, Any], number: int) -> None:
    section(f"{number}. Briefing pack PDF: {num(r['disputes'])} disputes")
    fields([
        ("set-up (demo database)", f"{r['setup_seconds']:.2f} s (not in the ratio)"),
        ("build_content", f"{r['content_seconds']:.2f} s (not in the ratio)"),
    ])
    labels = {"pack": "pack: render_pdf", "plain": "plain reportlab Table",
              "plain_long": "plain reportlab LongTable"}
    table(
        ["rendering", "median", "runs (s)", "pages", "file", "peak (tracemalloc)"],
        [[label, f"{r[name]['seconds']:.2f} s",
          " / ".join(f"{t:.2f}" for t in r[name]["runs"]), num(r[name]["pages"]),
          f"{num(r[name]['kib'])} KiB", f"{r[name]['peak_mb']:.1f} MiB"]
         for name, label in labels.items()],
        right=(1, 3, 4, 5),
    )
    verdict = "within" if r["ratio"] <= r["target_ratio"] else "OVER"
    fields([
        ("pack / plain Table", times(r["ratio_plain"])),
        ("pack / plain LongTable", times(r["ratio_plain_long"])),
        ("pack / faster plain", f"{times(r['ratio'])} ({verdict} the target of "
                                f"{times(r['target_ratio'])})"),
        ("peak RSS so far", f"{r['peak_rss_mb']:.0f} MiB"),
    ])
