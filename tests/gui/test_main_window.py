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
    assert window.nav_titles() == ["대시보드", "분쟁", "협의", "동향", "기업", "회의", "후속 조치"]
    assert "DEMO" in window.windowTitle()


def test_search_as_you_type_filters_and_counts(qtbot, window, demo_desk):
    window.nav.setCurrentRow(1)
    page = window.current_list()
    total = page.model.total
    some = records.get(demo_desk, page.model.record_id(0))
    word = some["title_ko"][:4]
    page.search.setText(word)
    qtbot.waitUntil(lambda: page.model.total < total, timeout=3000)
    assert page.count.text().startswith(f"{page.model.total:,}건")
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


def test_the_detail_shows_values_as_a_person_reads_them(desk, company):
    record, _ = records.create(desk, DISPUTES, {
        "title_ko": "금액 표시", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "itc_337", "opened_on": "2025-01-01", "claimed_amount": 13000000,
        "currency": "USD",
        "counterparties": [{"name": "Acme & Co", "type": "npe"}],
    })
    page = record_html(desk, record, records.history(desk, record.id), "ko")
    assert "13,000,000" in page and "13000000.0" not in page
    assert "Acme &amp; Co (특허관리전문회사(NPE))" in page
    assert company.id not in page  # the company by its name, not its id


def test_a_screenshot_of_the_window(qtbot, window, tmp_path):
    window.resize(1200, 760)
    window.nav.setCurrentRow(1)
    path = tmp_path / "window.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_open_record_selects_it_in_its_list(qtbot, window, demo_desk):
    window.nav.setCurrentRow(0)
    page = window.lists["disputes"]
    listed = records_list(demo_desk, "disputes")
    target = listed[-1]  # the last one of the list: not among the first rows read
    assert window.open_record(target)
    assert window.current_list() is page
    qtbot.waitUntil(lambda: page.current_record_id() == target, timeout=3000)
    assert page.table.selectionModel().isRowSelected(page.model.row_of(target))
    qtbot.waitUntil(lambda: bool(page.detail.toPlainText()), timeout=2000)
    assert records.get(demo_desk, target).title("ko") in page.detail.toPlainText()


def test_open_record_clears_a_search_that_hides_it(qtbot, window, demo_desk):
    page = window.lists["companies"]
    window.show_page(page)
    page.search.setText("zzzz-no-such-company")
    qtbot.waitUntil(lambda: page.model.total == 0, timeout=3000)
    target = records_list(demo_desk, "companies")[3]
    assert window.open_record(target)
    qtbot.waitUntil(lambda: page.current_record_id() == target, timeout=3000)
    assert page.search.text() == ""


def test_open_record_shows_a_deleted_record(qtbot, window, demo_desk):
    target = records_list(demo_desk, "engagements")[0]
    records.delete(demo_desk, target)
    page = window.lists["engagements"]
    assert window.open_record(target)
    qtbot.waitUntil(lambda: page.current_record_id() == target, timeout=3000)
    assert page.deleted.isChecked()


def test_open_record_far_down_a_long_list_narrows_it(qtbot, desk, monkeypatch):
    from officer_desk.domain.kinds import COMPANIES
    from officer_desk.gui import record_opener

    records.create_many(desk, COMPANIES, [
        {"name_ko": f"기업 {n:04d}", "size": "sme"} for n in range(650)])
    monkeypatch.setattr(record_opener, "OPEN_RECORD_SCAN_ROWS", 250)
    window = MainWindow(desk, "ko")
    qtbot.addWidget(window)
    page = window.lists["companies"]
    near, far = records_list(desk, "companies")[230], records_list(desk, "companies")[-1]
    assert window.open_record(near)  # read a page further
    qtbot.waitUntil(lambda: page.current_record_id() == near, timeout=3000)
    assert page.model.total == 650
    assert window.open_record(far)  # beyond what is read: the list shows only it
    qtbot.waitUntil(lambda: page.current_record_id() == far, timeout=3000)
    assert page.model.total == 1
    assert window.statusBar().currentMessage()


def test_open_record_of_an_action_item_opens_its_conference(qtbot, window, demo_desk):
    row = demo_desk.conn.execute(
        "SELECT id, conference_id FROM action_items WHERE deleted = 0 LIMIT 1").fetchone()
    assert window.open_record(row[0])
    page = window.lists["conferences"]
    assert window.current_list() is page
    qtbot.waitUntil(lambda: page.current_record_id() == row[1], timeout=3000)


def test_open_record_of_nothing_says_so(window):
    assert not window.open_record("not-an-id")
    assert window.statusBar().currentMessage()


def test_a_list_page_asking_to_open_a_record_is_heard(qtbot, window, demo_desk):
    page = window.lists["disputes"]
    target = records_list(demo_desk, "companies")[0]
    page.openRecordRequested.emit(target)
    companies = window.lists["companies"]
    assert window.current_list() is companies
    qtbot.waitUntil(lambda: companies.current_record_id() == target, timeout=3000)


