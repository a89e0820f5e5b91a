"""Check a whole sheet before anything is written: every problem, by row, column and reason.

``plan_import`` reads the file, maps its columns and decides for every data row what
importing would do:

- ``create``: a new record, whose id is derived from the row's natural key (see
  ``identity``), so the same row imported again finds the record it made;
- ``update``: the record exists (same id; for a dispute also the same case number and
  company, or the dispute the row made before it had a case number) and cells differ
  from it: the filled cells are written, empty cells leave the stored value alone (an
  import never erases);
- ``unchanged``: the record exists and already holds what the row says;
- ``deleted``: the record exists but was deleted here; it is not brought back
  (restore it in Officer Desk first) — reported, not a problem of the sheet;
- ``rejected``: the row has problems, each reported with its column and reason.

Rows also carry *notes* (non-blocking problems): values read differently from the cell
as the person sees it (``rows``), shown in the preview before anything is stored.

Nothing is written here; ``run.run_import`` writes a plan.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officer_desk.domain.errors import FieldError, NotPermitted
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import COMPANIES, DISPUTES, ENGAGEMENTS, RecordKind
from officer_desk.domain.messages import Both, Text, say
from officer_desk.domain.records import Record
from officer_desk.domain.tidying import tidy_changes
from officer_desk.domain.validation import (
    check_record,
    clean_fields,
    currency_missing,
    is_record_id,
)
from officer_desk.importing.identity import (
    BY_RECORD_ID,
    BY_TITLE_BEFORE_CASE_NUMBER,
    Known,
    existing,
    record_id,
)
from officer_desk.importing.mapping import (
    ColumnMap,
    auto_map,
    header_test,
    import_kind,
    target_named,
)
from officer_desk.importing.readers import SheetRow, Table, read_table
from officer_desk.importing.rows import (
    Context,
    Note,
    RowInput,
    fills_by_row,
    read_row,
    reconcile_currency,
)
from officer_desk.importing.values import CompanyIndex, NewCompany, short, vocab_problem
from officer_desk.services.company_numbers import brn_holder, brn_taken
from officer_desk.services.desk import Desk
from officer_desk.storage.codec import to_sql

ACTIONS = ("create", "update", "unchanged", "deleted", "rejected")


@dataclass(frozen=True)
class Problem:
    row: int | None
    column: str | None  # the column letter
    header: str | None
    en: str
    ko: str
    #: False for things reported but not holding the import up (a deleted record).
    blocking: bool = True

    def where(self, lang: str = "en") -> str:
        header = f" ({self.header})" if self.header else ""
        if lang == "ko":
            parts = [f"{self.row}행" if self.row else "", f"{self.column}열" if self.column else ""]
            return " ".join(p for p in parts if p) + header if (self.row or self.column) else ""
        parts = [f"row {self.row}" if self.row else "",
                 f"column {self.column}" if self.column else ""]
        return ", ".join(p for p in parts if p) + header if (self.row or self.column) else ""

    def text(self, lang: str = "en") -> str:
        return self.ko if lang == "ko" else self.en

    def message(self, lang: str = "en") -> str:
        where = self.where(lang)
        return f"{where}: {self.text(lang)}" if where else self.text(lang)


@dataclass
class PlanRow:
    number: int
    source: SheetRow
    action: str = "create"
    record_id: str | None = None
    #: The record's values for ``create``; the changed fields for ``update``.
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: Ids of companies this row needs that the import creates.
    companies: list[str] = field(default_factory=list)
    #: How the record was found (``identity``): by id, case number or earlier title.
    matched_by: str | None = None

    @property
    def rejected(self) -> bool:
        return self.action == "rejected"


@dataclass
class ImportPlan:
    path: Path
    kind: RecordKind
    post: str
    table: Table
    columns: list[ColumnMap]
    rows: list[PlanRow]
    #: Problems of the sheet as a whole (a required field without a column).
    sheet_problems: list[Problem] = field(default_factory=list)
    new_companies: list[NewCompany] = field(default_factory=list)
    #: The connection planned on and the database's state then (``database_state``).
    basis: tuple[Any, int, int] | None = field(default=None, repr=False, compare=False)

    def still_holds(self, desk: Desk) -> bool:
        """Planned on this connection, and the database has not changed since: neither
        another connection's commit (``data_version``) nor one of this one's own."""
        return (self.basis is not None and self.basis[0] is desk.conn
                and self.basis[1:] == database_state(desk))

    @property
    def rejected(self) -> list[PlanRow]:
        return [r for r in self.rows if r.rejected]

    @property
    def problems(self) -> list[Problem]:
        """Every problem, the sheet's first, then row by row."""
        return [*self.sheet_problems, *(p for r in self.rows for p in r.problems)]

    @property
    def skipped(self) -> list:
        return self.table.skipped

    @property
    def notes(self) -> list[Problem]:
        """How the file was read when it is a guess (a CSV file read as CP949), and
        columns left out (unknown or repeated headers): reported, never fatal."""
        out = []
        if self.table.encoding == "cp949":
            out.append(Problem(None, None, None, *_both(say("import.read_as_cp949")), False))
        hidden = self.table.hidden_rows
        if hidden:
            shown = ", ".join(str(n) for n in hidden[:20]) + (" …" if len(hidden) > 20 else "")
            out.append(Problem(None, None, None, *_both(say(
                "import.hidden_rows", count=len(hidden), rows=shown)), False))
        headers = {c.letter: c.header for c in self.table.columns}
        for letter in self.table.hidden_columns:
            out.append(Problem(None, letter, headers.get(letter),
                               *_both(say("import.hidden_column")), False))
        for c in self.columns:
            if c.how == "unknown":
                out.append(Problem(None, c.letter, c.header, *_both(say("plan.no_field")),
                                   False))
            elif c.how == "duplicate":
                out.append(Problem(None, c.letter, c.header, *_both(say("plan.field_twice")),
                                   False))
        return out

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(ACTIONS, 0)
        for r in self.rows:
            out[r.action] += 1
        return out

    def as_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "file": str(self.path), "kind": self.kind.name, "sheet": self.table.sheet,
            "header_row": self.table.header_row, "encoding": self.table.encoding,
            "delimiter": self.table.delimiter,
            "columns": [{"column": c.letter, "header": c.header, "field": c.target,
                         "how": c.how} for c in self.columns],
            "counts": self.counts(),
            "new_companies": [c.name for c in self.new_companies],
            "problems": [_problem_dict(p, lang) for p in self.problems],
            "notes": [_problem_dict(p, lang) for p in self.notes],
            "skipped": [{"row": s.number, "reason": s.message(lang)} for s in self.skipped],
        }


