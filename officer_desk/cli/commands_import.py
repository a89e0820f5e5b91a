"""``officer-desk import``: bring in a spreadsheet an officer already keeps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from officer_desk.cli.app import (
    cli,
    db_argument,
    echo_text,
    json_option,
    lang_option,
    language,
    open_db,
    unknown_kind,
)
from officer_desk.cli.output import echo_json, echo_lines, pad, plural, table, width
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.fields import Field
from officer_desk.domain.messages import CATALOGUE, Both, say
from officer_desk.domain.records import value_to_json
from officer_desk.importing.mapping import import_kind, load_mapping, save_mapping
from officer_desk.importing.plan import ImportPlan, plan_import
from officer_desk.importing.run import default_rejected_path, run_import
from officer_desk.services.desk import Desk
from officer_desk.services.display import format_value, linked_ids, linked_title, titles_of

#: Exit status when any row was rejected (whether or not the others were imported).
EXIT_REJECTED = 1
#: At most this many problems are printed; the rejected-rows file has them all.
MAX_PROBLEMS = 200

_ACTIONS = {
    "en": {"create": "to create", "update": "to update", "unchanged": "unchanged",
           "deleted": "deleted here (left out)", "rejected": "rejected"},
    "ko": {"create": "새로 만들 기록", "update": "바꿀 기록", "unchanged": "변경 없음",
           "deleted": "여기서 삭제됨(제외)", "rejected": "거부된 행"},
}


def _kind(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        return import_kind(value).name
    except KeyError as e:
        raise click.BadParameter(unknown_kind(value)) from e
    except OfficerDeskError as e:
        raise click.BadParameter(e.message(language())) from e


def _rows(n: int, word: str) -> Both:
    """``n`` rows counted in each language (``3 rows`` / ``3행``)."""
    return Both(plural(n, word), say("cli.rows", rows=f"{n:,}").ko)


def _how(how: str, lang: str) -> str:
    """How a column was matched to its field, as the person reads it."""
    key = f"cli.plan_how_{how}"
    return say(key).message(lang) if key in CATALOGUE else how


def _print_plan(plan: ImportPlan, lang: str) -> None:
    source = plan.table
    where = (say("cli.plan_sheet", sheet=source.sheet) if source.sheet else
             say("cli.plan_csv", encoding=source.encoding, delimiter=source.delimiter))
    n = len(source.rows)
    click.echo(say("cli.plan_head", name=plan.path.name, where=where, row=source.header_row,
                   rows=Both(plural(n, "data row"), f"자료 {n:,}행")).message(lang))
    rows = [[c.letter, c.header, c.target or "—", _how(c.how, lang)] for c in plan.columns]
    headers = say("cli.plan_columns").message(lang).split("|")
    echo_lines(table(headers, rows, flexible=1))
    for note in plan.notes:
        click.echo(say("cli.plan_note", message=note.message(lang)).message(lang))
    for skipped in plan.skipped:
        click.echo(say("cli.plan_skipped", row=skipped.number,
                       message=skipped.message(lang)).message(lang))
    counts = plan.counts()
    click.echo("")
    labels = _ACTIONS["ko" if lang == "ko" else "en"]
    widest = max(width(label) for label in labels.values())
    for action, label in labels.items():
        click.echo(f"  {pad(label, widest)}  {counts[action]:>6,}")
    if plan.new_companies:
        names = ", ".join(c.name for c in plan.new_companies[:20])
        more = f" … (+{len(plan.new_companies) - 20})" if len(plan.new_companies) > 20 else ""
        click.echo(say("cli.plan_new_companies", count=len(plan.new_companies),
                       names=names + more).message(lang))
    _print_list("note", [p for p in plan.problems if not p.blocking], lang, err=False)
    _print_list("problem", [p for p in plan.problems if p.blocking], lang, err=True)


def _changes(desk: Desk, plan: ImportPlan) -> list[tuple[int, str, Field, Any, Any]]:
    """Each value an updating row changes: (row, record id, field, stored, new)."""
    out = []
    for r in plan.rows:
        if r.action != "update" or not r.record_id:
            continue
        before = desk.repo.get(plan.kind, r.record_id)
        for name, value in r.values.items():
            old = before.values.get(name) if before else None
            out.append((r.number, r.record_id, plan.kind.field(name), old, value))
    return out


def _changes_json(desk: Desk, plan: ImportPlan) -> list[dict[str, Any]]:
    return [{"row": row, "id": rid, "field": f.name, "old": value_to_json(f.type, old),
             "new": value_to_json(f.type, new)}
            for row, rid, f, old, new in _changes(desk, plan)]


def _print_changes(desk: Desk, plan: ImportPlan, lang: str) -> None:
    """Each value an updating row changes, as stored now and as it would be: a cell
    changed in the sheet by mistake (or by a spreadsheet program turning ``2024-07``
    into a date) is seen before it is stored, not only counted."""
    changes = _changes(desk, plan)
    if not changes:
        return
    titles = titles_of(desk, [rid for _, rid, *_ in changes] + [
        v for _, _, f, old, new in changes for v in (*linked_ids(f, old), *linked_ids(f, new))])
    lines = [say("cli.plan_change", row=row, record=linked_title(rid, titles, lang),
                 field=f.label(lang), old=_shown(f, old, desk, titles, lang),
                 new=_shown(f, new, desk, titles, lang)).message(lang)
             for row, rid, f, old, new in changes]
    counted = Both(plural(len(lines), "value"), f"{len(lines):,}")
    click.echo("\n" + say("cli.plan_changes", count=counted).message(lang))
    for line in lines[:MAX_PROBLEMS]:
        click.echo(line)
    if len(lines) > MAX_PROBLEMS:
        click.echo(say("cli.more", count=len(lines) - MAX_PROBLEMS).message(lang))


def _shown(f: Field, value: Any, desk: Desk, titles: dict, lang: str) -> str:
    text = format_value(f, value, desk.vocab, lang, check_marks=False, titles=titles)
    return repr(text) if text else say("cli.plan_change_empty").message(lang)


def _print_list(what: str, items: list, lang: str, *, err: bool) -> None:
    """Notes (values read differently from the cell, rows left out) or problems."""
    if not items:
        return
    counted = say(f"cli.plan_{what}s", count=Both(plural(len(items), what), f"{len(items):,}"))
    click.echo(f"\n{counted.message(lang)}:", err=err)
    for p in items[:MAX_PROBLEMS]:
        click.echo(f"  {p.message(lang)}", err=err)
    if len(items) > MAX_PROBLEMS:
        click.echo(say("cli.more", count=len(items) - MAX_PROBLEMS).message(lang), err=err)


@cli.command("import", short_help="Import an Excel (XLSX) or CSV sheet of records.")
@db_argument
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--kind", "kind_name", required=True, callback=_kind, metavar="KIND",
              help="What the rows are: disputes, companies, engagements, trend_notes or "
                   "conferences.")
@click.option("--sheet", metavar="NAME",
              help="The sheet of a workbook (default: the first sheet with a table).")
@click.option("--mapping", "mapping_file", type=click.Path(dir_okay=False, path_type=Path),
              help="A mapping file (JSON: header -> field) saved earlier with --save-mapping.")
@click.option("--save-mapping", "save_to", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the mapping of columns to fields used here to this file.")
@click.option("--dry-run", is_flag=True,
              help="Check every row and show what would happen; write nothing.")
@click.option("--skip-invalid", is_flag=True,
              help="Import the good rows and write the rejected ones, with their reasons, "
                   "to a file to correct and import again.")
@click.option("--rejected", "rejected_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Where --skip-invalid writes the rejected rows (default: FILE's name "
                   "with .rejected before the extension).")
@click.option("--encoding", type=click.Choice(["cp949"]), default=None,
              help="Import a CSV file that is not UTF-8 as CP949 (Korean Windows), after "
                   "--dry-run showed it read so; without it such a file is refused.")
@lang_option
@json_option
def import_(db: Path, file: Path, kind_name: str, sheet: str | None, mapping_file: Path | None,
            save_to: Path | None, dry_run: bool, skip_invalid: bool,
            rejected_file: Path | None, encoding: str | None, lang: str,
            as_json: bool) -> None:
    """Import the rows of an XLSX or CSV file (UTF-8, UTF-8 with BOM, UTF-16 with BOM
    as Excel's "Unicode text" is, or CP949 with --encoding cp949) as records of KIND.
    Columns are matched to fields by their headers, in Korean or English
    (회사명, 사건명, 접수일, 권리, 단계 …); a title row, a two-row header,
    blank lines and a totals row are handled.

    Every row is checked first and every problem is printed with its row, column and
    reason. While any row is rejected nothing is imported, unless --skip-invalid: then
    the good rows are imported and the rejected ones are written to a file you can
    correct and import again. Everything is imported in one transaction. Importing the
    same sheet again creates no duplicates: rows already imported are left alone, or
    updated with the cells that changed (empty cells never erase anything).

    Exit status 0 when every row was (or, with --dry-run, would be) imported, 1 when any
    row was rejected.

    \b
    Example:
      officer-desk import us.sqlite 분쟁현황.xlsx --kind disputes --dry-run
      officer-desk import us.sqlite 분쟁현황.xlsx --kind disputes --save-mapping 분쟁.json
      officer-desk import us.sqlite cases.csv --kind disputes --mapping 분쟁.json --skip-invalid
    """
    ctx = click.get_current_context()
    desk = open_db(ctx, db)
    kind = import_kind(kind_name)
    saved = load_mapping(mapping_file, kind) if mapping_file else None
    plan = plan_import(desk, file, kind, sheet=sheet, mapping=saved)
    if save_to:
        save_mapping(save_to, plan.kind, plan.columns)
        if not as_json:
            echo_text(say("cli.import_mapping_saved", path=save_to))
    if as_json and dry_run:
        echo_json({"dry_run": True, "plan": plan.as_dict(lang),
                   "changes": _changes_json(desk, plan)})
    elif not as_json:
        _print_plan(plan, lang)
        _print_changes(desk, plan, lang)
    rejected = len(plan.rejected)
    if dry_run:
        if not as_json:
            click.echo()
            echo_text(say("cli.import_dry_run"))
        if rejected:
            ctx.exit(EXIT_REJECTED)
        return
    if rejected and not skip_invalid:
        if as_json:
            echo_json({"dry_run": False, "imported": False, "plan": plan.as_dict(lang)})
        click.echo(err=True)
        echo_text(say("cli.import_refused", rows=_rows(rejected, "row"),
                      file=default_rejected_path(file).name), err=True)
        ctx.exit(EXIT_REJECTED)
    report = run_import(desk, plan, skip_invalid=skip_invalid, rejected_out=rejected_file,
                        lang=lang, cp949_seen=encoding == "cp949")
    if as_json:
        echo_json({"dry_run": False, "imported": True, "plan": plan.as_dict(lang),
                   "report": report.as_dict()})
    else:
        lang_now = language()
        done = say("cli.import_done", created=report.created, updated=report.updated,
                   unchanged=report.unchanged).message(lang_now)
        if report.companies_created:
            done += say("cli.import_companies",
                        count=len(report.companies_created)).message(lang_now)
        click.echo()
        click.echo(done)
        if report.backup:
            echo_text(say("cli.import_backup", path=report.backup))
        if report.rejected_file:
            echo_text(say("cli.import_rejected_written",
                          rows=_rows(report.rejected, "rejected row"),
                          path=report.rejected_file), err=True)
    if report.rejected:
        ctx.exit(EXIT_REJECTED)
