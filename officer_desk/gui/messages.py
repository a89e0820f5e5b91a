"""The two questions the window puts to a person in a message box.

Module functions, called as ``messages.ask(...)`` and ``messages.show_problem(...)``,
so that tests replace them in one place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; No is the default button."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_problem(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person about a problem they can act on."""
    QMessageBox.warning(parent, title, text)
