"""Commands that change records or take them out: add, update, delete, undelete,
attach, export."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import click

from officer_desk.cli.app import (
    KIND,
    KIND_OR_ALL,
    cli,
    db_argument,
    echo_text,
    fail,
    language,
    open_db,
    read_input,
    say_tidied,
)
from officer_desk.cli.lookup import resolve_id, title_of
from officer_desk.cli.output import kind_count, kind_count_in, plural, to_json_text
from officer_desk.domain.json_input import loads_strict
from officer_desk.domain.kinds import KINDS, KINDS_BY_NAME, USER_KINDS, RecordKind
from officer_desk.domain.messages import Both, json_problem, say
from officer_desk.domain.records import Change
from officer_desk.domain.tidying import ChangesNotAccepted, Tidied
from officer_desk.out_file import cannot_write, replacing
from officer_desk.services import records, transfer
from officer_desk.services.desk import Desk


def created_by_kind(desk: Desk, change: Change) -> Counter[str]:
    """How many of the created records are of each kind."""
    counts: Counter[str] = Counter()
    ids = change.created
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for kind, n in desk.conn.execute(
            f"SELECT kind, count(*) FROM record_index WHERE id IN ({marks}) GROUP BY kind",
            chunk,
        ):
            counts[kind] += n
    return counts


def _kind_order(name: str) -> int:
    return next((i for i, k in enumerate(KINDS) if k.name == name), len(KINDS))


@cli.command(short_help="Add records from a JSON file or standard input.")
@db_argument
@click.argument("kind", type=KIND_OR_ALL)
@click.option("--json", "source", required=True, metavar="FILE|-",
              help="JSON file to read (- for standard input).")
@click.option("--accept-changes", is_flag=True,
              help="Store values that would be stored otherwise than given (a repeated "
                   "tag kept once, line breaks in a one-line text made spaces, …) as the "
                   "refusal without it shows them.")
@click.pass_context
def add(ctx: click.Context, db: Path, kind: RecordKind | str, source: str,
        accept_changes: bool) -> None:
    """Add records of a kind from JSON: one object, a list of objects, or an export.

    KIND is a kind (dispute, company, follow-up, …; see officer-desk fields) or "all"
    to take every kind from a file made by officer-desk export. Every record is checked
    first: if any has a problem, nothing is added and each problem is listed. Field
    names and codes are those of officer-desk fields KIND.

    A value that would be stored otherwise than given (an item given twice in a list,
    a line break in a one-line text, Unicode not in composed form, a post's code in
    small letters …) is shown with what would be stored, and nothing is added unless
    --accept-changes is given. Spaces at the ends of a one-line text and a date or
    registration number in another form are stored in their standard form and said.

    \b
    Example:
      officer-desk add us.sqlite dispute --json dispute.json
      echo '{"name_ko": "(주)한빛배터리", "size": "sme"}' \\
        | officer-desk add us.sqlite company --json -
      officer-desk add hq.sqlite all --json us-export.json
    """
    text = read_input(source)
    desk = open_db(ctx, db)
    name = kind if isinstance(kind, str) else kind.name
    left_out: list[str] = []
    tidied: list[Tidied] = []
    try:
        change = transfer.add_json(desk, text, name, left_out,
                                   accept_changes=accept_changes, tidied=tidied)
    except ChangesNotAccepted as e:
        fail(say("cli.tidy_accept", refused=Both(e.message("en"), e.message("ko"))))
    say_tidied(tidied)
    counts = created_by_kind(desk, change)
    if left_out:  # an export made with --include-deleted: said, not dropped silently
        echo_text(say("out.deleted_left_out", n=len(left_out)))
    if not counts:
        echo_text(say("out.added_nothing"))
        return
    for kind_name in sorted(counts, key=_kind_order):
        n, counted = counts[kind_name], KINDS_BY_NAME[kind_name]
        echo_text(say("out.added", what=Both(kind_count(n, counted),
                                             kind_count_in(n, counted, "ko"))))
    if len(change.created) == 1:
        echo_text(say("out.id_line", id=change.created[0]))


@cli.command(short_help="Change a record's fields from JSON.")
@db_argument
@click.argument("record_id", metavar="ID")
@click.option("--json", "source", required=True, metavar="FILE|-",
              help="JSON object of the fields to change (- for standard input).")
@click.option("--accept-changes", is_flag=True,
              help="Store values that would be stored otherwise than given (a repeated "
                   "tag kept once, line breaks in a one-line text made spaces, …) as the "
                   "refusal without it shows them.")
@click.pass_context
def update(ctx: click.Context, db: Path, record_id: str, source: str,
           accept_changes: bool) -> None:
    """Change fields of a record: give a JSON object of field names and new values.

    Fields left out keep their values; null clears a field. ID may be the first 8 or
    more characters of the id. The change is recorded in the record's history. A value
    that would be stored otherwise than given is refused as add refuses it, unless
    --accept-changes is given.

    \b
    Example:
      echo '{"stage": "filed", "stage_date": "2025-03-04"}' \\
        | officer-desk update us.sqlite 3f2c9a1e --json -
    """
    try:
        changes = loads_strict(read_input(source))
    except json.JSONDecodeError as e:
        fail(say("cli.bad_json", detail=json_problem(e.msg), line=e.lineno))
    if not isinstance(changes, dict):
        fail(say("cli.json_not_object"))
    desk = open_db(ctx, db)
    rid = resolve_id(desk, record_id)
    tidied: list[Tidied] = []
    try:
        change = records.update(desk, rid, changes, accept_changes=accept_changes,
                                tidied=tidied)
    except ChangesNotAccepted as e:
        fail(say("cli.tidy_accept", refused=Both(e.message("en"), e.message("ko"))))
    say_tidied(tidied)
    fields = [c.field for c in change.fields.get(rid, [])]
    if not fields:
        echo_text(say("out.no_change", rid=rid))
    else:
        echo_text(say("out.updated", rid=rid, fields=", ".join(fields)))
        if records.get(desk, rid).deleted:  # changed, but seen nowhere: say so
            echo_text(say("out.updated_deleted", rid=rid))


def _delete_or_undelete(ctx: click.Context, db: Path, record_id: str, *, delete: bool) -> None:
    desk = open_db(ctx, db)
    rid = resolve_id(desk, record_id)
    change = records.delete(desk, rid) if delete else records.restore(desk, rid)
    record = records.get(desk, rid)
    title = title_of(record, "ko")
    what = Both(f"{record.kind.en.lower()} {rid} ({title})", f"{record.kind.ko} {rid} ({title})")
    if delete:
        key = "out.deleted" if not change.empty else "out.already_deleted"
    else:
        key = "out.undeleted" if not change.empty else "out.not_deleted"
    echo_text(say(key, what=what))


@cli.command(short_help="Delete a record (undelete brings it back).")
@db_argument
@click.argument("record_id", metavar="ID")
@click.pass_context
def delete(ctx: click.Context, db: Path, record_id: str) -> None:
    """Delete a record (undelete brings it back: nothing is ever removed for good).

    The record disappears from lists, searches and deadlines; list --deleted shows
    deleted records and undelete brings one back. ID may be a prefix of 8+ characters.

    \b
    Example:
      officer-desk delete us.sqlite 3f2c9a1e
    """
    _delete_or_undelete(ctx, db, record_id, delete=True)


@cli.command(short_help="Bring back a deleted record.")
@db_argument
@click.argument("record_id", metavar="ID")
@click.pass_context
def undelete(ctx: click.Context, db: Path, record_id: str) -> None:
    """Bring back a deleted record.

    ID may be a prefix of 8+ characters (list DB KIND --deleted shows deleted records).
    (To put back a whole database from a backup, see restore.)

    \b
    Example:
      officer-desk undelete us.sqlite 3f2c9a1e
    """
    _delete_or_undelete(ctx, db, record_id, delete=False)


@cli.command(short_help="Store a document with a record.")
@db_argument
@click.argument("record_id", metavar="ID")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--description", metavar="TEXT", help="What the document is.")
@click.option("--sensitivity", type=click.Choice(["public", "internal"]),
              help="Default: that of the record it is attached to.")
@click.pass_context
def attach(ctx: click.Context, db: Path, record_id: str, file: Path,
           description: str | None, sensitivity: str | None) -> None:
    """Store a document (up to 25 MB) in the database, attached to a record.

    The file's content is kept in the database, so it travels with it; show ID lists
    a record's attachments.

    \b
    Example:
      officer-desk attach us.sqlite 3f2c9a1e 소장_2024가합12345.pdf --description "소장 사본"
    """
    desk = open_db(ctx, db)
    rid = resolve_id(desk, record_id)
    record, _ = records.attach_file(desk, rid, file, description=description,
                                    sensitivity=sensitivity)
    echo_text(say("out.attached", name=record["file_name"], size=record["size"], rid=rid))
    echo_text(say("out.id_line", id=record.id))


def _write_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write a file whole or not at all (a half-written export helps nobody)."""
    with replacing(path) as tmp:
        try:
            with tmp.open("w", encoding=encoding, newline="") as f:
                f.write(text)
        except OSError as e:  # a full disk
            raise cannot_write(path, e) from e


