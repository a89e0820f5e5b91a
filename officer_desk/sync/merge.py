"""Merging verified packages into a case log: one transaction per package.

For each record in a package (in the order kinds depend on each other) the rules in
``sync.resolve`` decide what the target keeps; the changes, their history and any
conflicts are written together, the foreign keys and counts are checked, and the
import log records the package. Any failure rolls the whole package back, so the
database is then exactly as it was. Each package stands alone: a refused one does
not stop the others.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import HQ, KINDS, RecordKind
from officer_desk.domain.records import Record, utc_now, value_to_json
from officer_desk.storage import meta
from officer_desk.storage.codec import history_text, to_sql
from officer_desk.storage.connection import transaction
from officer_desk.storage.repository import columns
from officer_desk.storage.search import deferred_indexing
from officer_desk.sync.decode import RowRefused, decode_row
from officer_desk.sync.resolve import DELETED, Conflict, Resolution, resolve

if TYPE_CHECKING:  # the open database the services hand in; sync does not import them
    from officer_desk.services.desk import Desk

BATCH = 2000


class MergeFailed(OfficerDeskError):
    """The package could not be merged; nothing of it was kept."""


@dataclass
class PackageReport:
    file: str
    package_id: str | None = None
    post: str | None = None
    officer: str | None = None
    signer: str | None = None
    outcome: str = "refused"  # merged, refused, already merged, checked (dry run)
    reason: str | None = None
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    restored: int = 0
    conflicts: int = 0
    refused_rows: list[str] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.outcome in ("merged", "already merged", "checked") and not self.refused_rows

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Writer:
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
                 _compact(record.field_versions), _compact(record.seen), record.updated_at,
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
                    (record.version, record.origin, _compact(record.field_versions),
                     _compact(record.seen), record.updated_at, record.id),
                )
            self.report.unchanged += 1
        for conflict in res.conflicts:
            self._conflict(kind, record, conflict)

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
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO conflicts (id, record_id, kind, fields, kept, lost, "
            "kept_stamp, lost_stamp, lost_side, reason, package_id, package_post, signer, "
            "detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()), record.id, kind.name, _compact(list(c.fields)),
                _values_json(kind, c.kept), _values_json(kind, c.lost),
                _compact(list(c.kept_stamp)), _compact(list(c.lost_stamp)), c.lost_side,
                c.reason, self.manifest["package_id"], self.manifest["post"],
                self.manifest.get("fingerprint"), self.now,
            ),
        )
        self.report.conflicts += cur.rowcount


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _meta_params(record: Record) -> tuple[Any, ...]:
    return (
        record.id, record.post, int(record.deleted), record.version, record.origin,
        _compact(record.field_versions), _compact(record.seen), record.created_at,
        record.updated_at,
    )


def _shown(kind: RecordKind, name: str | None, value: Any) -> str | None:
    if name is None or name == DELETED:
        return value if isinstance(value, str) or value is None else json.dumps(value)
    return history_text(kind.field(name), value)


def _values_json(kind: RecordKind, values: dict[str, Any]) -> str:
    out = {}
    for name, v in values.items():
        if name == DELETED:
            out[name] = bool(v)
        else:
            f = kind.field(name)
            out[name] = history_text(f, v) if f.type.value == "blob" else value_to_json(f.type, v)
    return _compact(out)


def _authority(manifest: dict[str, Any], target: Desk, row_post: str, local: Record | None,
               kind: RecordKind) -> str | None:
    """Why this row may not come from this package (None: it may)."""
    sender = manifest["post"]
    if local is not None and local.post != row_post:
        return f"{kind.en.lower()} {local.id} belongs to post {local.post}, not {row_post}"
    if manifest.get("role") == "hq" and sender == HQ:
        return None  # HQ sends its own records and, read-only, other posts' records
    if kind.reference:
        return f"{kind.en.lower()} entries are HQ's; a package from {sender} cannot change them"
    if row_post != sender:
        return f"{kind.en.lower()} {local.id if local else ''} belongs to post {row_post}; " \
               f"a package from {sender} cannot create or change it".replace("  ", " ")
    return None


def _merge_rows(desk: Desk, opened: Any, report: PackageReport,
                cancel: Callable[[], bool] | None) -> None:
    manifest = opened.manifest
    writer = _Writer(desk, manifest, report)
    for kind in KINDS:
        count = 0
        # new records are indexed for search in one statement per kind, not row by row
        with deferred_indexing(desk.conn, kind.name):
            for batch in _batches(opened.rows(kind.name), BATCH):
                if cancel and cancel():
                    raise MergeFailed("cancelled; nothing of this package was kept")
                decoded: list[Record] = []
                for row in batch:
                    count += 1
                    try:
                        decoded.append(decode_row(kind, row))
                    except RowRefused as e:
                        raise MergeFailed(f"the package holds a damaged record: {e}") from e
                local = writer.locals_by_id(kind, [r.id for r in decoded])
                writer.reserve(len(decoded))
                for incoming in decoded:
                    before = local.get(incoming.id)
                    why = _authority(manifest, desk, incoming.post, before, kind)
                    if why:
                        report.refused_rows.append(why)
                        continue
                    writer.apply(kind, resolve(before, incoming), before)
        expected = int(manifest.get("counts", {}).get(kind.name, 0))
        if count != expected:
            raise MergeFailed(
                f"the package says it holds {expected} {kind.name} but {count} were read"
            )
        if count:
            report.kinds[kind.name] = count
    meta.observe(desk.conn, writer.highest)
    problems = desk.conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        table, rowid, parent, _ = problems[0]
        rid = desk.conn.execute(f"SELECT id FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        raise MergeFailed(
            f"{table} {rid[0] if rid else rowid} refers to a {parent} record this database "
            f"does not have ({len(problems)} such references); merge the earlier packages "
            "of that post first, or ask it for a full package"
        )


def already_merged(desk: Desk, package_id: str, sha256: str) -> bool:
    return desk.conn.execute(
        "SELECT 1 FROM import_log WHERE package_id = ? AND sha256 = ? AND outcome = 'merged'",
        (package_id, sha256),
    ).fetchone() is not None


def _log(desk: Desk, report: PackageReport, manifest: dict[str, Any] | None, sha: str) -> None:
    counts = {k: getattr(report, k) for k in
              ("added", "updated", "unchanged", "deleted", "restored", "conflicts")}
    desk.conn.execute(
        "INSERT INTO import_log (package_id, post, installation, sha256, signer, at, actor, "
        "outcome, counts, reasons, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            report.package_id or "?", report.post, (manifest or {}).get("installation"), sha,
            report.signer, utc_now(), desk.actor, report.outcome, _compact(counts),
            _compact([report.reason] if report.reason else report.refused_rows),
            Path(report.file).name,
        ),
    )


def merge_package(
    desk: Desk, path: str | Path, *, dry_run: bool = False,
    cancel: Callable[[], bool] | None = None,
) -> PackageReport:
    """Verify and merge one package file; never raises for a bad package (see report)."""
    from officer_desk.sync.package import PackageRefused, open_package

    report = PackageReport(file=str(path))
    try:
        opened_cm = open_package(Path(path), desk)
        with opened_cm as opened:
            manifest = opened.manifest
            report.package_id = manifest["package_id"]
            report.post = manifest["post"]
            report.officer = manifest.get("officer")
            report.signer = manifest.get("fingerprint")
            sha = manifest["content_sha256"]
            if already_merged(desk, report.package_id, sha):
                report.outcome = "already merged"
                if not dry_run:
                    with transaction(desk.conn):
                        _log(desk, report, manifest, sha)
                return report
            with transaction(desk.conn) as conn:
                conn.execute("SAVEPOINT merge_package")
                try:
                    _merge_rows(desk, opened, report, cancel)
                except BaseException:
                    conn.execute("ROLLBACK TO merge_package")
                    conn.execute("RELEASE merge_package")
                    raise
                if dry_run:
                    conn.execute("ROLLBACK TO merge_package")
                    conn.execute("RELEASE merge_package")
                    report.outcome = "checked"
                else:
                    conn.execute("RELEASE merge_package")
                    report.outcome = "merged"
                    _log(desk, report, manifest, sha)
    except PackageRefused as e:
        if e.manifest and e.signed:
            report.package_id = e.manifest.get("package_id")
            report.post = e.manifest.get("post")
            report.officer = e.manifest.get("officer")
            report.signer = e.manifest.get("fingerprint")
        _refused(desk, report, str(e), dry_run)
    except MergeFailed as e:
        _refused(desk, report, str(e), dry_run)
    if report.outcome == "merged":
        desk.reference_changed()
    return report


def _refused(desk: Desk, report: PackageReport, reason: str, dry_run: bool) -> None:
    report.outcome = "refused"
    report.reason = reason
    report.added = report.updated = report.unchanged = report.deleted = 0
    report.restored = report.conflicts = 0
    report.refused_rows = []
    if not dry_run:
        try:
            with transaction(desk.conn):
                _log(desk, report, None, "")
        except OfficerDeskError:
            pass  # the log is a courtesy; the refusal itself must still be reported


def merge_packages(
    desk: Desk, paths: Sequence[str | Path], *, dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[PackageReport]:
    """Merge each package on its own; one bad package does not stop the good ones."""
    reports = []
    for n, path in enumerate(paths):
        if cancel and cancel():
            break
        reports.append(merge_package(desk, path, dry_run=dry_run, cancel=cancel))
        if progress:
            progress(n + 1, len(paths))
    return reports
