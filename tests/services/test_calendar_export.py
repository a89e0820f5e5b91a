"""The deadline calendar (issue 17), read back with ``vobject`` — a second iCalendar
parser that shares no code with ``icalendar``, which writes the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import ACTION_ITEMS, COMPANIES, CONFERENCES, FOLLOW_UPS
from officer_desk.services import records
from officer_desk.services.calendar_export import uid_of, write_calendar
from officer_desk.services.calendar_items import CalendarScope
from officer_desk.services.todo import TodoQuery, todo_items

TODAY = dt.date(2025, 6, 1)


def _day(days: int) -> dt.date:
    return TODAY + dt.timedelta(days=days)


def zone(event: vobject.base.Component) -> str:
    """The TZID of the event's start, as vobject read it (from the file's VTIMEZONE)."""
    return vobject.icalendar.TimezoneComponent.pickTzid(event.dtstart.value.tzinfo)


def _events(path: Path) -> dict[str, vobject.base.Component]:
    """UID -> VEVENT, as vobject reads the file (a UID twice fails the test)."""
    text = path.read_text(encoding="utf-8")
    calendar = vobject.readOne(text)
    events = list(getattr(calendar, "vevent_list", []))
    uids = [e.uid.value for e in events]
    assert len(uids) == len(set(uids)), "a UID appears twice"
    assert text.count("BEGIN:VEVENT") == len(events)
    return {e.uid.value: e for e in events}


@pytest.fixture
def logged(desk, dispute):
    """A US case log with one deadline in every state."""
    made = {}
    made["open"], _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": _day(5), "description": "답변서 제출"})
    made["done"], _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": _day(-3), "description": "기일 확인",
        "done": True, "done_on": _day(-4)})
    made["deleted"], _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": _day(8), "description": "취소된 기한"})
    records.delete(desk, made["deleted"].id)
    conference, _ = records.create(desk, CONFERENCES, {
        "title_ko": "제3차 본청 화상회의", "title_en": "3rd HQ video conference",
        "conference_kind": "hq_video", "held_on": TODAY})
    made["action"], _ = records.create(desk, ACTION_ITEMS, {
        "conference_id": conference.id, "description_ko": "분쟁 현황 보고",
        "description_en": "Report the dispute", "owner_name": "김영희",
        "due_on": _day(12), "record_id": dispute.id})
    made["dropped"], _ = records.create(desk, ACTION_ITEMS, {
        "conference_id": conference.id, "description_ko": "중단된 조치",
        "owner_name": "김영희", "due_on": _day(2), "status": "dropped"})
    made["conference"] = conference
    return made


def test_every_deadline_is_one_event_with_its_uid_date_and_the_posts_zone(
        desk, logged, tmp_path):
    out = tmp_path / "deadlines.ics"
    result = write_calendar(desk, out, CalendarScope(today=TODAY), lang="en")
    events = _events(out)
    ids = {logged[k].id for k in ("open", "done", "deleted", "action", "dropped")}
    assert set(events) == {uid_of(i) for i in ids}
    assert (result.events, result.open, result.cancelled) == (5, 2, 3)
    for key in ("open", "done", "deleted", "action", "dropped"):
        record = logged[key]
        event = events[uid_of(record.id)]
        start = event.dtstart.value
        assert start.date() == record["due_on"]
        assert (start.hour, start.minute) == (9, 0)
        assert zone(event) == "America/New_York"
        assert record.id in event.description.value
    status = {k: events[uid_of(logged[k].id)].status.value for k in logged if k != "conference"}
    assert status == {"open": "CONFIRMED", "action": "CONFIRMED", "done": "CANCELLED",
                      "deleted": "CANCELLED", "dropped": "CANCELLED"}
    # the reminder: open events only, the day before
    opened = events[uid_of(logged["open"].id)]
    assert opened.valarm.trigger.value == -dt.timedelta(days=1)
    assert not hasattr(events[uid_of(logged["done"].id)], "valarm")
    assert opened.summary.value.startswith("Follow-up: 답변서 제출 (Hanbit Battery v.")
    action = events[uid_of(logged["action"].id)]
    assert action.summary.value.startswith("Action item: Report the dispute")
    # the same open deadlines as the to-do lists: one definition
    todo = {i.id for i in todo_items(desk, TodoQuery(today=TODAY), limit=100)}
    assert {u.split("@")[0] for u, e in events.items() if e.status.value == "CONFIRMED"} == todo
    # icalendar reads it back too, with the time zone defined in the file: June in
    # Washington is EDT (vobject 0.9.9 computes EST from the same VTIMEZONE, so the
    # offset is checked here)
    again = Calendar.from_ical(out.read_bytes())
    assert {str(t["TZID"]) for t in again.walk("VTIMEZONE")} == {"America/New_York"}
    offsets = {e.DTSTART.utcoffset() for e in again.walk("VEVENT")}
    assert offsets == {dt.timedelta(hours=-4)}


def test_the_summary_speaks_the_chosen_language(desk, logged, tmp_path):
    out = tmp_path / "ko.ics"
    write_calendar(desk, out, CalendarScope(today=TODAY), lang="ko")
    events = _events(out)
    assert events[uid_of(logged["action"].id)].summary.value.startswith(
        "조치 사항: 분쟁 현황 보고 (한빛배터리 v. Voltaic")
    assert events[uid_of(logged["done"].id)].summary.value.endswith("[완료]")
    assert "기록: 후속 조치" in events[uid_of(logged["open"].id)].description.value


def test_a_re_export_after_a_change_updates_rather_than_duplicates(desk, logged, tmp_path):
    out = tmp_path / "deadlines.ics"
    first_stamp = dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.UTC)
    write_calendar(desk, out, CalendarScope(today=TODAY), lang="en", stamp=first_stamp)
    before = _events(out)
    records.update(desk, logged["open"].id, {"due_on": _day(9)})
    records.update(desk, logged["action"].id, {"status": "done", "closed_on": TODAY})
    write_calendar(desk, out, CalendarScope(today=TODAY), lang="en",
                   stamp=first_stamp + dt.timedelta(hours=2))
    after = _events(out)
    assert set(after) == set(before)  # the same UIDs: no event twice, none lost
    moved, closed = uid_of(logged["open"].id), uid_of(logged["action"].id)
    assert after[moved].dtstart.value.date() == _day(9)
    assert int(after[moved].sequence.value) > int(before[moved].sequence.value)
    assert after[closed].status.value == "CANCELLED"
    assert int(after[closed].sequence.value) > int(before[closed].sequence.value)
    for uid in after:
        assert after[uid].dtstamp.value > before[uid].dtstamp.value
    unchanged = uid_of(logged["done"].id)
    assert after[unchanged].sequence.value == before[unchanged].sequence.value


def test_a_deleted_record_cancels_its_deadlines_and_a_restore_brings_them_back(
        desk, dispute, logged, tmp_path):
    out = tmp_path / "deadlines.ics"
    write_calendar(desk, out, CalendarScope(today=TODAY))
    uid = uid_of(logged["open"].id)
    before = _events(out)[uid]
    records.delete(desk, dispute.id)
    write_calendar(desk, out, CalendarScope(today=TODAY))
    gone = _events(out)[uid]
    assert gone.status.value == "CANCELLED"
    assert int(gone.sequence.value) > int(before.sequence.value)
    records.restore(desk, dispute.id)
    write_calendar(desk, out, CalendarScope(today=TODAY))
    back = _events(out)[uid]
    assert back.status.value == "CONFIRMED"
    assert int(back.sequence.value) > int(gone.sequence.value)


def test_days_and_posts_narrow_the_file(desk, logged, tmp_path):
    out = tmp_path / "soon.ics"
    write_calendar(desk, out, CalendarScope(days=5, today=TODAY))
    due = {e.dtstart.value.date() for e in _events(out).values()}
    assert due and max(due) <= _day(5)
    assert min(due) == _day(-3)  # earlier ones stay in
    write_calendar(desk, out, CalendarScope(posts=("CN",), today=TODAY))
    assert _events(out) == {}
    with pytest.raises(OfficerDeskError) as refused:
        write_calendar(desk, out, CalendarScope(posts=("XX",)))
    assert "XX" in str(refused.value) and "XX" in refused.value.message("ko")
    with pytest.raises(OfficerDeskError):
        write_calendar(desk, desk.path, CalendarScope())
    with pytest.raises(OfficerDeskError):
        write_calendar(desk, tmp_path, CalendarScope())


def test_each_post_in_its_own_time_zone(hq_desk, tmp_path):
    ids = {}
    for post in ("US", "CN", "JP", "EU", "GVA", "HQ"):
        company, _ = records.create(hq_desk, COMPANIES, {"name_ko": f"{post} 기업"})
        ids[post], _ = records.create(hq_desk, FOLLOW_UPS, {
            "record_id": company.id, "due_on": _day(1), "description": "확인"})
    out = tmp_path / "hq.ics"
    write_calendar(hq_desk, out, CalendarScope(today=TODAY))
    events = _events(out)
    # HQ writes its own records; every one is HQ's here, so its zone is Seoul's
    assert {zone(e) for e in events.values()} == {"Asia/Seoul"}
    from officer_desk.services.post_zones import zone_of

    assert [zone_of(p, c, None, j) for p, c, j in (
        ("US", "Washington, D.C.", "US"), ("CN", "Beijing", "CN"), ("JP", "Tokyo", "JP"),
        ("EU", "Brussels", "EU"), ("GVA", "Geneva", "INT"), ("LA", "Los Angeles", None),
        ("XX", "Atlantis", None))] == [
        "America/New_York", "Asia/Shanghai", "Asia/Tokyo", "Europe/Brussels",
        "Europe/Zurich", "America/Los_Angeles", None]


def test_the_stakeholder_edition_leaves_out_internal_records_and_names(
        desk, company, dispute, logged, tmp_path):
    for record in (company, dispute, logged["open"], logged["conference"],
                   logged["action"]):
        records.update(desk, record.id, {"sensitivity": "public"})
    internal, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": _day(4), "description": "내부 검토",
        "sensitivity": "internal"})
    out = tmp_path / "public.ics"
    write_calendar(desk, out, CalendarScope(today=TODAY), lang="en", edition="stakeholder")
    text = out.read_text(encoding="utf-8")
    events = _events(out)
    uids = {uid.split(".")[0] for uid in events}
    assert logged["open"].id in uids and logged["action"].id in uids
    assert internal.id not in uids and logged["done"].id not in uids  # internal (default)
    for name in ("Hanbit", "한빛", "2:24-cv-00123", "123-45-67891"):
        assert name not in text
    assert "Company A" in events[next(u for u in events if logged["open"].id in u)] \
        .summary.value
    # the internal edition names the company
    write_calendar(desk, out, CalendarScope(today=TODAY), lang="en")
    assert "Hanbit" in out.read_text(encoding="utf-8")


def test_every_event_of_a_demo_case_log_read_back(tmp_path):
    """Every post's deadlines: each event's UID, day and zone as the case log says."""
    from officer_desk.services.demo import generate_demo
    from officer_desk.services.desk import init_desk

    desk = init_desk(tmp_path / "demo.sqlite", hq=True, demo=True)
    try:
        generate_demo(desk, records=400, seed=2, today=TODAY)
        out = tmp_path / "all.ics"
        result = write_calendar(desk, out, CalendarScope(today=TODAY), lang="en")
        expected = {f"{rid}@officer-desk": (post, dt.date.fromisoformat(due)) for rid, post, due
                    in desk.conn.execute(
                        "SELECT id, post, due_on FROM follow_ups WHERE due_on IS NOT NULL "
                        "UNION ALL SELECT id, post, due_on FROM action_items "
                        "WHERE due_on IS NOT NULL")}
    finally:
        desk.close()
    events = _events(out)
    assert set(events) == set(expected) and result.events == len(expected)
    zones = {"US": "America/New_York", "CN": "Asia/Shanghai", "JP": "Asia/Tokyo",
             "EU": "Europe/Brussels", "GVA": "Europe/Zurich", "HQ": "Asia/Seoul"}
    posts = set()
    for uid, event in events.items():
        post, due = expected[uid]
        posts.add(post)
        assert event.dtstart.value.date() == due, uid
        assert zone(event) == zones[post], uid
        assert f"Post: {post}" in event.description.value
        assert uid.split("@")[0] in event.description.value
    assert len(posts) >= 4  # the demo's deadlines are at several posts


def test_a_deadline_about_an_unnamed_company_shows_no_text_written_about_it(
        desk, company, dispute, logged, tmp_path):
    """User check (s26): the pack prints a record about a company that has not agreed to
    be named by its structured line only, because free text names it in ways no list
    of protected strings knows ("Hanbit's team", a nickname). The stakeholder calendar
    printed the follow-up's description and the dispute's title, scrubbed of the
    recorded names only: "Sekret internal company dispute" reached the file."""
    for record in (company, logged["conference"], logged["action"]):
        records.update(desk, record.id, {"sensitivity": "public"})
    records.update(desk, dispute.id, {"sensitivity": "public",
                                      "title_en": "Nickname Hanbi-Power suit"})
    said, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": _day(6), "sensitivity": "public",
        "description": "Call Hanbi-Power's counsel"})
    to_company, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": company.id, "due_on": _day(7), "sensitivity": "public",
        "description": "Visit the Hanbi-Power plant"})
    out = tmp_path / "public.ics"
    write_calendar(desk, out, CalendarScope(today=TODAY), lang="en", edition="stakeholder")
    text = out.read_text(encoding="utf-8")
    assert "Hanbi" not in text.replace("\r\n ", "")
    events = {uid.split(".")[0]: e for uid, e in _events(out).items()}
    assert events[said.id].summary.value == \
        "Follow-up: Infringement suit (Patent) — Company A"
    assert events[logged["action"].id].summary.value == \
        "Action item: Infringement suit (Patent) — Company A"
    assert events[to_company.id].summary.value == \
        "Follow-up: Company A — SME, Secondary batteries"
    assert "Belongs to: Dispute" in events[said.id].description.value
    # a record of a named company keeps its text
    records.update(desk, company.id, {"consent_to_name": True})
    write_calendar(desk, out, CalendarScope(today=TODAY), lang="en", edition="stakeholder")
    events = {uid.split(".")[0]: e for uid, e in _events(out).items()}
    assert "Call Hanbi-Power's counsel" in events[said.id].summary.value


def test_the_stakeholder_edition_replaces_a_name_written_escaped_or_hidden(
        desk, company, dispute, logged, tmp_path):
    """A protected name HTML-escaped, with a zero-width space inside or in full-width
    letters is replaced as a reader reads it (issue s27); read back with vobject."""
    records.update(desk, logged["conference"].id, {"sensitivity": "public"})
    action, _ = records.create(desk, ACTION_ITEMS, {
        "conference_id": logged["conference"].id, "owner_name": "김영희",
        "description_en": "Brief &#54620;&#48731;&#48176;&#53552;&#47532;의 counsel, "
                          "Hanbit\u200bBattery and ＨＡＮＢＩＴ ＢＡＴＴＥＲＹ &amp; co",
        "due_on": _day(9), "sensitivity": "public"})
    out = tmp_path / "public.ics"
    write_calendar(desk, out, CalendarScope(today=TODAY), lang="en", edition="stakeholder")
    events = {uid.split(".")[0]: e for uid, e in _events(out).items()}
    assert events[action.id].summary.value == \
        "Action item: Brief Company A의 counsel, Company A and Company A &amp; co " \
        "(3rd HQ video conference)"
    write_calendar(desk, out, CalendarScope(today=TODAY), lang="en")
    assert "&#54620;&#48731;" in _events(out)[uid_of(action.id)].summary.value


def test_the_stakeholder_edition_replaces_a_name_in_a_link(
        desk, company, dispute, logged, tmp_path):
    """Issue s27 (leak-edges): a name percent-encoded in a link is replaced, the alias
    encoded so that the link still opens (the particle after it fits the letter); read
    back with vobject."""
    records.update(desk, logged["conference"].id, {"sensitivity": "public"})
    action, _ = records.create(desk, ACTION_ITEMS, {
        "conference_id": logged["conference"].id, "owner_name": "김영희",
        "description_en": "Read https://example.com/s?q=%ED%95%9C%EB%B9%9B%EB%B0%B0%ED%84"
                          "%B0%EB%A6%AC%EC%9D%98",
        "due_on": _day(9), "sensitivity": "public"})
    out = tmp_path / "public.ics"
    write_calendar(desk, out, CalendarScope(today=TODAY), lang="en", edition="stakeholder")
    events = {uid.split(".")[0]: e for uid, e in _events(out).items()}
    assert events[action.id].summary.value == \
        "Action item: Read https://example.com/s?q=Company+A%EC%9D%98 " \
        "(3rd HQ video conference)"
    assert "%ED%95%9C%EB%B9%9B" not in out.read_text(encoding="utf-8")


def test_a_refused_stakeholder_calendar_names_the_record_of_the_event(
        desk, company, dispute, logged, tmp_path):
    """Issue s28: the refusal said only "in an event's title"; among thousands of events
    the officer could not tell which record to rewrite. It names the record and its due
    day now, and nothing is written."""
    records.update(desk, logged["conference"].id, {"sensitivity": "public"})
    action, _ = records.create(desk, ACTION_ITEMS, {
        "conference_id": logged["conference"].id, "owner_name": "김영희",
        "description_en": "Meet 한빛 배터리 counsel", "due_on": _day(9),
        "sensitivity": "public"})
    out = tmp_path / "public.ics"
    with pytest.raises(OfficerDeskError) as refused:
        write_calendar(desk, out, CalendarScope(today=TODAY), lang="en",
                       edition="stakeholder")
    assert not out.exists()
    due = _day(9).isoformat()
    assert f"the title of the event of action item {action.id[:8]} (due {due})" in \
        refused.value.message("en")
    assert f"조치 사항 {action.id[:8]}({due} 기한) 일정의 제목" in refused.value.message("ko")
    assert "pack" not in refused.value.message("en")  # a calendar is no briefing pack


def test_a_deleted_deadline_hands_out_none_of_its_text_in_the_stakeholder_edition(
        desk, company, dispute, logged, tmp_path):
    """Issue s28: a deleted follow-up's event (cancelled, so that a subscriber's copy
    goes) carried the text the officer deleted, and a name in it refused the whole
    stakeholder calendar: deleting the wrong follow-up did not help. Its title is now the
    kind and the state only; the internal edition keeps the text. Read back with
    vobject."""
    records.update(desk, logged["conference"].id, {"sensitivity": "public"})
    wrong, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": logged["conference"].id, "due_on": _day(4), "sensitivity": "public",
        "description": "Call 한빛 배터리 counsel (draft)"})
    records.delete(desk, wrong.id)
    out = tmp_path / "public.ics"
    write_calendar(desk, out, CalendarScope(today=TODAY), lang="en", edition="stakeholder")
    events = {uid.split(".")[0]: e for uid, e in _events(out).items()}
    assert events[wrong.id].summary.value == "Follow-up [deleted]"
    assert events[wrong.id].status.value == "CANCELLED"
    assert "counsel" not in out.read_text(encoding="utf-8").replace("\r\n ", "")
    write_calendar(desk, out, CalendarScope(today=TODAY), lang="ko", edition="stakeholder")
    events = {uid.split(".")[0]: e for uid, e in _events(out).items()}
    assert events[wrong.id].summary.value == "후속 조치 [삭제됨]"
    internal = tmp_path / "internal.ics"
    write_calendar(desk, internal, CalendarScope(today=TODAY), lang="en")
    assert "Call 한빛 배터리 counsel (draft)" in _events(internal)[uid_of(wrong.id)].summary.value
