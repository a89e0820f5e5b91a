"""Do the records hold what their last stamped changes set? (``officer-desk check``)

Every change Officer Desk makes is stamped and written to the history in the same
transaction: a record's creation with a digest of each value (schema 8 on; earlier
creation rows held the values themselves, and are still read), each later change field
by field (an edit, a merge, a delete or restore). So for every field the history knows,
the value stored now must be the value (or have the digest) its last history row set.
A field that differs was changed without a stamp — by another program, before the
write guard of migration 5 or around it — and that change never syncs.

Each record table is read with its history in one statement, in id order; nothing is
held but one record's history. A record whose only history is its creation
is compared in one go (the common case); the others field by field. A record added by a
merge has no values in its history (the merge row says where it came from); its fields
are compared from their next stamped change on. (A column added to a record table by a
later migration must be given to ``_expected`` as unknown for records created before
it, or its default would be reported.)
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import KINDS, RecordKind
from officer_desk.domain.messages import Text, say
from officer_desk.storage import history_digest

DELETED = "deleted"
#: At most this many lines are reported per kind (the count of the rest is added).
MAX_LINES = 200

_TEXT = frozenset({FieldType.TEXT, FieldType.LONGTEXT, FieldType.VOCAB, FieldType.CHOICE,
                   FieldType.REF, FieldType.LINK, FieldType.URL})


_canonical = history_digest.canonical


class _Digest(str):
    """What a creation row says of a field: the digest of its value (migration 8)."""


def _from_history(f: Field | None, text: str | None) -> Any:
    """A value as one history row wrote it (``storage.codec.history_text``)."""
    if text is None:
        return _canonical(f, None)
    if f is not None and (f.type in _TEXT or f.type in (FieldType.DATE, FieldType.BLOB)):
        return text
    try:
        return _canonical(f, json.loads(text))
    except ValueError:
        return text


def _stored(f: Field | None, value: Any) -> Any:
    """A value as ``_Table`` reads it: JSON columns already parsed, BLOBs as their
    length (``<N bytes>``, as the history writes them)."""
    return _canonical(f, value)


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _expected(kind: RecordKind, rows: list[tuple[int, str, str | None, str | None, int]]
              ) -> dict[str, tuple[Any, int, int]]:
    """Field -> (value, history seq, counter) of the last history row that set it."""
    known: dict[str, tuple[Any, int, int]] = {}
    for seq, action, name, new, version in rows:
        if name is None:
            known.clear()  # a creation (values follow) or a merge that added the record
            if action != "create" or new is None:
                continue
            digests = history_digest.parse(new, kind.name)
            if digests is not None:
                for f in kind.fields:
                    expected = digests.get(f.name) or history_digest.digest(f, None)
                    known[f.name] = (_Digest(expected), seq, version)
                known[DELETED] = (False, seq, version)
                continue
            try:
                values = json.loads(new)
            except ValueError:
                continue
            if not isinstance(values, dict):
                continue
            for f in kind.fields:
                known[f.name] = (_canonical(f, values.get(f.name)), seq, version)
            known[DELETED] = (False, seq, version)
        elif name == DELETED:
            known[DELETED] = (_from_history(None, new), seq, version)
        elif kind.has_field(name):
            known[name] = (_from_history(kind.field(name), new), seq, version)
    return known


def _differences(kind: RecordKind, record_id: str, stored: dict[str, Any],
                 known: dict[str, tuple[Any, int, int]]) -> Iterator[Text]:
    for name, (expected, seq, version) in known.items():
        f = kind.field(name) if name != DELETED else None
        now = _stored(f, stored[name])
        if isinstance(expected, _Digest):
            assert f is not None
            if history_digest.digest(f, now) != expected:
                yield say("check.stamp_created", kind=kind.name, rid=record_id, field=name,
                          now=_shown(now), seq=seq, version=version)
            continue
        if now != expected:
            yield say("check.stamp_changed", kind=kind.name, rid=record_id, field=name,
                      now=_shown(now), seq=seq, version=version, expected=_shown(expected))


class _Table:
    """One record table as the check reads it: every record with its history, in id
    order, in one statement (the table along its primary key, the history along its
    (record_id, seq) index, no sort). The values come as one JSON object per record,
    shaped as a creation's history row holds them."""

    def __init__(self, kind: RecordKind) -> None:
        self.kind = kind
        parts = []
        #: REAL columns are read as they are: SQLite writes them into JSON with 15
        #: significant digits only (0.30000000000000004 would come back as 0.3)
        self.reals = [f.name for f in kind.fields if f.type is FieldType.AMOUNT]
        for f in kind.fields:
            if f.name in self.reals:
                continue
            column = f"t.{f.name}"
            if f.type is FieldType.BLOB:
                value = f"CASE WHEN {column} IS NULL THEN NULL ELSE '<' || length({column}) " \
                        "|| ' bytes>' END"
            elif f.is_json:
                value = f"CASE WHEN json_valid({column}) THEN json({column}) ELSE {column} END"
            else:
                value = column
            parts.append(f"'{f.name}', {value}")
        reals = "".join(f"t.{name}, " for name in self.reals)
        self.sql = (
            f"SELECT t.id, t.deleted, json_object({', '.join(parts)}), {reals}h.seq, "
            f"h.action, h.field, h.new, h.version FROM {kind.name} AS t "
            "JOIN history AS h INDEXED BY history_record ON h.record_id = t.id "
            "ORDER BY t.id, h.seq"
        )

    def records(self, conn: sqlite3.Connection) -> Iterator[
            tuple[str, bool, dict[str, Any], list[tuple[int, str, str | None, str | None, int]]]]:
        """(id, deleted, its values, its history rows) of every record."""
        n = len(self.reals)
        current, deleted, values, rows = None, False, {}, []
        for record_id, is_deleted, now, *rest in conn.execute(self.sql):
            if record_id != current:
                if current is not None:
                    yield current, deleted, values, rows
                current, deleted, rows = record_id, bool(is_deleted), []
                values = json.loads(now)
                values.update(zip(self.reals, rest[:n], strict=True))
            rows.append(tuple(rest[n:]))
        if current is not None:
            yield current, deleted, values, rows


