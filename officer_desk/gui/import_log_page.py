"""The Import-log page: every package offered to this database, the latest first.

When, which file, from which post and signer, what the merge did (added, updated,
deleted, conflicts, refused rows) or why the package was refused. Read from
``services.import_log``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officer_desk.gui.tables import plain_tip
from officer_desk.gui.texts import N_, tr
from officer_desk.services.desk import Desk
from officer_desk.services.import_log import ImportEntry, list_imports
from officer_desk.sync.keys import find_key

#: The columns, in order (``row_texts`` gives a row's); numbers are right-aligned.
HEADERS: tuple[str, ...] = (
    N_("When"), N_("File"), N_("From post"), N_("Signer"), N_("Outcome"), N_("Added records"),
    N_("Updated records"), N_("Deleted records"), N_("Conflicts"), N_("Refused rows"),
    N_("Merged by"), N_("Reasons"),
)
#: a package's outcome (sync.merge)
OUTCOMES = (N_("merged"), N_("already merged"), N_("checked"), N_("refused"))
NUMBER_COLUMNS = frozenset(
    {"Added records", "Updated records", "Deleted records", "Conflicts", "Refused rows"})


class ImportLogPage(QWidget):
    """A table of the packages offered to this database."""

    def __init__(self, desk: Desk, lang: str = "ko", parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.lang = desk, lang
        self.entries: list[ImportEntry] = []
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(f"<b>{tr('Import log')}</b>"))
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.refresh()

    def _signer(self, fingerprint: str | None) -> str:
        if not fingerprint:
            return ""
        key = find_key(self.desk, fingerprint)
        short = fingerprint[:14] + "…"
        return f"{key.officer} ({short})" if key is not None and key.officer else short

    def row_texts(self, entry: ImportEntry) -> list[str]:
        merged = entry.outcome == "merged"

        def n(name: str) -> str:
            return f"{entry.count(name):,}" if merged else ""

        reasons = "; ".join(entry.reasons)
        return [
            entry.at[:16].replace("T", " "), entry.file_name or entry.package_id[:8],
            entry.post or "", self._signer(entry.signer), tr(entry.outcome), n("added"),
            n("updated"), n("deleted"), n("conflicts"),
            f"{entry.refused_rows:,}" if merged else "", entry.actor, reasons,
        ]

    def refresh(self) -> None:
        if self.desk.closed:
            return
        self.entries = list_imports(self.desk)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(self.row_texts(entry)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if HEADERS[column] in NUMBER_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if HEADERS[column] == "Reasons" and text:
                    item.setToolTip(plain_tip(text))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.count.setText(tr("{count} packages").format(count=f"{len(self.entries):,}"))
