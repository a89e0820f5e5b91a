"""A record's editor, generated from its kind's field specifications.

One input per field (line edit, combo box, date picker, …), labelled in the chosen
language with required fields marked "*". Saving calls ``records.create`` or
``records.update`` with the changed values only; the services' field messages are shown
in red under their fields and the dialog stays open with everything typed kept. Leaving
with unsaved changes asks first. Another post's record opens read-only.

``ask`` and ``show_problem`` are module functions so tests can replace them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import NotPermitted, OfficerDeskError, ValidationError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import KINDS_BY_NAME, RecordKind
from officer_desk.domain.records import Change, Record
from officer_desk.gui.texts import KOREAN
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk

ERROR_STYLE = "color: #b00020"


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question (replaced in tests)."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_problem(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user about a problem they can act on (replaced in tests)."""
    QMessageBox.warning(parent, title, text)


def words(text: str, lang: str) -> str:
    return KOREAN.get(text, text) if lang == "ko" else text


# -- reference titles ---------------------------------------------------------------


class TitleModel(QAbstractListModel):
    """(id, title) pairs of one kind's records, row 0 empty; cheap at 10,000 rows."""

    def __init__(self, items: list[tuple[str | None, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str | None, str]] = [(None, ""), *items]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rid, title = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return title
        if role == Qt.ItemDataRole.UserRole:
            return rid
        return None

    def ensure(self, rid: str, title: str) -> None:
        if all(r != rid for r, _ in self.items):
            n = len(self.items)
            self.beginInsertRows(QModelIndex(), n, n)
            self.items.append((rid, title))
            self.endInsertRows()

    def row_of_id(self, rid: str | None) -> int:
        for n, (r, _) in enumerate(self.items):
            if r == rid:
                return n
        return -1

    def ids_titled(self, text: str) -> list[str]:
        folded = text.strip().casefold()
        return [r for r, t in self.items if r and t.casefold() == folded]


def load_titles(desk: Desk, kind: RecordKind, lang: str) -> list[tuple[str, str]]:
    """Every live record of ``kind`` as (id, title), the other language in brackets."""
    first = kind.title_ko if lang == "ko" else kind.title_en
    names = [n for n in first if kind.has_field(n)]
    if not names:
        return []
    cols = ", ".join(f'"{n}"' for n in names)
    rows = desk.conn.execute(
        f'SELECT id, {cols} FROM "{kind.name}" WHERE deleted = 0'  # names come from the specs
    ).fetchall()
    out = []
    for row in rows:
        parts = [str(v) for v in row[1:] if v]
        title = parts[0] if parts else row[0]
        if len(parts) > 1 and parts[1] != title:
            title = f"{title} ({parts[1]})"
        out.append((row[0], title))
    out.sort(key=lambda x: x[1].casefold())
    return out


def _completer(model: QAbstractListModel, parent: QWidget) -> QCompleter:
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


# -- one input per field --------------------------------------------------------------


class FieldInput(ABC):
    """A field's widget(s): ``get`` gives the value to hand to the services."""

    widget: QWidget
    editable = True

    def __init__(self, editor: RecordEditor, f: Field) -> None:
        self.editor, self.field = editor, f

    def focus_widgets(self) -> list[QWidget]:
        return [self.widget]

    @abstractmethod
    def get(self) -> Any:
        """The value as the services take it (None when empty)."""

    @abstractmethod
    def set(self, value: Any) -> None:
        """Show ``value`` (a record's stored value)."""

    def set_enabled(self, enabled: bool) -> None:
        for w in self.focus_widgets():
            w.setEnabled(enabled)

    @abstractmethod
    def changed(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever the person changes the value."""


def _text_or_none(text: str) -> str | None:
    return text if text.strip() else None


class LineInput(FieldInput):
    def __init__(self, editor: RecordEditor, f: Field) -> None:
        super().__init__(editor, f)
        self.widget = QLineEdit()
        if f.max_length and f.type in (FieldType.TEXT, FieldType.URL):
            self.widget.setMaxLength(f.max_length)
        if f.type is FieldType.AMOUNT:
            self.widget.setPlaceholderText(words("e.g. {example}", editor.lang).format(
                example="1,250,000"))
            self.widget.setAlignment(Qt.AlignmentFlag.AlignRight)
        elif f.type is FieldType.STRINGS:
            self.widget.setPlaceholderText(words("a; b; c", editor.lang))
        elif f.type is FieldType.URL:
            self.widget.setPlaceholderText("https://")

    def get(self) -> Any:
        return _text_or_none(self.widget.text())

    def set(self, value: Any) -> None:
        if value is None:
            text = ""
        elif self.field.type is FieldType.STRINGS:
            text = "; ".join(value)
        elif self.field.type is FieldType.AMOUNT:
            text = f"{value:,}"
        else:
            text = str(value)
        self.widget.setText(text)

    def changed(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(callback)


class LongInput(FieldInput):
    def __init__(self, editor: RecordEditor, f: Field) -> None:
        super().__init__(editor, f)
        self.widget = QPlainTextEdit()
        self.widget.setTabChangesFocus(True)
        self.widget.setFixedHeight(72)
        if f.type is FieldType.PARTIES:
            self.widget.setPlaceholderText(words("name [type], one per line", editor.lang))

    def get(self) -> Any:
        text = self.widget.toPlainText()
        if self.field.type is FieldType.PARTIES:
            return parse_parties(text)
        return _text_or_none(text)

    def set(self, value: Any) -> None:
        if self.field.type is FieldType.PARTIES:
            vocab = self.editor.desk.vocab
            lines = []
            for p in value or ():
                kind = p.get("type")
                label = vocab.label("counterparty_type", kind, self.editor.lang) if kind else ""
                lines.append(f"{p['name']} [{label}]" if label else p["name"])
            value = "\n".join(lines)
        self.widget.setPlainText(value or "")

    def changed(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(callback)


_PARTY = re.compile(r"^(.*?)\s*\[([^\[\]]*)\]\s*$")


def parse_parties(text: str) -> list[dict[str, str | None]]:
    """Lines of "name [type]" (type optional) as the services' party dicts."""
    out: list[dict[str, str | None]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _PARTY.match(line.strip())
        if m:
            out.append({"name": m[1], "type": m[2].strip() or None})
        else:
            out.append({"name": line.strip(), "type": None})
    return out


class DateInput(FieldInput):
    """A date picker with a check box: unchecked means no date."""

    def __init__(self, editor: RecordEditor, f: Field) -> None:
        super().__init__(editor, f)
        self.has = QCheckBox()
        self.has.setToolTip(words("Has a date", editor.lang))
        self.has.setAccessibleName(f.label(editor.lang))
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.date.setEnabled(False)
        self.has.toggled.connect(self.date.setEnabled)
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has)
        row.addWidget(self.date)
        row.addStretch(1)

    def focus_widgets(self) -> list[QWidget]:
        return [self.has, self.date]

    def set_enabled(self, enabled: bool) -> None:
        self.has.setEnabled(enabled)
        self.date.setEnabled(enabled and self.has.isChecked())

    def get(self) -> Any:
        return self.date.date().toPython() if self.has.isChecked() else None

    def set(self, value: Any) -> None:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        if value is None:
            self.has.setChecked(False)
        else:
            self.date.setDate(QDate(value.year, value.month, value.day))
            self.has.setChecked(True)

    def changed(self, callback: Callable[[], None]) -> None:
        self.has.toggled.connect(callback)
        self.date.dateChanged.connect(callback)


class ComboInput(FieldInput):
    """Vocabulary terms (active ones, in the language) or a fixed choice."""

    def __init__(self, editor: RecordEditor, f: Field, current: Any) -> None:
        super().__init__(editor, f)
        self.widget = QComboBox()
        lang = editor.lang
        if not f.required or current is None:
            self.widget.addItem("—" if f.required else "", None)
        if f.type is FieldType.CHOICE:
            for code in f.choices:
                self.widget.addItem(words(code.capitalize(), lang), code)
        else:
            assert f.vocab is not None
            vocab = editor.desk.vocab
            codes = set()
            for term in vocab.terms(f.vocab, active_only=True):
                self.widget.addItem(term.label(lang), term.code)
                codes.add(term.code)
            if current is not None and current not in codes:
                label = vocab.label(f.vocab, current, lang) or current
                self.widget.addItem(f"{label} {words('(not in use)', lang)}", current)

    def get(self) -> Any:
        return self.widget.currentData()

    def set(self, value: Any) -> None:
        n = self.widget.findData(value)
        self.widget.setCurrentIndex(max(n, 0))

    def changed(self, callback: Callable[[], None]) -> None:
        self.widget.currentIndexChanged.connect(callback)


class BoolInput(FieldInput):
    def __init__(self, editor: RecordEditor, f: Field) -> None:
        super().__init__(editor, f)
        self.widget = QCheckBox()
        self.widget.setAccessibleName(f.label(editor.lang))

    def get(self) -> Any:
        return self.widget.isChecked()

    def set(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def changed(self, callback: Callable[[], None]) -> None:
        self.widget.toggled.connect(callback)


class IntegerInput(FieldInput):
    def __init__(self, editor: RecordEditor, f: Field) -> None:
        super().__init__(editor, f)
        self.widget = QSpinBox()
        self.widget.setRange(-(2**31), 2**31 - 1)

    def get(self) -> Any:
        return self.widget.value()

    def set(self, value: Any) -> None:
        self.widget.setValue(int(value or 0))

    def changed(self, callback: Callable[[], None]) -> None:
        self.widget.valueChanged.connect(callback)


class RefInput(FieldInput):
    """An editable combo box over the titles of the target kind, completing as you type."""

    def __init__(self, editor: RecordEditor, f: Field) -> None:
        super().__init__(editor, f)
        assert f.ref is not None
        self.titles = editor.titles(f.ref)
        self.widget = QComboBox()
        self.widget.setEditable(True)
        self.widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.widget.setMaxVisibleItems(20)
        self.widget.view().setUniformItemSizes(True)
        self.widget.setModel(self.titles)
        self.widget.setCompleter(_completer(self.titles, self.widget))
        self.widget.lineEdit().setPlaceholderText(words("Type to find…", editor.lang))
        self.widget.setCurrentIndex(0)

    def get(self) -> Any:
        text = self.widget.currentText()
        if not text.strip():
            return None
        n = self.widget.currentIndex()
        if n > 0 and self.titles.items[n][1] == text:
            return self.titles.items[n][0]
        found = self.titles.ids_titled(text)
        return found[0] if len(found) == 1 else text  # the services say what is wrong

    def set(self, value: Any) -> None:
        if value:
            self.titles.ensure(value, self.editor.title_of(value))
        self.widget.setCurrentIndex(max(self.titles.row_of_id(value), 0))

    def changed(self, callback: Callable[[], None]) -> None:
        self.widget.currentTextChanged.connect(callback)


class RefsInput(FieldInput):
    """A list of chosen records, with a completing combo box to add more."""

    def __init__(self, editor: RecordEditor, f: Field) -> None:
        super().__init__(editor, f)
        assert f.ref is not None
        self.titles = editor.titles(f.ref)
        self._callbacks: list[Callable[[], None]] = []
        self.chosen = QListWidget()
        self.chosen.setFixedHeight(64)
        self.pick = QComboBox()
        self.pick.setEditable(True)
        self.pick.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pick.view().setUniformItemSizes(True)
        self.pick.setModel(self.titles)
        self.pick.setCompleter(_completer(self.titles, self.pick))
        self.add = QPushButton(words("Add", editor.lang))
        self.remove = QPushButton(words("Remove", editor.lang))
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.widget = QWidget()
        box = QVBoxLayout(self.widget)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.pick, 1)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        box.addLayout(row)
        box.addWidget(self.chosen)

    def focus_widgets(self) -> list[QWidget]:
        return [self.pick, self.add, self.remove, self.chosen]

    def _append(self, rid: str, title: str) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, rid)
        self.chosen.addItem(item)

    def _add(self) -> None:
        n = self.pick.currentIndex()
        text = self.pick.currentText()
        rid = self.titles.items[n][0] if n > 0 and self.titles.items[n][1] == text else None
        if rid is None:
            found = self.titles.ids_titled(text)
            rid = found[0] if len(found) == 1 else None
        if rid and rid not in self.get():
            self._append(rid, self.titles.items[self.titles.row_of_id(rid)][1])
            self.pick.setCurrentIndex(0)
            self._notify()

    def _remove(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self._notify()

    def _notify(self) -> None:
        for cb in self._callbacks:
            cb()

    def get(self) -> Any:
        return [self.chosen.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.chosen.count())]

    def set(self, value: Any) -> None:
        self.chosen.clear()
        for rid in value or ():
            self._append(rid, self.editor.title_of(rid))

    def changed(self, callback: Callable[[], None]) -> None:
        self._callbacks.append(callback)


class ShownOnly(FieldInput):
    """Links and file contents: shown, not edited here."""

    editable = False

    def __init__(self, editor: RecordEditor, f: Field) -> None:
        super().__init__(editor, f)
        self.widget = QLabel()
        self.widget.setTextFormat(Qt.TextFormat.PlainText)
        self.widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value: Any = None

    def focus_widgets(self) -> list[QWidget]:
        return []

    def get(self) -> Any:
        return self.value

    def set(self, value: Any) -> None:
        self.value = value
        lang = self.editor.lang
        if value is None:
            self.widget.setText("—")
        elif self.field.type is FieldType.BLOB:
            self.widget.setText(words("{size:,} bytes", lang).format(size=len(value)))
        else:
            self.widget.setText(self.editor.title_of(value))

    def changed(self, callback: Callable[[], None]) -> None:
        pass


def make_input(editor: RecordEditor, f: Field, current: Any) -> FieldInput:
    t = f.type
    if t in (FieldType.TEXT, FieldType.URL, FieldType.AMOUNT, FieldType.STRINGS):
        return LineInput(editor, f)
    if t in (FieldType.LONGTEXT, FieldType.PARTIES):
        return LongInput(editor, f)
    if t is FieldType.DATE:
        return DateInput(editor, f)
    if t in (FieldType.VOCAB, FieldType.CHOICE):
        return ComboInput(editor, f, current)
    if t is FieldType.BOOL:
        return BoolInput(editor, f)
    if t is FieldType.INTEGER:
        return IntegerInput(editor, f)
    if t is FieldType.REF:
        return RefInput(editor, f)
    if t is FieldType.REFS:
        return RefsInput(editor, f)
    return ShownOnly(editor, f)


# -- the dialog -----------------------------------------------------------------------


class RecordEditor(QDialog):
    """Edit one record (or a new one) of ``kind``; ``change`` is set when saved."""

    def __init__(
        self,
        desk: Desk,
        kind: RecordKind,
        record: Record | None = None,
        lang: str = "ko",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.kind, self.record, self.lang = desk, kind, record, lang
        self.change: Change | None = None
        self.record_id: str | None = record.id if record else None
        self._titles: dict[str, TitleModel] = {}
        self.readonly_reason = self._readonly_reason()
        self.readonly = self.readonly_reason is not None

        if record is None:
            title = words("New {kind}", lang).format(kind=kind.label(lang))
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
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        values = record.values if record else {}
        for f in kind.fields:
            current = values.get(f.name) if record else f.default
            field_input = make_input(self, f, current)
            field_input.set(current)
            label = QLabel(f.label(lang) + (" *" if f.required else ""))
            label.setTextFormat(Qt.TextFormat.PlainText)
            if field_input.focus_widgets():
                label.setBuddy(field_input.focus_widgets()[0])
            error = QLabel()
            error.setTextFormat(Qt.TextFormat.PlainText)
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(field_input.widget)
            box.addWidget(error)
            form.addRow(label, cell)
            self.inputs[f.name], self.labels[f.name], self.errors[f.name] = (
                field_input, label, error)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            words("Save", lang), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(
            words("Cancel" if not self.readonly else "Close", lang),
            QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)

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

    def title_of(self, record_id: str) -> str:
        target = self.desk.repo.get(None, record_id, with_blobs=False)
        return target.title(self.lang) if target else record_id

    def _readonly_reason(self) -> str | None:
        if self.record is None:
            return None
        try:
            self.desk.check_can_edit(self.record)
        except NotPermitted as e:
            return words("Read-only: {reason}", self.lang).format(reason=e)
        if self.record.deleted:
            return words("Deleted; restore it to edit it.", self.lang)
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

    def clear_errors(self) -> None:
        self.problem.hide()
        self.problem.clear()
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_errors(self, error: ValidationError) -> None:
        self.clear_errors()
        elsewhere = []
        for name, errs in error.by_field().items():
            text = "\n".join(e.message(self.lang) for e in errs)
            if name in self.errors:
                self.errors[name].setText(text)
                self.errors[name].show()
            else:
                elsewhere.append(text)
        if elsewhere:
            self.problem.setText("\n".join(elsewhere))
            self.problem.show()
        first = next((n for n in self.inputs if self.errors[n].text()), None)
        if first and self.inputs[first].focus_widgets():
            self.inputs[first].focus_widgets()[0].setFocus()

    # -- actions ----------------------------------------------------------------------

    def save(self) -> bool:
        """Create or update through the services; True if saved (and the dialog accepted)."""
        if self.readonly:
            return False
        data = self.changed_values()
        try:
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
            show_problem(self, words("Not saved", self.lang), str(e))
            return False
        self.clear_errors()
        self.change = change
        self._initial = self.values()
        self.accept()
        return True

    def reject(self) -> None:
        if self.is_dirty() and not ask(
            self, words("Unsaved changes", self.lang),
            words("Discard your changes?", self.lang),
        ):
            return
        super().reject()
