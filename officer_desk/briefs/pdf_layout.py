"""The page of a briefing pack: styles, the document template and what every page carries.

One pass of reportlab builds the whole document. The canvas keeps each finished page
aside (``showPage``) and writes them all at ``save``, when the number of pages and the
page of every heading are known: only then are the marking banners (top and bottom),
"page X of Y" and the page numbers of the contents drawn. This is what reportlab's
two-pass ``multiBuild`` would give, at the cost of one pass (the benchmark compares the
pack with a plain one-pass rendering).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate

from officer_desk.briefs import chart_style
from officer_desk.briefs.pdf_text import MAIN, PdfFonts, clean

# --- colours and measures --------------------------------------------------------------------

INK = colors.HexColor(chart_style.INK)
NAVY = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor(chart_style.MUTED)
RULE = colors.HexColor(chart_style.RULE)
HEADER_FILL = colors.HexColor("#e8eef5")
PANEL_FILL = colors.HexColor("#f3f6f9")
MARKING_FILL = {"internal": colors.HexColor("#8e1b1b"), "stakeholder": colors.HexColor("#1d5c57")}
#: series colours for charts: calm, distinguishable, printable in grey
PALETTE = tuple(colors.HexColor(c) for c in chart_style.PALETTE)

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 24 * mm
BANNER_HEIGHT = 5.5 * mm
BANNER_GAP = 7 * mm  # from the paper's edge


def styles(fonts: PdfFonts) -> dict[str, ParagraphStyle]:
    """The paragraph styles of a pack, all in the Korean font (bold: its real bold face)."""
    regular, bold = fonts.regular, fonts.bold
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=9.5, leading=14.5, textColor=INK, spaceAfter=4,
        bulletFontName=regular,
        splitLongWords=1,
    )
    return {
        "body": body,
        "cover_title": ParagraphStyle(
            "cover_title", parent=body, fontName=bold, fontSize=22, leading=30,
            textColor=NAVY, spaceAfter=6,
        ),
        "cover_sub": ParagraphStyle(
            "cover_sub", parent=body, fontSize=12, leading=17, textColor=MUTED, spaceAfter=18,
        ),
        "edition": ParagraphStyle(
            "edition", parent=body, fontName=bold, fontSize=11, leading=15, spaceAfter=4,
        ),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=bold, fontSize=16, leading=21, textColor=NAVY,
            spaceBefore=0, spaceAfter=10,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=bold, fontSize=12, leading=16, textColor=NAVY,
            spaceBefore=12, spaceAfter=6,
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=bold, fontSize=10, leading=14, textColor=INK,
            spaceBefore=8, spaceAfter=3,
        ),
        "item": ParagraphStyle(
            "item", parent=body, fontName=bold, fontSize=9.5, leading=13.5, spaceBefore=8,
            spaceAfter=1,
        ),
        "meta": ParagraphStyle(
            "meta", parent=body, fontSize=8, leading=11, textColor=MUTED, spaceAfter=2,
        ),
        "note": ParagraphStyle(
            "note", parent=body, fontSize=8, leading=11, textColor=MUTED, spaceBefore=2,
        ),
        "empty": ParagraphStyle(
            "empty", parent=body, fontSize=9, leading=13, textColor=MUTED,
        ),
        "lead": ParagraphStyle(
            "lead", parent=body, fontSize=10.5, leading=16, spaceAfter=6,
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3,
        ),
        "figure_value": ParagraphStyle(
            "figure_value", parent=body, fontName=bold, fontSize=17, leading=21,
            textColor=NAVY, alignment=TA_CENTER, spaceAfter=0,
        ),
        "figure_label": ParagraphStyle(
            "figure_label", parent=body, fontSize=7.5, leading=10, textColor=MUTED,
            alignment=TA_CENTER, spaceAfter=0,
        ),
        "cell": ParagraphStyle(
            "cell", parent=body, fontSize=7.5, leading=9.5, spaceAfter=0,
        ),
        "cell_right": ParagraphStyle(
            "cell_right", parent=body, fontSize=7.5, leading=9.5, spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        "cell_head": ParagraphStyle(
            "cell_head", parent=body, fontName=bold, fontSize=7.5, leading=9.5,
            textColor=NAVY, spaceAfter=0,
        ),
        "cell_head_right": ParagraphStyle(
            "cell_head_right", parent=body, fontName=bold, fontSize=7.5, leading=9.5,
            textColor=NAVY, spaceAfter=0, alignment=TA_RIGHT,
        ),
        "control_label": ParagraphStyle(
            "control_label", parent=body, fontName=bold, fontSize=9, leading=13,
            textColor=MUTED, spaceAfter=0,
        ),
        "control_value": ParagraphStyle(
            "control_value", parent=body, fontSize=9.5, leading=13.5, spaceAfter=0,
        ),
    }


# --- text straight on the canvas (banners, footers, contents) ---------------------------------


def text_width(fonts: PdfFonts, text: str, size: float, *, bold: bool = False) -> float:
    return sum(stringWidth(run, font, size) for font, run in _canvas_runs(fonts, text, bold))


def draw_text(canvas: Canvas, fonts: PdfFonts, x: float, y: float, text: str, size: float, *,
              bold: bool = False, align: str = "left", colour: Any = INK) -> float:
    """Draw one line in the Korean font, fallback runs in the fallback font; returns its width."""
    runs = _canvas_runs(fonts, text, bold)
    width = sum(stringWidth(run, font, size) for font, run in runs)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    canvas.setFillColor(colour)
    for font, run in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)
    return width


def _canvas_runs(fonts: PdfFonts, text: str, bold: bool) -> list[tuple[str, str]]:
    main = fonts.bold if bold else fonts.regular
    out: list[tuple[str, str]] = []
    for font, run in fonts.runs(clean(text).replace("\n", " ")):
        if font == MAIN:
            out.append((main, run))
        elif font is None:
            out.append((main, fonts.missing_mark * len(run)))
        else:
            out.append((font, run))
    return out


def fit_text(fonts: PdfFonts, text: str, size: float, width: float, *, bold: bool = False) -> str:
    """The text, shortened with "…" to fit ``width`` (for one-line places only)."""
    if text_width(fonts, text, size, bold=bold) <= width:
        return text
    while text and text_width(fonts, text + "…", size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


# --- the pages ----------------------------------------------------------------------------------


@dataclass
class Pages:
    """What the canvas draws on every page once the whole document is laid out."""

    fonts: PdfFonts
    marking: str
    edition: str
    page_of: str  # with {page} and {pages}
    footer_left: str
    #: the file's creation date (the pack's generation time, time zone aware)
    created: dt.datetime | None = None
    #: heading key -> page number, filled while the document is built
    headings: dict[str, int] = field(default_factory=dict)
    #: (page, x of the right edge, baseline y, x where the title ends, heading key)
    contents_slots: list[tuple[int, float, float, float, str]] = field(default_factory=list)

    def decorate(self, canvas: Canvas, page: int, pages: int) -> None:
        width, height = canvas._pagesize
        fill = MARKING_FILL.get(self.edition, NAVY)
        for y in (height - BANNER_GAP - BANNER_HEIGHT, BANNER_GAP):
            canvas.setFillColor(fill)
            canvas.rect(MARGIN_X, y, width - 2 * MARGIN_X, BANNER_HEIGHT, stroke=0, fill=1)
            draw_text(canvas, self.fonts, width / 2, y + 1.7 * mm, self.marking, 8, bold=True,
                      align="centre", colour=colors.white)
        y = BANNER_GAP + BANNER_HEIGHT + 3.2 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 8.5, width - MARGIN_X, y + 8.5)
        number = self.page_of.format(page=page, pages=pages)
        number_width = draw_text(canvas, self.fonts, width - MARGIN_X, y, number, 7.5,
                                 align="right", colour=MUTED)
        left = fit_text(self.fonts, self.footer_left, 7.5,
                        width - 2 * MARGIN_X - number_width - 10 * mm)
        draw_text(canvas, self.fonts, MARGIN_X, y, left, 7.5, colour=MUTED)
        for slot_page, right, baseline, title_end, key in self.contents_slots:
            if slot_page == page:
                self._contents_number(canvas, right, baseline, title_end, key)

    def _contents_number(self, canvas: Canvas, right: float, baseline: float,
                         title_end: float, key: str) -> None:
        target = self.headings.get(key)
        number = str(target) if target else "–"
        number_width = draw_text(canvas, self.fonts, right, baseline, number, 10,
                                 align="right", colour=INK)
        start, end = title_end + 6, right - number_width - 6
        if end > start:
            # the dot leader: one dashed line of round dots (a circle path per dot cost
            # a tenth of a short pack's layout time)
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(1.1)
            canvas.setLineCap(1)
            canvas.setDash([0, 4])
            canvas.line(start, baseline + 2.5, end, baseline + 2.5)
            canvas.restoreState()
        if target:
            canvas.linkRect("", key, (MARGIN_X, baseline - 3, right, baseline + 10),
                            relative=0, thickness=0)


def canvas_maker(pages: Pages) -> Callable[..., Canvas]:
    """A canvas class that keeps the pages until ``save`` and then decorates each."""

    class PackCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []
            if pages.created is not None:
                # invariant=1 makes the file reproducible but dates it 2000-01-01: date it
                # by the pack's generation time instead (still reproducible)
                self._doc._timeStamp = _Stamp(pages.created)

        def showPage(self) -> None:
            # a page's drawing operators, kept until every page is laid out, as one string
            # (reportlab joins them with line breaks when it writes the page): thousands of
            # small strings per page would hold several times the memory
            self._code[:] = ["\n".join(self._code)]
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            for number, state in enumerate(self._kept, start=1):
                self.__dict__.update(state)
                pages.decorate(self, number, total)
                Canvas.showPage(self)
            self._kept = []
            Canvas.save(self)

    return PackCanvas


class _Stamp:
    """What reportlab's PDF info reads of its ``TimeStamp``, for a given moment."""

    def __init__(self, moment: dt.datetime) -> None:
        offset = moment.utcoffset() or dt.timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        self.YMDhms = (moment.year, moment.month, moment.day, moment.hour, moment.minute,
                       moment.second)
        self.dhh, self.dmm = int(minutes / 60), abs(minutes) % 60
        self.t = moment.timestamp()


