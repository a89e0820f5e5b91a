"""A window that opens on the dashboard starts its read while it is built: the figures
painted are still the database's, a changed day reads again, and a window opened on a
list reads no dashboard at all."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from officer_desk.domain.kinds import FOLLOW_UPS
from officer_desk.gui.main_window import MainWindow
from officer_desk.services import dashboard as dashboard_service
from officer_desk.services import records
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk

TODAY = dt.date(2025, 6, 30)


@pytest.fixture
def demo_desk(tmp_path):
    desk = init_desk(tmp_path / "demo.sqlite", hq=True, demo=True)
    generate_demo(desk, records=400, seed=7)  # dated from the real day
    yield desk
    desk.close()


def left_on(tmp_path, page: str) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("main/page", page)
    return settings


def test_the_read_starts_before_the_window_is_shown(qtbot, demo_desk):
    window = MainWindow(demo_desk, "ko")
    qtbot.addWidget(window)
    board = window.dashboard
    assert board.loading and not board.isVisible()  # reading while being built
    assert set(board.charts) == {"open_by_post", "open_by_ip_type", "open_by_technology",
                                 "engagements_by_post"}
    with qtbot.waitSignal(board.loaded, timeout=10000):
        window.show()
    figures = dashboard_service.dashboard(demo_desk)
    assert board.tiles["open"].value.text() == f"{figures.disputes_open:,}"
    assert board.tiles["overdue"].value.text() == f"{figures.overdue:,}"
    assert figures.due_within[30] > 0
    assert f"{figures.due_within[30]:,}" in board.deadline_box.count.text()


def test_a_day_set_while_reading_is_the_day_counted(qtbot, demo_desk):
    window = MainWindow(demo_desk, "ko")
    qtbot.addWidget(window)
    board = window.dashboard
    assert board.loading
    board.today = TODAY  # the read under way (today's) goes stale
    with qtbot.waitSignal(board.loaded, timeout=10000):
        window.show()
    assert board.data is not None and board.data.today == TODAY
    figures = dashboard_service.dashboard(demo_desk, today=TODAY)
    assert board.tiles["overdue"].value.text() == f"{figures.overdue:,}"


def test_an_edit_after_the_first_read_is_counted_on_refresh(qtbot, demo_desk):
    window = MainWindow(demo_desk, "ko")
    qtbot.addWidget(window)
    board = window.dashboard
    with qtbot.waitSignal(board.loaded, timeout=10000):
        window.show()
    before = dashboard_service.dashboard(demo_desk).overdue
    owner = demo_desk.conn.execute(
        "SELECT id FROM disputes WHERE deleted = 0 LIMIT 1").fetchone()[0]
    records.create(demo_desk, FOLLOW_UPS, {
        "record_id": owner, "description": "기한 지난 확인", "due_on": dt.date(2001, 1, 1)})
    with qtbot.waitSignal(board.loaded, timeout=10000):
        board.refresh()
    assert board.tiles["overdue"].value.text() == f"{before + 1:,}"


def test_a_window_opened_on_a_list_reads_no_dashboard(qtbot, demo_desk, tmp_path):
    window = MainWindow(demo_desk, "ko", settings=left_on(tmp_path, "list_disputes"))
    qtbot.addWidget(window)
    assert [p.objectName() for p in window.built_pages()] == ["list_disputes"]
    window.show()
    assert [p.objectName() for p in window.built_pages()] == ["list_disputes"]


# -- the read started before the window's modules (``officer-desk gui``) -----------------


@pytest.fixture
def opens_on():
    """The read started with the process, kept or cancelled as the program does once
    it knows the page the window opens on."""
    from officer_desk.gui.app import keep_early_read_for
    from officer_desk.services import early_read

    yield keep_early_read_for
    early_read.cancel()


def test_the_dashboard_takes_the_read_started_before_the_window(qtbot, demo_desk, opens_on):
    from officer_desk.services import early_read

    opens_on("dashboard")
    read = early_read.start(demo_desk.path)
    assert read is not None
    window = MainWindow(demo_desk, "ko")
    qtbot.addWidget(window)
    board = window.dashboard
    assert early_read.take(demo_desk.path, dt.date.today()) is None  # taken, once
    if board.data is None:
        with qtbot.waitSignal(board.loaded, timeout=10000):
            window.show()
    figures = dashboard_service.dashboard(demo_desk)
    assert board.tiles["open"].value.text() == f"{figures.disputes_open:,}"
    assert board.tiles["overdue"].value.text() == f"{figures.overdue:,}"
    assert f"{figures.due_within[30]:,}" in board.deadline_box.count.text()


def test_the_read_is_cancelled_for_a_window_opening_on_a_list(demo_desk, opens_on):
    from officer_desk.services import early_read

    read = early_read.start(demo_desk.path)
    opens_on("list_disputes")
    read.join(10)
    assert read.cancelled and not read.is_alive()
    assert early_read.take(demo_desk.path, dt.date.today()) is None
    kept = early_read.start(demo_desk.path)
    opens_on(None)  # never closed: it opens on the dashboard
    assert not kept.cancelled
    assert early_read.take(demo_desk.path, dt.date.today()) is kept
    assert early_read.start(None) is None  # the welcome screen
    assert early_read.start(demo_desk.path.with_name("missing.sqlite")) is None


def test_a_read_of_another_file_or_day_is_not_taken_and_is_cancelled(
        qtbot, demo_desk, tmp_path, opens_on):
    from officer_desk.services import early_read

    opens_on("dashboard")
    other = init_desk(tmp_path / "other.sqlite", post="US")
    other.close()
    read = early_read.start(other.path)
    assert early_read.take(other.path, dt.date(2001, 1, 1)) is None
    window = MainWindow(demo_desk, "ko")  # another file: it reads its own
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.dashboard.loaded, timeout=10000):
        window.show()
    figures = dashboard_service.dashboard(demo_desk)
    assert window.dashboard.tiles["open"].value.text() == f"{figures.disputes_open:,}"
    early_read.cancel()  # as the program does once its window is shown
    read.join(10)
    assert read.cancelled and not read.is_alive()
    assert early_read.take(other.path, dt.date.today()) is None


def test_a_failed_early_read_is_made_again_by_the_page(qtbot, demo_desk, opens_on,
                                                     monkeypatch):
    """(Begun before the window opened the file for writing, the early read can find
    it not yet upgraded, say.) The page reads again and shows the database's figures."""
    from officer_desk.domain.errors import DatabaseProblem
    from officer_desk.services import early_read

    def fails(desk, today):
        raise DatabaseProblem("needs upgrading")

    monkeypatch.setattr(early_read, "read_dashboard", fails)
    opens_on("dashboard")
    read = early_read.start(demo_desk.path)
    read.join(10)
    window = MainWindow(demo_desk, "ko")
    qtbot.addWidget(window)
    board = window.dashboard
    with qtbot.waitSignal(board.loaded, timeout=10000):
        window.show()
    assert "needs upgrading" not in board.heading.text()
    figures = dashboard_service.dashboard(demo_desk)
    assert board.tiles["open"].value.text() == f"{figures.disputes_open:,}"