def _problem_dict(p: Problem, lang: str) -> dict[str, Any]:
    return {"row": p.row, "column": p.column, "header": p.header, "message": p.text(lang),
            "blocking": p.blocking}


def plan_import(desk: Desk, path: str | Path, kind: RecordKind | str, *,
                sheet: str | None = None,
                mapping: Mapping[str, str | None] | None = None) -> ImportPlan:
    """What importing ``path`` as ``kind`` records would do; nothing is written."""
    kind = import_kind(kind if isinstance(kind, str) else kind.name)
    table = read_table(path, header_test(kind, mapping), sheet=sheet, prefer=kind.name)
    columns = auto_map(kind, table.columns, mapping)
    return build_plan(desk, kind, table, columns)


def build_plan(desk: Desk, kind: RecordKind, table: Table,
               columns: list[ColumnMap]) -> ImportPlan:
    """The plan for a table already read and mapped, against the database as it is now."""
    plan = ImportPlan(Path(table.path), kind, desk.home_post, table, columns, [])
    plan.sheet_problems = _missing_columns(kind, columns)
    companies = CompanyIndex(desk)
    seen: dict[str, PlanRow] = {}
    column_of = _column_of(kind, columns)
    context = Context(desk, fills_by_row(table, columns), date1904=table.date1904)
    context.known = Known(desk, kind)
    for source in table.rows:
        row = _plan_row(context, kind, columns, source, companies, dict(column_of))
        if row.record_id and not row.rejected:
            earlier = seen.setdefault(row.record_id, row)
            first = earlier.number
            # two rows with case numbers for one earlier dispute: _refuse_ambiguous_matches
            numbered = earlier.matched_by == row.matched_by == BY_TITLE_BEFORE_CASE_NUMBER
            if earlier is not row and not numbered:
                row.problems.append(Problem(
                    row.number, None, None,
                    *_both(say("plan.same_record", row=first, key=Both(*_key_words(kind))))))
                row.action = "rejected"
        plan.rows.append(row)
    _refuse_ambiguous_matches(plan)
    needed = {cid for r in plan.rows if not r.rejected for cid in r.companies}
    plan.new_companies = [c for c in companies.created() if c.id in needed]
    plan.basis = (desk.conn, *database_state(desk))
    return plan


