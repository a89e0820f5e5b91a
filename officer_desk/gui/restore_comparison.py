"""The restore dialog's comparison: the file open now against the chosen backup.

Kind by kind, the records each holds and when one last changed, and said plainly how
many records of the current file the backup does not hold (a restore takes them out of
the case log; they stay in the copy the restore makes first, reason "before a
restore"). The counting is the service's (``services.restore_compare``), in the worker
thread: a compressed backup is decompressed and its manifest's hash checked first (about
4 s for a 100,000-record log), and the window keeps painting meanwhile.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import KINDS_BY_NAME, USER_KINDS
from officer_desk.gui import worker
from officer_desk.gui.texts import N_, current_language, problem_text, tr
from officer_desk.services import backup_check, backups
from officer_desk.services.restore_compare import Comparison, KindHoldings, compare

COLUMNS = (N_("Kind"), N_("Now: records"), N_("Now: last change"),
           N_("Backup: records"), N_("Backup: last change"), N_("Not in the backup"))


def change_time(stamp: str | None) -> str:
    """A record's ``updated_at`` (UTC) as the person's local date and time; "—": none."""
    if not stamp:
        return "—"
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def holdings_text(holdings: dict[str, KindHoldings]) -> str:
    """"Disputes 3 (last change 2026-12-01 10:00), …" of the kinds with records."""
    lang = current_language()
    parts = [tr("{kind} {count} (last change {time})").format(
        kind=KINDS_BY_NAME[name].label(lang), count=f"{h.count:,}",
        time=change_time(h.latest)) for name, h in holdings.items() if h.count]
    return ", ".join(parts) or tr("no records")


def lost_text(db_name: str, folder: Path, comparison: Comparison) -> str:
    """What a restore of the compared backup would take out, said plainly."""
    if comparison.current is None:
        if comparison.problem is not None:
            return tr("What {name} holds now cannot be read ({problem}): everything in it "
                      "is replaced by the backup. The file as it is now is copied first "
                      "into {folder} (reason: Before a restore).").format(
                name=db_name, problem=problem_text(comparison.problem), folder=folder)
        return tr("{name} holds nothing yet: nothing is lost.").format(name=db_name)
    lost, older = comparison.lost_total, comparison.older_total
    if lost:
        text = tr("{count} records of {name} are not in this backup: restoring it takes "
                  "them out of the case log.").format(count=f"{lost:,}", name=db_name)
    else:
        text = tr("Every record of {name} is in this backup: restoring it takes none out."
                  ).format(name=db_name)
    if older:
        text += " " + tr("{count} records changed since the backup go back to how they "
                         "were then.").format(count=f"{older:,}")
    if lost or older:
        text += " " + tr("The file as it is now is backed up first, into {folder} (reason: "
                         "Before a restore), and can be restored from there.").format(
            folder=folder)
    return text


class ComparisonView(QWidget):
    """The table of the current file against one backup, and the sentence about it."""

    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.folder = backups.backup_dir_for(self.db_path)
        self.comparison: Comparison | None = None
        self._cache: dict[Path, Comparison | OfficerDeskError] = {}
        #: a comparison runs (its progress loop lets keys through): the backup chosen
        #: meanwhile, compared when it ends
        self._running = False
        self._wanted: Path | None = None
        #: the dialog closed without restoring: no decompressed copy is kept for it
        self._released = False
        self.table = QTableWidget(len(USER_KINDS), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(tr("The file now against the chosen backup"))
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # every kind in sight without scrolling
        self.table.setMinimumHeight(header.sizeHint().height()
                                    + rows.defaultSectionSize() * len(USER_KINDS) + 4)
        self.summary = QLabel(tr("Choose a backup to see what restoring it would change."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    @property
    def busy(self) -> bool:
        """A comparison is running (its progress loop lets keys and clicks through)."""
        return self._running

    def show_backup(self, backup: Path | None) -> Comparison | None:
        """Compare with ``backup`` (None: clear); the comparison, None when it failed."""
        self.comparison = None
        self.table.clearContents()
        if backup is None:
            self.summary.setText(tr("Choose a backup to see what restoring it would change."))
            return None
        found = self._cache.get(backup)
        if found is None:
            if self._running:
                self._wanted = backup
                return None
            found = self._compare(backup)
            if found is None:  # cancelled
                self.summary.setText(tr("Not compared: cancelled."))
                return None
            if self._wanted is not None and self._wanted != backup:
                wanted, self._wanted = self._wanted, None
                return self.show_backup(wanted)
            self._wanted = None
        if isinstance(found, OfficerDeskError):
            self.summary.setText(tr("This backup cannot be compared: {problem}").format(
                problem=problem_text(found)))
            return None
        self.comparison = found
        self._fill(found)
        self.summary.setText(lost_text(self.db_path.name, self.folder, found))
        return found

    def release(self) -> None:
        """The dialog closed without restoring: the decompressed copy kept for the
        restore goes now, or when a comparison still running ends."""
        self._released = True
        backup_check.release_kept()

    def _compare(self, backup: Path) -> Comparison | OfficerDeskError | None:
        """``compare`` in the worker thread (None: the person cancelled)."""
        def work(_desk, _progress, _cancel) -> Comparison | OfficerDeskError:
            try:
                return compare(self.db_path, backup, keep=True)  # for Restore
            except OfficerDeskError as e:  # said in the summary, not in a box
                return e

        self._running = True
        try:
            found = worker.run_with_progress(self, tr("Comparing with the backup…"), work,
                                             path=self.db_path)
        finally:
            self._running = False
            if self._released:  # closed meanwhile (the progress loop lets Escape through)
                backup_check.release_kept()
        if found is not None:
            self._cache[backup] = found
        return found

    def _fill(self, comparison: Comparison) -> None:
        lang = current_language()
        for row, kind in enumerate(USER_KINDS):
            ours = comparison.current.get(kind.name) if comparison.current else None
            theirs = comparison.backup.get(kind.name)
            cells = (kind.label(lang),
                     f"{ours.count:,}" if ours else "—",
                     change_time(ours.latest) if ours else "—",
                     f"{theirs.count:,}" if theirs else "—",
                     change_time(theirs.latest) if theirs else "—",
                     f"{comparison.lost[kind.name]:,}" if ours else "—")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 3, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
