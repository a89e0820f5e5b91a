"""The dashboard's bar charts write each bar's number as the tiles do (17,825), in the
window's language, just past the bar's end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

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
    xs = [at.x() for _, at in labels]
    ys = [at.y() for _, at in labels]
    assert xs[0] > xs[1] > xs[2]  # each past its bar's end: the longest bar's farthest
    assert ys[0] < ys[1] < ys[2]  # the largest on top
    area = chart.rect()
    assert all(area.contains(at.toPoint()) for _, at in labels)
    image = chart.grab().toImage()  # painted by the widget itself
    highlight = chart.palette().color(chart.palette().ColorRole.Highlight)
    assert image.pixelColor(chart.bar_rect(0).center().toPoint()) == highlight


def test_an_empty_chart_writes_no_numbers(qtbot):
    chart = BarChart("분쟁", lang="ko")
    qtbot.addWidget(chart)
    chart.show_counts([])
    assert chart.value_labels() == []


def test_a_click_on_a_bar_asks_for_its_key_and_a_long_label_is_cut(qtbot):
    chart = BarChart("기술 분야", lang="ko")
    qtbot.addWidget(chart)
    chart.resize(360, 220)
    chart.show()
    qtbot.waitExposed(chart)
    long_label = "차세대 이차전지 및 에너지 저장 장치 관련 소재·부품·장비 " * 3
    chart.show_counts([("batteries", long_label, 40), ("semis", "반도체", 12), ("", "그 외", 3)])
    with qtbot.waitSignal(chart.barClicked) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                         pos=chart.bar_rect(1).center().toPoint())
    assert blocker.args == ["semis"]
    with qtbot.assertNotEmitted(chart.barClicked):  # "the rest" has no list of its own
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                         pos=chart.bar_rect(2).center().toPoint())
    # the labels' column stays within its share: the bars keep most of the width
    assert chart.bar_rect(0).left() <= chart.width() * 0.4 + 30
    assert chart.bar_rect(0).right() < chart.width()
