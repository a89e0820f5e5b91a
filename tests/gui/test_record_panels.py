"""A record's attachments and follow-ups under the list's detail pane."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.gui import messages
from officer_desk.gui.list_page import RecordListPage
from officer_desk.gui.record_panels import AttachmentsPanel, FollowUpsPanel
from officer_desk.services import deadlines, records
from officer_desk.services.display import human_size


@pytest.fixture
def answers(monkeypatch):
    told: dict[str, list] = {"asked": [], "problems": [], "yes": [True]}

    def ask(parent, title, text):
        told["asked"].append(text)
        return told["yes"][0]

    monkeypatch.setattr(messages, "ask", ask)
    monkeypatch.setattr(messages, "show_problem",
                        lambda parent, title, text: told["problems"].append(text))
    return told


def files(tmp_path: Path, **contents: bytes) -> list[str]:
    out = []
    for name, data in contents.items():
        path = tmp_path / name.replace("_", ".", 1)
        path.write_bytes(data)
        out.append(str(path))
    return out


def attachments_panel(qtbot, desk, record_id) -> AttachmentsPanel:
    panel = AttachmentsPanel(desk, "ko")
    qtbot.addWidget(panel)
    panel.show_record(record_id)
    return panel


def test_add_by_dialog_and_by_drop(qtbot, desk, dispute, tmp_path, answers):
    panel = attachments_panel(qtbot, desk, dispute.id)
    chosen = files(tmp_path, complaint_pdf=b"%PDF" + b"x" * 3000, memo_txt=b"hello")
    panel.choose_files = lambda parent, caption: chosen
    with qtbot.waitSignal(panel.changed):
        panel.add_button.click()
    assert panel.count() == 2

    (dropped,) = files(tmp_path, photo_png=b"\x89PNG" + b"\0" * 100)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(dropped), QUrl("https://example.com/x.pdf")])
    with warnings.catch_warnings():  # PySide marks the only constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    assert panel.count() == 3 and not answers["problems"]
    names = {panel.table.item(r, 0).text(): panel.table.item(r, 1).text() for r in range(3)}
    assert names == {"complaint.pdf": human_size(3004), "memo.txt": "5 B",
                     "photo.png": "104 B"}
    assert panel.table.item(0, 2).text() == "application/pdf"


def test_too_large_file_is_refused_by_name(qtbot, desk, dispute, tmp_path, answers,
                                          monkeypatch):
    monkeypatch.setattr(records, "MAX_ATTACHMENT_BYTES", 10)
    panel = attachments_panel(qtbot, desk, dispute.id)
    panel.choose_files = lambda parent, caption: files(tmp_path, big_bin=b"y" * 50)
    assert panel.add_chosen() == 0
    assert panel.count() == 0
    assert len(answers["problems"]) == 1 and "big.bin" in answers["problems"][0]


def test_open_writes_a_temp_copy_and_remove_tombstones(qtbot, desk, dispute, tmp_path,
                                                       answers):
    panel = attachments_panel(qtbot, desk, dispute.id)
    data = bytes(range(256)) * 4
    panel.add_files(files(tmp_path, scan_pdf=data))
    opened: list[QUrl] = []
    panel.open_url = opened.append
    panel.select_row(0)
    path = panel.open_current()
    assert path is not None and path.name == "scan.pdf" and path.read_bytes() == data
    assert path.parent != tmp_path
    assert opened == [QUrl.fromLocalFile(str(path))]

    attachment_id = panel.items[0].id
    answers["yes"][0] = False
    assert not panel.remove_current() and panel.count() == 1
    answers["yes"][0] = True
    assert panel.remove_current()
    assert panel.count() == 0
    assert records.get(desk, attachment_id).deleted


def test_follow_ups_add_done_remove(qtbot, desk, dispute, answers):
    panel = FollowUpsPanel(desk, "ko")
    qtbot.addWidget(panel)
    panel.show_record(dispute.id)
    today = dt.date.today()
    panel.ask_follow_up = lambda parent: (today + dt.timedelta(days=5), "답변서 제출")
    assert panel.add_follow_up() is not None
    panel.ask_follow_up = lambda parent: (today - dt.timedelta(days=2), "지난 기한")
    assert panel.add_follow_up() is not None
    assert panel.ask_follow_up and panel.count() == 2
    assert panel.overdue_rows() == [0]
    assert panel.table.item(0, 0).foreground().color().name() == "#b00020"
    found = {d.description for d in deadlines.deadlines(desk) if d.record_id == dispute.id}
    assert found == {"답변서 제출", "지난 기한"}

    panel.select_row(0)
    assert panel.toggle_done()
    record = records.get(desk, panel.items[0].id)
    assert record.values["done"] and record.values["done_on"] == today
    assert panel.table.item(0, 2).text().startswith("✓")
    assert {d.description for d in deadlines.deadlines(desk)} == {"답변서 제출"}
    assert panel.toggle_done()  # not done after all
    assert {d.description for d in deadlines.deadlines(desk)} == {"답변서 제출", "지난 기한"}

    panel.select_row(1)
    assert panel.remove_current()
    assert panel.count() == 1
    assert {d.description for d in deadlines.deadlines(desk)} == {"지난 기한"}


def test_another_posts_record_is_read_only(qtbot, desk, dispute, tmp_path, answers):
    panel = attachments_panel(qtbot, desk, dispute.id)
    panel.add_files(files(tmp_path, a_txt=b"a"))
    other, _ = records.create(desk, COMPANIES, {"name_en": "Elsewhere Ltd"}, post="JP",
                              foreign_ok=True)
    panel.show_record(other.id)
    follow = FollowUpsPanel(desk, "ko")
    qtbot.addWidget(follow)
    follow.show_record(other.id)
    assert panel.readonly and follow.readonly
    assert not panel.add_button.isEnabled() and not panel.remove_button.isEnabled()
    assert not follow.add_button.isEnabled() and not follow.done_button.isEnabled()
    assert panel.add_files(files(tmp_path, b_txt=b"b")) == 0
    panel.show_record(dispute.id)
    assert panel.add_button.isEnabled() and not panel.remove_button.isEnabled()
    panel.select_row(0)
    assert panel.remove_button.isEnabled() and panel.open_button.isEnabled()


def test_list_page_tabs_show_counts(qtbot, desk, dispute, tmp_path, answers):
    page = RecordListPage(desk, DISPUTES, "en")
    qtbot.addWidget(page)
    titles = lambda: [page.tabs.tabText(i) for i in range(page.tabs.count())]  # noqa: E731
    assert titles() == ["상세", "첨부 (0)", "후속 조치 (0)", "연결 (0)"]
    page.table.selectRow(0)
    assert page.attachments.record_id == dispute.id
    page.attachments.add_files(files(tmp_path, a_txt=b"a", b_txt=b"bb"))
    page.follow_ups.ask_follow_up = lambda parent: (dt.date.today(), "전화")
    page.follow_ups.add_follow_up()
    # the links are read when their tab is shown
    assert titles() == ["상세", "첨부 (2)", "후속 조치 (1)", "연결"]
    assert page.current_record_id() == dispute.id
    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(-1, -1))
    assert titles()[1:] == ["첨부 (0)", "후속 조치 (0)", "연결 (0)"]
    company_page = RecordListPage(desk, COMPANIES, "en")
    qtbot.addWidget(company_page)
    assert company_page.tabs.count() == 4


def test_the_detail_panels_are_made_when_a_record_or_their_tab_is_chosen(qtbot, desk,
                                                                          dispute):
    def kinds(page):
        return [type(page.tabs.widget(i)).__name__ for i in range(page.tabs.count())]

    page = RecordListPage(desk, DISPUTES, "en")
    qtbot.addWidget(page)
    assert kinds(page) == ["QTextBrowser", "QWidget", "QWidget", "QWidget"]  # stand-ins
    page.tabs.setCurrentIndex(3)
    assert kinds(page) == ["QTextBrowser", "AttachmentsPanel", "FollowUpsPanel", "LinksPanel"]
    assert page.tabs.currentWidget() is page.links
    other = RecordListPage(desk, DISPUTES, "en")
    qtbot.addWidget(other)
    other.table.selectRow(0)
    assert kinds(other)[1:] == ["AttachmentsPanel", "FollowUpsPanel", "LinksPanel"]
    assert other.attachments.record_id == dispute.id
