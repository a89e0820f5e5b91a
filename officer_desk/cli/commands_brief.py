"""The briefing pack command: ``officer-desk brief``."""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

import click

from officer_desk.briefs.pack import DEFAULT_FORMATS, write_pack
from officer_desk.briefs.plan import plan_pack
from officer_desk.briefs.selection import BRIEF_KINDS, BriefSelection, suggested_number
from officer_desk.cli.app import DATE, LANG, cli, db_argument, json_option, language, open_db
from officer_desk.cli.lookup import resolve_id
from officer_desk.cli.output import echo_json, kind_count_in
from officer_desk.domain.kinds import KINDS_BY_NAME
from officer_desk.domain.messages import say


def _percent_printer() -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A ``progress(done, total)`` hook rewriting one line on a terminal, and its finish."""
    interactive = sys.stderr.isatty()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if not interactive or (now - last[0] < 0.2 and done < total):
            return
        last[0] = now
        click.echo(f"\r  {say('cli.brief_progress').message(language())}: "
                   f"{done * 100 // max(total, 1):3d}%",
                   err=True, nl=False)

    def finish() -> None:
        if interactive and last[0]:
            click.echo("\r" + " " * 40 + "\r", err=True, nl=False)

    return progress, finish


def _size(n: int) -> str:
    return f"{n / 1024:,.0f} KB" if n >= 1024 else f"{n} B"


@cli.command(short_help="Write a briefing pack (PDF, Excel, manifest) for a conference.")
@db_argument
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Folder to write the pack into (created if missing).")
@click.option("--conference", "conference", metavar="ID",
              help="The conference the pack is for (its agenda and action items; without "
                   "--from/--to the period runs from the previous conference to it).")
@click.option("--from", "date_from", type=DATE, help="First day of the period.")
@click.option("--to", "date_to", type=DATE, help="Last day of the period.")
@click.option("--posts", default="", metavar="CODE,...", help="Only these posts (default: all).")
@click.option("--kinds", default="", metavar="KIND,...",
              help=f"Only these record kinds ({', '.join(BRIEF_KINDS)}; default: all).")
@click.option("--technology", default="", metavar="CODE,...",
              help="Only records of these technology fields (codes, see `fields`).")
@click.option("--tags", default="", metavar="TAG,...", help="Only records with any of these tags.")
@click.option("--edition", type=click.Choice(["internal", "stakeholder"]), default="internal",
              show_default=True,
              help="internal: everything, marked internal; stakeholder: no internal record, "
                   "companies anonymised unless they agreed to be named.")
@click.option("--lang", type=LANG, default="ko", show_default=True,
              help="Language of the pack.")
@click.option("--format", "formats", default=",".join(DEFAULT_FORMATS), show_default=True,
              metavar="pdf,xlsx,hwpx",
              help="Which files to write: the PDF, the workbook and the 한글 (HWPX) document.")
@click.option("--number", "brief_number", metavar="N",
              help="Brief number (default: the conference's, else 1).")
@click.option("--version", "version", default="1", show_default=True, metavar="V",
              help="Version of the brief.")
@click.option("--distribution", default="", metavar="TEXT",
              help="Who receives the pack (printed in the control block).")
@click.option("--today", type=DATE, help="Count deadlines from this day (default: today).")
@click.option("--dry-run", is_flag=True,
              help="Write nothing: say what the pack would hold (records per sheet, what the "
                   "PDF lists, about how many pages, records shown by their structured line "
                   "only) and whether the stakeholder edition would be refused.")
@click.option("--replace", is_flag=True,
              help="Replace a pack with the same number, version, edition and language "
                   "already in the folder (without it, such a pack is refused).")
@json_option
def brief(db: Path, out_dir: Path, conference: str | None, date_from: dt.date | None,
          date_to: dt.date | None, posts: str, kinds: str, technology: str, tags: str,
          edition: str, lang: str, formats: str, brief_number: str | None, version: str,
          distribution: str, today: dt.date | None, dry_run: bool, replace: bool,
          as_json: bool) -> None:
    """Write a briefing pack: the PDF, the Excel workbook and its manifest (the
    selection, edition, record counts and the SHA-256 of each file).

    The PDF holds what a conference needs: the period since the previous conference of
    its series, the disputes that changed in it (new, moved stage, closed), the
    deadlines of the next 60 days, the open action items; the workbook holds every
    selected record. The internal edition (HQ) is marked internal on every page. The
    stakeholder edition (KPAA, KINPA, companies, the public) leaves out every record
    marked internal, shows companies as "Company A — SME, secondary batteries" unless
    they agreed to be named and prints a record about such a company by its structured
    fields only; it is refused while any text would still name one. A pack with the
    same number and version already in the folder is replaced only with --replace.

    \b
    Example:
      officer-desk brief hq.sqlite --out briefs/ --conference 3f2c9a1e
      officer-desk brief hq.sqlite --out briefs/ --conference 3f2c9a1e \\
          --edition stakeholder --lang en --format pdf
      officer-desk brief us.sqlite --out briefs/ --from 2026-01-01 --to 2026-03-31 --posts US
    """
    ctx = click.get_current_context()
    desk = open_db(ctx, db, reading=True)
    conference_id = resolve_id(desk, conference) if conference else None
    selection = BriefSelection(
        conference_id=conference_id, date_from=date_from, date_to=date_to, posts=posts,
        kinds=kinds, technology_fields=technology, tags=tags, edition=edition, lang=lang,
        brief_number=brief_number or suggested_number(desk, conference_id),
        version=version, distribution=distribution,
    )
    progress, finish = _percent_printer()
    if dry_run:
        try:
            plan = plan_pack(desk, selection, out_dir, formats.split(","), progress=progress,
                             today=today)
        finally:
            finish()
        if as_json:
            echo_json({
                "dry_run": True, "out": str(out_dir), "edition": selection.edition,
                "lang": selection.lang, "sheets": plan.sheets, "pdf_annexes": plan.annexes,
                "pdf_annex_totals": plan.annex_totals,
                "pages": plan.pages, "structured_only": plan.structured_only,
                "files": list(plan.files), "existing": [str(p) for p in plan.existing],
                "refused": str(plan.refused) if plan.refused else None,
            })
        else:
            click.echo(say("cli.brief_dry_run").message(language()))
            for line in plan.describe(language()):
                click.echo(line)
        if plan.refused is not None:
            ctx.exit(1)
        return
    try:
        result = write_pack(desk, selection, out_dir, formats.split(","), progress=progress,
                            today=today, replace=replace)
    finally:
        finish()
    if as_json:
        echo_json({
            "out": str(result.out_dir), "manifest": str(result.manifest),
            "edition": selection.edition, "lang": selection.lang,
            "counts": result.counts,
            "files": [{"path": str(f.path), "format": f.format, "size": f.size,
                       "sha256": f.sha256} for f in result.files],
        })
        return
    says = language()
    for f in result.files:
        click.echo(say("cli.brief_wrote", path=f"{f.path} ({_size(f.size)})").message(says))
    click.echo(say("cli.brief_wrote", path=result.manifest).message(says))
    edition = say(f"cli.brief_{selection.edition}").message(says)
    click.echo(f"{edition}: " + ", ".join(
        kind_count_in(n, KINDS_BY_NAME[kind], says) for kind, n in result.counts.items()))
