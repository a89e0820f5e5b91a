"""The Follow-ups page: a to-do list of deadlines to work through.

It opens on what is open, the most overdue first, then the soonest due
(``services.todo``). Filters (``follow_ups_filters``): open / overdue / due within N
days / done / all, and all posts' or this case log's own post's ("mine": the records'
owning post, which never changes). Each row names the record it belongs to; Enter or a
double click opens that record (``openRecordRequested``). Space marks the chosen
deadline done — or open again — and Ctrl+Z undoes it (the window's undo stack); the list
keeps the same row chosen, so Space, Space works down the list; only the changed row is
read again (one of 16,000 as fast as one of 20), so the list stays scrolled where it
was. A deadline of another post (HQ lists every post's) is only that post's to mark: the
button is off for it and Space says why. F2 (Edit…) opens the deadline's own editor — a
due date moved, a description put right — undoable as well. Ctrl+N adds a follow-up to
the chosen deadline's record (with no row chosen it asks which kind of record to make,
as the dashboard does).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import FOLLOW_UPS
from officer_desk.gui import messages
from officer_desk.gui.dashboard_tiles import locale_for
from officer_desk.gui.follow_ups_filters import TodoFilters
from officer_desk.gui.follow_ups_panel import AskFollowUp, ask_follow_up
from officer_desk.gui.next_steps import NextSteps
from officer_desk.gui.texts import problem_text, tr
from officer_desk.gui.todo_model import OWNER_COLUMN, TodoModel
from officer_desk.gui.undo import CreateCommand, EditCommand
from officer_desk.services import records as record_service
from officer_desk.services import todo
from officer_desk.services.desk import Desk
from officer_desk.services.todo import TodoQuery

if TYPE_CHECKING:  # loaded when a deadline is first edited
    from officer_desk.gui.editor import RecordEditor

#: The key that marks the chosen deadline done (or open again).
DONE_KEY = Qt.Key.Key_Space
#: The key that opens the chosen deadline's editor.
EDIT_KEY = Qt.Key.Key_F2


class FollowUpsPage(QWidget):
    """Deadlines (follow-ups and action items) to work through."""

    #: open this record (the one a deadline belongs to)
    openRecordRequested = Signal(str)
    #: Ctrl+N with no deadline chosen: the window asks which kind of record to make
    newRecordAsked = Signal()
    #: an empty list's next step was chosen ("new", "import", "demo")
    nextStepRequested = Signal(str)

    def __init__(self, desk: Desk, lang: str, parent: QWidget | None = None, *,
                 undo_stack: QUndoStack | None = None):
        super().__init__(parent)
        self.desk, self.lang, self.undo_stack = desk, lang, undo_stack
        self.locale = locale_for(lang)
        #: the day the list counts from (None: today)
        self.today: dt.date | None = None
        self.ask_follow_up: AskFollowUp = ask_follow_up
        self.model = TodoModel(desk, lang, self)
        self._stale = True

        #: the filters (``state``, ``days``, ``whose``): a change reads again
        self.filters = TodoFilters(desk.home_post, self)
        self.state, self.days, self.whose = (self.filters.state, self.filters.days,
                                             self.filters.whose)
        self.filters.changed.connect(self.reload)
        self.count = QLabel()
        #: why the chosen deadline cannot be marked here (said when Space is pressed)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self.done_button = QPushButton(tr("Mark done"))
        self.done_button.clicked.connect(self.toggle_done)
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.setToolTip(tr("F2: change the chosen deadline (its due date, "
                                       "its description)"))
        self.edit_button.clicked.connect(self.edit_current)
        #: the deadline's editor last opened (F2)
        self.editor: RecordEditor | None = None
        self.open_button = QPushButton(tr("Open record"))
        self.open_button.setToolTip(tr("Enter: open the record this deadline belongs to"))
        self.open_button.clicked.connect(self.open_current)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # the record a deadline belongs to takes the rest of the width
        header.setSectionResizeMode(OWNER_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((90, 90, 50, 420, 0, 60, 90)):
            if width:
                self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        # the count says how many are shown as more are read (scrolling, End)
        self.model.rowsInserted.connect(self._show_count)
        self.empty = NextSteps()
        self.empty.chosen.connect(self.nextStepRequested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        bar = QHBoxLayout()
        for widget in self.filters.widgets():
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.done_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)

    # -- the query -----------------------------------------------------------------------

    def query(self) -> TodoQuery:
        """What the filters ask for."""
        return self.filters.query(self.today)

    def show_query(self, query: TodoQuery) -> None:
        """Set the filters to ``query`` (and its day) and read."""
        self.today = query.today
        self.filters.show_query(query)
        self.reload()

    def refresh(self) -> None:
        """Read again now if shown, else when next shown (the rows read stay read)."""
        self._stale = True
        if self.isVisible():
            self.reload(keep=True)

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload(keep=True)

    def reload(self, *, keep: bool = False) -> None:
        """Read the filters' deadlines; ``keep``: the same rows and the same row chosen."""
        if self.desk.closed:
            return
        self._stale = False
        row = max(self.table.currentIndex().row(), 0)
        try:
            if keep and self.model.query == self.query():
                if self.model.current():  # e.g. the window's refresh after our change
                    self._show_count()
                    return
                self.model.reread(self.model.rowCount())
            else:
                self.model.set_query(self.query())
        except OfficerDeskError as e:
            self.count.setText(problem_text(e))
            return
        self._show_count()
        if self.model.rowCount():
            self.select_row(min(row if keep else 0, self.model.rowCount() - 1))

    def _show_count(self, *_args: object) -> None:
        total, shown = self.model.total, self.model.rowCount()
        self.count.setText(tr("{shown} of {total}").format(
            shown=self.locale.toString(shown), total=self.locale.toString(total)))
        if total:
            self.stack.setCurrentWidget(self.table)
            return
        self.empty.say(tr("No deadline matches these filters. Follow-ups are added in a "
                          "record's Follow-ups tab (Ctrl+N adds one to the chosen "
                          "deadline's record); or import a spreadsheet, or try the demo "
                          "database."))
        self.stack.setCurrentWidget(self.empty)

    # -- acting on a row -----------------------------------------------------------------

    def go_to_end(self) -> None:
        """End: every deadline left is read (one query) and the last is chosen."""
        self.model.reach_end()
        if self.model.rowCount():
            self.select_row(self.model.rowCount() - 1)

    def go_to_start(self) -> None:
        if self.model.rowCount():
            self.select_row(0)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def open_current(self) -> bool:
        return self.open_row(self.current_row())

    def open_row(self, row: int) -> bool:
        """Open the record the deadline in ``row`` belongs to."""
        x = self.model.item(row)
        if x is None:
            return False
        self.openRecordRequested.emit(x.owner_id or x.id)
        return True

    def toggle_done(self) -> bool:
        """Mark the chosen deadline done (or open again); Ctrl+Z undoes it."""
        row = self.current_row()
        x = self.model.item(row)
        if x is None:
            return False
        if not todo.can_change(self.desk, x):
            self._say_why_not(x)
            return False
        try:
            before = record_service.get(self.desk, x.id)
            change = todo.set_done(self.desk, x.id, not x.done,
                                   today=self.today or dt.date.today())
        except OfficerDeskError as e:
            messages.show_problem(self, tr("Mark done"), problem_text(e))
            return False
        # first its row: pushing moves the window's undo index, and the window
        # refreshes this page then (which reads nothing when the rows are current)
        self._follow(x.id, row)
        if self.undo_stack is not None and change.fields.get(x.id):
            self.undo_stack.push(EditCommand(self.desk, before, change, self.lang,
                                             parent=self, done=self._undone))
        return True

    def _follow(self, item_id: str, row: int) -> int:
        """``item_id`` changed here: its row alone follows (``TodoModel.follow``: the
        other rows are not read again); ``row`` stays the chosen one (the next deadline
        when it left the list), and the list stays scrolled where it was."""
        try:
            now = self.model.follow(item_id)
        except OfficerDeskError as e:
            self.count.setText(problem_text(e))
            return -1
        self._show_count()
        if self.model.rowCount():
            self.select_row(min(max(row, 0), self.model.rowCount() - 1))
        return now

    def _undone(self, record_id: str) -> None:
        self._follow(record_id, self.current_row())

    def edit_current(self) -> RecordEditor | None:
        """F2: the chosen deadline's editor (read-only where it cannot be changed: it
        says why); saved, the change is undoable and the row stays chosen."""
        from officer_desk.gui.editor import RecordEditor

        x = self.model.item(self.current_row())
        if x is None:
            return None
        try:
            record = record_service.get(self.desk, x.id)
        except OfficerDeskError as e:
            messages.show_problem(self, tr("Edit…"), problem_text(e))
            return None
        dialog = RecordEditor(self.desk, record.kind, record, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._edited(dialog))
        self.editor = dialog
        dialog.open()
        return dialog

    def _edited(self, dialog: RecordEditor) -> None:
        change, record_id = dialog.change, dialog.record_id
        if record_id is None or change is None or not change.fields.get(record_id):
            return
        row = self._follow(record_id, self.current_row())  # before the push (toggle_done)
        if row >= 0:  # a due date moved moves its row: it stays the chosen one
            self.select_row(row)
        if self.undo_stack is not None:
            try:
                record = record_service.get(self.desk, record_id)
            except OfficerDeskError:
                record = None
            if record is not None:
                self.undo_stack.push(EditCommand(self.desk, record, change, self.lang,
                                                 parent=self, done=self._undone))

    def new_record(self) -> object:
        """Ctrl+N: a new follow-up of the chosen deadline's record, asked for in the
        follow-up dialog; with none chosen, the window asks which kind of record."""
        x = self.model.item(self.current_row())
        if x is None or not x.owner_id:
            self.newRecordAsked.emit()
            return None
        if not todo.can_change(self.desk, x):  # said before anything is typed
            self._say_why_not(x)
            return None
        answer = self.ask_follow_up(self)
        if answer is None:
            return None
        due, description = answer
        try:
            owner = record_service.get(self.desk, x.owner_id)
            record, _ = record_service.create(self.desk, FOLLOW_UPS, {
                "record_id": owner.id, "due_on": due, "description": description,
            }, post=owner.post)
        except OfficerDeskError as e:
            messages.show_problem(self, tr("New follow-up"), problem_text(e))
            return None
        if self.undo_stack is not None:
            self.undo_stack.push(CreateCommand(self.desk, record, self.lang, parent=self,
                                               done=self._undone))
        self.reload(keep=True)
        return record

    def _say_why_not(self, x: todo.TodoItem) -> None:
        """Under the filters: why the chosen deadline is not marked or added to here."""
        self.note.setText(tr("This case log is open for reading only: nothing can be "
                             "marked done or added here.") if self.desk.readonly
                          else self._not_ours(x))
        self.note.show()

    def _not_ours(self, x: todo.TodoItem) -> str:
        return tr("This deadline is post {post}'s: only that post marks it done or "
                  "changes it (this case log is {home}'s).").format(
            post=x.post, home=self.desk.home_post)

    def _update_buttons(self, *_args: object) -> None:
        x = self.model.item(self.current_row())
        self.note.hide()
        ours = x is not None and todo.can_change(self.desk, x)
        self.done_button.setEnabled(ours)
        self.done_button.setToolTip(
            self._not_ours(x) if x is not None and not ours and not self.desk.readonly
            else tr("Space: mark the chosen deadline done, or open again (Ctrl+Z undoes "
                    "it)"))
        self.edit_button.setEnabled(x is not None)
        self.open_button.setEnabled(x is not None)
        if x is not None:
            self.done_button.setText(tr("Open again") if x.done else tr("Mark done"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space marks done, F2 edits; Enter opens the record the deadline belongs to; End
        and Home (Ctrl or not) go to the last and the first deadline."""
        if watched is not self.table or event.type() != QEvent.Type.KeyPress or not isinstance(
                event, QKeyEvent):
            return super().eventFilter(watched, event)
        ends: dict[int, Callable[[], object]] = {
            Qt.Key.Key_End: self.go_to_end, Qt.Key.Key_Home: self.go_to_start}
        if event.key() in ends and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ControlModifier):
            ends[event.key()]()
            return True
        if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            actions: dict[int, Callable[[], object]] = {
                DONE_KEY: self.toggle_done, EDIT_KEY: self.edit_current,
                Qt.Key.Key_Return: self.open_current,
                Qt.Key.Key_Enter: self.open_current}
            action = actions.get(event.key())
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    def owner_index(self, row: int) -> QModelIndex:
        """The cell naming the record a row's deadline belongs to."""
        return self.model.index(row, OWNER_COLUMN)
