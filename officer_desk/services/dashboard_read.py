"""What the dashboard shows, and how it is read: no Qt here, so that the read can start
before the window's Qt modules are imported (``early_read``).

``gather`` reads everything in one go on the desk it is given; each part is an
aggregate or a page of at most ``DEADLINE_ROWS`` rows (the deadlines' owners' titles
come from the record index in the same query), about 60 ms on 100,000 records (the
deadline pages read only up to their last row's due date: ``todo._page_bound``), so
that a window opening on the dashboard has its figures by the time its frame is
painted, and paints both at once.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from officer_desk.domain.records import Record
from officer_desk.domain.vocabulary import Vocabularies
from officer_desk.services import dashboard as dashboard_service
from officer_desk.services.desk import Desk, open_desk
from officer_desk.services.todo import TodoItem, TodoQuery, todo_items

T = TypeVar("T")

#: Rows shown in the deadline and recent-records tables.
DEADLINE_ROWS = 200
RECENT_ROWS = 25
#: The deadline list's choices, in days ahead (0 = overdue only); the widest is read.
DEADLINE_DAYS = (0, 30, 60, 90)


@dataclass(frozen=True)
class DashboardData:
    """Everything the page shows, read in one go (in the worker thread)."""

    today: dt.date
    figures: dashboard_service.Dashboard
    overdue: list[TodoItem]  # the latest first, at most DEADLINE_ROWS
    upcoming: list[TodoItem]  # from today to the widest choice, the soonest first (idem)
    recent: list[Record]
    #: the vocabularies the charts' labels come from, read with the figures (the window
    #: does not read them on its own thread before the dashboard paints)
    vocab: Vocabularies

    def deadline_total(self, days: int) -> int:
        """How many deadlines a choice of the deadline list has in all (0: overdue)."""
        if days == 0:
            return self.figures.overdue
        return self.figures.due_within.get(days, 0)

    def deadlines(self, days: int) -> list[TodoItem]:
        """The deadlines read for a choice (its first ``DEADLINE_ROWS``)."""
        if days == 0:
            return self.overdue
        return [x for x in self.upcoming if x.days_left <= days][:DEADLINE_ROWS]

    @property
    def empty(self) -> bool:
        """The case log holds no record an officer logs (a new file)."""
        return not any(self.figures.records_by_kind.values())


def deadline_query(days: int, today: dt.date) -> TodoQuery:
    """The to-do's query showing what a choice of the deadline list shows, in full."""
    if days == 0:
        return TodoQuery(state="overdue", today=today)
    return TodoQuery(state="due", within_days=days, today=today)


def gather(desk: Desk, today: dt.date, lang: str = "", *, overlap: bool = True
           ) -> DashboardData:
    """Read what the dashboard shows (on whichever thread ``desk`` belongs to).

    ``overlap``: the disputes' grouped count, most of the read on a large database, is
    made on a connection and thread of its own meanwhile (``Beside``): SQLite lets go
    of the interpreter while it works, so the two reads overlap. Not while the window
    starts (``early_read``): its main thread is busy then, and a third thread only
    makes the three wait for each other (the dashboard painted 50-60 ms later on 2
    CPUs, 100,000 records).
    """
    disputes: Callable[[], dashboard_service.DisputeRows] | None = (
        Beside(desk.path, dashboard_service.dispute_rows).result if overlap else None)
    overdue = todo_items(desk, deadline_query(0, today), limit=DEADLINE_ROWS)
    upcoming = todo_items(desk, deadline_query(max(DEADLINE_DAYS), today),
                          limit=DEADLINE_ROWS)
    recent = dashboard_service.recent_changes(desk, limit=RECENT_ROWS)
    figures = dashboard_service.dashboard(desk, today=today, disputes=disputes)
    return DashboardData(today=today, figures=figures, overdue=overdue,
                         upcoming=upcoming, recent=recent, vocab=desk.vocab)


def read_only(path: str | Path, read: Callable[[Desk], T]) -> T | BaseException:
    """``read(desk)`` on a read-only desk of its own (in the calling thread), closed
    after; an exception is returned, not raised, for the caller to hand on."""
    try:
        desk = open_desk(Path(path), readonly=True)
        try:
            return read(desk)
        finally:
            desk.close()
    except BaseException as e:
        return e


class Beside(threading.Thread, Generic[T]):
    """``read(desk)`` on a read-only desk of its own, in a thread of its own, started
    at once; ``result()`` waits for it (and raises what it raised)."""

    def __init__(self, path: Path, read: Callable[[Desk], T]):
        super().__init__(name="officer-desk-read", daemon=True)
        self.path, self.read = path, read
        self._result: T | BaseException | None = None
        self.start()

    def run(self) -> None:
        self._result = read_only(self.path, self.read)

    def result(self) -> T:
        self.join()
        if isinstance(self._result, BaseException):
            raise self._result
        return self._result  # type: ignore[return-value]
