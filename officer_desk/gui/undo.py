"""Undo and redo of creating, editing, deleting and restoring records.

Each command is made *after* its change was made through the services (so the editor
can show the services' field messages first), then pushed onto the window's
``QUndoStack``: the first ``redo`` that ``push`` calls does nothing. Undo and redo call
the services again: undoing a creation deletes the record (a tombstone) and redoing it
restores it; an edit is undone by writing the old values back; a deletion by restoring.

Before acting, a command checks that the record is as it left it (nobody edited the
same fields since, e.g. a merged package, and it was not deleted or restored
meanwhile). If not, or if the services refuse (another post's record, a read-only
database), the person gets a message and the command is dropped from the stack
(``setObsolete``), so the commands before and after it stay usable.
"""

from __future__ import annotations

from abc import ABCMeta, abstractmethod
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.records import Change, Record
from officer_desk.gui import messages
from officer_desk.gui.texts import N_, tr
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk

#: Longest record title shown in a command's text.
TITLE_CHARS = 40

#: ``done(record_id)``: what the window does after a command changed a record.
Done = Callable[[str], None]


class Refused(OfficerDeskError):
    """The record is no longer as the command left it."""


def command_text(action: str, record: Record, lang: str) -> str:
    """``Edit dispute “Hanbit v. Voltaic”`` (Korean: ``분쟁 “…” 수정``)."""
    title = record.title(lang)
    if len(title) > TITLE_CHARS:
        title = title[: TITLE_CHARS - 1] + "…"
    kind = record.kind.label(lang)
    return tr(action).format(kind=kind if lang == "ko" else kind.lower(), title=title)


class _CommandMeta(type(QUndoCommand), ABCMeta):  # type: ignore[misc]
    """Lets a QUndoCommand subclass declare abstract methods."""


class RecordCommand(QUndoCommand, metaclass=_CommandMeta):
    """One change to one record; subclasses say how to undo and redo it."""

    #: "{kind}"/"{title}" template of the command's text (translated by ``tr``)
    action = ""

    def __init__(self, desk: Desk, record: Record, lang: str, *, parent: QWidget | None = None,
                 done: Done | None = None) -> None:
        text = command_text(self.action, record, lang)
        # after "\n": the Edit menu's words, where "&" marks a shortcut letter ("Johnson
        # & Johnson" read "Johnson  Johnson", the J underlined); "&&" shows one "&"
        super().__init__(f"{text}\n{text.replace('&', '&&')}")
        self.desk, self.record_id, self.lang = desk, record.id, lang
        self.parent_widget = parent
        self.done = done
        #: the last problem (shown to the person); None after a successful undo/redo
        self.problem: str | None = None
        self._pushed = False

    # -- QUndoCommand -------------------------------------------------------------------

    def redo(self) -> None:
        if not self._pushed:  # push() calls redo(): the change is already made
            self._pushed = True
            return
        self._run(self.do_redo, tr("Redo"))

    def undo(self) -> None:
        self._run(self.do_undo, tr("Undo"))

    # -- for subclasses -----------------------------------------------------------------

    @abstractmethod
    def do_undo(self) -> None:
        """Reverse the change through the services (raise OfficerDeskError if refused)."""

    @abstractmethod
    def do_redo(self) -> None:
        """Make the change again through the services."""

    def current(self) -> Record:
        return record_service.get(self.desk, self.record_id)

    def expect_deleted(self, deleted: bool) -> Record:
        record = self.current()
        if record.deleted != deleted:
            raise Refused(tr("The record was deleted meanwhile.") if record.deleted
                          else tr("The record was restored meanwhile."))
        return record

    # -- inside -------------------------------------------------------------------------

    def _run(self, step: Callable[[], None], title: str) -> None:
        self.problem = None
        try:
            step()
        except OfficerDeskError as e:
            message = e.message(self.lang)
            self.problem = tr("“{what}” cannot be done: {reason}").format(
                what=self.text(), reason=message)
            self.setObsolete(True)  # the stack drops this command, the others stay
            messages.show_problem(self.parent_widget, title, self.problem)
        if self.done is not None:  # the list follows (also what changed meanwhile)
            self.done(self.record_id)


class _DeletedFlagCommand(RecordCommand):
    """A record was deleted or restored (or created): undo and redo flip that back."""

    #: whether the change left the record deleted
    deleted_after = False

    def do_undo(self) -> None:
        self._set_deleted(not self.deleted_after)

    def do_redo(self) -> None:
        self._set_deleted(self.deleted_after)

    def _set_deleted(self, deleted: bool) -> None:
        self.expect_deleted(not deleted)
        if deleted:
            record_service.delete(self.desk, self.record_id)
        else:
            record_service.restore(self.desk, self.record_id)


class CreateCommand(_DeletedFlagCommand):
    """A record was created: undo deletes it (a tombstone), redo restores it."""

    action = N_("Create {kind} “{title}”")


class DeleteCommand(_DeletedFlagCommand):
    """A record was deleted: undo restores it, redo deletes it again."""

    action = N_("Delete {kind} “{title}”")
    deleted_after = True


class RestoreCommand(_DeletedFlagCommand):
    """A deleted record was restored: undo deletes it again, redo restores it."""

    action = N_("Restore {kind} “{title}”")


class EditCommand(RecordCommand):
    """Fields of a record were changed: undo writes the old values back, redo the new."""

    action = N_("Edit {kind} “{title}”")

    def __init__(self, desk: Desk, record: Record, change: Change, lang: str, **kwargs: Any
                 ) -> None:
        super().__init__(desk, record, lang, **kwargs)
        changes = change.fields.get(record.id, [])
        self.old: dict[str, Any] = {c.field: c.old for c in changes}
        self.new: dict[str, Any] = {c.field: c.new for c in changes}

    def do_undo(self) -> None:
        self._write(expected=self.new, values=self.old)

    def do_redo(self) -> None:
        self._write(expected=self.old, values=self.new)

    def _write(self, *, expected: dict[str, Any], values: dict[str, Any]) -> None:
        record = self.expect_deleted(False)
        changed = [name for name, value in expected.items()
                   if record.values.get(name) != value]
        if changed:
            labels = ", ".join(record.kind.field(n).label(self.lang) for n in changed)
            raise Refused(tr("It was changed meanwhile ({fields}).").format(fields=labels))
        record_service.update(self.desk, self.record_id, values)
