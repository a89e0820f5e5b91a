"""The tables of a pack: the PDF's annexes and the workbook's record sheets.

A mixin of the builder (``build.py``): it uses the builder's helpers (labels, the
anonymiser, ``text`` and ``withheld``). The annexes list what a conference needs: the
disputes that changed in the period (new, moved stage, closed), the deadlines that fell
due in it or fall due in the next :data:`DEADLINE_DAYS` days, the engagements held; the
record sheets hold every selected record, their text exactly as stored.

An annex is reference for the conference, not the records themselves: it lists at most
:data:`ANNEX_ROWS_PER_POST` rows of each post (the latest changes, the follow-ups due
nearest to today, the latest engagements; every open action item), and its note says
how many more the workbook holds. A pack of 100,000 records would otherwise print
hundreds of pages of annexes that nobody reads before a video conference.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from officer_desk.briefs.content import Cell, ColumnType, Table
from officer_desk.briefs.kpis import DEADLINE_DAYS, open_deadlines
from officer_desk.briefs.structured import SHOWN_FIELDS, TITLE_FIELDS
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    AGENDA_ITEMS,
    COMPANIES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    TREND_NOTES,
    RecordKind,
)
from officer_desk.domain.records import Record
from officer_desk.services.display import format_value

if TYPE_CHECKING:
    from officer_desk.briefs.gather import Gathered
    from officer_desk.briefs.selection import BriefSelection
    from officer_desk.briefs.work import Step
    from officer_desk.domain.vocabulary import Vocabularies

#: Company fields the stakeholder edition never shows (they identify the company or a
#: person); its name columns become one "Company" column with the name as shown.
COMPANY_PRIVATE = ("name_ko", "name_en", "brn", "brands", "former_names", "domains",
                   "registration_numbers", "contact", "notes", "tags")

#: Rows of each post an annex of the PDF lists at most (the rest are counted in its note
#: and are in the workbook).
ANNEX_ROWS_PER_POST = 20


def _per_post(records: list[Record], limit: int = ANNEX_ROWS_PER_POST) -> list[Record]:
    """The first ``limit`` of ``records`` of each post, in their order."""
    seen: dict[str, int] = {}
    out = []
    for r in records:
        n = seen.get(r.post, 0)
        if n < limit:
            out.append(r)
        seen[r.post] = n + 1
    return out


class TableParts:
    """The annexes and sheets (see the module's docstring)."""

    g: Gathered
    sel: BriefSelection
    vocab: Vocabularies
    lang: str
    today: dt.date
    stakeholder: bool
    step: Step

    # -- annexes ------------------------------------------------------------------------
    def case_list(self) -> Table:
        """The disputes that changed in the period (new, moved stage, closed): the
        ``ANNEX_ROWS_PER_POST`` latest changes of each post, latest first."""
        d = DISPUTES
        f = self.field_label
        rows = []
        changes = self.changes()
        listed = {id(r) for r in _per_post([r for _, _, r in changes])}
        for change, _day, r in changes:
            self.step.advance()
            if id(r) not in listed:
                continue
            withheld = self.withheld(r)
            rows.append((
                self.post(r.post), self.w(f"change_{change}"), self.title(r),
                self.anon.name(r["company_id"]), self.label(d, "ip_type", r["ip_type"]),
                self.label(d, "dispute_kind", r["dispute_kind"]),
                self.label(d, "stage", r["stage"]), r["stage_date"], r["opened_on"],
                r["closed_on"],
                None if withheld or not r["case_number"] else self.text(r["case_number"]),
            ))
        total = len(self.g.disputes)
        if len(rows) < len(changes):
            note = self.w("note_changes_capped", changed=f"{len(changes):,}",
                          total=f"{total:,}", per_post=ANNEX_ROWS_PER_POST,
                          shown=f"{len(rows):,}", more=f"{len(changes) - len(rows):,}")
        elif len(rows) < total:
            note = self.w("note_changes", shown=f"{len(rows):,}", total=f"{total:,}")
        else:
            note = ""
        return Table(
            key="case_list", title=self.w("case_list"),
            columns=(self.w("col_post"), self.w("col_change"), self.w("col_title"),
                     self.w("col_company"), f(d, "ip_type"), f(d, "dispute_kind"),
                     f(d, "stage"), self.w("col_stage_since"), f(d, "opened_on"),
                     f(d, "closed_on"), f(d, "case_number")),
            types=("text", "text", "text", "text", "text", "text", "text", "date", "date",
                   "date", "id"),
            rows=tuple(rows), note=note, of=len(changes) if len(rows) < len(changes) else 0,
        )

    def deadline_until(self) -> dt.date:
        return self.today + dt.timedelta(days=DEADLINE_DAYS)

    def deadline_calendar(self) -> Table:
        """The open deadlines that fell due in the period or fall due in the next
        ``DEADLINE_DAYS`` days: every open action item, and the ``ANNEX_ROWS_PER_POST``
        follow-ups of each post due nearest to today; by due date."""
        rows = []
        until, start = self.deadline_until(), self.g.period_from
        due_all = open_deadlines(self.g)
        due_in = [due for due in due_all
                  if due.due_on <= until and (start is None or due.due_on >= start)]
        nearest = sorted((due for due in due_in if due.kind == "follow_ups"),
                         key=lambda due: (abs((due.due_on - self.today).days),
                                          due.due_on, due.record.id))
        listed = {id(r) for r in _per_post([due.record for due in nearest])}
        for due in due_in:
            r = due.record
            if due.kind == "follow_ups" and id(r) not in listed:
                continue
            if self.withheld(r):
                what = self.lines.title(r, self.lang)
            elif due.kind == "follow_ups":
                what = self.text(r["description"])
            else:
                what = self.title(r)
            link = self.linked(r["record_id"])
            kind = self.w("follow_up" if due.kind == "follow_ups" else "action_item")
            rows.append((due.due_on, (due.due_on - self.today).days, self.post(r.post), kind,
                         what, link))
        if len(rows) < len(due_in):
            note = self.w("note_deadlines_capped", eligible=f"{len(due_in):,}",
                          until=until.isoformat(), per_post=ANNEX_ROWS_PER_POST,
                          shown=f"{len(rows):,}", more=f"{len(due_in) - len(rows):,}")
        elif len(rows) < len(due_all):
            note = self.w("note_deadlines", shown=f"{len(rows):,}", total=f"{len(due_all):,}",
                          until=until.isoformat())
        else:
            note = ""
        return Table(
            key="deadline_calendar", title=self.w("deadline_calendar"),
            columns=(self.w("col_due"), self.w("col_days"), self.w("col_post"),
                     self.w("col_kind"), self.w("col_what"), self.w("col_record")),
            types=("date", "int", "text", "text", "text", "text"), rows=tuple(rows),
            note=note, of=len(due_in) if len(rows) < len(due_in) else 0,
        )

    def engagement_log(self) -> Table:
        e = ENGAGEMENTS
        rows = []
        held = self.g.engagements
        listed = {id(r) for r in _per_post(held[::-1])}
        for r in held:
            self.step.advance()
            if id(r) not in listed:
                continue
            rows.append((
                r["held_on"], self.post(r.post), self.title(r),
                self.label(e, "agency", r["agency"]),
                self.label(e, "engagement_kind", r["engagement_kind"]),
                "; ".join(n for n in (self.anon.name(c) for c in r["company_ids"] or ()) if n),
                None if self.withheld(r) else self.text(r["result"]) or None,
            ))
        f = self.field_label
        note = self.w("note_engagements_capped", total=f"{len(held):,}",
                      per_post=ANNEX_ROWS_PER_POST, shown=f"{len(rows):,}",
                      more=f"{len(held) - len(rows):,}") if len(rows) < len(held) else ""
        return Table(
            key="engagement_log", title=self.w("engagement_log"), note=note,
            columns=(f(e, "held_on"), self.w("col_post"), self.w("col_what"), f(e, "agency"),
                     f(e, "engagement_kind"), f(e, "company_ids"), f(e, "result")),
            types=("date", "text", "text", "text", "text", "text", "text"), rows=tuple(rows),
            long_columns=(6,), of=len(held) if len(rows) < len(held) else 0,
        )

    # -- record sheets ------------------------------------------------------------------
    def sheet_fields(self, kind: RecordKind) -> list[Field]:
        out = []
        for f in kind.fields:
            if f.type is FieldType.BLOB:
                continue
            if self.stakeholder and (f.name == "sensitivity" or (
                    kind is COMPANIES and f.name in COMPANY_PRIVATE)):
                continue
            out.append(f)
        return out

    def cell(self, kind: RecordKind, f: Field, record: Record) -> Cell:
        """A record's field as a workbook cell: dates and numbers as such (amounts beside
        the currency column), labels for codes, the stored text exactly as stored."""
        value = record[f.name]
        if f.name == "currency" and not value and not self.withheld(record) and any(
                record[a.name] is not None for a in kind.fields
                if a.type is FieldType.AMOUNT):
            # an amount stored before one was required with it (or from a post's
            # package of such a record): never a bare number that reads as any currency
            return self.w("currency_not_recorded")
        if value is None or value == () or value == []:
            return None
        if self.withheld(record):
            return self._withheld_cell(kind, f, record)
        return self._plain_cell(f, value)

    def _plain_cell(self, f: Field, value: Any) -> Cell:
        t = f.type
        if t is FieldType.DATE:
            return value
        if t is FieldType.INTEGER:
            return int(value)
        if t is FieldType.AMOUNT:
            return _number(value)
        if t is FieldType.REF:
            if f.ref == "companies":
                return self.anon.name(value) or None
            if f.ref == "conferences":
                return self.conference_title(self.g.conferences.get(value)) or None
            return self.linked(value) or None
        if t is FieldType.REFS:
            names = [self.anon.name(v) for v in value] if f.ref == "companies" else []
            return "; ".join(n for n in names if n) or None
        if t is FieldType.LINK:
            return self.linked(value) or None
        if t is FieldType.BOOL:
            return format_value(f, value, self.vocab, self.lang, check_marks=False)
        if t in (FieldType.VOCAB, FieldType.CHOICE):
            return format_value(f, value, self.vocab, self.lang) or None
        if t is FieldType.STRINGS:
            text = "; ".join(str(v) for v in value)
        elif t is FieldType.PARTIES:
            text = "; ".join(self._party(p, with_name=True) for p in value)
        else:
            text = str(value)
        return self.text(text) or None

    def _party(self, party: dict[str, Any], *, with_name: bool) -> str:
        kind = self.vocab.label("counterparty_type", party["type"], self.lang) if party.get(
            "type") else ""
        name = str(party.get("name") or "") if with_name else ""
        if name and kind:
            return f"{name} ({kind})"
        return name or kind

    def _withheld_cell(self, kind: RecordKind, f: Field, record: Record) -> Cell:
        """A field of a record about a company the edition may not name: the composed
        line for its title, structured fields, nothing else."""
        titles = TITLE_FIELDS.get(kind.name, ())
        if f.name in titles:
            lang = "en" if f.name.endswith("_en") else "ko" if f.name.endswith("_ko") else \
                self.lang
            return self.title(record, lang)
        if kind is DISPUTES and f.name == "counterparties":
            kinds = [self._party(p, with_name=False) for p in record[f.name]]
            return "; ".join(dict.fromkeys(k for k in kinds if k)) or None
        if f.name not in SHOWN_FIELDS.get(kind.name, ()):
            return None
        return self._plain_cell(f, record[f.name])

    def sheet(self, kind: RecordKind, records: list[Record]) -> Table:
        fields = self.sheet_fields(kind)
        named = kind is COMPANIES and self.stakeholder
        columns: list[str] = [] if named else [self.w("col_id")]
        types: list[ColumnType] = [] if named else ["id"]
        columns.append(self.w("col_post"))
        types.append("text")
        if named:
            columns.append(self.w("col_company"))
            types.append("text")
        for f in fields:
            columns.append(f.label(self.lang))
            types.append(_column_type(f))
        long_columns = tuple(n for n, f in enumerate(fields, start=len(columns) - len(fields))
                             if f.type is FieldType.LONGTEXT)
        rows = []
        advance = self.step.advance
        for r in records:
            row: list[Cell] = [self.post(r.post), self.anon.name(r.id)] if named else [
                r.id, self.post(r.post)]
            row += [self.cell(kind, f, r) for f in fields]
            rows.append(tuple(row))
            advance()
        return Table(key=kind.name, title=self.w(f"sheet_{kind.name}"), columns=tuple(columns),
                     types=tuple(types), rows=tuple(rows), long_columns=long_columns)

    def sheet_count(self, name: str) -> int:
        """Rows of the record sheet of kind ``name``."""
        g = self.g
        if name == "action_items":
            return len({a.id for a in (*g.raised, *g.carried)})
        return len({"disputes": g.disputes, "engagements": g.engagements,
                    "trend_notes": g.notes, "companies": g.companies,
                    "follow_ups": g.follow_ups}[name])

    def sheets(self) -> tuple[Table, ...]:
        g = self.g
        actions = list({a.id: a for a in (*g.raised, *g.carried)}.values())
        by_kind = {
            "disputes": (DISPUTES, g.disputes), "engagements": (ENGAGEMENTS, g.engagements),
            "trend_notes": (TREND_NOTES, g.notes),
            "companies": (COMPANIES, list(g.companies.values())),
            "action_items": (ACTION_ITEMS, actions), "follow_ups": (FOLLOW_UPS, g.follow_ups),
        }
        sheets = [self.sheet(*by_kind[name]) for name in self.sel.all_kinds]
        if g.conference is not None:
            sheets.append(self.sheet(AGENDA_ITEMS, g.agenda))
        return tuple(sheets)



def _number(value: Any) -> int | float:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, (int, float)) else float(value)


def _column_type(f: Field) -> ColumnType:
    if f.type is FieldType.DATE:
        return "date"
    if f.type is FieldType.INTEGER:
        return "int"
    if f.type is FieldType.AMOUNT:
        return "amount"
    if f.name in ("case_number", "brn"):
        return "id"
    return "text"


