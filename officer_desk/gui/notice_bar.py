"""A bar above the window's pages saying what opening the database found that the
person must know (``Desk.notices``: the file is an older copy of itself), in the
window's language, until it is dismissed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from officer_desk.gui.texts import tr
from officer_desk.services.desk import Desk


class NoticeBar(QFrame):
    def __init__(self, desk: Desk, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("notice_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#notice_bar { background: #fff4ce; border: 1px solid #c9a227; }")
        self.label = QLabel("\n\n".join(n.message(lang) for n in desk.notices))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_button = QPushButton(tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

    def dismiss(self) -> None:
        """Said once: a window rebuilt later (another language) does not say it again."""
        self.desk.notices.clear()
        self.hide()
