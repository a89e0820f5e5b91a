"""Inputs that refer to other records: a company (or conference …) chosen by typing its
name, completing over the target kind's titles (``TitleModel``, read once per editor),
and lists of chosen records. A typed name chooses a record only when it is one record's
name exactly (its title, or its Korean or English name alone); anything else is said
under the field as it is typed, and the editor does not save it: part of a name
("한빛" for "(주)한빛배터리") is never taken for a company. A company name that names no
company exactly offers a new company, made in an editor of its own over this one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import FieldError
from officer_desk.domain.fields import Field
from officer_desk.domain.kinds import COMPANIES, KINDS_BY_NAME
from officer_desk.domain.name_script import name_side
from officer_desk.gui.field_input import EditorHost, FieldInput
from officer_desk.gui.texts import tr
from officer_desk.gui.title_model import TitleModel

#: Characters a linked record's box is sized for: a longer title is cut in the box (its
#: list shows it whole), so a long title never makes the editor wider than its window
#: (and no box measures every title of a large kind to size itself).
BOX_CHARS = 24


def _sized(box: QComboBox) -> None:
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(BOX_CHARS)


def _completer(model: QAbstractListModel, parent: QWidget) -> QCompleter:
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


def _named(editor: EditorHost, f: Field, text: str) -> list[str]:
    """Live records of ``f``'s target kind with a name field equal to ``text`` (spaces
    and case aside), e.g. "(주)한빛배터리" alone for "(주)한빛배터리 (Hanbit …)"."""
    name = " ".join(text.split())
    if not name:
        return []
    kind = KINDS_BY_NAME[str(f.ref)]
    names = [n for n in dict.fromkeys((*kind.title_ko, *kind.title_en)) if kind.has_field(n)]
    if not names:
        return []
    either = " OR ".join(f'"{n}" = :name COLLATE NOCASE' for n in names)
    return [rid for (rid,) in editor.desk.conn.execute(
        f'SELECT id FROM "{kind.name}" WHERE deleted = 0 AND ({either})',  # spec names
        {"name": name})]


def records_named(editor: EditorHost, f: Field, titles: TitleModel, box: QComboBox,
                  text: str) -> list[str]:
    """The records ``text`` in ``box`` names exactly: the one chosen from the list, else
    every one titled so or with a Korean or English name so (one query): two companies
    one of whose title is the other's Korean name are two, not a guess."""
    n = box.currentIndex()
    if n > 0 and titles.items[n][1] == text:
        return [str(titles.items[n][0])]
    return list(dict.fromkeys((*titles.ids_titled(text), *_named(editor, f, text))))


def unmatched_problem(editor: EditorHost, f: Field, titles: TitleModel, text: str,
                      found: list[str]) -> str:
    """What to say of ``text`` typed for ``f`` naming no record exactly (or several)."""
    lang = editor.lang
    kind = KINDS_BY_NAME[str(f.ref)].label(lang)
    kind = kind if lang == "ko" else kind.lower()
    if found:
        return tr("{count} {kind} records are named “{name}”: choose one from the "
                  "list.", lang).format(count=len(found), kind=kind, name=text)
    folded = text.casefold()
    containing = sum(1 for rid, title in titles.items if rid and folded in title.casefold())
    said = tr("No {kind} is named “{name}”.", lang).format(kind=kind, name=text)
    if containing:
        said += " " + tr("Containing it: {count} {kind} name(s); choose one "
                         "from the list (Down arrow).", lang).format(
            count=containing, kind=kind)
    return said


# -- one input per field --------------------------------------------------------------


