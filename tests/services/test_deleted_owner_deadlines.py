"""A deleted record's deadlines are no one's to do: the to-do, the dashboard's figures
and the ``deadlines`` command leave them out alike, and bring them back on restore."""

from __future__ import annotations

import datetime as dt

from officer_desk.domain.kinds import ACTION_ITEMS, CONFERENCES, DISPUTES, FOLLOW_UPS
from officer_desk.services import records
from officer_desk.services.dashboard import dashboard
from officer_desk.services.deadlines import deadlines
from officer_desk.services.todo import TodoQuery, todo_count, todo_items

TODAY = dt.date(2025, 6, 1)


def _day(days: int) -> dt.date:
    return TODAY + dt.timedelta(days=days)


def _all_three(desk) -> tuple[set[str], set[str], tuple[int, int]]:
    """(the to-do's open ids, the deadlines command's ids, the dashboard's overdue and
    due-within-30 counts)."""
    todo_ids = {x.id for x in todo_items(desk, TodoQuery(today=TODAY), limit=1000)}
    assert todo_count(desk, TodoQuery(today=TODAY)) == len(todo_ids)
    listed = {x.id for x in deadlines(desk, today=TODAY, within_days=30)}
    figures = dashboard(desk, today=TODAY)
    return todo_ids, listed, (figures.overdue, figures.due_within[30])


def test_a_deleted_records_deadlines_leave_every_list_and_come_back(desk, dispute):
    late, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": _day(-10), "description": "답변서 제출"})
    soon, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": _day(5), "description": "기일 확인"})
    conference, _ = records.create(desk, CONFERENCES, {
        "title_ko": "제3차 회의", "conference_kind": "hq_video", "held_on": TODAY})
    linked, _ = records.create(desk, ACTION_ITEMS, {
        "conference_id": conference.id, "description_ko": "분쟁 보고", "owner_name": "담당",
        "due_on": _day(3), "record_id": dispute.id})
    own, _ = records.create(desk, ACTION_ITEMS, {
        "conference_id": conference.id, "description_ko": "회의록", "owner_name": "담당",
        "due_on": _day(-2)})
    every = {late.id, soon.id, linked.id, own.id}
    assert _all_three(desk) == (every, every, (2, 2))

    records.delete(desk, dispute.id)
    assert _all_three(desk) == ({own.id}, {own.id}, (1, 0))
    assert todo_items(desk, TodoQuery(state="all", today=TODAY))[0].id == own.id
    assert todo_count(desk, TodoQuery(state="all", today=TODAY)) == 1

    records.delete(desk, conference.id)  # its action items go with it
    assert _all_three(desk) == (set(), set(), (0, 0))

    records.restore(desk, dispute.id)
    records.restore(desk, conference.id)
    assert _all_three(desk) == (every, every, (2, 2))

    records.delete(desk, late.id)  # a deleted follow-up itself, as before
    assert _all_three(desk) == (every - {late.id}, every - {late.id}, (1, 2))


def test_of_some_posts_the_dashboard_counts_the_same(desk, dispute):
    records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": _day(-1), "description": "기한"})
    other, _ = records.create(desk, DISPUTES, {
        "title_ko": "다른 분쟁", "company_id": dispute["company_id"], "ip_type": "patent",
        "dispute_kind": "infringement_suit", "opened_on": TODAY, "role": "defending"})
    records.create(desk, FOLLOW_UPS, {
        "record_id": other.id, "due_on": _day(-1), "description": "기한"})
    records.delete(desk, other.id)
    assert dashboard(desk, today=TODAY, posts=("us",)).overdue == 1
    assert dashboard(desk, today=TODAY, posts=("JP",)).overdue == 0
    assert len(deadlines(desk, today=TODAY, posts=("US",))) == 1


def test_the_same_deadlines_with_and_without_the_deleted_rows_indexes(desk, dispute):
    """The deleted records are read from each table's index of its deleted rows when
    the file has them (``storage.indexes.DELETED_ROWS``), else from the ``(post,
    deleted)`` indexes: the deadlines found are the same either way."""
    from officer_desk.services.deadline_rows import deadline_rows
    from officer_desk.storage import indexes

    records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": _day(-10), "description": "답변서 제출"})
    conference, _ = records.create(desk, CONFERENCES, {
        "title_ko": "제3차 회의", "conference_kind": "hq_video", "held_on": TODAY})
    own, _ = records.create(desk, ACTION_ITEMS, {
        "conference_id": conference.id, "description_ko": "회의록", "owner_name": "담당",
        "due_on": _day(-2)})
    records.delete(desk, dispute.id)
    assert indexes.deleted_rows_indexed(desk.conn)  # made when opened for writing
    plan = " ".join(str(row) for row in desk.conn.execute(
        f"EXPLAIN QUERY PLAN {deadline_rows(desk.conn)}"))
    assert "disputes_deleted" in plan and "disputes_post" not in plan
    with_index = _all_three(desk)
    assert with_index == ({own.id}, {own.id}, (1, 0))
    for name in indexes.DELETED_ROWS.values():
        desk.conn.execute(f"DROP INDEX {name}")
    assert not indexes.deleted_rows_indexed(desk.conn)
    plan = " ".join(str(row) for row in desk.conn.execute(
        f"EXPLAIN QUERY PLAN {deadline_rows(desk.conn)}"))
    assert "disputes_post" in plan and "disputes_deleted" not in plan
    assert _all_three(desk) == with_index
