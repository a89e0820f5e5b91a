"""Lists that tell the truth: the count, the order, an empty result, the end, the keys.

Each test drives the real page with key events and reads what the page shows.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from key_typing import type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from officer_desk.domain.kinds import DISPUTES
from officer_desk.gui.list_page import RecordListPage
from officer_desk.gui.main_window import MainWindow
from officer_desk.gui.texts import use_language
from officer_desk.gui.window_pages import LIST_KINDS
from officer_desk.services import records
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.services.queries import ListQuery, list_records

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)


def add(desk, company, n: int) -> list[str]:
    stages = ("intake", "filed", "hearing", "closed")
    return records.create_many(desk, DISPUTES, [
        {"title_ko": f"특허 분쟁 {i:04d}", "title_en": f"Patent dispute {i:04d}",
         "company_id": company.id, "ip_type": "patent", "dispute_kind": "infringement_suit",
         "stage": stages[i % 4], "opened_on": dt.date(2020, 1, 1) + dt.timedelta(days=i)}
        for i in range(n)]).created


def make(qtbot, desk, lang="en") -> RecordListPage:
    use_language(lang)
    page = RecordListPage(desk, DISPUTES, lang)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def settled(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.model.loading and not page._pause.isActive(),
                    timeout=5000)


def click(qtbot, header, section: int) -> None:
    """Click a column's header, as a person does."""
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_the_count_says_what_it_is_and_end_reaches_the_last_record(qtbot, desk, company):
    add(desk, company, 450)
    page = make(qtbot, desk)
    assert page.count.text() == "450 records; showing the first 200 — scroll for more"
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = list_records(desk, DISPUTES, ListQuery(limit=None)).records[-1]
    assert page.current_record_id() == last.id
    assert page.model.rowCount() == 450 and page.count.text() == "450 records"
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    qtbot.keyClick(page.table, Qt.Key.Key_End)
    assert page.current_record_id() == last.id


def test_the_count_in_korean(qtbot, desk, company):
    add(desk, company, 250)
    page = make(qtbot, desk, "ko")
    assert page.count.text() == "250건 중 처음 200건 표시 — 아래로 스크롤하면 더 보입니다"


def test_the_arrow_and_the_order_line_show_the_order_used(qtbot, desk, company):
    add(desk, company, 12)
    page = make(qtbot, desk)
    header = page.table.horizontalHeader()
    opened = page.model.column_of("opened_on")
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        opened, Qt.SortOrder.DescendingOrder)
    assert page.order.text() == "Default order: Opened, descending"
    # a click on Stage: the process order, not the codes' alphabet
    stage = page.model.column_of("stage")
    click(qtbot, header, stage)
    settled(qtbot, page)
    assert header.sortIndicatorSection() == stage
    assert page.order.text() == "Sorted by Stage, in process order"
    shown = [page.model.data(page.model.index(r, stage)) for r in range(12)]
    assert shown == ["Intake"] * 3 + ["Filed"] * 3 + ["Hearing"] * 3 + ["Closed"] * 3
    # the id column has no order of its own: back to the default, and the arrow says so
    click(qtbot, header, page.model.column_of("id"))
    settled(qtbot, page)
    assert page.model.query.sort is None
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        opened, Qt.SortOrder.DescendingOrder)
    assert page.order.text().startswith("Default order")


def test_a_search_with_no_results_empties_the_detail_and_says_so(qtbot, desk, company):
    add(desk, company, 5)
    page = make(qtbot, desk)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.current_record_id() is not None and page.edit_button.isEnabled()
    assert page.detail.toPlainText()
    page.search.setFocus()
    type_text(page.search, "zzqx")
    settled(qtbot, page)
    assert page.model.total == 0
    assert page.table_stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No records match “zzqx”"
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.detail.toPlainText() == ""
    assert page.empty.clear_button.isVisibleTo(page)
    # Down goes to what to do next; Space on it clears the search
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.empty.clear_button
    qtbot.keyClick(page.empty.clear_button, Qt.Key.Key_Space)
    settled(qtbot, page)
    assert page.search.text() == "" and page.model.total == 5
    assert page.table_stack.currentWidget() is page.table


def test_esc_clears_the_search_and_down_goes_to_the_results(qtbot, desk, company):
    ids = add(desk, company, 30)
    page = make(qtbot, desk)
    page.search.setFocus()
    type_text(page.search, "0007")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # the search runs now, not after a pause
    settled(qtbot, page)
    assert page.model.total == 1
    assert QApplication.focusWidget() is page.table
    assert page.current_record_id() == ids[7]
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    settled(qtbot, page)
    assert page.search.text() == "" and page.model.total == 30
    type_text(page.search, "0012")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    settled(qtbot, page)
    assert page.current_record_id() == ids[12]


