"""The value axis of the briefs' bar charts, shared by the PDF's (reportlab) and the
한글 document's pictures (Pillow), so that both show the same scale."""

from __future__ import annotations

import math


def nice_axis(top: int) -> tuple[int, int]:
    """(maximum, step) of a whole-number axis from 0 that holds ``top``."""
    top = max(top, 1)
    raw = top / 4
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    return step * math.ceil(top / step), step