def _unchanged_since_created(kind: RecordKind, values: dict[str, Any], deleted: bool,
                             rows: list[tuple[int, str, str | None, str | None, int]]) -> bool:
    """The common case, checked in one go: one history row, the creation, and the record
    holds its values (Python's == takes 1 for true and 12000000.0 for 12000000)."""
    if deleted or len(rows) != 1 or rows[0][1] != "create" or rows[0][2] is not None:
        return False
    digests = history_digest.parse(rows[0][3], kind.name)
    if digests is not None:
        return all(history_digest.digest(f, values.get(f.name))
                   == (digests.get(f.name) or history_digest.digest(f, None))
                   for f in kind.fields)
    try:
        created = json.loads(rows[0][3] or "")
    except ValueError:
        return False
    return created == {k: v for k, v in values.items() if v not in (None, [], ())}


def unstamped_values(conn: sqlite3.Connection) -> list[Text]:
    """One line per field whose stored value is not what its last stamped change set."""
    out: list[Text] = []
    for kind in KINDS:
        found: list[Text] = []
        for record_id, deleted, values, rows in _Table(kind).records(conn):
            if _unchanged_since_created(kind, values, deleted, rows):
                continue
            values[DELETED] = deleted
            found.extend(_differences(kind, record_id, values, _expected(kind, rows)))
        if len(found) > MAX_LINES:
            found = [*found[:MAX_LINES], say("check.stamp_more", kind=kind.name,
                                             count=len(found) - MAX_LINES)]
        out.extend(found)
    return out
