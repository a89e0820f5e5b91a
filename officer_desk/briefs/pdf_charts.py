"""KPI charts for the PDF (reportlab.graphics), every label in the Korean font.

reportlab's charts draw their labels in Helvetica unless told otherwise, which prints no
Hangul at all: every axis label, legend and value label here gets the registered Korean
font (or a fallback font, per label, when the Korean font lacks its characters).
Value axes count whole things, so their steps are whole numbers.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String

from officer_desk.briefs.chart_style import nice_axis, short_label
from officer_desk.briefs.content import Kpi
from officer_desk.briefs.pdf_layout import INK, MUTED, PALETTE, RULE
from officer_desk.briefs.pdf_text import PdfFonts

LABEL_SIZE = 7.5


def kpi_chart(kpi: Kpi, fonts: PdfFonts, width: float) -> Drawing | None:
    """The chart that suits the KPI, ``width`` wide; None when there is nothing to draw."""
    if kpi.empty or not kpi.rows:
        return None
    if kpi.chart == "pie" and len(kpi.series) == 1:
        drawing = _pie(kpi, fonts, width)
    elif kpi.chart == "column":
        drawing = _columns(kpi, fonts, width)
    else:
        drawing = _bars(kpi, fonts, width)
    drawing.initialFontName = fonts.regular  # else the renderer starts in Helvetica
    drawing.initialFontSize = LABEL_SIZE
    return drawing


def _main_font_text(fonts: PdfFonts, text: str) -> str:
    """Text for a place with one font for all entries (legends): the Korean font's marks."""
    font, shown = fonts.single_font(text)
    return shown if font == fonts.regular else fonts.main_only(shown)


def _style_axis_labels(labels: object, fonts: PdfFonts, texts: list[str]) -> list[str]:
    """Set the font of each category label (Korean or fallback); returns the texts shown."""
    shown = []
    for i, text in enumerate(texts):
        font, value = fonts.single_font(short_label(text))
        labels[i].fontName = font  # type: ignore[index]
        shown.append(value)
    return shown


def _legend(kpi: Kpi, fonts: PdfFonts, x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = fonts.regular
    legend.fontSize = LABEL_SIZE
    legend.fillColor = INK
    legend.strokeWidth = 0
    legend.strokeColor = None
    legend.boxAnchor = "nw"
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 6
    legend.deltax = 8
    legend.dxTextSpace = 4
    legend.autoXPadding = 10
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], _main_font_text(fonts, name))
        for i, name in enumerate(kpi.series)
    ]
    return legend


def _series_data(kpi: Kpi) -> list[tuple[int, ...]]:
    return [tuple(row.values[s] for row in kpi.rows) for s in range(len(kpi.series))]


def _bars(kpi: Kpi, fonts: PdfFonts, width: float) -> Drawing:
    """Horizontal bars, one category per row (the first row on top)."""
    rows = list(reversed(kpi.rows))  # reportlab draws the first category at the bottom
    series = len(kpi.series)
    per_category = 7 + 5 * series
    legend_room = 16 if series > 1 else 0
    plot_height = per_category * len(rows)
    height = plot_height + 24 + legend_room
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    label_room = min(width * 0.42, 6 + max(
        fonts_width(fonts, short_label(r.label)) for r in rows))
    chart.x, chart.y = label_room + 4, 16
    chart.width, chart.height = width - chart.x - 14, plot_height
    # reportlab draws the first series of a group lowest: reverse them too, so that they
    # read top-down in the legend's order
    chart.data = [tuple(reversed(values)) for values in reversed(_series_data(kpi))]
    top = max(max(values) for values in chart.data)
    _value_axis(chart.valueAxis, fonts, top)
    axis = chart.categoryAxis
    axis.categoryNames = _style_axis_labels(axis.labels, fonts, [r.label for r in rows])
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.fillColor = INK
    axis.labels.boxAnchor = "e"
    axis.labels.dx = -4
    axis.strokeColor = RULE
    axis.tickLeft = 0
    _bar_style(chart, series, reverse=True)
    chart.barLabelFormat = _count_label
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = MUTED
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    if series > 1:
        drawing.add(_legend(kpi, fonts, chart.x, height - 2))
    return drawing