class PackDocument(BaseDocTemplate):
    """Portrait pages, and landscape ones for the wide annex tables."""

    def __init__(self, filename: str, pages: Pages, *,
                 after: Callable[[Flowable], None] | None = None, **kwargs: Any) -> None:
        super().__init__(filename, pagesize=PORTRAIT, leftMargin=MARGIN_X,
                         rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, invariant=1, **kwargs)
        self.pages = pages
        self._after = after
        self.addPageTemplates([_template("portrait", PORTRAIT), _template("landscape", LANDSCAPE)])

    def afterFlowable(self, flowable: Flowable) -> None:
        key = getattr(flowable, "toc_key", None)
        if key and key not in self.pages.headings:
            self.pages.headings[key] = self.page
            self.canv.addOutlineEntry(flowable.toc_title, key, flowable.toc_level, closed=True)
        if self._after is not None:
            self._after(flowable)


def _template(name: str, size: tuple[float, float]) -> PageTemplate:
    width, height = size
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X,
                  height - MARGIN_TOP - MARGIN_BOTTOM, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id=f"{name}-frame")
    return PageTemplate(id=name, frames=[frame], pagesize=size)


def frame_width(size: tuple[float, float]) -> float:
    return size[0] - 2 * MARGIN_X


def frame_height(size: tuple[float, float]) -> float:
    return size[1] - MARGIN_TOP - MARGIN_BOTTOM


