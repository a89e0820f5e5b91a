"""The to-do of deadlines: which, in which order, whose, and marking done."""

from __future__ import annotations

import datetime as dt

import pytest

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import ACTION_ITEMS, CONFERENCES, DISPUTES, FOLLOW_UPS
from officer_desk.services import records
from officer_desk.services.dashboard import dashboard
from officer_desk.services.todo import (
    TodoQuery,
    set_done,
    todo_count,
    todo_item,
    todo_items,
    todo_position,
)

TODAY = dt.date(2025, 6, 1)


def follow_up(desk, record_id, days, *, done=False, text="기한"):
    record, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": record_id, "due_on": TODAY + dt.timedelta(days=days),
        "description": text, "done": done})
    return record


@pytest.fixture
def deadlines(desk, dispute):
    conference, _ = records.create(desk, CONFERENCES, {
        "title_ko": "2025년 제2차 화상회의", "conference_kind": "hq_video", "held_on": TODAY})
    action, _ = records.create(desk, ACTION_ITEMS, {
        "conference_id": conference.id, "description_ko": "회신 준비", "owner_name": "담당",
        "due_on": TODAY + dt.timedelta(days=2)})
    return {
        "late": follow_up(desk, dispute.id, -30, text="오래 지남"),
        "later": follow_up(desk, dispute.id, -3, text="조금 지남"),
        "soon": follow_up(desk, dispute.id, 10, text="곧"),
        "far": follow_up(desk, dispute.id, 45, text="나중"),
        "done": follow_up(desk, dispute.id, 5, done=True, text="끝남"),
        "action": action, "conference": conference,
    }


def ids(desk, **query):
    return [x.id for x in todo_items(desk, TodoQuery(today=TODAY, **query))]


def test_open_is_overdue_first_then_due_soon(desk, deadlines):
    d = deadlines
    assert ids(desk) == [d["late"].id, d["later"].id, d["action"].id, d["soon"].id,
                         d["far"].id]
    assert todo_count(desk, TodoQuery(today=TODAY)) == 5


def test_each_state(desk, deadlines):
    d = deadlines
    assert ids(desk, state="overdue") == [d["later"].id, d["late"].id]  # the latest first
    assert ids(desk, state="due", within_days=10) == [d["action"].id, d["soon"].id]
    assert ids(desk, state="done") == [d["done"].id]
    assert ids(desk, state="all")[-1] == d["done"].id and len(ids(desk, state="all")) == 6
    with pytest.raises(OfficerDeskError):
        ids(desk, state="someday")


def test_the_counts_match_the_dashboards(desk, deadlines):
    figures = dashboard(desk, today=TODAY)
    assert todo_count(desk, TodoQuery(state="overdue", today=TODAY)) == figures.overdue == 2
    for days in (30, 60, 90):
        assert todo_count(desk, TodoQuery(state="due", within_days=days, today=TODAY)) == \
            figures.due_within[days]


def test_each_names_what_it_belongs_to(desk, dispute, deadlines):
    items = {x.id: x for x in todo_items(desk, TodoQuery(today=TODAY))}
    late = items[deadlines["late"].id]
    assert late.owner_id == dispute.id and late.owner_kind == "disputes"
    assert late.owner_title("ko") == dispute["title_ko"]
    assert late.owner_title("en") == dispute["title_en"]
    assert late.overdue and late.days_left == -30
    action = items[deadlines["action"].id]  # no record of its own: its conference
    assert action.owner_id == deadlines["conference"].id
    assert action.owner_title("en") == "2025년 제2차 화상회의"  # no English title: Korean


@pytest.fixture
def hq_demo(tmp_path):
    from officer_desk.services.demo import generate_demo
    from officer_desk.services.desk import init_desk

    desk = init_desk(tmp_path / "demo.sqlite", hq=True, demo=True)
    generate_demo(desk, records=400, seed=3, today=TODAY)
    yield desk
    desk.close()


def test_mine_is_this_case_logs_post(hq_demo):
    """At HQ the merged posts' deadlines are there too: "mine" keeps HQ's own."""
    hq_desk = hq_demo
    conference, _ = records.create(hq_desk, CONFERENCES, {
        "title_ko": "본청 회의", "conference_kind": "hq_video", "held_on": TODAY})
    own, _ = records.create(hq_desk, ACTION_ITEMS, {
        "conference_id": conference.id, "description_ko": "본청 조치", "owner_name": "담당",
        "due_on": TODAY})
    query = TodoQuery(state="all", today=TODAY)
    everyone = todo_items(hq_desk, query, limit=10_000)
    mine = todo_items(hq_desk, TodoQuery(state="all", mine=True, today=TODAY), limit=10_000)
    assert own.id in [x.id for x in mine]
    assert {x.post for x in mine} == {"HQ"}
    assert len({x.post for x in everyone}) > 1
    assert [x for x in everyone if x.post == "HQ"] == mine


