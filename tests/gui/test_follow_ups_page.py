"""The Follow-ups to-do, driven through the window with keys: what is open first, overdue
first; filters; Space marks done and Ctrl+Z undoes it; Enter opens the record a deadline
belongs to; Ctrl+N adds a follow-up there; the dashboard's "N of M" opens the same list;
an empty case log says what to do next."""

from __future__ import annotations

import datetime as dt

import pytest
from demo_files import make_demo, opened_copy
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from officer_desk.domain.kinds import FOLLOW_UPS
from officer_desk.gui import messages
from officer_desk.gui.follow_ups_page import FollowUpsPage
from officer_desk.gui.main_window import MainWindow
from officer_desk.gui.tables import one_line
from officer_desk.gui.todo_model import COLUMNS
from officer_desk.services import records
from officer_desk.services.dashboard import dashboard
from officer_desk.services.desk import open_desk
from officer_desk.services.todo import TodoQuery, todo_count, todo_items

TODAY = dt.date(2025, 6, 30)
CTRL = Qt.KeyboardModifier.ControlModifier

#: The offscreen platform cannot raise windows or grab the keyboard for popups.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    return make_demo(tmp_path_factory, "todo", records=600, seed=5, today=TODAY)


@pytest.fixture
def demo_desk(demo_path, tmp_path):
    with opened_copy(demo_path, tmp_path) as desk:
        yield desk


@pytest.fixture(autouse=True)
def discard_when_closed(monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)


def make_window(qtbot, desk) -> MainWindow:
    w = MainWindow(desk, "ko")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.dashboard.today = TODAY
    w.follow_ups.today = TODAY
    w.show()
    w.activateWindow()
    # the window's keys (Ctrl+7, Ctrl+Z) need it active; waitActive can miss an
    # activation that came before it listened, so the state itself is awaited
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    return w


@pytest.fixture
def window(qtbot, demo_desk):
    return make_window(qtbot, demo_desk)


def key(qtbot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), k, modifier)


def to_do(qtbot, window) -> FollowUpsPage:
    """Ctrl+7 (the seventh entry: Follow-ups); then the list has the focus (as a click
    on it gives it)."""
    key(qtbot, Qt.Key.Key_7, CTRL)
    page = window.current_page()
    assert isinstance(page, FollowUpsPage)
    assert window.pages.currentWidget().objectName() == "list_follow_ups"
    page.table.setFocus()
    return page


def stored_done(desk, item_id) -> bool:
    record = records.get(desk, item_id)
    return bool(record["done"]) if record.kind.name == "follow_ups" else \
        record["status"] == "done"


def test_it_opens_on_what_is_open_overdue_first(qtbot, window, demo_desk):
    page = to_do(qtbot, window)
    items = page.model.items
    assert items and items[0].overdue
    assert all(not x.done for x in items)
    days = [x.days_left for x in items]
    assert days == sorted(days)  # the most overdue first, then the soonest due
    assert any(d < 0 for d in days) and any(d >= 0 for d in days)
    assert page.model.total == todo_count(demo_desk, TodoQuery(today=TODAY))
    assert page.count.text() == f"{page.model.total:,}건 중 {len(items):,}건"
    # the record each belongs to, by its title; the days late in Korean
    assert page.model.index(0, 4).data() == one_line(items[0].owner_title("ko"))
    assert page.model.index(0, 1).data().endswith("일 지남")


