"""Writing what the merge decided: records, their history, conflicts, superseded ones.

Everything here runs inside the merge's transaction (``sync.merge``); a failure
anywhere rolls the whole package back.
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.records import Record, utc_now
from officer_desk.domain.stamps import as_json
from officer_desk.storage import conflicts as conflict_table
from officer_desk.storage import meta
from officer_desk.storage.codec import history_text, to_sql
from officer_desk.storage.repository import columns
from officer_desk.sync.resolve import DELETED, Conflict, Resolution

if TYPE_CHECKING:  # the open database the services hand in; sync does not import them
    from officer_desk.services.desk import Desk
    from officer_desk.sync.merge import PackageReport


def compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Writer:
    """Applies resolutions to the target database inside the caller's transaction."""

    def __init__(self, desk: Desk, manifest: dict[str, Any], report: PackageReport) -> None:
        self.desk = desk
        self.conn = desk.conn
        self.manifest = manifest
        self.report = report
        self.now = utc_now()
        self.actor = f"{manifest.get('officer') or '?'} ({manifest['post']}, package " \
                     f"{manifest['package_id'][:8]})"
        self.highest = 0
        self._next = 0
        self._last = -1

    def reserve(self, n: int) -> None:
        """Take ``n`` counter values at once for the rows of a batch (one statement)."""
        if n:
            self._next = meta.tick(self.conn, n)
            self._last = self._next + n - 1

    def _changed_here(self) -> int:
        if self._next > self._last:
            self.reserve(1)
        value = self._next
        self._next += 1
        return value

    def locals_by_id(self, kind: RecordKind, ids: list[str]) -> dict[str, Record]:
        marks = ", ".join("?" for _ in ids)
        return {r.id: r for r in self.desk.repo.rows(
            kind, f"WHERE id IN ({marks})", ids, with_blobs=True)}

    def indexed(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """The kind and post this database's record index has for each id."""
        marks = ", ".join("?" for _ in ids)
        rows = self.conn.execute(
            f"SELECT id, kind, post FROM record_index WHERE id IN ({marks})", ids)
        return {rid: (kind, post) for rid, kind, post in rows}

    def apply(self, kind: RecordKind, res: Resolution, before: Record | None) -> None:
        record = res.record
        self.highest = max(self.highest, *record.seen.values())
        if res.outcome == "added":
            cols = columns(kind)
            self.conn.execute(
                f"INSERT INTO {kind.name} ({', '.join(cols)}, changed) "
                f"VALUES ({', '.join('?' for _ in cols)}, ?)",
                (*_meta_params(record), *(to_sql(f, record.values.get(f.name))
                                           for f in kind.fields), self._changed_here()),
            )
            # the values are in the record itself; the history says where they came from
            self._history(record, "merge", [(None, None, None)])
            self.report.added += 1
            if record.deleted:
                self.report.deleted += 1
        elif res.outcome == "updated":
            names = [n for n in res.changed if n != DELETED]
            sets = [f"{n} = ?" for n in names]
            params = [to_sql(kind.field(n), record.values.get(n)) for n in names]
            self.conn.execute(
                f"UPDATE {kind.name} SET {', '.join([*sets, 'deleted = ?'])}, version = ?, "
                "origin = ?, field_versions = ?, seen = ?, updated_at = ?, changed = ? "
                "WHERE id = ?",
                (*params, int(record.deleted), record.version, record.origin,
                 compact(record.field_versions), compact(record.seen), record.updated_at,
                 self._changed_here(), record.id),
            )
            self._history(
                record, "merge", [(n, old, new) for n, (old, new) in res.changed.items()]
            )
            self.report.updated += 1
            if DELETED in res.changed:
                if record.deleted:
                    self.report.deleted += 1
                else:
                    self.report.restored += 1
        else:
            if before is not None and (
                record.seen != before.seen or record.field_versions != before.field_versions
            ):
                # same values, newer knowledge (stamps of equal edits, what was seen)
                self.conn.execute(
                    f"UPDATE {kind.name} SET version = ?, origin = ?, field_versions = ?, "
                    "seen = ?, updated_at = ? WHERE id = ?",
                    (record.version, record.origin, compact(record.field_versions),
                     compact(record.seen), record.updated_at, record.id),
                )
            self.report.unchanged += 1
        for conflict in res.conflicts:
            self._conflict(kind, record, conflict)
        for conflict_id, stamp, how in res.superseded:
            closed = conflict_table.close_superseded(
                self.conn, [conflict_id], at=self.now, by=self.actor, stamp=as_json(stamp),
                package_id=self.manifest["package_id"], resolution=how,
            )
            if how == conflict_table.SUPERSEDED:
                self.report.superseded += closed
        self.report.conflicts += conflict_table.reopen(self.conn, res.reopened)

    def _history(
        self, record: Record, action: str, rows: list[tuple[str | None, Any, Any]]
    ) -> None:
        self.conn.executemany(
            "INSERT INTO history (at, actor, installation, record_id, kind, action, field, "
            "old, new, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (self.now, self.actor, self.manifest["installation"], record.id,
                 record.kind.name, action, name,
                 _shown(record.kind, name, old), _shown(record.kind, name, new), record.version)
                for name, old, new in rows
            ],
        )

    def _conflict(self, kind: RecordKind, record: Record, c: Conflict) -> None:
        """Keep a conflict: one per record, reason, fields and losing change. A delete
        conflict closed earlier is opened again when another tombstone, made without
        seeing the edit, hides it again."""
        closed = (self.now, conflict_table.SAME_VALUE, self.actor, c.stamp_json("kept"),
                  self.manifest["package_id"]) if c.settled else (None,) * 5
        cur = self.conn.execute(
            "INSERT INTO conflicts (id, record_id, kind, fields, kept, lost, "
            "kept_stamp, lost_stamp, lost_side, reason, package_id, package_post, signer, "
            "detected_at, resolved_at, resolution, resolved_by, superseded_stamp, "
            "superseded_package) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?) ON CONFLICT (record_id, reason, fields, lost_stamp) DO UPDATE SET "
            "kept = excluded.kept, kept_stamp = excluded.kept_stamp, "
            "lost_side = excluded.lost_side, package_id = excluded.package_id, "
            "package_post = excluded.package_post, signer = excluded.signer, "
            "detected_at = excluded.detected_at, resolved_at = NULL, resolution = NULL, "
            "resolved_by = NULL, superseded_stamp = NULL, superseded_package = NULL "
            "WHERE conflicts.reason = 'delete' AND conflicts.resolved_at IS NOT NULL "
            "AND conflicts.kept_stamp != excluded.kept_stamp",
            (
                str(uuid.uuid4()), record.id, kind.name, conflict_table.fields_json(c.fields),
                conflict_table.values_json(kind, c.kept),
                conflict_table.values_json(kind, c.lost),
                c.stamp_json("kept"), c.stamp_json("lost"), c.lost_side,
                c.reason, self.manifest["package_id"], self.manifest["post"],
                self.manifest.get("fingerprint"), self.now, *closed,
            ),
        )
        if not c.settled:
            self.report.conflicts += cur.rowcount


def _meta_params(record: Record) -> tuple[Any, ...]:
    return (
        record.id, record.post, int(record.deleted), record.version, record.origin,
        compact(record.field_versions), compact(record.seen), record.created_at,
        record.updated_at,
    )


def _shown(kind: RecordKind, name: str | None, value: Any) -> str | None:
    if name is None or name == DELETED:
        return value if isinstance(value, str) or value is None else json.dumps(value)
    return history_text(kind.field(name), value)
