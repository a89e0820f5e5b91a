"""The briefing pack as an editable 한글 document (HWPX, OWPML): ``render_hwpx(content, path)``.

Officers edit, sign off and file a brief as a 한글 document; this writes the PDF's
content in the same order with the same headings (cover and control block, contents,
executive summary with its key figures, KPIs with their tables and charts, the
conference, a section per post, trends, the action log, the annexes on landscape pages)
through python-hwpx, the library that knows the format (header, sections, styles,
tables, pictures, package). Every page carries the edition's marking in its header and
"page / pages" in its footer; tables are 한글 tables (their header row repeated on each
page); every paragraph names a style an officer can change (``hwpx_styles``); the
charts are pictures of the KPIs' charts (``chart_png``).

What it prints comes from ``BriefContent`` only, as the PDF's (the stakeholder edition's
final scan runs first). python-hwpx validates the package it saves (and refuses one 한글
could not open); it is saved under a temporary name and renamed at the end: a failure or a
cancel leaves nothing at ``path``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

# python-hwpx is imported with this module, as reportlab with the PDF's: ``pack._renderer``
# imports the renderer a pack asks for, so the window's start path never loads it
from hwpx import HwpxDocument
from hwpx.errors import SaveError
from hwpx.oxml.table_sizes import NEW_TABLE_COLUMN_FLOOR

from officer_desk import out_file
from officer_desk import settings as user_settings
from officer_desk.briefs.chart_png import ChartFont, kpi_png
from officer_desk.briefs.content import (
    BriefContent,
    Cell,
    KeyFigure,
    Kpi,
    Section,
    Table,
    TextItem,
)
from officer_desk.briefs.guard import check_before_writing
from officer_desk.briefs.hwpx_styles import MARKING_COLOUR, StyleRef, add_styles
from officer_desk.briefs.pdf_text import clean
from officer_desk.briefs.words import word
from officer_desk.domain.errors import Cancelled, OfficerDeskError
from officer_desk.domain.messages import reason, say

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

#: HWPUNIT per millimetre (7200 per inch)
MM = 7200 / 25.4
MARGIN_MM = 20
PORTRAIT_TEXT_MM = 210 - 2 * MARGIN_MM
LANDSCAPE_TEXT_MM = 297 - 2 * MARGIN_MM
#: key figures per row of their table (the PDF's tiles: four a row)
FIGURES_PER_ROW = 4
#: categories a chart shows (the table above it lists them all), as the PDF
CHART_CATEGORIES = 16


def render_hwpx(content: BriefContent, path: Path, *, progress: Progress | None = None,
                cancel: Cancel | None = None, font_setting: str | Path | None = None) -> Path:
    """Write the pack's HWPX document to ``path`` and return it.

    ``font_setting``: the Korean font the charts' labels are drawn in (the PDF's
    setting; None reads it from the user's settings, "" finds it automatically).
    Raises ``FontProblem`` when there is no usable Korean font (as the PDF does).
    """
    from officer_desk.fonts import resolve_korean_font

    path = Path(path)
    check_before_writing(content)
    if font_setting is None:
        font_setting = user_settings.load().korean_font
    font = resolve_korean_font(font_setting or None)
    try:
        doc = HwpxDocument.new()
        writer = _Writer(doc, content, ChartFont(font.regular), progress, cancel)
        writer.write()
        # the file's properties come from the control block only, as the PDF's: the
        # blank document's own (its author "synthetic-fixture-author", its dates of
        # 2025-09-17, its language "ko" in an English pack) are cleared first
        control = content.control
        stamp = control.generated_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        doc.parts.clear_document_metadata(
            keep=("title", "language") if content.lang == "ko" else ("title",),
            timestamp=stamp)
        doc.parts.set_document_metadata(
            title=clean(control.title), creator=clean(control.organisation),
            subject=clean(f"{control.edition_label} — {_brief_label(content)}"),
            keyword="", created_date=stamp, modified_date=stamp)
        # python-hwpx validates the package it builds, once (package structure, every
        # part's XML, schemas, that it opens again), and raises rather than hand back
        # a file 한글 could not open. ``to_bytes`` is that build and check without the
        # save gate's second parse of every part (the check has parsed them all);
        # written by ``out_file``: the library's own temporary file would make the brief
        # readable by its owner only, unlike the PDF and the workbook beside it.
        out_file.write_whole(path, doc.to_bytes(), cannot="hwpx.cannot_write")
    except (OfficerDeskError, Cancelled):
        raise
    except SaveError as e:
        raise OfficerDeskError(say("hwpx.invalid", detail=reason(e))) from e
    except OSError as e:
        raise OfficerDeskError(say("hwpx.cannot_write", path=path,
                                   detail=reason(e))) from e
    except Exception as e:  # python-hwpx's own errors: name them, write nothing
        raise OfficerDeskError(say("hwpx.library_failed", detail=reason(e))) from e
    if progress:
        progress(writer.total, writer.total)
    return path


def _text(value: Cell) -> str:
    """A cell's value as printed (as the PDF prints it)."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{int(value):,}"
    return clean(str(value))


