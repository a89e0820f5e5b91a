"""The Conflicts page on a conflict made with real packages: both sides, keep ours,
keep theirs, edit (a typed value), errors, and the Import-log page."""

from __future__ import annotations

import pytest
from conflict_tools import OURS, THEIRS, laptop_package, merge_with_conflict

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.gui import conflicts_page
from officer_desk.gui import messages as messages_module
from officer_desk.gui.conflicts_page import ConflictsPage, EditConflictDialog, combined
from officer_desk.gui.import_log_page import ImportLogPage
from officer_desk.services import records
from officer_desk.services.conflicts import list_conflicts

# the dialogs are read in English here
pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def conflicted(desk, dispute, tmp_path, monkeypatch):
    merge_with_conflict(desk, laptop_package(desk, dispute.id, tmp_path, monkeypatch))
    return desk, dispute


@pytest.fixture
def page(qtbot, conflicted):
    desk, _ = conflicted
    p = ConflictsPage(desk, "en")
    qtbot.addWidget(p)
    return p


def _texts(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_both_values_side_by_side_with_who_and_which_package(page, conflicted):
    _desk, dispute = conflicted
    assert page.table.rowCount() == 1 and page.count.text() == "1 open"
    row = _texts(page.table, 0)
    assert row[0] == "Dispute" and row[1] == dispute.title("en") and row[2] == "Summary"
    assert row[4] == "US" and row[5] == "laptop.odpkg" and "김영희" in row[6]
    assert not page.keep_ours.isEnabled() and not page.edit_button.isEnabled()
    page.table.selectRow(0)
    assert page.keep_ours.isEnabled() and page.edit_button.isEnabled()
    assert _texts(page.sides, 0) == ["Summary", OURS, THEIRS]
    who = page.who.text()
    assert "laptop.odpkg" in who and "from US" in who and "김영희" in who


@pytest.mark.parametrize("side", ["ours", "theirs"])
def test_keep_a_side(qtbot, page, conflicted, side):
    desk, dispute = conflicted
    page.table.selectRow(0)
    with qtbot.waitSignal(page.changed):
        (page.keep_ours if side == "ours" else page.keep_theirs).click()
    assert page.table.rowCount() == 0 and page.count.text() == "0 open"
    assert records.get(desk, dispute.id)["summary"] == (OURS if side == "ours" else THEIRS)
    page.show_resolved.setChecked(True)
    assert page.table.rowCount() == 1 and f"kept {side}" in page.table.item(0, 8).text()
    page.table.selectRow(0)
    assert not page.keep_theirs.isEnabled() and page.open_button.isEnabled()


def test_edit_saves_a_typed_value_and_leaves_history(qtbot, page, conflicted):
    desk, dispute = conflicted
    asked = []

    def ask(parent, entry, record, lang):
        dialog = EditConflictDialog(entry, record, lang, parent)
        qtbot.addWidget(dialog)
        asked.append(dialog.inputs["summary"].toPlainText())
        dialog.inputs["summary"].setPlainText("사무실 요약과 출장 중 요약을 합침")
        return dialog.values()

    page.ask_values = ask
    page.table.selectRow(0)
    with qtbot.waitSignal(page.changed):
        page.edit_button.click()
    assert asked == [f"{OURS}\n\n{THEIRS}"]  # offered both, combined
    assert records.get(desk, dispute.id)["summary"] == "사무실 요약과 출장 중 요약을 합침"
    [done] = list_conflicts(desk, include_resolved=True)
    assert done.resolution == "edited" and not list_conflicts(desk)
    last = records.history(desk, dispute.id)[-1]
    assert last.field == "summary" and last.new == "사무실 요약과 출장 중 요약을 합침"
    page.show_resolved.setChecked(True)
    assert page.table.item(0, 8).text().startswith("edited")


def test_edit_cancelled_changes_nothing(page, conflicted):
    desk, _dispute = conflicted
    page.ask_values = lambda *args: None
    page.table.selectRow(0)
    assert not page.edit()
    assert len(list_conflicts(desk)) == 1


def test_a_refused_value_is_shown_and_the_conflict_stays(page, conflicted, problems):
    desk, _dispute = conflicted
    page.ask_values = lambda *args: {"opened_on": "not a date"}
    page.table.selectRow(0)
    assert not page.edit()
    assert problems and "date" in problems[0].lower()
    assert len(list_conflicts(desk)) == 1 and page.table.rowCount() == 1


def test_errors_of_the_services_are_shown(page, conflicted, monkeypatch, problems):
    def refuse(*args):
        raise OfficerDeskError("record belongs to post US")

    monkeypatch.setattr(conflicts_page, "resolve_conflict", refuse)
    page.table.selectRow(0)
    page.keep_theirs.click()
    assert problems == ["record belongs to post US"]
    assert page.table.rowCount() == 1


def test_open_record_asks_for_the_conflicts_record(qtbot, page, conflicted):
    _, dispute = conflicted
    page.table.selectRow(0)
    with qtbot.waitSignal(page.openRecordRequested) as blocker:
        page.open_button.click()
    assert blocker.args == [dispute.id]


def test_combined_offers_one_side_when_they_agree():
    assert combined("a", "a") == "a" and combined(None, "b") == "b" and combined("a", "") == "a"
    assert combined(["x"], ["y"]) == '["x"]\n\n["y"]'


def test_the_import_log_page_lists_the_packages(qtbot, conflicted):
    desk, _ = conflicted
    log = ImportLogPage(desk, "en")
    qtbot.addWidget(log)
    assert log.table.rowCount() == 1
    row = _texts(log.table, 0)
    assert row[1] == "laptop.odpkg" and row[2] == "US" and "김영희" in row[3]
    assert row[4] == "merged" and row[8] == "1" and row[9] == "0"
    assert log.count.text() == "1 packages"


@pytest.fixture
def moved_on_page(qtbot, desk, dispute, tmp_path, monkeypatch):
    """The office PC's page on a conflict whose record moved on (issue 11, finding 4):
    the laptop's summary lost, then a second laptop's later summary arrived."""
    from computers import Computers, moved_on

    computers = Computers(tmp_path, monkeypatch)
    computers.add("office", desk, tmp_path / "home")
    moved_on(computers, dispute.id, targets=("office",))
    computers.act("office")
    p = ConflictsPage(desk, "en")
    qtbot.addWidget(p)
    yield p
    for name, other in computers.desks.items():
        if name != "office":
            other.close()


def test_keeping_a_value_over_a_later_one_asks_first(qtbot, moved_on_page, desk, dispute,
                                                     monkeypatch):
    asked = []
    answer = {"yes": False}

    def ask(parent, title, text):
        asked.append(text)
        return answer["yes"]

    monkeypatch.setattr(messages_module, "ask", ask)
    page = moved_on_page
    page.table.selectRow(0)
    assert _texts(page.sides, 0)[1:] == ["사무실 요약", "출장 중 요약"]
    page.keep_theirs.click()  # the laptop's value, over the second laptop's later one
    [question] = asked
    assert "두 번째 노트북 요약" in question and "출장 중 요약" in question
    assert records.get(desk, dispute.id)["summary"] == "두 번째 노트북 요약"
    assert len(list_conflicts(desk)) == 1 and page.table.rowCount() == 1
    answer["yes"] = True
    page.table.selectRow(0)
    with qtbot.waitSignal(page.changed):
        page.keep_theirs.click()
    assert len(asked) == 2
    assert records.get(desk, dispute.id)["summary"] == "출장 중 요약"
    assert list_conflicts(desk) == [] and page.table.rowCount() == 0


def test_keeping_the_record_as_it_is_asks_nothing(qtbot, page, conflicted, monkeypatch):
    monkeypatch.setattr(messages_module, "ask", lambda *a: pytest.fail("asked"))
    desk, dispute = conflicted
    page.table.selectRow(0)
    with qtbot.waitSignal(page.changed):
        page.keep_ours.click()  # the value the merge applied: the record holds it
    assert records.get(desk, dispute.id)["summary"] == OURS
