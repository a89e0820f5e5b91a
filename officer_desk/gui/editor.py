"""A record's editor, generated from its kind's field specifications.

One input per field (line edit, combo box, typed date, …), labelled in the chosen
language with required fields marked "*". What an input already knows to be wrong (a
date that names no day, text longer than the field takes) is said under it while
typing, and saving is refused until it is put right. Saving calls ``records.create`` or
``records.update`` with the changed values only; the services' field messages are shown
in red under their fields and the dialog stays open with everything typed kept. Leaving
with unsaved changes asks first. A follow-up ticked done gets today as its done date
(``done_dates``). Another post's record opens read-only, and so does
every record (a new one too) of a case log open read-only.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import (
    NotPermitted,
    OfficerDeskError,
    ValidationError,
)
from officer_desk.domain.kinds import KINDS_BY_NAME, RecordKind
from officer_desk.domain.records import Change, Record
from officer_desk.gui import messages
from officer_desk.gui.done_dates import date_when_done
from officer_desk.gui.edit_clash import clashes, deleted_meanwhile
from officer_desk.gui.editor_feedback import EditorFeedback
from officer_desk.gui.field_input import FieldInput
from officer_desk.gui.inputs import LineInput, make_input
from officer_desk.gui.save_key import SaveKeyInPopup
from officer_desk.gui.texts import problem_text, tr
from officer_desk.gui.title_model import TitleModel, load_titles
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk
from officer_desk.services.display import DELETED_MARK

ERROR_STYLE = "color: #b00020"


# -- the dialog -----------------------------------------------------------------------


class RecordEditor(EditorFeedback, QDialog):
    """Edit one record (or a new one) of ``kind``; ``change`` is set when saved."""

    def __init__(
        self,
        desk: Desk,
        kind: RecordKind,
        record: Record | None = None,
        lang: str = "ko",
        parent: QWidget | None = None,
        *,
        initial: dict[str, Any] | None = None,
    ) -> None:
        """``initial``: values a new record starts with (e.g. a company's typed name)."""
        super().__init__(parent)
        self.desk, self.kind, self.record, self.lang = desk, kind, record, lang
        self.change: Change | None = None
        self.record_id: str | None = record.id if record else None
        self._titles: dict[str, TitleModel] = {}
        #: called with each record an editor opened from this one saved (e.g. a company
        #: made inline), so that the list can record it for undo
        self.on_child_saved: Callable[[RecordEditor], None] | None = None
        self.readonly_reason = self._readonly_reason()
        self.readonly = self.readonly_reason is not None

        if record is None:
            title = tr("New {kind}", lang).format(kind=kind.label(lang))
        else:
            title = f"{kind.label(lang)} — {record.title(lang)}"
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.note = QLabel(self.readonly_reason or "")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setVisible(self.readonly)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()

        self.inputs: dict[str, FieldInput] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        #: under each field: the value as it will be stored, when tidying changed it
        self.tidied: dict[str, QLabel] = {}
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        values = record.values if record else {}
        for f in kind.fields:
            current = values.get(f.name) if record else (initial or {}).get(f.name, f.default)
            field_input = make_input(self, f, current)
            field_input.set(current)
            if record is not None and f.immutable and current is not None:
                field_input.set_enabled(False)  # set once for good: not offered to change
            label = QLabel(f.label(lang) + (" *" if f.required else ""))
            label.setTextFormat(Qt.TextFormat.PlainText)
            if field_input.focus_widgets():
                label.setBuddy(field_input.focus_widgets()[0])
            error = QLabel()
            error.setTextFormat(Qt.TextFormat.PlainText)
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            tidied = QLabel()  # what the field was changed to on the way, and why
            tidied.setTextFormat(Qt.TextFormat.PlainText)
            tidied.setWordWrap(True)
            tidied.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(field_input.widget)
            box.addWidget(tidied)
            box.addWidget(error)
            form.addRow(label, cell)
            self.inputs[f.name], self.labels[f.name], self.errors[f.name] = (
                field_input, label, error)
            self.tidied[f.name] = tidied
            field_input.changed(lambda *_args, name=f.name: self._check_as_typed(name))
            if isinstance(field_input, LineInput) and not self.readonly:
                field_input.widget.editingFinished.connect(
                    lambda name=f.name: self._tidy_on_leaving(name))
        if not self.readonly:
            date_when_done(kind.name, self.inputs)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            tr("Save", lang), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(
            tr("Cancel", lang) if not self.readonly else tr("Close", lang),
            QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)
        #: Ctrl+S in an open completion list (a company typed) saves: the list is a
        #: window of its own that takes the keys, and Ctrl+S there did nothing
        self._popup_keys = SaveKeyInPopup(self, self.save)
        for completer in form_widget.findChildren(QCompleter):
            completer.popup().installEventFilter(self._popup_keys)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        chain = [w for i in self.inputs.values() for w in i.focus_widgets()]
        chain += [self.save_button, self.cancel_button]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        if chain:
            chain[0].setFocus()

        if self.readonly:
            for field_input in self.inputs.values():
                field_input.set_enabled(False)
            self.save_button.hide()
            self.save_shortcut.setEnabled(False)
            self.cancel_button.setDefault(True)
        self._initial = self.values()
        self.resize(640, 720)

    # -- helpers used by the inputs ---------------------------------------------------

    def titles(self, kind_name: str) -> TitleModel:
        """The titles of a kind's records, read once per editor."""
        if kind_name not in self._titles:
            kind = KINDS_BY_NAME[kind_name]
            self._titles[kind_name] = TitleModel(load_titles(self.desk, kind, self.lang), self)
        return self._titles[kind_name]

    def child_editor(self, kind: RecordKind, *, initial: dict[str, Any]) -> RecordEditor:
        """A new ``kind`` record's editor over this one (e.g. "New company" inline)."""
        child = RecordEditor(self.desk, kind, None, self.lang, self, initial=initial)
        child.on_child_saved = self.on_child_saved

        def saved() -> None:
            if self.on_child_saved is not None:
                self.on_child_saved(child)

        child.accepted.connect(saved)
        return child

    def title_of(self, record_id: str) -> str:
        target = self.desk.repo.get(None, record_id, with_blobs=False)
        if target is None:
            return record_id
        mark = DELETED_MARK[1 if self.lang == "ko" else 0] if target.deleted else ""
        return target.title(self.lang) + mark

    def _readonly_reason(self) -> str | None:
        if self.desk.readonly:
            return tr("Read-only: this case log is open read-only, so nothing can be "
                      "saved.", self.lang)
        if self.record is None:
            return None
        try:
            self.desk.check_can_edit(self.record)
        except NotPermitted as e:
            return tr("Read-only: {reason}", self.lang).format(reason=e.message(self.lang))
        if self.record.deleted:
            return tr("Deleted; restore it to edit it.", self.lang)
        return None

    # -- state ------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: i.get() for name, i in self.inputs.items() if i.editable}

    def changed_values(self) -> dict[str, Any]:
        """What to send: for a new record every filled-in field, else what was edited."""
        now = self.values()
        if self.record is None:
            return {k: v for k, v in now.items() if v not in (None, "", [])}
        return {k: v for k, v in now.items() if v != self._initial.get(k)}

    def is_dirty(self) -> bool:
        return not self.readonly and self.values() != self._initial

    # -- actions ----------------------------------------------------------------------

    def save(self) -> bool:
        """Create or update through the services; True if saved (and the dialog accepted)."""
        if self.readonly:
            return False
        if problems := self.problems():
            self.show_errors(ValidationError(problems + self._service_problems(problems)))
            return False
        if self.tidy(self.changed_values()):
            # a value would be stored otherwise than it is shown: shown first, saved
            # by saving again (nothing is changed on the way unseen); what the services
            # would refuse besides is said at the same Save, not only at the next
            self._say_tidied(self._service_problems([]))
            return False
        data = self.changed_values()
        try:
            if self.record is not None and data and not self._same_as_opened(data):
                return False
            if self.record is None:
                record, change = record_service.create(self.desk, self.kind, data)
                self.record_id = record.id
            elif data:
                change = record_service.update(self.desk, self.record.id, data)
            else:
                change = Change()
        except ValidationError as e:
            self.show_errors(e)
            return False
        except OfficerDeskError as e:
            self.clear_errors()
            messages.show_problem(self, tr("Not saved", self.lang), problem_text(e))
            return False
        self.clear_errors()
        self.change = change
        self._initial = self.values()
        self.accept()
        return True

    def _same_as_opened(self, data: dict[str, Any]) -> bool:
        """False (and said) when the record was deleted, or a field in ``data`` changed,
        after this editor read it; the editor then holds the record as stored now, so
        saving again replaces the other change deliberately."""
        assert self.record is not None
        if deleted_meanwhile(self.desk, self.record) is not None:
            self.clear_errors()
            messages.show_problem(self, tr("Not saved", self.lang), tr(
                "This record was deleted in another window after you opened it, so "
                "nothing was saved. Tick “Show deleted” in the list, restore it, then edit it "
                "again.",
                self.lang))
            return False
        fresh, problems = clashes(self.desk, self.record, data, self.lang)
        self.record = fresh
        if problems:
            self.show_errors(ValidationError(problems))
            return False
        return True

    def reject(self) -> None:
        if self.is_dirty() and not messages.ask(
            self, tr("Unsaved changes", self.lang),
            tr("Discard your changes?", self.lang),
        ):
            return
        super().reject()
