"""The list page: filters per kind, date range, search together, columns, saved views."""

from __future__ import annotations

import datetime as dt

import pytest
from key_typing import type_text
from PySide6.QtCore import QSettings

from officer_desk.domain.kinds import CONFERENCES, DISPUTES, FOLLOW_UPS
from officer_desk.gui import messages
from officer_desk.gui.list_page import RecordListPage, filter_fields
from officer_desk.gui.texts import use_language
from officer_desk.services import records, views
from officer_desk.services.queries import ListQuery, list_records

IP_TYPES = ("patent", "trademark", "design")
STAGES = ("intake", "filed", "evidence")


@pytest.fixture
def many(desk, company):
    items = [
        {
            "title_ko": f"분쟁 {i} {'배터리' if i % 2 else '반도체'}",
            "title_en": f"Dispute {i} {'battery' if i % 2 else 'chips'}",
            "company_id": company.id,
            "ip_type": IP_TYPES[i % 3],
            "dispute_kind": "infringement_suit",
            "stage": STAGES[i % 3 if i % 5 else 0],
            "opened_on": dt.date(2023, 1, 1) + dt.timedelta(days=30 * i),
            "role": "defending",
        }
        for i in range(30)
    ]
    records.create_many(desk, DISPUTES, items)
    return items


@pytest.fixture
def settings(tmp_path):
    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


def make(qtbot, desk, settings=None, kind=DISPUTES, lang="en") -> RecordListPage:
    use_language(lang)  # as the main window does
    page = RecordListPage(desk, kind, lang, settings=settings)
    qtbot.addWidget(page)
    return page


def expected(desk, **fields) -> int:
    return list_records(desk, DISPUTES, ListQuery(limit=1, **fields)).total


def total(qtbot, page) -> int:
    """The list's count once its query, read off the GUI thread, is shown."""
    qtbot.waitUntil(lambda: not page.model.loading and not page._pause.isActive(),
                    timeout=5000)
    return page.model.total


def choose(box, code) -> None:
    box.setCurrentIndex(box.findData(code))


def test_each_kind_gets_its_filters(qtbot, desk):
    assert filter_fields(DISPUTES) == [
        "status", "ip_type", "dispute_kind", "stage", "technology_field", "sensitivity"]
    assert filter_fields(CONFERENCES) == ["conference_kind", "sensitivity"]
    assert filter_fields(FOLLOW_UPS) == ["sensitivity"]
    page = make(qtbot, desk, lang="ko")
    status = page.filters["status"]
    assert [status.itemText(i) for i in range(status.count())] == ["전체", "진행 중", "종결"]
    ip = page.filters["ip_type"]
    assert ip.itemData(0) is None and ip.findData("patent") > 0
    assert ip.itemText(ip.findData("patent")) == desk.vocab.label("ip_type", "patent", "ko")


def test_vocab_filter_counts_what_the_service_counts(qtbot, desk, many):
    page = make(qtbot, desk)
    assert total(qtbot, page) == 30
    choose(page.filters["ip_type"], "trademark")
    assert total(qtbot, page) == expected(desk, where={"ip_type": "trademark"}) == 10
    choose(page.filters["stage"], "filed")
    assert total(qtbot, page) == expected(
        desk, where={"ip_type": "trademark", "stage": "filed"})
    assert 0 < total(qtbot, page) < 10
    choose(page.filters["status"], "closed")
    assert total(qtbot, page) == 0
    page.filters["status"].setCurrentIndex(0)
    page.filters["stage"].setCurrentIndex(0)
    assert total(qtbot, page) == 10
    assert "10" in page.count.text()


def retype(field, text: str) -> None:
    """Type a date into a period field as a person does: select what is there, type."""
    field.edit.selectAll()
    type_text(field.edit, text)


