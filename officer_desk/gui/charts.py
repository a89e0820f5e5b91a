"""Charts of counts for the dashboard (QtCharts), in the window's (Korean) font and
colours.

Kept apart from ``dashboard_page`` so that QtCharts is loaded only when the dashboard
is first shown. QtCharts draws in its own light theme whatever the window's palette;
each chart takes its colours from the widget's palette instead (background, text,
bars in the highlight colour) and again when the palette changes, so it reads on a
dark palette too. A chart with nothing to count says what to do next.
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
from PySide6.QtCore import QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from officer_desk.gui.next_steps import empty_case_log_text

CHART_HEIGHT = 220


class BarChart(QChartView):
    """Horizontal bars of counts; a click on a bar emits its key."""

    barClicked = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
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
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
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
        self._bars, self._categories = bars, categories
        self._follow_palette()
        self.empty.setText(empty_case_log_text())
        self.empty.setVisible(not any(self.values))
        self._place_empty()

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
            self._bars.setLabelColor(text)
        if self._categories is not None:
            self._categories.setLabelsBrush(QBrush(text))
            self._categories.setLinePenColor(palette.color(QPalette.ColorRole.Mid))

    def _clicked(self, index: int) -> None:
        row = len(self.keys) - 1 - index
        if 0 <= row < len(self.keys) and self.keys[row]:
            self.barClicked.emit(self.keys[row])
