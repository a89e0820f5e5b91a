"""A list goes to its end without reading what lies between, F5 reads off the GUI
thread, and a vocabulary column sorts by what is shown."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from test_models import add_disputes, column, ids, query

from officer_desk.domain.kinds import DISPUTES
from officer_desk.gui import paged_model
from officer_desk.gui.models import RecordTableModel
from officer_desk.services import records
from officer_desk.services.queries import ListQuery, list_records


def test_the_end_is_reached_reading_only_the_last_page(qtmodeltester, desk, company,
                                                       monkeypatch):
    add_disputes(desk, company, 1030)
    model = RecordTableModel(desk, DISPUTES)
    read = []
    real = paged_model.read_page

    def counting(*args, **kwargs):
        read.append(args[2].offset)
        return real(*args, **kwargs)

    monkeypatch.setattr(paged_model, "read_page", counting)
    model.reach_end()
    assert model.rowCount() == model.total == 1030
    assert read == [1000]  # one page, the last
    everything = [r.id for r in list_records(desk, DISPUTES, ListQuery(limit=None)).records]
    assert model.record_id(1029) == everything[-1]
    # a row in the middle is read with its page when it is first asked for
    assert model.record_id(500) == everything[500] and read == [1000, 400]
    assert ids(model) == everything
    qtmodeltester.check(model)


def test_f5_reads_in_the_worker_and_keeps_how_far_the_list_reaches(qtbot, desk, company):
    created = add_disputes(desk, company, 650)
    model = RecordTableModel(desk, DISPUTES)
    for _ in range(2):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 600
    model.data(model.index(450, 2))  # the page looked at last
    records.delete(desk, created[0])
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        assert model.refresh(background=True)
        assert model.total == 650  # nothing changed yet: the old rows stay meanwhile
    assert resets == []  # no reset: the selection and the scroll stay
    assert model.total == 649 and model.rowCount() == 600
    everything = [r.id for r in list_records(desk, DISPUTES, ListQuery(limit=None)).records]
    assert ids(model) == everything[:600]


def test_a_vocabulary_column_sorts_by_its_label_and_follows_the_language(qtbot, desk,
                                                                         company):
    add_disputes(desk, company, 12)
    records.create_many(desk, DISPUTES, [
        {"title_ko": f"분쟁 {k}", "company_id": company.id, "ip_type": "design",
         "dispute_kind": k, "opened_on": "2024-01-01"}
        for k in ("warning_letter", "customs_detention", "mediation", "itc_337")])
    model = RecordTableModel(desk, DISPUTES, "en")
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        model.sort(model.column_of("dispute_kind"), Qt.SortOrder.AscendingOrder)
    shown = column(model, "dispute_kind")
    assert shown == sorted(shown, key=str.casefold)
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        model.set_language("ko")  # Korean labels sort in another order: read again
    shown = column(model, "dispute_kind")
    assert shown == sorted(shown) and shown[0] != column_en_first(desk)


def column_en_first(desk) -> str:
    return desk.vocab.label("dispute_kind", "customs_detention", "ko")


def test_a_stage_column_sorts_in_the_process_order(qtbot, desk, company):
    add_disputes(desk, company, 10)  # intake and filed
    model = RecordTableModel(desk, DISPUTES, "en")
    query(qtbot, model, sort="-stage")
    stages = column(model, "stage")
    assert stages == ["Filed"] * 5 + ["Intake"] * 5  # by the process, not "filed" < "intake"
    assert model.sort_indicator() == (model.column_of("stage"), Qt.SortOrder.DescendingOrder)


def test_a_row_jumped_to_is_painted_blank_and_filled_in_from_the_worker(qtbot, desk,
                                                                        company,
                                                                        monkeypatch):
    import threading

    add_disputes(desk, company, 1030)
    model = RecordTableModel(desk, DISPUTES)
    model.reach_end()
    threads = []
    real = paged_model.read_page

    def reading(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(paged_model, "read_page", reading)
    title = model.column_of("title")
    middle = model.index(500, title)
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        assert model.data(middle) is None  # not read yet: blank, being read
    first, last = changed.args[:2]
    assert (first.row(), last.row()) == (400, 599)
    assert threads and threads[0] is not threading.main_thread()
    everything = list_records(desk, DISPUTES, ListQuery(limit=None)).records
    assert model.data(middle) == everything[500].title("ko")
    assert model.record_id(500) == everything[500].id
