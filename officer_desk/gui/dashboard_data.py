"""What the dashboard shows, read in the worker thread, and how a read comes back.

``gather`` reads everything in one go on a read-only desk of its own (``_Read``), so the
page's frame is painted at once and its figures follow when they arrive; each part is
an aggregate or a page of at most ``DEADLINE_ROWS`` rows (the deadlines' owners' titles
come from the record index in the same query), about a fifth of a second on 100,000
records.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QRunnable, Signal

from officer_desk.domain.records import Record
from officer_desk.gui.texts import N_
from officer_desk.gui.worker import read_only
from officer_desk.services import dashboard as dashboard_service
from officer_desk.services.desk import Desk
from officer_desk.services.todo import TodoItem, TodoQuery, todo_items

T = TypeVar("T")

#: Bars shown per chart (the largest groups; the rest are summed in one more bar).
CHART_BARS = 5
#: Rows shown in the deadline and recent-records tables.
DEADLINE_ROWS = 200
RECENT_ROWS = 25
#: The deadline list's choices: (label, days ahead; 0 = overdue only); the widest is read.
DEADLINE_CHOICES: tuple[tuple[str, int], ...] = (
    (N_("Overdue"), 0), (N_("Next 30 days"), 30), (N_("Next 60 days"), 60),
    (N_("Next 90 days"), 90),
)


@dataclass(frozen=True)
class ChartSpec:
    """One chart: which figure of the dashboard, how its keys are labelled, and which
    list a bar opens (kind, and the filter its key goes into)."""

    title: str
    attribute: str  # of services.dashboard.Dashboard
    vocab: str | None  # vocabulary labelling the keys (None: post codes)
    kind: str
    filter: str  # "post" or a field of ``kind``
    open_only: bool  # the bar counts open disputes only


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec(N_("Open disputes by post"), "open_by_post", None, "disputes", "post", True),
    ChartSpec(N_("Open disputes by IP type"), "open_by_ip_type", "ip_type", "disputes",
              "ip_type", True),
    ChartSpec(N_("Open disputes by technology field"), "open_by_technology", "technology_field",
              "disputes", "technology_field", True),
    ChartSpec(N_("Engagements by post"), "engagements_by_post", None, "engagements", "post",
              False),
)


@dataclass(frozen=True)
class DashboardData:
    """Everything the page shows, read in one go (in the worker thread)."""

    today: dt.date
    figures: dashboard_service.Dashboard
    overdue: list[TodoItem]  # the latest first, at most DEADLINE_ROWS
    upcoming: list[TodoItem]  # from today to the widest choice, the soonest first (idem)
    recent: list[Record]

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


def gather(desk: Desk, today: dt.date, lang: str) -> DashboardData:
    """Read what the dashboard shows (on whichever thread ``desk`` belongs to).

    The disputes' grouped count, most of the read on a large database, is made on a
    connection and thread of its own meanwhile (``Beside``): SQLite lets go of the
    interpreter while it works, so the two reads overlap.
    """
    widest = max(days for _, days in DEADLINE_CHOICES)
    disputes = Beside(desk.path, dashboard_service.dispute_rows)
    overdue = todo_items(desk, deadline_query(0, today), limit=DEADLINE_ROWS)
    upcoming = todo_items(desk, deadline_query(widest, today), limit=DEADLINE_ROWS)
    recent = dashboard_service.recent_changes(desk, limit=RECENT_ROWS)
    figures = dashboard_service.dashboard(desk, today=today, disputes=disputes.result)
    return DashboardData(today=today, figures=figures, overdue=overdue,
                         upcoming=upcoming, recent=recent)


class Beside(threading.Thread):
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


class Relay(QObject):
    """Brings a read's result from the worker thread to the page (GUI thread)."""

    delivered = Signal(int, object)


class Read(QRunnable):
    """One read in the worker thread, on a read-only desk of its own; its result (or
    exception) is delivered with its generation, for the page to drop stale ones."""

    def __init__(self, relay: Relay, generation: int, path: Path,
                 read: Callable[[Desk], object]):
        super().__init__()
        self.setAutoDelete(True)
        self.relay, self.generation, self.path, self.read = relay, generation, path, read

    def run(self) -> None:
        result = read_only(self.path, self.read)
        with contextlib.suppress(RuntimeError):  # the page is gone (its window closed)
            self.relay.delivered.emit(self.generation, result)
