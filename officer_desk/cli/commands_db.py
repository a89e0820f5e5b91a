"""Commands about the database file itself: init, demo, check."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

import click

from officer_desk.cli.app import (
    DATE,
    cli,
    db_argument,
    echo_text,
    fail,
    json_option,
    language,
    open_db,
    show_notices,
)
from officer_desk.cli.output import echo_json, echo_lines, headings, plural, table, table_name
from officer_desk.domain.kinds import HQ
from officer_desk.domain.messages import Both, say
from officer_desk.domain.person_name import name_tidied
from officer_desk.services import checks
from officer_desk.services.desk import Desk, describe, init_desk, open_desk


@cli.command(short_help="Create a new case log for a post or for HQ.")
@db_argument
@click.option("--post", metavar="CODE", help="The post this database is for (US, CN, JP, EU, GVA).")
@click.option("--hq", is_flag=True, help="Set up the HQ database (merges every post's data).")
@click.option("--officer", metavar="NAME", help="The officer using it (default: your login).")
@click.option("--encrypt", is_flag=True,
              help="Encrypt the file with a passphrase (asked twice, or "
                   "OFFICER_DESK_PASSPHRASE); recommended on a laptop. A lost passphrase "
                   "cannot be recovered.")
def init(db: Path, post: str | None, hq: bool, officer: str | None, encrypt: bool) -> None:
    """Create a new, empty case log for a post (or for HQ).

    The file gets the posts and vocabularies (IP types, dispute kinds, stages, …) and
    remembers which post it belongs to: records made in it are that post's. The file
    must not exist yet.

    \b
    Example:
      officer-desk init us.sqlite --post US --officer 김영희
      officer-desk init hq.sqlite --hq
      officer-desk init laptop.sqlite --post US --encrypt
    """
    if hq and post and post.strip().upper() != HQ:
        raise click.UsageError(say("out.post_and_hq").message(language()))
    passphrase = None
    if encrypt:
        from officer_desk.cli.passphrase import ask_new

        if db.exists() and db.stat().st_size > 0:
            fail(say("desk.exists", path=db))
        passphrase = ask_new(db)
    said = name_tidied("--officer", officer)
    if said is not None:  # "  김영희 ": said before it is recorded
        echo_text(say("cli.notice", message=said), err=True)
    desk = init_desk(db, post=post, hq=hq, officer=officer, passphrase=passphrase)
    try:
        info = describe(desk)
    finally:
        desk.close()
    role = say("cli.role_hq") if info["role"] == "hq" else say("cli.role_post",
                                                              post=info["post"])
    echo_text(say("cli.created", path=db, role=role, officer=info["officer"]))
    if encrypt:
        echo_text(say("cipher.lost_warning"), err=True)


def _post_list(value: str) -> tuple[str, ...] | None:
    codes = tuple(p.strip().upper() for p in value.split(",") if p.strip())
    if not codes or codes == ("ALL",):
        return None
    return codes


def _progress_printer() -> Any:
    """A ``progress(done, total)`` hook that rewrites one line on a terminal.

    Quiet when standard error is not a terminal (a log file gets the summary only).
    """
    interactive = sys.stderr.isatty()
    last = [0.0]
    lang = language()

    def progress(done: int, total: int) -> None:
        if not interactive:
            return
        now = time.monotonic()
        if now - last[0] < 0.2 and done < total:
            return
        last[0] = now
        click.echo("\r  " + say("out.demo_progress", done=done, total=total).message(lang),
                   err=True, nl=False)

    def finish() -> None:
        if interactive and last[0]:
            click.echo("\r" + " " * 40 + "\r", err=True, nl=False)

    progress.finish = finish  # type: ignore[attr-defined]
    return progress


def make_demo(
    desk: Desk, *, posts: tuple[str, ...] | None, records: int, seed: int,
    today: dt.date | None,
) -> Any:
    """Run the demo generator with a progress line; returns its summary."""
    from officer_desk.services.demo import generate_demo

    progress = _progress_printer()
    try:
        return generate_demo(desk, posts=posts, records=records, seed=seed, today=today,
                             progress=progress)
    finally:
        progress.finish()


def create_demo_database(
    path: Path, *, posts: tuple[str, ...] | None = None, records: int, seed: int,
    today: dt.date | None = None, actor: str | None = None,
) -> Any:
    """A new HQ demo database at ``path`` filled with generated records, with a progress
    line; returns the generator's summary. Interrupted, it leaves no file at ``path``
    (``services.demo_database``)."""
    from officer_desk.services.demo_database import create_demo_database as create

    progress = _progress_printer()
    try:
        return create(path, posts=posts, records=records, seed=seed, today=today,
                      actor=actor, progress=progress)
    finally:
        progress.finish()


def print_demo_summary(summary: Any) -> None:
    counts: dict[str, int] = dict(getattr(summary, "counts", {}) or {})
    seconds = float(getattr(summary, "seconds", 0.0) or 0.0)
    total = sum(counts.values())
    lang = language()
    rows = [(table_name(kind, lang), f"{n:,}") for kind, n in counts.items()]
    echo_lines(table(headings("out.demo_head", lang), rows, align=["<", ">"]))
    if seconds > 0:
        echo_text(say("out.demo_done_rate", total=total, seconds=seconds, rate=total / seconds))
    else:
        echo_text(say("out.demo_done", total=total, seconds=seconds))


#: The most records a demo is made with: ten times the benchmarks' database. A typing
#: slip (999999999999) otherwise ran for days, growing the file until the disk was full.
DEMO_MAX_RECORDS = 1_000_000


@cli.command(short_help="Make or fill a demo database with made-up records.")
@db_argument
@click.option("--posts", "posts", default="all", show_default=True, metavar="all|CODE,...",
              help="Posts to make records for, comma-separated.")
@click.option("--records", type=click.IntRange(min=0, max=DEMO_MAX_RECORDS), metavar="N",
              default=2000, show_default=True,
              help="About how many records to make (at most 1,000,000).")
@click.option("--seed", type=int, metavar="S", default=1, show_default=True,
              help="Random seed: the same seed gives the same data.")
@click.option("--today", type=DATE, help="The date the data is built around (default: today).")
@click.pass_context
def demo(ctx: click.Context, db: Path, posts: str, records: int, seed: int,
         today: dt.date | None) -> None:
    """Fill a demo database with realistic made-up records, for trying things out.

    Creates DB as an HQ demo database if it does not exist yet. Demo data is only ever
    added to a demo database, never to a real case log. The data is invented: companies,
    disputes, engagements, trend notes, conferences and follow-ups at every post.

    \b
    Example:
      officer-desk demo demo.sqlite --records 20000
      officer-desk demo demo.sqlite --posts US,CN --records 500 --seed 7 --today 2025-06-30
    """
    actor = (ctx.find_root().obj or {}).get("actor")
    chosen = _post_list(posts)
    if db.exists() and db.stat().st_size > 0:
        desk = open_desk(db, actor=actor)
        ctx.call_on_close(desk.close)
        show_notices(desk)
        if not desk.demo:
            fail(say("cli.not_demo", path=db, command="officer-desk demo"))
        echo_text(say("out.demo_adding", db=db))
        summary = make_demo(desk, posts=chosen, records=records, seed=seed, today=today)
    else:
        echo_text(say("out.demo_creating", db=db))
        summary = create_demo_database(db, posts=chosen, records=records, seed=seed,
                                       today=today, actor=actor)
    print_demo_summary(summary)


@cli.command(short_help="Check the file and its links; exit 1 on problems.")
@db_argument
@click.option("--repair", is_flag=True, help="Rebuild the search index before checking.")
@json_option
@click.pass_context
def check(ctx: click.Context, db: Path, repair: bool, as_json: bool) -> None:
    """Check the file's integrity and that its records hang together.

    Runs SQLite's integrity and foreign-key checks, looks for links to records that do
    not exist, compares the search index with the records and each record's values
    with its last stamped change in the history (a value changed by another program
    never syncs). Exits with status 1 if anything is wrong. --repair rebuilds the
    search index first; values that disagree with their stamps are only reported: set
    the right value with officer-desk update, which stamps it.

    \b
    Example:
      officer-desk check us.sqlite
      officer-desk check us.sqlite --repair
    """
    desk = open_db(ctx, db, reading=not repair)
    if repair:
        n = checks.repair_search_index(desk)
        if not as_json:
            echo_text(say("out.index_rebuilt", count=n))
    report = checks.check(desk)
    info = describe(desk)
    if as_json:
        echo_json({
            "database": info, "ok": report.ok, "integrity": report.integrity,
            "foreign_keys": report.foreign_keys, "links": report.links,
            "search_index": report.search_index, "stamps": report.stamps,
            "counts": report.counts,
        })
    else:
        lang = language()
        role = say("cli.role_hq") if info["role"] == "hq" else say("cli.role_post",
                                                                  post=info["post"])
        echo_text(say("out.check_about", path=info["path"], role=role,
                      demo=say("out.check_demo") if info["demo"] else "",
                      schema=info["schema"], officer=info["officer"]))
        rows = [(table_name(k, lang), f"{c['live']:,}", f"{c['deleted']:,}")
                for k, c in report.counts.items()]
        echo_lines(table(headings("out.check_head", lang), rows, align=["<", ">", ">"]))
        for problem in report.problems_in(lang):
            click.echo(say("out.check_problem", problem=problem).message(lang))
        if report.ok:
            echo_text(say("out.check_ok"))
        else:
            n = len(report.problems())
            echo_text(say("out.check_problems", count=Both(plural(n, "problem"), f"{n:,}")))
    if not report.ok:
        ctx.exit(1)
