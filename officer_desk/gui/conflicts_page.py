"""The Conflicts page: values a merge had to choose between, settled by a person.

The list shows every open conflict (resolved ones on request); the selected one's
fields are shown side by side, ours (this database before the merge) and theirs (the
package's), with who wrote each and which package brought it. The person keeps ours,
keeps theirs, or types the value to keep (e.g. both texts combined); a typed value that
would be stored otherwise (spaces at its ends, a line break in a one-line field, an item
given twice) is first put in its box as it will be stored, with what changed under it,
and Save waits for the next press, as the editor does. The services store it as an
ordinary edit, so the record's history shows it, and mark the conflict
resolved (it stays listed under "Show resolved").
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.fields import JSON_TYPES, FieldType
from officer_desk.domain.kinds import RecordKind, kind_named
from officer_desk.domain.messages import Both
from officer_desk.domain.records import Record
from officer_desk.domain.tidying import Tidied, tidy_changes
from officer_desk.gui import messages
from officer_desk.gui.inputs import parse_parties, party_line
from officer_desk.gui.tables import read_only_item, row_table
from officer_desk.gui.texts import N_, problem_text, tr
from officer_desk.services import display
from officer_desk.services import records as record_service
from officer_desk.services.conflicts import (
    EDITED,
    ConflictEntry,
    ConflictMovedOn,
    list_conflicts,
    resolve_conflict,
)
from officer_desk.services.desk import Desk
from officer_desk.services.import_log import package_file
from officer_desk.sync.keys import find_key

#: Field types whose two sides are offered combined in the edit dialog.
TEXT_TYPES = (FieldType.TEXT, FieldType.LONGTEXT)

#: ``ask_values(parent, entry, record, lang) -> values or None``: how the edited value
#: is asked for (tests replace it).
AskValues = Callable[[QWidget, ConflictEntry, Record, str], "dict[str, Any] | None"]


def show(value: Any) -> str:
    """A stored value as text (a date as 2024-04-02, lists and objects as JSON, nothing
    as empty): a record's date is a ``datetime.date``, which JSON cannot write."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def shown_in(desk: Desk, kind: RecordKind | None, name: str, value: Any, lang: str) -> str:
    """A side's value as the person reads it: a term's label in ``lang`` (not its code),
    a linked record's title, an amount with separators, a list one item after another;
    ``show`` for what no field of ``kind`` describes."""
    if kind is None or not kind.has_field(name) or value in (None, "", []):
        return show(value)
    f = kind.field(name)
    titles = display.titles_marking_deleted(desk, display.linked_ids(f, value)) if f.type in (
        FieldType.REF, FieldType.LINK, FieldType.REFS) else None
    try:
        return display.format_value(f, value, desk.vocab, lang, check_marks=False,
                                    titles=titles) or show(value)
    except (TypeError, ValueError, AttributeError, KeyError):  # a side of another shape
        return show(value)


def combined(ours: Any, theirs: Any, between: str = "\n\n") -> str:
    """Both sides of a text as one, for the person to edit (one side if they agree);
    a one-line field's sides are joined on one line (``between`` " / "), since line
    breaks in it would be stored as spaces."""
    a, b = show(ours).strip(), show(theirs).strip()
    if not a or a == b:
        return b
    if not b:
        return a
    return f"{a}{between}{b}"