def database_state(desk: Desk) -> tuple[int, int]:
    """Numbers that change whenever the database does: ``data_version`` (commits of other
    connections) and this connection's ``total_changes``."""
    version = desk.conn.execute("PRAGMA data_version").fetchone()[0]
    return int(version), desk.conn.total_changes


def _refuse_ambiguous_matches(plan: ImportPlan) -> None:
    """Two rows with case numbers that both stand for the same dispute imported without
    one: which of them it was cannot be told, so neither is imported."""
    groups: dict[str, list[PlanRow]] = {}
    for row in plan.rows:
        if row.matched_by == BY_TITLE_BEFORE_CASE_NUMBER and row.record_id:
            groups.setdefault(row.record_id, []).append(row)
    for rows in groups.values():
        if len(rows) < 2:
            continue
        numbers = ", ".join(str(r.number) for r in rows)
        for row in rows:
            row.problems.append(Problem(
                row.number, None, None, *_both(say("plan.ambiguous_earlier", rows=numbers))))
            row.action = "rejected"


def _both(text: Text) -> tuple[str, str]:
    """A catalogue message as the (English, Korean) pair a Problem or FieldError takes."""
    return text.en, text.ko


def _key_words(kind: RecordKind) -> tuple[str, str]:
    return {
        "disputes": ("case number or title and date", "사건번호 또는 제목·일자"),
        "companies": ("registration number or name", "사업자등록번호 또는 기업명"),
        "conferences": ("brief number or title and date", "보고 번호 또는 회의명·일자"),
    }.get(kind.name, ("title and date", "제목·일자"))


def _covered(columns: list[ColumnMap], kind: RecordKind) -> set[str]:
    out: set[str] = set()
    for c in columns:
        if c.target:
            out |= set(target_named(kind, c.target).fields)
    return out


def _missing_columns(kind: RecordKind, columns: list[ColumnMap]) -> list[Problem]:
    covered = _covered(columns, kind)
    problems = []
    for f in kind.fields:
        if f.required and f.default is None and f.name not in covered:
            problems.append(Problem(None, None, None,
                                    *_both(say("plan.no_column", field=Both(f.en, f.ko)))))
    for group in kind.required_any:
        if not covered & set(group):
            fs = [kind.field(n) for n in group]
            fields = Both(" or ".join(f.en for f in fs), " 또는 ".join(f.ko for f in fs))
            problems.append(Problem(None, None, None,
                                    *_both(say("plan.no_column_any", fields=fields))))
    return problems


def _column_of(kind: RecordKind, columns: list[ColumnMap]) -> dict[str, ColumnMap]:
    """Field -> the column it came from (for pointing problems at cells)."""
    out: dict[str, ColumnMap] = {}
    for c in columns:
        if c.target:
            for name in target_named(kind, c.target).fields:
                out.setdefault(name, c)
    return out


