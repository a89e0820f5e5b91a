"""The dashboard's deadline table: overdue or due soon, never cut off silently.

The table shows at most ``DEADLINE_ROWS`` of the chosen deadlines and says how many
there are in all ("200 of 3,803", in the window's language); "Show all" opens the
Follow-ups to-do filtered the same way (``allRequested`` carries the choice's days,
0 = overdue). With none to show it says why and what to do next. Enter or a double
click on a row opens the record the deadline belongs to (``openRecordRequested``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from officer_desk.gui.dashboard_data import DEADLINE_CHOICES, DashboardData
from officer_desk.gui.next_steps import NextSteps
from officer_desk.gui.record_rows import RecordRow, RecordRowsView
from officer_desk.gui.tables import bold_label, days_text, one_line
from officer_desk.gui.texts import tr
from officer_desk.services.todo import TodoItem


class DeadlineBox(QWidget):
    """The heading with the choice, the count and "Show all", and the table."""

    openRecordRequested = Signal(str)
    #: "Show all": the to-do with this choice's days (0: overdue)
    allRequested = Signal(int)
    #: a next step of the empty table was chosen ("new", "import", "demo")
    nextStepRequested = Signal(str)

    def __init__(self, locale: QLocale, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.locale, self.lang = locale, lang
        self.data: DashboardData | None = None
        self.choice = QComboBox()
        for label, days in DEADLINE_CHOICES:
            self.choice.addItem(tr(label, context="dashboard_data"), days)
        self.choice.setCurrentIndex(1)
        self.choice.currentIndexChanged.connect(self._show)
        self.count = QLabel()
        self.show_all = QPushButton(tr("Show all in Follow-ups"))
        self.show_all.setToolTip(tr("The Follow-ups to-do list, filtered the same way"))
        self.show_all.clicked.connect(lambda: self.allRequested.emit(self.days()))
        self.show_all.setEnabled(False)
        self.table = RecordRowsView(
            [tr("Due"), tr("Days"), tr("Post"), tr("Description"), tr("Record")], right=(1,))
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.empty = NextSteps()
        self.empty.chosen.connect(self.nextStepRequested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        head = QHBoxLayout()
        head.addWidget(bold_label(tr("Deadlines")))
        head.addWidget(self.choice)
        head.addStretch(1)
        head.addWidget(self.count)
        head.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.stack)

    def days(self) -> int:
        return int(self.choice.currentData())

    def choose(self, days: int) -> None:
        index = self.choice.findData(days)
        if index >= 0:
            self.choice.setCurrentIndex(index)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self._show()

    def _show(self) -> None:
        """The chosen deadlines (of what was read) and how many there are in all."""
        if self.data is None:
            return
        days = self.days()
        found = self.data.deadlines(days)
        total = self.data.deadline_total(days)
        self.table.show_rows([self._row(x) for x in found])
        self.count.setText(tr("{shown} of {total}").format(
            shown=self.locale.toString(len(found)), total=self.locale.toString(total)))
        self.show_all.setEnabled(total > 0)
        if found:
            self.stack.setCurrentWidget(self.table)
        elif self.data.empty:
            self.empty.say(tr("No deadlines yet: this case log has no records. Add one, "
                              "import a spreadsheet, or try the demo database."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.say(tr("Nothing overdue.") if days == 0 else tr(
                "Nothing due in the next {n} days. Add a follow-up in a record's "
                "Follow-ups tab, or choose a longer period.").format(n=days), ("new",))
            self.stack.setCurrentWidget(self.empty)

    def _row(self, x: TodoItem) -> RecordRow:
        return RecordRow(x.owner_id or x.id, (
            x.due_on.isoformat(), days_text(x.days_left), x.post, one_line(x.description),
            one_line(x.owner_title(self.lang))))

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.table.row_count():
            target = self.table.rows.record_id(row)
            if target:
                self.openRecordRequested.emit(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Return on a deadline opens its record."""
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._open_row(self.table.current_row())
            return True
        return super().eventFilter(watched, event)