def test_date_range_and_search_together(qtbot, desk, many):
    page = make(qtbot, desk)
    assert not page.date_from.edit.isEnabled()  # not checked: no restriction
    assert total(qtbot, page) == 30
    page.date_from_on.setChecked(True)
    retype(page.date_from, "2024.1.1")
    page.date_to_on.setChecked(True)
    retype(page.date_to, "2024년 12월 31일")
    assert page.date_to.date() == dt.date(2024, 12, 31)
    period = {"date_from": dt.date(2024, 1, 1), "date_to": dt.date(2024, 12, 31)}
    assert total(qtbot, page) == expected(desk, **period)
    assert 0 < total(qtbot, page) < 30
    page.search.setText("battery")
    qtbot.waitUntil(lambda: page.model.query.text == "battery", timeout=2000)
    assert total(qtbot, page) == expected(desk, text="battery", **period)
    choose(page.filters["ip_type"], "patent")
    both = expected(desk, text="battery", where={"ip_type": "patent"}, **period)
    assert total(qtbot, page) == both
    assert page.model.query.text == "battery"
    # a date that names no day is said in red and not applied: the period stays
    retype(page.date_from, "2024-02-30")
    assert total(qtbot, page) == both and page.model.query.date_from == dt.date(2024, 1, 1)
    assert page.date_from.said.text() == "no such day"
    page.date_to_on.setChecked(False)
    assert total(qtbot, page) == expected(desk, text="battery", where={"ip_type": "patent"},
                                        date_from=dt.date(2024, 1, 1))


def test_columns_hidden_moved_and_sized_are_remembered(qtbot, desk, many, settings):
    page = make(qtbot, desk, settings)
    header = page.table.horizontalHeader()
    stage = page.model.column_of("stage")
    menu = page.columns.menu()
    action = next(a for a in menu.actions() if a.data() == "stage")
    assert action.isChecked()
    action.setChecked(False)
    assert header.isSectionHidden(stage) and page.columns.hidden() == ["stage"]
    post = page.model.column_of("post")
    header.moveSection(header.visualIndex(post), 0)
    header.resizeSection(page.model.column_of("dispute_kind"), 333)
    page.table.sortByColumn(page.model.column_of("opened_on"), header.sortIndicatorOrder())
    visual = [header.visualIndex(i) for i in range(header.count())]
    sort = page.model.query.sort
    page.deleteLater()

    again = make(qtbot, desk, settings)
    h2 = again.table.horizontalHeader()
    assert again.columns.hidden() == ["stage"]
    assert [h2.visualIndex(i) for i in range(h2.count())] == visual
    assert h2.visualIndex(post) == 0
    assert h2.sectionSize(again.model.column_of("dispute_kind")) == 333
    assert again.model.query.sort == sort
    # and the other kinds are not touched
    assert make(qtbot, desk, settings, kind=CONFERENCES).columns.hidden() == []
    # the last shown column cannot be hidden
    for name in again.model.column_names:
        again.columns.set_visible(name, False)
    assert len(again.columns.hidden()) == len(again.model.column_names) - 1


def test_saved_view_round_trip_and_delete(qtbot, desk, many, monkeypatch):
    page = make(qtbot, desk)
    choose(page.filters["ip_type"], "patent")
    page.date_from_on.setChecked(True)
    retype(page.date_from, "20230601")
    choose(page.post, "US")
    page.search.setText("chips")  # saved even while the pause is still running
    page.saved.ask_name = lambda parent, title, label: ("Patents since June", True)
    view = page.saved.save()
    assert view is not None
    shown = total(qtbot, page)
    assert shown == expected(desk, text="chips", where={"ip_type": "patent"}, posts=("US",),
                             date_from=dt.date(2023, 6, 1))
    assert page.saved.names() == ["Patents since June"]
    assert views.saved_views(desk, DISPUTES)[0].query.where == {"ip_type": "patent"}

    # cancelled or empty names save nothing
    page.saved.ask_name = lambda parent, title, label: ("", False)
    assert page.saved.save() is None
    assert len(views.saved_views(desk, DISPUTES)) == 1

    fresh = make(qtbot, desk)
    assert total(qtbot, fresh) == 30
    assert fresh.saved.choose("Patents since June")
    assert total(qtbot, fresh) == shown
    assert fresh.filters["ip_type"].currentData() == "patent"
    assert fresh.filters["stage"].currentData() is None
    assert fresh.post.currentData() == "US"
    assert fresh.search.text() == "chips"
    assert fresh.date_from_on.isChecked() and not fresh.date_to_on.isChecked()
    assert fresh.date_from.date() == dt.date(2023, 6, 1)
    assert fresh.delete_view_button.isEnabled()

    # changing a widget afterwards still works from the view's state
    choose(fresh.filters["ip_type"], "design")
    assert total(qtbot, fresh) == expected(desk, text="chips", where={"ip_type": "design"},
                                         posts=("US",), date_from=dt.date(2023, 6, 1))

    assert fresh.saved.choose(None)
    assert total(qtbot, fresh) == 30 and fresh.search.text() == ""
    fresh.saved.choose("Patents since June")
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: asked.append(text))
    assert not fresh.saved.delete()  # answered No: the view stays
    assert "Patents since June" in asked[0]
    assert [v.name for v in views.saved_views(desk, DISPUTES)] == ["Patents since June"]
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)
    assert fresh.saved.delete()
    assert views.saved_views(desk, DISPUTES) == []
    assert fresh.saved.names() == []
    assert not fresh.delete_view_button.isEnabled()


