"""The briefing pack dialog: selection, the real pack in the background, cancel, menu."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from officer_desk.gui import messages as messages_module
from officer_desk.gui.brief_choices import checked, set_checked
from officer_desk.gui.brief_dialog import BriefDialog
from officer_desk.gui.file_menu import install_brief_menu
from officer_desk.gui.texts import use_language

# the dialogs are read in English here
pytestmark = pytest.mark.usefixtures("english")


def _briefs_fixture():
    """tests/briefs/brief_fixture.py (the fixture desk), loaded by path."""
    path = Path(__file__).resolve().parents[1] / "briefs" / "brief_fixture.py"
    spec = importlib.util.spec_from_file_location("briefs_fixture_desk", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


fill_brief_desk = _briefs_fixture().fill_brief_desk

TODAY = dt.date(2026, 4, 15)


@pytest.fixture
def brief_ids(hq_desk):
    ids = fill_brief_desk(hq_desk)
    hq_desk.conn.commit()
    return ids


@pytest.fixture
def answers(monkeypatch):
    """The dialog's question before writing: answered Yes (the questions are kept)."""
    from officer_desk.gui import messages

    state = {"answer": True, "asked": []}

    def ask(parent, title, text):
        state["asked"].append(text)
        return state["answer"]

    monkeypatch.setattr(messages, "ask", ask)
    return state


def finish(qtbot, dialog) -> None:
    """Wait until the dialog has read the plan and, if agreed, written the pack."""
    qtbot.waitUntil(lambda: (not dialog.running and dialog.plan is not None) or (
        dialog.task is not None and dialog.task.done and dialog.task.error is not None),
        timeout=60_000)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)


@pytest.fixture
def dialog(qtbot, hq_desk, brief_ids, tmp_path, answers):
    opened: list[Path] = []
    d = BriefDialog(hq_desk, lang="en", folder_chooser=lambda parent: str(tmp_path / "chosen"),
                    opener=opened.append, today=TODAY)
    d.opened = opened
    qtbot.addWidget(d)
    return d


def choose_conference(dialog: BriefDialog, conference_id: str) -> None:
    dialog.conference.setCurrentIndex(dialog.conference.findData(conference_id))


def test_choosing_a_conference_suggests_its_number(dialog, brief_ids):
    assert dialog.conference.itemText(0) == "(none)"
    choose_conference(dialog, brief_ids["k_current"])
    assert dialog.number.text() == "2026-2"
    assert "Q2 video conference" in dialog.conference.currentText()
    assert dialog.selection().conference_id == brief_ids["k_current"]


def test_the_selection_follows_the_form(dialog):
    dialog.use_period.setChecked(True)
    set_checked(dialog.posts, ("US", "JP"))
    set_checked(dialog.kinds, ("disputes",))
    set_checked(dialog.fields, ("ai",))
    dialog.tags.setText("npe, battery")
    dialog.stakeholder.setChecked(True)
    dialog.language.setCurrentIndex(1)
    s = dialog.selection()
    assert s.posts == ("JP", "US") and checked(dialog.posts) == ("JP", "US")
    assert s.kinds == ("disputes",) and s.technology_fields == ("ai",)
    assert s.tags == ("npe", "battery")
    assert (s.edition, s.lang) == ("stakeholder", "en")
    assert s.date_from == dt.date(2026, 4, 1) and s.date_to == TODAY


