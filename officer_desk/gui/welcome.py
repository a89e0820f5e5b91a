"""The welcome screen: the window when no case log is open (KeePassXC and Anki are
the model). New case log…, Open…, the demo database, and the files opened last — each
opened with Enter or a double click. What went wrong opening a file is said in the
bar at the top, and the screen stays.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officer_desk.gui.file_actions import CaseLogs, install_case_log_menu, recent_files
from officer_desk.gui.notice_bar import NoticeBar
from officer_desk.gui.texts import tr


class WelcomeWindow(QMainWindow):
    """No case log is open: make one, open one, or try the demo."""

    def __init__(self, case_logs: CaseLogs, lang: str, *, open_demo=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_logs, self.lang = case_logs, lang
        self.setWindowTitle("Officer Desk")
        self.notice = NoticeBar()

        title = QLabel("Officer Desk")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(tr("The case log of Korea's overseas patent officers: disputes, "
                          "engagements, trend notes, conferences and deadlines, kept in "
                          "a file on this computer that works offline."))
        intro.setWordWrap(True)
        self.new_button = QPushButton(tr("New case log…"))
        self.open_button = QPushButton(tr("Open a case log…"))
        self.demo_button = QPushButton(tr("Try the demo database"))
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(button.sizeHint().height() * 2)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(lambda: case_logs.new_case_log(self))
        self.open_button.clicked.connect(lambda: case_logs.choose_and_open(self))
        self.demo_button.setVisible(open_demo is not None)
        if open_demo is not None:
            self.demo_button.clicked.connect(lambda: open_demo(self))

        self.recent_title = QLabel(tr("Opened recently"))
        self.recent = QListWidget()
        self.recent.itemActivated.connect(self._recent_chosen)
        self.no_recent = QLabel(tr("Nothing opened yet: make a new case log, open the "
                                   "file you were given, or try the demo database."))
        self.no_recent.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        column = QVBoxLayout()
        column.addWidget(self.notice)
        column.addSpacing(12)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.recent_title)
        column.addWidget(self.recent, 1)
        column.addWidget(self.no_recent)
        column.addStretch(0)
        body = QWidget()
        body.setLayout(column)
        body.setMaximumWidth(760)
        outer = QHBoxLayout()
        outer.addStretch(1)
        outer.addWidget(body, 4)
        outer.addStretch(1)
        central = QWidget()
        central.setLayout(outer)
        self.setCentralWidget(central)

        install_case_log_menu(self, case_logs)
        file_menu = self.menuBar().actions()[0].menu()
        file_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.fill_recent()
        self.resize(900, 600)
        self.new_button.setFocus()

    def fill_recent(self) -> None:
        """The files opened last, latest first: name, then its folder; one that is gone
        says so."""
        self.recent.clear()
        files = recent_files()
        for path in files:
            gone = not path.exists()
            text = f"{path.name}    {path.parent}"
            if gone:
                text += f"    {tr('(not found)')}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            if gone:
                item.setForeground(self.palette().placeholderText())
            self.recent.addItem(item)
        self.recent.setVisible(bool(files))
        self.recent_title.setVisible(bool(files))
        self.no_recent.setVisible(not files)
        if files:  # the first that is still there
            self.recent.setCurrentRow(next(
                (n for n, path in enumerate(files) if path.exists()), 0))

    def show_problem(self, text: str) -> None:
        self.notice.show_notice(text, "problem")

    def _recent_chosen(self, item: QListWidgetItem) -> None:
        self.case_logs.open_path(Path(item.data(Qt.ItemDataRole.UserRole)), self)