@cli.command(short_help="Write records out as JSON, CSV or an analysis database.")
@db_argument
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "xlsx", "sqlite"]),
              default="json", show_default=True,
              help="json keeps everything; csv and xlsx are for spreadsheets (import reads "
              "them back); "
              "sqlite is a database for analysts (Datasette, DB Browser, sqlite-utils).")
@click.option("--kind", type=KIND, help="Only this kind (required for CSV to standard output).")
@click.option("--out", type=click.Path(path_type=Path),
              help="File to write (a folder for CSV of every kind); default: standard output.")
@click.option("--include-deleted", is_flag=True, help="Include deleted records.")
@click.option("--edition", type=click.Choice(["internal", "stakeholder"]), default=None,
              help="sqlite only: stakeholder leaves out internal records and anonymises "
                   "companies that have not agreed to be named (default: internal).")
@click.pass_context
def export(ctx: click.Context, db: Path, fmt: str, kind: RecordKind | None, out: Path | None,
           include_deleted: bool, edition: str | None) -> None:
    """Write records out as JSON (everything, to re-import or archive), CSV, or an
    analysis database (SQLite).

    JSON holds every field of every record (attachments included, as base64) and can
    be read back with add DB all --json FILE. CSV is one table per kind, UTF-8 with a
    byte-order mark when written to a file so that Excel shows Korean correctly;
    attachment content is left out of CSV. With --out FOLDER and no --kind, one CSV
    per kind is written into FOLDER. XLSX (--out FILE) is one Excel workbook with a
    sheet per kind (or only --kind). A CSV or XLSX export corrected in Excel goes back
    in with import DB FILE --kind KIND: each row finds its record by the id column, so
    only the cells you changed change. SQLite (--out FILE) is a clean database for
    analysts: one table per kind with labels beside codes, views and full-text search
    (docs/analysis.md).

    \b
    Example:
      officer-desk export us.sqlite --out us-export.json
      officer-desk export us.sqlite --format csv --kind disputes > disputes.csv
      officer-desk export us.sqlite --format csv --out csv/
      officer-desk export us.sqlite --format xlsx --kind disputes --out 분쟁.xlsx
      officer-desk export hq.sqlite --format sqlite --out analysis.sqlite
    """
    if fmt == "sqlite":
        _export_sqlite(ctx, db, kind, out, include_deleted, edition or "internal")
        return
    if edition is not None:
        fail(say("analysis.edition_sqlite_only"))
    desk = open_db(ctx, db, reading=True)
    if fmt == "xlsx":
        _export_xlsx(desk, kind, out, include_deleted)
        return
    if fmt == "json":
        data = transfer.export_json(desk, [kind] if kind else None,
                                    include_deleted=include_deleted)
        text = to_json_text(data)
        if out is None:
            click.echo(text)
            return
        if out.is_dir():
            out = out / f"{db.stem}-export.json"
        _write_text(out, text + "\n")
        total = sum(len(v) for v in data["kinds"].values())
        echo_text(say("out.export_wrote_records", path=out, records=Both(
            plural(total, "record"), f"기록 {total:,}건")), err=True)
        return
    if out is None:
        if kind is None:
            raise click.UsageError(say("out.csv_needs_kind").message(language()))
        click.echo(transfer.export_csv(desk, kind, include_deleted=include_deleted), nl=False)
        return
    if kind is not None and not out.is_dir():
        targets: list[tuple[RecordKind, Path]] = [(kind, out)]
    else:
        chosen = [kind] if kind else list(USER_KINDS)
        targets = [(k, out / f"{k.name}.csv") for k in chosen]
    for k, path in targets:
        text = transfer.export_csv(desk, k, include_deleted=include_deleted)
        _write_text(path, text, encoding="utf-8-sig")
        rows = sum(1 for _ in csv.reader(io.StringIO(text))) - 1
        echo_text(say("out.export_wrote_rows", path=path,
                      rows=Both(plural(rows, "row"), f"{rows:,}행")), err=True)


