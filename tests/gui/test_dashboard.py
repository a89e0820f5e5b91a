"""The dashboard on a demo case log: figures, charts, deadlines and recent records checked
against the database, and opening a record from it."""

from __future__ import annotations

import datetime as dt

import pytest
from demo_files import make_demo, opened_copy
from PySide6.QtCore import Qt

from officer_desk.domain.kinds import USER_KINDS
from officer_desk.gui.dashboard_page import CHART_BARS, DashboardPage
from officer_desk.gui.main_window import MainWindow
from officer_desk.services import records

TODAY = dt.date(2025, 6, 30)




@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    return make_demo(tmp_path_factory, "demo", records=600, seed=5, today=TODAY)


@pytest.fixture
def demo_desk(demo_path, tmp_path):
    with opened_copy(demo_path, tmp_path) as desk:
        yield desk


@pytest.fixture
def page(qtbot, demo_desk):
    p = DashboardPage(demo_desk, "ko", today=TODAY)
    qtbot.addWidget(p)
    p.resize(1200, 1400)
    with qtbot.waitSignal(p.loaded, timeout=10000):
        p.show()
    return p


def one(desk, sql, *params):
    return desk.conn.execute(sql, params).fetchone()[0]


def test_tiles_show_the_databases_figures(page, demo_desk):
    d = demo_desk
    live = "deleted = 0"
    expected = {
        "open": one(d, f"SELECT count(*) FROM disputes WHERE {live} AND status = 'open'"),
        "closed": one(d, f"SELECT count(*) FROM disputes WHERE {live} AND status = 'closed'"),
        "new": one(d, f"SELECT count(*) FROM disputes WHERE {live} AND opened_on >= ? "
                   "AND opened_on <= ?", "2025-06-01", "2025-06-30"),
        "held": one(d, f"SELECT count(*) FROM engagements WHERE {live} AND held_on <= ?",
                    "2025-06-30"),
        "overdue": one(d, f"SELECT count(*) FROM follow_ups WHERE {live} AND done = 0 AND "
                       "due_on < ?", "2025-06-30") + one(
            d, f"SELECT count(*) FROM action_items WHERE {live} AND status IN "
            "('open', 'in_progress') AND due_on < ?", "2025-06-30"),
    }
    for key, n in expected.items():
        assert page.tiles[key].value.text() == f"{n:,}", key
    assert expected["open"] > 0 and expected["held"] > 0
    assert page.tiles["open"].caption.text() == "진행 중 분쟁"


def test_charts_count_open_disputes_and_engagements(page, demo_desk):
    by_post = dict(demo_desk.conn.execute(
        "SELECT post, count(*) FROM disputes WHERE deleted = 0 AND status = 'open' "
        "GROUP BY post").fetchall())
    chart = page.charts["open_by_post"]
    assert dict(zip(chart.keys, chart.values, strict=True)) == by_post
    assert chart.values == sorted(chart.values, reverse=True)
    ip = page.charts["open_by_ip_type"]
    assert "patent" in ip.keys
    assert ip.labels[ip.keys.index("patent")] == demo_desk.vocab.label("ip_type", "patent", "ko")
    tech = page.charts["open_by_technology"]
    assert len(tech.keys) <= CHART_BARS + 1
    assert sum(tech.values) == sum(by_post.values())  # the last bar sums the rest
    engagements = page.charts["engagements_by_post"]
    assert sum(engagements.values) == one(
        demo_desk, "SELECT count(*) FROM engagements WHERE deleted = 0")


def test_a_bar_asks_for_the_list_it_counts(qtbot, page):
    chart = page.charts["open_by_ip_type"]
    top = chart.keys[0]
    with qtbot.waitSignal(page.listRequested) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                         pos=chart.bar_rect(0).center().toPoint())
    assert blocker.args == ["disputes", {"where": {"status": "open", "ip_type": top},
                                         "posts": None}]


