"""KPI charts as PNG images (Pillow), for documents that take pictures, not drawings.

The PDF draws its charts with reportlab's graphics, which this reportlab can turn into a
bitmap only through a Cairo backend the project does not install. The HWPX brief shows
the same chart of the same KPI (the same kind — bars, clustered columns or a pie —, the
same categories, series, colours and whole-number axis) drawn here with Pillow, in the
Korean font the PDF embeds, so that Hangul labels show. Labels longer than
``chart_style.MAX_LABEL`` characters are cut as on the PDF's axes; the table beside the chart has
them whole.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from officer_desk.briefs.chart_style import INK, MUTED, PALETTE, RULE, nice_axis, short_label
from officer_desk.briefs.content import Kpi

#: pixels per point: the image is drawn at 2x so that it prints sharp
SCALE = 2
LABEL_PT = 7.5


class ChartFont:
    """The font of the labels (a TrueType file; the first face of a collection)."""

    def __init__(self, path: Path | None) -> None:
        size = round(LABEL_PT * SCALE * 1.35)
        if path is None:
            self.font: ImageFont.ImageFont | ImageFont.FreeTypeFont = \
                ImageFont.load_default(size)
        else:
            self.font = ImageFont.truetype(str(path), size, index=0)
        self.line = size + 4

    def width(self, text: str) -> float:
        return self.font.getlength(text)


def kpi_png(kpi: Kpi, font: ChartFont, width_pt: float) -> tuple[bytes, float, float] | None:
    """(PNG bytes, width and height in points) of the KPI's chart; None: nothing to draw."""
    if kpi.empty or not kpi.rows:
        return None
    if kpi.chart == "pie" and len(kpi.series) == 1:
        image = _pie(kpi, font, width_pt)
    elif kpi.chart == "column":
        image = _columns(kpi, font, width_pt)
    else:
        image = _bars(kpi, font, width_pt)
    out = io.BytesIO()
    # the fastest zlib level: the pictures are drawn in a few flat colours, and a
    # tighter level costs more time than the few kilobytes it saves
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue(), image.width / SCALE, image.height / SCALE


def _canvas(width: int, height: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (max(1, width), max(1, height)), "white")
    return image, ImageDraw.Draw(image)


