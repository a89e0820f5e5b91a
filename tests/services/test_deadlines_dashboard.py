"""Upcoming and overdue deadlines; dashboard counts."""

from __future__ import annotations

import datetime as dt

from officer_desk.domain.kinds import ACTION_ITEMS, CONFERENCES, DISPUTES, ENGAGEMENTS, FOLLOW_UPS
from officer_desk.services import records
from officer_desk.services.dashboard import dashboard
from officer_desk.services.deadlines import deadlines

TODAY = dt.date(2025, 6, 1)


def add_follow_up(desk, record_id, days, done=False, text="기한"):
    record, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": record_id, "due_on": TODAY + dt.timedelta(days=days),
        "description": text, "done": done,
    })
    return record


def test_upcoming_and_overdue(desk, dispute):
    late = add_follow_up(desk, dispute.id, -3, text="늦음")
    soon = add_follow_up(desk, dispute.id, 10, text="곧")
    add_follow_up(desk, dispute.id, 45, text="나중")
    add_follow_up(desk, dispute.id, 5, done=True, text="끝남")
    found = deadlines(desk, within_days=30, today=TODAY)
    assert [d.id for d in found] == [late.id, soon.id]
    assert found[0].overdue and found[0].days_left == -3
    assert found[1].record_title == dispute["title_ko"] and found[1].record_kind == "disputes"
    assert [d.id for d in deadlines(desk, within_days=30, today=TODAY,
                                    include_overdue=False)] == [soon.id]
    assert [d.id for d in deadlines(desk, today=TODAY, overdue_only=True)] == [late.id]


def test_action_items_are_deadlines_until_done(desk):
    conf, _ = records.create(desk, CONFERENCES, {
        "title_ko": "2025년 제2차 화상회의", "conference_kind": "hq_video", "held_on": TODAY,
    })
    item, _ = records.create(desk, ACTION_ITEMS, {
        "conference_id": conf.id, "description_ko": "ITC 대응 가이드 배포",
        "owner_name": "주미 담당관", "due_on": TODAY + dt.timedelta(days=7),
    })
    assert [d.id for d in deadlines(desk, today=TODAY)] == [item.id]
    records.update(desk, item.id, {"status": "done", "closed_on": TODAY})
    assert deadlines(desk, today=TODAY) == []


def test_dashboard_counts(desk, company, dispute):
    records.create(desk, DISPUTES, {
        "title_ko": "종결 사건", "company_id": company.id, "ip_type": "trademark",
        "dispute_kind": "opposition", "opened_on": "2024-01-01", "status": "closed",
        "closed_on": "2024-06-01", "outcome": "mark_refused_cancelled",
    })
    records.create(desk, ENGAGEMENTS, {
        "topic_ko": "USPTO 면담", "agency": "uspto", "held_on": "2025-05-01",
    })
    add_follow_up(desk, dispute.id, -1)
    add_follow_up(desk, dispute.id, 40)
    d = dashboard(desk, today=TODAY)
    assert (d.disputes_open, d.disputes_closed) == (1, 1)
    assert d.open_by_post == {"US": 1} and d.closed_by_post == {"US": 1}
    assert d.open_by_ip_type == {"patent": 1}
    assert d.open_by_kind == {"infringement_suit": 1}
    assert d.open_by_technology == {"": 1}
    assert d.engagements_by_post == {"US": 1}
    assert d.overdue == 1 and d.due_within == {30: 0, 60: 1, 90: 1}
    assert d.records_by_kind["disputes"] == 2
    assert dashboard(desk, today=TODAY, posts=("CN",)).disputes_open == 0
    assert d.as_dict()["due_within"] == {"30": 0, "60": 1, "90": 1}
