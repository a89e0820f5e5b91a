"""What the briefs' charts share in both renderings — the PDF's (reportlab) and the 한글
document's pictures (Pillow): colours, how long an axis label may be, and the value
axis, so that both show the same charts."""

from __future__ import annotations

import math

#: series colours, in order
PALETTE = ("#2f5d8a", "#4f9a94", "#d29b3c", "#8a6d9e", "#b5615a", "#7d8f3c", "#6b8bb0",
           "#a3a3a3")
INK, MUTED, RULE = "#1d2733", "#5d6b7a", "#d3dae3"
#: characters of a category label on an axis; the table beside the chart has them all
MAX_LABEL = 22


def short_label(text: str) -> str:
    """``text`` cut to ``MAX_LABEL`` characters for an axis."""
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"


def nice_axis(top: int) -> tuple[int, int]:
    """(maximum, step) of a whole-number axis from 0 that holds ``top``."""
    top = max(top, 1)
    raw = top / 4
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    return step * math.ceil(top / step), step
