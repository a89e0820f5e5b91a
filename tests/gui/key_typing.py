"""Typing into real widgets as a person does, Korean included.

``QTest.keyClicks`` can only type ASCII (Qt aborts on a Hangul character, and on an
accented Latin one such as "é"), so any other text arrives as an input method delivers
it: each syllable as a committed ``QInputMethodEvent`` to the widget with the focus.
Everything else is a key press and release, as ``keyClicks`` sends it.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one character at a time."""
    for char in text:
        if ord(char) < 0x80:
            QTest.keyClicks(widget, char)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
