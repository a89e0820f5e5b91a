"""A new case log: post (or HQ), officer name and where to keep the data file.

Shown by the welcome screen's (and File →) "New case log…". OK sets up the database
(``init_desk``) and remembers it in the settings; "Try the demo database instead" makes
(if needed) and opens the demo database without remembering anything; Cancel creates
nothing. ``path`` is the database to open afterwards.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from officer_desk import config
from officer_desk import settings as user_settings
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import HQ
from officer_desk.domain.person_name import person_name
from officer_desk.domain.vocabulary import seed_posts
from officer_desk.gui import worker
from officer_desk.gui.passphrase_dialog import NewPassphraseBox
from officer_desk.gui.texts import problem_text, tr
from officer_desk.gui.worker import Cancel, Progress
from officer_desk.services import demo_database
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import Desk, init_desk

DATA_FILE_NAME = "officer-desk.sqlite"
#: How many made-up records the demo database gets (tests make it small).
DEMO_RECORDS = demo_database.DEMO_RECORDS

#: ``choose_file(parent, caption, start) -> path or ""``: QFileDialog's by default.
FileChooser = Callable[[QWidget, str, str], str]


def save_file_chooser(parent: QWidget, caption: str, start: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, caption, start, tr("Officer Desk databases (*.sqlite);;All files (*)"))
    return path


def default_data_file() -> Path:
    """Where a new case log goes unless the person chooses: the data folder, under a
    name no file has yet."""
    first = config.data_dir() / DATA_FILE_NAME
    path, n = first, 2
    while path.exists():
        path = first.with_name(f"{first.stem}-{n}{first.suffix}")
        n += 1
    return path


def ensure_demo_database(parent: QWidget, actor: str | None) -> tuple[Path | None, str]:
    """The demo database, made first if there is none yet (its records in the worker
    thread, with a progress dialog after half a second): (its path, "") — or (None,
    why not; "" when the person cancelled), and no half-made file."""
    path = config.demo_database_path()
    if path.exists() and path.stat().st_size > 0:
        return path, ""
    # made under a temporary name, named when complete (``services.demo_database``)
    dest, making = demo_database.building(path)
    try:
        init_desk(making, hq=True, demo=True, officer=actor).close()
    except (OfficerDeskError, OSError) as e:
        demo_database.discard(making)
        return None, problem_text(e)

    def fill(desk: Desk, progress: Progress, cancel: Cancel) -> bool:
        generate_demo(desk, records=DEMO_RECORDS, seed=demo_database.DEMO_SEED,
                      progress=progress, cancel=cancel)
        return not cancel()

    try:
        if not worker.run_with_progress(
                parent, tr("Creating the demo database…"), fill, path=making, actor=actor):
            return None, ""
        demo_database.put_in_place(making, dest)
    except (OfficerDeskError, OSError) as e:
        return None, problem_text(e)
    finally:
        demo_database.discard(making)
    return path, ""


def _default_officer(actor: str | None) -> str:
    if actor:
        return actor
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class FirstStartDialog(QDialog):
    """A new case log (``first``: the very first, with a welcome)."""

    def __init__(self, lang: str, parent: QWidget | None = None, *, actor: str | None = None,
                 choose_file: FileChooser = save_file_chooser, first: bool = True):
        super().__init__(parent)
        self.lang, self.actor, self.choose_file = lang, actor, choose_file
        #: The database to open once the dialog is accepted.
        self.path: Path | None = None
        #: "created" or "demo" once accepted.
        self.choice: str | None = None
        self.setWindowTitle(tr("Set up Officer Desk") if first else tr("New case log"))
        heading = tr("Welcome to Officer Desk") if first else tr("New case log")
        intro = QLabel(f"<b>{heading}</b><br>" + tr(
            "Say who you are and where to keep the data file. "
            "You can change the file later in the settings."))
        intro.setWordWrap(True)
        self.post_option = QRadioButton(tr("Post"))
        self.hq_option = QRadioButton(tr("HQ (headquarters)"))
        self.post_option.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.post_option)
        group.addButton(self.hq_option)
        self.post = QComboBox()
        self.post.setEditable(True)
        self.post.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in seed_posts():
            if p.get("is_hq") or p["code"] == HQ:
                continue
            self.post.addItem(f"{p['code']} — {p['ko'] if lang == 'ko' else p['en']}",
                              p["code"])
        self.officer = QLineEdit(_default_officer(actor))
        self.file = QLineEdit(str(default_data_file()))
        self.browse = QPushButton(tr("Browse…"))
        self.demo_button = QPushButton(tr("Try the demo database instead"))
        #: encrypt the new log? (``gui.passphrase_dialog``)
        self.secret = NewPassphraseBox()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        role = QHBoxLayout()
        role.addWidget(self.post_option)
        role.addWidget(self.post, 1)
        role.addWidget(self.hq_option)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(tr("Post or HQ"), role)
        form.addRow(tr("Officer name"), self.officer)
        form.addRow(tr("Data file"), file_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.secret)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self.browse_file)
        self.demo_button.clicked.connect(self.use_demo)
        self.hq_option.toggled.connect(lambda hq: self.post.setEnabled(not hq))

    def post_code(self) -> str:
        index = self.post.currentIndex()
        text = self.post.currentText().strip()
        if index >= 0 and text == self.post.itemText(index):
            return str(self.post.itemData(index))
        return text.split(" ")[0] if text else ""

    def browse_file(self) -> None:
        chosen = self.choose_file(self, tr("Choose the database file"), self.file.text())
        if chosen:
            self.file.setText(chosen)

    def accept(self) -> None:
        """Set up the database; on a problem say what it is and stay open."""
        self.problem.clear()
        text = self.file.text().strip()
        if not text:
            self.problem.setText(tr("Choose where to keep the data file."))
            return
        if self._officer_tidied():
            return
        path = Path(text).expanduser()
        hq = self.hq_option.isChecked()
        passphrase, why = self.secret.chosen()
        if why:
            self.problem.setText(why)
            return
        try:
            if path.exists() and path.stat().st_size > 0:
                self.problem.setText(tr("{path} already exists; choose a new file name.")
                                     .format(path=path))
                return
            path.parent.mkdir(parents=True, exist_ok=True)
            desk = init_desk(path, post=None if hq else self.post_code(), hq=hq,
                             officer=self.officer.text() or None,
                             passphrase=passphrase)
            desk.close()
            self.secret.after_creating(path, passphrase, self)
            user_settings.update(database=str(path))
        except (OfficerDeskError, OSError) as e:
            self.problem.setText(problem_text(e))
            return
        self.path, self.choice = path, "created"
        super().accept()

    def _officer_tidied(self) -> bool:
        """The officer name as it will be recorded (spaces at its ends left out,
        Unicode composed), put in its field and said when it was typed otherwise: the
        person sees it before pressing Start again (True). A blank name is the login's
        (``init_desk``); a refused one is said by ``init_desk``."""
        typed = self.officer.text()
        if not typed.strip():
            self.officer.clear()
            return False
        try:
            name = person_name(typed)
        except OfficerDeskError:
            return False
        if name == typed:
            return False
        self.officer.setText(name)
        self.officer.setFocus()
        self.problem.setText(
            tr("The officer name is now shown as it will be recorded (spaces at its ends "
               "left out). Check it and press Start again.") if typed.strip() != typed else
            tr("The officer name is now shown as it will be recorded (its Unicode in "
               "composed form, NFC; it looks the same). Check it and press Start again."))
        return True

    def use_demo(self) -> None:
        """Make the demo database if needed and open it (nothing is remembered)."""
        self.problem.clear()
        path, problem = ensure_demo_database(self, self.actor)
        if path is None:
            self.problem.setText(problem)
            return
        self.path, self.choice = path, "demo"
        super().accept()
