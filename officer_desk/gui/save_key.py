"""Ctrl+S inside an editor's completion list saves the editor, as it does in a field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class SaveKeyInPopup(QObject):
    """An event filter for an editor's completion lists: Ctrl+S there closes the list,
    keeps what is typed (nothing highlighted in the list is chosen by it) and saves."""

    def __init__(self, editor: QObject, save: Callable[[], object]) -> None:
        super().__init__(editor)
        self.save = save

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        if not event.matches(QKeySequence.StandardKey.Save):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key press comes here, not to a shortcut
            return True
        if isinstance(watched, QWidget):
            watched.hide()
        self.save()
        return True