def test_marking_done_and_open_again(desk, deadlines):
    d = deadlines
    set_done(desk, d["soon"].id, True, today=TODAY)
    stored = records.get(desk, d["soon"].id)
    assert stored["done"] is True and stored["done_on"] == TODAY
    set_done(desk, d["action"].id, True, today=TODAY)
    action = records.get(desk, d["action"].id)
    assert action["status"] == "done" and action["closed_on"] == TODAY
    assert d["soon"].id not in ids(desk) and d["action"].id in ids(desk, state="done")
    set_done(desk, d["soon"].id, False)
    stored = records.get(desk, d["soon"].id)
    assert stored["done"] is False and stored["done_on"] is None
    with pytest.raises(OfficerDeskError):
        set_done(desk, d["conference"].id, True)


def test_paging(desk, deadlines):
    everything = ids(desk, state="all")
    query = TodoQuery(state="all", today=TODAY)
    pages = [x.id for offset in (0, 2, 4) for x in todo_items(desk, query, limit=2,
                                                                 offset=offset)]
    assert pages == everything


@pytest.mark.parametrize("state", ["open", "overdue", "due", "done", "all"])
def test_each_deadlines_position_is_its_row(desk, deadlines, state):
    """``todo_position`` is where ``todo_items`` lists a deadline, in every order; and
    ``todo_item`` finds only what the query lists."""
    query = TodoQuery(state=state, within_days=60, today=TODAY)
    listed = todo_items(desk, query)
    for row, item in enumerate(listed):
        assert todo_item(desk, query, item.id) == item
        assert todo_position(desk, query, item) == row
    others = {x.id for x in todo_items(desk, TodoQuery(state="all", today=TODAY))}
    for missing in others - {x.id for x in listed}:
        assert todo_item(desk, query, missing) is None


def test_changed_since_names_the_records_written_after(desk, deadlines):
    from officer_desk.services.todo_changes import changed_since
    from officer_desk.storage.meta import clock

    before = clock(desk.conn)
    assert changed_since(desk, before) == set()
    set_done(desk, deadlines["soon"].id, True, today=TODAY)
    records.delete(desk, deadlines["conference"].id)
    assert changed_since(desk, before) == {deadlines["soon"].id, deadlines["conference"].id}


@pytest.fixture
def crowded(desk, company, dispute):
    """Deadlines sharing due dates (pages end inside a day), a done one, action items
    among them, and those of a deleted dispute: what each open list holds, as
    (due date, id), from what was made rather than from the to-do."""
    gone, _ = records.create(desk, DISPUTES, {
        "title_ko": "취하된 분쟁", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "infringement_suit", "opened_on": TODAY})
    conference, _ = records.create(desk, CONFERENCES, {
        "title_ko": "회의", "conference_kind": "hq_video", "held_on": TODAY})
    made = []
    for n, days in enumerate((-9, -9, -9, -4, -4, -1, 0, 0, 0, 3, 3, 3, 3, 8, 20, 20)):
        made.append(follow_up(desk, dispute.id, days, text=f"기한 {n}"))
        follow_up(desk, gone.id, days, text=f"지워질 {n}")
        if n % 4 == 0:
            action, _ = records.create(desk, ACTION_ITEMS, {
                "conference_id": conference.id, "description_ko": f"할 일 {n}",
                "owner_name": "담당", "due_on": TODAY + dt.timedelta(days=days)})
            made.append(action)
    follow_up(desk, dispute.id, -4, done=True, text="끝남")
    records.delete(desk, gone.id)
    return sorted((x["due_on"], x.id) for x in made)


@pytest.mark.parametrize("state", ["open", "overdue", "due"])
def test_every_page_is_its_part_of_the_list(desk, crowded, state):
    """A page is read up to its last row's due date (``_page_bound``): each page of
    every size and start is that part of the whole list, ties of a day included, and a
    page past the end is short or empty."""
    if state == "overdue":  # the latest first
        expected = [i for due, i in sorted(((d, i) for d, i in crowded if d < TODAY),
                                           key=lambda x: (-x[0].toordinal(), x[1]))]
    elif state == "due":
        expected = [i for d, i in crowded if TODAY <= d <= TODAY + dt.timedelta(days=8)]
    else:
        expected = [i for _, i in crowded]
    assert len(expected) > 6
    query = TodoQuery(state=state, within_days=8, today=TODAY)
    assert [x.id for x in todo_items(desk, query, limit=1000)] == expected
    for limit in (1, 2, 3, 5):
        for offset in range(len(expected) + 2):
            page = [x.id for x in todo_items(desk, query, limit=limit, offset=offset)]
            assert page == expected[offset:offset + limit], (limit, offset)