def records_list(desk, kind: str) -> list[str]:
    """Ids of a kind's live records in its list's default order."""
    from officer_desk.domain.kinds import kind_named
    from officer_desk.services import queries

    page = queries.list_records(desk, kind_named(kind), queries.ListQuery(limit=None))
    return [r.id for r in page.records]


# -- the Conflicts and Import-log entries ---------------------------------------------------


def test_conflicts_and_import_log_entries_follow_merges_and_resolutions(
        qtbot, desk, dispute, tmp_path, monkeypatch):
    from conflict_tools import laptop_package, merge_with_conflict

    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.nav_titles() == ["Dashboard", "Disputes", "Engagements", "Trend notes",
                                   "Companies", "Conferences", "Follow-ups"]
    merge_with_conflict(desk, laptop_package(desk, dispute.id, tmp_path, monkeypatch))
    window.refresh()  # what the merge wizard does after merging
    assert window.nav_titles()[-2:] == ["Conflicts", "Import log"]
    assert window.import_log.table.rowCount() == 1
    [sync] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Sync"]
    [conflicts_action] = [a for a in sync.actions() if a.text() == "Conflicts…"]
    conflicts_action.trigger()
    assert window.current_page() is window.conflicts
    window.conflicts.table.selectRow(0)
    window.conflicts.keep_ours.click()
    # settled: the entry stays while its page is shown, and goes when another is chosen
    assert "Conflicts" in window.nav_titles()
    window.show_page(window.dashboard)
    assert "Conflicts" not in window.nav_titles() and "Import log" in window.nav_titles()
    assert window.conflicts.table.rowCount() == 0


def test_opening_the_record_of_a_conflict(qtbot, desk, dispute, tmp_path, monkeypatch):
    from conflict_tools import laptop_package, merge_with_conflict

    merge_with_conflict(desk, laptop_package(desk, dispute.id, tmp_path, monkeypatch))
    window = MainWindow(desk, "ko")
    qtbot.addWidget(window)
    window.show_conflicts()
    window.conflicts.table.selectRow(0)
    window.conflicts.open_button.click()
    page = window.lists["disputes"]
    assert window.current_list() is page
    qtbot.waitUntil(lambda: page.current_record_id() == dispute.id, timeout=3000)


# -- layout and keys ----------------------------------------------------------------------


def test_window_state_splitter_and_page_are_remembered(qtbot, demo_desk, tmp_path):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow(demo_desk, "ko", settings=settings)
    qtbot.addWidget(first)
    first.resize(1400, 760)
    first.show()
    first.splitter.setSizes([300, 1100])
    first.show_page(first.lists["companies"])
    nav_width = first.splitter.sizes()[0]
    first.close()
    second = MainWindow(demo_desk, "ko", settings=settings)
    qtbot.addWidget(second)
    # (before it is shown: the offscreen screen is smaller than the window, and Qt fits
    # a shown window to its screen)
    assert second.splitter.sizes()[0] == nav_width
    assert settings.value("main/geometry") is not None
    assert settings.value("main/state") is not None
    # it opens on the page it was closed on, and builds no other
    assert [page.objectName() for page in second.built_pages()] == ["list_companies"]
    second.show()
    assert second.current_list() is second.lists["companies"]
    assert second.dashboard is second.page("dashboard")  # built when asked for


def test_without_settings_nothing_is_remembered(qtbot, demo_desk):
    window = MainWindow(demo_desk, "ko")
    qtbot.addWidget(window)
    assert window.settings is None
    window.close()  # saving nothing is no error


def test_f5_refreshes_every_page(qtbot, window, demo_desk):
    page = window.lists["companies"]
    before = page.model.total
    from officer_desk.domain.kinds import COMPANIES

    records.create(demo_desk, COMPANIES, {"name_ko": "새 기업", "size": "sme"})
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.model.total == before + 1, timeout=3000)


def test_a_chart_bar_shows_the_list_it_counts(qtbot, window, demo_desk):
    page = window.lists["disputes"]
    window.dashboard.listRequested.emit(
        "disputes", {"where": {"status": "open", "ip_type": "patent"}, "posts": None})
    assert window.current_list() is page
    expected = demo_desk.conn.execute(
        "SELECT count(*) FROM disputes WHERE deleted = 0 AND status = 'open' "
        "AND ip_type = 'patent'").fetchone()[0]
    qtbot.waitUntil(lambda: page.model.total == expected, timeout=3000)
    assert page.filters["ip_type"].currentData() == "patent"


def test_the_file_menu_holds_briefs_import_backups_settings_and_quit(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert window.menuBar().actions()[0].text() == "파일(&F)"
    assert texts == ["업무 보고 자료…", "스프레드시트 가져오기(&I)…",
                     "기한을 일정 파일로 내보내기…", "일정 파일을 계속 최신으로 유지",
                     "지금 백업", "백업에서 복원…",
                     "설정(&S)…", "끝내기(&Q)"]
