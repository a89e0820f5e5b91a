"""The main window on a demo case log: navigation, search as you type, detail, shortcuts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from officer_desk.domain.kinds import DISPUTES
from officer_desk.gui.main_window import MainWindow, record_html
from officer_desk.services import records
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk


@pytest.fixture
def demo_desk(tmp_path):
    desk = init_desk(tmp_path / "demo.sqlite", hq=True, demo=True)
    generate_demo(desk, records=600, seed=3, today=dt.date(2025, 6, 30))
    yield desk
    desk.close()


@pytest.fixture
def window(qtbot, demo_desk):
    w = MainWindow(demo_desk, "ko")
    qtbot.addWidget(w)
    w.show()
    return w


def test_navigation_has_the_dashboard_and_every_list(window):
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["대시보드", "분쟁", "협의", "동향", "기업", "회의", "후속 조치"]
    assert "DEMO" in window.windowTitle()


def test_search_as_you_type_filters_and_counts(qtbot, window, demo_desk):
    window.nav.setCurrentRow(1)
    page = window.current_list()
    total = page.model.total
    some = records.get(demo_desk, page.model.record_id(0))
    word = some["title_ko"][:4]
    page.search.setText(word)
    qtbot.waitUntil(lambda: page.model.total < total, timeout=3000)
    assert page.count.text().startswith(f"{page.model.total:,}건 중")
    for row in range(page.model.rowCount()):
        record = records.get(demo_desk, page.model.record_id(row))
        text = " ".join(str(v) for v in record.values.values())
        assert word in text or word in str(record.values)


def test_selecting_a_row_shows_its_fields_and_history(qtbot, window):
    window.nav.setCurrentRow(1)
    page = window.current_list()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(page.detail.toPlainText()), timeout=2000)
    text = page.detail.toPlainText()
    record = records.get(page.desk, page.model.record_id(0))
    assert record.title("ko") in text and "변경 이력" in text
    company = records.get(page.desk, record["company_id"])
    assert company.title("ko") in text  # a linked record by its name, not its id


def test_ctrl_f_goes_to_the_search_box(qtbot, window):
    window.nav.setCurrentRow(0)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_list() is not None
    assert window.current_list().search.hasFocus() or window.focusWidget() is \
        window.current_list().search


def test_user_text_is_escaped_in_the_detail(desk, company):
    record, _ = records.create(desk, DISPUTES, {
        "title_ko": "R&D <script>alert(1)</script>", "company_id": company.id,
        "ip_type": "patent", "dispute_kind": "itc_337", "opened_on": "2025-01-01",
        "summary": "첫 줄\n<b>둘째</b> 줄",
    })
    page = record_html(desk, record, records.history(desk, record.id), "ko")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "&lt;b&gt;둘째&lt;/b&gt;" in page and "<br>" in page


def test_a_screenshot_of_the_window(qtbot, window, tmp_path):
    window.resize(1200, 760)
    window.nav.setCurrentRow(1)
    path = tmp_path / "window.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000
