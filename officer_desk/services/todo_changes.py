"""Which records changed since a moment of the case log's change counter: what lets a
list read earlier know it is still current without reading itself again.

Every write stamps its record's ``changed`` column with the counter (a local edit, a
deletion or restore, a merge), and each record table indexes it: each table answers
with an index range, not a scan.
"""

from __future__ import annotations

from officer_desk.domain.kinds import KINDS
from officer_desk.services.desk import Desk

_SQL = " UNION ALL ".join(f"SELECT id FROM {k.name} WHERE changed > :since" for k in KINDS)


def changed_since(desk: Desk, since: int) -> set[str]:
    """The ids of the records changed after the counter read ``since``."""
    return {rid for (rid,) in desk.conn.execute(_SQL, {"since": since})}
