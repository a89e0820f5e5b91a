"""What to do next when there is nothing to show: a sentence and the ways forward.

An empty chart or an empty deadline table on a new case log must not just be blank:
it says so and offers what an officer can do — a new record (Ctrl+N), a spreadsheet
import, or the demo database to try things on (File → New case log… offers it). The
buttons only ask (``chosen``); the window does it (``MainWindow`` connects them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from officer_desk.gui.texts import N_, tr

#: (what ``chosen`` carries, the button's text, its tooltip)
STEPS: tuple[tuple[str, str, str], ...] = (
    ("new", N_("New record…"), N_("Ctrl+N: a new dispute, engagement, note …")),
    ("import", N_("Import a spreadsheet…"), N_("File → Import spreadsheet…")),
    ("demo", N_("Try the demo database…"),
     N_("File → New case log… offers a demo database of made-up records")),
)


def empty_case_log_text() -> str:
    """The sentence an empty chart shows (the buttons are under the deadlines)."""
    return tr("Nothing to count yet. Add a record (Ctrl+N), import a spreadsheet "
              "(File → Import spreadsheet…) or try the demo database (File → New case "
              "log…).")


class NextSteps(QWidget):
    """A sentence and a button per step; ``chosen`` names the step clicked."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for step, label, tip in STEPS:
            button = QPushButton(tr(label))
            button.setToolTip(tr(tip))
            button.clicked.connect(lambda _checked=False, step=step: self.chosen.emit(step))
            self.buttons[step] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(1)

    def say(self, text: str, steps: tuple[str, ...] = ("new", "import", "demo")) -> None:
        """Show ``text`` with the buttons of ``steps`` (others hidden)."""
        self.text.setText(text)
        for step, button in self.buttons.items():
            button.setVisible(step in steps)
