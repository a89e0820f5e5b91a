"""The briefing pack dialog's choices: lists of check boxes (none checked means all)
and the period's ends, checked as the records' date fields are."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from officer_desk.domain.errors import ValidationError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.validation import field_error
from officer_desk.gui.date_field import DateField


def checklist(items: list[tuple[str, str]]) -> QListWidget:
    """A list of check boxes: (code, label) each; none checked means all."""
    widget = QListWidget()
    for code, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(120)
    return widget


def checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        widget.item(n).data(Qt.ItemDataRole.UserRole) for n in range(widget.count())
        if widget.item(n).checkState() == Qt.CheckState.Checked
    )


def set_checked(widget: QListWidget, codes: tuple[str, ...]) -> None:
    for n in range(widget.count()):
        item = widget.item(n)
        state = item.data(Qt.ItemDataRole.UserRole) in codes
        item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


#: The period's ends, as fields: their messages name them in both languages.
PERIOD_FROM = Field("date_from", FieldType.DATE, "Period from", "기간 시작", required=True)
PERIOD_TO = Field("date_to", FieldType.DATE, "Period to", "기간 끝", required=True)


def period_end(edit: DateField) -> dt.date:
    """The typed day, or ValidationError (no day, or one that does not exist)."""
    problem = edit.problem()
    day = edit.date()
    if problem is None and day is None:
        problem = field_error(edit.field.name, "required", edit.field.en, edit.field.ko)
    if problem is not None:
        raise ValidationError([problem])
    assert day is not None
    return day
