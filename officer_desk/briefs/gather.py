"""The records a selection picks out of the desk, already filtered by edition.

What a selection picks (see docs/briefs.md):

- the period is the selection's; when a conference is chosen without dates, it runs
  from the day after the previous conference of its series (same owner and kind; the
  same owner when it has no earlier one of that kind) to the conference's day;
- disputes active in the period (opened by its end, not closed before its start);
  engagements held and trend notes written in it;
- action items: those raised at the conference, and those of the previous conference
  (with their current status) plus older ones still open;
- follow-ups of the selected disputes, engagements and trend notes, whoever owns them
  (HQ's follow-up on a post's dispute too);
- companies: those the selected disputes and engagements concern (when neither kind
  is selected: every company of the posts in scope).

Posts, tags and technology fields narrow the disputes, engagements and trend notes
(technology fields only where a kind has one). The stakeholder edition drops every
record marked internal, every follow-up of a record it drops, and everything of a
conference it drops; links to records it drops are cut.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from officer_desk.briefs.selection import BriefSelection
from officer_desk.briefs.work import Cancel, Progress, Step
from officer_desk.domain.errors import FieldError, ValidationError
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    AGENDA_ITEMS,
    COMPANIES,
    CONFERENCES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    HQ,
    TREND_NOTES,
    RecordKind,
)
from officer_desk.domain.messages import say
from officer_desk.domain.records import Record
from officer_desk.services.deadlines import OPEN_ACTION_STATUSES
from officer_desk.services.desk import Desk
from officer_desk.services.display import titles_of
from officer_desk.storage.codec import from_sql

_CHUNK = 500
#: Field types whose values repeat from record to record (see ``read``).
_SHARED = frozenset({FieldType.DATE, FieldType.VOCAB, FieldType.CHOICE, FieldType.REF,
                     FieldType.LINK})


@dataclass
class Gathered:
    period_from: dt.date | None
    period_to: dt.date | None
    #: post codes in scope, in the desk's order (selected; by default every post but HQ
    #: at HQ, the desk's own post at a post)
    posts: list[str]
    #: whether that is every post there is (but HQ)
    all_posts: bool
    #: code -> (English, Korean) short name of each post
    post_names: dict[str, tuple[str, str]]
    conference: Record | None = None
    previous: Record | None = None
    agenda: list[Record] = field(default_factory=list)
    raised: list[Record] = field(default_factory=list)
    carried: list[Record] = field(default_factory=list)
    #: conference id -> conference, for the "raised at" column
    conferences: dict[str, Record] = field(default_factory=dict)
    disputes: list[Record] = field(default_factory=list)
    engagements: list[Record] = field(default_factory=list)
    notes: list[Record] = field(default_factory=list)
    follow_ups: list[Record] = field(default_factory=list)
    #: every company a selected record refers to, by id (order of first reference)
    referenced: dict[str, Record] = field(default_factory=dict)
    #: those of them the edition may show (the stakeholder edition knows an internal or
    #: deleted company only by its alias: no facts, not in the sheet, not in the counts)
    companies: dict[str, Record] = field(default_factory=dict)
    #: (English, Korean) titles of linked records the edition may show, by id
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: companies that agenda items, action items or follow-ups link to directly (their
    #: names go through the anonymiser like any other company's)
    linked_companies: dict[str, Record] = field(default_factory=dict)
    #: the records agenda items, action items and follow-ups link to that the edition may
    #: show (disputes, engagements and companies: whether they are about a company that
    #: has not agreed to be named decides how the items are printed)
    linked_records: dict[str, Record] = field(default_factory=dict)


def _public_only(selection: BriefSelection) -> bool:
    return selection.edition == "stakeholder"


def visible(record: Record, selection: BriefSelection) -> bool:
    """Whether the edition may show the record at all."""
    if record.deleted:
        return False
    return not _public_only(selection) or record["sensitivity"] == "public"


def _post_names(desk: Desk) -> dict[str, tuple[str, str]]:
    out = {}
    for code, name_en, name_ko, city_en, city_ko in desk.conn.execute(
        "SELECT code, name_en, name_ko, city_en, city_ko FROM posts WHERE deleted = 0"
    ):
        out[code] = (f"{city_en or name_en or code} ({code})",
                     f"{city_ko or name_ko or code} ({code})")
    return out


def _base(selection: BriefSelection, posts: Iterable[str] | None) -> tuple[str, list[object]]:
    clauses, params = ["deleted = 0"], []
    if posts is not None:
        codes = list(posts)
        clauses.append(f"post IN ({', '.join('?' for _ in codes)})" if codes else "0")
        params.extend(codes)
    if _public_only(selection):
        clauses.append("sensitivity = 'public'")
    return " AND ".join(clauses), params


def _narrowed(records: Iterable[Record], kind: RecordKind, selection: BriefSelection
              ) -> list[Record]:
    out = []
    tags, fields = set(selection.tags), set(selection.technology_fields)
    for r in records:
        if tags and not tags & set(r["tags"] or ()):
            continue
        if fields and kind.has_field("technology_field") and r["technology_field"] not in fields:
            continue
        out.append(r)
    return out


def _conference(desk: Desk, selection: BriefSelection) -> Record | None:
    if not selection.conference_id:
        return None
    conference = desk.repo.get(CONFERENCES, selection.conference_id, with_blobs=False)
    if conference is None or conference.deleted:
        return None
    if not visible(conference, selection):
        raise ValidationError([FieldError(
            "conference_id", "bad_selection",
            "the conference is marked internal: it cannot be the subject of a stakeholder "
            "edition (choose the internal edition, or no conference)",
            "이 회의는 대외비로 표시되어 있어 대외 배포용 자료를 만들 수 없습니다 "
            "(내부용을 고르거나 회의를 선택하지 마십시오)",
        )], context=say("brief.context"))
    return conference


def _previous(desk: Desk, selection: BriefSelection, conference: Record | None,
              until: dt.date) -> Record | None:
    """The last conference before ``conference`` in its series (same owner and kind; the
    same owner when there is no earlier one of that kind), or the last on/before
    ``until``."""
    where, params = _base(selection, None)
    if conference is not None:
        day = conference["held_on"].isoformat()
        sql = (f"WHERE {where} AND post = ? AND (held_on < ? OR (held_on = ? AND id < ?)) "
               "{kind}ORDER BY held_on DESC, id DESC LIMIT 1")
        params += [conference.post, day, day, conference.id]
        same_kind = next(desk.repo.rows(CONFERENCES, sql.format(kind="AND conference_kind = ? "),
                                        [*params, conference["conference_kind"]]), None)
        if same_kind is not None:
            return same_kind
        sql = sql.format(kind="")
    else:
        sql = f"WHERE {where} AND held_on <= ? ORDER BY held_on DESC, id DESC LIMIT 1"
        params.append(until.isoformat())
    return next(desk.repo.rows(CONFERENCES, sql, params), None)


def _scope(desk: Desk, selection: BriefSelection, conference: Record | None) -> list[str]:
    """The posts selected; by default a post's conference's post, else every post at HQ
    and the desk's own post at a post."""
    codes = desk.post_codes()
    if selection.posts:
        return [c for c in codes if c in selection.posts]
    if conference is not None and conference.post != HQ:
        return [conference.post]
    if not desk.is_hq:
        return [desk.home_post]
    return [c for c in codes if c != HQ]


