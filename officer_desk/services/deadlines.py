"""Deadlines: open follow-ups and open conference action items by due date (those
``deadline_rows`` defines: not of a deleted record, as the to-do and the dashboard)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from officer_desk.services.deadline_rows import open_deadline_rows
from officer_desk.services.desk import Desk

#: Action item statuses that still need doing.
OPEN_ACTION_STATUSES = ("open", "in_progress")


@dataclass(frozen=True)
class Deadline:
    kind: str  # follow_ups or action_items
    id: str
    post: str
    due_on: dt.date
    description: str
    record_id: str | None  # the record the deadline belongs to
    record_kind: str | None
    record_title: str | None
    days_left: int  # negative: overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


_ORDER = " ORDER BY due_on, id"


def deadlines(
    desk: Desk,
    *,
    within_days: int = 30,
    today: dt.date | None = None,
    include_overdue: bool = True,
    posts: tuple[str, ...] | None = None,
    overdue_only: bool = False,
) -> list[Deadline]:
    """Deadlines due up to ``within_days`` from today, overdue ones first."""
    today = today or dt.date.today()
    until = today - dt.timedelta(days=1) if overdue_only else today + dt.timedelta(
        days=within_days)
    since = dt.date.min if (include_overdue or overdue_only) else today
    params: dict[str, object] = {"until": until.isoformat(), "since": since.isoformat()}
    posts_f = posts_a = ""
    if posts:
        names = [f":p{i}" for i in range(len(posts))]
        params.update({f"p{i}": p.upper() for i, p in enumerate(posts)})
        posts_f = f"AND f.post IN ({', '.join(names)})"
        posts_a = f"AND a.post IN ({', '.join(names)})"
    dates = "AND {t}.due_on <= :until AND {t}.due_on >= :since "
    sql = open_deadline_rows(desk.conn, dates.format(t="f") + posts_f,
                             dates.format(t="a") + posts_a)
    rows = desk.conn.execute(
        f"SELECT kind, id, post, due_on, description, record_id FROM ({sql}){_ORDER}",
        params).fetchall()
    linked_to = _linked(desk, {row[5] for row in rows if row[5]})
    out = []
    for kind, rid, post, due, description, linked in rows:
        due_on = dt.date.fromisoformat(due)
        record_kind, record_title = linked_to.get(linked, (None, None))
        out.append(Deadline(
            kind=kind, id=rid, post=post, due_on=due_on, description=description or "",
            record_id=linked, record_kind=record_kind, record_title=record_title,
            days_left=(due_on - today).days,
        ))
    return out


def _linked(desk: Desk, ids: set[str]) -> dict[str, tuple[str, str]]:
    """The kind and Korean title of each linked record, from the record index (which
    the record tables' triggers keep): a few queries for thousands of deadlines rather
    than a record read for each."""
    wanted = sorted(ids)
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update((rid, (kind, title)) for rid, kind, title in desk.conn.execute(
            f"SELECT id, kind, title_ko FROM record_index WHERE id IN "
            f"({', '.join('?' for _ in chunk)})", chunk))
    return found