def _columns(kpi: Kpi, fonts: PdfFonts, width: float) -> Drawing:
    """Clustered columns: one group per row, one column per series."""
    series = len(kpi.series)
    labels = [r.label for r in kpi.rows]
    group = (width - 34) / max(1, len(labels))
    slanted = any(fonts_width(fonts, short_label(t)) > group - 4 for t in labels)
    label_room = 44 if slanted else 16
    legend_room = 18 if series > 1 else 0
    height = 150 + label_room + legend_room
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, label_room
    chart.width, chart.height = width - chart.x - 6, 140
    chart.data = _series_data(kpi)
    top = max(max(values) for values in chart.data)
    _value_axis(chart.valueAxis, fonts, top)
    axis = chart.categoryAxis
    axis.categoryNames = _style_axis_labels(axis.labels, fonts, labels)
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.fillColor = INK
    axis.strokeColor = RULE
    axis.tickDown = 0
    if slanted:
        axis.labels.angle = 35
        axis.labels.boxAnchor = "ne"
        axis.labels.dx, axis.labels.dy = 4, -2
    else:
        axis.labels.boxAnchor = "n"
        axis.labels.dy = -3
    _bar_style(chart, series)
    drawing.add(chart)
    if series > 1:
        drawing.add(_legend(kpi, fonts, chart.x, height - 2))
    return drawing


def _pie(kpi: Kpi, fonts: PdfFonts, width: float) -> Drawing:
    """A pie of shares with a legend of labels, counts and percentages."""
    rows = [r for r in kpi.rows if r.values[0] > 0]
    total = sum(r.values[0] for r in rows)
    size = 110
    height = max(size + 16, 14 * len(rows) + 16)
    drawing = Drawing(width, height)
    pie = Pie()
    pie.x, pie.y = 8, (height - size) / 2
    pie.width = pie.height = size
    pie.data = [r.values[0] for r in rows]
    pie.labels = None
    pie.startAngle = 90
    pie.direction = "clockwise"
    pie.slices.strokeColor = None
    pie.slices.strokeWidth = 0
    for i in range(len(rows)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
        pie.slices[i].strokeColor = None
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = pie.x + size + 18, height / 2 + 7 * len(rows)
    legend.fontName = fonts.regular
    legend.fontSize = LABEL_SIZE
    legend.fillColor = INK
    legend.boxAnchor = "nw"
    legend.alignment = "right"
    legend.columnMaximum = max(1, len(rows))
    legend.deltay = 14
    legend.dxTextSpace = 5
    legend.strokeColor = None
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], f"{_main_font_text(fonts, short_label(r.label))}  "
                                    f"{r.values[0]:,} ({_percent(r.values[0], total)})")
        for i, r in enumerate(rows)
    ]
    drawing.add(legend)
    return drawing


def _percent(part: int, total: int) -> str:
    return f"{100 * part / total:.0f}%" if total else "–"


def _value_axis(axis: object, fonts: PdfFonts, top: int) -> None:
    maximum, step = nice_axis(top)
    axis.valueMin = 0  # type: ignore[attr-defined]
    axis.valueMax = maximum  # type: ignore[attr-defined]
    axis.valueStep = step  # type: ignore[attr-defined]
    axis.labelTextFormat = "%d"  # type: ignore[attr-defined]
    axis.labels.fontName = fonts.regular  # type: ignore[attr-defined]
    axis.labels.fontSize = 6.5  # type: ignore[attr-defined]
    axis.labels.fillColor = MUTED  # type: ignore[attr-defined]
    axis.strokeColor = RULE  # type: ignore[attr-defined]
    axis.visibleGrid = 1  # type: ignore[attr-defined]
    axis.gridStrokeColor = RULE  # type: ignore[attr-defined]
    axis.gridStrokeWidth = 0.4  # type: ignore[attr-defined]


def _bar_style(chart: HorizontalBarChart | VerticalBarChart, series: int, *,
               reverse: bool = False) -> None:
    chart.bars.strokeColor = None
    chart.bars.strokeWidth = 0
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i in range(series):
        colour = PALETTE[(series - 1 - i if reverse else i) % len(PALETTE)]
        chart.bars[i].fillColor = colour


def _count_label(value: float) -> str:
    """A bar's count; nothing for zero (a row of "0"s only clutters)."""
    return f"{int(value):,}" if value else ""


def fonts_width(fonts: PdfFonts, text: str) -> float:
    """Width of a label as the chart draws it (its single font)."""
    font, shown = fonts.single_font(text)
    return String(0, 0, shown, fontName=font, fontSize=LABEL_SIZE).getBounds()[2]
