"""Conference agendas, action items carried over, and saved views."""

from __future__ import annotations

import datetime as dt

import pytest

from officer_desk.domain.errors import ValidationError
from officer_desk.domain.kinds import ACTION_ITEMS, AGENDA_ITEMS, CONFERENCES, DISPUTES
from officer_desk.services import records
from officer_desk.services.conferences import conference_view
from officer_desk.services.queries import ListQuery, list_records
from officer_desk.services.views import delete_view, save_view, saved_views


def conference(desk, day, title):
    record, _ = records.create(desk, CONFERENCES, {
        "title_ko": title, "conference_kind": "hq_video", "held_on": day,
    })
    return record


def action(desk, conf, text, status="open"):
    record, _ = records.create(desk, ACTION_ITEMS, {
        "conference_id": conf.id, "description_ko": text, "owner_name": "담당관",
        "status": status, "closed_on": dt.date(2025, 5, 1) if status == "done" else None,
    })
    return record


def test_open_action_items_carry_over_until_closed(desk, dispute):
    first = conference(desk, dt.date(2025, 3, 1), "제1차 회의")
    second = conference(desk, dt.date(2025, 5, 1), "제2차 회의")
    still_open = action(desk, first, "NPE 대응 설명회 개최")
    action(desk, first, "가이드 배포", status="done")
    new = action(desk, second, "ITC 동향 보고")
    records.create(desk, AGENDA_ITEMS, {"conference_id": second.id, "title_ko": "분쟁 현황",
                                        "record_id": dispute.id, "position": 1})
    view = conference_view(desk, second.id)
    assert [a.id for a in view.raised] == [new.id]
    assert [a.id for a in view.carried_over] == [still_open.id]
    assert [a["title_ko"] for a in view.agenda] == ["분쟁 현황"]
    assert view.linked[dispute.id]["title_ko"] == dispute["title_ko"]
    records.update(desk, still_open.id, {"status": "done", "closed_on": "2025-05-02"})
    assert conference_view(desk, second.id).carried_over == []


def test_saved_view_round_trip(desk, dispute):
    query = ListQuery(where={"stage": ["intake"]}, posts=("US",), sort="-opened_on",
                      date_from=dt.date(2024, 1, 1))
    view = save_view(desk, DISPUTES, "  미국  초기 사건 ", query)
    assert view.name == "미국 초기 사건"
    [again] = saved_views(desk, DISPUTES)
    assert again.query.where == {"stage": ["intake"]} and again.query.posts == ("US",)
    assert list_records(desk, DISPUTES, again.query).total == 1
    save_view(desk, DISPUTES, "미국 초기 사건", ListQuery(sort="title_ko"))
    assert saved_views(desk, DISPUTES)[0].query.sort == "title_ko"
    delete_view(desk, again.id)
    assert saved_views(desk) == []


def test_saved_view_with_a_bad_sort_is_refused(desk):
    with pytest.raises(ValidationError):
        save_view(desk, DISPUTES, "x", ListQuery(sort="nonsense"))