def test_deadlines_switch_between_overdue_and_the_next_days(page):
    def due_dates():
        return [page.deadlines.text(r, 0) for r in range(page.deadlines.row_count())]

    assert page.deadline_days() == 30
    soon = due_dates()
    assert soon and all("2025-06-30" <= d <= "2025-07-30" for d in soon)
    assert soon == sorted(soon)
    page.deadline_choice.setCurrentIndex(0)  # overdue
    late = due_dates()
    assert late and all(d < "2025-06-30" for d in late)
    assert page.deadlines.text(0, 1).endswith("일 지남")
    page.deadline_choice.setCurrentIndex(3)  # 90 days
    assert len(due_dates()) >= len(soon)


def test_recent_records_are_the_last_changed(qtbot, page, demo_desk,
                                             company_name="최근 수정 기업"):
    some = demo_desk.conn.execute(
        "SELECT id FROM companies WHERE deleted = 0 LIMIT 1").fetchone()[0]
    records.update(demo_desk, some, {"name_ko": company_name})
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    assert page.record_ids(page.recent)[0] == some
    assert page.recent.text(0, 3) == company_name
    assert page.recent.text(0, 1) == "기업"


def _newest(desk, order: str) -> list[str]:
    """The 25 records of every kind first in ``order``, by plain SQL."""
    union = " UNION ALL ".join(
        f"SELECT id, updated_at, changed FROM {k.name}" for k in USER_KINDS)
    return [rid for (rid,) in desk.conn.execute(
        f"SELECT id FROM ({union}) ORDER BY {order} LIMIT 25")]


def test_recent_records_are_listed_by_when_they_changed(page, demo_desk):
    """The demo stamps its records' times at random while storing them kind by kind, as
    HQ gets a post's changes whenever the post's package arrives: the list follows the
    times it shows, not the order the changes reached the file."""
    shown = [page.recent.text(row, 0) for row in range(page.recent.row_count())]
    assert len(shown) == 25
    assert shown == sorted(shown, reverse=True)
    newest = _newest(demo_desk, "updated_at DESC, changed DESC, id DESC")
    assert page.record_ids(page.recent) == newest
    assert _newest(demo_desk, "changed DESC") != newest  # arrival order differs here


def test_a_hidden_dashboard_reads_only_when_shown(qtbot, demo_desk):
    p = DashboardPage(demo_desk, "ko", today=TODAY)
    qtbot.addWidget(p)
    assert p.data is None
    p.refresh()
    assert p.data is None and not p.loading
    with qtbot.waitSignal(p.loaded, timeout=10000):
        p.show()
    assert p.data is not None and not p.loading


def test_english_labels(qtbot, demo_desk):
    from officer_desk.gui.texts import use_language

    use_language("en")
    p = DashboardPage(demo_desk, "en", today=TODAY)
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.loaded, timeout=10000):
        p.show()
    assert p.tiles["open"].caption.text() == "Open disputes"
    ip = p.charts["open_by_ip_type"]
    assert ip.labels[ip.keys.index("patent")] == demo_desk.vocab.label("ip_type", "patent", "en")
    assert p.deadline_choice.currentText() == "Next 30 days"


# -- opening records from the dashboard ------------------------------------------------


@pytest.fixture
def window(qtbot, demo_desk, monkeypatch):
    w = MainWindow(demo_desk, "ko")
    w.dashboard.today = TODAY
    qtbot.addWidget(w)
    w.resize(1200, 900)
    with qtbot.waitSignal(w.dashboard.loaded, timeout=10000):
        w.show()
    return w


def test_double_clicking_a_deadline_opens_its_record(qtbot, window, demo_desk):
    table = window.dashboard.deadlines
    assert table.row_count() > 0
    target = window.dashboard.record_ids(table)[0]
    record = records.get(demo_desk, target)
    table.scrollTo(table.model().index(0, 0))
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.lists.get(record.kind.name) or window.lists["conferences"]
    assert window.current_list() is page
    qtbot.waitUntil(lambda: page.current_record_id() is not None, timeout=3000)
    if record.kind.name in window.lists:
        assert page.current_record_id() == target


