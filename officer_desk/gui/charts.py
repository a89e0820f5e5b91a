"""Charts of counts for the dashboard (QtCharts), in the window's (Korean) font and
colours.

Kept apart from ``dashboard_page`` so that QtCharts is loaded only when the dashboard
is first shown. QtCharts draws in its own light theme whatever the window's palette;
each chart takes its colours from the widget's palette instead (background, text,
bars in the highlight colour) and again when the palette changes, so it reads on a
dark palette too. A chart with nothing to count says what to do next.

Each bar's number is written by the chart itself (``drawForeground``), not by the bar
series: a series writes ``@value`` bare (10051), and the figures beside it read
17,825 — the window's language's way (``locale_for``), as the tiles write them.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from officer_desk.gui.dashboard_tiles import locale_for
from officer_desk.gui.next_steps import empty_case_log_text
from officer_desk.gui.texts import current_language

CHART_HEIGHT = 220


class BarChart(QChartView):
    """Horizontal bars of counts; a click on a bar emits its key."""

    barClicked = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 lang: str | None = None):
        super().__init__(parent)
        #: numbers are written as the window's language writes them (17,825)
        self.locale = locale_for(lang or current_language())
        self.keys: list[str] = []
        self.labels: list[str] = []
        self.values: list[int] = []
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setMaximumHeight(CHART_HEIGHT)
        #: shown over the chart while it has nothing to count
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty.hide()
        self._bars: QBarSet | None = None
        self._categories: QBarCategoryAxis | None = None
        self._series: QHorizontalBarSeries | None = None
        self._label_font = QApplication.font()
        self._follow_palette()

    def show_counts(self, items: list[tuple[str, str, int]]) -> None:
        """``items``: (key, label, count), largest first."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.keys = [k for k, _, _ in items]
        self.labels = [label for _, label, _ in items]
        self.values = [n for _, _, n in items]
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        title_font = QFont(font)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        bars = QBarSet("")
        # a horizontal series draws its first category at the bottom: largest on top
        for n in reversed(self.values):
            bars.append(n)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(False)  # drawForeground writes them, in the locale's way
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(list(reversed(self.labels)) or [""])
        categories.setLabelsFont(font)
        categories.setGridLineVisible(False)
        categories.setVisible(any(self.values))  # nothing counted: the sentence alone
        values = QValueAxis()  # the bars carry their numbers: the axis only scales them
        values.setRange(0, max([*self.values, 1]) * 1.15)
        values.setVisible(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        bars.clicked.connect(self._clicked)
        self._bars, self._categories, self._series = bars, categories, series
        self._label_font = font
        self._follow_palette()
        self.empty.setText(empty_case_log_text())
        self.empty.setVisible(not any(self.values))
        self._place_empty()

    def value_labels(self) -> list[tuple[str, QPointF]]:
        """Each bar's number as written (in the window's language: 17,825), largest bar
        first, and where it is written: just past the bar's end, in scene coordinates."""
        if self._series is None or not any(self.values):
            return []
        chart = self.chart()
        out = []
        for row, n in enumerate(self.values):
            index = len(self.values) - 1 - row  # the first category is drawn lowest
            end = chart.mapToScene(chart.mapToPosition(QPointF(n, index), self._series))
            out.append((self.locale.toString(n), end + QPointF(4, 0)))
        return out

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        labels = self.value_labels()
        if not labels:
            return
        painter.save()
        painter.setFont(self._label_font)
        painter.setPen(self._bars.labelColor() if self._bars is not None
                       else self.palette().color(QPalette.ColorRole.WindowText))
        metrics = QFontMetricsF(self._label_font)
        for text, at in labels:
            painter.drawText(at + QPointF(0, (metrics.ascent() - metrics.descent()) / 2),
                             text)
        painter.restore()

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        self._place_empty()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()

    def _place_empty(self) -> None:
        self.empty.setGeometry(self.rect().adjusted(24, 36, -24, -12))

    def _follow_palette(self) -> None:
        """The chart's colours from the widget's palette (light or dark)."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        chart = self.chart()
        chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        chart.setBackgroundPen(palette.color(QPalette.ColorRole.Mid))
        chart.setTitleBrush(QBrush(text))
        self.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Window)))
        if self._bars is not None:
            self._bars.setColor(palette.color(QPalette.ColorRole.Highlight))
            self._bars.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
            self._bars.setLabelColor(text)  # the colour drawForeground writes numbers in
        if self._categories is not None:
            self._categories.setLabelsBrush(QBrush(text))
            self._categories.setLinePenColor(palette.color(QPalette.ColorRole.Mid))

    def _clicked(self, index: int) -> None:
        row = len(self.keys) - 1 - index
        if 0 <= row < len(self.keys) and self.keys[row]:
            self.barClicked.emit(self.keys[row])
