"""The two questions the window puts to a person in a message box.

Module functions, called as ``messages.ask(...)`` and ``messages.show_problem(...)``,
so that tests replace them in one place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from officer_desk.gui.texts import problem_text


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; No is the default button."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_problem(parent: QWidget | None, title: str, text: str | BaseException) -> None:
    """Tell the person about a problem they can act on.

    Given the error itself, the message shown is the one in the window's language (a
    service error carries English and Korean; ``str()`` of it is English only).
    """
    if isinstance(text, BaseException):
        text = problem_text(text)
    QMessageBox.warning(parent, title, text)