def _by_ids(desk: Desk, kind: RecordKind, ids: list[str],
            step: Step | None = None) -> dict[str, Record]:
    out: dict[str, Record] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        for r in read(desk, kind, f"WHERE id IN ({', '.join('?' for _ in part)})", part,
                      step):
            out[r.id] = r
    return out


def read(desk: Desk, kind: RecordKind, tail: str, params: Iterable[object],
         step: Step | None = None) -> Iterator[Record]:
    """Records as a pack reads them: their fields only (not the version stamps a merge
    needs), counted on ``step``.

    Values that repeat — codes, ids of linked records, dates, lists (tags,
    counterparties …) — are read once and shared between the records (a pack only reads
    them): 40,000 disputes hold a few thousand distinct lists of counterparties, each a
    list of dicts, and a handful of stage codes."""
    fields = [f for f in kind.fields if f.type is not FieldType.BLOB]
    shared = [f.is_json or f.type in _SHARED for f in fields]
    names = ", ".join(["id", "post", "deleted", *(f.name for f in fields)])
    memo: dict[tuple[str, str], object] = {}
    for row in desk.conn.execute(f"SELECT {names} FROM {kind.name} {tail}", tuple(params)):
        values = {}
        for f, share, v in zip(fields, shared, row[3:], strict=True):
            if share and v:
                key = (f.name, v)
                value = memo.get(key, memo)
                if value is memo:
                    value = memo[key] = from_sql(f, v)
                values[f.name] = value
            else:
                values[f.name] = from_sql(f, v)
        post = memo.setdefault(("", row[1]), row[1])
        yield Record(kind=kind, id=row[0], post=post, values=values, deleted=bool(row[2]))
        if step is not None:
            step.advance()


