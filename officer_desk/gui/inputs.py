"""A record editor's inputs: one per field, chosen by the field's type.

Each input owns its widget(s), shows a stored value (``set``) and gives back what the
services take (``get``). Reference fields complete over the target kind's titles
(``TitleModel``, read once per editor); a company name that matches no company offers
a new company. The dialog around them is ``officer_desk.gui.editor.RecordEditor``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import FieldError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import COMPANIES, RecordKind
from officer_desk.domain.validation import field_error
from officer_desk.gui.date_field import DateField
from officer_desk.gui.texts import N_, tr
from officer_desk.services.desk import Desk

if TYPE_CHECKING:
    from officer_desk.gui.editor import RecordEditor

#: A Korean syllable or letter: a typed name with one is a Korean name.
HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")



# -- reference titles ---------------------------------------------------------------

#: A dispute's status, as a word to translate.
CHOICE_WORDS = {"open": N_("Open"), "closed": N_("Closed")}


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

    def problem(self) -> FieldError | None:
        """What is wrong with the value as typed, before the services see it (a date
        that names no day, text longer than the field takes); None when nothing is."""
        return None

    @abstractmethod
    def changed(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever the person changes the value."""


def _text_or_none(text: str) -> str | None:
    return text if text.strip() else None


class LineInput(FieldInput):
    def __init__(self, editor: RecordEditor, f: Field) -> None:
        super().__init__(editor, f)
        # no QLineEdit.setMaxLength: it drops what is typed past the limit silently;
        # text too long is shown as a problem and refused instead
        self.widget = QLineEdit()
        if f.type is FieldType.AMOUNT:
            self.widget.setPlaceholderText(tr("e.g. {example}", editor.lang).format(
                example="1,250,000"))
            self.widget.setAlignment(Qt.AlignmentFlag.AlignRight)
        elif f.type is FieldType.STRINGS:
            self.widget.setPlaceholderText(tr("a; b; c", editor.lang))
        elif f.type is FieldType.URL:
            self.widget.setPlaceholderText("https://")

    def get(self) -> Any:
        return _text_or_none(self.widget.text())

    def problem(self) -> FieldError | None:
        limit = self.field.max_length
        if not limit or self.field.type not in (FieldType.TEXT, FieldType.URL):
            return None
        length = len(unicodedata.normalize("NFC", self.widget.text()).strip())
        if length <= limit:
            return None
        return field_error(self.field.name, "too_long", self.field.en, self.field.ko,
                           length=length, limit=limit)

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
            self.widget.setPlaceholderText(tr("name [type], one per line", editor.lang))

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
    """A typed date (any form officers type), the day understood said beside it; empty
    means no date. Text that names no day is a problem: the editor refuses to save it."""

    def __init__(self, editor: RecordEditor, f: Field) -> None:
        super().__init__(editor, f)
        self.widget = self.date = DateField(f, editor.lang)

    def focus_widgets(self) -> list[QWidget]:
        return [self.date.edit]

    def get(self) -> Any:
        if self.date.is_empty():
            return None
        return self.date.date() or self.date.text()  # the text: changed, and refused

    def set(self, value: Any) -> None:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        self.date.set_date(value)

    def problem(self) -> FieldError | None:
        return self.date.problem()

    def set_enabled(self, enabled: bool) -> None:
        self.date.edit.setEnabled(enabled)
        self.date.calendar_button.setEnabled(enabled)

    def changed(self, callback: Callable[[], None]) -> None:
        self.date.changed.connect(callback)


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
                self.widget.addItem(tr(CHOICE_WORDS.get(code, code), lang), code)
        else:
            assert f.vocab is not None
            vocab = editor.desk.vocab
            codes = set()
            for term in vocab.terms(f.vocab, active_only=True):
                self.widget.addItem(term.label(lang), term.code)
                codes.add(term.code)
            if current is not None and current not in codes:
                label = vocab.label(f.vocab, current, lang) or current
                self.widget.addItem(f"{label} {tr('(not in use)', lang)}", current)

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
    """An editable combo box over the titles of the target kind, completing as you type.

    For a company, a name that matches no company offers "New company “…”": a company
    editor opens with the name filled in, and the company it saves is chosen here.
    """

    def __init__(self, editor: RecordEditor, f: Field) -> None:
        super().__init__(editor, f)
        assert f.ref is not None
        self.titles = editor.titles(f.ref)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(20)
        self.combo.view().setUniformItemSizes(True)
        self.combo.setModel(self.titles)
        self.combo.setCompleter(_completer(self.titles, self.combo))
        self.combo.lineEdit().setPlaceholderText(tr("Type to find…", editor.lang))
        self.combo.setCurrentIndex(0)
        self.widget = self.combo
        #: "New company “…”" (companies only), shown while the name matches no company
        self.new_button: QPushButton | None = None
        #: the company editor opened from here, while it is open
        self.new_editor: RecordEditor | None = None
        if f.ref == COMPANIES.name and not editor.readonly:
            self.new_button = QPushButton()
            self.new_button.hide()
            self.new_button.clicked.connect(self.new_record)
            self.widget = QWidget()
            row = QHBoxLayout(self.widget)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.combo, 1)
            row.addWidget(self.new_button)
            self.combo.currentTextChanged.connect(self._offer_new)

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo] + ([self.new_button] if self.new_button is not None else [])

    def get(self) -> Any:
        text = self.combo.currentText()
        if not text.strip():
            return None
        n = self.combo.currentIndex()
        if n > 0 and self.titles.items[n][1] == text:
            return self.titles.items[n][0]
        found = self.titles.ids_titled(text)
        return found[0] if len(found) == 1 else text  # the services say what is wrong

    def set(self, value: Any) -> None:
        if value:
            self.titles.ensure(value, self.editor.title_of(value))
        self.combo.setCurrentIndex(max(self.titles.row_of_id(value), 0))

    def changed(self, callback: Callable[[], None]) -> None:
        self.combo.currentTextChanged.connect(callback)

    def unmatched_name(self) -> str | None:
        """The typed name when no title contains it (then a new record is offered)."""
        text = " ".join(self.combo.currentText().split())
        if not text:
            return None
        folded = text.casefold()
        if any(folded in title.casefold() for _rid, title in self.titles.items):
            return None
        return text

    def _offer_new(self, _text: str = "") -> None:
        assert self.new_button is not None
        name = self.unmatched_name()
        if name is not None:
            self.new_button.setText(tr("New company “{name}”…", self.editor.lang).format(
                name=name if len(name) <= 30 else name[:29] + "…"))
        self.new_button.setVisible(name is not None)

    def new_record(self) -> RecordEditor | None:
        """Open a company editor with the typed name; choose the company it saves."""
        name = self.unmatched_name()
        if name is None or self.new_button is None:
            return None
        field = "name_ko" if HANGUL.search(name) else "name_en"
        dialog = self.editor.child_editor(COMPANIES, initial={field: name})
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.finished.connect(lambda _result: setattr(self, "new_editor", None))
        self.new_editor = dialog
        dialog.open()
        return dialog

    def _created(self, dialog: RecordEditor) -> None:
        if dialog.record_id is None:
            return
        self.titles.ensure(dialog.record_id, self.editor.title_of(dialog.record_id))
        self.set(dialog.record_id)
        # the company's title can be the very text typed: then the combo box's text does
        # not change and says nothing, so the offer is taken back here
        self._offer_new()
        self.combo.setFocus()


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
        self.add = QPushButton(tr("Add", editor.lang))
        self.remove = QPushButton(tr("Remove", editor.lang))
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
            self.widget.setText(tr("{size:,} bytes", lang).format(size=len(value)))
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