def test_tab_leaves_the_table_without_changing_the_record(qtbot, desk, company):
    add(desk, company, 5)
    page = make(qtbot, desk)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    chosen = page.current_record_id()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.tabs.tabBar()
    assert page.current_record_id() == chosen


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_empty_list_says_what_to_do_next(qtbot, desk, lang):
    page = make(qtbot, desk, lang)
    page.set_next_steps(can_import=True, can_open_demo=True)
    assert page.table_stack.currentWidget() is page.empty
    title = page.empty.title.text()
    assert title == ("No dispute records yet" if lang == "en" else "아직 분쟁 기록이 없습니다")
    for button in (page.empty.new_button, page.empty.import_button, page.empty.demo_button):
        assert button.isVisibleTo(page)
    assert not page.empty.clear_button.isVisibleTo(page)
    asked = []
    page.empty.importRequested.connect(lambda: asked.append("import"))
    page.empty.demoRequested.connect(lambda: asked.append("demo"))
    for button in (page.empty.import_button, page.empty.demo_button):
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert asked == ["import", "demo"]
    page.empty.new_button.setFocus()
    qtbot.keyClick(page.empty.new_button, Qt.Key.Key_Space)
    assert page.editor is not None and page.editor.kind is DISPUTES
    page.editor.reject()


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    """A small demo case log: every list has records."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    demo = init_desk(path, hq=True, demo=True)
    generate_demo(demo, records=400, seed=7, today=dt.date(2025, 6, 30))
    demo.close()
    return path


@pytest.fixture
def demo_desk(demo_path, tmp_path):
    shutil.copy(demo_path, tmp_path / "demo.sqlite")
    demo = open_desk(tmp_path / "demo.sqlite")
    yield demo
    demo.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_filter_shows_and_the_title_takes_the_width_at_1280_by_800(
        qtbot, demo_desk, lang):
    desk = demo_desk
    use_language(lang)
    window = MainWindow(desk, lang)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    area = window.rect()
    for kind in LIST_KINDS:
        window.nav.setCurrentRow(window.row_of_page(f"list_{kind.name}"))
        page = window.current_list()
        assert page is not None and page.kind is kind
        qtbot.wait(10)
        for widget in page.filter_row.focus_widgets():
            corner = widget.mapTo(window, widget.rect().bottomRight())
            assert widget.isVisible() and area.contains(corner), (kind.name, widget)
        header = page.table.horizontalHeader()
        shown = sum(header.sectionSize(i) for i in range(header.count())
                    if not header.isSectionHidden(i))
        assert shown == header.viewport().width(), kind.name  # the title reaches the edge
        title = page.model.column_of("title")
        assert all(header.sectionSize(title) >= header.sectionSize(i)
                   for i in range(header.count())), kind.name


def test_a_read_only_window_lists_offer_no_change(qtbot, desk, company, tmp_path):
    add(desk, company, 3)
    path = desk.path
    desk.close()
    readonly = open_desk(path, readonly=True)
    try:
        page = make(qtbot, readonly)
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
        assert page.current_record_id() is not None
        for button in (page.new_button, page.edit_button, page.delete_button):
            assert not button.isEnabled()
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        assert len(list(readonly.repo.rows(DISPUTES, "WHERE deleted = 0"))) == 3
    finally:
        page.close()
        readonly.close()


def test_a_read_only_window_offers_no_saved_view_to_save_or_delete(qtbot, desk, company):
    """s28 window check: in a case log open read-only (another Officer Desk writes it),
    Save view… asked for a name, then said the folder was read-only and to copy the
    file elsewhere; Delete view the same. The views are the case log's: they are
    chosen, not saved or deleted, there."""
    from officer_desk.services import views

    add(desk, company, 3)
    views.save_view(desk, DISPUTES, "mine", ListQuery(where={"ip_type": "patent"}))
    path = desk.path
    desk.close()
    readonly = open_desk(path, readonly=True)
    try:
        page = make(qtbot, readonly)
        asked: list[str] = []
        page.saved.ask_name = lambda parent, title, label: (asked.append(label), ("x", True))[1]
        page.save_view_button.setFocus()
        qtbot.keyClick(page.save_view_button, Qt.Key.Key_Space)
        assert asked == [] and page.problem.text() == ""
        assert not page.save_view_button.isEnabled()
        assert page.saved.choose("mine")  # chosen as ever
        assert page.views.currentText() == "mine"
        assert not page.delete_view_button.isEnabled()
        assert [v.name for v in views.saved_views(readonly, DISPUTES)] == ["mine"]
    finally:
        page.close()
        readonly.close()


def test_ctrl_n_makes_the_kind_of_every_list_page(qtbot, desk, monkeypatch):
    from officer_desk.gui import messages
    from officer_desk.gui.window_pages import NEW_RECORD_KINDS

    use_language("ko")
    window = MainWindow(desk, "ko")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)  # discard
    for kind in NEW_RECORD_KINDS:
        number = window.row_of_page(f"list_{kind.name}") + 1
        assert number <= 9 and kind in LIST_KINDS
        where = QApplication.focusWidget() or window
        qtbot.keyClick(where, Qt.Key(Qt.Key.Key_0 + number),
                       Qt.KeyboardModifier.ControlModifier)
        page = window.current_list()
        assert page is not None and page.kind is kind
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier)
        assert page.editor is not None and page.editor.kind is kind
        assert page.editor.isVisible()
        page.editor.reject()
        qtbot.waitUntil(lambda page=page: not page.editor.isVisible())


def test_f5_keeps_the_chosen_record_chosen_when_rows_move(qtbot, desk, company):
    add(desk, company, 10)
    use_language("en")
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.lists["disputes"]
    window.show_page(page)
    page.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    chosen, row = page.current_record_id(), page.table.current_row()
    # a newer dispute comes first in the default order: every row moves down one
    records.create(desk, DISPUTES, {
        "title_ko": "새 분쟁", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "infringement_suit", "opened_on": "2030-01-01"})
    with qtbot.waitSignal(page.model.refreshed, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert page.model.total == 11
    assert page.current_record_id() == chosen and page.table.current_row() == row + 1
