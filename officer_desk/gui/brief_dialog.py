"""The briefing pack dialog, and "Briefing pack…" (Ctrl+B) in the File menu.

The person picks the conference, period, posts, kinds, technology fields, tags,
edition, language, number and version, formats and the output folder. "Write pack"
first reads the records in the worker thread (``plan_pack``) and shows what the pack
will hold — records per sheet, what the PDF lists, about how many pages, how many
records the stakeholder edition shows by their structured line only, the files it
would replace — and asks before anything is written; then ``write_pack`` writes that
content, in the worker thread too. Both steps have the progress bar and Cancel; the
output folder opens at the end. Opening the folder and choosing one are injectable so
that tests open nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from officer_desk.briefs.selection import BRIEF_KINDS, BriefSelection, suggested_number
from officer_desk.briefs.words import word
from officer_desk.domain.errors import Cancelled, OfficerDeskError
from officer_desk.domain.kinds import CONFERENCES, HQ
from officer_desk.gui import messages, worker
from officer_desk.gui.brief_choices import (
    PERIOD_FROM,
    PERIOD_TO,
    checked,
    checklist,
    period_end,
)
from officer_desk.gui.date_field import DateField
from officer_desk.gui.texts import tr
from officer_desk.services.desk import Desk

if TYPE_CHECKING:

    from officer_desk.briefs.pack import PackResult
    from officer_desk.briefs.plan import PackPlan

FolderChooser = Callable[[QWidget], "str | None"]

#: The share of the progress bar reading the records takes (as in ``write_pack``).
CONTENT_SHARE = 30
FolderOpener = Callable[[Path], None]


def choose_folder(parent: QWidget) -> str | None:
    return QFileDialog.getExistingDirectory(parent, tr("Folder for the briefing pack")) or None


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def typed_tags(text: str) -> tuple[str, ...]:
    """The tags typed: separated by ";" as every record's editor takes them, or by ","
    as ``brief --tags`` does ("npe; trademark" was one tag no record has, and the pack
    held none of the records meant)."""
    return tuple(t.strip() for t in re.split(r"[;,]", text) if t.strip())


class BriefDialog(QDialog):
    """Choose what goes into a pack and write it in the background."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, lang: str = "ko",
                 folder_chooser: FolderChooser = choose_folder,
                 opener: FolderOpener = open_folder, today: dt.date | None = None):
        super().__init__(parent)
        self.desk, self.folder_chooser, self.opener = desk, folder_chooser, opener
        self.today = today
        self.task: worker.Task | None = None
        self.pack: PackResult | None = None
        self.plan: PackPlan | None = None
        self.ui_lang = lang
        self.setWindowTitle(tr("Briefing pack"))
        ui_lang = lang

        self.conference = QComboBox()
        self.conference.addItem(tr("(none)"), None)
        for c in desk.repo.rows(CONFERENCES, "WHERE deleted = 0 ORDER BY held_on DESC, id"):
            self.conference.addItem(f"{c['held_on'].isoformat()} — {c.title(ui_lang)}", c.id)
        self.conference.currentIndexChanged.connect(self._conference_chosen)

        self.use_period = QCheckBox(tr("Period"))
        start = today or dt.date.today()
        self.date_from = DateField(PERIOD_FROM, ui_lang)
        self.date_to = DateField(PERIOD_TO, ui_lang)
        self.date_from.set_date(start.replace(day=1))
        self.date_to.set_date(start)
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(False)
        self.use_period.toggled.connect(self.date_from.setEnabled)
        self.use_period.toggled.connect(self.date_to.setEnabled)

        places = {code: (city_ko or name_ko or code) if ui_lang == "ko" else (
            city_en or name_en or code) for code, city_ko, name_ko, city_en, name_en in
            desk.conn.execute("SELECT code, city_ko, name_ko, city_en, name_en FROM posts "
                              "WHERE deleted = 0")}
        self.posts = checklist([(code, f"{code} — {places.get(code, code)}")
                                 for code in desk.post_codes() if code != HQ])
        self.kinds = checklist([(k, word(f"sheet_{k}", ui_lang)) for k in BRIEF_KINDS])
        self.fields = checklist([(t.code, t.label(ui_lang))
                                  for t in desk.vocab.terms("technology_field")])
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("tag, tag, …"))

        self.internal = QRadioButton(tr("Internal (HQ): everything, marked internal"))
        self.stakeholder = QRadioButton(
            tr("Stakeholders: no internal records, companies anonymised"))
        self.internal.setChecked(True)
        editions = QButtonGroup(self)
        editions.addButton(self.internal)
        editions.addButton(self.stakeholder)
        self.language = QComboBox()
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "ko" else 1)
        self.number = QLineEdit("1")
        self.version = QLineEdit("1")
        self.distribution = QLineEdit()
        self.pdf = QCheckBox("PDF")
        self.xlsx = QCheckBox("Excel (XLSX)")
        # the brief as an editable 한글 document (not ticked unless asked for)
        self.hwpx = QCheckBox(tr("Hangul (HWPX)"))
        self.hwpx.setToolTip(tr("An editable 한글 document with the PDF's content"))
        self.pdf.setChecked(True)
        self.xlsx.setChecked(True)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(tr("Choose a folder…"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.open_when_done = QCheckBox(tr("Open the folder when done"))
        self.open_when_done.setChecked(True)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # a conference's title in it
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._layout(browse)

    def _layout(self, browse: QPushButton) -> None:
        what = QGroupBox(tr("What goes in"))
        form = QFormLayout(what)
        form.addRow(tr("Conference"), self.conference)
        period = QHBoxLayout()
        period.addWidget(self.use_period)
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addStretch(1)
        form.addRow(period)
        lists = QGridLayout()
        for column, (title, widget) in enumerate((
                (tr("Posts (none ticked: all)"), self.posts),
                (tr("Records (none ticked: all)"), self.kinds),
                (tr("Technology fields (none ticked: all)"), self.fields))):
            lists.addWidget(QLabel(title), 0, column)
            lists.addWidget(widget, 1, column)
        form.addRow(lists)
        form.addRow(tr("Tags"), self.tags)

        how = QGroupBox(tr("Edition and form"))
        form2 = QFormLayout(how)
        editions = QVBoxLayout()
        editions.addWidget(self.internal)
        editions.addWidget(self.stakeholder)
        form2.addRow(tr("Edition"), editions)
        form2.addRow(tr("Language"), self.language)
        numbers = QHBoxLayout()
        numbers.addWidget(self.number)
        numbers.addWidget(QLabel(tr("Version")))
        numbers.addWidget(self.version)
        form2.addRow(tr("Brief number"), numbers)
        form2.addRow(tr("Distribution"), self.distribution)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.xlsx)
        formats.addWidget(self.hwpx)
        formats.addStretch(1)
        form2.addRow(tr("Files"), formats)
        folder = QHBoxLayout()
        folder.addWidget(self.folder, 1)
        folder.addWidget(browse)
        form2.addRow(tr("Folder"), folder)
        form2.addRow(self.open_when_done)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        self.write_button = self.buttons.addButton(
            tr("Write pack"), QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.cancel_button = self.buttons.addButton(
            tr("Cancel"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(how)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # -- choices --------------------------------------------------------------------------
    def _conference_chosen(self) -> None:
        conference_id = self.conference.currentData()
        self.number.setText(suggested_number(self.desk, conference_id))
        if conference_id:
            self.use_period.setChecked(False)

    def _browse(self) -> None:
        folder = self.folder_chooser(self)
        if folder:
            self.folder.setText(folder)

    def selection(self) -> BriefSelection:
        """The selection as chosen; ValidationError when something is not acceptable."""
        period = self.use_period.isChecked()
        return BriefSelection(
            conference_id=self.conference.currentData(),
            date_from=period_end(self.date_from) if period else None,
            date_to=period_end(self.date_to) if period else None,
            posts=checked(self.posts), kinds=checked(self.kinds),
            technology_fields=checked(self.fields), tags=typed_tags(self.tags.text()),
            edition="stakeholder" if self.stakeholder.isChecked() else "internal",
            lang=self.language.currentData(), brief_number=self.number.text(),
            version=self.version.text(), distribution=self.distribution.text(),
        )

    def formats(self) -> tuple[str, ...]:
        return tuple(f for f, box in (("pdf", self.pdf), ("xlsx", self.xlsx),
                                      ("hwpx", self.hwpx)) if box.isChecked())

    # -- running ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done

    def write(self) -> worker.Task | None:
        """Read what the pack will hold in the worker thread, then ask before writing
        it (None when the input is refused)."""
        if self.running:
            return None
        title = tr("Briefing pack")
        try:
            selection = self.selection()
        except OfficerDeskError as e:
            messages.show_problem(self, title, e.message(self.ui_lang))
            return None
        formats = self.formats()
        if not formats:
            messages.show_problem(self, title, tr("Tick PDF, Excel, HWPX or more than one."))
            return None
        folder = self.folder.text().strip()
        if not folder:
            self._browse()
            folder = self.folder.text().strip()
            if not folder:
                return None
        today = self.today

        from officer_desk.briefs.plan import plan_pack

        def work(desk: Desk, progress: worker.Progress, cancel: worker.Cancel) -> PackPlan:
            # reading the records is the first part of the bar; writing goes on from there
            def reading(done: int, total: int) -> None:
                progress(done * CONTENT_SHARE // max(total, 1), 100)

            return plan_pack(desk, selection, folder, formats, progress=reading,
                             cancel=cancel, today=today)

        self.plan = self.pack = None
        self.status.setText(tr("Reading the records…"))
        return self._run(work, self._planned)

    def _run(self, work: worker.Work, done: Callable[[worker.Task], None]) -> worker.Task:
        task = worker.Task(work, path=self.desk.path, actor=self.desk.actor, parent=self)
        task.progressed.connect(self._progressed)
        task.finished.connect(lambda: done(task))
        self.task = task
        self._busy(True)
        task.start()
        return task

    def _planned(self, task: worker.Task) -> None:
        """The plan is read: show it, and write the pack if the person agrees."""
        self._busy(False)
        if task.error is not None:
            self._failed(task)
            return
        plan: PackPlan = task.result
        self.plan = plan
        lines = plan.describe(self.ui_lang)
        self.status.setText("\n".join(lines))
        title = tr("Briefing pack")
        if plan.refused is not None:
            self.progress.setValue(0)
            messages.show_problem(self, title, plan.refused.message(self.ui_lang))
            return
        question = tr("Write this pack?") if not plan.existing else tr(
            "Write this pack, replacing the files of the same number and version?")
        if not messages.ask(self, title, "\n".join([*lines, "", question])):
            self.progress.setValue(0)
            self.status.setText(tr("Nothing was written."))
            return
        from officer_desk.briefs.pack import write_pack

        content, replace = plan.content, bool(plan.existing)
        selection, folder, formats = plan.selection, plan.out_dir, plan.formats

        def work(desk: Desk, progress: worker.Progress, cancel: worker.Cancel) -> PackResult:
            return write_pack(desk, selection, folder, formats, progress=progress,
                              cancel=cancel, replace=replace, content=content)

        self.status.setText(tr("Writing the briefing pack…"))
        self._run(work, self._written)

    def cancel(self) -> None:
        if self.running:
            assert self.task is not None
            self.task.cancel()
            self.status.setText(tr("Cancelling…"))

    def _busy(self, busy: bool) -> None:
        self.write_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(done * 100 // total)

    def _written(self, task: worker.Task) -> None:
        self._busy(False)
        if task.error is not None:
            self._failed(task)
            return
        self.pack = task.result
        self.progress.setValue(100)
        names = ", ".join(f.path.name for f in self.pack.files)
        self.status.setText(tr("Written to {folder}: {files} and {manifest}").format(
            folder=self.pack.out_dir, files=names, manifest=self.pack.manifest.name))
        if self.open_when_done.isChecked():
            self.opener(self.pack.out_dir)

    def _failed(self, task: worker.Task) -> None:
        error = task.error
        self.progress.setValue(0)
        if isinstance(error, Cancelled) or (task.cancelled and
                                            isinstance(error, OfficerDeskError)):
            self.status.setText(tr("Cancelled; nothing was written."))
            return
        if isinstance(error, OfficerDeskError):
            text = error.message(self.ui_lang)
            self.status.setText(text)
            messages.show_problem(self, tr("Briefing pack"), text)
            return
        assert error is not None
        raise error

    def reject(self) -> None:
        if self.running:  # Escape while writing: stop first, close when it has stopped
            self.cancel()
            return
        super().reject()
