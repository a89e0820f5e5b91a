"""The numbers an officer (or HQ) looks at first."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field

from officer_desk.domain.kinds import USER_KINDS
from officer_desk.domain.records import Record
from officer_desk.services.deadline_rows import open_deadline_rows
from officer_desk.services.desk import Desk
from officer_desk.storage import indexes

#: Deadline horizons shown on the dashboard, in days.
HORIZONS = (30, 60, 90)


@dataclass
class Dashboard:
    today: dt.date
    disputes_open: int = 0
    disputes_closed: int = 0
    #: disputes opened since the first day of ``today``'s month
    disputes_new_this_month: int = 0
    #: engagements held on or before ``today``
    engagements_held: int = 0
    open_by_post: dict[str, int] = field(default_factory=dict)
    closed_by_post: dict[str, int] = field(default_factory=dict)
    open_by_ip_type: dict[str, int] = field(default_factory=dict)
    open_by_kind: dict[str, int] = field(default_factory=dict)
    open_by_technology: dict[str, int] = field(default_factory=dict)
    engagements_by_post: dict[str, int] = field(default_factory=dict)
    notes_by_category: dict[str, int] = field(default_factory=dict)
    overdue: int = 0
    due_within: dict[int, int] = field(default_factory=dict)
    records_by_kind: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        out = asdict(self)
        out["today"] = self.today.isoformat()
        out["due_within"] = {str(k): v for k, v in self.due_within.items()}
        return out


def _grouped(desk: Desk, sql: str, params: list[object]) -> dict[str, int]:
    return {str(k) if k is not None else "": int(n) for k, n in desk.conn.execute(sql, params)}


def _ordered(counts: Counter[str]) -> dict[str, int]:
    """Largest first, then by key (as ``GROUP BY … ORDER BY count(*) DESC`` would)."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _posts_filter(posts: tuple[str, ...] | None) -> tuple[str, list[object]]:
    """The condition on live records of ``posts`` (None: of every post), its parameters."""
    if not posts:
        return "deleted = 0", []
    return (f"deleted = 0 AND post IN ({', '.join('?' for _ in posts)})",
            [p.upper() for p in posts])


def open_deadline_counts(desk: Desk, today: dt.date, posts: tuple[str, ...] | None = None
                         ) -> tuple[int, dict[int, int]]:
    """How many open deadlines (``deadline_rows``'s, as the to-do lists them) are
    overdue on ``today``, and how many are due from ``today`` to each of ``HORIZONS``
    days ahead: one query."""
    params: dict[str, object] = {"today": today.isoformat()}
    posts_f = posts_a = ""
    if posts:
        names = [f":p{i}" for i in range(len(posts))]
        params.update({f"p{i}": p.upper() for i, p in enumerate(posts)})
        posts_f = f"AND f.post IN ({', '.join(names)})"
        posts_a = f"AND a.post IN ({', '.join(names)})"
    sums = ["coalesce(sum(due_on < :today), 0)"]
    for days in HORIZONS:
        params[f"d{days}"] = (today + dt.timedelta(days=days)).isoformat()
        sums.append(f"coalesce(sum(due_on >= :today AND due_on <= :d{days}), 0)")
    rows = open_deadline_rows(desk.conn, posts_f, posts_a, due_only=True)
    row = desk.conn.execute(
        f"SELECT {', '.join(sums)} FROM ({rows})",
        params).fetchone()
    return int(row[0]), {days: int(n) for days, n in zip(HORIZONS, row[1:], strict=True)}


DisputeRows = Iterable[tuple[str, str | None, str | None, str | None, str | None, int]]


def dispute_rows(desk: Desk, *, posts: tuple[str, ...] | None = None) -> DisputeRows:
    """The live disputes, open or closed, counted by status, post, IP type, kind and
    technology field:
    the one grouped read every dispute figure comes from (one pass over the table
    rather than one per figure). It is most of the dashboard's read on a large
    database, so a caller may make it on another connection meanwhile (``dashboard``'s
    ``disputes``)."""
    live, post_params = _posts_filter(posts)
    # Only open and closed disputes make a figure (``_dispute_figures``). Their own
    # index (made when the file is opened for writing, ``storage.indexes``) holds
    # every column counted, in this order: the count reads it alone. Without it, of
    # every post the table is read in its own order: through the (post, status)
    # index, SQLite's choice, each row is a jump elsewhere in the file (about a fifth
    # slower on 100,000 records). Of some posts, the index skips the others.
    if indexes.present(desk.conn, indexes.DISPUTE_FIGURES):
        table = f"disputes INDEXED BY {indexes.DISPUTE_FIGURES}"
    else:
        table = "disputes" if posts else "disputes NOT INDEXED"
    return desk.conn.execute(
        f"SELECT status, post, ip_type, dispute_kind, technology_field, count(*) "
        f"FROM {table} WHERE {live} AND status IN ('open', 'closed') "
        f"GROUP BY 1, 2, 3, 4, 5", post_params).fetchall()


