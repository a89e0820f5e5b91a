"""The main window's Follow-ups to-do, and what its empty pages offer to do next.

Kept out of ``main_window``: building the to-do page (``follow_ups_page``, imported when
first shown), showing it filtered as the dashboard's deadline table was ("Show all in
Follow-ups"), and the next steps of an empty chart, table or list — a new record, a
spreadsheet import, the demo database (offered by File → New case log…).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from officer_desk.gui.texts import tr

if TYPE_CHECKING:
    from officer_desk.gui.follow_ups_page import FollowUpsPage


def make_follow_ups(window: Any) -> FollowUpsPage:
    """The to-do page of ``window`` (a ``MainWindow``), its signals connected."""
    from officer_desk.gui.follow_ups_page import FollowUpsPage

    page = FollowUpsPage(window.desk, window.lang, undo_stack=window.undo_stack)
    page.openRecordRequested.connect(window.open_record)
    page.newRecordAsked.connect(window.new_record_asking)
    page.nextStepRequested.connect(lambda step: next_step(window, step))
    return page


def show_deadlines(window: Any, days: int, today: dt.date | None = None) -> FollowUpsPage:
    """Show the to-do with the deadlines due within ``days`` from ``today`` (0: the
    overdue ones), as the dashboard's deadline table chose them."""
    from officer_desk.gui.dashboard_data import deadline_query

    page: FollowUpsPage = window.follow_ups
    window.show_page(page)
    page.show_query(deadline_query(days, today or dt.date.today()))
    if today == dt.date.today():
        page.today = None  # left open overnight, the list counts from the new day
    return page


def next_step(window: Any, step: str) -> None:
    """What an empty page offers: "new" record, "import", the "demo" database."""
    if step == "new":
        window.new_record_asking()
    elif step == "import":
        window.import_action.trigger()
    elif step == "demo":
        action = getattr(window, "new_case_log_action", None)
        if action is not None:
            action.trigger()
        else:
            window.statusBar().showMessage(tr(
                "The demo database is offered by File → New case log…"), 8000)
