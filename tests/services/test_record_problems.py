"""``records.problems``: what create or update would refuse, every field at once,
with nothing written (the editor asks it so that one Save says everything)."""

from __future__ import annotations

import datetime as dt

from officer_desk.domain.kinds import DISPUTES
from officer_desk.services import records


def history_rows(desk) -> int:
    return desk.conn.execute("SELECT count(*) FROM history").fetchone()[0]


def test_a_new_record_s_problems_are_all_said_and_nothing_is_written(desk, company):
    before = history_rows(desk)
    found = records.problems(desk, DISPUTES, {"title_ko": "제목", "ip_type": "no such"})
    assert {e.field for e in found} == {"company_id", "ip_type", "dispute_kind", "opened_on"}
    assert next(e for e in found if e.field == "ip_type").message("ko").startswith("권리 유형")
    assert history_rows(desk) == before and not list(desk.repo.rows(DISPUTES, ""))
    assert records.problems(desk, DISPUTES, {
        "title_ko": "제목", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "infringement_suit", "opened_on": dt.date(2024, 3, 1)}) == []


def test_an_update_s_problems_leave_the_record_as_it_was(desk, dispute):
    found = records.problems(desk, DISPUTES, {"title_ko": None, "title_en": None,
                                              "jurisdiction": "x" * 41}, dispute.id)
    assert {e.field for e in found} == {"title_ko", "jurisdiction"}
    assert records.get(desk, dispute.id).values == dispute.values
    assert records.problems(desk, DISPUTES, {"case_number": "A-1"}, dispute.id) == []