def _plan_row(context: Context, kind: RecordKind, columns: list[ColumnMap],
              source: SheetRow, companies: CompanyIndex,
              column_of: dict[str, ColumnMap]) -> PlanRow:
    desk = context.desk
    row = PlanRow(source.number, source)
    vocab = desk.vocab
    given = read_row(context, kind, columns, source, column_of)
    data, problems = given.data, given.problems
    _tidy_notes(kind, given, column_of)
    cleaned, errors = clean_fields(kind, data, vocab, context.refs)
    errors = [vocab_problem(kind.field(e.field), data[e.field], vocab)
              if e.code == "unknown_code" and kind.field(e.field).vocab else e for e in errors]
    problems += [(e, column_of.get(e.field)) for e in errors]
    reconcile_currency(kind, given, cleaned, column_of)
    if kind is DISPUTES and given.company:
        label = (kind.field("company_id").en, kind.field("company_id").ko)
        said: list[FieldError] = []
        cid, err = companies.resolve(given.company.get("company"),
                                     given.company.get("company_brn"), source.number, label,
                                     vocab, said)
        pointed = (given.company_columns.get("company")
                   or given.company_columns.get("company_brn") or column_of.get("company_id"))
        given.notes += [(note, pointed) for note in said]
        if err:
            pointer = "company_brn" if err.code == "bad_brn" else "company"
            problems.append((err, given.company_columns.get(pointer)
                             or column_of.get("company_id")))
        elif cid and data.get("company_id") and cleaned.get("company_id") not in (None, cid):
            problems.append((_company_mismatch(desk, given.company, cleaned["company_id"]),
                             given.company_columns.get("company")
                             or given.company_columns.get("company_brn")))
        elif cid:
            cleaned["company_id"] = cid
    if kind is ENGAGEMENTS and given.company_names:
        label = (kind.field("company_ids").en, kind.field("company_ids").ko)
        ids = []
        for name in given.company_names:
            cid, err = companies.resolve(name, None, source.number, label, vocab)
            if err:
                problems.append((err, column_of.get("company_ids")))
            elif cid and cid not in ids:
                ids.append(cid)
        cleaned["company_ids"] = ids
    row.companies = [cid for cid in _refs_of(kind, cleaned) if cid in companies.new_ids]
    reported = {e.field for e, _ in problems}
    for group in kind.required_any:  # a bad title is not also a missing one
        if reported & set(group):
            reported |= set(group)
    whole = desk.repo.new_values(kind, cleaned)
    by_id = _by_record_id(context, kind, given, problems)
    if kind is COMPANIES and by_id is None and not whole.get("brn"):
        field_name = "name_ko" if whole.get("name_ko") else "name_en"
        f = kind.field(field_name)
        shared = companies.shared_name(whole.get(field_name), (f.en, f.ko))
        if shared is not None:
            problems.append((shared, column_of.get(field_name)))
    if not problems:
        if by_id is not None:
            found, row.matched_by = by_id, BY_RECORD_ID
        else:
            found, row.matched_by = existing(desk, kind, whole, companies, context.known)
        _decide(desk, kind, row, cleaned, whole, found, problems, reported, column_of)
        if row.matched_by == BY_TITLE_BEFORE_CASE_NUMBER and row.action != "rejected":
            given.notes.append((FieldError(
                "case_number", "matched_before_case_number",
                *_both(say("plan.matched_before_case_number",
                           number=whole.get("case_number")))),
                column_of.get("case_number")))
    else:
        problems += [(e, column_of.get(e.field)) for e in check_record(kind, whole)
                     if e.field not in reported]
    _add(row, problems, blocking=None)
    _add(row, [*context.fills.get(source.number, ()), *given.notes], blocking=False)
    if any(p.blocking for p in row.problems):
        row.action = "rejected"
    return row


def _tidy_notes(kind: RecordKind, given: RowInput,
                column_of: Mapping[str, ColumnMap]) -> None:
    """A cell's text stored otherwise than it reads (a line break in a one-line field,
    Alt+Enter in Excel, made a space; a tag given twice kept once; Hangul in decomposed
    form composed) is a note, as ``add`` refuses it unless accepted. Spaces at a cell's
    ends, which nobody sees, are left out without one."""
    for t in tidy_changes(kind, given.data):
        if t.asks:
            f = kind.field(t.field)
            line = t.text(Both(f.en, f.ko))
            given.notes.append((FieldError(t.field, "tidied", line.en, line.ko),
                                column_of.get(t.field)))


def _add(row: PlanRow, notes: list[Note], *, blocking: bool | None) -> None:
    """Problems (blocking unless they only report: a deleted record) or notes, each once."""
    shown = {(p.en, p.column) for p in row.problems}
    for err, c in notes:
        letter = c.letter if c else None
        if (err.en, letter) in shown:
            continue
        shown.add((err.en, letter))
        block = err.code != "deleted_here" if blocking is None else blocking
        row.problems.append(Problem(row.number, letter, c.header if c else None,
                                    err.en, err.ko, block))


def _number_taken(desk: Desk, kind: RecordKind, values: Mapping[str, Any],
                  record_id: str | None, column_of: Mapping[str, ColumnMap]) -> list[Note]:
    """A company's registration number held by another company of this post
    (``services.company_numbers``)."""
    if kind is not COMPANIES or not values.get("brn"):
        return []
    holder = brn_holder(desk, desk.home_post, values["brn"], other_than=record_id)
    return [(brn_taken(values["brn"], holder), column_of.get("brn"))] if holder else []