def _count(desk: Desk, kind: RecordKind, tail: str, params: Iterable[object]) -> int:
    return int(desk.conn.execute(f"SELECT count(*) FROM {kind.name} {tail}",
                                 tuple(params)).fetchone()[0])


def _queries(selection: BriefSelection, where: str, params: list[object],
             date_from: dt.date | None, date_to: dt.date | None
             ) -> list[tuple[str, RecordKind, str, list[object]]]:
    """(target, kind, SQL tail without ORDER BY, parameters) of the kinds read by period."""
    out = []
    if selection.wants("disputes"):
        sql, p = f"WHERE {where}", list(params)
        if date_to:
            sql += " AND opened_on <= ?"
            p.append(date_to.isoformat())
        if date_from:
            sql += " AND (closed_on IS NULL OR closed_on >= ?)"
            p.append(date_from.isoformat())
        out.append(("disputes", DISPUTES, sql, p))
    for wanted, kind, target in (("engagements", ENGAGEMENTS, "engagements"),
                                 ("trend_notes", TREND_NOTES, "notes")):
        if not selection.wants(wanted):
            continue
        sql, p = f"WHERE {where}", list(params)
        day = str(kind.period_field)  # engagements: held_on, trend notes: noted_on
        if date_from:
            sql += f" AND {day} >= ?"
            p.append(date_from.isoformat())
        if date_to:
            sql += f" AND {day} <= ?"
            p.append(date_to.isoformat())
        out.append((target, kind, sql, p))
    return out


