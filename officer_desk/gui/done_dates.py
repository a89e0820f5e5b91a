"""Done and its date go together in an editor, as the to-do's Space stores them.

A follow-up ticked done (an action item set done or dropped) gets today's date in its
"done on" field when none is typed; unticked (set open or in progress again), the date
is cleared — so no record says "not done, done on …". A date typed is kept, and a
date cleared by unticking comes back when it is ticked again in the same editor (a
slip of Space twice does not turn 2024-02-10 into today).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from officer_desk.domain.kinds import ACTION_ITEMS, FOLLOW_UPS
from officer_desk.gui.field_input import FieldInput
from officer_desk.services.todo import DONE_ACTION_STATUSES

#: kind name -> (the field saying done, its date, whether a value of it means done)
DONE_FIELDS: dict[str, tuple[str, str, Callable[[Any], bool]]] = {
    FOLLOW_UPS.name: ("done", "done_on", bool),
    ACTION_ITEMS.name: ("status", "closed_on", lambda status: status in DONE_ACTION_STATUSES),
}


def date_when_done(kind_name: str, inputs: dict[str, FieldInput],
                   today: Callable[[], dt.date] = dt.date.today) -> None:
    """Keep ``inputs``' done date following its done field (kinds of ``DONE_FIELDS``)."""
    if kind_name not in DONE_FIELDS:
        return
    flag_name, date_name, means_done = DONE_FIELDS[kind_name]
    flag, day = inputs.get(flag_name), inputs.get(date_name)
    if flag is None or day is None:
        return

    cleared: list[Any] = []  # the date unticking took away, to give back

    def follow() -> None:
        if means_done(flag.get()):
            if day.get() is None:
                day.set(cleared.pop() if cleared else today())
        elif day.get() is not None:
            before = day.get()
            cleared[:] = [before] if isinstance(before, dt.date) else []  # a day, not text
            day.set(None)

    flag.changed(follow)
