"""The GUI tests' guard (conftest ``unanswered_questions``): a test that leaves a question
unanswered fails, saying which, instead of hanging the run (s27). Run on tests written
for it, in a pytest of their own, with this folder's conftest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CONFTEST = Path(__file__).with_name("conftest.py")

LEFT_UNANSWERED = '''
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from officer_desk.domain.kinds import DISPUTES
from officer_desk.gui.editor import RecordEditor
from officer_desk.services.desk import init_desk


def test_an_editor_left_unsaved(qtbot, tmp_path):
    desk = init_desk(tmp_path / "us.sqlite", post="US", officer="kim")
    editor = RecordEditor(desk, DISPUTES, None, "en")
    qtbot.addWidget(editor)
    editor.show()
    QTest.keyClicks(editor.focusWidget() or editor, "unsaved words")


def test_a_qt_box_nobody_answers(qtbot):
    answer = QMessageBox.question(None, "Officer Desk", "Really do it?")
    assert answer != QMessageBox.StandardButton.Yes


def test_a_box_the_test_answers(qtbot, monkeypatch):
    from officer_desk.gui import messages

    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)
    assert messages.ask(None, "Officer Desk", "Discard?")
'''


def test_a_question_left_unanswered_fails_the_test_instead_of_hanging(tmp_path):
    (tmp_path / "conftest.py").write_text(CONFTEST.read_text(encoding="utf-8"),
                                          encoding="utf-8")
    (tmp_path / "test_left.py").write_text(LEFT_UNANSWERED, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               OFFICER_DESK_TEST_DIALOG_SECONDS="2", OFFICER_DESK_HOME=str(tmp_path / "home"))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o",
         "qt_api=pyside6", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
        stdin=subprocess.DEVNULL)
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "test left a question unanswered: messages.ask:" in out
    assert "ERROR test_left.py::test_an_editor_left_unsaved" in out
    assert "QMessageBox.question: QMessageBox 'Officer Desk', still open after 2 s" in out
    assert "ERROR test_left.py::test_a_qt_box_nobody_answers" in out
    assert "3 passed, 2 errors" in out
