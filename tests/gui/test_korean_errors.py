"""The window in Korean through every error path it can reach: each message it shows —
message boxes, notice bars, the problems beside fields, the wizards' pages, the merge
report — is in Korean (codes, numbers and file names aside).

Typed input goes in by key events; what is checked is everything the window shows.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest
from key_typing import type_text
from korean_text import assert_korean, latin_sentences, shown_texts
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from officer_desk.domain.kinds import COMPANIES, DISPUTES, FOLLOW_UPS, TREND_NOTES
from officer_desk.gui import messages
from officer_desk.gui.brief_dialog import BriefDialog
from officer_desk.gui.editor import RecordEditor
from officer_desk.gui.first_start import FirstStartDialog
from officer_desk.gui.import_wizard import ImportWizard
from officer_desk.gui.list_page import RecordListPage
from officer_desk.gui.main_window import MainWindow
from officer_desk.gui.session import Session
from officer_desk.gui.sync_dialogs import MergeWizard
from officer_desk.services import records
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.sync.package import build_package

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def shown(monkeypatch):
    """Every message box the window would show (problems and questions)."""
    said: list[str] = []
    monkeypatch.setattr(messages, "show_problem",
                        lambda parent, title, text: said.append(text))

    def ask(parent, title, text):
        said.append(text)
        return True

    monkeypatch.setattr(messages, "ask", ask)
    return said


def test_the_checker_finds_english_sentences():
    assert latin_sentences("Description is required") == ["Description is required"]
    assert latin_sentences("오류: us.xlsx을(를) 읽을 수 없습니다: No such file") == ["No such file"]
    assert latin_sentences("설명: 필수 항목입니다") == []
    assert latin_sentences("US 2024-03-01 us.sqlite /tmp/a/b.odpkg 3f2c9a1e") == []


def test_a_validation_error_on_save(qtbot, desk, company, shown):
    w = RecordEditor(desk, FOLLOW_UPS, None, "ko")
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    QTest.keyClick(w, Qt.Key.Key_S, CTRL)  # nothing typed: the description is missing
    assert list(desk.repo.rows(FOLLOW_UPS, "WHERE deleted = 0")) == []  # nothing stored
    errors = [label.text() for label in w.errors.values() if not label.isHidden()]
    assert errors, "the missing description is said beside the field"
    assert_korean(errors + shown + shown_texts(w), "follow-up editor")


def test_a_bad_value_typed_is_refused_in_korean(qtbot, desk, company, shown):
    w = RecordEditor(desk, DISPUTES, None, "ko")
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    amount = w.inputs["claimed_amount"].edit
    amount.setFocus()
    QTest.keyClicks(amount, "-5")
    QTest.keyClick(w, Qt.Key.Key_S, CTRL)
    errors = [label.text() for label in w.errors.values() if not label.isHidden()]
    assert len(errors) >= 2  # the required fields and the negative amount
    assert list(desk.repo.rows(DISPUTES, "WHERE deleted = 0")) == []
    assert_korean(errors + shown + shown_texts(w), "dispute editor")


def test_another_posts_record_cannot_be_deleted(qtbot, desk, company, shown):
    other, _ = records.create(desk, COMPANIES, {"name_en": "Elsewhere Ltd"}, post="JP",
                              foreign_ok=True)
    page = RecordListPage(desk, COMPANIES, "ko")
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    row = next(r for r in range(page.model.rowCount())
               if page.model.record_id(r) == other.id)
    page.table.selectRow(row)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert not records.get(desk, other.id).deleted
    assert any("JP" in text for text in shown), shown
    assert_korean(shown + shown_texts(page), "deleting another post's record",
                  data=["Elsewhere Ltd", "Hanbit Battery Co., Ltd."])


def test_another_posts_record_opens_read_only_saying_why_in_korean(qtbot, desk, company):
    other, _ = records.create(desk, COMPANIES, {"name_en": "Elsewhere Ltd"}, post="JP",
                              foreign_ok=True)
    w = RecordEditor(desk, COMPANIES, other, "ko")
    qtbot.addWidget(w)
    w.show()
    assert w.readonly
    note = w.note.text()
    assert note.startswith("읽기 전용: ") and "JP" in note, note
    assert_korean([note], "another post's record in the editor", data=["Elsewhere Ltd"])


def test_a_read_only_file_refuses_a_change_in_korean(qtbot, desk, dispute, shown):
    path = desk.path
    desk.close()
    readonly = open_desk(path, readonly=True)
    try:
        window = MainWindow(readonly, "ko")
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        QTest.keyClick(window, Qt.Key.Key_2, CTRL)
        page = window.current_list()
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
        page.table.selectRow(0)
        # a change that reaches the service anyway is refused, and said in Korean
        page.delete_or_restore()
        assert not records.get(readonly, dispute.id).deleted
        assert_korean(shown + shown_texts(window), "read-only window")
    finally:
        readonly.close()


def test_a_stakeholder_edition_that_would_leak_is_refused_in_korean(
        qtbot, hq_desk, tmp_path, shown):
    spec = importlib.util.spec_from_file_location(
        "briefs_fixture_desk", Path(__file__).resolve().parents[1] / "briefs" /
        "brief_fixture.py")
    fixture = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = fixture  # its dataclasses look themselves up there
    spec.loader.exec_module(fixture)
    ids = fixture.fill_brief_desk(hq_desk)
    fixture._add(hq_desk, TREND_NOTES, "US", {
        "title_en": "Note", "category": "court_ruling", "noted_on": dt.date(2026, 3, 3),
        "body": "hanbitbatteryoutlet.com sells fakes", "sensitivity": "public"})
    hq_desk.conn.commit()
    dialog = BriefDialog(hq_desk, lang="ko", folder_chooser=lambda parent: None,
                         opener=lambda path: None, today=fixture.TODAY)
    qtbot.addWidget(dialog)
    dialog.conference.setCurrentIndex(dialog.conference.findData(ids["k_current"]))
    dialog.stakeholder.setChecked(True)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.write()
    qtbot.waitUntil(lambda: not dialog.running and (dialog.task is None or dialog.task.done),
                    timeout=60_000)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.pack is None and not (tmp_path / "out").exists()
    assert any("대외 배포용" in text for text in shown), shown
    assert_korean(shown, "stakeholder edition refusal")


def test_a_briefing_pack_the_system_refuses_to_write_says_why_in_korean(
        qtbot, hq_desk, tmp_path, shown):
    """The folder typed is under a regular file: the system's reason (ENOTDIR) is shown
    in Korean, in the status line and the message, and nothing is written."""
    plain = tmp_path / "메모.txt"
    plain.write_text("메모", encoding="utf-8")
    dialog = BriefDialog(hq_desk, lang="ko", folder_chooser=lambda parent: None,
                         opener=lambda path: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setFocus()
    dialog.folder.clear()
    type_text(dialog.folder, str(plain / "out"))
    dialog.write()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.pack is None and plain.read_text(encoding="utf-8") == "메모"
    status = dialog.status.text()
    assert "경로 중간의 이름이 폴더가 아니라 파일입니다" in status, status
    assert_korean([status, *shown], "briefing pack the system refuses")


def test_importing_a_file_that_is_not_a_workbook(qtbot, desk, tmp_path, shown):
    fake = tmp_path / "분쟁.xlsx"
    fake.write_bytes(b"not a workbook")
    wizard = ImportWizard(desk, lang="ko", file_chooser=lambda parent: str(fake))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.problem.text()
    assert_korean(shown + shown_texts(wizard), "import of a bad file")


def _damaged_copy(good: Path, wrong: Path) -> None:
    """``good`` with many records, copied to ``wrong`` with its pages' contents overwritten
    (SQLite says "database disk image is malformed")."""
    desk = open_desk(good)
    for n in range(300):
        records.create(desk, COMPANIES, {"name_ko": f"(주)한빛{n}" * 20})
    desk.close()
    data = bytearray(good.read_bytes())
    for page in range(3 * 4096, len(data) - 4096, 4096):
        data[page + 8:page + 100] = b"\xff" * 92
    wrong.write_bytes(bytes(data))


@pytest.mark.parametrize("what", ["text", "missing", "other", "damaged"])
def test_opening_a_wrong_file(qtbot, tmp_path, shown, what):
    good = tmp_path / "us.sqlite"
    init_desk(good, post="US", officer="김영희").close()
    wrong = {"text": tmp_path / "목록.sqlite", "missing": tmp_path / "gone.sqlite",
             "other": tmp_path / "other.sqlite", "damaged": tmp_path / "손상.sqlite"}[what]
    if what == "damaged":
        _damaged_copy(good, wrong)
    elif what == "text":
        wrong.write_text("한빛배터리, 특허침해\n" * 40, encoding="utf-8")
    elif what == "other":
        import sqlite3

        conn = sqlite3.connect(wrong)
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.commit()
        conn.close()
    session = Session("ko")
    try:
        assert session.open_path(good)
        window = session.window
        session.choose_file = lambda parent, caption: str(wrong)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_O, CTRL)
        bar = window.problem_bar.text()
        assert wrong.name in bar
        if what == "damaged":  # SQLite's reason, said in Korean
            assert "손상되었습니다(데이터베이스 파일의 내부 구조가 깨졌습니다)" in bar, bar
        assert_korean([bar, *shown], f"opening a wrong file ({what})")
    finally:
        session.close()


def test_attaching_files_the_system_refuses(qtbot, desk, dispute, tmp_path, shown):
    """A missing file, a path under a regular file, a folder: each is named with the
    system's reason in Korean, and nothing is attached."""
    from officer_desk.gui.record_panels import AttachmentsPanel

    plain = tmp_path / "메모.txt"
    plain.write_text("메모", encoding="utf-8")
    (tmp_path / "폴더").mkdir()
    panel = AttachmentsPanel(desk, "ko")
    qtbot.addWidget(panel)
    panel.show_record(dispute.id)
    chosen = [str(tmp_path / "없는파일.pdf"), str(plain / "x.pdf"), str(tmp_path / "폴더")]
    panel.choose_files = lambda parent, caption: chosen
    panel.add_button.setFocus()
    QTest.keyClick(panel.add_button, Qt.Key.Key_Space)
    assert panel.count() == 0
    (said,) = shown
    assert "없는파일.pdf: " in said and "그런 파일이나 폴더가 없습니다" in said, said
    assert "x.pdf: " in said and "폴더가 아니라 파일입니다" in said, said
    assert "폴더: " in said and "파일이 아니라 폴더입니다" in said, said
    assert_korean(shown, "attachments the system refuses")


