"""The to-do of deadlines: follow-ups and conference action items, to work through.

What the Follow-ups page lists and the dashboard's deadline table shows a part of. A
deadline is a follow-up (done or not) or an action item with a due date (open while its
status is open or in progress; done when it is done or dropped). Each belongs to a
record: a follow-up to its record, an action item to its linked record or, without one,
to the conference it was raised at. Which deadlines exist at all (not deleted, nor
their owners) is ``deadline_rows``'s one definition. The owner's title comes from the
record index (one join, not one read per row), so a page of 200 deadlines is one query
on 100,000 records.

``TodoQuery.state`` chooses which:

* ``open``: not done, the most overdue first, then the soonest due;
* ``overdue``: not done and due before today, the latest first (the oldest are often
  long forgotten: the dashboard shows the latest too);
* ``due``: not done and due from today to ``within_days`` ahead, the soonest first;
* ``done``: done, the latest due first;
* ``all``: open ones first (as ``open``), then done ones.

``mine`` keeps the deadlines owned by this database's post (each record's owning post
never changes; at HQ, HQ's own).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import ACTION_ITEMS, FOLLOW_UPS
from officer_desk.domain.records import Change, Record
from officer_desk.services import records as record_service
from officer_desk.services.deadline_rows import (
    DONE_ACTION_ITEM,
    DONE_FOLLOW_UP,
    OPEN_ACTION_ITEM,
    OPEN_FOLLOW_UP,
    deadline_rows,
)
from officer_desk.services.desk import Desk

STATES = ("open", "overdue", "due", "done", "all")
#: Action item statuses that still need doing, and those that count as done.
OPEN_ACTION_STATUSES = ("open", "in_progress")
DONE_ACTION_STATUSES = ("done", "dropped")


@dataclass(frozen=True)
class TodoQuery:
    state: str = "open"
    #: days ahead for ``state == "due"`` (0: due today)
    within_days: int = 30
    mine: bool = False
    today: dt.date | None = None

    def on(self, today: dt.date) -> TodoQuery:
        """The same query with its day fixed."""
        return replace(self, today=today)


@dataclass(frozen=True)
class TodoItem:
    kind: str  # follow_ups or action_items
    id: str
    post: str
    due_on: dt.date
    description: str
    done: bool
    #: an action item dropped rather than done (``done`` is true too: nothing is left)
    dropped: bool
    #: the record it belongs to (see the module's text), its kind and titles
    owner_id: str | None
    owner_kind: str | None
    owner_title_ko: str
    owner_title_en: str
    days_left: int  # negative: overdue

    @property
    def overdue(self) -> bool:
        return not self.done and self.days_left < 0

    def owner_title(self, lang: str) -> str:
        first, second = ((self.owner_title_ko, self.owner_title_en) if lang == "ko"
                         else (self.owner_title_en, self.owner_title_ko))
        return first or second


def _parts(query: TodoQuery, today: dt.date, home_post: str
           ) -> tuple[str, str, dict[str, object], str]:
    """(follow-ups' condition, action items' condition, parameters, ORDER BY)."""
    if query.state not in STATES:
        raise OfficerDeskError(f"unknown to-do state {query.state!r} (known: "
                               f"{', '.join(STATES)})",
                               ko=f"알 수 없는 할 일 구분 {query.state!r} "
                                  f"(가능한 값: {', '.join(STATES)})")
    params: dict[str, object] = {"today": today.isoformat()}
    f, a = [], []
    order = "done, due_on, id"
    if query.state in ("open", "overdue", "due"):
        f.append(OPEN_FOLLOW_UP)
        a.append(OPEN_ACTION_ITEM)
    elif query.state == "done":
        f.append(DONE_FOLLOW_UP)
        a.append(DONE_ACTION_ITEM)
        order = "due_on DESC, id"
    if query.state == "overdue":
        f.append("AND f.due_on < :today")
        a.append("AND a.due_on < :today")
        order = "due_on DESC, id"
    elif query.state == "due":
        params["until"] = (today + dt.timedelta(days=max(0, query.within_days))).isoformat()
        f.append("AND f.due_on >= :today AND f.due_on <= :until")
        a.append("AND a.due_on >= :today AND a.due_on <= :until")
    if query.mine:
        params["home"] = home_post
        f.append("AND f.post = :home")
        a.append("AND a.post = :home")
    return " ".join(f), " ".join(a), params, order


def _union(query: TodoQuery, desk: Desk, *, only: str | None = None, due_only: bool = False,
           page_bound: bool = False) -> tuple[str, dict[str, object], str]:
    """The deadlines' SELECT, its parameters and ORDER BY. ``page_bound``: only those
    due up to the ``:last``-th one's due date (``_page_bound``)."""
    today = query.today or dt.date.today()
    where_f, where_a, params, order = _parts(query, today, desk.home_post)
    if only is not None:
        params["only"] = only
        where_f += " AND f.id = :only"
        where_a += " AND a.id = :only"
    if page_bound and query.state in DUE_ORDERED:
        where_f, where_a = _page_bound(desk, where_f, where_a, order)
    return deadline_rows(desk.conn, where_f, where_a, due_only=due_only), params, order


