"""Which live records refer to a record through a field naming its kind (a dispute's
company, an engagement's companies concerned, an agenda item's conference): asked
before deleting it, since they keep referring to it afterwards.
"""

from __future__ import annotations

from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import USER_KINDS, RecordKind
from officer_desk.domain.records import Record
from officer_desk.services.desk import Desk


def referring_counts(desk: Desk, record: Record) -> list[tuple[RecordKind, int]]:
    """(kind, how many live records of it refer to ``record``), kinds with none left out."""
    out = []
    for kind in USER_KINDS:
        fields = [f for f in kind.fields
                  if f.ref == record.kind.name and f.type in (FieldType.REF, FieldType.REFS)]
        if not fields:
            continue
        tests = [f'"{f.name}" = :id' if f.type is FieldType.REF else
                 f'EXISTS (SELECT 1 FROM json_each("{f.name}") WHERE value = :id)'
                 for f in fields]  # names from the kinds' specifications, not typed
        (count,) = desk.conn.execute(
            f'SELECT count(*) FROM "{kind.name}" WHERE deleted = 0 AND '
            f'({" OR ".join(tests)})', {"id": record.id}).fetchone()
        if count:
            out.append((kind, count))
    return out
