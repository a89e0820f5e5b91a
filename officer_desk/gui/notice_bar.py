"""A bar across the top of a window: what the person must know now, without a dialog
to dismiss first — a case log open read-only, a file that could not be opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from officer_desk.gui.texts import tr

#: (background, border) of each kind of notice; the text is always dark on it, so it
#: reads the same in a light and a dark palette.
STYLES = {
    "read_only": ("#fff4ce", "#c19c00"),
    "problem": ("#fde7e9", "#b00020"),
}


class NoticeBar(QFrame):
    """Hidden until ``show_notice``; a problem can be closed, the read-only notice stays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(tr("Close this message"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notice(self, text: str, kind: str = "problem") -> None:
        background, border = STYLES[kind]
        self.kind = kind
        self.setObjectName(f"notice_{kind}")
        self.setStyleSheet(
            f"NoticeBar {{ background: {background}; border: 1px solid {border}; "
            f"border-radius: 3px; }} QLabel {{ color: #1b1b1b; background: transparent; }}")
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.close_button.setVisible(kind == "problem")
        self.show()

    def text(self) -> str:
        """What the bar says ("" while it is hidden)."""
        return "" if self.isHidden() else self.label.text()
