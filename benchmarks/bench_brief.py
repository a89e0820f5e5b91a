"""Stage: the ``brief`` command end to end, beside plain reportlab and plain openpyxl.

What the officer runs, on the demo database of stage 1, each in a child process of its
own (so that its wall time and peak memory are the whole command's):

* the default conference pack: ``officer-desk brief DB --out … --conference <HQ's
  latest conference>`` (internal edition, Korean, PDF and workbook);
* the same conference pack as PDF and 한글 document (``--format pdf,hwpx``), in a child
  of its own so that the HWPX's memory does not add to the default pack's peak: the
  HWPX's CPU time beside the PDF's of the same run (issue 17), and the parts of it that
  are python-hwpx's: building, checking and serialising the package (``to_bytes``: the
  sections serialised, the package validated and reopened), of which its validation
  (``validate_editor_open_safety``, which ``to_bytes`` runs on the bytes it built and no
  public save skips), and building the tables (``add_table``, ``set_text``), so that
  the report shows where the HWPX's time goes and the least it can cost;
* a whole-year all-posts pack: ``--from <last year>-01-01 --to <last year>-12-31``;
* the same year's stakeholder edition (``--edition stakeholder --lang en``): its final
  scan reads every text the pack holds.

The child runs the command's own code (``cli.main``) and times its steps: reading the
records into the content, the PDF, the workbook. Steps and floors are timed in CPU time
(``time.process_time``): the machine is shared, and CPU time is what a step costs; the
whole command's wall time is shown beside. It then writes down the pages' text
and tables and the workbook's cells it printed (a pickle of plain values), which two
more children write with the bare libraries and nothing of the project's (the floors):

* plain reportlab: the same headings, paragraphs and tables (``LongTable``, text cells
  as Paragraphs, ``&<>`` escaped, the pack's column widths, written down as numbers
  with the text) in the same TrueType fonts (the Korean font and the
  fallback fonts the pack registers for Hanja, Chinese and symbols), the same KPI charts
  (a plain bar chart per KPI), and on every page what every page of the pack carries:
  the marking at the top and bottom and "page X of Y" (reportlab's page-numbering
  canvas recipe, one pass); portrait pages, the annexes on landscape ones;
* plain openpyxl: ``Workbook(write_only=True)``, one sheet per table, header then
  ``ws.append(row)``, ``wb.save``;
* plain python-hwpx (the conference pack only): ``HwpxDocument.new()``, the same
  headings and paragraphs (``add_paragraph``), the same tables (``add_table``, then
  ``cell.set_text`` row by row), the marking as the header and "page/total" in the
  footer, ``to_bytes`` (the library's own serialising and validation, timed apart too)
  written to the file; no charts.

Both floors load their input first and put it out of the garbage collector's sight
(``gc.freeze()``), as ``write_pack`` does with the pack's content before it writes the
files: the ratios compare the writing, not how often a collection walks the input.

Peak memory is the child's ``VmHWM`` (the kernel's high-water mark of its resident set)
when the command has finished. Targets: PDF <= 1.3x and workbook <= 1.2x their floors,
the HWPX document <= 1.5x the PDF of the same pack (issue 17; both timed in the same
child), peak <= 300 MiB for any pack.

Cancel: one more child writes the default conference pack with the service
(``write_pack``) three times, asking to cancel from a progress report while the records
are read (at 3 %), while the PDF is laid out (45 %) and while the workbook is written
(80 %), and times (wall clock) how long after the request ``Cancelled`` arrives.
Target: within 1 s (the tests check that Cancel is heard at the next progress step;
the time is this figure).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import pickle
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.report import fields, num, peak_rss_mb, ratio, section, table, times

TARGET_PDF = 1.3
TARGET_XLSX = 1.2
TARGET_HWPX_PDF = 1.5
TARGET_PEAK_MB = 300
TARGET_CANCEL_SECONDS = 1.0
#: (step, percent of the whole pack at which Cancel is asked)
CANCEL_AT = (("reading the records", 3), ("laying out the PDF", 45),
             ("writing the workbook", 80))


# -- the parent -----------------------------------------------------------------------------


def _child(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "benchmarks.bench_brief", "--child", *args],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"bench_brief child {args[0]} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def packs(db: Path) -> dict[str, list[str]]:
    """The command-line arguments of the two packs measured."""
    conn = sqlite3.connect(db)
    try:
        conference = conn.execute(
            "SELECT id FROM conferences WHERE deleted = 0 AND post = 'HQ' "
            "ORDER BY held_on DESC, id DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    year = dt.date.today().year - 1
    whole_year = ["--from", f"{year}-01-01", "--to", f"{year}-12-31", "--number", f"{year}"]
    return {
        "conference": ["--conference", conference],
        "year": whole_year,
        # the same year as handed out: public records only, companies that have not agreed
        # to be named by their structured line, the final scan over every text
        "stakeholder": [*whole_year, "--edition", "stakeholder", "--lang", "en"],
    }


#: The conference pack written as PDF and 한글 document (measured apart, see the top).
HWPX_PACK = ("--format", "pdf,hwpx")

#: The packs measured, as the report names them.
LABELS = {"conference": "default conference pack", "year": "whole-year all-posts pack",
          "stakeholder": "the same year, stakeholder edition"}


def run(workdir: Path, db: Path) -> dict[str, Any]:
    from officer_desk.briefs.pdf_text import resolve_fallback_fonts
    from officer_desk.fonts import resolve_korean_font

    font = resolve_korean_font(None)
    out: dict[str, Any] = {"targets": {"pdf": TARGET_PDF, "xlsx": TARGET_XLSX,
                                       "hwpx_pdf": TARGET_HWPX_PDF,
                                       "peak_mb": TARGET_PEAK_MB,
                                       "cancel_seconds": TARGET_CANCEL_SECONDS}}
    chosen = packs(db)
    for name, args in chosen.items():
        folder = workdir / f"brief-{name}"
        folder.mkdir(parents=True, exist_ok=True)
        dump = folder / "printed.pickle"
        pack = _child("pack", str(db), str(folder / "out"), str(dump), *args)
        plain_pdf = _child("plain-pdf", str(dump), str(folder / "plain.pdf"),
                           str(font.regular), str(font.bold or font.regular),
                           *(str(f) for f in resolve_fallback_fonts()))
        plain_xlsx = _child("plain-xlsx", str(dump), str(folder / "plain.xlsx"))
        out[name] = {
            "args": args, "pack": pack, "plain_pdf": plain_pdf, "plain_xlsx": plain_xlsx,
            "ratio_pdf": ratio(pack["pdf_seconds"], plain_pdf["seconds"]),
            "ratio_xlsx": ratio(pack["xlsx_seconds"], plain_xlsx["seconds"]),
        }
    folder = workdir / "brief-hwpx"
    folder.mkdir(parents=True, exist_ok=True)
    dump = folder / "printed.pickle"
    pack = _child("pack", str(db), str(folder / "out"), str(dump), *chosen["conference"],
                  *HWPX_PACK)
    plain_hwpx = _child("plain-hwpx", str(dump), str(folder / "plain.hwpx"))
    out["hwpx"] = {
        "args": [*chosen["conference"], *HWPX_PACK], "pack": pack, "plain_hwpx": plain_hwpx,
        "ratio_hwpx_pdf": ratio(pack["hwpx_seconds"], pack["pdf_seconds"]),
        "ratio_hwpx": ratio(pack["hwpx_seconds"], plain_hwpx["seconds"]),
        "ratio_hwpx_save_pdf": ratio(pack["hwpx_save_seconds"], pack["pdf_seconds"]),
        "ratio_hwpx_check_pdf": ratio(pack["hwpx_check_seconds"], pack["pdf_seconds"]),
        "ratio_hwpx_library_pdf": ratio(
            pack["hwpx_save_seconds"] + pack["hwpx_tables_seconds"], pack["pdf_seconds"]),
    }
    out["cancel"] = _child("cancel", str(db), str(workdir / "brief-cancel"),
                           chosen["conference"][1])
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def show(r: dict[str, Any], number: int) -> None:
    section(f"{number}. The brief command end to end (child processes)")
    rows = []
    for name, label in LABELS.items():
        p = r[name]["pack"]
        rows.append([label, f"{p['wall_seconds']:.1f} s", f"{p['content_seconds']:.1f} s",
                     f"{p['pdf_seconds']:.1f} s", f"{p['xlsx_seconds']:.1f} s",
                     num(p["pages"]), num(p["rows"]), f"{p['peak_mb']:.0f} MiB"])
        for floor, what in (("plain_pdf", "  plain reportlab, same pages"),
                            ("plain_xlsx", "  plain openpyxl, same cells")):
            f = r[name][floor]
            rows.append([what, f"{f['wall_seconds']:.1f} s", "",
                         f"{f['seconds']:.1f} s" if floor == "plain_pdf" else "",
                         f"{f['seconds']:.1f} s" if floor == "plain_xlsx" else "",
                         num(f.get("pages", 0)) if floor == "plain_pdf" else "",
                         num(f.get("rows", 0)) if floor == "plain_xlsx" else "",
                         f"{f['peak_mb']:.0f} MiB"])
    table(["run", "wall", "content CPU", "PDF CPU", "workbook CPU", "pages", "rows", "peak"],
          rows,
          right=(1, 2, 3, 4, 5, 6, 7))
    h = r["hwpx"]
    p, f = h["pack"], h["plain_hwpx"]
    table(["run (--format pdf,hwpx)", "wall", "PDF CPU", "HWPX CPU", "of which to_bytes",
           "its validation", "tables built", "peak"], [
        ["default conference pack", f"{p['wall_seconds']:.1f} s", f"{p['pdf_seconds']:.2f} s",
         f"{p['hwpx_seconds']:.2f} s", f"{p['hwpx_save_seconds']:.2f} s",
         f"{p['hwpx_check_seconds']:.2f} s", f"{p['hwpx_tables_seconds']:.2f} s",
         f"{p['peak_mb']:.0f} MiB"],
        ["  plain python-hwpx, same blocks", f"{f['wall_seconds']:.1f} s", "",
         f"{f['seconds']:.2f} s", f"{f['save_seconds']:.2f} s", f"{f['check_seconds']:.2f} s",
         "", f"{f['peak_mb']:.0f} MiB"],
    ], right=(1, 2, 3, 4, 5, 6, 7))
    t = r["targets"]
    lines = []
    for name in LABELS:
        x = r[name]
        peak = x["pack"]["peak_mb"]
        lines += [
            (f"{name}: PDF / plain reportlab", f"{times(x['ratio_pdf'])} ("
             f"{'within' if x['ratio_pdf'] <= t['pdf'] else 'OVER'} {times(t['pdf'])})"),
            (f"{name}: workbook / plain openpyxl", f"{times(x['ratio_xlsx'])} ("
             f"{'within' if x['ratio_xlsx'] <= t['xlsx'] else 'OVER'} {times(t['xlsx'])})"),
            (f"{name}: peak of the command", f"{peak:.0f} MiB ("
             f"{'within' if peak <= t['peak_mb'] else 'OVER'} {t['peak_mb']} MiB)"),
        ]
    lines += [
        ("conference: HWPX / PDF of the same pack", f"{times(h['ratio_hwpx_pdf'])} ("
         f"{'within' if h['ratio_hwpx_pdf'] <= t['hwpx_pdf'] else 'OVER'} "
         f"{times(t['hwpx_pdf'])})"),
        ("conference: python-hwpx's to_bytes alone / PDF",
         f"{times(h['ratio_hwpx_save_pdf'])} (the library's serialising and validation of "
         "the package: the least the HWPX can cost)"),
        ("conference: python-hwpx's validation alone / PDF",
         f"{times(h['ratio_hwpx_check_pdf'])} (part of to_bytes: the package checked and "
         "reopened before any bytes are handed back; no public save skips it)"),
        ("conference: python-hwpx's whole share / PDF",
         f"{times(h['ratio_hwpx_library_pdf'])} (to_bytes, and add_table and set_text "
         "building the tables; the brief's own code is the rest of the HWPX's time)"),
        ("conference: HWPX / plain python-hwpx", times(h["ratio_hwpx"])),
        ("conference as PDF and HWPX: peak of the command", f"{p['peak_mb']:.0f} MiB ("
         f"{'within' if p['peak_mb'] <= t['peak_mb'] else 'OVER'} {t['peak_mb']} MiB)"),
    ]
    for step, seconds in r["cancel"]["seconds"].items():
        lines.append((f"Cancel while {step}", f"stopped after {seconds:.2f} s ("
                      f"{'within' if seconds <= t['cancel_seconds'] else 'OVER'} "
                      f"{t['cancel_seconds']:.0f} s)"))
    fields(lines)


# -- the children ---------------------------------------------------------------------------


def _hwm_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _child_pack(db: str, out: str, dump: str, args: list[str]) -> dict[str, Any]:
    """Run ``officer-desk brief`` in this process, timing its steps."""
    started = time.perf_counter()
    from officer_desk.briefs import pack as pack_module
    from officer_desk.cli import cli

    timed: dict[str, float] = {"content": 0.0, "pdf": 0.0, "xlsx": 0.0, "hwpx": 0.0,
                               "hwpx_save": 0.0, "hwpx_check": 0.0, "hwpx_tables": 0.0}
    kept: dict[str, Any] = {}
    real_build, real_renderer = pack_module.build_content, pack_module._renderer

    def build_content(*a: Any, **k: Any) -> Any:
        t = time.process_time()
        kept["content"] = real_build(*a, **k)
        timed["content"] += time.process_time() - t
        return kept["content"]

    def renderer(fmt: str) -> Any:
        render = real_renderer(fmt)

        def timed_render(*a: Any, **k: Any) -> Any:
            t = time.process_time()
            try:
                return render(*a, **k)
            finally:
                timed[fmt] += time.process_time() - t
        return timed_render

    pack_module.build_content = build_content  # type: ignore[assignment]
    pack_module._renderer = renderer  # type: ignore[assignment]
    _time_to_bytes(timed, "hwpx_save")
    _time_validation(timed, "hwpx_check")
    _time_table_building(timed, "hwpx_tables")
    cpu = time.process_time()
    cli.main(["brief", db, "--out", out, "--replace", *args], standalone_mode=False)
    wall = time.perf_counter() - started
    peak = _hwm_mb()
    content = kept["content"]
    pdf = next(Path(out).glob("*.pdf"))
    pages, rows = _printed(content, Path(dump))
    return {"wall_seconds": wall, "cpu_seconds": time.process_time() - cpu,
            "content_seconds": timed["content"], "pdf_seconds": timed["pdf"],
            "xlsx_seconds": timed["xlsx"], "hwpx_seconds": timed["hwpx"],
            "hwpx_save_seconds": timed["hwpx_save"],
            "hwpx_check_seconds": timed["hwpx_check"],
            "hwpx_tables_seconds": timed["hwpx_tables"], "peak_mb": peak,
            "pages": _pages(pdf),
            "rows": rows, "printed_blocks": pages}


def _time_to_bytes(timed: dict[str, float], key: str) -> None:
    """Add the CPU time of python-hwpx's ``HwpxDocument.to_bytes`` (the package built,
    validated and serialised) to ``timed[key]``, wrapping the public method as the pack's
    steps are wrapped above."""
    from hwpx import HwpxDocument

    real = HwpxDocument.to_bytes

    def to_bytes(self: Any, *a: Any, **k: Any) -> bytes:
        t = time.process_time()
        try:
            return real(self, *a, **k)
        finally:
            timed[key] += time.process_time() - t
    HwpxDocument.to_bytes = to_bytes  # type: ignore[method-assign]


def _timed(owner: Any, name: str, timed: dict[str, float], key: str) -> None:
    """Wrap ``owner.name`` (a public function or method of python-hwpx) so that its CPU
    time adds to ``timed[key]``."""
    real = getattr(owner, name)

    def wrapper(*a: Any, **k: Any) -> Any:
        t = time.process_time()
        try:
            return real(*a, **k)
        finally:
            timed[key] += time.process_time() - t
    setattr(owner, name, wrapper)


def _time_validation(timed: dict[str, float], key: str) -> None:
    """Add the CPU time of python-hwpx's package validation (``validate_editor_open_safety``,
    which ``to_bytes`` runs on the bytes it built: every part parsed and checked, the
    document validated against the schemas, the package reopened) to ``timed[key]``."""
    from hwpx.tools import package_validator

    _timed(package_validator, "validate_editor_open_safety", timed, key)


def _time_table_building(timed: dict[str, float], key: str) -> None:
    """Add the CPU time of python-hwpx building the tables (``HwpxDocument.add_table``,
    ``HwpxOxmlTableCell.set_text``) to ``timed[key]``."""
    from hwpx import HwpxDocument
    from hwpx.oxml.table import HwpxOxmlTableCell

    _timed(HwpxDocument, "add_table", timed, key)
    _timed(HwpxOxmlTableCell, "set_text", timed, key)


def _pages(path: Path) -> int:
    import re

    return len(re.findall(rb"/Type /Page[^s]", path.read_bytes()))


def _cells(rows: Any) -> list[list[Any]]:
    return [[v for v in row] for row in rows]


def _table_block(table: Any, wide: bool) -> tuple[Any, ...]:
    """A table as the floor prints it: columns, rows and the pack's column widths (as
    shares of the frame), so that the floor lays out the same rows on as many pages."""
    from officer_desk.briefs.pdf_layout import LANDSCAPE, PORTRAIT, frame_width
    from officer_desk.briefs.pdf_tables import column_widths
    from officer_desk.briefs.pdf_text import register_fonts

    width = frame_width(LANDSCAPE if wide else PORTRAIT)
    shares = [w / width for w in column_widths(table, width, register_fonts(""))]
    return ("t", list(table.columns), _cells(table.rows), shares)


def _printed(content: Any, dump: Path) -> tuple[int, int]:
    """Write down what the pack printed, as plain values: the PDF's blocks (headings,
    paragraphs, tables with their column widths, charts) and the workbook's sheets."""
    blocks: list[tuple[Any, ...]] = []
    s = content.summary
    blocks.append(("h", s.title))
    blocks += [("p", x) for x in (s.conclusion, *s.highlights) if x]
    if s.by_post is not None:
        blocks.append(_table_block(s.by_post, False))
    blocks.append(("h", content.kpi_title))
    for kpi in content.kpis:
        blocks += [("h", kpi.title), ("t", [kpi.category, *kpi.series],
                                      [[r.label, *r.values] for r in kpi.rows])]
        if not kpi.empty:
            blocks.append(("c", [r.label for r in kpi.rows][:16],
                           [list(v) for v in zip(*(r.values for r in kpi.rows[:16]),
                                                 strict=True)]))
    sections = [part for post in content.posts for part in post.parts]
    if content.conference is not None:
        sections.append(content.conference.agenda)
        blocks.append(_table_block(content.conference.actions, False))
    sections.append(content.trends)
    for section_ in sections:
        blocks.append(("h", section_.title))
        for item in section_.items:
            blocks += [("h", item.heading), ("p", item.meta)] + (
                [("p", item.body)] if item.body else [])
    blocks.append(_table_block(content.action_log.table, False))
    blocks.append(("landscape",))  # the annexes are on landscape pages, as in the pack
    for annex in content.annexes:
        blocks += [("h", annex.title), _table_block(annex, True)]
    sheets = [(t.title, list(t.columns), _cells(t.rows)) for t in content.sheets]
    kpi_rows = [row for k in content.kpis
                for row in ([k.title], *([r.label, *r.values] for r in k.rows))]
    sheets.insert(0, ("Summary", ["Summary"], kpi_rows))
    with dump.open("wb") as f:
        pickle.dump({"pdf": blocks, "xlsx": sheets, "marking": content.control.marking},
                    f, protocol=pickle.HIGHEST_PROTOCOL)
    return len(blocks), sum(len(r) for _, _, r in sheets)