def test_filters_by_keys(qtbot, window, demo_desk):
    page = to_do(qtbot, window)
    figures = dashboard(demo_desk, today=TODAY)
    page.state.setFocus()
    key(qtbot, Qt.Key.Key_Down)  # 열림 → 기한 지남
    assert page.state.currentData() == "overdue"
    assert page.model.total == figures.overdue
    assert all(x.overdue for x in page.model.items)
    key(qtbot, Qt.Key.Key_Down)  # → due within N days
    assert page.state.currentData() == "due" and page.days.isEnabled()
    key(qtbot, Qt.Key.Key_Tab)
    assert page.days.hasFocus()
    qtbot.keyClick(page.days, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.days, "60")
    assert page.days.value() == 60
    assert page.model.total == figures.due_within[60]
    assert all(0 <= x.days_left <= 60 for x in page.model.items)
    key(qtbot, Qt.Key.Key_Tab)
    assert page.whose.hasFocus()
    key(qtbot, Qt.Key.Key_Down)  # all posts → mine (HQ)
    assert page.whose.currentData() is True
    assert {x.post for x in page.model.items} <= {"HQ"}
    page.state.setFocus()
    key(qtbot, Qt.Key.Key_Down)  # → done
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Up)  # → open
    page.whose.setFocus()
    key(qtbot, Qt.Key.Key_Up)  # → all posts
    page.state.setFocus()
    key(qtbot, Qt.Key.Key_End)  # → all: the done ones after the open ones
    assert page.state.currentData() == "all"
    done = [x.done for x in page.model.items]
    assert done == sorted(done)


def test_space_marks_done_and_ctrl_z_undoes_it(qtbot, window, demo_desk):
    page = to_do(qtbot, window)
    first, second = page.model.items[0], page.model.items[1]
    assert page.current_row() == 0
    assert "Space" in page.done_button.toolTip() or "스페이스" in page.done_button.toolTip()
    key(qtbot, Qt.Key.Key_Space)
    assert stored_done(demo_desk, first.id)
    # gone from what is open; the same row is chosen: the next deadline
    assert first.id not in [x.id for x in page.model.items]
    assert page.model.items[page.current_row()].id == second.id
    key(qtbot, Qt.Key.Key_Space)
    assert stored_done(demo_desk, second.id)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert not stored_done(demo_desk, second.id)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert not stored_done(demo_desk, first.id)
    assert [x.id for x in page.model.items[:2]] == [first.id, second.id]
    assert records.get(demo_desk, first.id)["done_on"] is None


def test_enter_opens_the_record_a_deadline_belongs_to(qtbot, window):
    page = to_do(qtbot, window)
    row = next(n for n, x in enumerate(page.model.items)
               if x.kind == "follow_ups" and x.owner_kind in window.lists)
    x = page.model.items[row]
    page.select_row(row)
    key(qtbot, Qt.Key.Key_Return)
    target = window.lists[x.owner_kind]
    assert window.current_list() is target
    qtbot.waitUntil(lambda: target.current_record_id() == x.owner_id, timeout=3000)


def test_ctrl_n_adds_a_follow_up_to_the_chosen_deadlines_record(qtbot, window, demo_desk):
    page = to_do(qtbot, window)
    x = next(x for x in page.model.items if x.kind == "follow_ups")
    page.select_row(page.model.row_of(x.id))
    page.ask_follow_up = lambda parent: (TODAY - dt.timedelta(days=400), "새 후속 조치")
    total = page.model.total
    key(qtbot, Qt.Key.Key_N, CTRL)
    made = page.model.items[0]  # the most overdue of all
    assert made.description == "새 후속 조치" and made.owner_id == x.owner_id
    assert page.model.total == total + 1
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert records.get(demo_desk, made.id).deleted and page.model.total == total