PROBE = """
import sys, threading
from officer_desk.services import early_read
read = early_read.start(sys.argv[1])
read.join(60)
assert read._outcome is not None and not isinstance(read._outcome, BaseException), read._outcome
print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))))
"""


def test_the_early_read_makes_and_imports_nothing_of_qt(demo_desk):
    """Qt takes the thread that makes its first object for the application's: the read
    started before the Qt application must neither import Qt nor make anything of it."""
    import os
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", PROBE, str(demo_desk.path)],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_page_is_read_from_the_windows_settings(qapp, monkeypatch):
    import uuid

    from PySide6.QtCore import QSettings

    from officer_desk.gui import start_page

    organization = f"OfficerDeskTest-{uuid.uuid4().hex}"
    monkeypatch.setattr(start_page, "ORGANIZATION", organization)
    settings = QSettings(organization, start_page.APPLICATION)
    try:
        assert start_page.opens_on_dashboard()  # never closed
        settings.setValue(start_page.PAGE_KEY, "list_disputes")
        settings.sync()
        assert not start_page.opens_on_dashboard()
        settings.setValue(start_page.PAGE_KEY, "dashboard")
        settings.sync()
        assert start_page.opens_on_dashboard()
    finally:
        settings.clear()
        settings.sync()
        from pathlib import Path

        Path(settings.fileName()).unlink(missing_ok=True)


def test_the_window_leaves_its_page_as_the_next_starts_hint(qtbot, demo_desk, tmp_path):
    from officer_desk import start_page_hint

    window = MainWindow(demo_desk, "ko", settings=left_on(tmp_path, "list_disputes"))
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert start_page_hint.read() == "list_disputes"


def test_the_interpreter_changes_threads_often_only_while_the_read_runs(demo_desk, opens_on):
    import sys

    from officer_desk.services import early_read

    usual = sys.getswitchinterval()
    read = early_read.start(demo_desk.path)
    assert read is not None
    assert sys.getswitchinterval() <= early_read.SWITCH_INTERVAL_S
    read.join(10)
    assert not read.is_alive()
    assert sys.getswitchinterval() == usual
    opens_on("list_disputes")  # no one takes it
    failed = early_read.start(demo_desk.path.with_name("not-a-log.sqlite"))
    assert failed is None and sys.getswitchinterval() == usual


def test_a_read_started_while_a_cancelled_one_ends_restores_the_usual_interval(
        demo_desk, opens_on):
    import sys

    from officer_desk.services import early_read

    usual = sys.getswitchinterval()
    first = early_read.start(demo_desk.path)
    second = early_read.start(demo_desk.path)  # cancels the first, which may still run
    assert first is not None and second is not None and first.cancelled
    for read in (first, second):
        read.join(10)
        assert not read.is_alive()
    assert sys.getswitchinterval() == usual
    opens_on("list_disputes")