class EditConflictDialog(QDialog):
    """Type the value to keep for each field of a conflict (both sides shown)."""

    def __init__(self, entry: ConflictEntry, record: Record, lang: str,
                 parent: QWidget | None = None, *, desk: Desk | None = None):
        """``desk``: the sides are shown as the person reads them (``shown_in``)."""
        super().__init__(parent)
        self.entry, self.record, self.lang, self.desk = entry, record, lang, desk
        self.setWindowTitle(tr("Edit the value to keep"))
        self.inputs: dict[str, QPlainTextEdit] = {}
        #: under each box: what was changed in it to show it as it will be stored
        self.tidied: dict[str, QLabel] = {}
        form = QFormLayout()
        kind = record.kind
        for name in self.field_names():
            f = kind.field(name)
            ours, theirs = entry.ours.get(name), entry.theirs.get(name)
            def said(value: Any, name: str = name) -> str:
                if desk is None:
                    return show(value)
                return shown_in(desk, kind, name, value, lang)

            both = QLabel(f"{tr('Ours')}: {said(ours) or '—'}\n"
                          f"{tr('Theirs')}: {said(theirs) or '—'}")
            both.setWordWrap(True)
            both.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            both.setStyleSheet("color: #555")
            text = QPlainTextEdit()
            now = record.values.get(name)
            if f.type is FieldType.VOCAB and f.vocab and desk is not None and now:
                now = desk.vocab.label(f.vocab, now, lang)  # taken back by its label
            between = " / " if f.type is FieldType.TEXT else "\n\n"
            text.setPlainText(combined(ours, theirs, between) if f.type in TEXT_TYPES
                              else self.as_text(name, now))
            text.setTabChangesFocus(True)
            text.setMinimumHeight(70 if f.type is FieldType.LONGTEXT else 40)
            text.setObjectName(f"value_{name}")
            note = QLabel()
            note.setWordWrap(True)
            note.setStyleSheet("color: #8a5a00")
            note.setObjectName(f"tidied_{name}")
            note.hide()
            form.addRow(f.label(lang), both)
            form.addRow("", text)
            form.addRow("", note)
            self.inputs[name] = text
            self.tidied[name] = note
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Type the value to keep; it is saved as an edit of "
                                   "the record.")))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 200 + 120 * len(self.inputs))

    def field_names(self) -> list[str]:
        """The conflict's fields the record has (not "deleted": editing keeps it)."""
        kind = self.record.kind
        names = self.entry.fields or sorted(set(self.entry.ours) | set(self.entry.theirs))
        return [n for n in names if n != "deleted" and kind.has_field(n)
                and kind.field(n).type is not FieldType.BLOB]

    def accept(self) -> None:
        """Save: when a typed value would be stored otherwise than it is shown, it is
        put in its box as it will be stored, with what changed under it, and the dialog
        stays open for the person to check it and save again."""
        if not self.show_tidied():
            super().accept()

    def show_tidied(self) -> list[Tidied]:
        """Put each value that would be stored otherwise as it will be stored, and say
        under it what changed and why; the changes (none: each is stored as shown)."""
        for note in self.tidied.values():
            note.hide()
        kind = self.record.kind
        found = tidy_changes(kind, {n: v for n, v in self.values().items() if v is not None})
        for t in found:
            f = kind.field(t.field)
            self.inputs[t.field].setPlainText(self.as_text(t.field, t.stored))
            self.tidied[t.field].setText(t.text(Both(f.en, f.ko)).message(self.lang))
            self.tidied[t.field].show()
        if found:
            self.problem.setText(tr("Some values are now shown as they will be stored, "
                                    "with what changed under them. Check them and save "
                                    "again."))
            self.inputs[found[0].field].setFocus()
        else:
            self.problem.clear()
        return found

    def as_text(self, name: str, value: Any) -> str:
        """A value in its box as the record's editor shows it: a list as "a; b", the
        parties one "name [type]" a line (they were JSON, and a party typed as the
        editor takes one, "A LLC [NPE]", was stored as a name with no type); anything
        else as ``show`` writes it."""
        f = self.record.kind.field(name)
        if f.type is FieldType.STRINGS and isinstance(value, list):
            return "; ".join(str(item) for item in value)
        if f.type is FieldType.PARTIES and isinstance(value, list):
            lines = []
            for party in value:
                code = party.get("type")
                label = (self.desk.vocab.label("counterparty_type", code, self.lang)
                         if code and self.desk is not None else code)
                lines.append(party_line(party.get("name") or "", label or ""))
            return "\n".join(lines)
        return show(value)

    def values(self) -> dict[str, Any]:
        """What was typed, as the services take it (a list split at ";" or a line
        break, parties read as the editor reads them, other JSON fields parsed; a box
        of only spaces is no value). Nothing is tidied here: ``accept`` shows what
        would be."""
        out: dict[str, Any] = {}
        for name, text in self.inputs.items():
            typed = text.toPlainText()
            typed = typed if typed.strip() else ""
            field_type = self.record.kind.field(name).type
            if field_type is FieldType.STRINGS:
                out[name] = [item.strip() for item in re.split(r"[;\n]", typed)
                             if item.strip()] or None
                continue
            if field_type is FieldType.PARTIES:
                out[name] = parse_parties(typed) or None
                continue
            if field_type in JSON_TYPES and typed:
                try:
                    out[name] = json.loads(typed)
                    continue
                except ValueError:
                    pass
            out[name] = typed or None
        return out


