"""The dashboard: key figures, charts, deadlines and the records changed last.

Everything comes from the services (``dashboard``, ``deadlines``, ``recent_changes``),
read in the worker thread on a read-only desk of its own (half a second on 100,000
records) and shown when it arrives; a newer read makes an older one's result stale.
Each deadline and each recent record opens its record (``openRecordRequested``), and a
chart's bar opens the list it counts (``listRequested``). The page reads only while it
is shown: a window opened on a list never pays for the dashboard.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import kind_named
from officer_desk.domain.records import Record
from officer_desk.gui.tables import read_only_item, row_table
from officer_desk.gui.texts import N_, tr
from officer_desk.gui.worker import read_only, worker_pool
from officer_desk.services import dashboard as dashboard_service
from officer_desk.services import deadlines as deadline_service
from officer_desk.services.deadlines import Deadline
from officer_desk.services.desk import Desk

if TYPE_CHECKING:
    from officer_desk.gui.charts import BarChart

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
RecordIdRole = Qt.ItemDataRole.UserRole


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
    overdue: list[Deadline]  # the latest first, at most DEADLINE_ROWS
    upcoming: list[Deadline]  # from today to the widest choice, the soonest first
    recent: list[Record]
    #: deadline id -> the title (in the UI language) of its record, or of the conference
    #: an action item without a record came from
    titles: dict[str, str] = field(default_factory=dict)


def gather(desk: Desk, today: dt.date, lang: str) -> DashboardData:
    """Read what the dashboard shows (on whichever thread ``desk`` belongs to)."""
    widest = max(days for _, days in DEADLINE_CHOICES)
    overdue = deadline_service.deadlines(desk, today=today, overdue_only=True)
    overdue.reverse()  # the latest first: the oldest are often long forgotten
    upcoming = deadline_service.deadlines(desk, within_days=widest, today=today,
                                          include_overdue=False)
    shown = overdue[:DEADLINE_ROWS] + upcoming[:DEADLINE_ROWS]
    titles: dict[str, str] = {}
    owners: dict[str, str] = {}  # record id -> its title, each read once
    for x in shown:
        # a deadline's record; an action item without one: the conference it came from
        owner = x.record_id
        if owner is None and x.kind == "action_items":
            item = desk.repo.get(None, x.id, with_blobs=False)
            owner = item.values.get("conference_id") if item else None
        if not owner:
            continue
        if owner not in owners:
            linked = desk.repo.get(None, owner, with_blobs=False)
            owners[owner] = linked.title(lang) if linked else (x.record_title or "")
        titles[x.id] = owners[owner]
    return DashboardData(
        today=today, figures=dashboard_service.dashboard(desk, today=today),
        overdue=overdue[:DEADLINE_ROWS], upcoming=upcoming,
        recent=dashboard_service.recent_changes(desk, limit=RECENT_ROWS), titles=titles,
    )


class _Relay(QObject):
    """Brings a read's result from the worker thread to the page (GUI thread)."""

    delivered = Signal(int, object)


class _Read(QRunnable):
    """One dashboard read in the worker thread, on a read-only desk of its own."""

    def __init__(self, relay: _Relay, generation: int, path: Path,
                 read: Callable[[Desk], DashboardData]):
        super().__init__()
        self.setAutoDelete(True)
        self.relay, self.generation, self.path, self.read = relay, generation, path, read

    def run(self) -> None:
        result = read_only(self.path, self.read)
        with contextlib.suppress(RuntimeError):  # the page is gone (its window closed)
            self.relay.delivered.emit(self.generation, result)