def _export_xlsx(desk: Desk, kind: RecordKind | None, out: Path | None,
                 include_deleted: bool) -> None:
    from officer_desk.services.export_xlsx import write_xlsx

    if out is None:
        fail(say("out.xlsx_needs_out"))
    if out.is_dir():
        out = out / f"{desk.path.stem}-export.xlsx"
    with replacing(out) as tmp:
        try:
            counts = write_xlsx(desk, [kind] if kind else list(USER_KINDS), tmp,
                                include_deleted=include_deleted)
        except OSError as e:  # a full disk
            raise cannot_write(out, e) from e
    rows = sum(counts.values())
    echo_text(say("out.export_wrote_rows", path=out,
                  rows=Both(plural(rows, "row"), f"{rows:,}행")), err=True)


def _export_sqlite(ctx: click.Context, db: Path, kind: RecordKind | None, out: Path | None,
                   include_deleted: bool, edition: str) -> None:
    from officer_desk.services.analysis_export import write_analysis

    if out is None:
        fail(say("analysis.needs_out"))
    if kind is not None:
        fail(say("analysis.no_kind"))
    if include_deleted:
        fail(say("analysis.no_deleted"))
    desk = open_db(ctx, db, reading=True)
    echo_text(write_analysis(desk, out, edition=edition).summary(), err=True)
