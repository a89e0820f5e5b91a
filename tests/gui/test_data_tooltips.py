"""A record's text (or a search) in a tooltip or a label reads as it is stored, tags and
entities included.

s28 window check: Qt shows a tooltip as rich text when it looks like HTML, so a title
"… <b>Electronics</b> …" showed "Electronics" in bold without its tags, and
"R&amp;D" showed "R&D". Read here as Qt's tooltip reads it (``as_qt_shows``)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from officer_desk.domain.kinds import DISPUTES, FOLLOW_UPS
from officer_desk.gui.follow_ups_page import FollowUpsPage
from officer_desk.gui.list_page import RecordListPage
from officer_desk.gui.todo_model import COLUMNS
from officer_desk.services import records

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)

TITLE = "Hanbit v. Samsung <b>Electronics</b> Co. — R&amp;D 특허침해소송 (E.D. Tex.) 2024"
DESCRIPTION = "답변서 <i>제출</i> 기한 & 자료 &lt;초안&gt;"


def as_qt_shows(tip: str) -> str:
    """A tooltip's text as the person reads it (QToolTip: rich text when it may be)."""
    if not QtGui.Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_title_and_a_description_with_tags_read_as_stored(qtbot, desk, dispute, lang):
    records.update(desk, dispute.id, {"title_ko": TITLE, "title_en": TITLE})
    records.create(desk, FOLLOW_UPS, {"record_id": dispute.id, "due_on": dt.date(2030, 1, 2),
                                      "description": DESCRIPTION})
    page = RecordListPage(desk, DISPUTES, lang)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    title = page.model.index(0, page.model.column_of("title"))
    assert as_qt_shows(page.model.data(title, Qt.ItemDataRole.ToolTipRole)) == TITLE

    todo = FollowUpsPage(desk, lang)
    qtbot.addWidget(todo)
    todo.show()
    qtbot.waitUntil(lambda: todo.model.rowCount() == 1)
    described = todo.model.index(0, [c[0] for c in COLUMNS].index("description"))
    assert as_qt_shows(todo.model.data(described, Qt.ItemDataRole.ToolTipRole)) == DESCRIPTION


def test_a_search_that_looks_like_html_is_said_as_typed(qtbot, desk, dispute):
    """The empty list said "No records match “삼성”" in bold for a search typed
    "<b>삼성</b>" (its title label took the text for rich text)."""
    from key_typing import type_text

    page = RecordListPage(desk, DISPUTES, "ko")
    qtbot.addWidget(page)
    page.show()
    page.search.setFocus()
    type_text(page.search, "<b>삼성</b>")
    qtbot.waitUntil(lambda: page.empty.isVisible())
    shown = page.empty.title.text() if page.empty.title.textFormat() == \
        Qt.TextFormat.PlainText else as_qt_shows(page.empty.title.text())
    assert "“<b>삼성</b>”" in shown