def _by_record_id(context: Context, kind: RecordKind, given: Any,
                  problems: list[Note]) -> Record | None:
    """The record an export's id column names (its post column checked), or None when
    the row has no id; a problem when the id names no record of this kind here."""
    text, post = given.record.get("id"), given.record.get("post")
    columns = given.record_columns
    found = None
    if text:
        if not is_record_id(text):
            problems.append((FieldError("id", "bad_id", *_both(
                say("plan.bad_record_id", value=short(text)))), columns.get("id")))
            return None
        found = context.known.get(str(uuid.UUID(text)))
        if found is None:
            problems.append((FieldError("id", "no_such_record", *_both(say(
                "plan.no_such_record", value=text,
                kind=Both(kind.en.lower(), kind.ko)))), columns.get("id")))
            return None
    owner = found.post if found is not None else context.desk.home_post
    if post and post.upper() != owner:
        problems.append((FieldError("post", "other_post", *_both(say(
            "plan.other_post", value=short(post), post=owner))), columns.get("post")))
    return found


def _company_mismatch(desk: Desk, named: Mapping[str, Any], company_id: str) -> FieldError:
    record = desk.repo.get(COMPANIES, company_id)
    title = (record.values.get("name_ko") or record.values.get("name_en")) if record else ""
    name = " ".join(str(v) for v in (named.get("company"), named.get("company_brn")) if v)
    return FieldError("company_id", "company_mismatch", *_both(say(
        "plan.company_id_and_name", name=short(name), value=short(title or company_id))))


def _refs_of(kind: RecordKind, values: Mapping[str, Any]) -> set[str]:
    if kind is DISPUTES:
        return {values["company_id"]} if values.get("company_id") else set()
    if kind is ENGAGEMENTS:
        return set(values.get("company_ids") or ())
    return set()


def _decide(desk: Desk, kind: RecordKind, row: PlanRow, cleaned: dict[str, Any],
            whole: dict[str, Any], existing: Record | None, problems: list,
            reported: set[str], column_of: Mapping[str, ColumnMap]) -> None:
    """create, update, unchanged or deleted; whole-record problems added to ``problems``."""
    if existing is None:
        problems += [(e, column_of.get(e.field)) for e in check_record(kind, whole)
                     if e.field not in reported]
        problems += _no_currency(kind, whole, None, reported, column_of)
        problems += _number_taken(desk, kind, cleaned, None, column_of)
        row.action, row.values = "create", cleaned  # defaults are filled when it is stored
        row.record_id = record_id(desk, kind, whole)
        return
    row.record_id = existing.id
    if existing.deleted:
        problems.append((FieldError("", "deleted_here", *_both(say("plan.deleted_here"))),
                         None))
        row.action = "deleted"
        return
    changes = {
        name: value for name, value in cleaned.items()
        if value not in (None, [], ()) and name != "id"
        and to_sql(kind.field(name), existing.values.get(name)) != to_sql(kind.field(name), value)
    }
    if (kind is COMPANIES and changes.get("brn") and existing.values.get("brn")
            and row.matched_by != BY_RECORD_ID):
        problems.append((_number_changed(existing, changes["brn"]), column_of.get("brn")))
        return
    if changes:  # a row that changes nothing needs no right to change (HQ's own export)
        try:
            desk.check_can_edit(existing)
        except NotPermitted as e:
            problems.append((FieldError("", "not_permitted", str(e), e.message("ko")), None))
            return
    merged = {**existing.values, **changes}
    problems += _number_taken(desk, kind, changes, existing.id, column_of)
    problems += [(e, column_of.get(e.field)) for e in check_record(kind, merged)
                 if e.field not in reported]
    problems += _no_currency(kind, merged, existing.values, reported, column_of)
    row.action, row.values = ("update", changes) if changes else ("unchanged", {})


def _number_changed(existing: Record, given: str) -> FieldError:
    """A companies row found by its name gives the company another registration number:
    a number names one company, so only a row naming the company by id changes it."""
    title = existing.values.get("name_ko") or existing.values.get("name_en") or existing.id
    return FieldError("brn", "company_number_changed", *_both(say(
        "plan.company_number_changed", name=short(str(title)), has=existing.values["brn"],
        brn=given)))


def _no_currency(kind: RecordKind, values: Mapping[str, Any],
                 before: Mapping[str, Any] | None, reported: set[str],
                 column_of: Mapping[str, ColumnMap]) -> list:
    """An amount without a currency (no currency column, no sign in the cell) is
    refused as the editor refuses it, shown at the amount's column."""
    amounts = [f.name for f in kind.fields if f.type is FieldType.AMOUNT]
    if reported & {"currency", *amounts}:
        return []
    error = currency_missing(kind, values, before)
    if error is None:
        return []
    column = column_of.get("currency") or next(
        (column_of[n] for n in amounts if values.get(n) is not None and n in column_of), None)
    return [(error, column)]
