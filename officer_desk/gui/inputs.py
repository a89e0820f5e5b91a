"""A record editor's inputs: one per field, chosen by the field's type (``make_input``).

Text, paragraphs, dates, vocabulary terms, yes/no and numbers are here; inputs that
refer to other records are in ``ref_inputs``; what every input does is ``FieldInput``
(``field_input``). The dialog around them is ``officer_desk.gui.editor.RecordEditor``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from officer_desk.domain.errors import FieldError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.validation import field_error
from officer_desk.gui.amount_input import AmountInput
from officer_desk.gui.date_field import DateField
from officer_desk.gui.field_input import EditorHost, FieldInput
from officer_desk.gui.ref_inputs import RefInput, RefsInput
from officer_desk.gui.texts import N_, tr

#: A dispute's status, as a word to translate.
CHOICE_WORDS = {"open": N_("Open"), "closed": N_("Closed")}


def _text_or_none(text: str) -> str | None:
    return text if text.strip() else None


class LineInput(FieldInput):
    def __init__(self, editor: EditorHost, f: Field) -> None:
        super().__init__(editor, f)
        # no limit in the line edit: it drops what is typed past it silently (and its
        # default, 32,767 characters, cut a long list shown in it, so that an edit
        # stored the cut list); text too long is shown as a problem and refused instead
        self.widget = QLineEdit()
        self.widget.setMaxLength(2**31 - 1)
        if f.type is FieldType.STRINGS:
            self.widget.setPlaceholderText(tr("a; b; c", editor.lang))
        elif f.type is FieldType.URL:
            self.widget.setPlaceholderText("https://")

    def get(self) -> Any:
        text = self.widget.text()
        if self.field.type is FieldType.STRINGS and text.strip():
            # items are split where the editor joins them ("; "), never at a comma:
            # "Samsung Electronics Co., Ltd." is one former name, as in the import
            return [item.strip() for item in text.split(";") if item.strip()]
        return _text_or_none(text)

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
        else:
            text = str(value)
        self.widget.setText(text)

    def changed(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(callback)


class LongInput(FieldInput):
    def __init__(self, editor: EditorHost, f: Field) -> None:
        super().__init__(editor, f)
        self.widget = QPlainTextEdit()
        self.widget.setTabChangesFocus(True)
        self.widget.setMinimumHeight(72)
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
                lines.append(party_line(p["name"], label))
            value = "\n".join(lines)
        self.widget.setPlainText(value or "")

    def changed(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(callback)


_PARTY = re.compile(r"^(.*?)\s*\[([^\[\]]*)\]\s*$")


def party_line(name: str, label: str) -> str:
    """A party as the field shows it: "name [type]". A name that itself ends in
    brackets ("Harbor Trading Ltd [HK]") and has no type is shown with empty ones
    ("… [HK] []"), so that reading the line back gives the same name, not a type."""
    if label:
        return f"{name} [{label}]"
    return f"{name} []" if _PARTY.match(name) else name


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

    def __init__(self, editor: EditorHost, f: Field) -> None:
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

    def __init__(self, editor: EditorHost, f: Field, current: Any) -> None:
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
    def __init__(self, editor: EditorHost, f: Field) -> None:
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
    def __init__(self, editor: EditorHost, f: Field) -> None:
        super().__init__(editor, f)
        self.widget = QSpinBox()
        self.widget.setRange(-(2**31), 2**31 - 1)

    def get(self) -> Any:
        return self.widget.value()

    def set(self, value: Any) -> None:
        self.widget.setValue(int(value or 0))

    def changed(self, callback: Callable[[], None]) -> None:
        self.widget.valueChanged.connect(callback)


class ShownOnly(FieldInput):
    """Links and file contents: shown, not edited here."""

    editable = False

    def __init__(self, editor: EditorHost, f: Field) -> None:
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


def make_input(editor: EditorHost, f: Field, current: Any) -> FieldInput:
    t = f.type
    if t is FieldType.AMOUNT:
        return AmountInput(editor, f)
    if t in (FieldType.TEXT, FieldType.URL, FieldType.STRINGS):
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
