"""Whether a kept calendar file needs writing again (issue 17): a change the calendar
shows says so, one it does not show does not; checked against the file itself (the
calendar's bytes, DTSTAMP fixed, compared before and after each change)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from officer_desk.domain.kinds import FOLLOW_UPS, TREND_NOTES
from officer_desk.services import records
from officer_desk.services.calendar_export import calendar_bytes
from officer_desk.services.calendar_fingerprint import Mark, mark_now, needs_writing

STAMP = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)
OUT = Path("kept.ics")


@pytest.fixture
def log(desk, dispute):
    note, _ = records.create(desk, TREND_NOTES, {
        "title_en": "Export controls", "category": "export_controls",
        "noted_on": dt.date(2025, 1, 8)})
    follow_up, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": dt.date(2025, 7, 1), "description": "답변서"})
    return note, follow_up


def file_of(desk) -> bytes:
    return calendar_bytes(desk, lang="ko", stamp=STAMP)[0]


@pytest.mark.parametrize("change, shown", [
    (lambda desk, note, follow_up, dispute, company: records.update(
        desk, note.id, {"title_en": "Export controls (revised)"}), False),
    (lambda desk, note, follow_up, dispute, company: records.update(
        desk, company.id, {"name_en": "Hanbit Battery Corp."}), False),
    (lambda desk, note, follow_up, dispute, company: records.update(
        desk, follow_up.id, {"due_on": dt.date(2025, 7, 9)}), True),
    (lambda desk, note, follow_up, dispute, company: records.update(
        desk, dispute.id, {"title_ko": "새 제목"}), True),
    (lambda desk, note, follow_up, dispute, company: records.delete(desk, dispute.id), True),
    (lambda desk, note, follow_up, dispute, company: records.create(desk, FOLLOW_UPS, {
        "record_id": note.id, "due_on": dt.date(2025, 8, 1), "description": "검토"}), True),
])
def test_a_change_is_found_when_the_file_would_change(desk, dispute, company, log, change,
                                                     shown):
    note, follow_up = log
    before, data = mark_now(desk, OUT), file_of(desk)
    assert not needs_writing(desk, before, mark_now(desk, OUT))
    change(desk, note, follow_up, dispute, company)
    assert needs_writing(desk, before, mark_now(desk, OUT)) is shown
    assert (file_of(desk) != data) is shown


def test_other_options_or_another_log_need_writing(desk, log, tmp_path):
    before = mark_now(desk, OUT)
    assert needs_writing(desk, None, before)
    assert needs_writing(desk, before, mark_now(desk, OUT, lang="en"))
    assert needs_writing(desk, before, mark_now(desk, tmp_path / "other.ics"))
    assert needs_writing(desk, before, mark_now(desk, OUT, edition="stakeholder"))
    # a counter that went back, or other deadlines at the same counter: another file
    assert needs_writing(desk, Mark(before.options, before.counter + 5, before.deadlines),
                         before)
    assert needs_writing(desk, Mark(before.options, before.counter, "0" * 16), before)
    assert Mark.from_text(before.as_text()) == before
    assert Mark.from_text("nonsense") is None


def test_in_the_stakeholder_edition_any_change_counts(desk, log, company):
    """The stakeholder rules read every record that may protect a name."""
    before = mark_now(desk, OUT, edition="stakeholder")
    assert not needs_writing(desk, before, mark_now(desk, OUT, edition="stakeholder"),
                             edition="stakeholder")
    records.update(desk, company.id, {"name_en": "Hanbit Battery Corp."})
    assert needs_writing(desk, before, mark_now(desk, OUT, edition="stakeholder"),
                         edition="stakeholder")
