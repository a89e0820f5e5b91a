"""The lazy record table model: Qt's model rules, paging, sort, filters, labels."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt
from shiboken6 import isValid as shiboken_is_valid

from officer_desk.domain.errors import DatabaseBusy
from officer_desk.domain.kinds import (
    AGENDA_ITEMS,
    CONFERENCES,
    DISPUTES,
    FOLLOW_UPS,
    USER_KINDS,
)
from officer_desk.gui import models as models_module
from officer_desk.gui.models import (
    LIST_COLUMNS,
    PAGE_SIZE,
    RecordIdRole,
    RecordTableModel,
    count_label_text,
)
from officer_desk.gui.worker import worker_pool
from officer_desk.services import records
from officer_desk.services.queries import ListQuery, list_records

DISPLAY = Qt.ItemDataRole.DisplayRole


def add_disputes(desk, company, n: int) -> list[str]:
    """``n`` disputes: every third a trademark opposition, the rest patent suits."""
    items = []
    for i in range(n):
        trademark = i % 3 == 0
        items.append({
            "title_ko": f"상표 이의신청 {i:05d}" if trademark else f"특허 침해소송 {i:05d}",
            "title_en": f"Trademark opposition {i:05d}" if trademark else f"Patent suit {i:05d}",
            "company_id": company.id,
            "ip_type": "trademark" if trademark else "patent",
            "dispute_kind": "opposition" if trademark else "infringement_suit",
            "stage": "filed" if i % 2 else "intake",
            # repeats dates, so the order also depends on the tie-break
            "opened_on": dt.date(2020, 1, 1) + dt.timedelta(days=(i * 7) % 1000),
        })
    return records.create_many(desk, DISPUTES, items).created


def column(model: RecordTableModel, name: str) -> list[str]:
    c = model.column_of(name)
    return [model.data(model.index(r, c), DISPLAY) for r in range(model.rowCount())]


def column_role(model, name, role):
    c = model.column_of(name)
    return [model.data(model.index(r, c), role) for r in range(model.rowCount())]


def ids(model: RecordTableModel) -> list[str]:
    return [model.record_id(r) for r in range(model.rowCount())]


def query(qtbot, model: RecordTableModel, **changes) -> None:
    """``set_query`` and wait until its rows, read in the worker thread, are shown."""
    assert model.set_query(**changes)
    assert model.loading
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)


def sort(qtbot, model: RecordTableModel, column: int, order: Qt.SortOrder) -> None:
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        model.sort(column, order)


def fetch_all(model: RecordTableModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


@pytest.mark.parametrize("kind", USER_KINDS, ids=lambda k: k.name)
def test_every_kind_on_an_empty_log(qtmodeltester, desk, kind):
    model = RecordTableModel(desk, kind)
    assert model.rowCount() == 0 and model.total == 0
    assert not model.canFetchMore(QModelIndex())
    assert model.columnCount() == 3 + len(LIST_COLUMNS[kind.name])
    qtmodeltester.check(model)


def test_five_disputes(qtmodeltester, desk, company):
    created = add_disputes(desk, company, 5)
    model = RecordTableModel(desk, "disputes")
    assert model.rowCount() == 5 and model.total == 5
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["ID", "공관", "제목", "진행 단계", "상태", "권리 유형", "분쟁 유형",
                       "접수일"]
    assert set(ids(model)) == set(created)
    first = model.index(0, 0)
    assert model.data(first, RecordIdRole) == model.record_id(0)
    assert model.data(first, DISPLAY) == model.record_id(0)[:8]
    assert model.row_of(model.record_id(3)) == 3 and model.row_of("nope") == -1
    with pytest.raises(IndexError):
        model.record_id(5)


def test_fetches_lazily_page_by_page(qtmodeltester, qtbot, desk, company):
    add_disputes(desk, company, 450)
    model = RecordTableModel(desk, DISPUTES)
    assert model.rowCount() == PAGE_SIZE == 200
    assert model.total == 450 and model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.countChanged) as counted:
        model.fetchMore(QModelIndex())
    assert counted.args == [400, 450] and model.rowCount() == 400
    assert model.count_text() == "450건 중 400건"
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    # The pages join up into exactly the list the services give.
    everything = list_records(desk, DISPUTES, ListQuery(limit=None)).records
    assert ids(model) == [r.id for r in everything]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sort_by_a_date_column_is_the_services_order(qtmodeltester, qtbot, desk, company,
                                                     order):
    add_disputes(desk, company, 250)
    model = RecordTableModel(desk, DISPUTES)
    qtmodeltester.check(model)
    sort(qtbot, model, model.column_of("opened_on"), order)
    fetch_all(model)
    spec = "opened_on" if order == Qt.SortOrder.AscendingOrder else "-opened_on"
    assert model.query.sort == spec
    assert ids(model) == [r.id for r in list_records(desk, DISPUTES,
                                                     ListQuery(sort=spec, limit=None)).records]
    dates = column(model, "opened_on")
    assert dates == sorted(dates, reverse=order == Qt.SortOrder.DescendingOrder)
    assert model.sort_indicator() == (model.column_of("opened_on"), order)


def test_sort_by_title_post_and_back_to_the_default(qtbot, desk, company):
    add_disputes(desk, company, 12)
    model = RecordTableModel(desk, DISPUTES)
    assert model.sort_indicator() == (model.column_of("opened_on"),
                                      Qt.SortOrder.DescendingOrder)
    sort(qtbot, model, model.column_of("title"), Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "title_ko"
    assert column(model, "title") == sorted(column(model, "title"))
    sort(qtbot, model, model.column_of("post"), Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "-post" and model.rowCount() == 12
    # id: the kind's order
    sort(qtbot, model, model.column_of("id"), Qt.SortOrder.AscendingOrder)
    assert model.query.sort is None
    default = list_records(desk, DISPUTES, ListQuery(limit=None)).records
    assert ids(model) == [r.id for r in default]


def test_vocabulary_filter_and_korean_text_search(qtbot, desk, company):
    add_disputes(desk, company, 30)
    model = RecordTableModel(desk, DISPUTES)
    assert model.total == 30
    with qtbot.waitSignal(model.modelReset), qtbot.waitSignal(model.countChanged) as counted:
        assert model.set_query(where={"ip_type": "trademark"})
    assert counted.args == [10, 10] and model.total == model.rowCount() == 10
    assert set(column(model, "ip_type")) == {"상표"}
    # Filters by label work too (as the services allow), and "filters" means "where".
    query(qtbot, model, filters={"ip_type": ["특허"]})
    assert model.total == 20
    query(qtbot, model, where={}, text="이의신청")  # a Korean substring of the titles
    assert model.total == 10
    assert all(t.startswith("상표 이의신청") for t in column(model, "title"))
    query(qtbot, model, text="침해소송 0002")  # both terms, in any order
    assert set(column(model, "title")) == {f"특허 침해소송 {i:05d}"
                                           for i in (2, 20, 22, 23, 25, 26, 28, 29)}
    query(qtbot, model, text=None)
    assert model.total == 30


def test_an_invalid_filter_keeps_the_rows_and_says_why(qtbot, desk, company):
    add_disputes(desk, company, 6)
    model = RecordTableModel(desk, DISPUTES)
    query(qtbot, model, where={"stage": "filed"})
    before = ids(model)
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.waitSignal(model.problem) as problem,
    ):
        assert not model.set_query(where={"ip_type": "no_such_type"})
    assert "no_such_type" in problem.args[0]
    assert ids(model) == before and model.query.where == {"stage": "filed"}
    with qtbot.waitSignal(model.problem) as problem:
        model.set_query(where={"no_such_field": "x"}, date_from="2024-02-31")
    assert problem.args[0]
    assert ids(model) == before and model.total == 3
    with pytest.raises(TypeError):
        model.set_query(limit=5)  # a programming error, not the user's
    # A stale starting query (say, a saved view) falls back to the whole list.
    stale = RecordTableModel(desk, DISPUTES, query=ListQuery(where={"gone_field": "x"}))
    assert stale.total == 6 and stale.query.where == {}


def test_labels_follow_the_language(qtbot, desk, company):
    add_disputes(desk, company, 1)
    model = RecordTableModel(desk, DISPUTES, "ko")
    row = {name: model.data(model.index(0, model.column_of(name)), DISPLAY)
           for name in model.column_names}
    assert row["stage"] == "접수" and row["status"] == "진행 중"
    assert row["dispute_kind"] == "이의신청" and row["title"] == "상표 이의신청 00000"
    assert row["opened_on"] == "2020-01-01"
    with qtbot.waitSignals([model.headerDataChanged, model.dataChanged]):
        model.set_language("en")
    assert model.headerData(model.column_of("stage"), Qt.Orientation.Horizontal) == "Stage"
    assert model.headerData(model.column_of("title"), Qt.Orientation.Horizontal) == "Title"
    row = {name: model.data(model.index(0, model.column_of(name)), DISPLAY)
           for name in model.column_names}
    assert row["stage"] == "Intake" and row["status"] == "Open"
    assert row["ip_type"] == "Trademark" and row["title"] == "Trademark opposition 00000"
    date = model.index(0, model.column_of("opened_on"))
    assert model.data(date, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) is None


def test_deleted_records_are_hidden_unless_asked_for_and_greyed(qtbot, desk, company):
    created = add_disputes(desk, company, 4)
    model = RecordTableModel(desk, DISPUTES)
    records.delete(desk, created[0])
    assert model.refresh()
    assert model.total == 3 and created[0] not in ids(model)
    query(qtbot, model, include_deleted=True)
    assert model.total == 4
    gone = model.row_of(created[0])
    foreground = Qt.ItemDataRole.ForegroundRole
    assert model.data(model.index(gone, 2), foreground) is not None
    assert all(model.data(model.index(r, 2), foreground) is None
               for r in range(4) if r != gone)


def test_refresh_keeps_sort_filters_and_how_far_it_scrolled(qtbot, desk, company):
    created = add_disputes(desk, company, 420)
    model = RecordTableModel(desk, DISPUTES)
    model.sort(model.column_of("opened_on"), Qt.SortOrder.AscendingOrder)
    query(qtbot, model, where={"stage": "intake"})  # the sort's own load is dropped
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 210 == model.total
    records.update(desk, created[0], {"stage": "filed"})
    model.refresh()
    assert model.total == model.rowCount() == 209
    assert model.query.sort == "opened_on" and model.query.where == {"stage": "intake"}


def test_long_titles_get_a_tooltip(desk, company):
    long_title = ("한빛배터리 대 볼타익 라이선싱 특허침해소송 (텍사스 동부 연방지방법원) "
                  "제1심 및 항소심 대응")
    records.create(desk, DISPUTES, {
        "title_ko": long_title, "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "infringement_suit", "opened_on": dt.date(2024, 3, 1)})
    add_disputes(desk, company, 1)
    model = RecordTableModel(desk, DISPUTES)
    tips = column_role(model, "title", Qt.ItemDataRole.ToolTipRole)
    assert sorted(tips, key=str) == sorted([long_title, None], key=str)



def test_other_kinds_show_booleans_dates_and_linked_titles(qtmodeltester, desk, dispute):
    records.create(desk, FOLLOW_UPS, {"record_id": dispute.id, "due_on": "2025-01-31",
                                      "description": "면담 결과 보고", "done": True})
    model = RecordTableModel(desk, FOLLOW_UPS, "ko")
    qtmodeltester.check(model)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "내용"
    assert column(model, "title") == ["면담 결과 보고"]
    assert column(model, "done") == ["✓"] and column(model, "due_on") == ["2025-01-31"]
    conference, _ = records.create(desk, CONFERENCES, {
        "title_ko": "한미 지재권 협의회", "title_en": "Korea-US IP dialogue",
        "conference_kind": next(iter(desk.vocab.codes("conference_kind"))),
        "held_on": "2025-02-03"})
    records.create(desk, AGENDA_ITEMS, {"conference_id": conference.id, "position": 1,
                                        "title_ko": "특허 심사 협력"})
    agenda = RecordTableModel(desk, "agenda_items", "en")
    assert column(agenda, "conference_id") == ["Korea-US IP dialogue"]
    assert column(agenda, "title") == ["특허 심사 협력"]  # no English title: the Korean one


def test_count_label_text():
    assert count_label_text(200, 41666, "en") == "200 of 41,666"
    assert count_label_text(200, 41666, "ko") == "41,666건 중 200건"
    assert count_label_text(5, 5, "en") == "5"


def test_a_large_log_opens_with_one_page(desk, company):
    add_disputes(desk, company, 20_000)
    start = time.perf_counter()
    model = RecordTableModel(desk, DISPUTES)
    elapsed = time.perf_counter() - start
    assert model.rowCount() == 200 and model.total == 20_000
    print(f"\nopened a 20,000-dispute model in {elapsed * 1000:.1f} ms")


def test_a_closed_database_is_not_asked_for_rows(qtbot, tmp_path):
    """A window torn down after its database closed must not raise from its signals."""
    from officer_desk.services.desk import init_desk

    desk = init_desk(tmp_path / "closing.sqlite", post="US")
    model = RecordTableModel(desk, DISPUTES, "en")
    desk.close()
    assert desk.closed
    assert model.set_query(text="anything") is False


def test_a_new_query_is_read_in_the_worker_thread(qtmodeltester, qtbot, desk, company,
                                                  monkeypatch):
    add_disputes(desk, company, 30)
    model = RecordTableModel(desk, DISPUTES)
    qtmodeltester.check(model)  # stays attached: every reset below is checked too
    threads = []
    real_read = models_module.read_pages

    def read(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_read(*args, **kwargs)

    monkeypatch.setattr(models_module, "read_pages", read)
    before = ids(model)
    assert model.set_query(where={"ip_type": "trademark"})
    # until the rows come back, the previous rows stay and no more are fetched
    assert model.loading and ids(model) == before
    assert not model.canFetchMore(QModelIndex())
    assert model.query.where == {"ip_type": "trademark"}
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert model.total == 10
    assert threads and threads[0] is not threading.main_thread()


def test_only_the_newest_query_is_shown(qtbot, desk, company):
    add_disputes(desk, company, 30)
    model = RecordTableModel(desk, DISPUTES)
    resets = []
    model.modelReset.connect(lambda: resets.append(model.query.text))
    for text in ("특허", "상표", "이의신청 0001"):  # typed fast: earlier results are stale
        assert model.set_query(text=text)
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    qtbot.wait(50)  # any stale result still queued is delivered (and dropped) by now
    assert resets == ["이의신청 0001"]
    expected = list_records(desk, DISPUTES, ListQuery(text="이의신청 0001", limit=None))
    assert 0 < model.total == expected.total < 10
    assert ids(model) == [r.id for r in expected.records]


def test_refresh_while_loading_wins_over_the_late_result(qtbot, desk, company):
    add_disputes(desk, company, 6)
    model = RecordTableModel(desk, DISPUTES)
    assert model.set_query(where={"stage": "filed"})
    assert model.refresh() and not model.loading
    assert model.total == 3
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    qtbot.wait(100)
    assert resets == [] and model.total == 3


def test_a_load_that_fails_in_the_worker_keeps_the_rows(qtbot, desk, company, monkeypatch):
    add_disputes(desk, company, 6)
    model = RecordTableModel(desk, DISPUTES)
    before, query = ids(model), model.query

    def fail(*args, **kwargs):
        raise DatabaseBusy("the database is locked by another program")

    monkeypatch.setattr(models_module, "read_pages", fail)
    with qtbot.waitSignal(model.problem, timeout=5000) as problem:
        assert model.set_query(text="특허")
    assert "locked" in problem.args[0]
    assert not model.loading and ids(model) == before
    assert model.query == query  # what is shown is what the model says it shows


def test_a_model_deleted_while_its_query_runs_is_left_alone(qtbot, desk, company):
    add_disputes(desk, company, 30)
    holder = QObject()
    model = RecordTableModel(desk, DISPUTES, parent=holder)
    reached = []
    model.modelReset.connect(lambda: reached.append(1))
    assert model.set_query(text="상표")
    holder.deleteLater()  # the window closes while the worker reads
    qtbot.waitUntil(lambda: not shiboken_is_valid(model), timeout=5000)
    assert worker_pool().waitForDone(5000)
    qtbot.wait(50)  # the result, queued for a model that is gone, goes nowhere
    assert reached == []