def _legend(draw: ImageDraw.ImageDraw, kpi: Kpi, font: ChartFont, x: int, y: int) -> None:
    for i, name in enumerate(kpi.series):
        top = y + i * font.line
        draw.rectangle((x, top + 3, x + 10 * SCALE // 2, top + 3 + 10 * SCALE // 2),
                       fill=PALETTE[i % len(PALETTE)])
        draw.text((x + 8 * SCALE, top), short_label(name), font=font.font, fill=INK)


def _bars(kpi: Kpi, font: ChartFont, width_pt: float) -> Image.Image:
    """Horizontal bars, one group per category, one bar per series."""
    width = int(width_pt * SCALE)
    labels = [short_label(r.label) for r in kpi.rows]
    label_w = int(min(max((font.width(t) for t in labels), default=0) + 8, width * 0.45))
    series = len(kpi.series)
    bar = 7 * SCALE
    group = bar * series + 4 * SCALE
    legend_h = font.line * series if series > 1 else 0
    plot_h = group * len(kpi.rows)
    height = plot_h + font.line + 12 + legend_h
    image, draw = _canvas(width, height)
    top_value, step = nice_axis(max(max(r.values) for r in kpi.rows))
    # the last tick's label is centred on the axis's end: room for its half
    left, right = label_w, width - int(max(12, font.width(f"{top_value:,}") / 2 + 4))
    for tick in range(0, top_value + 1, step):
        x = left + (right - left) * tick / top_value
        draw.line((x, 0, x, plot_h), fill=RULE, width=1)
        text = f"{tick:,}"
        draw.text((x - font.width(text) / 2, plot_h + 4), text, font=font.font, fill=MUTED)
    for n, row in enumerate(kpi.rows):
        y0 = n * group + 2 * SCALE
        draw.text((2, y0 + (bar * series - font.line) / 2), labels[n], font=font.font,
                  fill=INK)
        for s, value in enumerate(row.values):
            x1 = left + (right - left) * value / top_value
            draw.rectangle((left, y0 + s * bar, max(left, x1), y0 + (s + 1) * bar - 2),
                           fill=PALETTE[s % len(PALETTE)])
    draw.line((left, 0, left, plot_h), fill=MUTED, width=1)
    if series > 1:
        _legend(draw, kpi, font, left, plot_h + font.line + 8)
    return image


def _columns(kpi: Kpi, font: ChartFont, width_pt: float) -> Image.Image:
    """Clustered columns: one group per category, one column per series."""
    width = int(width_pt * SCALE)
    labels = [short_label(r.label) for r in kpi.rows]
    series = len(kpi.series)
    top = font.line // 2 + 2  # room for the top tick's label
    plot_h = 110 * SCALE
    base = top + plot_h
    label_lines = 2
    legend_h = font.line * series if series > 1 else 0
    height = base + font.line * label_lines + 12 + legend_h
    image, draw = _canvas(width, height)
    top_value, step = nice_axis(max(max(r.values) for r in kpi.rows))
    left = int(font.width(f"{top_value:,}") + 10)
    right = width - 8
    for tick in range(0, top_value + 1, step):
        y = base - plot_h * tick / top_value
        draw.line((left, y, right, y), fill=RULE, width=1)
        text = f"{tick:,}"
        draw.text((left - 6 - font.width(text), y - font.line / 2), text, font=font.font,
                  fill=MUTED)
    slot = (right - left) / max(len(kpi.rows), 1)
    bar = max(2.0, slot * 0.7 / series)
    for n, row in enumerate(kpi.rows):
        x0 = left + n * slot + (slot - bar * series) / 2
        for s, value in enumerate(row.values):
            y1 = base - plot_h * value / top_value
            draw.rectangle((x0 + s * bar, min(y1, base), x0 + (s + 1) * bar - 1, base),
                           fill=PALETTE[s % len(PALETTE)])
        label = labels[n]
        while font.width(label) > slot * 1.9 and len(label) > 2:
            label = label[:-2] + "…"
        draw.text((left + n * slot + slot / 2 - font.width(label) / 2,
                   base + 4 + (n % 2) * font.line), label, font=font.font, fill=INK)
    draw.line((left, base, right, base), fill=MUTED, width=1)
    if series > 1:
        _legend(draw, kpi, font, left, base + font.line * label_lines + 8)
    return image


def _pie(kpi: Kpi, font: ChartFont, width_pt: float) -> Image.Image:
    """Shares of a whole, with a legend of label, count and share."""
    width = int(width_pt * SCALE)
    rows = [r for r in kpi.rows if r.values[0] > 0]
    total = sum(r.values[0] for r in rows)
    diameter = int(min(width * 0.42, 120 * SCALE))
    height = max(diameter + 8, font.line * len(rows) + 8)
    image, draw = _canvas(width, height)
    start = -90.0
    for i, row in enumerate(rows):
        sweep = 360.0 * row.values[0] / total
        draw.pieslice((4, 4, 4 + diameter, 4 + diameter), start, start + sweep,
                      fill=PALETTE[i % len(PALETTE)], outline="white")
        start += sweep
    x = diameter + 16
    for i, row in enumerate(rows):
        y = 4 + i * font.line
        draw.rectangle((x, y + 3, x + 5 * SCALE, y + 3 + 5 * SCALE),
                       fill=PALETTE[i % len(PALETTE)])
        share = row.values[0] * 100 / total
        draw.text((x + 8 * SCALE, y), f"{short_label(row.label)}  {row.values[0]:,} ({share:.0f}%)",
                  font=font.font, fill=INK)
    return image
