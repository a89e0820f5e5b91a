"""Charts of counts for the dashboard (QtCharts), in the window's (Korean) font.

Kept apart from ``dashboard_page`` so that QtCharts is loaded only when the dashboard
is first shown.
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
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QWidget

BAR_COLOR = QColor("#3b6ea5")
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
        bars.setColor(BAR_COLOR)
        bars.setLabelColor(QColor("#202020"))
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
        values = QValueAxis()  # the bars carry their numbers: the axis only scales them
        values.setRange(0, max([*self.values, 1]) * 1.15)
        values.setVisible(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        bars.clicked.connect(self._clicked)

    def _clicked(self, index: int) -> None:
        row = len(self.keys) - 1 - index
        if 0 <= row < len(self.keys) and self.keys[row]:
            self.barClicked.emit(self.keys[row])
