"""Charts of counts for the dashboard, in the window's (Korean) font and colours.

Each chart is a handful of horizontal bars, largest on top, each with its label on the
left and its number just past its end, written as the window's language writes numbers
(17,825 — ``locale_for``, as the tiles write them). It is painted by the widget itself
with QPainter: QtCharts, which drew them before, took a graphics scene, axes and a
series per chart, about a tenth of the dashboard's start for four charts of at most
nine bars, and drew in its own light theme whatever the window's palette. These take
their colours from the palette (background, text, bars in the highlight colour), so
they read on a dark palette too. A click on a bar asks for the list it counts; a chart
with nothing to count says what to do next.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtGui import QPalette as Palette
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget

from officer_desk.gui.dashboard_tiles import locale_for
from officer_desk.gui.next_steps import empty_case_log_text
from officer_desk.gui.texts import current_language

CHART_HEIGHT = 220
#: Room around the chart's content, and between a bar and its number (px).
MARGIN, GAP = 10.0, 4.0
#: The labels' column takes at most this share of the width (a longer label is cut,
#: its tooltip has it).
LABEL_SHARE = 0.4
#: A bar's thickness as a share of its row.
BAR_SHARE = 0.7


class BarChart(QWidget):
    """Horizontal bars of counts; a click on a bar emits its key."""

    barClicked = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 lang: str | None = None):
        super().__init__(parent)
        #: numbers are written as the window's language writes them (17,825)
        self.locale = locale_for(lang or current_language())
        self.title = title
        self.keys: list[str] = []
        self.labels: list[str] = []
        self.values: list[int] = []
        self.setMinimumHeight(CHART_HEIGHT)
        self.setMaximumHeight(CHART_HEIGHT)
        self.setMouseTracking(True)
        #: shown over the chart while it has nothing to count
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty.hide()
        self._fonts()

    def _fonts(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.label_font = font
        self.title_font = QFont(font)
        self.title_font.setBold(True)

    def show_counts(self, items: list[tuple[str, str, int]]) -> None:
        """``items``: (key, label, count), largest first."""
        self.keys = [k for k, _, _ in items]
        self.labels = [label for _, label, _ in items]
        self.values = [n for _, _, n in items]
        self._fonts()
        self.empty.setText(empty_case_log_text())
        self.empty.setVisible(not any(self.values))
        self._place_empty()
        self.update()

    # -- where things are --------------------------------------------------------------

    def _plot(self) -> QRectF:
        """The bars' area: below the title, right of the labels, leaving room for the
        numbers."""
        title = QFontMetricsF(self.title_font).height()
        metrics = QFontMetricsF(self.label_font)
        width = float(self.width())
        widest = max((metrics.horizontalAdvance(t) for t in self.labels), default=0.0)
        labels = min(widest, width * LABEL_SHARE)
        number = max((metrics.horizontalAdvance(self.locale.toString(n))
                      for n in self.values), default=0.0)
        left = MARGIN + labels + GAP * 2
        top = MARGIN + title + GAP * 2
        return QRectF(left, top, max(width - left - MARGIN - number - GAP, 1.0),
                      max(self.height() - top - MARGIN, 1.0))

    def bar_rect(self, row: int, plot: QRectF | None = None) -> QRectF:
        """The bar of row ``row`` (0: the largest, on top); ``plot``: ``_plot()``, when
        the caller has it (it measures every label)."""
        plot = plot if plot is not None else self._plot()
        step = plot.height() / max(len(self.values), 1)
        thickness = step * BAR_SHARE
        scale = plot.width() / max([*self.values, 1])
        return QRectF(plot.left(), plot.top() + row * step + (step - thickness) / 2,
                      self.values[row] * scale, thickness)

    def value_labels(self, plot: QRectF | None = None) -> list[tuple[str, QPointF]]:
        """Each bar's number as written (in the window's language: 17,825), largest bar
        first, and where it is written: just past the bar's end (the middle of its
        height; widget coordinates)."""
        if not any(self.values):
            return []
        plot = plot if plot is not None else self._plot()
        out = []
        for row, n in enumerate(self.values):
            bar = self.bar_rect(row, plot)
            out.append((self.locale.toString(n), QPointF(bar.right() + GAP, bar.center().y())))
        return out

    def row_at(self, point: QPointF) -> int | None:
        """The row whose band (its bar's height, across the whole width) holds
        ``point``."""
        plot = self._plot()
        for row in range(len(self.values)):
            bar = self.bar_rect(row, plot)
            if bar.top() <= point.y() <= bar.bottom() and point.x() >= MARGIN:
                return row
        return None

    # -- painting and events -----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        text = palette.color(Palette.ColorRole.WindowText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(palette.color(Palette.ColorRole.Mid))
        painter.setBrush(palette.color(Palette.ColorRole.Base))
        painter.drawRect(outline)
        painter.setPen(text)
        painter.setFont(self.title_font)
        title = QFontMetricsF(self.title_font)
        painter.drawText(QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, title.height()),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                         title.elidedText(self.title, Qt.TextElideMode.ElideRight,
                                          self.width() - 2 * MARGIN))
        if not any(self.values):
            return
        metrics = QFontMetricsF(self.label_font)
        painter.setFont(self.label_font)
        plot = self._plot()
        label_width = plot.left() - MARGIN - GAP * 2
        numbers = self.value_labels(plot)
        highlight = palette.color(Palette.ColorRole.Highlight)
        for row, label in enumerate(self.labels):
            bar = self.bar_rect(row, plot)
            painter.setPen(text)
            painter.drawText(
                QRectF(MARGIN, bar.top(), label_width, bar.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width))
            painter.fillRect(bar, highlight)
        baseline = (metrics.ascent() - metrics.descent()) / 2
        painter.setPen(text)
        for number, at in numbers:
            painter.drawText(at + QPointF(0, baseline), number)
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position())
        if (event.button() == Qt.MouseButton.LeftButton and row is not None
                and self.keys[row]):
            self.barClicked.emit(self.keys[row])
            return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if row is not None
                       and self.keys[row] else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        """A bar's tooltip: its whole label (cut on the chart when long) and number."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(QPointF(event.pos()))
            if row is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), f"{self.labels[row]}: "
                                  f"{self.locale.toString(self.values[row])}", self)
            return True
        return super().event(event)

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        self._place_empty()

    def _place_empty(self) -> None:
        self.empty.setGeometry(self.rect().adjusted(24, 36, -24, -12))