def test_the_dashboards_count_opens_the_same_list(qtbot, window, demo_desk):
    board = window.dashboard
    qtbot.waitUntil(lambda: board.data is not None and not board.loading, timeout=10000)
    figures = dashboard(demo_desk, today=TODAY)
    box = board.deadline_box
    assert box.count.text() == f"{figures.due_within[30]:,}건 중 {box.table.row_count():,}건"
    qtbot.mouseClick(board.tiles["overdue"], Qt.MouseButton.LeftButton)
    assert box.count.text() == f"{figures.overdue:,}건 중 {box.table.row_count():,}건"
    shown = board.record_ids(box.table)
    qtbot.mouseClick(box.show_all, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert isinstance(page, FollowUpsPage)
    assert page.state.currentData() == "overdue" and page.model.total == figures.overdue
    # the same deadlines in the same order (the latest overdue first)
    assert [x.owner_id or x.id for x in page.model.items[:len(shown)]] == shown
    key(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.mouseClick(board.tiles["due60"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.show_all, Qt.MouseButton.LeftButton)
    assert page.state.currentData() == "due" and page.days.value() == 60
    assert page.model.total == figures.due_within[60]


def test_the_count_is_in_the_windows_language(qtbot, demo_desk, english):
    w = MainWindow(demo_desk, "en")
    qtbot.addWidget(w)
    w.dashboard.today = TODAY
    with qtbot.waitSignal(w.dashboard.loaded, timeout=10000):
        w.show()
    box = w.dashboard.deadline_box
    total = dashboard(demo_desk, today=TODAY).due_within[30]
    assert box.count.text() == f"{box.table.row_count():,} of {total:,}"
    assert box.show_all.text() == "Show all in Follow-ups"


def test_an_empty_case_log_says_what_to_do_next(qtbot, desk):
    window = make_window(qtbot, desk)
    board = window.dashboard
    qtbot.waitUntil(lambda: board.data is not None and not board.loading, timeout=10000)
    # charts made after the page was shown are shown on the next turn of the loop
    qtbot.waitUntil(lambda: all(c.isVisible() for c in board.charts.values()))
    for chart in board.charts.values():
        assert chart.empty.isVisible() and "Ctrl+N" in chart.empty.text()
        assert chart.value_labels() == []  # no bars nor numbers under the sentence
    assert board.tiles["overdue"].value.styleSheet() == ""  # nothing overdue: not red
    steps = board.deadline_box.empty
    assert board.deadline_box.stack.currentWidget() is steps
    assert "데모" in steps.text.text()
    assert all(button.isVisible() for button in steps.buttons.values())
    assert board.deadline_box.count.text() == "0건 중 0건"
    assert not board.deadline_box.show_all.isEnabled()
    qtbot.mouseClick(steps.buttons["new"], Qt.MouseButton.LeftButton)
    chooser = window.kind_chooser
    assert chooser.isVisible()
    qtbot.keyClick(chooser.list, Qt.Key.Key_Escape)
    page = to_do(qtbot, window)
    assert page.stack.currentWidget() is page.empty and page.model.total == 0
    # no deadline chosen: Ctrl+N asks which kind of record, as on the dashboard
    window.kind_chooser = None
    key(qtbot, Qt.Key.Key_N, CTRL)
    assert window.kind_chooser is not None and window.kind_chooser.isVisible()
    qtbot.keyClick(window.kind_chooser.list, Qt.Key.Key_Escape)


def test_charts_follow_a_dark_palette(qtbot, window):
    board = window.dashboard
    qtbot.waitUntil(lambda: board.data is not None and not board.loading, timeout=10000)
    assert board.tiles["overdue"].value.styleSheet() == "color: #b00020"  # some overdue
    chart = board.charts["open_by_post"]
    dark = QPalette(chart.palette())
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.Base, "#2b2b2b"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Highlight, "#8ab4f8")):
        dark.setColor(role, QColor(colour))
    chart.setPalette(dark)

    def painted_in(chart) -> tuple[QColor, QColor, bool]:
        """(the background's colour, a bar's, whether the title has text-coloured
        pixels), as painted."""
        image = chart.grab().toImage()
        bar = image.pixelColor(chart.bar_rect(0).center().toPoint())
        text = QColor("#e8eaed")
        title = any(
            max(abs(c.red() - text.red()), abs(c.green() - text.green()),
                abs(c.blue() - text.blue())) <= 12
            for c in (image.pixelColor(x, y) for x in range(chart.width())
                      for y in range(8, 30)))
        return image.pixelColor(4, chart.height() - 4), bar, title

    assert painted_in(chart) == (QColor("#2b2b2b"), QColor("#8ab4f8"), True)
    board.data = None
    with qtbot.waitSignal(board.loaded, timeout=10000):
        board.reload()  # bars shown again keep the dark colours
    assert painted_in(chart)[1] == QColor("#8ab4f8")


def test_the_demo_step_offers_new_case_log(qtbot, desk):
    """The demo database is made by File → New case log…: the step triggers it (the
    session installs it); without it the status bar says where it is."""
    from PySide6.QtGui import QAction

    window = make_window(qtbot, desk)
    board = window.dashboard
    qtbot.waitUntil(lambda: board.data is not None and not board.loading, timeout=10000)
    steps = board.deadline_box.empty
    qtbot.mouseClick(steps.buttons["demo"], Qt.MouseButton.LeftButton)
    assert "파일 → 새 사건 기록부" in window.statusBar().currentMessage()
    window.new_case_log_action = QAction(window)
    with qtbot.waitSignal(window.new_case_log_action.triggered, timeout=1000):
        qtbot.mouseClick(steps.buttons["demo"], Qt.MouseButton.LeftButton)


def test_the_model_is_a_sound_model(qtmodeltester, demo_desk):
    from officer_desk.gui.todo_model import PAGE_ROWS, TodoModel

    model = TodoModel(demo_desk, "ko")
    model.set_query(TodoQuery(state="all", today=TODAY))
    qtmodeltester.check(model)
    assert model.rowCount() == min(PAGE_ROWS, model.total)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total == todo_count(
        demo_desk, TodoQuery(state="all", today=TODAY))
    assert len({x.id for x in model.items}) == model.total  # no row twice


def test_a_read_only_case_log_marks_nothing_done(qtbot, demo_path):
    desk = open_desk(demo_path, readonly=True)
    try:
        window = make_window(qtbot, desk)
        page = to_do(qtbot, window)
        first = page.model.items[0]
        assert not page.done_button.isEnabled()
        key(qtbot, Qt.Key.Key_Space)
        assert not stored_done(desk, first.id) and page.model.items[0].id == first.id
        window.close()
    finally:
        desk.close()


def test_a_deleted_records_deadlines_leave_the_to_do_and_the_dashboard(qtbot, window,
                                                                       demo_desk):
    """Enter on an overdue deadline opens its record; Delete there takes its deadlines
    off the to-do and the dashboard (whose "N of M" still is what the to-do opens);
    Ctrl+Z (restored) brings them back."""
    page = to_do(qtbot, window)
    first = next(x for x in page.model.items if x.kind == "follow_ups")
    owner, total = first.owner_id, page.model.total
    theirs = [x.id for x in page.model.items if x.owner_id == owner]
    page.select_row(page.model.row_of(first.id))
    key(qtbot, Qt.Key.Key_Return)
    listed = window.current_page()
    assert listed is not page and listed.current_record_id() == owner
    listed.table.setFocus()
    key(qtbot, Qt.Key.Key_Delete)
    assert records.get(demo_desk, owner).deleted

    page = to_do(qtbot, window)
    assert page.model.total == total - len(theirs) == todo_count(
        demo_desk, TodoQuery(today=TODAY))
    assert not {x.id for x in page.model.items} & set(theirs)

    key(qtbot, Qt.Key.Key_1, CTRL)
    board = window.dashboard
    qtbot.waitUntil(lambda: board.data is not None and not board.loading, timeout=10000)
    qtbot.mouseClick(board.tiles["overdue"], Qt.MouseButton.LeftButton)
    box = board.deadline_box
    shown = board.record_ids(box.table)
    assert owner not in shown
    overdue = dashboard(demo_desk, today=TODAY).overdue
    assert box.count.text() == f"{overdue:,}건 중 {box.table.row_count():,}건"
    qtbot.mouseClick(box.show_all, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert page.model.total == overdue
    assert [x.owner_id or x.id for x in page.model.items[:len(shown)]] == shown

    key(qtbot, Qt.Key.Key_Z, CTRL)  # the deletion undone: the record is back, and they
    assert not records.get(demo_desk, owner).deleted
    page = to_do(qtbot, window)
    page.show_query(TodoQuery(today=TODAY))
    assert page.model.total == total


@pytest.mark.parametrize(("lang", "dropped_text"), [("ko", "중단"), ("en", "Dropped")])
def test_a_dropped_action_item_reads_dropped_not_done(qtbot, demo_desk, lang, dropped_text):
    from officer_desk.gui.todo_model import TodoModel

    actions = [x for x in todo_items(demo_desk, TodoQuery(today=TODAY), limit=1000)
               if x.kind == "action_items" and x.post == demo_desk.home_post]
    dropped, done = actions[:2]
    records.update(demo_desk, dropped.id, {"status": "dropped", "closed_on": TODAY})
    records.update(demo_desk, done.id, {"status": "done", "closed_on": TODAY})
    model = TodoModel(demo_desk, lang)
    model.set_query(TodoQuery(state="done", today=TODAY))
    model.reach_end()
    column = [key for key, _ in COLUMNS].index("done")
    text = {x.id: model.index(row, column).data() for row, x in enumerate(model.items)}
    assert text[dropped.id] == dropped_text and text[done.id] == "✓"
    assert set(text.values()) == {"✓", dropped_text}


def test_the_done_list_says_dropped_in_the_window(qtbot, window, demo_desk):
    actions = [x for x in todo_items(demo_desk, TodoQuery(today=TODAY), limit=1000)
               if x.kind == "action_items" and x.post == demo_desk.home_post]
    records.update(demo_desk, actions[0].id, {"status": "dropped", "closed_on": TODAY})
    page = to_do(qtbot, window)
    page.state.setFocus()
    for _ in range(3):  # 열림 → 기한 지남 → 기한 내 → 완료
        key(qtbot, Qt.Key.Key_Down)
    assert page.state.currentData() == "done"
    page.go_to_end()
    row = page.model.row_of(actions[0].id)
    assert row >= 0 and page.model.index(row, 2).data() == "중단"


def test_space_far_down_a_long_list_moves_one_row_and_keeps_the_scroll(
        qtbot, window, demo_desk, monkeypatch):
    """Space near the end of a long to-do (End: every row read) changes that row alone:
    nothing is read again from the start, the same row is chosen (the next deadline),
    the list stays scrolled where it was, and it is what a fresh read gives; Ctrl+Z
    likewise."""
    from officer_desk.gui import todo_model
    from officer_desk.services.todo import todo_items as read_items

    owner = next(x for x in todo_items(demo_desk, TodoQuery(today=TODAY))
                 if x.kind == "follow_ups")
    for n in range(450):  # a list of several pages
        records.create(demo_desk, FOLLOW_UPS, {
            "record_id": owner.owner_id, "due_on": TODAY + dt.timedelta(days=n % 200),
            "description": f"기한 {n}"}, post=owner.post)
    page = to_do(qtbot, window)
    page.show_query(TodoQuery(today=TODAY))
    key(qtbot, Qt.Key.Key_End)
    total = page.model.total
    assert page.model.rowCount() == total > 2 * todo_model.PAGE_ROWS
    for _ in range(3):  # far down, above the last screenful (which a row less shifts)
        key(qtbot, Qt.Key.Key_PageUp)
    row = page.current_row()
    assert total - 200 < row < total - 20
    assert page.table.verticalScrollBar().value() < page.table.verticalScrollBar().maximum()
    chosen, following = page.model.items[row], page.model.items[row + 1]
    scrolled = page.table.verticalScrollBar().value()
    assert scrolled > 0
    reads: list[int] = []
    monkeypatch.setattr(todo_model, "todo_items", lambda *a, **k: reads.append(
        k.get("limit", 0)) or read_items(*a, **k))

    key(qtbot, Qt.Key.Key_Space)
    assert stored_done(demo_desk, chosen.id)
    assert reads == []  # no row read again
    assert page.current_row() == row and page.model.items[row].id == following.id
    assert page.table.verticalScrollBar().value() == scrolled
    assert page.model.total == page.model.rowCount() == total - 1
    assert page.count.text() == f"{total - 1:,}건 중 {total - 1:,}건"
    fresh = read_items(demo_desk, TodoQuery(today=TODAY), limit=total)
    assert [x.id for x in page.model.items] == [x.id for x in fresh]

    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert not stored_done(demo_desk, chosen.id)
    assert reads == []
    assert page.model.items[row].id == chosen.id and page.model.total == total
    assert page.table.verticalScrollBar().value() == scrolled
    fresh = read_items(demo_desk, TodoQuery(today=TODAY), limit=total)
    assert [x.id for x in page.model.items] == [x.id for x in fresh]

    # a change made elsewhere is not missed: the list reads again
    records.update(demo_desk, following.id, {"description": "바뀜"})
    page.refresh()
    assert reads and page.model.items[page.model.row_of(following.id)].description == "바뀜"
