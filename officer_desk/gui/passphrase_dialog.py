"""Asking an encrypted case log's passphrase in the window, and choosing a new one.

Opening an encrypted log (``storage.cipher``) asks its passphrase once per start: a
passphrase this program already knows, then one remembered in the OS keyring
(``services.keyring_store``) are tried first, else ``PassphraseDialog`` asks. A wrong
passphrase is said in the dialog, which stays open to try again or cancel; the file
is only read. "Remember on this computer" stores it in the keyring; with no keyring the
option is disabled and says why.

``NewPassphraseBox`` is the part of the new case log dialog that offers encryption.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officer_desk.gui.texts import current_language, problem_text, tr
from officer_desk.services import keyring_store
from officer_desk.storage import cipher


def lost_passphrase_text() -> str:
    return tr("There is no way to open the case log or its backups without the passphrase: "
              "if it is lost, nobody (HQ included) can recover the data. Write it down and "
              "keep it somewhere safe.")


def _problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def remember_box() -> QCheckBox:
    """"Remember on this computer": disabled, with the reason, without a keyring."""
    box = QCheckBox(tr("Remember the passphrase in this computer's keyring"))
    usable, why = keyring_store.status()
    if not usable:
        box.setEnabled(False)
        box.setToolTip(why.message(current_language()) if why else "")
        box.setText(box.text() + " — " + (why.message(current_language()) if why else ""))
    return box


class PassphraseDialog(QDialog):
    """The passphrase of the encrypted log ``path``; accepted only when it opens it."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        #: the passphrase that opened the file, once accepted
        self.passphrase: str | None = None
        self.setWindowTitle(tr("Encrypted case log"))
        intro = QLabel(tr("{name} is encrypted. Enter its passphrase.").format(
            name=self.path.name))
        intro.setWordWrap(True)
        self.field = _password_field()
        self.remember = remember_box()
        self.problem = _problem_label()
        lost = QLabel(lost_passphrase_text())
        lost.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        form = QFormLayout()
        form.addRow(tr("Passphrase"), self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.problem)
        layout.addWidget(lost)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.setFocus()

    def accept(self) -> None:
        """Try the passphrase (the file is only read); wrong: say so and stay open."""
        text = self.field.text()
        self.problem.clear()
        try:
            cipher.check_passphrase(self.path, text)
        except cipher.WrongPassphrase:
            self.problem.setText(tr("The passphrase is wrong; nothing was changed. Try "
                                    "again, or cancel."))
            self.field.selectAll()
            self.field.setFocus()
            return
        except (*cipher.ERRORS, OSError) as e:
            self.problem.setText(problem_text(e))
            return
        self.passphrase = text
        cipher.remember_secret(text)  # a passphrase, or a printed recovery key
        if self.remember.isChecked():
            keyring_store.save(self.path, text)
        super().accept()


def _opens(path: Path, passphrase: str) -> bool:
    try:
        cipher.check_passphrase(path, passphrase)
    except cipher.WrongPassphrase:
        return False
    return True


def unlock(path: Path, parent: QWidget | None = None) -> bool:
    """Make the passphrase of ``path`` known before it is opened: True when it is (or the
    file is not encrypted), False when the person cancelled."""
    path = Path(path)
    if not cipher.is_encrypted_file(path) or not cipher.available():
        return True
    if cipher.known_key_opens(path):
        return True
    stored = keyring_store.load(path)
    if stored is not None and _opens(path, stored):
        cipher.remember(stored)
        return True
    dialog = PassphraseDialog(path, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


class NewPassphraseBox(QWidget):
    """Encrypt the new log? (recommended on a laptop); the passphrase, twice."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.encrypt = QCheckBox(tr("Encrypt the data file with a passphrase "
                                    "(recommended on a laptop)"))
        self.first = _password_field()
        self.second = _password_field()
        self.remember = remember_box()
        self.show_recovery = QCheckBox(tr("Show a recovery key to print"))
        self.show_recovery.setChecked(True)
        self.lost = QLabel(lost_passphrase_text())
        self.lost.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Passphrase"), self.first)
        form.addRow(tr("Repeat the passphrase"), self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.encrypt)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.show_recovery)
        layout.addWidget(self.lost)
        self.encrypt.toggled.connect(self._follow)
        self._follow(False)

    def _follow(self, on: bool) -> None:
        usable, _ = keyring_store.status()
        for widget in (self.first, self.second, self.lost, self.show_recovery):
            widget.setEnabled(on)
        self.remember.setEnabled(on and usable)

    def chosen(self) -> tuple[str | None, str]:
        """(the passphrase, or None for a plain log; a problem to show, or "")."""
        if not self.encrypt.isChecked():
            return None, ""
        if not self.first.text():
            return None, tr("Enter a passphrase, or untick encryption.")
        if self.first.text() != self.second.text():
            return None, tr("The two passphrases differ.")
        return self.first.text(), ""

    def after_creating(self, path: Path, passphrase: str | None,
                       parent: QWidget | None = None) -> None:
        """Remember the passphrase if asked; show the recovery key if asked."""
        if passphrase is None:
            return
        if self.remember.isChecked():
            keyring_store.save(path, passphrase)
        if self.show_recovery.isChecked():
            dialog = RecoveryKeyDialog(path, parent)
            dialog.exec()
            dialog.deleteLater()


def save_text_chooser(parent: QWidget, caption: str, start: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, caption, start,
                                          tr("Text files (*.txt);;All files (*)"))
    return path


class RecoveryKeyDialog(QDialog):
    """The printable recovery key of the encrypted log ``path`` (its key is known)."""

    def __init__(self, path: Path, parent: QWidget | None = None, *,
                 choose_file: Callable[[QWidget, str, str], str] = save_text_chooser):
        super().__init__(parent)
        self.path, self.choose_file = Path(path), choose_file
        conn = cipher.open_read_only(self.path)
        try:
            self.key = cipher.recovery_key(conn) or ""
        finally:
            conn.close()
        self.setWindowTitle(tr("Recovery key"))
        self.note = QLabel(tr(
            "Print this recovery key, or write it down, and keep it in a safe place. Typed "
            "where the passphrase is asked, it opens {name} and its backups until the "
            "passphrase is changed. Whoever has it can read the case log.").format(
                name=self.path.name))
        self.note.setWordWrap(True)
        self.shown = QLabel(self.key)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown.setWordWrap(True)
        self.shown.setStyleSheet("font-family: monospace; font-size: 14pt")
        self.saved = QLabel()
        self.save_button = QPushButton(tr("Save as a text file to print…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.shown)
        layout.addWidget(self.saved)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)

    def text(self) -> str:
        return "\n".join([tr("Officer Desk recovery key"), str(self.path.resolve()), "",
                          self.key, "", self.note.text(), ""])

    def save(self) -> Path | None:
        chosen = self.choose_file(self, tr("Save the recovery key"),
                                  str(self.path.with_name(self.path.stem + "-recovery-key.txt")))
        if not chosen:
            return None
        try:
            Path(chosen).write_text(self.text(), encoding="utf-8")
        except OSError as e:
            self.saved.setText(problem_text(e))
            return None
        self.saved.setText(tr("Saved to {path}").format(path=chosen))
        return Path(chosen)
