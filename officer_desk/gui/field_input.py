"""A record editor's input for one field, and what it may ask of the editor.

Each input owns its widget(s), shows a stored value (``set``), gives back what the
services take (``get``) and says what is already wrong with what was typed
(``problem``). Inputs know the editor only as an ``EditorHost`` (not the editor's
class), so ``editor`` imports the inputs and not the other way round.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from officer_desk.domain.errors import FieldError
from officer_desk.domain.fields import Field
from officer_desk.domain.kinds import RecordKind
from officer_desk.gui.title_model import TitleModel
from officer_desk.services.desk import Desk


class EditorHost(Protocol):
    """What an input uses of the editor around it (``editor.RecordEditor``)."""

    desk: Desk
    lang: str
    readonly: bool

    def titles(self, kind_name: str) -> TitleModel:
        """The titles of a kind's records, read once per editor."""

    def title_of(self, record_id: str) -> str:
        """A record's title in the editor's language."""

    def child_editor(self, kind: RecordKind, *, initial: dict[str, Any]) -> Any:
        """A new ``kind`` record's editor over this one (a ``RecordEditor``)."""


class FieldInput(ABC):
    """A field's widget(s): ``get`` gives the value to hand to the services."""

    widget: QWidget
    editable = True

    def __init__(self, editor: EditorHost, f: Field) -> None:
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