def _brief_label(content: BriefContent) -> str:
    """E.g. "No. 2026-2 v1", "보고 번호 2026-2 · 버전 1" (the brief number and version, in
    the pack's language)."""
    control = content.control
    if not control.brief_number:
        return ""
    return word("brief_label", content.lang, number=control.brief_number,
                version=control.version)


class _Writer:
    """Writes one pack's paragraphs and tables into ``doc``, part by part."""

    def __init__(self, doc: Any, content: BriefContent, font: ChartFont,
                 progress: Progress | None, cancel: Cancel | None) -> None:
        self.doc, self.c, self.font = doc, content, font
        self.progress, self.cancel = progress, cancel
        self.s: dict[str, StyleRef] = add_styles(doc)
        #: the paragraph shape of numbers in tables (right-aligned)
        self.right = str(doc.oxml.headers[0].ensure_paragraph_alignment("RIGHT"))
        self.section = doc.sections[0]
        self.text_mm = PORTRAIT_TEXT_MM
        self.total = self._steps()
        self.done = 0
        self.shown = -1
        self.break_next = False

    # --- progress ------------------------------------------------------------------------

    def _steps(self) -> int:
        c = self.c
        n = 8 + len(c.kpis) + len(c.trends.items) + len(c.annexes) + sum(
            len(part.items) for post in c.posts for part in post.parts)
        if c.conference is not None:
            n += len(c.conference.agenda.items)
        return n

    def step(self) -> None:
        self.done += 1
        percent = min(self.done, self.total) * 100 // max(self.total, 1)
        if self.progress and percent > self.shown:
            self.shown = percent
            self.progress(min(self.done, self.total), self.total)
        if self.cancel and self.cancel():
            raise Cancelled(say("hwpx.cancelled"))

    # --- paragraphs ----------------------------------------------------------------------

    def _attrs(self) -> dict[str, str]:
        if self.break_next:
            self.break_next = False
            return {"pageBreak": "1"}
        return {}

    def para(self, text: str, style: str) -> None:
        """One paragraph per line of ``text`` (user text: controls removed)."""
        ref = self.s[style]
        for line in clean(text).split("\n"):
            self.doc.add_paragraph(
                line, section=self.section, style_id_ref=ref.style_id,
                para_pr_id_ref=ref.para_pr, char_pr_id_ref=ref.char_pr,
                inherit_style=False, **self._attrs())

    def heading(self, text: str, level: int) -> None:
        ref = self.s[f"h{level}"]
        self.doc.add_paragraph(
            clean(text).replace("\n", " "), section=self.section,
            style_id_ref=ref.style_id, para_pr_id_ref=ref.para_pr,
            char_pr_id_ref=ref.char_pr, inherit_style=False, **self._attrs())

    def page_break(self) -> None:
        self.break_next = True

    def empty(self) -> None:
        self.para(self.c.phrases.empty, "empty")

    # --- tables --------------------------------------------------------------------------

    def table(self, columns: Sequence[str], rows: Sequence[Sequence[str]],
              weights: Sequence[float], numeric: Sequence[bool] = ()) -> None:
        """A 한글 table: a header row (repeated on every page it runs over), then rows."""
        table, widths = self._new_table(1 + len(rows), len(columns), weights)
        table.element.set("repeatHeader", "1")
        table.element.set("pageBreak", "CELL")
        head, body = self.s["cell_head"], self.s["cell"]
        aligns = [self.right if i < len(numeric) and numeric[i] else None
                  for i in range(len(columns))]
        for r, row in enumerate(table.rows):
            values = columns if r == 0 else rows[r - 1]
            ref = head if r == 0 else body
            for i, cell in enumerate(row.cells):
                if r == 0:
                    cell.element.set("header", "1")
                _fill(cell, values[i] if i < len(values) else "", ref,
                      aligns[i] or ref.para_pr, widths[i] if widths else None)

    def _new_table(self, rows: int, columns: int,
                   weights: Sequence[float]) -> tuple[Any, list[int] | None]:
        """An empty table as wide as the page's text, its anchor paragraph in the table
        text style; and its columns' widths in these proportions, for ``_fill`` to give
        each cell as it fills it (None: ``set_column_widths`` has set them)."""
        ref = self.s["cell"]
        width = int(self.text_mm * MM)
        table = self.doc.add_table(rows, columns, section=self.section, width=width,
                                   style_id_ref=ref.style_id, para_pr_id_ref=ref.para_pr,
                                   char_pr_id_ref=ref.char_pr, **self._attrs())
        shares = [max(w, 0.1) for w in weights]
        widths = _column_widths(width, shares)
        if widths is None:
            table.set_column_widths(shares)
        return table, widths

    def data_table(self, table: Table) -> None:
        if table.note:
            self.para(table.note, "note")
        if not table.rows:
            self.empty()
            return
        numeric = [t in ("int", "amount") for t in table.types]
        rows = [[_text(v) for v in row] for row in table.rows]
        self.table(table.columns, rows, _weights(table, rows), numeric)

    def figures(self, figures: Sequence[KeyFigure], per_row: int = FIGURES_PER_ROW) -> None:
        """Key figures as a table: labels in the header row, the numbers under them."""
        for start in range(0, len(figures), per_row):
            chunk = figures[start:start + per_row]
            self.table([f.label for f in chunk], [[f"{f.value:,}" for f in chunk]],
                       [1.0] * len(chunk), [True] * len(chunk))

    # --- the whole -----------------------------------------------------------------------

    def write(self) -> None:
        self.page_setup()
        self.cover()
        self.contents()
        self.summary()
        self.kpis()
        if self.c.conference is not None:
            self.conference()
        self.posts()
        self.trends()
        self.action_log()
        self.annexes()

    def page_setup(self, section: int = 0, orientation: str = "PORTRAIT") -> None:
        doc, control = self.doc, self.c.control
        doc.page.setup(paper_size="A4", orientation=orientation, margin_left_mm=MARGIN_MM,
                       margin_right_mm=MARGIN_MM, margin_top_mm=20, margin_bottom_mm=18,
                       header_margin_mm=10, footer_margin_mm=10, section=section)
        colour = MARKING_COLOUR.get(self.c.edition, "#1F3A5F")
        marking = clean(control.marking).replace("\n", " ")
        header = doc.page.set_header(section=section, content=[{"align": "CENTER",
                                                                 "children": [
            {"type": "run", "text": marking, "bold": True, "color": colour}]}])
        left = " · ".join(p for p in (control.organisation, _brief_label(self.c),
                                      control.generated_text) if p)
        footer = doc.page.set_footer(section=section, content=[
            {"align": "CENTER", "children": [
                {"type": "run", "text": marking, "bold": True, "color": colour}]},
            {"align": "RIGHT", "children": [
                {"type": "run", "text": clean(left) + "    "},
                {"type": "page_number", "page_number": "page/total"}]},
        ])
        # the header's and footer's paragraphs name 한글's own style for them (머리말)
        style = self.s["page_head"].style_id
        for part in (header, footer):
            for p in part.element.iter(_tag(part.element, "p")):
                p.set("styleIDRef", style)

    def cover(self) -> None:
        control = self.c.control
        if control.organisation:
            self.para(control.organisation, "subtitle")
        self.para(control.title, "title")
        self.para(control.edition_label, "edition")
        rows = [[label, value or "–"] for label, value in control.rows]
        self._control_block(rows)
        self.page_break()
        self.step()

    def _control_block(self, rows: list[list[str]]) -> None:
        # the control block: (label, value) rows; its first column is the header column
        table, widths = self._new_table(len(rows), 2, [1, 3.4])
        for r, row in enumerate(table.rows):
            for i, cell in enumerate(row.cells):
                ref = self.s["cell_head" if i == 0 else "cell"]
                _fill(cell, rows[r][i], ref, ref.para_pr, widths[i] if widths else None)

    def contents(self) -> None:
        """The contents as written (한글 can insert its own from the 개요 headings)."""
        c = self.c
        self.heading(c.phrases.contents, 1)
        entries = [(c.summary.title, 0), (c.kpi_title, 0)]
        if c.conference is not None:
            entries.append((c.conference.title, 0))
        entries.append((c.post_title, 0))
        entries += [(p.title, 1) for p in c.posts]
        entries += [(c.trends.title, 0), (c.action_log.title, 0), (c.annex_title, 0)]
        entries += [(t.title, 1) for t in c.annexes]
        for title, level in entries:
            self.para(title, "contents" if level == 0 else "contents_sub")
        self.page_break()
        self.step()

    def summary(self) -> None:
        s = self.c.summary
        self.heading(s.title, 1)
        if s.conclusion.strip():
            self.para(s.conclusion, "lead")
        for line in s.highlights:
            self.para(f"• {line}", "bullet")
        if s.key_figures:
            self.heading(self.c.phrases.key_figures, 2)
            self.figures(s.key_figures)
        if s.by_post is not None and s.by_post.rows:
            self.heading(s.by_post.title, 2)
            self.data_table(s.by_post)
        if not (s.conclusion.strip() or s.highlights or s.key_figures):
            self.empty()
        self.page_break()
        self.step()

    def kpis(self) -> None:
        self.heading(self.c.kpi_title, 1)
        if not self.c.kpis:
            self.empty()
        for kpi in self.c.kpis:
            self.kpi(kpi)
            self.step()

    def kpi(self, kpi: Kpi) -> None:
        self.heading(kpi.title, 2)
        rows = [[r.label, *(f"{v:,}" for v in r.values)] for r in kpi.rows]
        self.table([kpi.category, *kpi.series], rows, [3.0, *(1.0 for _ in kpi.series)],
                   [False, *(True for _ in kpi.series)])
        if kpi.empty:
            self.empty()
        else:
            shown = kpi if len(kpi.rows) <= CHART_CATEGORIES else _first_rows(kpi)
            chart = kpi_png(shown, self.font, self.text_mm * 0.8 * 72 / 25.4)
            if chart is not None:
                data, width_pt, height_pt = chart
                ref = self.s["chart"]
                self.doc.add_picture(
                    data, "png", section=self.section, width_mm=width_pt * 25.4 / 72,
                    height_mm=height_pt * 25.4 / 72, style_id_ref=ref.style_id,
                    para_pr_id_ref=ref.para_pr, char_pr_id_ref=ref.char_pr)
        if kpi.note:
            self.para(kpi.note, "note")

    def items(self, section: Section, level: int = 3) -> None:
        self.heading(section.title, level)
        if section.note:
            self.para(section.note, "note")
        if not section.items:
            self.empty()
        for item in section.items:
            self.item(item)
            self.step()

    def item(self, item: TextItem) -> None:
        meta = item.meta
        if item.date is not None and item.date.isoformat() not in meta:
            meta = " · ".join(m for m in (item.date.isoformat(), meta) if m)
        self.para(item.heading, "item")
        if meta:
            self.para(meta, "meta")
        if item.body.strip():
            self.para(item.body, "body")

    def conference(self) -> None:
        conf = self.c.conference
        assert conf is not None
        self.page_break()
        self.heading(conf.title, 1)
        self.para(" · ".join(x for x in (conf.held_on.isoformat(), conf.kind) if x), "meta")
        if conf.summary.strip():
            self.para(conf.summary, "lead")
        self.items(conf.agenda, 2)
        self.heading(conf.actions.title, 2)
        self.data_table(conf.actions)

    def posts(self) -> None:
        self.page_break()
        self.heading(self.c.post_title, 1)
        if not self.c.posts:
            self.empty()
        for post in self.c.posts:
            self.heading(post.title, 2)
            if post.key_figures:
                self.figures(post.key_figures, max(FIGURES_PER_ROW, len(post.key_figures)))
            for part in post.parts:
                self.items(part)
        self.step()

    def trends(self) -> None:
        self.page_break()
        t = self.c.trends
        self.heading(t.title, 1)
        if t.note:
            self.para(t.note, "note")
        if not t.items:
            self.empty()
        for item in t.items:
            self.item(item)
            self.step()

    def action_log(self) -> None:
        self.page_break()
        log = self.c.action_log
        self.heading(log.title, 1)
        previous = " · ".join(x for x in (
            log.previous_conference, log.previous_date.isoformat() if log.previous_date else ""
        ) if x)
        if previous:
            self.para(previous, "meta")
        self.data_table(log.table)
        self.step()

    def annexes(self) -> None:
        """The annexes in a section of their own, on landscape pages (as the PDF's)."""
        self.section = self.doc.add_section()
        self.text_mm = LANDSCAPE_TEXT_MM
        self.page_setup(section=len(self.doc.sections) - 1, orientation="LANDSCAPE")
        self.heading(self.c.annex_title, 1)
        if not self.c.annexes:
            self.empty()
        for table in self.c.annexes:
            self.heading(table.title, 2)
            self.data_table(table)
            self.step()


