"""Write an import plan: all of it in one transaction, or nothing.

An automatic backup (reason ``import``, see ``services.backups``) is taken first, and
removed again when the import fails (a full disk, a refusal, a cancel): a backup of an
import that did not happen only takes room. The
plan is checked again against the database inside the transaction (the window
plans on its own desk, and the database may have changed since the preview), unless it
was made on this connection and nothing at all has been written since. By default
nothing is imported while any row is rejected; with ``skip_invalid`` the good rows are
imported and the rejected ones are written, with a column saying why, to a file like
the input (XLSX or CSV) that the officer can correct and import again.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officer_desk import out_file
from officer_desk.domain.errors import NotPermitted, OfficerDeskError
from officer_desk.domain.kinds import COMPANIES
from officer_desk.domain.messages import reason, say
from officer_desk.domain.records import Change, Record
from officer_desk.domain.spreadsheet_text import (
    clean_cell_text,
    looks_like_formula,
    needs_apostrophe,
)
from officer_desk.importing.mapping import PROBLEM_HEADER
from officer_desk.importing.plan import ImportPlan, PlanRow, build_plan
from officer_desk.importing.values import plain
from officer_desk.services import backups
from officer_desk.services import records as record_service
from officer_desk.services.backups import backup_before
from officer_desk.services.desk import Desk
from officer_desk.storage.connection import transaction

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

#: Records stored per statement batch (and between looks at ``cancel``).
BATCH = 500


class ImportCancelled(OfficerDeskError):
    """The person cancelled; nothing was imported."""


@dataclass
class ImportReport:
    file: Path
    kind: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0  # rows of records deleted here, not brought back
    rejected: int = 0
    skipped: int = 0  # totals rows
    companies_created: list[str] = field(default_factory=list)
    rejected_file: Path | None = None
    backup: Path | None = None
    change: Change = field(default_factory=Change)

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.file), "kind": self.kind, "created": self.created,
            "updated": self.updated, "unchanged": self.unchanged, "deleted": self.deleted,
            "rejected": self.rejected, "skipped": self.skipped,
            "companies_created": self.companies_created,
            "rejected_file": str(self.rejected_file) if self.rejected_file else None,
            "backup": str(self.backup) if self.backup else None,
        }


def default_rejected_path(source: Path) -> Path:
    """Next to the input: ``cases.xlsx`` -> ``cases.rejected.xlsx``; when that file is
    there already (an earlier import's rejects, perhaps being corrected by the officer),
    ``cases.rejected-2.xlsx`` and so on: a default never replaces a file (the report
    names the one written). A name given with ``--rejected`` is written as given."""
    suffix = ".xlsx" if source.suffix.lower() in (".xlsx", ".xlsm") else ".csv"
    path = source.with_name(f"{source.stem}.rejected{suffix}")
    number = 1
    while path.exists() or path.is_symlink():
        number += 1
        path = source.with_name(f"{source.stem}.rejected-{number}{suffix}")
    return path


def run_import(
    desk: Desk,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    rejected_out: Path | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    lang: str = "ko",
    cp949_seen: bool = False,
) -> ImportReport:
    """Import the plan's good rows; see the module docstring for what happens to the rest.

    A CSV file read as CP949 (not UTF-8: a guess, if a good one) is imported only when
    the person has seen that it was read so (``cp949_seen``: the window's preview, or
    ``--encoding cp949`` after a dry run), else refused with how to save it as UTF-8.
    """
    if desk.readonly:
        raise NotPermitted(say("import.read_only", path=desk.path))
    if plan.table.encoding == "cp949" and not cp949_seen:
        raise OfficerDeskError(say("import.cp949_unconfirmed", name=plan.path.name))
    report = ImportReport(plan.path, plan.kind.name, skipped=len(plan.skipped))
    if plan.rejected and not skip_invalid:
        raise _refused(len(plan.rejected), len(plan.rows))
    counts = plan.counts()
    if counts.get("create") or counts.get("update") or plan.new_companies:
        # a sheet imported again unchanged writes nothing: no backup needed
        report.backup = backup_before(desk, "import", prune_now=False)
    try:
        rejected = _store(desk, plan, report, skip_invalid, rejected_out, progress, cancel,
                          lang)
    except BaseException:
        # nothing was imported: the backup only takes room (on a full disk, the room
        # that is missing)
        if report.backup is not None:
            backups.discard(report.backup)
            report.backup = None
        raise
    if report.backup is not None:
        backups.prune(desk.path)
    report.rejected = len(rejected)
    return report


def _store(desk: Desk, plan: ImportPlan, report: ImportReport, skip_invalid: bool,
           rejected_out: Path | None, progress: Progress | None, cancel: Cancel | None,
           lang: str) -> list[PlanRow]:
    """The import's one transaction; returns the rejected rows (written to a file)."""
    with transaction(desk.conn):
        # checked again unless nothing at all was written since it was made
        fresh = plan if plan.still_holds(desk) else build_plan(desk, plan.kind, plan.table,
                                                               plan.columns)
        rejected = fresh.rejected
        if rejected and not skip_invalid:
            raise _refused(len(rejected), len(fresh.rows))
        _write(desk, fresh, report, progress, cancel)
        if rejected:
            out = Path(rejected_out) if rejected_out else default_rejected_path(plan.path)
            report.rejected_file = write_rejected(fresh, out, lang=lang)
    return rejected


def _refused(rejected: int, total: int) -> OfficerDeskError:
    return OfficerDeskError(say("import.rows_rejected", rejected=rejected, total=total))


def _write(desk: Desk, plan: ImportPlan, report: ImportReport, progress: Progress | None,
           cancel: Cancel | None) -> None:
    todo = [r for r in plan.rows if r.action in ("create", "update")]
    total = len(todo) + len(plan.new_companies)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if cancel is not None and cancel():
            raise ImportCancelled(say("import.cancelled"))
        if progress is not None:
            progress(done, total)

    if plan.new_companies:
        desk.repo.insert_many([
            desk.repo.new_record(COMPANIES, desk.home_post, c.values, record_id=c.id)
            for c in plan.new_companies
        ])
        report.companies_created = [c.name for c in plan.new_companies]
        report.change.created += [c.id for c in plan.new_companies]
        report.change.kinds.add(COMPANIES.name)
        step(len(plan.new_companies))
    creates = [r for r in todo if r.action == "create"]
    for start in range(0, len(creates), BATCH):
        batch = creates[start:start + BATCH]
        desk.repo.insert_many([_new_record(desk, plan, r) for r in batch])
        report.change.created += [str(r.record_id) for r in batch]
        step(len(batch))
    for row in (r for r in todo if r.action == "update"):
        assert row.record_id is not None
        report.change.merge(record_service.update(desk, row.record_id, row.values))
        step(1)
    counts = plan.counts()
    report.created, report.updated = counts["create"], counts["update"]
    report.unchanged, report.deleted = counts["unchanged"], counts["deleted"]
    if todo:
        report.change.kinds.add(plan.kind.name)


def _new_record(desk: Desk, plan: ImportPlan, row: PlanRow) -> Record:
    return desk.repo.new_record(plan.kind, desk.home_post, row.values, record_id=row.record_id)


# -- the rejected rows, to correct and import again ---------------------------------------

def _reason(row: PlanRow, lang: str) -> str:
    return "\n".join(
        (f"{p.column}열({p.header}): " if lang == "ko" else f"column {p.column} ({p.header}): ")
        + p.text(lang) if p.column else p.text(lang)
        for p in row.problems if p.blocking
    )


def _source_values(row: PlanRow) -> list[Any]:
    """The cells as the officer typed them (a formula as its text)."""
    return [c.formula if c.formula is not None and c.value is None else c.value
            for c in row.source.cells]


def write_rejected(plan: ImportPlan, path: Path, *, lang: str = "ko") -> Path:
    """The rejected rows with the input's headers and a last column saying why."""
    out_file.destination(path)  # not the sheet itself, nor the case log (refused, rolled back)
    headers = [c.header for c in plan.table.columns] + [PROBLEM_HEADER]
    rows = [[*_source_values(r), _reason(r, lang)] for r in plan.rejected]
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            _write_xlsx(path, headers, rows, say("import.rejected_sheet").message(lang))
        else:
            _write_csv(path, headers, rows, plan.table.delimiter or ",")
    except OSError as e:
        raise OfficerDeskError(say("import.cannot_write_rejected", path=path,
                                   detail=reason(e))) from e
    return path


def _write_xlsx(path: Path, headers: list[str], rows: list[list[Any]], title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in rows:
        sheet.append([None] * len(values))
        for index, value in enumerate(values, start=1):
            cell = sheet.cell(row=sheet.max_row, column=index)
            if isinstance(value, str):
                text = plain(value)  # the cell's own text, as it was read (values.plain)
                cell.value = clean_cell_text(text)
                cell.data_type = "s"  # text, even when it starts with '=' (never a formula)
                if needs_apostrophe(text):  # kept text when read back or edited in Excel
                    cell.quotePrefix = True
            elif isinstance(value, (int, float, dt.date, dt.datetime, dt.time, bool)):
                cell.value = value
            elif value is not None:
                cell.value = clean_cell_text(str(value))
                cell.data_type = "s"
        reason = sheet.cell(row=sheet.max_row, column=len(values))
        reason.fill = PatternFill("solid", fgColor="FFE0E0")
        reason.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions[sheet.cell(row=1, column=len(headers)).column_letter].width = 60
    book.save(path)


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):  # as read (a CSV cell's apostrophe kept); a formula's text
        return "'" + value if looks_like_formula(value) else value  # made text
    return str(value)


def _write_csv(path: Path, headers: list[str], rows: list[list[Any]], delimiter: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(headers)
        for values in rows:
            writer.writerow([_csv_text(v) for v in values])
