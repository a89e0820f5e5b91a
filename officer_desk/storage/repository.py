"""Rows to records and back, with version stamps and history written alongside.

Every write here stamps the change with the database's Lamport counter and this
installation's id (see ``officer_desk.domain.records``) and appends to the history
table in the same transaction. Callers validate first; this layer trusts its input.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import KINDS_BY_NAME, RecordKind
from officer_desk.domain.records import FieldChange, Record, utc_now, value_to_json
from officer_desk.domain.stamps import as_json, new_stamp
from officer_desk.domain.validation import rule_groups
from officer_desk.storage import conflicts, history_digest, meta
from officer_desk.storage.bulk_rows import insert_rows
from officer_desk.storage.codec import from_sql, history_text, to_sql
from officer_desk.storage.connection import transaction
from officer_desk.storage.search import deferred_indexing

META_COLUMNS = (
    "id", "post", "deleted", "version", "origin", "field_versions", "seen", "created_at",
    "updated_at",
)

#: From this many records on, an insert indexes them for search in one go at the end.
BULK = 200

#: Key of the creation stamp in ``field_versions``: a field with no stamp of its own was
#: last set when the record was created.
CREATED = "*"


@dataclass(frozen=True)
class Author:
    """Who makes the changes: this installation, and the person using it."""

    installation: str
    actor: str


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str
    actor: str
    installation: str
    record_id: str
    kind: str
    action: str  # create, update, delete, restore
    field: str | None
    old: str | None
    new: str | None
    version: int


def columns(kind: RecordKind, *, with_blobs: bool = True) -> list[str]:
    names = [f.name for f in kind.fields if with_blobs or f.type is not FieldType.BLOB]
    return [*META_COLUMNS, *names]


def field_stamp(record: Record, name: str) -> tuple[int, str]:
    """The (counter, installation) of the last change of a field."""
    stamp = record.field_versions.get(name) or record.field_versions[CREATED]
    return int(stamp[0]), str(stamp[1])


class Repository:
    def __init__(self, conn: sqlite3.Connection, author: Author) -> None:
        self.conn = conn
        self.author = author

    # reading ----------------------------------------------------------------

    def to_record(self, kind: RecordKind, row: Mapping[str, Any]) -> Record:
        values = {
            f.name: from_sql(f, row[f.name]) for f in kind.fields if f.name in row
        }
        return Record(
            kind=kind, id=row["id"], post=row["post"], values=values,
            version=row["version"], origin=row["origin"], deleted=bool(row["deleted"]),
            created_at=row["created_at"], updated_at=row["updated_at"],
            field_versions=json.loads(row["field_versions"] or "{}"),
            seen=json.loads(row["seen"] or "{}"),
        )

    def rows(
        self, kind: RecordKind, sql_tail: str = "", params: Iterable[Any] = (),
        *, with_blobs: bool = False,
    ) -> Iterator[Record]:
        cols = columns(kind, with_blobs=with_blobs)
        cur = self.conn.execute(
            f"SELECT {', '.join(cols)} FROM {kind.name} {sql_tail}", tuple(params)
        )
        for row in cur:
            yield self.to_record(kind, dict(zip(cols, row, strict=True)))

    def kind_of(self, record_id: str) -> RecordKind | None:
        row = self.conn.execute(
            "SELECT kind FROM record_index WHERE id = ?", (record_id,)
        ).fetchone()
        return KINDS_BY_NAME.get(row[0]) if row else None

    def get(
        self, kind: RecordKind | None, record_id: str, *, with_blobs: bool = True
    ) -> Record | None:
        kind = kind or self.kind_of(record_id)
        if kind is None:
            return None
        return next(self.rows(kind, "WHERE id = ?", (record_id,), with_blobs=with_blobs), None)

    def exists(self, kind_name: str | None, record_id: str) -> bool:
        kind = KINDS_BY_NAME[kind_name] if kind_name else self.kind_of(record_id)
        if kind is None:
            return False
        row = self.conn.execute(
            f"SELECT 1 FROM {kind.name} WHERE id = ? AND deleted = 0", (record_id,)
        ).fetchone()
        return row is not None

    def history(self, record_id: str) -> list[HistoryEntry]:
        cur = self.conn.execute(
            "SELECT seq, at, actor, installation, record_id, kind, action, field, old, new, "
            "version FROM history WHERE record_id = ? ORDER BY seq",
            (record_id,),
        )
        return [HistoryEntry(*row) for row in cur]

    # writing ----------------------------------------------------------------

    def _history_rows(
        self, record: Record, action: str, changes: Iterable[tuple[str | None, Any, Any]],
        now: str,
    ) -> list[tuple[Any, ...]]:
        out = []
        for name, old, new in changes:
            f = record.kind.field(name) if name and record.kind.has_field(name) else None
            out.append((
                now, self.author.actor, self.author.installation, record.id, record.kind.name,
                action, name, history_text(f, old), history_text(f, new), record.version,
            ))
        return out

    def _append_history(self, rows: list[tuple[Any, ...]]) -> None:
        insert_rows(self.conn, "INSERT INTO history (at, actor, installation, record_id, "
                    "kind, action, field, old, new, version)", 10, rows)

    @staticmethod
    def new_values(kind: RecordKind, values: Mapping[str, Any]) -> dict[str, Any]:
        """A new record's values: every field's default, then ``values`` (what
        ``new_record`` holds, without making an id and stamps)."""
        full = _defaults(kind)
        full.update(values)
        return full

    def new_record(
        self, kind: RecordKind, post: str, values: Mapping[str, Any], *,
        record_id: str | None = None, created_at: str | None = None,
        updated_at: str | None = None, version: int = 0, now: str | None = None,
    ) -> Record:
        """A record object with defaults filled in and a creation stamp, not yet stored."""
        full = self.new_values(kind, values)
        if not (now or (created_at and updated_at)):
            now = utc_now()  # only when a stamp is made here
        return Record(
            kind=kind, id=record_id or str(uuid.uuid4()), post=post, values=full,
            version=version, origin=self.author.installation, deleted=False,
            created_at=created_at or now, updated_at=updated_at or created_at or now,
            field_versions={CREATED: [version, self.author.installation]},
            seen={self.author.installation: version},
        )

    def _insert_params(self, record: Record) -> tuple[Any, ...]:
        return (
            record.id, record.post, 0, record.version, record.origin,
            _compact(record.field_versions), _compact(record.seen),
            record.created_at, record.updated_at,
            *(to_sql(f, record.values.get(f.name)) for f in record.kind.fields),
            record.version,
        )

    def _insert_head(self, kind: RecordKind) -> tuple[str, int]:
        """``INSERT INTO kind (columns…)`` and how many values a row has."""
        cols = columns(kind)
        return f"INSERT INTO {kind.name} ({', '.join(cols)}, changed)", len(cols) + 1

    def _created_history(self, record: Record, now: str) -> tuple[Any, ...]:
        shown = {
            f.name: (
                history_text(f, record.values[f.name]) if f.type is FieldType.BLOB
                else value_to_json(f.type, record.values[f.name])
            )
            for f in record.kind.fields
            if record.values.get(f.name) not in (None, [], ())
        }
        # a digest per value, not the values again: they are in the record itself
        digests = history_digest.created_compact(record.kind, shown)
        return self._history_rows(record, "create", [(None, None, digests)], now)[0]

    def insert_many(self, records: list[Record], *, keep_stamps: bool = False) -> None:
        """Store new records (all of one kind) and their creation rows in history, many
        rows to a statement (``bulk_rows``).

        The records are stamped here with consecutive counter values, unless
        ``keep_stamps`` (seed data, stamped the same in every database).
        """
        if not records:
            return
        kind = records[0].kind
        now = utc_now()
        with transaction(self.conn) as conn:
            first = meta.tick(conn, len(records))
            for offset, record in enumerate(records):
                if keep_stamps:
                    meta.observe(conn, record.version)
                    continue
                record.version = first + offset
                record.origin = self.author.installation
                record.field_versions = {
                    CREATED: new_stamp(record.version, self.author.installation, {})
                }
                record.seen = {self.author.installation: record.version}
            head, width = self._insert_head(kind)
            rows = (self._insert_params(r) for r in records)
            if len(records) >= BULK:
                with deferred_indexing(conn, kind.name):
                    insert_rows(conn, head, width, rows)
            else:
                insert_rows(conn, head, width, rows)
            self._append_history([self._created_history(r, now) for r in records])

    def insert(self, record: Record) -> Record:
        self.insert_many([record])
        return record

    def update(self, record: Record, changes: Mapping[str, Any]) -> list[FieldChange]:
        """Apply changed field values; returns what actually changed (maybe nothing)."""
        kind = record.kind
        changed = [
            FieldChange(name, record.values.get(name), value)
            for name, value in changes.items()
            if to_sql(kind.field(name), record.values.get(name)) != to_sql(kind.field(name), value)
        ]
        if not changed:
            return []
        now = utc_now()
        with transaction(self.conn) as conn:
            version = meta.tick(conn)
            stamp = new_stamp(version, self.author.installation, record.seen)
            units = []
            for c in changed:
                unit = kind.unit_of(c.field)
                if unit not in units:
                    units.append(unit)
                for name in unit:
                    record.field_versions[name] = stamp
                record.values[c.field] = c.new
            self._stamp(record, version, now)
            sets = ", ".join(f"{c.field} = ?" for c in changed)
            conn.execute(
                f"UPDATE {kind.name} SET {sets}, version = ?, origin = ?, field_versions = ?, "
                "seen = ?, updated_at = ?, changed = ? WHERE id = ?",
                (
                    *(to_sql(kind.field(c.field), c.new) for c in changed),
                    version, self.author.installation, _compact(record.field_versions),
                    _compact(record.seen), now, version, record.id,
                ),
            )
            self._append_history(
                self._history_rows(record, "update", [(c.field, c.old, c.new) for c in changed],
                                   now)
            )
            conflicts.close_on_local_change(
                conn, record.id, _with_tied(kind, units), deleted_changed=False, at=now,
                by=self.author.actor, stamp=as_json(stamp),
            )
        return changed

    def _stamp(self, record: Record, version: int, now: str) -> None:
        record.version, record.origin, record.updated_at = (
            version, self.author.installation, now,
        )
        record.seen[self.author.installation] = version

    def set_deleted(self, record: Record, deleted: bool) -> bool:
        """Mark deleted (a tombstone) or restore; False if it already was so."""
        if record.deleted == deleted:
            return False
        now = utc_now()
        with transaction(self.conn) as conn:
            version = meta.tick(conn)
            stamp = new_stamp(version, self.author.installation, record.seen)
            record.field_versions["deleted"] = stamp
            record.deleted = deleted
            self._stamp(record, version, now)
            conn.execute(
                f"UPDATE {record.kind.name} SET deleted = ?, version = ?, origin = ?, "
                "field_versions = ?, seen = ?, updated_at = ?, changed = ? WHERE id = ?",
                (
                    int(deleted), version, self.author.installation,
                    _compact(record.field_versions), _compact(record.seen), now, version,
                    record.id,
                ),
            )
            action = "delete" if deleted else "restore"
            self._append_history(
                self._history_rows(record, action, [("deleted", not deleted, deleted)], now)
            )
            conflicts.close_on_local_change(
                conn, record.id, [("deleted",)], deleted_changed=True, at=now,
                by=self.author.actor, stamp=as_json(stamp),
            )
        return True


    def confirm(self, record: Record, unit: tuple[str, ...]) -> None:
        """Stamp a unit anew without changing its values: a person decided to keep
        them (a conflict settled by keeping the value the merge applied). The new
        stamp travels like an edit, so every copy that holds the conflict closes it.
        """
        now = utc_now()
        with transaction(self.conn) as conn:
            version = meta.tick(conn)
            stamp = new_stamp(version, self.author.installation, record.seen)
            for name in unit:
                record.field_versions[name] = stamp
            self._stamp(record, version, now)
            conn.execute(
                f"UPDATE {record.kind.name} SET version = ?, origin = ?, field_versions = ?, "
                "seen = ?, updated_at = ?, changed = ? WHERE id = ?",
                (version, self.author.installation, _compact(record.field_versions),
                 _compact(record.seen), now, version, record.id),
            )
            shown = [(n, v, v) for n in unit
                     for v in [record.deleted if n == "deleted" else record.values.get(n)]]
            self._append_history(self._history_rows(record, "confirm", shown, now))
            conflicts.close_on_local_change(
                conn, record.id, [unit], deleted_changed=unit == ("deleted",), at=now,
                by=self.author.actor, stamp=as_json(stamp),
            )


#: ``json.dumps(value, separators=(",", ":"))`` with its encoder made once.
_compact_json = json.JSONEncoder(separators=(",", ":")).encode


def _compact(value: Any) -> str:
    return _compact_json(value)


#: Per kind (by identity): the defaults that can be shared (None, text, numbers) and
#: the names of those that are lists, made afresh for each record.
_DEFAULTS: dict[int, tuple[RecordKind, dict[str, Any], tuple[str, ...]]] = {}


def _defaults(kind: RecordKind) -> dict[str, Any]:
    """Every field of ``kind`` with its default value, in field order (a new dict)."""
    known = _DEFAULTS.get(id(kind))
    if known is None or known[0] is not kind:
        shared = {f.name: _default(f) for f in kind.fields}
        lists = tuple(name for name, value in shared.items() if isinstance(value, list))
        known = _DEFAULTS[id(kind)] = (kind, shared, lists)
    _, shared, lists = known
    full = dict(shared)
    for name in lists:
        full[name] = list(shared[name])
    return full


def _default(f: Field) -> Any:
    if f.default is None:
        return [] if f.is_json else None
    if isinstance(f.default, tuple):
        return list(f.default)
    return f.default


def _with_tied(kind: RecordKind, units: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``units`` and the units a rule ties to them (``validation.rule_groups``): the merge
    takes those together (``sync.resolve.tied_units``), so a change of one closes the
    conflicts of the others here as it does wherever it is merged."""
    out = list(units)
    changed = {n for u in units for n in u}
    for names in rule_groups(kind):
        if changed & set(names):
            for n in names:
                unit = kind.unit_of(n)
                if unit not in out:
                    out.append(unit)
    return out