def test_writes_the_pack_in_the_background_and_opens_the_folder(qtbot, dialog, brief_ids,
                                                                 tmp_path, answers):
    choose_conference(dialog, brief_ids["k_current"])
    dialog.stakeholder.setChecked(True)
    dialog.folder.setText(str(tmp_path / "out"))
    task = dialog.write()
    assert task is not None and dialog.running
    assert not dialog.write_button.isEnabled() and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.pack is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.progress.value() == 100
    # what the pack holds was shown, and agreed to, before anything was written
    [question] = answers["asked"]
    assert "Workbook: 3 disputes, 2 engagements" in question
    assert ("Shown by their structured line only (companies that have not agreed to be "
            "named): 5 records") in question
    assert question.endswith("Write this pack?")
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["brief-2026-2-v1-stakeholder-en.manifest.json",
                     "brief-2026-2-v1-stakeholder-en.pdf", "brief-2026-2-v1-stakeholder-en.xlsx"]
    manifest = json.loads(dialog.pack.manifest.read_text(encoding="utf-8"))
    assert manifest["counts"]["disputes"] == 3
    assert dialog.opened == [tmp_path / "out"]
    assert "brief-2026-2-v1-stakeholder-en.manifest.json" in dialog.status.text()
    assert dialog.write_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_answering_no_writes_nothing_and_an_existing_pack_is_asked_about(
        qtbot, dialog, answers, brief_ids, tmp_path):
    choose_conference(dialog, brief_ids["k_current"])
    dialog.folder.setText(str(tmp_path / "out"))
    answers["answer"] = False
    dialog.write()
    finish(qtbot, dialog)
    assert dialog.pack is None and not (tmp_path / "out").exists()
    assert dialog.status.text() == "Nothing was written."
    answers["answer"] = True
    dialog.write()
    qtbot.waitUntil(lambda: dialog.pack is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    written = dialog.pack.files[0].path.read_bytes()
    dialog.distribution.setText("KPAA only")
    dialog.write()  # the same number and version again: asked, then replaced
    qtbot.waitUntil(lambda: dialog.pack is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert answers["asked"][-1].endswith(
        "Write this pack, replacing the files of the same number and version?")
    assert "Already in the folder (would be replaced): brief-2026-2-v1-internal-en.pdf" in \
        answers["asked"][-1]
    assert dialog.pack.content.control.distribution == "KPAA only"
    assert dialog.pack.files[0].path.read_bytes() != written


def test_a_stakeholder_pack_that_would_leak_is_refused_before_writing(
        qtbot, dialog, problems, brief_ids, hq_desk, tmp_path):
    from officer_desk.domain.kinds import TREND_NOTES

    _briefs_fixture()._add(hq_desk, TREND_NOTES, "US", {
        "title_en": "Note", "category": "court_ruling", "noted_on": dt.date(2026, 3, 3),
        "body": "hanbitbatteryoutlet.com sells fakes", "sensitivity": "public"})
    hq_desk.conn.commit()
    choose_conference(dialog, brief_ids["k_current"])
    dialog.stakeholder.setChecked(True)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.write()
    finish(qtbot, dialog)
    assert "would still identify a company" in problems[-1]
    assert "Hanbit Battery" in problems[-1] and dialog.pack is None
    assert not (tmp_path / "out").exists()


def test_cancel_writes_nothing(qtbot, dialog, tmp_path):
    dialog.folder.setText(str(tmp_path / "out"))
    task = dialog.write()
    dialog.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert dialog.pack is None and dialog.opened == []
    assert dialog.status.text() == "Cancelled; nothing was written."
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_without_a_folder_the_chooser_is_asked(qtbot, dialog, tmp_path):
    dialog.xlsx.setChecked(False)
    dialog.open_when_done.setChecked(False)
    dialog.write()
    qtbot.waitUntil(lambda: dialog.pack is not None, timeout=60_000)
    assert dialog.folder.text() == str(tmp_path / "chosen")
    assert [f.format for f in dialog.pack.files] == ["pdf"] and dialog.opened == []


def test_bad_input_is_shown_and_nothing_runs(dialog, problems, tmp_path):
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.number.setText("a/b")
    assert dialog.write() is None
    assert "brief number 'a/b'" in problems[-1]
    dialog.number.setText("3")
    dialog.pdf.setChecked(False)
    dialog.xlsx.setChecked(False)
    assert dialog.write() is None and problems[-1] == "Tick PDF, Excel, HWPX or more than one."
    assert not (tmp_path / "out").exists()


def test_a_problem_in_the_worker_is_shown(qtbot, dialog, problems, tmp_path):
    target = tmp_path / "a-file"
    target.write_text("x")
    dialog.folder.setText(str(target))
    dialog.write()
    finish(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(problems), timeout=60_000)
    assert "is a file" in problems[-1] and "is a file" in dialog.status.text()


def test_korean_dialog(qtbot, hq_desk, brief_ids):
    use_language("ko")
    d = BriefDialog(hq_desk, lang="ko", opener=lambda p: None)
    qtbot.addWidget(d)
    assert d.windowTitle() == "업무 보고 자료"
    assert d.write_button.text() == "자료 만들기"
    assert d.language.currentData() == "ko"


def test_menu_entry_with_ctrl_b(qtbot, hq_desk):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.desk = hq_desk
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction("&Quit")
    action = install_brief_menu(window)
    assert action.text() == "Briefing pack…"
    assert action.shortcut().toString() == "Ctrl+B"
    assert file_menu.actions()[0] is action
    assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut


def test_install_in_the_real_main_window(qtbot, hq_desk, monkeypatch):
    from officer_desk.gui import brief_dialog
    from officer_desk.gui.main_window import MainWindow

    window = MainWindow(hq_desk, "en")
    qtbot.addWidget(window)
    action = window.brief_action  # the window installs it (install_brief_menu)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert file_menu.actions()[0] is action
    shown: list[BriefDialog] = []
    monkeypatch.setattr(brief_dialog.BriefDialog, "exec", lambda self: shown.append(self))
    action.trigger()
    assert len(shown) == 1 and shown[0].desk is hq_desk
    assert shown[0].language.currentData() == "en"


def test_the_hangul_document_is_ticked_with_the_keyboard_and_written(
        qtbot, dialog, brief_ids, tmp_path, answers):
    from hwp_hwpx_parser import Reader
    from PySide6.QtTest import QTest

    choose_conference(dialog, brief_ids["k_current"])
    dialog.show()
    assert dialog.hwpx.text() == "Hangul (HWPX)" and not dialog.hwpx.isChecked()
    dialog.hwpx.setFocus()
    QTest.keyClick(dialog.hwpx, Qt.Key.Key_Space)  # tick it as a person would
    assert dialog.hwpx.isChecked()
    dialog.xlsx.setFocus()
    QTest.keyClick(dialog.xlsx, Qt.Key.Key_Space)  # and leave the workbook out
    assert dialog.formats() == ("pdf", "hwpx")
    dialog.folder.setFocus()
    QTest.keyClicks(dialog.folder, str(tmp_path / "hwpx"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.pack is not None, timeout=60_000)
    [question] = answers["asked"]
    assert "HWPX: the PDF's content as a 한글 document to edit" in question
    written = tmp_path / "hwpx" / "brief-2026-2-v1-internal-en.hwpx"
    assert written.exists()
    assert sorted(p.name for p in (tmp_path / "hwpx").iterdir()) == [
        "brief-2026-2-v1-internal-en.hwpx", "brief-2026-2-v1-internal-en.manifest.json",
        "brief-2026-2-v1-internal-en.pdf"]
    with Reader(str(written)) as reader:
        lines = reader.text.splitlines()
    assert dialog.pack.content.summary.title in lines
    assert dialog.pack.content.control.title in lines
    assert written.name in dialog.status.text()


def test_the_hangul_box_in_korean(qtbot, hq_desk, brief_ids):
    use_language("ko")
    d = BriefDialog(hq_desk, lang="ko", opener=lambda p: None)
    qtbot.addWidget(d)
    assert d.hwpx.text() == "한글 (HWPX)"
    assert d.hwpx.toolTip() == "PDF와 같은 내용을 고칠 수 있는 한글 문서"


def test_tags_typed_as_the_editor_takes_them_choose_those_tags(qtbot, dialog, tmp_path,
                                                               answers):
    """Tags typed as every record's editor takes them, "npe; trademark" (s28 window
    check): the pack held the records tagged with neither (0 disputes), the text taken
    for one tag; now "; " separates tags here too, as does ", "."""
    asked = []
    for typed in ("npe; trademark", "npe, trademark"):
        dialog.tags.clear()
        dialog.tags.setFocus()
        qtbot.keyClicks(dialog.tags, typed)
        dialog.folder.setText(str(tmp_path / "out"))
        answers["answer"] = False
        qtbot.keyClick(dialog.write_button, Qt.Key.Key_Space)
        finish(qtbot, dialog)
        assert dialog.plan.selection.tags == ("npe", "trademark")
        asked.append(answers["asked"][-1])
    assert asked[0] == asked[1]
    assert "Workbook: 2 disputes" in asked[0]


REAL_ASK = messages_module.ask  # before the GUI tests' stand-in replaces it


def test_a_conference_title_like_html_is_said_as_written(qtbot, dialog, hq_desk, brief_ids,
                                                        tmp_path, monkeypatch):
    """s28 window check: a conference called "Q2 <b>video</b> conference" made the pack's
    summary under the form, and the question before writing, rich text: the title lost
    its tags and every line of the summary ran into one."""
    from PySide6 import QtGui
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from officer_desk.services import records

    title = "Q2 <b>video</b> conference & <i>KPAA</i>"
    records.update(hq_desk, brief_ids["k_current"], {"title_en": title})
    choose_conference(dialog, brief_ids["k_current"])
    dialog.folder.setText(str(tmp_path / "out"))
    read: list[str] = []

    def as_shown(label: QLabel) -> str:
        if label.textFormat() == Qt.TextFormat.PlainText or not QtGui.Qt.mightBeRichText(
                label.text()):
            return label.text()
        document = QTextDocument()
        document.setHtml(label.text())
        return document.toPlainText()

    def read_and_answer_no() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # the plan is still being read
            return
        poll.stop()
        read.append(as_shown(box.findChild(QLabel, "qt_msgbox_label")))
        read.append(as_shown(dialog.status))
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    monkeypatch.setattr(messages_module, "ask", REAL_ASK)
    poll = QTimer()
    poll.timeout.connect(read_and_answer_no)
    poll.start(20)
    dialog.write()
    finish(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(read), timeout=30_000)
    question, status = read
    assert question.startswith(title) or f"— {title}" in question.splitlines()[0]
    assert "\nWorkbook: " in question
    assert title in status.splitlines()[0] and "\nWorkbook: " in status
