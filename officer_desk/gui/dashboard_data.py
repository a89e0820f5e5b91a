"""What the dashboard shows (``dashboard_read``: read without Qt), the charts it
draws, and how a read in the worker thread comes back to the page.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from officer_desk.gui.texts import N_
from officer_desk.services.dashboard_read import (  # noqa: F401  (the page's names for them)
    DEADLINE_DAYS,
    DEADLINE_ROWS,
    RECENT_ROWS,
    DashboardData,
    deadline_query,
    gather,
    read_only,
)
from officer_desk.services.desk import Desk

#: Bars shown per chart (the largest groups; the rest are summed in one more bar).
CHART_BARS = 5
#: The deadline list's choices: (label, days ahead; 0 = overdue only).
DEADLINE_CHOICES: tuple[tuple[str, int], ...] = tuple(zip(
    (N_("Overdue"), N_("Next 30 days"), N_("Next 60 days"), N_("Next 90 days")),
    DEADLINE_DAYS, strict=True))


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
