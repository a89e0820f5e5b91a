"""Do the records hold what their last stamped changes set? (``officer-desk check``)

Every change Officer Desk makes is stamped and written to the history in the same
transaction: a record's creation with its values, each later change field by field
(an edit, a merge, a delete or restore). So for every field the history knows, the
value stored now must be the value its last history row set. A field that differs was
changed without a stamp — by another program, before the write guard of migration 5 or
around it — and that change never syncs.

The history and the records are read side by side in id order (one pass over each,
nothing held but one record's history). A record added by a merge has no values in
its history (the merge row says where it came from); its fields are compared from their
next stamped change on.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import KINDS, RecordKind

DELETED = "deleted"
#: At most this many lines are reported per kind (the count of the rest is added).
MAX_LINES = 200

_TEXT = frozenset({FieldType.TEXT, FieldType.LONGTEXT, FieldType.VOCAB, FieldType.CHOICE,
                   FieldType.REF, FieldType.LINK, FieldType.URL})


def _canonical(f: Field | None, value: Any) -> Any:
    """A value in a form that compares equal however it was written down."""
    if f is None:  # the tombstone
        return bool(value)
    if f.is_json:
        return value or []
    if value is None:
        return None
    if f.type in (FieldType.AMOUNT, FieldType.INTEGER) and not isinstance(value, bool):
        try:
            return float(value)
        except (TypeError, ValueError):
            return value
    if f.type is FieldType.BOOL:
        return bool(value)
    return value


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
    """A value as the record table holds it (BLOBs are read as their length)."""
    if f is not None and f.type is FieldType.BLOB:
        return None if value is None else f"<{value} bytes>"
    if f is not None and f.is_json:
        try:
            return _canonical(f, json.loads(value) if value else [])
        except ValueError:
            return value
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


def _history(conn: sqlite3.Connection, kind: RecordKind
             ) -> Iterator[tuple[str, list[tuple[int, str, str | None, str | None, int]]]]:
    cur = conn.execute(
        "SELECT record_id, seq, action, field, new, version FROM history WHERE kind = ? "
        "ORDER BY record_id, seq", (kind.name,))
    current, rows = None, []
    for record_id, *row in cur:
        if record_id != current:
            if current is not None:
                yield current, rows
            current, rows = record_id, []
        rows.append(tuple(row))
    if current is not None:
        yield current, rows


def _records(conn: sqlite3.Connection, kind: RecordKind) -> Iterator[tuple[str, dict[str, Any]]]:
    cols = [f"length({f.name})" if f.type is FieldType.BLOB else f.name for f in kind.fields]
    names = [DELETED, *(f.name for f in kind.fields)]
    cur = conn.execute(f"SELECT id, deleted, {', '.join(cols)} FROM {kind.name} ORDER BY id")
    for rid, *values in cur:
        yield rid, dict(zip(names, values, strict=True))


def _differences(kind: RecordKind, record_id: str, stored: dict[str, Any],
                 known: dict[str, tuple[Any, int, int]]) -> Iterator[str]:
    for name, (expected, seq, version) in known.items():
        f = kind.field(name) if name != DELETED else None
        now = _stored(f, stored[name])
        if now != expected:
            yield (f"{kind.name} {record_id} {name} is {_shown(now)}, but its last stamped "
                   f"change (history #{seq}, counter {version}) set {_shown(expected)}: "
                   "changed outside Officer Desk, so the change never syncs")


def unstamped_values(conn: sqlite3.Connection) -> list[str]:
    """One line per field whose stored value is not what its last stamped change set."""
    out: list[str] = []
    for kind in KINDS:
        lines: list[str] = []
        histories = _history(conn, kind)
        pending = next(histories, None)
        for record_id, stored in _records(conn, kind):
            while pending is not None and pending[0] < record_id:
                pending = next(histories, None)
            if pending is None or pending[0] != record_id:
                continue
            lines.extend(_differences(kind, record_id, stored, _expected(kind, pending[1])))
        if len(lines) > MAX_LINES:
            lines = [*lines[:MAX_LINES], f"{kind.name}: and {len(lines) - MAX_LINES} more"]
        out.extend(lines)
    return out
