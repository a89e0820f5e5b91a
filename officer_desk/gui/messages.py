"""The questions the window puts to a person in a message box.

Module functions, called as ``messages.ask(...)`` and ``messages.show_problem(...)``,
so that tests replace them in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from officer_desk.gui.texts import problem_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# QMessageBox is imported when a box is shown: PySide6 makes a Qt class (and its
# enums) the first time it is named, and the window's start shows none


def as_written(text: str) -> str:
    """A box's text shown as written: a box takes text that looks like HTML for rich
    text, and the texts here hold records' titles and what was typed ("Q2 <b>video</b>
    conference" lost its tags, and every line of the question ran into one)."""
    from officer_desk.gui.tables import plain_tip

    return plain_tip(text) or text


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; No is the default button."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent, title, as_written(text),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person something done that they should know (an information box)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, as_written(text))


def show_problem(parent: QWidget | None, title: str, text: str | BaseException) -> None:
    """Tell the person about a problem they can act on.

    Given the error itself, the message shown is the one in the window's language (a
    service error carries English and Korean; ``str()`` of it is English only).
    """
    if isinstance(text, BaseException):
        text = problem_text(text)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, as_written(text))
