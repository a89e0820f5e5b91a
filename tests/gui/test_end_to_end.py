"""One officer's day through the window, in process: first start at the US post, a dispute
with an attachment and a follow-up, found by search, sent as a package, merged at HQ, and
seen in HQ's window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWizard

from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.gui import messages
from officer_desk.gui.first_start import FirstStartDialog
from officer_desk.gui.main_window import MainWindow
from officer_desk.gui.sync_dialogs import CreatePackageDialog, MergeWizard
from officer_desk.services import deadlines, records
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.sync.key_card import trust_file, write_key_card

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)
    problems: list[str] = []
    monkeypatch.setattr(messages, "show_problem",
                        lambda parent, title, text: problems.append(text))
    return problems


def page_of(window: MainWindow, kind):
    window.nav.setCurrentRow(1 + list(window.lists).index(kind.name))
    page = window.current_list()
    assert page.kind is kind
    return page


def test_first_start_to_hq_window(qtbot, tmp_path, no_questions):
    # first start: the officer chooses the US post and where the file lives
    us_path = tmp_path / "주미대사관.sqlite"
    first = FirstStartDialog("en")
    qtbot.addWidget(first)
    first.post_option.setChecked(True)
    first.post.setCurrentIndex(first.post.findData("US"))
    first.officer.setText("김영희")
    first.file.setText(str(us_path))
    first.accept()
    assert first.path == us_path and us_path.exists()

    desk = open_desk(us_path)
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    window.show()

    # a company, then a dispute, through the editors
    companies = page_of(window, COMPANIES)
    editor = companies.new_record()
    editor.inputs["name_ko"].set("(주)한빛배터리")
    editor.inputs["name_en"].set("Hanbit Battery Co., Ltd.")
    assert editor.save(), no_questions
    [company] = list(desk.repo.rows(COMPANIES, "WHERE deleted = 0"))

    disputes = page_of(window, DISPUTES)
    editor = disputes.new_record()
    editor.inputs["title_ko"].set("한빛배터리 v. Voltaic Licensing 특허침해소송")
    editor.inputs["company_id"].set(company.id)
    editor.inputs["ip_type"].set("patent")
    editor.inputs["dispute_kind"].set("infringement_suit")
    editor.inputs["opened_on"].set(dt.date(2025, 3, 1))
    assert editor.save(), no_questions
    dispute_id = editor.record_id
    assert records.get(desk, dispute_id)["company_id"] == company.id

    # its attachment and follow-up, from the panels under the list
    disputes.table.selectRow(disputes.model.row_of(dispute_id))
    evidence = tmp_path / "소장.pdf"
    evidence.write_bytes(b"%PDF-1.4 complaint")
    assert disputes.attachments.add_files([str(evidence)]) == 1
    disputes.follow_ups.ask_follow_up = lambda parent: (
        dt.date.today() + dt.timedelta(days=10), "답변서 제출 기한")
    assert disputes.follow_ups.add_follow_up() is not None
    assert [d.record_id for d in deadlines.deadlines(desk)] == [dispute_id]

    # search as you type finds it
    disputes.search.setText("Voltaic")
    qtbot.waitUntil(lambda: disputes.model.total == 1, timeout=3000)
    assert disputes.model.record_id(0) == dispute_id

    # the post and HQ trust each other's key cards (after a phone call)
    hq = init_desk(tmp_path / "hq.sqlite", hq=True, officer="본청 담당")
    for src, dst in ((desk, hq), (hq, desk)):
        trust_file(dst, write_key_card(src, tmp_path / f"{src.home_post}.odkey")[0], "x")

    # a sync package into the outbox, encrypted for HQ
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    create = CreatePackageDialog(desk, window, folder_chooser=lambda parent: str(outbox))
    qtbot.addWidget(create)
    create.folder.setText(str(outbox))
    info = create.create()
    assert info is not None and info.path.parent == outbox
    assert [k.post for k in info.readers] == ["HQ"]
    # the windows stay open on their databases until qtbot closes them after the test:
    # a closing window's widgets may still ask their list for rows
    window.close()

    # HQ merges it with the wizard (the key is trusted already, from the card)
    wizard = MergeWizard(hq, files_chooser=lambda parent: [str(info.path)],
                         trust_confirm=lambda parent, key: True)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.files_page.add_files()
    wizard.next()
    assert wizard.verify_page.trust_button(0) is None
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.report_page
    assert [r.outcome for r in wizard.report_page.reports] == ["merged"]
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()

    # and HQ's window shows the dispute, its attachment and its follow-up
    hq_window = MainWindow(hq, "en")
    qtbot.addWidget(hq_window)
    hq_window.show()
    hq_disputes = page_of(hq_window, DISPUTES)
    hq_disputes.search.setText("Voltaic")
    qtbot.waitUntil(lambda: hq_disputes.model.total == 1, timeout=3000)
    hq_disputes.table.selectRow(0)
    assert "한빛배터리 v. Voltaic Licensing" in hq_disputes.detail.toPlainText()
    assert hq_disputes.tabs.tabText(1).endswith("(1)")
    assert hq_disputes.tabs.tabText(2).endswith("(1)")
