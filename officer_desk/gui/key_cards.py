"""Keys in the window: the dialog that trusts a key (a package's signer or a key card),
and the Sync menu's key card actions (export this installation's, trust another's).

A key card is how two installations first learn each other's keys, before either can
encrypt a package to the other (``sync.key_card``).
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
    QLabel,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.gui import messages
from officer_desk.gui.texts import tr
from officer_desk.services.desk import Desk
from officer_desk.sync.key_card import file_key, trust_file, write_key_card
from officer_desk.sync.keys import KeyInfo

PathChooser = Callable[[QWidget], "str | None"]
Tell = Callable[[QWidget, str, str], object]


class TrustKeyDialog(QDialog):
    """Shows an unknown key; OK only once the person says they compared it."""

    def __init__(self, key: KeyInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Trust this key"))
        text = tr(
            "Post: {post}\nOfficer: {officer}\nInstallation: {installation}\n\n"
            "Fingerprint:\n{fingerprint}"
        ).format(post=key.post, officer=key.officer or "—", installation=key.installation,
                 fingerprint=key.fingerprint)
        text += "\n\n" + (
            tr("Packages written here will be encrypted for it (encryption key {key}).")
            .format(key=key.age_recipient) if key.age_recipient else
            tr("It names no encryption key: packages cannot be encrypted for it yet."))
        if key.others:
            text += "\n\n" + tr("Warning: another key is trusted for this installation:") \
                + "\n" + "\n".join(key.others)
        label = QLabel(text)
        # plain: the post and officer are the card's (its sender's) to write, and as
        # rich text they could show another fingerprint than the key's, or hide it
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label = label
        self.compared = QCheckBox(tr("I compared the fingerprint with the sender"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Trust this key"))
        self.ok.setEnabled(False)
        self.compared.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.compared)
        layout.addWidget(self.buttons)


def confirm_trust(parent: QWidget, key: KeyInfo) -> bool:
    return TrustKeyDialog(key, parent).exec() == QDialog.DialogCode.Accepted


def choose_card_to_save(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save my key card"), "",
                                          tr("Officer Desk key cards (*.odkey);;All files (*)"))
    return path or None


def choose_card_to_open(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Key card or package to trust"), "",
                                          tr("Officer Desk key cards (*.odkey);;Officer Desk "
                                             "packages (*.odpkg);;All files (*)"))
    return path or None


def export_key_card(parent: QWidget, desk: Desk,
                    chooser: PathChooser = choose_card_to_save,
                    tell: Tell | None = None) -> Path | None:
    """Write this installation's key card where the person chooses; says what next
    (``tell``, by default ``messages.tell``: looked up when called, so tests replace it)."""
    target = chooser(parent)
    if not target:
        return None
    try:
        path, info = write_key_card(desk, Path(target))
    except (OfficerDeskError, OSError) as e:
        messages.show_problem(parent, tr("Save my key card"), e)
        return None
    (tell or messages.tell)(parent, tr("Save my key card"), tr(
        "Written: {file}\n\nSend it to HQ or to your post's other computer. Before they "
        "trust it, read them this fingerprint by phone:\n{fingerprint}"
    ).format(file=path.name, fingerprint=info.fingerprint))
    return path


def trust_key_card(parent: QWidget, desk: Desk, chooser: PathChooser = choose_card_to_open,
                   confirm: Callable[[QWidget, KeyInfo], bool] = confirm_trust
                   ) -> KeyInfo | None:
    """Trust the key of a key card (or a package) after the person compared it."""
    source = chooser(parent)
    if not source:
        return None
    try:
        key = file_key(Path(source), desk)
        if not confirm(parent, key):
            return None
        return trust_file(desk, Path(source), desk.actor)
    except (OfficerDeskError, OSError) as e:
        messages.show_problem(parent, tr("Trust a key card"), e)
        return None
