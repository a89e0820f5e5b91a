"""The dashboard's bar charts write each bar's number as the tiles do (17,825), in the
window's language, just past the bar's end."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPainter

from officer_desk.gui.charts import BarChart


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_bar_numbers_have_thousands_separators(qtbot, lang):
    chart = BarChart("분쟁", lang=lang)
    qtbot.addWidget(chart)
    chart.resize(480, 220)
    chart.show()
    qtbot.waitExposed(chart)
    chart.show_counts([("US", "US", 10051), ("JP", "JP", 1234), ("EU", "EU", 7)])
    labels = chart.value_labels()
    assert [text for text, _ in labels] == ["10,051", "1,234", "7"]
    # the series' own labels (bare "10051") are off: the chart writes these instead
    assert not chart.chart().series()[0].isLabelsVisible()
    xs = [at.x() for _, at in labels]
    ys = [at.y() for _, at in labels]
    assert xs[0] > xs[1] > xs[2]  # each past its bar's end: the longest bar's farthest
    assert ys[0] < ys[1] < ys[2]  # the largest on top
    scene = chart.sceneRect()
    assert all(scene.contains(at) for _, at in labels)
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    chart.render(painter)  # drawn through drawForeground without a problem
    painter.end()


def test_an_empty_chart_writes_no_numbers(qtbot):
    chart = BarChart("분쟁", lang="ko")
    qtbot.addWidget(chart)
    chart.show_counts([])
    assert chart.value_labels() == []
