"""A date as officers type it, with the day it understood said beside it.

A bare ``QDateEdit`` moves to the month after four year digits and again at the typed
'-': "2024-03-01" became 2024-12-03. Here the date is plain text read by the one date
reader of the program (``domain.dates``, also the spreadsheet import's): 2024-03-01,
2024.3.1, 24.3.1, 2024/03/01, 20240301 or 2024년 3월 1일. Beside it, the day it names
in words ("2024년 3월 1일 (금)") or, in red, that it names none (2024-02-30) — which
is then refused, never moved to another day. Alt+Down (or the button) opens a calendar.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from officer_desk.domain.dates import TypedDate, read_typed_date, spoken_date
from officer_desk.domain.errors import FieldError
from officer_desk.domain.fields import Field
from officer_desk.domain.validation import typed_date_error
from officer_desk.gui.texts import tr, window_locale

PROBLEM_STYLE = "color: #b00020"


class DateField(QWidget):
    """A typed date (``edit``), a calendar button and the understood day (``said``)."""

    #: the text changed (the date, or its problem, may have)
    changed = Signal()

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field, self.lang = field, lang
        self.edit = QLineEdit()
        self.edit.setAccessibleName(field.label(lang))
        self.edit.setPlaceholderText(tr("e.g. {example}", lang).format(example="2024-03-01"))
        self.edit.setToolTip(tr("2024-03-01, 2024.3.1, 24.3.1, 20240301 or 2024년 3월 1일 "
                                "(Alt+Down: calendar)", lang))
        self.edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 22)
        self._calendar: QCalendarWidget | None = None  # made when first opened
        self.menu = QMenu(self)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(tr("Choose from a calendar", lang))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setMenu(self.menu)
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.said = QLabel()
        self.said.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.calendar_button)
        row.addWidget(self.said, 1)

        self.menu.aboutToShow.connect(self._calendar_to_text)
        opener = QShortcut(QKeySequence("Alt+Down"), self.edit)
        opener.setContext(Qt.ShortcutContext.WidgetShortcut)
        opener.activated.connect(self.calendar_button.showMenu)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._tidy)
        self._text_changed()

    # -- what it holds ------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def reading(self) -> TypedDate:
        return read_typed_date(self.edit.text())

    def date(self) -> dt.date | None:
        """The day typed (None: nothing typed, or no day — see ``problem``)."""
        return self.reading().date

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def problem(self) -> FieldError | None:
        """Why the text names no day, in both languages (None: a day, or empty)."""
        return typed_date_error(self.field, self.edit.text(), self.reading())

    def set_date(self, day: dt.date | None) -> None:
        self.edit.setText(day.isoformat() if day is not None else "")

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)

    # -- showing what was understood ------------------------------------------------------

    def _text_changed(self, _text: str = "") -> None:
        reading = self.reading()
        if reading.date is not None:
            self.said.setText(spoken_date(reading.date, self.lang))
            self.said.setStyleSheet("")
        elif reading.problem is None:
            self.said.clear()
        else:
            self.said.setText(tr("not a date", self.lang) if reading.problem == "bad_date"
                              else tr("no such day", self.lang))
            self.said.setStyleSheet(PROBLEM_STYLE)
        self.changed.emit()

    def _tidy(self) -> None:
        """On leaving the field, a day typed in another form is shown as YYYY-MM-DD."""
        day = self.date()
        if day is not None and self.edit.text() != day.isoformat():
            self.edit.setText(day.isoformat())

    @property
    def calendar(self) -> QCalendarWidget:
        """The calendar the button opens, made the first time it is needed: a list's
        filter row has two date fields, and a calendar is a table of its own (a few
        milliseconds each at the window's start)."""
        if self._calendar is None:
            self._calendar = QCalendarWidget()
            self._calendar.setLocale(window_locale(self.lang))  # its month and day names
            self._calendar.setGridVisible(True)
            holder = QWidgetAction(self.menu)
            holder.setDefaultWidget(self._calendar)
            self.menu.addAction(holder)
            self._calendar.clicked.connect(self._chosen)
            self._calendar.activated.connect(self._chosen)
        return self._calendar

    def _calendar_to_text(self) -> None:
        day = self.date() or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _chosen(self, day: QDate) -> None:
        self.set_date(day.toPython())
        self.menu.hide()
        self.edit.setFocus()