#: The states of open deadlines, listed by due date, then id (none is done: their
#: ``done, due_on, id`` is ``due_on, id``), whose due dates the partial indexes of open
#: deadlines hold (``follow_ups_due``, ``action_items_due``) in order.
DUE_ORDERED = ("open", "overdue", "due")

#: Texts after and before every due date (``char(0x10FFFF)``, whose UTF-8 starts with
#: the byte F4, above that of any ISO date's digit; the empty text): the bound of a list
#: shorter than a page.
_AFTER_EVERY_DATE = "char(1114111)"
_BEFORE_EVERY_DATE = "''"


def _page_bound(desk: Desk, where_f: str, where_a: str, order: str) -> tuple[str, str]:
    """The conditions with one more: due on or before (after, for a latest-first list)
    the due date of the deadline at position ``:last`` of the list.

    A page is the list's rows up to ``:last`` (``offset + limit - 1``), ordered by due
    date first: every one of them is due on or before that date, so the condition
    leaves the page as it was. SQLite finds the date from the due-date indexes alone
    (the two tables' ordered indexes merged, a few hundred entries read) and then
    reads only the deadlines up to it, instead of reading and sorting every deadline of
    the list (3,800 overdue, 9,500 due within 90 days on 100,000 records: about 20 ms
    each, 4–6 ms bounded). One statement, so one snapshot of the file: the date and the
    page cannot disagree.
    """
    latest_first = order.startswith("due_on DESC")
    dates = deadline_rows(desk.conn, where_f, where_a, due_only=True)
    bound = (f"coalesce((SELECT due_on FROM ({dates}) ORDER BY due_on"
             f"{' DESC' if latest_first else ''} LIMIT 1 OFFSET :last), "
             f"{_BEFORE_EVERY_DATE if latest_first else _AFTER_EVERY_DATE})")
    op = ">=" if latest_first else "<="
    return f"{where_f} AND f.due_on {op} {bound}", f"{where_a} AND a.due_on {op} {bound}"


def todo_count(desk: Desk, query: TodoQuery) -> int:
    """How many deadlines ``query`` finds."""
    sql, params, _ = _union(query, desk, due_only=True)
    return int(desk.conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])


def todo_items(desk: Desk, query: TodoQuery, *, limit: int = 200, offset: int = 0
               ) -> list[TodoItem]:
    """``limit`` deadlines of ``query`` from ``offset``, in the state's order."""
    return _read(desk, query, limit=limit, offset=offset)


def todo_item(desk: Desk, query: TodoQuery, item_id: str) -> TodoItem | None:
    """The deadline ``item_id`` as ``query`` lists it; None if ``query`` does not find
    it (done and the query is of open ones, deleted, another post's …)."""
    found = _read(desk, query, limit=1, offset=0, only=item_id)
    return found[0] if found else None