def test_enter_on_a_recent_record_opens_it(qtbot, window, demo_desk):
    table = window.dashboard.recent
    # an engagement changed last: it opens in the engagements list
    some = demo_desk.conn.execute(
        "SELECT id FROM engagements WHERE deleted = 0 LIMIT 1").fetchone()[0]
    records.update(demo_desk, some, {"result": "합의"})
    with qtbot.waitSignal(window.dashboard.loaded, timeout=10000):
        window.refresh()
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    page = window.lists["engagements"]
    assert window.current_list() is page
    qtbot.waitUntil(lambda: page.current_record_id() == some, timeout=3000)


def test_a_newer_read_makes_an_older_one_stale(qtbot, page, demo_desk):
    first = page.data
    page.reload()
    page.reload()  # the first of these two arrives stale and is dropped
    with qtbot.waitSignal(page.loaded, timeout=10000):
        pass
    assert page.data is not first and not page.loading
    qtbot.wait(100)  # nothing else arrives
    assert not page.loading


def test_a_problem_reading_is_shown(qtbot, page, monkeypatch):
    from officer_desk.domain.errors import DatabaseProblem
    from officer_desk.gui import dashboard_page

    def fails(*args):
        raise DatabaseProblem("the database file is damaged")

    monkeypatch.setattr(dashboard_page, "gather", fails)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    assert "damaged" in page.heading.text()


def test_the_deadline_figures_choose_the_deadline_list(qtbot, page):
    qtbot.mouseClick(page.tiles["overdue"], Qt.MouseButton.LeftButton)
    assert page.deadline_days() == 0
    qtbot.mouseClick(page.tiles["due60"], Qt.MouseButton.LeftButton)
    assert page.deadline_days() == 60


def test_a_figure_asks_for_the_list_it_counts(qtbot, page):
    with qtbot.waitSignal(page.listRequested) as blocker:
        qtbot.mouseClick(page.tiles["open"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["disputes", {"where": {"status": "open"}}]


def test_new_this_month_shows_the_disputes_opened_this_month(qtbot, window, demo_desk):
    qtbot.mouseClick(window.dashboard.tiles["new"], Qt.MouseButton.LeftButton)
    page = window.lists["disputes"]
    assert window.current_list() is page
    expected = window.dashboard.tiles["new"].value.text()
    qtbot.waitUntil(lambda: f"{page.model.total:,}" == expected, timeout=3000)
    assert page.date_from_on.isChecked() and page.date_from.date() == TODAY.replace(
        day=1)


def test_an_action_item_without_a_record_shows_its_conference(qtbot, page, demo_desk):
    from officer_desk.domain.kinds import ACTION_ITEMS, CONFERENCES

    conference, _ = records.create(demo_desk, CONFERENCES, {
        "title_ko": "2025년 상반기 KINPA 간담회", "conference_kind": "hq_video",
        "held_on": TODAY}, post="HQ")
    records.create(demo_desk, ACTION_ITEMS, {
        "conference_id": conference.id, "description_ko": "간담회 건의사항 회신",
        "owner_name": "본청 담당", "due_on": TODAY + dt.timedelta(days=3)}, post="HQ")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    table = page.deadlines
    row = next(r for r in range(table.row_count())
               if table.text(r, 3) == "간담회 건의사항 회신")
    # no record of its own: it belongs to (and opens) its conference
    assert table.text(row, 4) == "2025년 상반기 KINPA 간담회"
    assert page.record_ids(table)[row] == conference.id


def test_columns_are_as_wide_as_their_widest_text_of_many_rows(qtbot):
    """A column's width is measured on its longest texts only (two hundred cells were
    measured before); Hangul, wider per letter, is among those measured."""
    from officer_desk.gui.record_rows import CELL_PADDING, RecordRow, RecordRowsView

    view = RecordRowsView(["what", "rest"])
    qtbot.addWidget(view)
    texts = [f"case {n}" for n in range(300)] + ["특허침해소송", "iiiiiiiiiiii"]
    view.show_rows([RecordRow(None, (t, "")) for t in texts])
    metrics = view.fontMetrics()
    widest = max(metrics.horizontalAdvance(t) for t in texts)
    assert view.columnWidth(0) == min(widest + CELL_PADDING, 260)