# --- headings and the contents -------------------------------------------------------------


class Heading(Paragraph):
    """A heading that is an entry of the contents and of the PDF outline."""

    def __init__(self, markup: str, style: ParagraphStyle, *, key: str, title: str,
                 level: int) -> None:
        super().__init__(markup, style)
        self.toc_key = key
        self.toc_title = title
        self.toc_level = level
        self.keepWithNext = True

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.toc_key, 0, self.height + 4)
        super().draw()


@dataclass(frozen=True)
class ContentsEntry:
    key: str
    title: str
    level: int


class Contents(Flowable):
    """The contents: titles drawn now, their page numbers at ``save`` (see ``Pages``)."""

    LINE = 19.0
    SUB_LINE = 15.5

    def __init__(self, pages: Pages, entries: Sequence[ContentsEntry]) -> None:
        super().__init__()
        self.pages = pages
        self.entries = list(entries)

    def _line(self, entry: ContentsEntry) -> float:
        return self.LINE if entry.level == 0 else self.SUB_LINE

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = sum(self._line(e) for e in self.entries)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        used, cut = 0.0, 0
        for entry in self.entries:
            if used + self._line(entry) > available_height:
                break
            used += self._line(entry)
            cut += 1
        if cut == 0 or cut == len(self.entries):
            return []
        return [Contents(self.pages, self.entries[:cut]), Contents(self.pages, self.entries[cut:])]

    def draw(self) -> None:
        canvas = self.canv
        fonts = self.pages.fonts
        page = canvas.getPageNumber()
        y = self.height
        for entry in self.entries:
            y -= self._line(entry)
            size = 10.5 if entry.level == 0 else 9.5
            indent = 0 if entry.level == 0 else 14
            title = fit_text(fonts, entry.title, size, self.width - indent - 50,
                             bold=entry.level == 0)
            baseline = y + 5
            width = draw_text(canvas, fonts, indent, baseline, title, size,
                              bold=entry.level == 0, colour=INK if entry.level == 0 else MUTED)
            title_end, absolute_baseline = canvas.absolutePosition(indent + width, baseline)
            right, _ = canvas.absolutePosition(self.width, baseline)
            self.pages.contents_slots.append(
                (page, right, absolute_baseline, title_end, entry.key))
