"""A bar across the top of a window: what the person must know now, without a dialog
to dismiss first — a case log open read-only, a file that could not be opened, a file
that turned out to be an older copy of itself (``Desk.notices``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from officer_desk.gui.texts import tr

#: (background, border) of each kind of notice; the text is always dark on it, so it
#: reads the same in a light and a dark palette.
STYLES = {
    "read_only": ("#fff4ce", "#c19c00"),
    "problem": ("#fde7e9", "#b00020"),
    "notice": ("#fff4ce", "#c9a227"),
}


class NoticeBar(QFrame):
    """Hidden until ``show_notice``; a problem or a notice can be closed, the read-only
    notice stays. ``on_close`` runs when the person closes it (a notice said once)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self._on_close: Callable[[], None] | None = None
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(tr("Close this message"))
        self.close_button.clicked.connect(self.close_notice)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notice(self, text: str, kind: str = "problem",
                    on_close: Callable[[], None] | None = None) -> None:
        background, border = STYLES[kind]
        self.kind = kind
        self.setObjectName(f"notice_{kind}")
        self.setStyleSheet(
            f"NoticeBar {{ background: {background}; border: 1px solid {border}; "
            f"border-radius: 3px; }} QLabel {{ color: #1b1b1b; background: transparent; }}")
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.close_button.setVisible(kind != "read_only")
        self._on_close = on_close
        self.show()

    def close_notice(self) -> None:
        self.hide()
        if self._on_close is not None:
            self._on_close()
            self._on_close = None

    def text(self) -> str:
        """What the bar says ("" while it is hidden)."""
        return "" if self.isHidden() else self.label.text()


def demo_bar() -> NoticeBar:
    """The demo database's bar: what it is, and the way to a case log of one's own (the
    first start opens the demo: ``Session.start``)."""
    bar = NoticeBar()
    bar.show_notice(tr(
        "This is the demo database: made-up records to look around, not for real "
        "cases. To keep your own case log, choose File → New case log… "
        "(Ctrl+Shift+N), or File → Open… for the file you were given."), "notice")
    return bar
