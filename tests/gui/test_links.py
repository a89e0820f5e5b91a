"""The Links tab: a company's disputes at every post, a conference's agenda and action
items, a dispute's company and conferences; opening a linked record."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    AGENDA_ITEMS,
    COMPANIES,
    CONFERENCES,
    DISPUTES,
    ENGAGEMENTS,
)
from officer_desk.gui.links_panel import LinksPanel
from officer_desk.gui.list_page import RecordListPage
from officer_desk.gui.texts import use_language
from officer_desk.services import companies, records
from officer_desk.services.desk import init_desk


@pytest.fixture
def hq(tmp_path):
    """An HQ database holding two posts' records of the same exporter."""
    desk = init_desk(tmp_path / "hq.sqlite", hq=True, demo=True)
    us, _ = records.create(desk, COMPANIES, {"name_ko": "(주)한빛배터리",
                                             "name_en": "Hanbit Battery", "brn": "123-45-67891"},
                           post="US")
    cn, _ = records.create(desk, COMPANIES, {"name_ko": "한빛배터리", "brn": "1234567891"},
                           post="CN")
    companies.link_companies(desk)

    def dispute(company, post, title, opened):
        record, _ = records.create(desk, DISPUTES, {
            "title_en": title, "company_id": company.id, "ip_type": "patent",
            "dispute_kind": "infringement_suit", "opened_on": opened, "role": "defending",
        }, post=post)
        return record

    d_us = dispute(us, "US", "Hanbit v. Voltaic (E.D. Tex.)", dt.date(2024, 3, 1))
    d_cn = dispute(cn, "CN", "Hanbit trademark squatting in Shenzhen", dt.date(2024, 5, 2))
    engagement, _ = records.create(desk, ENGAGEMENTS, {
        "topic_en": "Meeting with USPTO on NPE suits", "agency": "uspto",
        "held_on": dt.date(2024, 4, 1), "company_ids": [us.id]}, post="US")
    conference, _ = records.create(desk, CONFERENCES, {
        "title_en": "HQ video conference, June", "conference_kind": "hq_video",
        "held_on": dt.date(2024, 6, 3)})
    agenda, _ = records.create(desk, AGENDA_ITEMS, {
        "conference_id": conference.id, "title_en": "The Voltaic suit", "position": 1,
        "record_id": d_us.id})
    loose, _ = records.create(desk, AGENDA_ITEMS, {
        "conference_id": conference.id, "title_en": "Any other business", "position": 2})
    action, _ = records.create(desk, ACTION_ITEMS, {
        "conference_id": conference.id, "description_en": "Ask KIPO for a legal-aid grant",
        "owner_name": "김영희", "status": "open", "due_on": dt.date(2024, 7, 1)})
    yield {"desk": desk, "us": us, "cn": cn, "d_us": d_us, "d_cn": d_cn,
           "engagement": engagement, "conference": conference, "agenda": agenda,
           "loose": loose, "action": action}
    desk.close()


def panel(qtbot, desk, record_id) -> LinksPanel:
    use_language("en")
    p = LinksPanel(desk, "en")
    qtbot.addWidget(p)
    p.show()  # the links are read while they are shown
    p.show_record(record_id)
    return p


def groups(p: LinksPanel) -> dict[str, list[str]]:
    return {title: [target for target, _record in items] for title, items in p.groups}


def test_a_company_shows_its_disputes_at_every_post(qtbot, hq):
    p = panel(qtbot, hq["desk"], hq["us"].id)
    shown = groups(p)
    # newest first, the other post's dispute (a linked company record) included
    assert shown["Disputes at every post"] == [hq["d_cn"].id, hq["d_us"].id]
    assert shown["Engagements naming it"] == [hq["engagement"].id]
    assert shown["The same company at other posts"] == [hq["cn"].id]
    tree = p.tree
    assert tree.topLevelItem(0).text(0) == "Disputes at every post (2)"
    first = tree.topLevelItem(0).child(0)
    assert first.text(0) == "Hanbit trademark squatting in Shenzhen" and first.text(1) == "CN"
    assert "2024-05-02" in first.text(2)
    assert p.count() == 4


def test_a_conference_shows_its_agenda_and_action_items(qtbot, hq):
    p = panel(qtbot, hq["desk"], hq["conference"].id)
    shown = groups(p)
    # an agenda item about a dispute opens the dispute; one about nothing, itself
    assert shown["Agenda"] == [hq["d_us"].id, hq["loose"].id]
    assert shown["Action items raised"] == [hq["action"].id]
    assert "Action items carried over" not in shown  # empty groups are left out
    labels = [p.tree.topLevelItem(i).text(0) for i in range(p.tree.topLevelItemCount())]
    assert labels == ["Agenda (2)", "Action items raised (1)"]
    assert p.tree.topLevelItem(0).child(0).text(0) == "The Voltaic suit"


def test_a_dispute_shows_its_company_and_the_conferences_it_was_reported_at(qtbot, hq):
    p = panel(qtbot, hq["desk"], hq["d_us"].id)
    shown = groups(p)
    assert shown == {"Company": [hq["us"].id], "On the agenda of": [hq["conference"].id]}
    empty = panel(qtbot, hq["desk"], None)
    assert empty.count() == 0 and empty.tree.topLevelItemCount() == 0


def test_enter_or_double_click_on_a_link_asks_to_open_it(qtbot, hq):
    use_language("en")
    page = RecordListPage(hq["desk"], COMPANIES, "en")
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.table.selectRow(page.model.row_of(hq["us"].id))
    links = page.links
    assert links is not None
    # read only once the tab is shown (moving through the list reads nothing)
    assert not links.current and page.tabs.tabText(page.tabs.indexOf(links)) == "Links"
    page.tabs.setCurrentWidget(links)
    assert links.current and page.tabs.tabText(page.tabs.indexOf(links)) == "Links (4)"
    page.table.selectRow(page.model.row_of(hq["cn"].id))  # shown: read at once
    assert links.current and links.linked_ids()[:2] == [hq["d_cn"].id, hq["d_us"].id]
    page.table.selectRow(page.model.row_of(hq["us"].id))
    assert links.select_id(hq["d_cn"].id)
    links.tree.setFocus()
    with qtbot.waitSignal(page.openRecordRequested) as asked:
        qtbot.keyClick(links.tree, Qt.Key.Key_Return)
    assert asked.args == [hq["d_cn"].id]
    assert page.editor is None  # Enter there is not Enter on the list's table
    group = links.tree.topLevelItem(0)
    with qtbot.waitSignal(page.openRecordRequested) as asked:
        links.tree.itemActivated.emit(group.child(1), 0)  # what a double-click emits
    assert asked.args == [hq["d_us"].id]
    # a group heading opens nothing
    with qtbot.assertNotEmitted(page.openRecordRequested):
        links.tree.setCurrentItem(group)
        assert links.open_current() is None


def test_the_window_opens_a_linked_record_in_its_list(qtbot, hq):
    from officer_desk.gui.main_window import MainWindow

    window = MainWindow(hq["desk"], "en")
    qtbot.addWidget(window)
    window.show()
    companies_page = window.lists["companies"]
    window.show_page(companies_page)
    companies_page.table.selectRow(companies_page.model.row_of(hq["us"].id))
    companies_page.tabs.setCurrentWidget(companies_page.links)
    assert companies_page.links.select_id(hq["d_cn"].id)
    companies_page.links.open_current()
    disputes = window.lists["disputes"]
    qtbot.waitUntil(lambda: window.current_list() is disputes
                    and disputes.current_record_id() == hq["d_cn"].id, timeout=5000)
