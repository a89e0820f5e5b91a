"""The Follow-ups page's filters: open / overdue / due within N days / done / all, and
all posts' or this case log's own post's ("mine": the records' owning post).

Kept out of ``follow_ups_page``: the page lays the widgets out beside its count and
buttons (so Tab goes through them in the same order) and reads again on ``changed``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from officer_desk.gui.texts import N_, tr
from officer_desk.services.todo import TodoQuery

#: The "Show" filter's choices: (state, label).
STATE_CHOICES: tuple[tuple[str, str], ...] = (
    ("open", N_("Open")), ("overdue", N_("Overdue")), ("due", N_("Due within")),
    ("done", N_("Done")), ("all", N_("All")),
)


class TodoFilters(QObject):
    """The filter widgets (``state``, ``days``, ``whose``) and the query they ask for."""

    #: a filter was changed by the person (not by ``show_query``)
    changed = Signal()

    def __init__(self, home_post: str, parent: QWidget):
        super().__init__(parent)
        self.label = QLabel(tr("Show"))
        self.state = QComboBox()
        for state, label in STATE_CHOICES:
            self.state.addItem(tr(label), state)
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setValue(30)
        self.days.setSuffix(tr(" days"))
        self.days.setMinimumWidth(  # the suffix whole, in either language
            self.days.fontMetrics().horizontalAdvance(f"3650{self.days.suffix()}") + 36)
        self.whose = QComboBox()
        self.whose.addItem(tr("All posts"), False)
        self.whose.addItem(tr("Mine ({post})").format(post=home_post), True)
        self.whose.setToolTip(tr("Mine: the deadlines of this case log's post ({post})")
                              .format(post=home_post))
        for widget in (self.state, self.whose):
            widget.currentIndexChanged.connect(self._changed)
        self.days.valueChanged.connect(self._changed)
        self._update()

    def widgets(self) -> tuple[QWidget, ...]:
        """In the order they are laid out (and Tab goes through them)."""
        return self.label, self.state, self.days, self.whose

    def query(self, today: dt.date | None) -> TodoQuery:
        """What the filters ask for, counted from ``today`` (None: today)."""
        return TodoQuery(state=self.state.currentData(), within_days=self.days.value(),
                         mine=bool(self.whose.currentData()), today=today)

    def show_query(self, query: TodoQuery) -> None:
        """Set the filters to ``query`` (``changed`` is not emitted)."""
        for widget in (self.state, self.days, self.whose):
            widget.blockSignals(True)
        self.state.setCurrentIndex(max(0, self.state.findData(query.state)))
        self.days.setValue(query.within_days)
        self.whose.setCurrentIndex(1 if query.mine else 0)
        for widget in (self.state, self.days, self.whose):
            widget.blockSignals(False)
        self._update()

    def _changed(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        self.days.setEnabled(self.state.currentData() == "due")