def todo_position(desk: Desk, query: TodoQuery, item: TodoItem) -> int:
    """How many deadlines of ``query`` come before ``item`` in the query's order: the
    row it has (or would have) in the list. One count, as ``todo_count``: a list
    follows one changed deadline without reading its other rows again."""
    sql, params, order = _union(query, desk)
    params.update(i_done=int(item.done), i_due=item.due_on.isoformat(), i_id=item.id)
    if order.startswith("due_on DESC"):
        before = "due_on > :i_due OR (due_on = :i_due AND id < :i_id)"
    else:  # done, due_on, id
        before = "(done, due_on, id) < (:i_done, :i_due, :i_id)"
    return int(desk.conn.execute(
        f"SELECT count(*) FROM ({sql}) WHERE {before}", params).fetchone()[0])


def _read(desk: Desk, query: TodoQuery, *, limit: int, offset: int,
          only: str | None = None) -> list[TodoItem]:
    today = query.today or dt.date.today()
    # a page of a list by due date is read up to its last row's due date (SQLite takes
    # a negative limit for none, a negative offset for 0)
    bounded = only is None and limit > 0
    sql, params, order = _union(query, desk, only=only, page_bound=bounded)
    params.update(limit=limit, offset=offset)
    if bounded:
        params["last"] = max(0, offset) + limit - 1
    rows = desk.conn.execute(
        f"SELECT t.kind, t.id, t.post, t.due_on, t.description, t.done, t.status, t.owner, "
        f"ri.kind, ri.title_ko, ri.title_en FROM (SELECT * FROM ({sql}) "
        f"ORDER BY {order} LIMIT :limit OFFSET :offset) AS t "
        f"LEFT JOIN record_index AS ri ON ri.id = t.owner "
        f"ORDER BY {', '.join('t.' + part for part in order.split(', '))}",
        params).fetchall()
    out = []
    for kind, rid, post, due, description, done, status, owner, owner_kind, ko, en in rows:
        due_on = dt.date.fromisoformat(due)
        out.append(TodoItem(
            kind=kind, id=rid, post=post, due_on=due_on, description=description or "",
            done=bool(done), dropped=status == "dropped", owner_id=owner, owner_kind=owner_kind,
            owner_title_ko=ko or "", owner_title_en=en or "",
            days_left=(due_on - today).days))
    return out


def can_change(desk: Desk, item: TodoItem) -> bool:
    """Whether this case log may mark ``item`` done or change it: one open for writing,
    and the deadline its own post's (any post's in a demo), as ``Desk.check_can_edit``
    rules for every record. HQ lists every post's deadlines but changes only its own."""
    return not desk.readonly and (desk.demo or item.post == desk.home_post)


def is_done(record: Record) -> bool:
    """Whether a follow-up or an action item is done (an action item dropped, too)."""
    if record.kind is ACTION_ITEMS:
        return record.values.get("status") in DONE_ACTION_STATUSES
    return bool(record.values.get("done"))


def set_done(desk: Desk, item_id: str, done: bool, *, today: dt.date | None = None
             ) -> Change:
    """Mark a follow-up or an action item done (today) or open again, through the
    records service (so history, sync and the owning post's rules apply).

    One already so (another window marked it done meanwhile, on its own date) is left
    as it is: marking it again would replace the day it was done with today."""
    record = record_service.get(desk, item_id)
    day = today or dt.date.today()
    if is_done(record) == done:
        return Change()
    if record.kind is FOLLOW_UPS:
        return record_service.update(desk, item_id, {
            "done": done, "done_on": day if done else None})
    if record.kind is ACTION_ITEMS:
        return record_service.update(desk, item_id, {
            "status": "done" if done else "open", "closed_on": day if done else None})
    raise OfficerDeskError(
        f"{record.kind.label('en')} records have no due date to mark done",
        ko=f"{record.kind.label('ko')} 기록은 완료로 표시할 기한이 없습니다")
