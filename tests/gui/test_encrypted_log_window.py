"""The window and an encrypted case log (issue 15): the new case log dialog offers
encryption; opening one asks its passphrase, typed with key events."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from officer_desk.gui import texts
from officer_desk.gui.first_start import FirstStartDialog
from officer_desk.gui.passphrase_dialog import PassphraseDialog
from officer_desk.gui.session import open_or_offer_read_only
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage import cipher

PASSPHRASE = "laptop words 42"


@pytest.fixture(autouse=True)
def _language_restored():
    before = texts._language
    texts.use_language("en")
    yield
    texts.use_language(before)


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "laptop.sqlite"
    init_desk(path, post="US", passphrase=PASSPHRASE).close()
    cipher.forget_all()
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_new_case_log_dialog_creates_an_encrypted_log(qtbot, tmp_path):
    target = tmp_path / "new.sqlite"
    dialog = FirstStartDialog("en", actor="김영희",
                              choose_file=lambda parent, caption, start: str(target))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.browse.click()
    box = dialog.secret
    assert "recommended on a laptop" in box.encrypt.text()
    assert "nobody" in box.lost.text() and not box.first.isEnabled()
    box.encrypt.setFocus()
    QTest.keyClick(box.encrypt, Qt.Key.Key_Space)
    assert box.encrypt.isChecked() and box.first.isEnabled()
    box.show_recovery.setFocus()
    QTest.keyClick(box.show_recovery, Qt.Key.Key_Space)  # no recovery key this time
    assert not box.show_recovery.isChecked()
    QTest.keyClicks(box.first, PASSPHRASE)
    QTest.keyClicks(box.second, PASSPHRASE + "x")
    QTest.keyClick(box.second, Qt.Key.Key_Return)
    assert "differ" in dialog.problem.text() and not target.exists()
    QTest.keyClick(box.second, Qt.Key.Key_Backspace)
    QTest.keyClick(box.second, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()
    assert cipher.is_encrypted_file(target)
    cipher.forget_all()
    with pytest.raises(cipher.PassphraseNeeded):
        open_desk(target)
    open_desk(target, passphrase=PASSPHRASE).close()


def test_without_a_keyring_remembering_is_disabled_with_the_reason(qtbot, encrypted):
    dialog = PassphraseDialog(encrypted)
    qtbot.addWidget(dialog)
    # the test machine has no keyring daemon: keyring's "fail" backend
    assert not dialog.remember.isEnabled()
    assert "no keyring" in dialog.remember.text()


def _type_into_dialog(steps: list[str], seen: list[str]) -> None:
    """Type each step into the passphrase dialog when it shows (Enter after each;
    "<cancel>": Escape), noting what the dialog said."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, act)
            return
        step = steps.pop(0)
        if step == "<cancel>":
            QTest.keyClick(dialog.field, Qt.Key.Key_Escape)
            return
        dialog.field.clear()
        QTest.keyClicks(dialog.field, step)
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)
        seen.append(dialog.problem.text())
        if steps and dialog.isVisible():
            QTimer.singleShot(0, act)

    QTimer.singleShot(0, act)


def test_opening_asks_the_passphrase_and_a_wrong_one_can_be_retried(qtbot, encrypted):
    seen: list[str] = []
    _type_into_dialog(["wrong one", PASSPHRASE], seen)
    desk = open_or_offer_read_only(encrypted, None)
    assert desk is not None
    try:
        assert desk.home_post == "US"
    finally:
        desk.close()
    assert "wrong" in seen[0] and seen[1] == ""


def test_a_cancelled_passphrase_opens_nothing_and_changes_nothing(qtbot, encrypted):
    before = sha(encrypted)
    seen: list[str] = []
    _type_into_dialog(["nope", "<cancel>"], seen)
    assert open_or_offer_read_only(encrypted, None) is None
    assert "wrong" in seen[0]
    assert sha(encrypted) == before
    assert not encrypted.with_name(encrypted.name + "-wal").exists()


class MemoryKeyring:
    """A keyring backend in memory (the test machine has none): what the OS keyring
    would keep, inspectable."""

    def make(self):
        import keyring.backend

        store: dict[tuple[str, str], str] = {}

        class Backend(keyring.backend.KeyringBackend):
            priority = 1

            def get_password(self, service, username):
                return store.get((service, username))

            def set_password(self, service, username, password):
                store[(service, username)] = password

            def delete_password(self, service, username):
                store.pop((service, username), None)

        return Backend(), store


@pytest.fixture
def memory_keyring():
    import keyring

    before = keyring.get_keyring()
    backend, store = MemoryKeyring().make()
    keyring.set_keyring(backend)
    yield store
    keyring.set_keyring(before)


def test_a_remembered_passphrase_opens_the_log_next_time_without_asking(
        qtbot, encrypted, memory_keyring, monkeypatch):
    dialog = PassphraseDialog(encrypted)
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled()
    dialog.show()
    QTest.keyClicks(dialog.field, PASSPHRASE)
    dialog.remember.setFocus()
    QTest.keyClick(dialog.remember, Qt.Key.Key_Space)
    QTest.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert list(memory_keyring.values()) == [PASSPHRASE]
    [(service, user)] = memory_keyring
    assert service == "Officer Desk case log"
    assert user == str(encrypted.resolve())
    cipher.forget_all()  # the next start: nothing known but the keyring
    monkeypatch.setattr(PassphraseDialog, "exec",
                        lambda self: pytest.fail("the passphrase was asked again"))
    desk = open_or_offer_read_only(encrypted, None)
    assert desk is not None
    desk.close()


def test_the_recovery_key_shown_after_creating_opens_the_log(qtbot, tmp_path, monkeypatch):
    from officer_desk.gui import passphrase_dialog

    shown: list[passphrase_dialog.RecoveryKeyDialog] = []
    saved = tmp_path / "key.txt"

    def exec_and_save(self):
        shown.append(self)
        self.choose_file = lambda parent, caption, start: str(saved)
        self.save_button.click()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(passphrase_dialog.RecoveryKeyDialog, "exec", exec_and_save)
    target = tmp_path / "new.sqlite"
    dialog = FirstStartDialog("en", actor="김영희",
                              choose_file=lambda parent, caption, start: str(target))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.browse.click()
    box = dialog.secret
    box.encrypt.setFocus()
    QTest.keyClick(box.encrypt, Qt.Key.Key_Space)
    assert box.show_recovery.isChecked()
    QTest.keyClicks(box.first, PASSPHRASE)
    QTest.keyClicks(box.second, PASSPHRASE)
    QTest.keyClick(box.second, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()
    [recovery] = shown
    key = recovery.shown.text()
    assert key.count("-") == 11 and key in saved.read_text(encoding="utf-8")
    cipher.forget_all()
    opener = PassphraseDialog(target)
    qtbot.addWidget(opener)
    opener.show()
    QTest.keyClicks(opener.field, key)
    QTest.keyClick(opener.field, Qt.Key.Key_Return)
    assert opener.result() == QDialog.DialogCode.Accepted, opener.problem.text()
    open_desk(target).close()  # the recovery key is known now: no passphrase needed
