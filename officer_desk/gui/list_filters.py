"""A list's filter row: a combo box per vocabulary or choice field, and a period.

The row shows what a query narrows to and gives it back (``values``); it keeps no query
of its own. The period's dates are typed as officers type them (``DateField``, the
editor's): a date that names no day is said in red beside it and not applied — the
list keeps the last period that was a period. A date field emptied, its box still
ticked, is no bound: the list never stays narrowed by a day no longer shown.

The boxes show about eight characters and their popups the whole label, and the row
wraps onto a second line before it is wider than the page, so every filter is seen
without scrolling on a 1280-pixel-wide screen.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import RecordKind
from officer_desk.gui.date_field import DateField
from officer_desk.gui.texts import N_, tr
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery

#: The fields a list can be filtered on with a combo box, in the order they are shown
#: (each only where the kind has it as a vocabulary or choice field).
FILTER_FIELDS: tuple[str, ...] = (
    "status", "ip_type", "dispute_kind", "stage", "technology_field", "category", "agency",
    "conference_kind", "sensitivity",
)

#: A dispute's status, as a word to translate.
CHOICE_WORDS = {"open": N_("Open"), "closed": N_("Closed")}

#: Filter boxes per line of the row (the period has a line of its own after them).
BOXES_PER_LINE = 4


def filter_fields(kind: RecordKind) -> list[str]:
    """The names of ``kind``'s fields that get a filter combo box."""
    return [
        name for name in FILTER_FIELDS
        if kind.has_field(name) and kind.field(name).type in (FieldType.VOCAB, FieldType.CHOICE)
    ]


class FilterRow(QWidget):
    """The filter boxes of one kind and, for a kind with a period field, its period."""

    #: a box or a period's check box changed (apply now)
    changed = Signal()
    #: a period's date is being typed (apply after a pause, when it names a day)
    typing = Signal()

    def __init__(self, desk: Desk, kind: RecordKind, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.filters: dict[str, QComboBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        for n, name in enumerate(filter_fields(kind)):
            f = kind.field(name)
            box = QComboBox()
            box.addItem(tr("All"), None)
            if f.type is FieldType.CHOICE:
                for code in f.choices:
                    box.addItem(tr(CHOICE_WORDS.get(code, code)), code)
            else:
                for term in desk.vocab.terms(f.vocab or ""):
                    label = term.label(lang)
                    if not term.active:
                        label = f"{label} {tr('(not in use)')}"
                    box.addItem(label, term.code)
            box.setObjectName(f"filter_{name}")
            box.setAccessibleName(f.label(lang))  # what a screen reader says of it
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 24)
            caption = QLabel(f.label(lang))
            caption.setBuddy(box)
            line, place = divmod(n, BOXES_PER_LINE)
            grid.addWidget(caption, line, 2 * place)
            grid.addWidget(box, line, 2 * place + 1)
            self.filters[name] = box
            box.currentIndexChanged.connect(self.changed)
        self.date_from_on = QCheckBox(tr("From"))
        self.date_to_on = QCheckBox(tr("To"))
        period_field = kind.field(kind.period_field) if kind.period_field else None
        self.date_from = DateField(period_field or kind.fields[0], lang)
        self.date_to = DateField(period_field or kind.fields[0], lang)
        if period_field is not None:  # two fields of one label: each says which end
            for check, field in ((self.date_from_on, self.date_from),
                                 (self.date_to_on, self.date_to)):
                field.edit.setAccessibleName(
                    f"{period_field.label(lang)}: {check.text()}")
        today = dt.date.today()
        self.date_from.set_date(today.replace(year=today.year - 1, day=min(today.day, 28)))
        self.date_to.set_date(today)
        if period_field is not None:
            period = QHBoxLayout()
            period.addWidget(QLabel(period_field.label(lang)))
            for widget in (self.date_from_on, self.date_from, self.date_to_on, self.date_to):
                period.addWidget(widget)
            period.addStretch(1)
            lines = -(-len(self.filters) // BOXES_PER_LINE)
            grid.addLayout(period, lines, 0, 1, 2 * BOXES_PER_LINE)
        else:
            for widget in (self.date_from_on, self.date_from, self.date_to_on, self.date_to):
                widget.hide()
        grid.setColumnStretch(2 * BOXES_PER_LINE, 1)
        for check, edit in ((self.date_from_on, self.date_from),
                            (self.date_to_on, self.date_to)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.changed)
            edit.changed.connect(self._date_typed)

    @property
    def empty(self) -> bool:
        """Whether the kind has nothing to filter on here."""
        return not self.filters and not self.kind.period_field

    def focus_widgets(self) -> list[QWidget]:
        """The row's widgets in Tab order."""
        period = ([self.date_from_on, self.date_from.edit, self.date_to_on, self.date_to.edit]
                  if self.kind.period_field else [])
        return [*self.filters.values(), *period]

    def all_widgets(self) -> list[QWidget]:
        """Whose signals are blocked while a query is shown (the date fields themselves:
        their text still updates the day said beside it)."""
        return [*self.filters.values(), self.date_from_on, self.date_to_on,
                self.date_from, self.date_to]

    def _date_typed(self) -> None:
        edit = self.sender()
        check = self.date_from_on if edit is self.date_from else self.date_to_on
        if check.isChecked():
            self.typing.emit()

    def is_filtering(self) -> bool:
        """Whether any box or period narrows the list."""
        return (any(box.currentData() is not None for box in self.filters.values())
                or self.date_from_on.isChecked() or self.date_to_on.isChecked())

    def values(self, last: ListQuery) -> dict[str, Any]:
        """The boxes (``where``, other names of ``last.where`` kept by the caller) and
        the period; a period date that names no day keeps ``last``'s, an empty one is
        no bound."""
        where = {name: box.currentData() for name, box in self.filters.items()}
        period = bool(self.kind.period_field)

        def day(check: QCheckBox, edit: DateField, before: dt.date | None) -> dt.date | None:
            if not (period and check.isChecked()) or edit.is_empty():
                return None
            return edit.date() if edit.date() is not None else before

        return {"where": where,
                "date_from": day(self.date_from_on, self.date_from, last.date_from),
                "date_to": day(self.date_to_on, self.date_to, last.date_to)}

    def show_query(self, query: ListQuery) -> dict[str, Any]:
        """Show ``query``'s filters (signals blocked); returns those with no box here."""
        extra: dict[str, Any] = {}
        for name, value in query.where.items():
            box = self.filters.get(name)
            values = list(value) if isinstance(value, (list, tuple, set)) else [value]
            index = box.findData(values[0]) if box is not None and len(values) == 1 else -1
            if box is not None and index >= 0:
                box.setCurrentIndex(index)
            else:
                extra[name] = value
        for name, box in self.filters.items():
            if name not in query.where:
                box.setCurrentIndex(0)
        for check, edit, value in ((self.date_from_on, self.date_from, query.date_from),
                                   (self.date_to_on, self.date_to, query.date_to)):
            check.setChecked(value is not None)
            edit.setEnabled(value is not None)
            if value is not None:
                edit.set_date(value)
        return extra

    def clear(self) -> None:
        """Every box back to "All", the period off (signals blocked)."""
        self.show_query(ListQuery())