class KpiTile(QFrame):
    """A figure and its caption; a click shows what it counts (``clicked``)."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value = QLabel("—")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, n: int) -> None:
        self.value.setText(f"{n:,}")

    def mouseReleaseEvent(self, event: Any) -> None:
        if (event.button() == Qt.MouseButton.LeftButton
                and self.rect().contains(event.position().toPoint())):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def _item(text: str, record_id: str | None = None, *, right: bool = False
          ) -> QTableWidgetItem:
    item = read_only_item(text, align_right=right)
    if record_id is not None:
        item.setData(RecordIdRole, record_id)
    return item


def _record_table(headers: list[str]) -> QTableWidget:
    table = row_table(headers)
    table.setAlternatingRowColors(True)
    table.setMinimumHeight(220)
    return table


class DashboardPage(QWidget):
    """Key figures, charts, deadlines and recently changed records."""

    #: a deadline or a recent record was chosen: open this record
    openRecordRequested = Signal(str)
    #: a chart's bar or a figure was clicked: show this kind's list with these filters
    #: (a dict with ``where``, ``posts``, ``date_from``, ``date_to`` as ``ListQuery``
    #: takes them; each may be left out)
    listRequested = Signal(str, dict)
    #: a read finished and is shown (or its problem is)
    loaded = Signal()

    def __init__(self, desk: Desk, lang: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.desk, self.lang, self.today = desk, lang, today
        self._stale = True
        #: what is shown (None until the first read arrives)
        self.data: DashboardData | None = None
        self.loading = False
        self._generation = 0
        self._relay = _Relay(self)
        self._relay.delivered.connect(self._delivered)
        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

        self.tiles: dict[str, KpiTile] = {
            "open": KpiTile(tr("Open disputes")),
            "new": KpiTile(tr("New this month")),
            "closed": KpiTile(tr("Closed")),
            "overdue": KpiTile(tr("Overdue")),
            "due30": KpiTile(tr("Due in 30 days")),
            "due60": KpiTile(tr("Due in 60 days")),
            "due90": KpiTile(tr("Due in 90 days")),
            "held": KpiTile(tr("Engagements held")),
        }
        self.tiles["overdue"].value.setStyleSheet("color: #b00020")
        for key, n in (("overdue", 0), ("due30", 1), ("due60", 2), ("due90", 3)):
            self.tiles[key].clicked.connect(
                lambda n=n: self.deadline_choice.setCurrentIndex(n))
        for key in ("open", "new", "closed", "held"):
            self.tiles[key].clicked.connect(lambda key=key: self._tile_clicked(key))
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        #: the charts, made on the first reload (QtCharts is loaded only then)
        self.charts: dict[str, BarChart] = {}
        self._grid = grid = QGridLayout()

        self.deadline_choice = QComboBox()
        for label, days in DEADLINE_CHOICES:
            self.deadline_choice.addItem(tr(label), days)
        self.deadline_choice.setCurrentIndex(1)
        self.deadline_choice.currentIndexChanged.connect(self._show_deadlines)
        self.deadlines = _record_table(
            [tr("Due"), tr("Days"), tr("Post"), tr("Description"), tr("Record")])
        self.recent = _record_table([tr("Changed"), tr("Kind"), tr("Post"), tr("Title")])
        for table in (self.deadlines, self.recent):
            table.doubleClicked.connect(lambda index, t=table: self._open_row(t, index.row()))
            table.installEventFilter(self)

        deadline_box = QVBoxLayout()
        deadline_head = QHBoxLayout()
        deadline_head.addWidget(_bold(tr("Deadlines")))
        deadline_head.addWidget(self.deadline_choice)
        deadline_head.addStretch(1)
        deadline_box.addLayout(deadline_head)
        deadline_box.addWidget(self.deadlines)
        recent_box = QVBoxLayout()
        recent_box.addWidget(_bold(tr("Recently changed records")))
        recent_box.addWidget(self.recent)
        lists = QHBoxLayout()
        lists.addLayout(deadline_box, 3)
        lists.addLayout(recent_box, 2)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addLayout(tiles)
        layout.addLayout(grid)
        layout.addLayout(lists)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

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
        worker_pool().start(_Read(self._relay, self._generation, self.desk.path,
                                  lambda desk: gather(desk, today, lang)))

    def _delivered(self, generation: int, result: object) -> None:
        """A read's result (or exception), on the GUI thread; stale ones are dropped."""
        if generation != self._generation or self.desk.closed:
            return  # a newer read was started, or the window is closing
        self.loading = False
        if isinstance(result, OfficerDeskError):
            self.heading.setText(f"{tr('Dashboard')} · {result}")
            self.loaded.emit()
            return
        if isinstance(result, BaseException):
            raise result  # unexpected: the crash dialog shows it
        assert isinstance(result, DashboardData)
        data = result
        self.data = data
        d = data.figures
        role = tr("HQ — all posts") if self.desk.is_hq else self.desk.home_post
        self.heading.setText(f"{tr('Dashboard')} · {role} · {data.today.isoformat()}")
        for key, n in (("open", d.disputes_open), ("new", d.disputes_new_this_month),
                       ("closed", d.disputes_closed), ("overdue", d.overdue),
                       ("due30", d.due_within.get(30, 0)), ("due60", d.due_within.get(60, 0)),
                       ("due90", d.due_within.get(90, 0)), ("held", d.engagements_held)):
            self.tiles[key].set_value(n)
        if not self.charts:
            self._make_charts()
        for spec in CHARTS:
            self.charts[spec.attribute].show_counts(self._chart_items(spec, getattr(
                d, spec.attribute)))
        self._show_deadlines()
        self._show_recent(data.recent)
        self.loaded.emit()

    def _make_charts(self) -> None:
        from officer_desk.gui.charts import BarChart

        for n, spec in enumerate(CHARTS):
            chart = BarChart(tr(spec.title))
            chart.barClicked.connect(lambda key, spec=spec: self._bar_clicked(spec, key))
            self.charts[spec.attribute] = chart
            self._grid.addWidget(chart, n // 2, n % 2)

    def _label(self, vocab: str | None, key: str) -> str:
        if not key:
            return tr("(none)")
        return self.desk.vocab.label(vocab, key, self.lang) if vocab else key

    def _chart_items(self, spec: ChartSpec, counts: dict[str, int]
                     ) -> list[tuple[str, str, int]]:
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        items = [(k, self._label(spec.vocab, k), n) for k, n in ordered[:CHART_BARS]]
        rest = sum(n for _, n in ordered[CHART_BARS:])
        if rest:
            items.append(("", tr("The rest"), rest))
        return items

    def deadline_days(self) -> int:
        return int(self.deadline_choice.currentData())

    def _show_deadlines(self) -> None:
        """The chosen deadlines, out of what was read (the widest choice)."""
        if self.data is None:
            return
        days = self.deadline_days()
        if days == 0:
            found = self.data.overdue
        else:
            found = [x for x in self.data.upcoming if x.days_left <= days]
        self._fill(self.deadlines, [self._deadline_row(x) for x in found[:DEADLINE_ROWS]])

    def _deadline_row(self, x: Deadline) -> tuple[str, list[QTableWidgetItem]]:
        target = x.record_id or x.id
        days = (tr("{n} days late").format(n=-x.days_left) if x.days_left < 0
                else tr("today") if x.days_left == 0 else f"{x.days_left}")
        title = (self.data.titles.get(x.id, "") if self.data else "") or x.record_title or ""
        return target, [_item(x.due_on.isoformat(), target), _item(days, target, right=True),
                        _item(x.post, target), _item(_one_line(x.description), target),
                        _item(_one_line(title), target)]

    def _show_recent(self, found: list[Record]) -> None:
        rows = []
        for r in found:
            title = _one_line(r.title(self.lang))
            if r.deleted:
                title = f"{title} ({tr('Deleted')})"
            when = r.updated_at[:16].replace("T", " ")
            rows.append((r.id, [_item(when, r.id), _item(kind_named(r.kind.name).label(
                self.lang), r.id), _item(r.post, r.id), _item(title, r.id)]))
        self._fill(self.recent, rows)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, list[QTableWidgetItem]]]) -> None:
        table.setRowCount(len(rows))
        for n, (_, items) in enumerate(rows):
            for column, item in enumerate(items):
                table.setItem(n, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount() - 1):
            table.setColumnWidth(column, min(table.columnWidth(column), 260))

    # -- opening -------------------------------------------------------------------------

    def record_ids(self, table: QTableWidget) -> list[str]:
        """The record each row of ``table`` opens."""
        return [table.item(n, 0).data(RecordIdRole) for n in range(table.rowCount())]

    def _open_row(self, table: QTableWidget, row: int) -> None:
        if 0 <= row < table.rowCount():
            self.openRecordRequested.emit(table.item(row, 0).data(RecordIdRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Return on a deadline or a recent record opens it."""
        if (event.type() == QEvent.Type.KeyPress and watched in (self.deadlines, self.recent)
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            assert isinstance(watched, QTableWidget)
            self._open_row(watched, watched.currentRow())
            return True
        return super().eventFilter(watched, event)

    def _tile_clicked(self, key: str) -> None:
        """A figure about disputes or engagements: the list it counts."""
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


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _one_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
