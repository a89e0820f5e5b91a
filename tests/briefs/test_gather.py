"""Reading the records of a pack: every record as stored, values that repeat shared."""

from __future__ import annotations

import datetime as dt

from brief_fixture import _add

from officer_desk.briefs.gather import read
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import DISPUTES


def test_records_are_read_as_stored_with_repeated_values_shared(brief):
    parties = [{"name": "Same Troll LLC", "type": "npe"}]
    for n in range(3):
        _add(brief.desk, DISPUTES, "US", {
            "company_id": brief.ids["c_nuri"], "ip_type": "patent",
            "dispute_kind": "infringement_suit", "sensitivity": "public",
            "title_en": f"Shared values {n}", "stage": "filed", "counterparties": parties,
            "tags": ["npe", "shared"], "opened_on": dt.date(2026, 2, 1)})
    read_back = list(read(brief.desk, DISPUTES, "WHERE deleted = 0 ORDER BY id", ()))
    fields = [f for f in DISPUTES.fields if f.type is not FieldType.BLOB]
    for record in read_back:  # every field as the repository reads it
        stored = brief.desk.repo.get(DISPUTES, record.id, with_blobs=False)
        assert record.post == stored.post
        assert {f.name: record[f.name] for f in fields} == {f.name: stored[f.name]
                                                          for f in fields}
    same = [r for r in read_back if r["title_en"].startswith("Shared values")]
    assert len(same) == 3 and same[0]["counterparties"] == parties
    # one list (of one dict) for the three: read once
    assert len({id(r["counterparties"]) for r in same}) == 1
    assert len({id(r["tags"]) for r in same}) == 1
