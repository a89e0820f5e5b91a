"""The dashboard's key figures: a row of tiles, each a number and its caption.

A tile shows "—" until the figures are read (the page is painted before that), then the
number in the window's language (``QLocale``: "3,803"). A click on a tile emits its key
(``KpiTiles.clicked``): the page shows what the figure counts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from officer_desk.gui.tables import overdue_color
from officer_desk.gui.texts import N_, tr, window_locale
from officer_desk.services.dashboard import Dashboard

#: (key, caption) of each tile, in order.
TILES: tuple[tuple[str, str], ...] = (
    ("open", N_("Open disputes")), ("new", N_("New this month")), ("closed", N_("Closed")),
    ("overdue", N_("Overdue")), ("due30", N_("Due in 30 days")),
    ("due60", N_("Due in 60 days")), ("due90", N_("Due in 90 days")),
    ("held", N_("Engagements held")),
)


def locale_for(lang: str) -> QLocale:
    """The locale numbers are written in for the window's language."""
    return window_locale(lang)


def figures_of(d: Dashboard) -> dict[str, int]:
    """Each tile's number."""
    return {"open": d.disputes_open, "new": d.disputes_new_this_month,
            "closed": d.disputes_closed, "overdue": d.overdue,
            "due30": d.due_within.get(30, 0), "due60": d.due_within.get(60, 0),
            "due90": d.due_within.get(90, 0), "held": d.engagements_held}


class KpiTile(QFrame):
    """A figure and its caption; a click shows what it counts (``clicked``)."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value = QLabel("—")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def mouseReleaseEvent(self, event: Any) -> None:
        if (event.button() == Qt.MouseButton.LeftButton
                and self.rect().contains(event.position().toPoint())):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class KpiTiles(QWidget):
    """The row of tiles (``tiles`` by key); ``clicked`` carries the key of the one
    clicked."""

    clicked = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.locale = locale_for(lang)
        self.overdue = 0
        self.tiles: dict[str, KpiTile] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for key, caption in TILES:
            tile = KpiTile(tr(caption))
            tile.clicked.connect(lambda key=key: self.clicked.emit(key))
            self.tiles[key] = tile
            row.addWidget(tile)
        self._colour_overdue()

    def show_figures(self, d: Dashboard) -> None:
        for key, n in figures_of(d).items():
            self.tiles[key].value.setText(self.locale.toString(n))
        self.overdue = d.overdue
        self._colour_overdue()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_overdue()

    def _colour_overdue(self) -> None:
        """Overdue deadlines in red (the palette's); none overdue in the usual colour."""
        self.tiles["overdue"].value.setStyleSheet(
            f"color: {overdue_color(self.palette()).name()}" if self.overdue else "")
