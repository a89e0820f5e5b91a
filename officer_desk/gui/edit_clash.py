"""What changed in a record since its editor opened it (another window, a merged
package): the editor saves only the fields it changed, so an edit of other fields is
kept; but an edit of the same field, or a deletion meanwhile, would be lost or hidden
without a word. ``clashes`` says which, for the editor to refuse the save once.
"""

from __future__ import annotations

from typing import Any

from officer_desk.domain.errors import FieldError
from officer_desk.domain.records import Record
from officer_desk.gui.texts import tr
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk
from officer_desk.services.display import format_value


def deleted_meanwhile(desk: Desk, opened: Record) -> Record | None:
    """The record as stored now when it was deleted after ``opened`` was read."""
    fresh = record_service.get(desk, opened.id)
    return fresh if fresh.deleted and not opened.deleted else None


def clashes(desk: Desk, opened: Record, changes: dict[str, Any], lang: str
            ) -> tuple[Record, list[FieldError]]:
    """The record as stored now, and a problem for each field in ``changes`` that was
    changed meanwhile (saying what it holds now)."""
    fresh = record_service.get(desk, opened.id)
    problems = []
    for name in changes:
        now = fresh.values.get(name)
        if now == opened.values.get(name):
            continue
        f = fresh.kind.field(name)
        shown = format_value(f, now, desk.vocab, lang, check_marks=False) or "—"
        said = tr("Changed in another window since you opened this record; it now "
                  "holds: {value}. Save again to replace it with what you typed.",
                  lang).format(value=shown)
        problems.append(FieldError(name, "changed_meanwhile", said, said))
    return fresh, problems
