"""File → Settings…: language, Korean font file, database file.

Saving writes ``settings.json`` (``officer_desk.settings``). A font file is checked with
``resolve_korean_font`` and refused, with the reason beside the field, if it cannot be
used. The database file takes effect at the next start; the language at once (the
window is rebuilt by whoever opened it, see ``language_changed``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officer_desk import settings as user_settings
from officer_desk.fonts import FontProblem, resolve_korean_font
from officer_desk.gui.texts import problem_text, tr

#: ``choose(parent, caption, start) -> path or ""``.
FileChooser = Callable[[QWidget, str, str], str]


def open_font_chooser(parent: QWidget, caption: str, start: str) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, caption, start, tr("Font files (*.ttf *.ttc);;All files (*)"))
    return path


def open_database_chooser(parent: QWidget, caption: str, start: str) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, caption, start, tr("Officer Desk databases (*.sqlite);;All files (*)"))
    return path


def _problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class SettingsDialog(QDialog):
    def __init__(self, current_database: Path | None = None, parent: QWidget | None = None, *,
                 choose_font: FileChooser = open_font_chooser,
                 choose_database: FileChooser = open_database_chooser):
        super().__init__(parent)
        self.choose_font, self.choose_database = choose_font, choose_database
        self.setWindowTitle(tr("Settings"))
        self.saved = user_settings.load()
        self._initial_language = self.saved.language
        #: Whether the saved language differs from the one the dialog started with.
        self.language_changed = False

        self.language = QComboBox()
        for label, code in ((tr("System"), ""), ("한국어", "ko"), ("English", "en")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.saved.language)))
        self.font = QLineEdit(self.saved.korean_font)
        self.font.setPlaceholderText(tr("Empty: found automatically"))
        self.font_browse = QPushButton(tr("Browse…"))
        self.font_problem = _problem_label()
        self.database = QLineEdit(self.saved.database)
        self.database.setPlaceholderText(tr("(not set: chosen at the next start)"))
        self.database_browse = QPushButton(tr("Browse…"))
        self.database_problem = _problem_label()
        in_use = QLabel(tr("Database in use: {path}").format(path=current_database)
                        if current_database else "")
        in_use.setWordWrap(True)
        note = QLabel(tr("The database file takes effect at the next start."))
        note.setWordWrap(True)
        self.problem = _problem_label()

        font_row = QHBoxLayout()
        font_row.addWidget(self.font, 1)
        font_row.addWidget(self.font_browse)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database, 1)
        database_row.addWidget(self.database_browse)
        form = QFormLayout()
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Korean font"), font_row)
        form.addRow("", self.font_problem)
        form.addRow(tr("Database file"), database_row)
        form.addRow("", self.database_problem)
        form.addRow("", in_use)
        form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.font_browse.clicked.connect(self.browse_font)
        self.database_browse.clicked.connect(self.browse_database)
        self.font.editingFinished.connect(self.check_font)
        self.database.editingFinished.connect(self.check_database)

    def browse_font(self) -> None:
        chosen = self.choose_font(self, tr("Choose the Korean font"), self.font.text())
        if chosen:
            self.font.setText(chosen)
            self.check_font()

    def browse_database(self) -> None:
        chosen = self.choose_database(self, tr("Choose the database file"),
                                      self.database.text())
        if chosen:
            self.database.setText(chosen)
            self.check_database()

    def check_font(self) -> bool:
        """Whether the font field is usable (empty is: the font is then found)."""
        text = self.font.text().strip()
        problem = None
        if text:
            try:
                resolve_korean_font(text)
            except FontProblem as e:
                problem = problem_text(e)
        self.font_problem.setText(problem or "")
        self.font_problem.setVisible(problem is not None)
        return problem is None

    def check_database(self) -> bool:
        text = self.database.text().strip()
        problem = None
        if text and not Path(text).expanduser().is_file():
            problem = tr("There is no database at {path}.").format(path=text)
        self.database_problem.setText(problem or "")
        self.database_problem.setVisible(problem is not None)
        return problem is None

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    def accept(self) -> None:
        font_ok = self.check_font()
        database_ok = self.check_database()
        if not (font_ok and database_ok):
            return
        language = self.chosen_language()
        try:
            self.saved = user_settings.update(
                language=language, korean_font=self.font.text().strip(),
                database=self.database.text().strip())
        except (OSError, ValueError) as e:
            self.problem.setText(tr("Settings could not be saved: {error}").format(
                error=problem_text(e)))
            self.problem.show()
            return
        self.language_changed = language != self._initial_language
        super().accept()