class RefInput(FieldInput):
    """An editable combo box over the titles of the target kind, completing as you type.

    For a company, a name that matches no company offers "New company “…”": a company
    editor opens with the name filled in, and the company it saves is chosen here.
    """

    def __init__(self, editor: EditorHost, f: Field) -> None:
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
        _sized(self.combo)
        self.combo.lineEdit().setPlaceholderText(tr("Type to find…", editor.lang))
        self.combo.setCurrentIndex(0)
        self.widget = self.combo
        #: "New company “…”" (companies only), shown while the name matches no company
        self.new_button: QPushButton | None = None
        #: the company editor opened from here, while it is open
        self.new_editor: EditorHost | None = None
        #: who hears of a change (``changed``), told also when a company made here is
        #: chosen under the very name typed (the box's text then does not change)
        self._changed: list[Callable[[], None]] = []
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
        found = self._chosen(text)
        return found[0] if len(found) == 1 else text  # problem() says what is wrong

    def _chosen(self, text: str) -> list[str]:
        """The records ``text`` names exactly (``records_named``)."""
        return records_named(self.editor, self.field, self.titles, self.combo, text)

    def problem(self) -> FieldError | None:
        """Typed text that names no record exactly (or several): said before saving,
        with how many contain it, and for a company the offer of a new one."""
        text = " ".join(self.combo.currentText().split())
        if not text:
            return None
        found = self._chosen(self.combo.currentText())
        if len(found) == 1:
            return None
        said = unmatched_problem(self.editor, self.field, self.titles, text, found)
        if not found and self.new_button is not None:
            said += " " + tr("A new company? Make it with “New company”.", self.editor.lang)
        return FieldError(self.field.name, "no_such_record", en=said, ko=said)

    def set(self, value: Any) -> None:
        if value:
            self.titles.ensure(value, self.editor.title_of(value))
        self.combo.setCurrentIndex(max(self.titles.row_of_id(value), 0))

    def changed(self, callback: Callable[[], None]) -> None:
        self.combo.currentTextChanged.connect(callback)
        self._changed.append(callback)

    def unmatched_name(self) -> str | None:
        """The typed name when it names no record exactly (then a new one is offered),
        even if some contain it: "한빛" may be a new company beside "(주)한빛배터리"."""
        text = " ".join(self.combo.currentText().split())
        if not text or self._chosen(self.combo.currentText()):
            return None
        return text

    def _offer_new(self, _text: str = "") -> None:
        assert self.new_button is not None
        name = self.unmatched_name()
        if name is not None:
            shown = name if len(name) <= 30 else name[:29] + "…"
            # "&&": a button takes "&" for its shortcut letter ("Johnson & Johnson")
            self.new_button.setText(tr("New company “{name}”…", self.editor.lang).format(
                name=shown.replace("&", "&&")))
        self.new_button.setVisible(name is not None)

    def new_record(self) -> Any:
        """Open a company editor with the typed name; choose the company it saves."""
        name = self.unmatched_name()
        if name is None or self.new_button is None:
            return None
        # Hangul, Hanja, kana …: the Korean name; Latin letters only: the English one
        field = f"name_{name_side(name)}"
        dialog = self.editor.child_editor(COMPANIES, initial={field: name})
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.finished.connect(lambda _result: setattr(self, "new_editor", None))
        self.new_editor = dialog
        dialog.open()
        return dialog

    def _created(self, dialog: Any) -> None:
        if dialog.record_id is None:
            return
        self.titles.ensure(dialog.record_id, self.editor.title_of(dialog.record_id))
        self.set(dialog.record_id)
        # the company's title can be the very text typed: then the combo box's text does
        # not change and says nothing, so the offer is taken back here, and what was
        # said under the field ("no company is named …") is said again (now nothing)
        self._offer_new()
        for callback in self._changed:
            callback()
        self.combo.setFocus()


class RefsInput(FieldInput):
    """A list of chosen records, with a completing combo box to add more: Enter or
    "Add" adds the record the box names exactly (as ``RefInput`` takes a name). Text
    left in the box, not added, is a problem: the editor does not save without it."""

    def __init__(self, editor: EditorHost, f: Field) -> None:
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
        _sized(self.pick)
        self.add = QPushButton(tr("Add", editor.lang))
        self.remove = QPushButton(tr("Remove", editor.lang))
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.pick.lineEdit().returnPressed.connect(self._add)
        self.pick.currentTextChanged.connect(lambda _text: self._notify())
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
        found = records_named(self.editor, self.field, self.titles, self.pick,
                              self.pick.currentText())
        if len(found) != 1:
            self._notify()  # the problem is said under the field
            return
        (rid,) = found
        if rid not in self.get():
            row = self.titles.row_of_id(rid)
            self._append(rid, self.titles.items[row][1] if row >= 0
                         else self.editor.title_of(rid))
        self.pick.setCurrentIndex(0)
        self.pick.setEditText("")
        self._notify()

    def problem(self) -> FieldError | None:
        """Text typed in the box and not added: saving would drop it without a word."""
        text = " ".join(self.pick.currentText().split())
        if not text:
            return None
        found = records_named(self.editor, self.field, self.titles, self.pick,
                              self.pick.currentText())
        lang = self.editor.lang
        if len(found) == 1:
            said = tr("“{name}” is not added yet: press Enter or “Add”, or clear the "
                      "box.", lang).format(name=text)
        else:
            said = unmatched_problem(self.editor, self.field, self.titles, text, found)
        return FieldError(self.field.name, "not_added", en=said, ko=said)

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
