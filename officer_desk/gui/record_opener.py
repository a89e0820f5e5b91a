"""Showing a record in its list: its parent's list when its kind has none, the list's
filters cleared when they hide it, and a long list narrowed to it rather than read whole.

``open_record`` is the main window's ``open_record`` (the dashboard, the conflicts and
the lists' links use it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Container
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import ACTION_ITEMS, AGENDA_ITEMS, ATTACHMENTS, FOLLOW_UPS
from officer_desk.domain.records import Record
from officer_desk.gui.texts import problem_text, tr
from officer_desk.services import queries
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery

if TYPE_CHECKING:
    from officer_desk.gui.list_page import RecordListPage

#: How many rows ``open_record`` reads into a list looking for a record before it
#: narrows the list to that record instead (a 100,000-row list is never read whole).
OPEN_RECORD_SCAN_ROWS = 2_000
#: Kinds without a list page open their parent: (kind name, field naming the parent).
#: A follow-up opens its record (its Follow-ups tab shows it; the Follow-ups page is a
#: to-do of deadlines, not a list of records).
PARENT_FIELDS: dict[str, str] = {
    AGENDA_ITEMS.name: "conference_id",
    ACTION_ITEMS.name: "conference_id",
    FOLLOW_UPS.name: "record_id",
    ATTACHMENTS.name: "record_id",
}


def open_record(window: Any, record_id: str) -> bool:
    """Show a record in the list of ``window`` (a ``MainWindow``), selected, with its
    detail; False (and the status bar says why) if there is none.

    Agenda items, action items and attachments have no list: their conference or
    record is opened instead. Filters or a search that would hide the record are
    cleared (and deleted records shown if it is deleted); a record far down a long
    list is shown by narrowing the list to it.
    """
    say = window.statusBar().showMessage
    try:
        record = listed_record(window.desk, record_service.get(window.desk, record_id),
                               window.lists)
    except OfficerDeskError as e:
        say(problem_text(e), 8000)
        return False
    page = window.lists.get(record.kind.name) if record is not None else None
    if record is None or page is None:
        say(tr("This record has no list to show it in."), 8000)
        return False
    window.show_page(page)
    query = page.current_query()
    if not shows(page, query, record):
        page.apply_query(ListQuery(sort=query.sort, include_deleted=record.deleted))
    select_when_listed(page, record, narrow=True, say=say)
    return True


def listed_record(desk: Desk, record: Record, listed: Container[str],
                  depth: int = 0) -> Record | None:
    """``record`` itself, or the parent shown for it when its kind has no list
    (``listed``: the kinds that have one)."""
    parent_field = PARENT_FIELDS.get(record.kind.name)
    if parent_field is None:
        return record if record.kind.name in listed else None
    parent_id = record.values.get(parent_field)
    if not parent_id or depth > 3:
        return None
    return listed_record(desk, record_service.get(desk, parent_id), listed, depth + 1)

def shows(page: RecordListPage, query: ListQuery, record: Record) -> bool:
    """Whether ``query`` (what ``page`` shows) includes ``record``."""
    where = dict(query.where)
    where["id"] = [record.id]
    try:
        found = queries.list_records(page.desk, page.kind, dataclasses.replace(
            query, where=where, limit=1, offset=0))
    except OfficerDeskError:
        return False
    return found.total > 0

def select_when_listed(page: RecordListPage, record: Record, *, narrow: bool,
                       say: Callable[[str, int], None]) -> None:
    """Select ``record`` in ``page`` once its rows are there.

    A list still reading (its query runs off the GUI thread) is waited for; a
    record not among the first ``OPEN_RECORD_SCAN_ROWS`` rows gets the list
    narrowed to it (``narrow``) rather than reading a long list whole.
    """
    model = page.model
    if getattr(model, "loading", False):
        model.modelReset.connect(
            lambda: QTimer.singleShot(0, lambda: select_when_listed(
                page, record, narrow=narrow, say=say)),
            Qt.ConnectionType.SingleShotConnection)
        return
    row = model.row_of(record.id)
    while (row < 0 and model.rowCount() < OPEN_RECORD_SCAN_ROWS
           and model.canFetchMore(QModelIndex())):
        model.fetchMore(QModelIndex())
        row = model.row_of(record.id)
    if row >= 0:
        page.table.selectRow(row)
        index = model.index(row, 0)
        page.table.setCurrentIndex(index)
        page.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        page.table.setFocus()
        return
    if narrow:
        query = page.current_query()
        page.apply_query(ListQuery(where={"id": [record.id]}, sort=query.sort,
                                   include_deleted=record.deleted))
        say(tr("The list shows only the opened record; choose “(no saved view)” "
               "to see them all."), 15000)
        select_when_listed(page, record, narrow=False, say=say)
