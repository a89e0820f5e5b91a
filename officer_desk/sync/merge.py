"""Merging verified packages into a case log: one transaction per package.

For each record in a package (in the order kinds depend on each other) the trust
model (``sync.authority``) says whether the row may come from this package at all,
and the rules in ``sync.resolve`` decide what the target keeps; the changes, their
history, any conflicts and the conflicts they supersede are written together
(``sync.merge_writer``), the foreign keys and counts are checked, and the import log
records the package. Any failure rolls the whole package back, so the database is
then exactly as it was. Each package stands alone: a refused one does not stop the
others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from officer_desk.domain.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DiskFull,
    FolderReadOnly,
    OfficerDeskError,
)
from officer_desk.domain.kinds import KINDS, KINDS_BY_NAME
from officer_desk.domain.messages import Both, Text, kind_name, say
from officer_desk.domain.records import Record, utc_now
from officer_desk.domain.vocabulary import Vocabularies
from officer_desk.storage import cipher, meta
from officer_desk.storage import conflicts as conflict_table
from officer_desk.storage.connection import transaction, translate
from officer_desk.storage.search import deferred_indexing
from officer_desk.storage.vocab_terms import read_vocabularies
from officer_desk.sync import keys
from officer_desk.sync.authority import Authority, Refusal, unique_refusal
from officer_desk.sync.decode import RowInvalid, RowRefused, decode_row, domain_refusal
from officer_desk.sync.merge_writer import Writer, compact
from officer_desk.sync.resolve import resolve

if TYPE_CHECKING:  # the open database the services hand in; sync does not import them
    from officer_desk.services.desk import Desk

BATCH = 2000
#: (kept for tests that reach into the merge)
_Writer = Writer


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
    #: open conflicts of this database that the package's changes superseded
    superseded: int = 0
    refused_rows: list[str] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=dict)
    #: ``reason`` and ``refused_rows`` in Korean
    reason_ko: str | None = None
    #: the refusal's code (``unknown_key``, ``not_zip``, …) when the package was refused
    refusal: str | None = None
    refused_rows_ko: list[str] = field(default_factory=list)
    #: whether the package's content was encrypted (None: not read as far as that)
    encrypted: bool | None = None

    @property
    def ok(self) -> bool:
        return self.outcome in ("merged", "already merged", "checked") and not self.refused_rows

    def refuse_row(self, why: Refusal) -> None:
        self.refused_rows.append(why.en)
        self.refused_rows_ko.append(why.ko)

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


def _decoded(kind: Any, batch: list[dict[str, Any]], clock: int) -> list[Record]:
    out = []
    for row in batch:
        try:
            out.append(decode_row(kind, row, clock))
        except RowInvalid as e:  # well formed, but over a limit (an attachment's size)
            raise MergeFailed(say("merge.invalid_record",
                                  reason=Both(str(e), e.ko))) from e
        except RowRefused as e:
            raise MergeFailed(say("merge.damaged_record",
                                  reason=Both(str(e), e.ko))) from e
    return out


def _merge_rows(desk: Desk, opened: Any, report: PackageReport,
                cancel: Callable[[], bool] | None) -> None:
    manifest = opened.manifest
    writer = Writer(desk, manifest, report)
    authority = Authority(desk, manifest)
    learned = authority.learn(desk.conn, writer.now)
    if learned is not None:
        raise MergeFailed(say("merge.refused_whole", reason=Both(learned.en, learned.ko)))
    vocab, verdicts, after_reference = Vocabularies(()), {}, True
    for kind in KINDS:  # reference data first: records are checked against its terms
        if after_reference:  # read again once the package's own terms are merged
            vocab, verdicts = read_vocabularies(desk.repo, with_deleted=True), {}
        after_reference = kind.reference
        count = 0
        # new records are indexed for search in one statement per kind, not row by row
        with deferred_indexing(desk.conn, kind.name):
            for batch in _batches(opened.rows(kind.name), BATCH):
                if cancel and cancel():
                    raise MergeFailed(say("merge.cancelled"))
                count += len(batch)
                decoded = _decoded(kind, batch, int(manifest["clock"]))
                ids = [r.id for r in decoded]
                local = writer.locals_by_id(kind, ids)
                indexed = writer.indexed(ids)
                recorded = conflict_table.for_records(desk.conn, ids)
                writer.reserve(len(decoded))
                for incoming in decoded:
                    before = local.get(incoming.id)
                    why = authority.refusal(kind, incoming, before, indexed.get(incoming.id))
                    invalid = (domain_refusal(incoming, vocab, verdicts) if why is None
                               else None)
                    if invalid is not None:
                        raise MergeFailed(say(
                            "merge.invalid_term" if invalid.unknown_term
                            else "merge.invalid_record",
                            reason=Both(str(invalid), invalid.ko)))
                    if why is None:
                        res = resolve(before, incoming, recorded.get(incoming.id, ()))
                        if res.outcome != "unchanged":
                            why = unique_refusal(desk.conn, kind, res.record)
                    if why is not None:
                        report.refuse_row(why)
                        continue
                    writer.apply(kind, res, before)
        expected = int(manifest.get("counts", {}).get(kind.name, 0))
        if count != expected:
            raise MergeFailed(say("merge.count_mismatch", expected=expected,
                                  kind=kind_name(kind), count=count))
        if count:
            report.kinds[kind.name] = count
    meta.observe(desk.conn, writer.highest)
    if manifest.get("age_recipient"):  # the signer's current one, signed by its key
        keys.learn_recipient(desk.conn, manifest["fingerprint"], manifest["age_recipient"])
    problems = desk.conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        table, rowid, parent, _ = problems[0]
        rid = desk.conn.execute(f"SELECT id FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        shown = rid[0] if rid else rowid
        raise MergeFailed(say("merge.missing_parent", table=_table_label(table), shown=shown,
                              parent=_table_label(parent), count=len(problems)))


#: SQLite errors that are the machine's or the file's, not the package's: they stop
#: the command with their own message.
_MACHINE = (DiskFull, FolderReadOnly, DatabaseBusy, DatabaseCorrupt)


def _unexpected(desk: Desk, error: Exception) -> MergeFailed | OfficerDeskError:
    """A last resort: an SQLite error no check foresaw refuses this package alone
    (rolled back, details in the log) instead of ending the whole command."""
    if isinstance(error, cipher.ERRORS):
        translated = translate(error, desk.path)
        if isinstance(translated, _MACHINE):
            return translated
    from officer_desk.errorlog import write_log

    try:
        where: Text | str = say("merge.details_in", path=write_log(error))
    except OSError:
        where = ""
    text = f"{type(error).__name__}: {error}"[:300]
    return MergeFailed(say("merge.unexpected", detail=text, where=where))


def _table_label(table: str) -> Both | str:
    """A table as the kind of record it holds (``disputes`` → Dispute / 분쟁)."""
    kind = KINDS_BY_NAME.get(table)
    return kind_name(kind) if kind is not None else table


def already_merged(desk: Desk, package_id: str, sha256: str) -> bool:
    return desk.conn.execute(
        "SELECT 1 FROM import_log WHERE package_id = ? AND sha256 = ? AND outcome = 'merged'",
        (package_id, sha256),
    ).fetchone() is not None


def _log(desk: Desk, report: PackageReport, manifest: dict[str, Any] | None, sha: str) -> None:
    counts = {k: getattr(report, k) for k in
              ("added", "updated", "unchanged", "deleted", "restored", "conflicts",
               "superseded")}
    desk.conn.execute(
        "INSERT INTO import_log (package_id, post, installation, sha256, signer, at, actor, "
        "outcome, counts, reasons, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            report.package_id or "?", report.post, (manifest or {}).get("installation"), sha,
            report.signer, utc_now(), desk.actor, report.outcome, compact(counts),
            compact([report.reason] if report.reason else report.refused_rows),
            Path(report.file).name,
        ),
    )


class _DryRun(Exception):
    """Raised at the end of a dry run's merge to roll its transaction back."""


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
            report.encrypted = opened.encrypted
            sha = manifest["content_sha256"]
            if already_merged(desk, report.package_id, sha):
                report.outcome = "already merged"
                if not dry_run:
                    with transaction(desk.conn):
                        _log(desk, report, manifest, sha)
                return report
            # One transaction, and no savepoint of its own inside it: ``transaction``
            # rolls everything back on an error, and a dry run ends by raising
            # ``_DryRun`` in it. (A savepoint open around the rows made SQLCipher walk
            # its in-memory statement journal at the end of every row's statement: the
            # merge into an encrypted log grew with the square of a package's size;
            # storage/bulk_rows.py says more.)
            try:
                with transaction(desk.conn) as conn:
                    # references are checked once, at the end (foreign_key_check names
                    # the record); SQLite turns this off again when the transaction ends
                    conn.execute("PRAGMA defer_foreign_keys = ON")
                    try:
                        _merge_rows(desk, opened, report, cancel)
                    except (*cipher.ERRORS, OverflowError) as e:
                        raise _unexpected(desk, e) from e
                    if dry_run:
                        raise _DryRun
                    report.outcome = "merged"
                    _log(desk, report, manifest, sha)
            except _DryRun:
                report.outcome = "checked"
    except PackageRefused as e:
        if e.manifest and e.signed:
            report.package_id = e.manifest.get("package_id")
            report.post = e.manifest.get("post")
            report.officer = e.manifest.get("officer")
            report.signer = e.manifest.get("fingerprint")
        report.refusal = e.code
        _refused(desk, report, str(e), dry_run, e.message("ko"))
    except MergeFailed as e:
        _refused(desk, report, str(e), dry_run, e.message("ko"))
    if report.outcome == "merged":
        desk.reference_changed()
    return report


def _refused(desk: Desk, report: PackageReport, reason: str, dry_run: bool,
             reason_ko: str | None = None) -> None:
    report.outcome = "refused"
    report.reason = reason
    report.reason_ko = reason_ko or reason
    report.added = report.updated = report.unchanged = report.deleted = 0
    report.restored = report.conflicts = report.superseded = 0
    report.refused_rows = []
    report.refused_rows_ko = []
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
