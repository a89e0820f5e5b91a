"""The file dialogs the window opens name their file types in the window's language.

Found by the s28 window check: in the Korean window, Sync → Trust a key card… showed
"Officer Desk key cards (*.odkey)", "All files (*)" and "Officer Desk packages
(*.odpkg)" under the file type, and so did the merge wizard's and the import wizard's
file dialogs (their filters were module constants, never translated)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget

from officer_desk.gui import import_files, key_cards, sync_dialogs

#: The offscreen platform cannot raise windows or grab the keyboard for popups.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)

CHOOSERS = {
    "key card to save": key_cards.choose_card_to_save,
    "key card or package to trust": key_cards.choose_card_to_open,
    "packages to merge": sync_dialogs.choose_files,
    "spreadsheet to import": import_files.choose_sheet,
    "mapping to load": import_files.choose_mapping_to_load,
    "mapping to save": import_files.choose_mapping_to_save,
}


def file_types_shown(qtbot, choose) -> list[str]:
    """The file types the dialog ``choose`` opens offers; closed with Esc."""
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        shown.extend(dialog.nameFilters())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_and_close)
    choose(parent)
    return shown


@pytest.mark.parametrize("name", CHOOSERS)
def test_file_types_in_korean(qtbot, name):
    shown = file_types_shown(qtbot, CHOOSERS[name])
    assert shown and shown[-1] == "모든 파일 (*)"
    named = [s.partition("(")[0] for s in shown]  # what each type is called
    assert all(re.search("[가-힣]", n) for n in named), shown


@pytest.mark.parametrize("name", CHOOSERS)
def test_file_types_in_english(qtbot, english, name):
    shown = file_types_shown(qtbot, CHOOSERS[name])
    assert shown[-1] == "All files (*)"


def labels_shown(qtbot, choose) -> list[str]:
    """The labels of the dialog ``choose`` opens (Look in, File name, Files of type);
    closed with Esc."""
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        shown.extend(label.text() for label in dialog.findChildren(QLabel)
                     if label.isVisibleTo(dialog) and label.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_and_close)
    choose(parent)
    return shown


def test_the_file_dialogs_own_labels_in_korean(qtbot):
    """Qt's Korean lacks Qt 6's "&Look in:" and "Files of &type:" (it has them without
    the accelerator): every file dialog of the Korean window showed them in English."""
    shown = labels_shown(qtbot, key_cards.choose_card_to_open)
    assert shown == ["다음에서 찾기(&L):", "파일 이름(&N):", "파일 형식(&T):"]


def test_the_file_dialogs_own_labels_in_english(qtbot, english):
    shown = labels_shown(qtbot, key_cards.choose_card_to_open)
    assert shown == ["&Look in:", "File &name:", "Files of &type:"]
