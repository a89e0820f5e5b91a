"""Tab order: the list page from the search box to the detail tabs, the editor's fields
from top to bottom, then Save and Cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from officer_desk.domain.kinds import DISPUTES
from officer_desk.gui.editor import RecordEditor
from officer_desk.gui.list_page import RecordListPage
from officer_desk.gui.texts import use_language

#: The offscreen platform cannot raise windows or grab the keyboard for popups.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)


def tab_through(qtbot, window: QWidget, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets that get the focus pressing Tab ``steps`` times from ``start``."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    start.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(steps):
        window.focusNextChild()
        seen.append(QApplication.focusWidget())
    return seen


def in_order(seen: list[QWidget], expected: list[QWidget]) -> list[QWidget]:
    """``seen`` reduced to the widgets of ``expected``, each at its first visit."""
    wanted = set(map(id, expected))
    out: list[QWidget] = []
    for w in seen:
        if id(w) in wanted and all(w is not o for o in out):
            out.append(w)
    return out


def test_list_page_goes_from_search_through_filters_and_table_to_the_details(
        qtbot, desk, dispute):
    use_language("en")
    page = RecordListPage(desk, DISPUTES, "en")
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.table.selectRow(0)
    expected = [w if w is not page.tabs else page.tabs.tabBar() for w in page.focus_order()
                if w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    seen = tab_through(qtbot, page, page.search, len(expected) + 12)
    assert seen[0] is page.search
    assert in_order(seen, expected) == expected
    names = [w.objectName() for w in expected if w.objectName().startswith("filter_")]
    assert names[:2] == ["filter_status", "filter_ip_type"]
    # the filters come before the table, the table before the detail tabs
    table = seen.index(page.table)
    assert seen.index(page.filters["stage"]) < table < seen.index(page.tabs.tabBar())


def test_editor_goes_through_the_fields_top_to_bottom_then_save_and_cancel(
        qtbot, desk, dispute):
    editor = RecordEditor(desk, DISPUTES, dispute, "en")
    qtbot.addWidget(editor)
    # disabled inputs (a date not given) and hidden ones ("New company", offered only
    # for an unknown name) are passed over
    expected = [w for i in editor.inputs.values() for w in i.focus_widgets()
                if w.isEnabled() and not w.isHidden()]
    expected += [editor.save_button, editor.cancel_button]
    first = expected[0]
    seen = tab_through(qtbot, editor, first, len(expected) - 1)
    assert seen == expected
    assert editor.inputs["title_ko"].widget in seen[:2]
