"""The dashboard's newer figures (new this month, engagements held) and the records
changed most recently."""

from __future__ import annotations

import datetime as dt

from officer_desk.domain.kinds import DISPUTES, ENGAGEMENTS, FOLLOW_UPS, USER_KINDS
from officer_desk.services import records
from officer_desk.services.dashboard import dashboard, recent_changes
from officer_desk.storage import indexes

TODAY = dt.date(2025, 6, 20)


def test_new_this_month_and_engagements_held(desk, company, dispute):
    for opened in ("2025-06-01", "2025-06-19", "2025-05-31", "2025-06-25"):
        records.create(desk, DISPUTES, {
            "title_ko": f"사건 {opened}", "company_id": company.id, "ip_type": "patent",
            "dispute_kind": "infringement_suit", "opened_on": opened,
        })
    for held in ("2025-06-01", "2025-06-20", "2025-07-01"):
        records.create(desk, ENGAGEMENTS, {
            "topic_ko": f"면담 {held}", "agency": "uspto", "held_on": held})
    d = dashboard(desk, today=TODAY)
    assert d.disputes_new_this_month == 2  # not May's, not the one dated after today
    assert d.engagements_held == 2
    assert d.as_dict()["disputes_new_this_month"] == 2
    assert dashboard(desk, today=TODAY, posts=("CN",)).engagements_held == 0


def test_recent_changes_newest_first_across_kinds(desk, company, dispute):
    follow_up, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": TODAY, "description": "답변서 제출"})
    records.update(desk, company.id, {"sector": "batteries"})
    assert [r.id for r in recent_changes(desk, limit=3)] == [
        company.id, follow_up.id, dispute.id]
    assert [r.id for r in recent_changes(desk, limit=1)] == [company.id]
    records.delete(desk, dispute.id)
    first = recent_changes(desk)[0]
    assert first.id == dispute.id and first.deleted
    assert recent_changes(desk, posts=("CN",)) == []
    assert len(recent_changes(desk, posts=("us",))) == 3


def test_recent_changes_of_an_empty_database(desk):
    assert recent_changes(desk) == []


def test_recent_changes_read_each_kind_from_its_index(desk, dispute):
    """Each kind's newest rows come from its ``(updated_at, changed)`` index (made when
    the file is opened for writing), not from sorting the whole table."""
    for kind in USER_KINDS:
        plan = " ".join(str(row[-1]) for row in desk.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT id, updated_at, changed FROM {kind.name} "
            "ORDER BY updated_at DESC, changed DESC, id DESC LIMIT 25"))
        assert f"USING INDEX {indexes.RECENT_ROWS[kind.name]}" in plan, plan
