"""Whether a kept calendar file needs writing again: a cheap look at what changed since
it was last written (the window's "Keep the calendar file up to date").

Writing the calendar of a 100,000-record log takes seconds; most changes made in the
window (a market note, a company's address) change nothing in it. What an event shows
is read from the deadline itself (follow-ups and action items), from the records it
belongs to (a title, a deletion, a restore) and from the posts (their time zones). The
stakeholder edition reads every record that may protect a name (the briefing pack's
rules): for it, any change counts.

Every row a local edit or a merge writes gets the database's change counter in its
``changed`` column, which each record table indexes (migration 3, for the sync's
"since last" packages). So a ``Mark`` holds the highest counter when a file was
written, and ``shown_change_since`` asks, through those indexes, whether a row changed
after it that the calendar shows: any deadline, any post, a record that owns a
deadline. That is a few index look-ups, not a read of the 20,000 deadlines: a few
milliseconds on 100,000 records. The mark also carries a digest of the deadlines' count
and change counters (one pass over the deadline tables), so a file whose counter went
back (another file restored in its place) is not taken for the same one.

A look that says "changed" when nothing shown did only costs a rewrite; the reverse
would leave the calendar behind, so anything in doubt is counted as changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from officer_desk.domain.kinds import KINDS
from officer_desk.services.calendar_items import CalendarScope
from officer_desk.services.desk import Desk

#: The program's own way of writing the file: a new one rewrites kept files.
FORMAT = "1"
#: Tables whose every row a calendar may show.
_DEADLINES = ("follow_ups", "action_items")


@dataclass(frozen=True)
class Mark:
    """What a calendar file was written from."""

    #: the options, the case log and the file written (``options_key``)
    options: str
    #: the highest change counter of the log
    counter: int
    #: the deadlines' count and change counters
    deadlines: str

    def as_text(self) -> str:
        return f"{self.options}:{self.counter}:{self.deadlines}"

    @classmethod
    def from_text(cls, text: str) -> Mark | None:
        try:
            options, counter, deadlines = str(text).split(":")
            return cls(options, int(counter), deadlines)
        except ValueError:
            return None


def options_key(desk: Desk, out: Path, scope: CalendarScope, *, lang: str,
                edition: str) -> str:
    """A digest of everything besides the data that decides the file's bytes."""
    today = ""
    if scope.days is not None:
        today = (scope.today or dt.date.today()).isoformat()
    parts = [FORMAT, str(Path(desk.path).resolve()), str(Path(out).resolve()), lang,
             edition, ",".join(scope.posts), str(scope.mine), str(scope.days), today]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:24]


def _counter(desk: Desk) -> int:
    # max() over an indexed column is one look-up per table
    selects = " UNION ALL ".join(f"SELECT max(changed) AS m FROM {k.name}" for k in KINDS)
    return int(desk.conn.execute(f"SELECT max(m) FROM ({selects})").fetchone()[0] or 0)


def _deadlines(desk: Desk) -> str:
    rows = desk.conn.execute(" UNION ALL ".join(
        f"SELECT count(*), total(version), max(changed) FROM {table}"
        for table in _DEADLINES)).fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def mark_now(desk: Desk, out: Path, scope: CalendarScope | None = None, *,
             lang: str = "ko", edition: str = "internal") -> Mark:
    """The mark of the data as it is now (take it *before* the file is written: what is
    written then holds at least this, and a later change is found later)."""
    return Mark(options_key(desk, out, scope or CalendarScope(), lang=lang,
                            edition=edition),
                _counter(desk), _deadlines(desk))


def _owns_a_deadline(alias: str) -> str:
    return (f"(EXISTS (SELECT 1 FROM follow_ups AS f WHERE f.record_id = {alias}.id "
            f"AND f.due_on IS NOT NULL) OR EXISTS (SELECT 1 FROM action_items AS a "
            f"WHERE a.due_on IS NOT NULL AND (a.record_id = {alias}.id "
            f"OR a.conference_id = {alias}.id)))")


def _shown_changes() -> str:
    whole = {"posts", *_DEADLINES}
    parts = []
    for kind in KINDS:
        if kind.name in whole:
            parts.append(f"SELECT 1 FROM {kind.name} WHERE changed > :mark")
        else:
            parts.append(f"SELECT 1 FROM {kind.name} AS k WHERE k.changed > :mark "
                         f"AND {_owns_a_deadline('k')}")
    return "SELECT EXISTS (" + " UNION ALL ".join(parts) + ")"


def needs_writing(desk: Desk, before: Mark | None, now: Mark, *,
                  edition: str = "internal") -> bool:
    """Whether a file written at ``before`` may differ from one written ``now``
    (DTSTAMP aside). No ``before``: it does."""
    if before is None or before.options != now.options or now.counter < before.counter \
            or before.deadlines != now.deadlines:
        return True
    if now.counter == before.counter:
        return False
    if edition != "internal":
        # the stakeholder rules read every record that may protect a name: any change
        return True
    return bool(desk.conn.execute(_shown_changes(), {"mark": before.counter}).fetchone()[0])
