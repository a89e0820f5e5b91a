"""The briefing pack as a PDF (reportlab): ``render_pdf(content, path)``.

The pack reads top-down as officers brief: cover with the control block, contents,
a one-page executive summary (the conference's own conclusion first, then findings
and key figures), KPIs with charts, the conference's agenda and actions, a section per
post, market and policy trends, the action log carried over, and the annexes (case
list, deadline calendar, engagement log) on landscape pages. Every page carries the
edition's marking at the top and bottom and "page X of Y" (``pdf_layout``).

What it prints comes from ``BriefContent`` only (already filtered and anonymised);
the file's metadata (title, author, subject) comes from its control block only. The
file is written under a temporary name and renamed at the end, so a failure or a
cancel never leaves half a PDF at ``path``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.tables import Table as RlTable

from officer_desk import settings as user_settings
from officer_desk.briefs.content import (
    BriefContent,
    KeyFigure,
    Kpi,
    Section,
    Table,
    TextItem,
)
from officer_desk.briefs.guard import check_before_writing
from officer_desk.briefs.pdf_charts import kpi_chart
from officer_desk.briefs.pdf_layout import (
    LANDSCAPE,
    MARKING_FILL,
    NAVY,
    PANEL_FILL,
    PORTRAIT,
    RULE,
    Contents,
    ContentsEntry,
    Heading,
    PackDocument,
    Pages,
    canvas_maker,
    frame_height,
    frame_width,
    styles,
)
from officer_desk.briefs.pdf_tables import (
    CellMaker,
    figures_table,
    header_word_width,
    table_flowables,
)
from officer_desk.briefs.pdf_text import PdfFonts, register_fonts, split_text
from officer_desk.briefs.words import word
from officer_desk.domain.errors import Cancelled, OfficerDeskError
from officer_desk.domain.messages import reason, say
from officer_desk.out_file import replacing

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

#: characters of one body paragraph; longer text is cut into several (they split freely)
PIECE = 3000
#: characters of a body kept on the page of its heading
FIRST_PIECE = 400
#: a KPI with more rows than this is printed table above chart instead of side by side
SIDE_BY_SIDE_ROWS = 22
#: categories a chart shows (the table beside it lists them all)
CHART_CATEGORIES = 16
#: a part starts on the page where the one before ends when at least this much is left
SECTION_ROOM = 90 * mm


def render_pdf(content: BriefContent, path: Path, *, progress: Progress | None = None,
               cancel: Cancel | None = None, font_setting: str | Path | None = None) -> Path:
    """Write the pack's PDF to ``path`` and return it.

    ``font_setting`` is the Korean font setting (file or folder); None reads it from the
    user's settings, "" finds the font automatically. ``progress(done, total)`` is called
    while pages are laid out; ``cancel()`` returning True stops with ``Cancelled``.
    Raises ``FontProblem`` when there is no usable Korean font.
    """
    path = Path(path)
    check_before_writing(content)
    if font_setting is None:
        font_setting = user_settings.load().korean_font
    fonts = register_fonts(font_setting or None, missing_mark=content.phrases.missing_glyph)
    control = content.control
    pages = Pages(
        fonts=fonts, marking=control.marking, edition=content.edition,
        page_of=content.phrases.page_of, created=control.generated_at,
        footer_left=" · ".join(
            p for p in (control.organisation, _brief_label(content), control.generated_text) if p
        ),
    )
    story = _Story(content, fonts, pages).flowables()
    total = len(story)
    reporter = _Reporter(story, total, progress, cancel)
    try:
        with replacing(path, cannot="brief.cannot_write_pdf") as part:
            doc = PackDocument(
                str(part), pages, after=reporter,
                title=control.title, author=control.organisation,
                subject=f"{control.edition_label} — {_brief_label(content)}",
                creator="Officer Desk", keywords="", lang=content.lang,
                initialFontName=fonts.regular, initialFontSize=9.5,
            )
            doc.build(story, canvasmaker=canvas_maker(pages))
    except LayoutError as e:
        raise OfficerDeskError(say("brief.pdf_layout", detail=reason(e))) from e
    except OSError as e:
        raise OfficerDeskError(say("brief.cannot_write_pdf", path=path,
                                   detail=reason(e))) from e
    if progress:
        progress(total, total)
    return path


def _brief_label(content: BriefContent) -> str:
    """E.g. "No. 2026-2 v1", "보고 번호 2026-2 · 버전 1" (the brief number and version, in
    the pack's language)."""
    control = content.control
    if not control.brief_number:
        return ""
    return word("brief_label", content.lang, number=control.brief_number,
                version=control.version)


class _Reporter:
    """After each flowable: progress (when a whole percent is done) and the cancel check."""

    def __init__(self, story: list[Flowable], total: int, progress: Progress | None,
                 cancel: Cancel | None) -> None:
        self.story, self.total = story, total
        self.progress, self.cancel = progress, cancel
        self.last = -1

    def __call__(self, flowable: Flowable) -> None:
        # the parts of a split flowable go back into the story: never count backwards
        done = min(self.total, max(0, self.total - len(self.story)))
        percent = done * 100 // max(self.total, 1)
        if self.progress and percent > self.last:
            self.last = percent
            self.progress(done, self.total)
        if self.cancel and self.cancel():
            raise Cancelled(say("brief.pdf_cancelled"))


class _Story:
    """The flowables of one pack, section by section."""

    def __init__(self, content: BriefContent, fonts: PdfFonts, pages: Pages) -> None:
        self.c = content
        self.fonts = fonts
        self.pages = pages
        self.s = styles(fonts)
        self.cells = CellMaker(fonts, self.s["cell"], self.s["cell_head"],
                               self.s["cell_head_right"])
        self.width = frame_width(PORTRAIT)
        self.entries: list[ContentsEntry] = []

    # --- helpers ---------------------------------------------------------------------------

    def p(self, text: str, style: str) -> Paragraph:
        return Paragraph(self.fonts.markup(text), self.s[style])

    def paragraphs(self, text: str, style: str = "body") -> list[Flowable]:
        """User text as paragraphs of at most ``PIECE`` characters (line breaks kept)."""
        if not text or not text.strip():
            return []
        return [self.p(piece, style) for piece in split_text(text, PIECE) if piece.strip()]

    def heading(self, title: str, key: str, level: int, style: str) -> Heading:
        self.entries.append(ContentsEntry(key=key, title=title, level=level))
        return Heading(self.fonts.markup(title), self.s[style], key=key, title=title,
                       level=level)

    def table(self, data: list[list], *, widths: list[float],
              style: list[tuple], **kwargs: object) -> RlTable:
        """A layout table; its empty cells too are in the Korean font (not Helvetica)."""
        commands = [("FONT", (0, 0), (-1, -1), self.fonts.regular, 9), *style]
        return RlTable(data, colWidths=widths, style=TableStyle(commands), **kwargs)

    def empty(self) -> Paragraph:
        return self.p(self.c.phrases.empty, "empty")

    # --- the whole -------------------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        body: list[Flowable] = []
        body += self.summary()
        body += self.kpis()
        if self.c.conference is not None:
            body += self.conference()
        body += self.posts()
        body += self.trends()
        body += self.action_log()
        body += self.annexes()
        contents = [
            self.p(self.c.phrases.contents, "h1"), Spacer(1, 4),
            Contents(self.pages, self.entries), PageBreak(),
        ]
        return [*self.cover(), *contents, *body]

    def cover(self) -> list[Flowable]:
        control = self.c.control
        fill = MARKING_FILL.get(self.c.edition, NAVY)
        label_width = 38 * mm
        rows = []
        for label, value in control.rows:
            # a value too long for one page goes on in rows of its own (rows cannot split)
            for n, piece in enumerate(split_text(value or "–", 1500)):
                rows.append([self.p(label if n == 0 else "", "control_label"),
                             self.p(piece, "control_value")])
        block = self.table(rows, widths=[label_width, self.width - label_width], style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEABOVE", (0, 0), (-1, 0), 1.2, NAVY),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ], hAlign="LEFT")
        edition = Paragraph(
            f'<font color="{fill.hexval().replace("0x", "#")}">'
            f"{self.fonts.markup(control.edition_label)}</font>", self.s["edition"])
        out: list[Flowable] = [
            Spacer(1, 30 * mm),
            HRFlowable(width=36 * mm, thickness=3, color=fill, hAlign="LEFT", spaceAfter=14),
        ]
        if control.organisation:
            out.append(self.p(control.organisation, "cover_sub"))
        out += [self.p(control.title, "cover_title"), Spacer(1, 6), edition, Spacer(1, 26),
                block, PageBreak()]
        return out

    def summary(self) -> list[Flowable]:
        summary = self.c.summary
        out: list[Flowable] = [self.heading(summary.title, "summary", 0, "h1")]
        if summary.conclusion.strip():
            out.append(self.panel(summary.conclusion))
            out.append(Spacer(1, 8))
        for line in summary.highlights:
            out.append(Paragraph(self.fonts.markup(line), self.s["bullet"], bulletText="•"))
        if summary.key_figures:
            out.append(self.p(self.c.phrases.key_figures, "h2"))
            out.append(self.tiles(summary.key_figures, columns=4))
        if summary.by_post is not None and summary.by_post.rows:
            out += self.table_block(summary.by_post, "h2")
        if not (summary.conclusion.strip() or summary.highlights or summary.key_figures):
            out.append(self.empty())
        out.append(PageBreak())
        return out

    def panel(self, text: str) -> RlTable:
        """Text on a tinted panel with a rule on its left; one row per piece, so it splits."""
        rows = [[self.p(piece, "lead")] for piece in split_text(text, 1200) if piece.strip()]
        return self.table(rows, widths=[self.width], style=[
            ("BACKGROUND", (0, 0), (-1, -1), PANEL_FILL),
            ("LINEBEFORE", (0, 0), (0, -1), 3, NAVY),
            ("LEFTPADDING", (0, 0), (-1, -1), 12),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ], hAlign="LEFT")

    def tiles(self, figures: tuple[KeyFigure, ...], *, columns: int) -> RlTable:
        """Key figures as tiles: the number large, the label under it."""
        cells = [[self.p(f"{f.value:,}", "figure_value"), self.p(f.label, "figure_label")]
                 for f in figures]
        while len(cells) % columns:
            cells.append([])
        rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
        gap = 6
        width = (self.width - gap * (columns - 1)) / columns
        widths = []
        for i in range(columns):
            widths.append(width)
            if i < columns - 1:
                widths.append(gap)
        data = [[cell for i, c in enumerate(row) for cell in ([c] if i == 0 else ["", c])]
                for row in rows]
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]
        for r, row in enumerate(rows):
            for i, c in enumerate(row):
                if c:
                    commands.append(("BACKGROUND", (2 * i, r), (2 * i, r), PANEL_FILL))
                    commands.append(("LINEABOVE", (2 * i, r), (2 * i, r), 1.5, NAVY))
        return self.table(data, widths=widths, style=commands, hAlign="LEFT", spaceAfter=4)

    # --- KPIs --------------------------------------------------------------------------------

    def kpis(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.c.kpi_title, "kpis", 0, "h1")]
        if not self.c.kpis:
            out.append(self.empty())
        for kpi in self.c.kpis:
            out.append(KeepTogether(self.kpi(kpi)))
        out.append(CondPageBreak(SECTION_ROOM))
        return out

    def kpi(self, kpi: Kpi) -> list[Flowable]:
        head = [self.cells.header((kpi.category, *kpi.series),
                                  ("text", *("int" for _ in kpi.series)))]
        rows = head + [
            [self.p(r.label, "cell"), *(f"{v:,}" for v in r.values)] for r in kpi.rows
        ]
        # a figure column is as wide as its header's longest word ("Engagements")
        values = [max(44.0, header_word_width(name, self.fonts)) for name in kpi.series]
        table_width = min(self.width * 0.46, 120 + sum(values))
        widths = [table_width - sum(values), *values]
        table = figures_table(rows, widths, self.fonts)
        chart_kpi = kpi if len(kpi.rows) <= CHART_CATEGORIES else _first_rows(kpi)
        out: list[Flowable] = [self.p(kpi.title, "h2")]
        if kpi.empty:
            out += [table, self.empty()]
        elif len(kpi.rows) <= SIDE_BY_SIDE_ROWS:
            chart_width = self.width - table_width - 16
            chart = kpi_chart(chart_kpi, self.fonts, chart_width)
            out.append(self.table(
                [[table, chart or ""]], widths=[table_width + 16, chart_width], style=[
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ], hAlign="LEFT"))
        else:
            out.append(table)
            chart = kpi_chart(chart_kpi, self.fonts, self.width * 0.8)
            if chart is not None:
                out += [Spacer(1, 6), chart]
        if kpi.note:
            out.append(self.p(kpi.note, "note"))
        out.append(Spacer(1, 8))
        return out

    # --- text sections --------------------------------------------------------------------

    def items(self, section: Section, style: str = "h3") -> list[Flowable]:
        out: list[Flowable] = [self.p(section.title, style)]
        if not section.items:
            out.append(self.empty())
        for item in section.items:
            out += self.item(item)
        return out

    def item(self, item: TextItem) -> list[Flowable]:
        meta = item.meta
        if item.date is not None and item.date.isoformat() not in meta:
            meta = " · ".join(m for m in (item.date.isoformat(), meta) if m)
        head = [self.p(item.heading, "item")]
        if meta:
            head.append(self.p(meta, "meta"))
        # heading and meta stay with the start of the body: a short first piece, so that
        # a long body does not push them to the next page
        first, rest = _lead(item.body)
        return [KeepTogether([*head, *self.paragraphs(first)]), *self.paragraphs(rest)]

    def conference(self) -> list[Flowable]:
        conf = self.c.conference
        assert conf is not None
        out: list[Flowable] = [self.heading(conf.title, "conference", 0, "h1")]
        facts = " · ".join(x for x in (conf.held_on.isoformat(), conf.kind) if x)
        out.append(self.p(facts, "meta"))
        out += self.paragraphs(conf.summary, "lead")
        out += self.items(conf.agenda, "h2")
        out += self.table_block(conf.actions, "h2")
        out.append(CondPageBreak(SECTION_ROOM))
        return out

    def posts(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.c.post_title, "posts", 0, "h1")]
        if not self.c.posts:
            out.append(self.empty())
        for n, post in enumerate(self.c.posts):
            if n:
                out.append(CondPageBreak(70 * mm))
            out.append(self.heading(post.title, f"post-{post.code}", 1, "h2"))
            if post.key_figures:
                out.append(self.tiles(post.key_figures, columns=max(4, len(post.key_figures))))
            for part in post.parts:
                out += self.items(part)
        out.append(CondPageBreak(SECTION_ROOM))
        return out

    def trends(self) -> list[Flowable]:
        section = self.c.trends
        out: list[Flowable] = [self.heading(section.title, "trends", 0, "h1")]
        if section.note:
            out.append(self.p(section.note, "note"))
        if not section.items:
            out.append(self.empty())
        for item in section.items:
            out += self.item(item)
        out.append(CondPageBreak(SECTION_ROOM))
        return out

    def action_log(self) -> list[Flowable]:
        log = self.c.action_log
        out: list[Flowable] = [self.heading(log.title, "action-log", 0, "h1")]
        previous = " · ".join(x for x in (
            log.previous_conference, log.previous_date.isoformat() if log.previous_date else ""
        ) if x)
        if previous:
            out.append(self.p(previous, "meta"))
        out += self.table_block(log.table, None)
        return out

    def table_block(self, table: Table, title_style: str | None, *,
                    size: tuple[float, float] = PORTRAIT) -> list[Flowable]:
        out: list[Flowable] = []
        if title_style:
            out.append(self.p(table.title, title_style))
        if table.note:
            out.append(self.p(table.note, "note"))
        if not table.rows:
            out.append(self.empty())
            return out
        out += table_flowables(table, frame_width(size), self.cells, self.fonts,
                               frame_height(size))
        return out

    def annexes(self) -> list[Flowable]:
        out: list[Flowable] = [NextPageTemplate("landscape"), PageBreak(),
                               self.heading(self.c.annex_title, "annexes", 0, "h1")]
        if not self.c.annexes:
            out.append(self.empty())
        for n, table in enumerate(self.c.annexes):
            if n:
                out.append(CondPageBreak(60 * mm))
            out.append(self.heading(table.title, f"annex-{table.key}", 1, "h2"))
            out += self.table_block(table, None, size=LANDSCAPE)
            out.append(Spacer(1, 10))
        return out


def _lead(body: str) -> tuple[str, str]:
    """The body's first line (at most ``FIRST_PIECE`` characters, cut at a space), the rest."""
    first, newline, rest = body.partition("\n")
    if len(first) <= FIRST_PIECE:
        return first, rest
    cut = first.rfind(" ", FIRST_PIECE // 2, FIRST_PIECE)
    cut = cut if cut > 0 else FIRST_PIECE
    return first[:cut], first[cut:].lstrip() + newline + rest


def _first_rows(kpi: Kpi) -> Kpi:
    return dataclasses.replace(kpi, rows=kpi.rows[:CHART_CATEGORIES])

