"""How each of the main window's pages is built (when first shown) and wired to it.

Kept out of ``main_window``: every page's module is imported here only when the page is
first built (a window opened on the dashboard reads no list's code), and an empty list's
next steps — a spreadsheet import, the demo database — are offered from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from officer_desk.domain.kinds import FOLLOW_UPS, RecordKind
from officer_desk.gui import window_todo

if TYPE_CHECKING:  # made when first needed: their imports (charts, keys, packages) wait too
    from officer_desk.gui.conflicts_page import ConflictsPage
    from officer_desk.gui.dashboard_page import DashboardPage
    from officer_desk.gui.import_log_page import ImportLogPage
    from officer_desk.gui.list_page import RecordListPage


def make_dashboard(window: Any) -> DashboardPage:
    """The dashboard of ``window`` (a ``MainWindow``), its signals connected."""
    from officer_desk.gui.dashboard_page import DashboardPage

    page = DashboardPage(window.desk, window.lang)
    page.openRecordRequested.connect(window.open_record)
    page.listRequested.connect(window.show_list)
    page.deadlinesRequested.connect(
        lambda days, today: window_todo.show_deadlines(window, days, today))
    page.nextStepRequested.connect(lambda step: window_todo.next_step(window, step))
    return page


def make_list(window: Any, kind: RecordKind) -> QWidget:
    """The list of ``kind`` (the to-do for follow-ups), its signals connected."""
    if kind is FOLLOW_UPS:
        return window_todo.make_follow_ups(window)
    from officer_desk.gui.list_page import RecordListPage

    page = RecordListPage(window.desk, kind, window.lang, undo_stack=window.undo_stack)
    page.openRecordRequested.connect(window.open_record)
    page.empty.importRequested.connect(lambda: window.import_action.trigger())
    page.empty.demoRequested.connect(lambda: open_demo(window))
    offer_next_steps(window, page)
    return page


def offer_next_steps(window: Any, page: RecordListPage) -> None:
    """What the empty ``page`` offers: an import unless read-only, the demo database
    once the session gave a way to open it (``MainWindow.offer_demo``), unless this is
    the demo."""
    page.set_next_steps(can_import=not window.desk.readonly,
                        can_open_demo=window.open_demo is not None and not window.desk.demo)


def open_demo(window: Any) -> None:
    if window.open_demo is not None:
        window.open_demo(window)


def make_conflicts(window: Any) -> ConflictsPage:
    from officer_desk.gui.conflicts_page import ConflictsPage

    page = ConflictsPage(window.desk, window.lang)
    page.changed.connect(window.refresh)
    page.openRecordRequested.connect(window.open_record)
    return page


def make_import_log(window: Any) -> ImportLogPage:
    from officer_desk.gui.import_log_page import ImportLogPage

    return ImportLogPage(window.desk, window.lang)