def test_a_refused_sync_package(qtbot, hq_desk, desk, dispute, tmp_path, shown):
    package = build_package(desk, tmp_path / "us.odpkg", plain=True).path
    damaged = tmp_path / "damaged.odpkg"
    damaged.write_bytes(package.read_bytes()[:-200])
    wizard = MergeWizard(hq_desk, files_chooser=lambda parent: [str(package), str(damaged)],
                         trust_confirm=lambda parent, key: False)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.files_page.add_files()
    wizard.next()
    wizard.verify_page.trust_button(0).click()  # the person does not trust the key
    verify = shown_texts(wizard.verify_page)
    wizard.next()
    reports = wizard.preview_page.reports
    assert [r.outcome for r in reports] == ["refused", "refused"]
    assert_korean(verify + shown_texts(wizard.preview_page) + shown, "merge refusals")


def test_an_unknown_post_typed_for_a_new_case_log(qtbot, tmp_path, shown):
    dialog = FirstStartDialog("ko", actor="김영희",
                              choose_file=lambda parent, caption, start: None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.file.setFocus()
    dialog.file.selectAll()
    type_text(dialog.file, str(tmp_path / "미국.sqlite"))
    dialog.post.lineEdit().selectAll()
    dialog.post.setFocus()
    type_text(dialog.post.lineEdit(), "미국")
    dialog.accept()
    assert not (tmp_path / "미국.sqlite").exists()
    assert "미국" in dialog.problem.text()
    assert_korean(shown + shown_texts(dialog), "unknown post")


def test_an_unusable_korean_font_chosen_in_the_settings(qtbot, tmp_path, shown):
    from officer_desk.gui.settings_dialog import SettingsDialog

    web_font = tmp_path / "나눔.woff"
    web_font.write_bytes(b"wOFF" + b"\0" * 60)
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.font.setFocus()
    dialog.font.clear()
    type_text(dialog.font, str(web_font))
    dialog.accept()
    text = dialog.font_problem.text()
    assert "나눔.woff" in text and "웹 글꼴" in text
    assert_korean([text, *shown], "unusable font")
