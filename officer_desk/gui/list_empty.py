"""What a list says instead of an empty table: why it is empty, and what to do next.

A list narrowed to nothing (a search, a filter) says that no records match and offers
to clear the search and filters (Esc in the search box does the same). A kind with no
records at all says so and offers the next steps: New (Ctrl+N), Import a spreadsheet,
or open the demo database to look around.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from officer_desk.gui.texts import tr
from officer_desk.services.queries import ListQuery


def narrowed(query: ListQuery) -> bool:
    """Whether a search, a filter or a view narrows the list."""
    return bool(query.text or query.where or query.posts or query.date_from
                or query.date_to or query.only_deleted)


class EmptyList(QWidget):
    """Shown in place of a list's table while the list has no rows."""

    clearRequested = Signal()
    newRequested = Signal()
    importRequested = Signal()
    demoRequested = Signal()

    def __init__(self, kind_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_label = kind_label
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the search typed
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.clear_button = QPushButton(tr("Clear the search and filters"))
        self.new_button = QPushButton(tr("New {kind}").format(kind=kind_label))
        self.import_button = QPushButton(tr("Import a spreadsheet…"))
        self.demo_button = QPushButton(tr("Open the demo database"))
        self.clear_button.clicked.connect(self.clearRequested)
        self.new_button.clicked.connect(self.newRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        buttons = QHBoxLayout()
        for button in (self.clear_button, self.new_button, self.import_button,
                       self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addLayout(buttons)
        column.addStretch(2)
        column.setContentsMargins(24, 12, 24, 12)
        #: whether "Import…" and "Open the demo" can be offered (the window decides)
        self.can_import = False
        self.can_open_demo = False

    def show_for(self, query: ListQuery, *, can_create: bool) -> None:
        """Say why a list showing ``query`` is empty, and what to do next."""
        if narrowed(query):
            self.show_no_match(query.text)
        else:
            self.show_nothing_yet(can_create)

    def show_no_match(self, text: str | None) -> None:
        """A search or filter left nothing."""
        self.title.setText(tr("No records match “{text}”").format(text=text) if text
                           else tr("No records match these filters"))
        self.text.setText(tr("Check the spelling, search in the other language, or clear "
                             "the search and filters (Esc) to see every record."))
        self._offer(clear=True)

    def show_nothing_yet(self, can_create: bool) -> None:
        """The kind has no records at all."""
        self.title.setText(tr("No {kind} records yet").format(kind=self.kind_label))
        steps = []
        if can_create:
            steps.append(tr("Add the first with New (Ctrl+N)"))
        if self.can_import:
            steps.append(tr("Bring in the spreadsheet you keep with Import"))
        if self.can_open_demo:
            steps.append(tr("Open the demo database to look around"))
        self.text.setText("\n".join([tr("To begin:"), *(f"•  {step}" for step in steps)])
                          if steps else tr("This case log is open for reading only."))
        self._offer(new=can_create, import_=self.can_import, demo=self.can_open_demo)

    def _offer(self, *, clear: bool = False, new: bool = False, import_: bool = False,
               demo: bool = False) -> None:
        self.clear_button.setVisible(clear)
        self.new_button.setVisible(new)
        self.import_button.setVisible(import_)
        self.demo_button.setVisible(demo)

    def first_button(self) -> QPushButton | None:
        for button in (self.clear_button, self.new_button, self.import_button,
                       self.demo_button):
            if not button.isHidden():
                return button
        return None
