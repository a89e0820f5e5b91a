"""Which record a row stands for, so that importing a sheet again finds what it made.

An imported record's id is derived from its row's natural key (``natural_key``): the
same row gives the same id in every import, whatever the file is called or where the
row sits in it. The id is the import's memory of the row: nothing else is stored.

A dispute is keyed by its case number and company, or, while it has no case number, by
its title, date opened and company. Sheets gain case numbers as cases go to court, so a
row that now has a case number is looked for in three ways, in order:

1. the record whose id its key gives (it was imported with this case number);
2. a dispute of this post with the same case number and company (entered by hand, or
   imported with a differently written case number);
3. the dispute the same row made when it had no case number: the record whose id the
   row's title, date and company give — only if that record still has no case number
   (a record with another case number is another case, and is never merged with it).

A row of an export (``officer-desk export --format csv|xlsx``) carries its record's id:
that names the record before any natural key does, so an export corrected in Excel and
imported again changes the records it came from (a changed case number or title too),
and a hand-entered record without a case number is found as well. An id that names no
record of the kind here refuses the row; an empty id cell makes the row an ordinary one.

A match by the third way is shown in the preview, and two rows of one sheet matching
the same earlier record that way are both refused, since the import cannot tell which
of them the earlier row was (give that record its case number in Officer Desk first).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from officer_desk.domain.kinds import COMPANIES, CONFERENCES, DISPUTES, ENGAGEMENTS, RecordKind
from officer_desk.domain.records import Record
from officer_desk.importing.readers import fold
from officer_desk.importing.values import CompanyIndex, company_key, id_for
from officer_desk.services.desk import Desk

#: How a row found its record (``Match.how``); ``BY_RECORD_ID``: the id column of an
#: export named it (``plan._by_record_id``), before any of the ways above.
BY_ID, BY_CASE_NUMBER, BY_TITLE_BEFORE_CASE_NUMBER = "id", "case_number", "title"
BY_RECORD_ID = "record_id"


def company_key_of(values: Mapping[str, Any]) -> str:
    digits = re.sub(r"\D", "", values.get("brn") or "")
    return company_key(values.get("name_ko") or values.get("name_en"), digits or None)


def natural_key(kind: RecordKind, values: Mapping[str, Any]) -> list[str]:
    """What identifies a row's record whatever file it comes from.

    A dispute: its case number and company, or without a case number its title (Korean
    if given) with the date opened and company. A conference: its brief number, or its
    title and date. Engagements: topic, date and agency; trend notes: title and date.
    Companies: registration number, else normalised name.
    """
    if kind is COMPANIES:
        return [company_key_of(values)]
    if kind is DISPUTES:
        if values.get("case_number"):
            return ["case", _text(values, "case_number"), str(values.get("company_id") or "")]
        return _title_key(values)
    if kind is ENGAGEMENTS:
        return [_text(values, "topic_ko", "topic_en"), _day(values, "held_on"),
                str(values.get("agency") or "")]
    if kind is CONFERENCES and values.get("brief_number"):
        return ["brief", _text(values, "brief_number")]
    return [_text(values, "title_ko", "title_en"), _day(values, kind.period_field or "")]


def _text(values: Mapping[str, Any], *names: str) -> str:
    return next((fold(str(values[n])) for n in names if values.get(n)), "")


def _day(values: Mapping[str, Any], name: str) -> str:
    return values[name].isoformat() if values.get(name) else ""


def _title_key(values: Mapping[str, Any]) -> list[str]:
    """A dispute's key while it has no case number."""
    return ["title", _text(values, "title_ko", "title_en"), _day(values, "opened_on"),
            str(values.get("company_id") or "")]


def record_id(desk: Desk, kind: RecordKind, values: Mapping[str, Any]) -> str:
    """The id a row's new record gets."""
    return id_for(desk.home_post, kind.name, natural_key(kind, values))


class Known:
    """What one plan looks rows up in, read once: the ids of the kind's records and the
    post's disputes with a case number by company (the database does not change while
    a plan is made; a record is read in full only when a row is found to stand for it).
    """

    def __init__(self, desk: Desk, kind: RecordKind):
        self.desk, self.kind = desk, kind
        self.ids = {rid for (rid,) in desk.conn.execute(f"SELECT id FROM {kind.name}")}
        self.numbered: dict[str | None, list[tuple[str, str]]] = {}
        if kind is DISPUTES:
            for rid, company, number in desk.conn.execute(
                "SELECT id, company_id, case_number FROM disputes WHERE post = ? AND "
                "case_number IS NOT NULL ORDER BY deleted, created_at", (desk.home_post,),
            ):
                self.numbered.setdefault(company, []).append((rid, number))

    def get(self, record_id: str) -> Record | None:
        return self.desk.repo.get(self.kind, record_id) if record_id in self.ids else None

    def by_case_number(self, company_id: str | None, wanted: str) -> Record | None:
        for rid, number in self.numbered.get(company_id, ()):
            if fold(str(number or "")) == wanted:
                return self.desk.repo.get(self.kind, rid)
        return None


def existing(desk: Desk, kind: RecordKind, whole: Mapping[str, Any],
             companies: CompanyIndex, known: Known | None = None) -> tuple[Record | None, str]:
    """The record a row stands for, if the database has it (deleted ones too), and how
    it was found (see the module docstring). ``known``: the plan's look-ups, read once
    (made here when not given)."""
    if kind is COMPANIES:
        return _company(desk, whole, companies), BY_ID
    known = known if known is not None and known.kind is kind else Known(desk, kind)
    found = known.get(record_id(desk, kind, whole))
    if found is not None or kind is not DISPUTES or not whole.get("case_number"):
        return found, BY_ID
    numbered = known.by_case_number(whole.get("company_id"),
                                    fold(str(whole["case_number"])))
    if numbered is not None:
        return numbered, BY_CASE_NUMBER
    earlier = known.get(id_for(desk.home_post, kind.name, _title_key(whole)))
    if earlier is not None and not str(earlier.values.get("case_number") or "").strip():
        return earlier, BY_TITLE_BEFORE_CASE_NUMBER
    return None, BY_ID


def _company(desk: Desk, whole: Mapping[str, Any], companies: CompanyIndex) -> Record | None:
    rid = id_for(desk.home_post, COMPANIES.name, [company_key_of(whole)])
    found = desk.repo.get(COMPANIES, rid)
    if found is None:
        cid = companies.find(whole.get("name_ko") or whole.get("name_en"), whole.get("brn"))
        if cid is None and whole.get("name_en") and whole.get("name_ko"):
            cid = companies.find(whole.get("name_en"), None)
        found = desk.repo.get(COMPANIES, cid) if cid else None
        if found is not None and found.post != desk.home_post:
            found = None
    return found