def ask_edited_values(parent: QWidget, entry: ConflictEntry, record: Record,
                      lang: str) -> dict[str, Any] | None:
    dialog = EditConflictDialog(entry, record, lang, parent,
                                desk=getattr(parent, "desk", None))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values() if dialog.inputs else {"deleted": False}
    finally:
        dialog.deleteLater()


class ConflictsPage(QWidget):
    """Open conflicts, both sides of the chosen one, and keep ours / theirs / edit."""

    HEADERS = (N_("Kind"), N_("Record"), N_("Fields"), N_("Applied"), N_("From post"),
               N_("Package"), N_("Signer"), N_("Detected"), N_("Resolved"))
    #: which side the merge applied, and how a conflict was settled (services.conflicts)
    WORDS = (N_("ours"), N_("theirs"), N_("kept ours"), N_("kept theirs"), N_("edited"),
             N_("superseded"), N_("same value"))
    #: a conflict was settled (the lists and the navigation follow)
    changed = Signal()
    openRecordRequested = Signal(str)

    def __init__(self, desk: Desk, lang: str = "ko", parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.lang = desk, lang
        self.ask_values: AskValues = ask_edited_values
        self.entries: list[ConflictEntry] = []
        self.table = row_table([tr(h) for h in self.HEADERS])
        self.show_resolved = QCheckBox(tr("Show resolved"))
        self.show_resolved.toggled.connect(self.refresh)
        self.count = QLabel()
        self.sides = row_table([tr("Field"), tr("Ours"), tr("Theirs")])
        self.sides.setWordWrap(True)
        self.sides.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.sides.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.sides.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_ours = QPushButton(tr("Keep ours"))
        self.keep_theirs = QPushButton(tr("Keep theirs"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.open_button = QPushButton(tr("Open record"))
        self.keep_ours.clicked.connect(lambda: self.keep("ours"))
        self.keep_theirs.clicked.connect(lambda: self.keep("theirs"))
        self.edit_button.clicked.connect(self.edit)
        self.open_button.clicked.connect(self._open_record)

        bar = QHBoxLayout()
        title = QLabel(f"<b>{tr('Conflicts')}</b>")
        bar.addWidget(title)
        bar.addWidget(self.show_resolved)
        bar.addStretch(1)
        bar.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.keep_ours, self.keep_theirs, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.who)
        lower_layout.addWidget(self.sides, 1)
        lower_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setSizes([200, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(lambda _index: self._open_record())
        self.refresh()

    # -- the list ------------------------------------------------------------------------

    def _title(self, record_id: str) -> str:
        try:
            return record_service.get(self.desk, record_id).title(self.lang)
        except OfficerDeskError:
            return record_id[:8]

    def _signer(self, fingerprint: str | None) -> str:
        if not fingerprint:
            return ""
        key = find_key(self.desk, fingerprint)
        if key is not None and key.officer:
            return f"{key.officer} ({fingerprint[:14]}…)"
        return fingerprint[:14] + "…"

    def _kind_label(self, entry: ConflictEntry) -> str:
        try:
            label = kind_named(entry.kind).label(self.lang)
        except (KeyError, ValueError):
            label = entry.kind
        return f"{label} · {tr('deleted on one side')}" if entry.reason == "delete" else label

    def _field_labels(self, entry: ConflictEntry) -> str:
        try:
            kind = kind_named(entry.kind)
        except (KeyError, ValueError):
            return ", ".join(entry.fields)
        return ", ".join(kind.field(n).label(self.lang) if kind.has_field(n) else n
                         for n in entry.fields)

    def refresh(self) -> None:
        """Read the conflicts again, keeping the selected one selected if still listed."""
        if self.desk.closed:
            return
        chosen = self.selected()
        self.entries = list_conflicts(self.desk,
                                      include_resolved=self.show_resolved.isChecked())
        self.table.setRowCount(len(self.entries))
        for row, c in enumerate(self.entries):
            resolved = (f"{tr(c.resolution or '')} ({c.resolved_by}, {c.resolved_at[:16]})"
                        if c.resolved_at else "")
            package = package_file(self.desk, c.package_id) if c.package_id else None
            values = [self._kind_label(c), self._title(c.record_id), self._field_labels(c),
                      tr(c.kept), c.package_post or "", package or (c.package_id or "")[:8],
                      self._signer(c.signer), c.detected_at[:16].replace("T", " "), resolved]
            for col, value in enumerate(values):
                self.table.setItem(row, col, read_only_item(value))
        self.table.resizeColumnsToContents()
        open_ = sum(c.open for c in self.entries)
        self.count.setText(tr("{count} open").format(count=open_))
        again = next((n for n, c in enumerate(self.entries)
                      if chosen is not None and c.id == chosen.id), -1)
        if again >= 0:
            self.table.selectRow(again)
        self._show_selected()

    def selected(self) -> ConflictEntry | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.entries[row] if row < len(self.entries) else None

    # -- the chosen one, side by side ----------------------------------------------------

    def _show_selected(self) -> None:
        entry = self.selected()
        enabled = entry is not None and entry.open
        for button in (self.keep_ours, self.keep_theirs, self.edit_button):
            button.setEnabled(enabled)
        self.open_button.setEnabled(entry is not None)
        if entry is None:
            self.sides.setRowCount(0)
            self.who.setText(tr("Choose a conflict to see both values."))
            return
        here = tr("HQ") if self.desk.is_hq else self.desk.home_post
        package = (package_file(self.desk, entry.package_id) if entry.package_id
                   else None) or (entry.package_id or "?")[:8]
        applied = tr("ours") if entry.kept == "ours" else tr("theirs")
        self.who.setText(
            tr("Ours: this database ({here}) before the merge.\n"
               "Theirs: package {package} from {post}, signed by {signer}.\n"
               "The merge applied {applied}.").format(
                here=here, package=package, post=entry.package_post or "?",
                signer=self._signer(entry.signer) or "?", applied=applied))
        try:
            kind = kind_named(entry.kind)
        except (KeyError, ValueError):
            kind = None
        names = list(entry.fields) or sorted(set(entry.ours) | set(entry.theirs))
        if entry.reason == "delete" and "deleted" not in names:
            names.insert(0, "deleted")
        self.sides.setRowCount(len(names))
        for row, name in enumerate(names):
            if name == "deleted":
                label = tr("Deleted")
            elif kind is not None and kind.has_field(name):
                label = kind.field(name).label(self.lang)
            else:
                label = name
            self.sides.setItem(row, 0, read_only_item(label))
            for col, side in ((1, entry.ours), (2, entry.theirs)):
                value = side.get(name)
                text = (tr("deleted") if value else tr("not deleted")) if name == "deleted" \
                    else shown_in(self.desk, kind, name, value, self.lang)
                self.sides.setItem(row, col, read_only_item(text, tooltip=True))

    # -- settling ------------------------------------------------------------------------

    def keep(self, side: str) -> bool:
        entry = self.selected()
        if entry is None:
            return False
        return self._resolve(entry, side, None)

    def edit(self) -> bool:
        """Ask for the value to keep, then store it and mark the conflict resolved."""
        entry = self.selected()
        if entry is None or not entry.open:
            return False
        try:
            record = record_service.get(self.desk, entry.record_id)
        except OfficerDeskError as e:
            messages.show_problem(self, tr("Conflicts"), problem_text(e))
            return False
        values = self.ask_values(self, entry, record, self.lang)
        if not values:
            return False
        return self._resolve(entry, EDITED, values)

    def _resolve(self, entry: ConflictEntry, keep: str, values: dict[str, Any] | None
                 ) -> bool:
        """Settle it; if the record changed since the conflict was found, say what it
        holds now and ask before replacing that."""
        try:
            try:
                resolve_conflict(self.desk, entry.id, keep, values)
            except ConflictMovedOn as e:
                question = tr("{problem}\n\nReplace the current value anyway?").format(
                    problem=e.message(self.lang))
                if not messages.ask(self, tr("Conflicts"), question):
                    return False
                resolve_conflict(self.desk, entry.id, keep, values, force=True)
        except OfficerDeskError as e:
            messages.show_problem(self, tr("Conflicts"), e.message(self.lang))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def _open_record(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.openRecordRequested.emit(entry.record_id)