def _fill(cell: Any, value: str, ref: StyleRef, para_pr: str, width: int | None) -> None:
    """A cell's width (None: already set) and text (a paragraph per line) in the style
    ``ref``."""
    if width is not None:
        cell.set_size(width=width)
    value = clean(value)
    if value:  # a new cell is empty already
        cell.set_text(value, split_paragraphs="\n" in value)
    for p in cell.element.iter(_tag(cell.element, "p")):
        p.set("styleIDRef", ref.style_id)
        p.set("paraPrIDRef", para_pr)
        for run in p.iter(_tag(cell.element, "run")):
            run.set("charPrIDRef", ref.char_pr)


def _column_widths(total: int, shares: Sequence[float]) -> list[int] | None:
    """The columns' widths (HWPUNIT) of a table ``total`` wide, shared out as python-hwpx's
    ``set_column_widths`` does (rounded, the last column the rest), set cell by cell while
    the table is filled rather than in a second walk over its cells. None when a column
    would be narrower than the least Hancom draws a new table's column: then the library's
    own call widens the table."""
    whole = sum(shares)
    widths: list[int] = []
    for share in shares[:-1]:
        widths.append(round(total * share / whole))
    widths.append(max(total - sum(widths), 0))
    return widths if min(widths) >= NEW_TABLE_COLUMN_FLOOR else None


def _tag(element: Any, local: str) -> str:
    """The qualified name of a paragraph-namespace element (``hp:p``, ``hp:run``)."""
    return element.tag.split("}")[0] + "}" + local


def _weights(table: Table, rows: Sequence[Sequence[str]]) -> list[float]:
    """Column widths as shares: each as wide as its text needs (on a sample of rows,
    within limits); long-text columns wider."""
    sample = rows[:: max(1, len(rows) // 200)]
    out = []
    for i, title in enumerate(table.columns):
        longest = max((len(r[i]) for r in sample), default=0)
        word = max((len(w) for w in title.split()), default=1)
        need = max(word, min(longest, 30), 4)
        if i in table.long_columns:
            need = max(need, 45)
        out.append(float(need))
    return out


def _first_rows(kpi: Kpi) -> Kpi:
    return dataclasses.replace(kpi, rows=kpi.rows[:CHART_CATEGORIES])