def test_a_view_with_a_sort_and_a_filter_without_widget(qtbot, desk, many):
    views.save_view(desk, DISPUTES, "old first", ListQuery(
        where={"role": "defending"}, sort="opened_on"))
    page = make(qtbot, desk)
    assert page.saved.choose("old first")
    assert page.model.query.sort == "opened_on"
    assert page.model.query.where == {"role": "defending"}
    choose(page.filters["ip_type"], "patent")
    assert page.model.query.where == {"role": "defending", "ip_type": "patent"}
    column, _order = page.model.sort_indicator()
    assert page.table.horizontalHeader().sortIndicatorSection() == column


def test_the_count_says_searching_while_a_search_runs(qtbot, desk, many):
    page = make(qtbot, desk)
    page.search.setText("chips")
    page._pause.timeout.emit()  # the typing pause is over
    assert page.model.loading and page.count.text() == "Searching…"
    found = total(qtbot, page)
    assert found == expected(desk, text="chips") == 15
    assert page.count.text() == "15 records"


def test_the_list_detail_splitter_is_remembered_per_kind(qtbot, desk, many, settings):
    page = make(qtbot, desk, settings)
    page.resize(900, 700)
    with qtbot.waitExposed(page):
        page.show()
    split = page.split
    total_height = sum(split.sizes())
    split.moveSplitter(150, 1)  # as dragging the handle does (emits splitterMoved)
    moved = split.sizes()
    assert moved[0] < total_height * 0.4  # not the default 3:2
    page.close()

    again = make(qtbot, desk, settings)
    again.resize(900, 700)
    with qtbot.waitExposed(again):
        again.show()
    assert again.split.sizes() == moved
    other = make(qtbot, desk, settings, kind=CONFERENCES)
    assert not other.columns.restore_splitter()  # another kind keeps its own


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_filter_has_a_name_a_screen_reader_says(qtbot, desk, lang):
    """Each combo box is named by its field, and the two dates of the period each
    say which end they are: the caption beside a box is not read with it."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    use_language(lang)
    page = RecordListPage(desk, DISPUTES, lang)
    qtbot.addWidget(page)
    row = page.filter_row
    named = [(w, w.accessibleName()) for w in row.findChildren(QComboBox)]
    named += [(w, w.accessibleName()) for w in row.findChildren(QLineEdit)
              if w.isVisibleTo(row)]
    assert len(named) >= len(filter_fields(DISPUTES)) + 2
    assert all(name.strip() for _, name in named), [w.objectName() for w, n in named if not n]
    assert len({name for _, name in named}) == len(named)  # no two alike
    period = DISPUTES.field(DISPUTES.period_field).label(lang)
    assert {row.date_from.edit.accessibleName(), row.date_to.edit.accessibleName()} == {
        f"{period}: {row.date_from_on.text()}", f"{period}: {row.date_to_on.text()}"}