def _dispute_figures(d: Dashboard, rows: DisputeRows) -> None:
    """Every dispute figure from ``dispute_rows``."""
    by_status: Counter[str] = Counter()
    closed_by_post: Counter[str] = Counter()
    groups = {name: Counter[str]() for name in (
        "open_by_post", "open_by_ip_type", "open_by_kind", "open_by_technology")}
    for status, post, ip_type, kind, technology, n in rows:
        by_status[status] += n
        if status == "closed":
            closed_by_post[post or ""] += n
        elif status == "open":
            for name, key in (("open_by_post", post), ("open_by_ip_type", ip_type),
                              ("open_by_kind", kind), ("open_by_technology", technology)):
                groups[name][key or ""] += n
    d.disputes_open, d.disputes_closed = by_status["open"], by_status["closed"]
    for name, counts in groups.items():
        setattr(d, name, _ordered(counts))
    d.closed_by_post = dict(sorted(closed_by_post.items()))


def dashboard(
    desk: Desk, *, today: dt.date | None = None, posts: tuple[str, ...] | None = None,
    disputes: Callable[[], DisputeRows] | None = None,
) -> Dashboard:
    """The figures of ``posts`` (None: of every post) on ``today``. ``disputes`` gives
    ``dispute_rows`` read elsewhere (called after the other figures are read); without
    it they are read here."""
    today = today or dt.date.today()
    live, post_params = _posts_filter(posts)
    d = Dashboard(today=today)
    d.disputes_new_this_month = desk.conn.execute(
        f"SELECT count(*) FROM disputes WHERE {live} AND opened_on >= ? AND opened_on <= ?",
        [*post_params, today.replace(day=1).isoformat(), today.isoformat()],
    ).fetchone()[0]
    d.engagements_held = desk.conn.execute(
        f"SELECT count(*) FROM engagements WHERE {live} AND held_on <= ?",
        [*post_params, today.isoformat()],
    ).fetchone()[0]
    d.engagements_by_post = _grouped(
        desk, f"SELECT post, count(*) FROM engagements WHERE {live} GROUP BY post ORDER BY post",
        post_params,
    )
    d.notes_by_category = _grouped(
        desk, f"SELECT category, count(*) FROM trend_notes WHERE {live} GROUP BY category "
        "ORDER BY count(*) DESC", post_params,
    )
    d.overdue, d.due_within = open_deadline_counts(desk, today, posts)
    for kind in USER_KINDS:
        d.records_by_kind[kind.name] = desk.conn.execute(
            f"SELECT count(*) FROM {kind.name} WHERE {live}", post_params
        ).fetchone()[0]
    _dispute_figures(d, disputes() if disputes is not None
                     else dispute_rows(desk, posts=posts))
    return d


def recent_changes(
    desk: Desk, *, limit: int = 20, posts: tuple[str, ...] | None = None
) -> list[Record]:
    """The records changed most recently, by when the change was made (``updated_at``,
    the time the list shows), newest first, deleted ones included (a deletion is a
    change too).

    Not by this database's change counter: on one installation the two rise together,
    but a merge gives a post's changes the counters of when they arrived here, so at
    HQ a week-old change merged today would come above yesterday's. A change made at the
    same moment as another comes after it when it reached this database later (the
    counter, then the id, break ties). Each kind's ``(updated_at, changed)`` index
    (``storage.indexes.RECENT_ROWS``) gives its ``limit`` newest rows however large the
    database is.
    """
    post_sql, post_params = "", []
    if posts:
        post_sql = f"WHERE post IN ({', '.join('?' for _ in posts)})"
        post_params = [p.upper() for p in posts]
    latest: list[tuple[str, int, str, str]] = []
    for kind in USER_KINDS:
        latest += [
            (str(updated), int(changed), rid, kind.name)
            for rid, updated, changed in desk.conn.execute(
                f"SELECT id, updated_at, changed FROM {kind.name} {post_sql} "
                "ORDER BY updated_at DESC, changed DESC, id DESC LIMIT ?",
                [*post_params, limit])
        ]
    latest.sort(reverse=True)
    kinds = {k.name: k for k in USER_KINDS}
    out = []
    for _, _, rid, kind_name in latest[:limit]:
        record = desk.repo.get(kinds[kind_name], rid, with_blobs=False)
        if record is not None:
            out.append(record)
    return out
