"""A record deleted (or renamed, or restored): what names it shows what is stored now —
"(삭제됨)" after its title — when next read, without F5. A list kept the titles of the
records it links to for as long as its model lived, F5 or not."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officer_desk.domain.kinds import AGENDA_ITEMS, COMPANIES, CONFERENCES, DISPUTES
from officer_desk.gui import messages
from officer_desk.gui.main_window import MainWindow
from officer_desk.gui.models import RecordTableModel
from officer_desk.services import records

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def yes(monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)


def shown_page(qtbot, window, number: int, kind, *, rows: bool = True):
    qtbot.keyClick(QApplication.focusWidget() or window, getattr(Qt.Key, f"Key_{number}"),
                   CTRL)
    page = window.current_list()
    assert page is not None and page.kind is kind
    qtbot.waitUntil(lambda: not page.model.loading and (page.model.rowCount() > 0 or not rows))
    return page


def test_a_list_reads_its_linked_titles_again_when_it_reads_its_rows(qtbot, desk):
    """A list showing a linked record's title (an agenda item's conference): once the
    conference is deleted, or renamed, reading the list again (a change elsewhere, F5)
    shows it so; the titles were kept from the first read for the model's life."""
    conference, _ = records.create(desk, CONFERENCES, {
        "title_ko": "2분기 회의", "conference_kind": "hq_video", "held_on": dt.date(2024, 4, 2)})
    records.create(desk, AGENDA_ITEMS, {"conference_id": conference.id, "title_ko": "현황"})
    model = RecordTableModel(desk, AGENDA_ITEMS, "ko")
    model.background = False
    model.refresh()
    cell = model.index(0, model.column_of("conference_id"))
    assert cell.data() == "2분기 회의"
    records.delete(desk, conference.id)
    model.refresh()
    assert model.index(0, model.column_of("conference_id")).data() == "2분기 회의 (삭제됨)"
    records.restore(desk, conference.id)
    records.update(desk, conference.id, {"title_ko": "2분기 본청 회의"})
    model.refresh()
    assert model.index(0, model.column_of("conference_id")).data() == "2분기 본청 회의"


def test_a_deleted_company_is_marked_in_the_disputes_page_without_f5(
        qtbot, desk, company, dispute):
    """Deleted on the companies page (Delete), the dispute's details say "(삭제됨)"
    when the disputes page is shown again; undone (Ctrl+Z), the mark goes."""
    window = MainWindow(desk, "ko")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    disputes = shown_page(qtbot, window, 2, DISPUTES)
    disputes.table.selectRow(0)
    assert "(주)한빛배터리" in disputes.detail.toPlainText()
    assert "(삭제됨)" not in disputes.detail.toPlainText()

    companies = shown_page(qtbot, window, 5, COMPANIES)
    companies.table.setFocus()
    companies.table.selectRow(0)
    qtbot.keyClick(companies.table, Qt.Key.Key_Delete)
    assert records.get(desk, company.id).deleted

    disputes = shown_page(qtbot, window, 2, DISPUTES)
    qtbot.waitUntil(lambda: "(주)한빛배터리 (삭제됨)" in disputes.detail.toPlainText())

    shown_page(qtbot, window, 5, COMPANIES, rows=False)  # the deleted company is not listed
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert not records.get(desk, company.id).deleted
    disputes = shown_page(qtbot, window, 2, DISPUTES)
    qtbot.waitUntil(lambda: "(삭제됨)" not in disputes.detail.toPlainText())
    assert "(주)한빛배터리" in disputes.detail.toPlainText()