def _child_cancel(db: str, out: str, conference: str) -> dict[str, Any]:
    """Seconds from asking to cancel (in a progress report) to ``Cancelled``, per step."""
    from officer_desk.briefs.pack import write_pack
    from officer_desk.briefs.selection import BriefSelection
    from officer_desk.domain.errors import Cancelled
    from officer_desk.services.desk import open_desk

    desk = open_desk(db, readonly=True)
    seconds: dict[str, float] = {}
    try:
        for step, at in CANCEL_AT:
            asked: list[float] = []

            def progress(done: int, total: int, at: int = at, asked: list[float] = asked
                         ) -> None:
                if not asked and done * 100 // max(total, 1) >= at:
                    asked.append(time.monotonic())

            try:
                write_pack(desk, BriefSelection(conference_id=conference, brief_number="cancel"),
                           Path(out) / str(at), progress=progress,
                           cancel=lambda asked=asked: bool(asked))
            except Cancelled:
                seconds[step] = time.monotonic() - asked[0]
            else:
                raise RuntimeError(f"the pack was written although Cancel was asked ({step})")
    finally:
        desk.close()
    return {"seconds": seconds, "peak_mb": _hwm_mb()}


def _child_plain_pdf(dump: str, out: str, regular: str, bold: str,
                     *fallbacks: str) -> dict[str, Any]:
    """The same blocks with reportlab alone (no code of the project)."""
    started = time.perf_counter()
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        LongTable,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        TableStyle,
    )

    with open(dump, "rb") as f:
        printed = pickle.load(f)
    blocks, marking = printed["pdf"], printed["marking"]
    gc.freeze()  # the input is long-lived, as the pack's content is (write_pack freezes it)
    t = time.process_time()
    pdfmetrics.registerFont(TTFont("Plain", regular))
    pdfmetrics.registerFont(TTFont("PlainBold", bold))
    for n, path in enumerate(fallbacks):
        pdfmetrics.registerFont(TTFont(f"PlainFallback{n}", path))
    body = ParagraphStyle("body", fontName="Plain", fontSize=9.5, leading=14)
    head = ParagraphStyle("head", fontName="PlainBold", fontSize=11, leading=15)
    cell = ParagraphStyle("cell", fontName="Plain", fontSize=7.5, leading=9.5)

    class NumberedCanvas(Canvas):
        """reportlab's recipe: pages kept until save, then "page X of Y" on each."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for page in self._pages:
                self.__dict__.update(page)
                width, height = self._pagesize
                for y in (height - 28, 14):
                    self.setFillColor(colors.darkred)
                    self.rect(40, y, width - 80, 14, stroke=0, fill=1)
                    self.setFillColor(colors.white)
                    self.setFont("PlainBold", 8)
                    self.drawCentredString(width / 2, y + 4, marking)
                self.setFillColor(colors.black)
                self.setFont("Plain", 7.5)
                self.drawRightString(width - 40, 34,
                                     f"{self._pageNumber} / {len(self._pages)}")
                Canvas.showPage(self)
            Canvas.save(self)

    def esc(v: Any) -> str:
        return str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
            .replace("\n", "<br/>")

    def chart(labels: list[str], series: list[list[int]], width: float) -> Drawing:
        drawing = Drawing(width, 20 + 12 * len(labels))
        bars = HorizontalBarChart()
        bars.x, bars.y, bars.width, bars.height = 120, 10, width - 140, 12 * len(labels)
        bars.data = series
        bars.categoryAxis.categoryNames = [str(x)[:22] for x in labels]
        bars.categoryAxis.labels.fontName = "Plain"
        bars.valueAxis.labels.fontName = "Plain"
        bars.valueAxis.valueMin = 0
        drawing.add(bars)
        return drawing

    doc = BaseDocTemplate(out, pagesize=A4, invariant=1)
    templates = []
    for name, size in (("portrait", A4), ("landscape", landscape(A4))):
        frame = Frame(doc.leftMargin, doc.bottomMargin,
                      size[0] - doc.leftMargin - doc.rightMargin,
                      size[1] - doc.topMargin - doc.bottomMargin)
        templates.append(PageTemplate(id=name, frames=[frame], pagesize=size))
    doc.addPageTemplates(templates)
    frame_width = doc.width
    story: list[Any] = []
    for block in blocks:
        if block[0] == "landscape":
            story += [NextPageTemplate("landscape"), PageBreak()]
            frame_width = landscape(A4)[0] - doc.leftMargin - doc.rightMargin
        elif block[0] == "h":
            story.append(Paragraph(esc(block[1]), head))
        elif block[0] == "p":
            story.append(Paragraph(esc(block[1]), body))
        elif block[0] == "c":
            story.append(chart(block[1], block[2], frame_width))
        else:
            columns, rows = block[1], block[2]
            shares = block[3] if len(block) > 3 else [1 / max(len(columns), 1)] * len(columns)
            data = [[Paragraph(esc(c), cell) for c in columns]]
            data += [[Paragraph(esc(v), cell) if isinstance(v, str) else
                      ("" if v is None else str(v)) for v in row] for row in rows]
            story.append(LongTable(data, colWidths=[frame_width * x for x in shares],
                                   repeatRows=1,
                                   style=TableStyle([("FONT", (0, 0), (-1, -1), "Plain", 7.5),
                                                     ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    doc.build(story, canvasmaker=NumberedCanvas)
    seconds = time.process_time() - t
    return {"seconds": seconds, "wall_seconds": time.perf_counter() - started,
            "peak_mb": _hwm_mb(), "pages": _pages(Path(out))}


def _child_plain_hwpx(dump: str, out: str) -> dict[str, Any]:
    """The same blocks with python-hwpx alone (no code of the project; no charts)."""
    started = time.perf_counter()
    from hwpx import HwpxDocument

    with open(dump, "rb") as f:
        printed = pickle.load(f)
    blocks, marking = printed["pdf"], printed["marking"]
    checked = {"check": 0.0}
    _time_validation(checked, "check")
    gc.freeze()  # the input is long-lived, as the pack's content is (write_pack freezes it)
    t = time.process_time()
    doc = HwpxDocument.new()
    doc.page.set_header(text=marking)
    doc.page.set_page_number(format="page/total")
    for block in blocks:
        if block[0] == "h":
            doc.add_heading(str(block[1]).replace("\n", " "), 2)
        elif block[0] == "p":
            for line in str(block[1]).split("\n"):
                doc.add_paragraph(line, style="본문")
        elif block[0] == "t":
            columns, rows = block[1], block[2]
            table = doc.add_table(1 + len(rows), len(columns))
            for r, row in enumerate(table.rows):
                values = columns if r == 0 else rows[r - 1]
                for cell, value in zip(row.cells, values, strict=False):
                    cell.set_text("" if value is None else str(value))
    saving = time.process_time()
    data = doc.to_bytes()  # checked with the library's validation, timed apart
    with open(out, "wb") as f:
        f.write(data)
    end = time.process_time()
    return {"seconds": end - t, "save_seconds": end - saving, "check_seconds": checked["check"],
            "wall_seconds": time.perf_counter() - started, "peak_mb": _hwm_mb()}


def _child_plain_xlsx(dump: str, out: str) -> dict[str, Any]:
    """The same cells with openpyxl's write-only workbook alone."""
    started = time.perf_counter()
    from openpyxl import Workbook

    with open(dump, "rb") as f:
        sheets = pickle.load(f)["xlsx"]
    gc.freeze()  # the input is long-lived, as the pack's content is (write_pack freezes it)
    t = time.process_time()
    wb = Workbook(write_only=True)
    rows = 0
    for n, (title, columns, data) in enumerate(sheets):
        ws = wb.create_sheet(f"{n} {title}"[:31])
        ws.append(columns)
        for row in data:
            ws.append(row)
            rows += 1
    wb.save(out)
    return {"seconds": time.process_time() - t, "wall_seconds": time.perf_counter() - started,
            "peak_mb": _hwm_mb(), "rows": rows}


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_brief")
    p.add_argument("--child", required=True,
                   choices=["pack", "plain-pdf", "plain-xlsx", "plain-hwpx", "cancel"])
    p.add_argument("rest", nargs=argparse.REMAINDER)
    a = p.parse_args(argv)
    if a.child == "pack":
        db, out, dump, *args = a.rest
        figures = _child_pack(db, out, dump, args)
    elif a.child == "cancel":
        figures = _child_cancel(*a.rest)
    elif a.child == "plain-pdf":
        figures = _child_plain_pdf(*a.rest)
    elif a.child == "plain-hwpx":
        figures = _child_plain_hwpx(*a.rest)
    else:
        figures = _child_plain_xlsx(*a.rest)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
