"""The deadlines a calendar file holds, each with what its event needs.

Which deadlines exist and which are open is ``deadline_rows``'s one definition (the
to-do, the dashboard and ``deadlines`` read through it too). A calendar must also say
when one went away, or the event stays in the officer's calendar for ever: so every
follow-up and action item with a due date is read, and one that ``deadline_rows`` does
not list (deleted, or its record or conference deleted) is *deleted*; one it lists as
done is *done* (or *dropped*). Both are written as cancelled events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from officer_desk.domain.kinds import KINDS_BY_NAME
from officer_desk.services.deadline_rows import deadline_rows
from officer_desk.services.desk import Desk

#: What a deadline is now.
OPEN, DONE, DROPPED, DELETED = "open", "done", "dropped", "deleted"

_CHUNK = 500


@dataclass(frozen=True)
class Owner:
    """A record a deadline belongs to (or the conference an action item was raised at)."""

    id: str
    kind: str
    title_ko: str
    title_en: str
    sensitivity: str | None
    deleted: bool
    version: int
    #: a dispute's company (for the stakeholder edition's names)
    company_id: str | None = None

    def title(self, lang: str) -> str:
        first, second = ((self.title_ko, self.title_en) if lang == "ko"
                         else (self.title_en, self.title_ko))
        return first or second


@dataclass(frozen=True)
class CalendarItem:
    kind: str  # follow_ups or action_items
    id: str
    post: str
    due_on: dt.date
    description_ko: str
    description_en: str
    state: str  # OPEN, DONE, DROPPED or DELETED
    sensitivity: str | None
    version: int
    updated_at: str
    #: an action item's owner (a person's name); "" for a follow-up
    owner_name: str
    #: the record it is about (a follow-up's record; an action item's linked record)
    record: Owner | None
    #: an action item's conference
    conference: Owner | None

    @property
    def cancelled(self) -> bool:
        return self.state != OPEN

    def description(self, lang: str) -> str:
        first, second = ((self.description_ko, self.description_en) if lang == "ko"
                         else (self.description_en, self.description_ko))
        return first or second

    @property
    def sequence(self) -> int:
        """The iCalendar SEQUENCE: the highest change counter of the deadline and the
        records its event shows (a title changed, a record deleted or restored moves it
        on), so a calendar takes the re-exported event as the newer one."""
        return max([self.version] + [o.version for o in (self.record, self.conference) if o])


@dataclass(frozen=True)
class CalendarScope:
    """Which deadlines: ``posts`` (empty: every post), ``mine`` (this case log's post),
    ``days`` (due at most this many days from ``today``; None: any day)."""

    posts: tuple[str, ...] = ()
    mine: bool = False
    days: int | None = None
    today: dt.date | None = None


_SELECT_F = """SELECT 'follow_ups', f.id, f.post, f.due_on, f.description, NULL, f.done, NULL,
  f.sensitivity, f.version, f.updated_at, NULL, f.record_id, NULL
FROM follow_ups AS f WHERE f.due_on IS NOT NULL {where_f}"""
_SELECT_A = """SELECT 'action_items', a.id, a.post, a.due_on, a.description_ko,
  a.description_en, NULL, a.status, a.sensitivity, a.version, a.updated_at, a.owner_name,
  a.record_id, a.conference_id
FROM action_items AS a WHERE a.due_on IS NOT NULL {where_a}"""


def _conditions(desk: Desk, scope: CalendarScope) -> tuple[str, str, dict[str, object]]:
    params: dict[str, object] = {}
    parts: list[str] = []
    posts = list(scope.posts)
    if scope.mine:
        posts = [desk.home_post] if not posts or desk.home_post in posts else ["\0none"]
    if posts:
        names = [f":p{i}" for i in range(len(posts))]
        params.update({f"p{i}": p for i, p in enumerate(posts)})
        parts.append("AND {t}.post IN (" + ", ".join(names) + ")")
    if scope.days is not None:
        today = scope.today or dt.date.today()
        params["until"] = (today + dt.timedelta(days=scope.days)).isoformat()
        parts.append("AND {t}.due_on <= :until")
    where = " ".join(parts)
    return where.format(t="f"), where.format(t="a"), params


def read_items(desk: Desk, scope: CalendarScope) -> list[CalendarItem]:
    """Every deadline of ``scope`` (open, done, dropped or deleted), by due date and id."""
    where_f, where_a, params = _conditions(desk, scope)
    live = {rid: (bool(done), status) for rid, done, status in desk.conn.execute(
        f"SELECT id, done, status FROM ({deadline_rows(desk.conn, where_f, where_a)})", params)}
    rows = desk.conn.execute(
        f"SELECT * FROM ({_SELECT_F.format(where_f=where_f)} UNION ALL "
        f"{_SELECT_A.format(where_a=where_a)}) ORDER BY 4, 2", params).fetchall()
    owners = _owners(desk, {r[12] for r in rows if r[12]} | {r[13] for r in rows if r[13]})
    out = []
    for (kind, rid, post, due, text_ko, text_en, _done, _status, sensitivity, version,
         updated_at, owner_name, record_id, conference_id) in rows:
        due_on = _date(due)
        if due_on is None:
            continue  # not a date: deadline_rows does not list it either
        if rid not in live:
            state = DELETED
        else:
            done, status = live[rid]
            state = DROPPED if status == "dropped" else DONE if done else OPEN
        out.append(CalendarItem(
            kind=kind, id=rid, post=post, due_on=due_on, description_ko=text_ko or "",
            description_en=text_en or "", state=state, sensitivity=sensitivity,
            version=int(version or 0), updated_at=updated_at or "",
            owner_name=owner_name or "", record=owners.get(record_id or ""),
            conference=owners.get(conference_id or "")))
    return out


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _owners(desk: Desk, ids: Iterable[str]) -> dict[str, Owner]:
    """The records deadlines belong to, by id: the record index gives the kind and
    titles, each kind's table its sensitivity, tombstone and change counter."""
    wanted = sorted(ids)
    kinds: dict[str, list[tuple[str, str, str]]] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        for rid, kind, ko, en in desk.conn.execute(
                f"SELECT id, kind, title_ko, title_en FROM record_index WHERE id IN "
                f"({', '.join('?' for _ in chunk)})", chunk):
            kinds.setdefault(kind, []).append((rid, ko or "", en or ""))
    out: dict[str, Owner] = {}
    for kind_name, found in kinds.items():
        kind = KINDS_BY_NAME.get(kind_name)
        if kind is None:
            continue
        sens = "sensitivity" if kind.has_field("sensitivity") else "NULL"
        company = "company_id" if kind.has_field("company_id") else "NULL"
        titles = {rid: (ko, en) for rid, ko, en in found}
        ids_of_kind = list(titles)
        for start in range(0, len(ids_of_kind), _CHUNK):
            chunk = ids_of_kind[start:start + _CHUNK]
            for rid, sensitivity, deleted, version, company_id in desk.conn.execute(
                    f"SELECT id, {sens}, deleted, version, {company} FROM {kind.name} "
                    f"WHERE id IN ({', '.join('?' for _ in chunk)})", chunk):
                ko, en = titles[rid]
                out[rid] = Owner(rid, kind_name, ko, en, sensitivity, bool(deleted),
                                 int(version or 0), company_id)
    return out