def gather(desk: Desk, selection: BriefSelection, today: dt.date, *,
           progress: Progress | None = None, cancel: Cancel | None = None) -> Gathered:
    """The records of the pack. ``progress(done, total)`` counts records read (the
    follow-ups and companies estimated); ``cancel()`` stops with ``Cancelled``."""
    conference = _conference(desk, selection)
    date_from, date_to = selection.date_from, selection.date_to
    previous = _previous(desk, selection, conference, date_to or today)
    if conference is not None and date_from is None and date_to is None:
        date_to = conference["held_on"]
        if previous is not None:
            date_from = previous["held_on"] + dt.timedelta(days=1)
    posts = _scope(desk, selection, conference)
    everywhere = set(posts) == {c for c in desk.post_codes() if c != HQ}
    g = Gathered(period_from=date_from, period_to=date_to, posts=posts, all_posts=everywhere,
                 post_names=_post_names(desk), conference=conference, previous=previous)
    where, params = _base(selection, posts)
    queries = _queries(selection, where, params, date_from, date_to)
    expected = sum(_count(desk, kind, sql, p) for _, kind, sql, p in queries)
    # follow-ups and companies: about half as many again (known only once read)
    step = Step(expected + expected // 2 + 1, progress, cancel)
    step.check()
    for target, kind, sql, p in queries:
        order = "opened_on" if kind is DISPUTES else str(kind.period_field)
        rows = read(desk, kind, f"{sql} ORDER BY {order}, id", p, step)
        setattr(g, target, _narrowed(rows, kind, selection))
    _gather_actions(desk, selection, g)
    _gather_follow_ups(desk, selection, g, step)
    _gather_companies(desk, selection, g, step)
    _gather_titles(desk, selection, g)
    step.finish()
    return g


def _gather_actions(desk: Desk, selection: BriefSelection, g: Gathered) -> None:
    if g.conference is not None:
        g.conferences[g.conference.id] = g.conference
        g.agenda = [r for r in desk.repo.rows(
            AGENDA_ITEMS, "WHERE conference_id = ? AND deleted = 0 ORDER BY position, id",
            (g.conference.id,)) if visible(r, selection)]
        if selection.wants("action_items"):
            g.raised = [r for r in desk.repo.rows(
                ACTION_ITEMS, "WHERE conference_id = ? AND deleted = 0 "
                "ORDER BY due_on IS NULL, due_on, id", (g.conference.id,))
                if visible(r, selection)]
    if g.previous is None or not selection.wants("action_items"):
        return
    where, params = _base(selection, None)
    day = g.previous["held_on"].isoformat()
    earlier = {r.id: r for r in desk.repo.rows(
        CONFERENCES, f"WHERE {where} AND post = ? AND (held_on < ? OR (held_on = ? AND id < ?))",
        [*params, g.previous.post, day, day, g.previous.id])}
    g.conferences[g.previous.id] = g.previous
    g.conferences.update(earlier)
    marks = ", ".join("?" for _ in OPEN_ACTION_STATUSES)
    older = list(earlier)
    carried = list(desk.repo.rows(
        ACTION_ITEMS, "WHERE deleted = 0 AND conference_id = ? ORDER BY due_on IS NULL, due_on, id",
        (g.previous.id,)))
    for start in range(0, len(older), _CHUNK):
        part = older[start:start + _CHUNK]
        carried += desk.repo.rows(
            ACTION_ITEMS,
            f"WHERE deleted = 0 AND status IN ({marks}) AND conference_id IN "
            f"({', '.join('?' for _ in part)})",
            [*OPEN_ACTION_STATUSES, *part])
    carried = [r for r in carried if visible(r, selection)]
    carried.sort(key=lambda r: (r["due_on"] is None, r["due_on"] or dt.date.min, r.id))
    g.carried = carried


def _gather_follow_ups(desk: Desk, selection: BriefSelection, g: Gathered,
                       step: Step) -> None:
    """The follow-ups of the selected records, whichever post (or HQ) owns them."""
    if not selection.wants("follow_ups"):
        return
    owners = [r.id for r in (*g.disputes, *g.engagements, *g.notes)]
    where, params = _base(selection, None)
    found: list[Record] = []
    for start in range(0, len(owners), _CHUNK):
        part = owners[start:start + _CHUNK]
        found += read(desk, FOLLOW_UPS, f"WHERE {where} AND record_id IN "
                      f"({', '.join('?' for _ in part)})", [*params, *part], step)
    found.sort(key=lambda r: (r["due_on"] or dt.date.min, r.id))
    g.follow_ups = found


def _gather_companies(desk: Desk, selection: BriefSelection, g: Gathered,
                      step: Step) -> None:
    if not (selection.wants("disputes") or selection.wants("engagements")):
        if selection.wants("companies"):  # a list of companies on its own
            where, params = _base(selection, g.posts)
            rows = read(desk, COMPANIES, f"WHERE {where} ORDER BY name_ko, name_en, id",
                        params, step)
            g.referenced = {c.id: c for c in _narrowed(rows, COMPANIES, selection)}
            g.companies = dict(g.referenced)
        return
    wanted: list[str] = []
    for d in g.disputes:
        wanted.append(d["company_id"])
    for e in g.engagements:
        wanted.extend(e["company_ids"] or ())
    order = list(dict.fromkeys(i for i in wanted if i))
    found = _by_ids(desk, COMPANIES, order, step)
    g.referenced = {i: found[i] for i in order if i in found}
    g.companies = {i: c for i, c in g.referenced.items() if visible(c, selection)}


def _gather_titles(desk: Desk, selection: BriefSelection, g: Gathered) -> None:
    """Titles of the records agenda items, action items and follow-ups link to."""
    linked = {r["record_id"] for r in (*g.agenda, *g.raised, *g.carried, *g.follow_ups)
              if r["record_id"]}
    if not linked:
        return
    in_pack = {r.id: r for r in (*g.disputes, *g.engagements, *g.notes)}
    outside = [i for i in linked if i not in in_pack]
    for rid in outside:
        target = desk.repo.get(None, rid, with_blobs=False)
        if target is not None and visible(target, selection):
            in_pack[rid] = target
    if _public_only(selection):
        linked = {i for i in linked if i in in_pack}
    g.titles = titles_of(desk, sorted(linked))
    companies = _by_ids(desk, COMPANIES, sorted(linked))
    g.linked_companies = {i: companies[i] for i in sorted(companies)}
    g.linked_records = {i: in_pack[i] for i in sorted(linked) if i in in_pack}
