"""The dashboard: key figures, charts, deadlines and the records changed last.

The page's frame (tiles showing "—", the deadline and recent tables) is painted as soon
as the window shows; the figures are read in the worker thread (``dashboard_data``) and
shown when they arrive; a newer read makes an older one's result stale. A window that
opens on the dashboard starts that read while it is still being built (``read_now``). Each deadline
and each recent record opens its record (``openRecordRequested``), a chart's bar or a
figure opens the list it counts (``listRequested``), and the deadline table's "Show
all" opens the Follow-ups to-do filtered the same way (``deadlinesRequested``). The page
reads only while it is shown: a window opened on a list never pays for the dashboard.
The parts live in their own modules: ``dashboard_tiles``, ``dashboard_deadlines``,
``charts`` (painted bar charts, made when the page is first read).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import kind_named
from officer_desk.domain.records import Record
from officer_desk.gui.dashboard_data import (
    CHART_BARS,
    CHARTS,
    ChartSpec,
    DashboardData,
    Read,
    Relay,
    gather,
)
from officer_desk.gui.dashboard_deadlines import DeadlineBox
from officer_desk.gui.dashboard_tiles import KpiTile, KpiTiles
from officer_desk.gui.record_rows import RecordRow, RecordRowsView
from officer_desk.gui.tables import bold_label, one_line
from officer_desk.gui.texts import problem_text, tr
from officer_desk.gui.worker import worker_pool
from officer_desk.services import early_read
from officer_desk.services.desk import Desk

if TYPE_CHECKING:
    from officer_desk.gui.charts import BarChart

__all__ = ["CHART_BARS", "DashboardPage", "gather"]

#: The deadline tiles and the deadline list's choice each selects.
DEADLINE_TILES = {"overdue": 0, "due30": 30, "due60": 60, "due90": 90}


class DashboardPage(QWidget):
    """Key figures, charts, deadlines and recently changed records."""

    #: a deadline or a recent record was chosen: open this record
    openRecordRequested = Signal(str)
    #: a chart's bar or a figure was clicked: show this kind's list with these filters
    #: (a dict with ``where``, ``posts``, ``date_from``, ``date_to`` as ``ListQuery``
    #: takes them; each may be left out)
    listRequested = Signal(str, dict)
    #: "Show all" under the deadlines: the Follow-ups to-do, due within this many days
    #: from ``today`` (0: overdue), and that day
    deadlinesRequested = Signal(int, object)
    #: an empty part's next step was chosen: "new", "import" or "demo"
    nextStepRequested = Signal(str)
    #: a read finished and is shown (or its problem is)
    loaded = Signal()

    def __init__(self, desk: Desk, lang: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.desk, self.lang, self._today = desk, lang, today
        self._stale = True
        #: what is shown (None until the first read arrives)
        self.data: DashboardData | None = None
        self.loading = False
        self._generation = 0
        self._relay = Relay(self)
        self._relay.delivered.connect(self._delivered)
        self.heading = QLabel(tr("Dashboard"))
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

        self.kpis = KpiTiles(lang)
        self.kpis.clicked.connect(self._tile_clicked)
        self.tiles: dict[str, KpiTile] = self.kpis.tiles

        #: the charts, made when the page is first read
        self.charts: dict[str, BarChart] = {}
        self._grid = QGridLayout()

        self.deadline_box = DeadlineBox(self.kpis.locale, lang)
        self.deadline_box.openRecordRequested.connect(self.openRecordRequested)
        self.deadline_box.allRequested.connect(self._all_deadlines)
        self.deadline_box.nextStepRequested.connect(self.nextStepRequested)
        self.deadlines = self.deadline_box.table
        self.deadline_choice = self.deadline_box.choice
        self.recent = RecordRowsView([tr("Changed"), tr("Kind"), tr("Post"), tr("Title")])
        self.recent.doubleClicked.connect(lambda index: self._open_recent(index.row()))
        self.recent.installEventFilter(self)

        recent_box = QVBoxLayout()
        recent_box.addWidget(bold_label(tr("Recently changed records")))
        recent_box.addWidget(self.recent)
        lists = QHBoxLayout()
        lists.addWidget(self.deadline_box, 3)
        lists.addLayout(recent_box, 2)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.kpis)
        layout.addLayout(self._grid)
        layout.addLayout(lists)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- reading -------------------------------------------------------------------------

    @property
    def today(self) -> dt.date | None:
        """The day the figures count from (None: the day they are read)."""
        return self._today

    @today.setter
    def today(self, day: dt.date | None) -> None:
        self._today = day
        if self.loading:  # a read under way counts from another day: it goes stale
            self.reload()

    def read_now(self) -> None:
        """Start reading at once, before the page is shown: the window opens on it.

        The read (in the worker thread, mostly inside SQLite, which lets go of the
        interpreter) then overlaps the building of the rest of the window, its first
        paint and the making of the charts, instead of starting after them.
        """
        if self.data is None and self._stale:
            early = early_read.take(self.desk.path, self.today or dt.date.today())
            if early is None:
                self.reload()
            else:
                self._take(early)
            self._make_charts()

    def _take(self, early: early_read.EarlyRead) -> None:
        """Show what the read started before the window (``early_read``) finds, as the
        outcome of a read of this page's (a newer read makes it stale too)."""
        self._stale = False
        self._generation += 1
        generation, relay = self._generation, self._relay
        self.loading = True
        self.heading.setText(f"{tr('Dashboard')} · {tr('Reading…')}")

        def done(outcome: object) -> None:  # here, or in the reading thread
            # a read that failed (begun before the file was upgraded, say) is made again
            # by the page, which shows what its own read finds
            failed = isinstance(outcome, BaseException)
            with contextlib.suppress(RuntimeError):  # the page is gone
                relay.delivered.emit(generation, None if failed else outcome)

        early.when_done(done)

    def refresh(self) -> None:
        """Read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale and self.data is None:
            # the frame is painted first (the paint is already posted): the worker's
            # read would otherwise hold the interpreter while the window paints
            QTimer.singleShot(0, self._read_if_shown)
        elif self._stale:
            self.reload()

    def _read_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.reload()
            # the (still empty) charts are made while the worker reads: SQLite lets go
            # of the interpreter, so the two overlap
            QTimer.singleShot(0, self._make_charts)

    def reload(self) -> None:
        """Read every figure, chart and list again, in the worker thread."""
        if self.desk.closed:
            return
        self._stale = False
        self._generation += 1
        today, lang = self.today or dt.date.today(), self.lang
        self.loading = True
        if self.data is None:
            self.heading.setText(f"{tr('Dashboard')} · {tr('Reading…')}")
        worker_pool().start(Read(self._relay, self._generation, self.desk.path,
                                 lambda desk: gather(desk, today, lang)))

    def _delivered(self, generation: int, result: object) -> None:
        """A read's result (or exception), on the GUI thread; stale ones are dropped."""
        if generation != self._generation or self.desk.closed:
            return  # a newer read was started, or the window is closing
        self.loading = False
        if result is None:  # the read started before the window failed: read again
            self.reload()
            return
        if isinstance(result, OfficerDeskError):
            self.heading.setText(f"{tr('Dashboard')} · {problem_text(result)}")
            self.loaded.emit()
            return
        if isinstance(result, BaseException):
            raise result  # unexpected: the crash dialog shows it
        assert isinstance(result, DashboardData)
        data = self.data = result
        role = tr("HQ — all posts") if self.desk.is_hq else self.desk.home_post
        self.heading.setText(f"{tr('Dashboard')} · {role} · {data.today.isoformat()}")
        self.kpis.show_figures(data.figures)
        self._make_charts()
        for spec in CHARTS:
            self.charts[spec.attribute].show_counts(self._chart_items(spec, getattr(
                data.figures, spec.attribute)))
        self.deadline_box.show_data(data)
        self._show_recent(data.recent)
        self.loaded.emit()

    def _make_charts(self) -> None:
        if self.charts or self.desk.closed:
            return
        from officer_desk.gui.charts import BarChart

        for n, spec in enumerate(CHARTS):
            chart = BarChart(tr(spec.title, context="dashboard_data"))
            chart.barClicked.connect(lambda key, spec=spec: self._bar_clicked(spec, key))
            self.charts[spec.attribute] = chart
            self._grid.addWidget(chart, n // 2, n % 2)

    def _label(self, vocab: str | None, key: str) -> str:
        if not key:
            return tr("(none)")
        if not vocab:
            return key
        terms = self.data.vocab if self.data is not None else self.desk.vocab
        return terms.label(vocab, key, self.lang)

    def _chart_items(self, spec: ChartSpec, counts: dict[str, int]
                     ) -> list[tuple[str, str, int]]:
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        items = [(k, self._label(spec.vocab, k), n) for k, n in ordered[:CHART_BARS]]
        rest = sum(n for _, n in ordered[CHART_BARS:])
        if rest:
            items.append(("", tr("The rest"), rest))
        return items

    def deadline_days(self) -> int:
        return self.deadline_box.days()

    def _show_recent(self, found: list[Record]) -> None:
        rows = []
        for r in found:
            title = one_line(r.title(self.lang))
            if r.deleted:
                title = f"{title} ({tr('Deleted')})"
            when = r.updated_at[:16].replace("T", " ")
            rows.append(RecordRow(r.id, (
                when, kind_named(r.kind.name).label(self.lang), r.post or "", title)))
        self.recent.show_rows(rows)

    # -- opening -------------------------------------------------------------------------

    def record_ids(self, table: RecordRowsView) -> list[str | None]:
        """The record each row of ``table`` (the deadlines or the recent) opens."""
        return table.record_ids()

    def _open_recent(self, row: int) -> None:
        if 0 <= row < self.recent.row_count():
            self.openRecordRequested.emit(self.recent.rows.record_id(row))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Return on a recent record opens it."""
        if (watched is self.recent and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._open_recent(self.recent.current_row())
            return True
        return super().eventFilter(watched, event)

    def _all_deadlines(self, days: int) -> None:
        today = self.data.today if self.data is not None else dt.date.today()
        self.deadlinesRequested.emit(days, today)

    def _tile_clicked(self, key: str) -> None:
        """A deadline figure chooses the deadline list; the others show their list."""
        if key in DEADLINE_TILES:
            self.deadline_box.choose(DEADLINE_TILES[key])
            return
        today = self.data.today if self.data is not None else dt.date.today()
        if key == "held":
            self.listRequested.emit("engagements", {"date_to": today})
        elif key == "new":
            self.listRequested.emit("disputes", {"date_from": today.replace(day=1),
                                                  "date_to": today})
        else:
            self.listRequested.emit("disputes", {"where": {"status": key}})

    def _bar_clicked(self, spec: ChartSpec, key: str) -> None:
        where: dict[str, Any] = {"status": "open"} if spec.open_only else {}
        posts: tuple[str, ...] | None = None
        if spec.filter == "post":
            posts = (key,)
        else:
            where[spec.filter] = key
        self.listRequested.emit(spec.kind, {"where": where, "posts": posts})
