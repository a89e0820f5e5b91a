"""What ``officer-desk`` does when given no command.

It opens the user's database (``settings.json`` in the config folder says which) or
else the demo database, made on first use, and hands it to the window if the window
is installed. Until then it prints an overview and the command help.
"""

from __future__ import annotations

from pathlib import Path

import click

from officer_desk import config
from officer_desk import settings as user_settings
from officer_desk.cli.app import language, show_notices
from officer_desk.cli.commands_find import deadline_lines, deadline_summary
from officer_desk.cli.output import echo_lines, kind_count_in
from officer_desk.cli.window_start import gui_available, start_window
from officer_desk.domain.kinds import KINDS_BY_NAME
from officer_desk.domain.messages import say
from officer_desk.services import dashboard as dashboard_service
from officer_desk.services import deadlines as deadline_service
from officer_desk.services.demo_database import DEMO_SEED, ensure_demo_database
from officer_desk.services.desk import open_desk

SETTINGS_FILE = user_settings.FILE_NAME
DEMO_RECORDS = 5000
#: Deadlines listed in each group of the overview.
OVERVIEW_DEADLINES = 10


def settings_path() -> Path:
    return user_settings.settings_path()


def chosen_database() -> tuple[Path, list[str]]:
    """The database to open, and notes on why (for the user)."""
    notes: list[str] = []
    settings = user_settings.load()
    if settings.problem:
        notes.append(say("out.settings_problem",
                         problem=settings.problem).message(language()))
    db = settings.database_path()
    if db is not None:
        if db.exists():
            return db, notes
        notes.append(say("out.settings_missing_db", settings=settings_path(),
                         db=db).message(language()))
    return config.demo_database_path(), notes


def first_start() -> bool:
    """Whether no database has been chosen yet (the window then asks for one)."""
    return user_settings.load().database_path() is None


def ensure_demo(path: Path, actor: str | None) -> None:
    """Make the demo database at ``path`` if it is not there yet."""
    if path.exists() and path.stat().st_size > 0:
        return
    from officer_desk.cli.commands_db import _progress_printer

    click.echo(say("cli.first_run_demo", count=DEMO_RECORDS).message(language()), err=True)
    progress = _progress_printer()
    try:
        ensure_demo_database(path, actor, records=DEMO_RECORDS, seed=DEMO_SEED,
                             progress=progress)
    finally:
        progress.finish()


def run_default(ctx: click.Context) -> None:
    actor = (ctx.obj or {}).get("actor")
    if gui_available():
        # no database chosen, or it is gone: the window's welcome screen says so and
        # offers a new case log, Open… and the demo
        ctx.exit(start_window(None, actor=actor, lang=ctx.params.get("lang")))
    path, notes = chosen_database()
    for note in notes:
        click.echo(note, err=True)
    if path == config.demo_database_path():
        ensure_demo(path, actor)
    from officer_desk.cli.passphrase import unlock

    unlock(path)  # an encrypted log's passphrase first
    desk = open_desk(path, actor=actor)
    ctx.call_on_close(desk.close)
    show_notices(desk)
    lang = language()
    if desk.demo:
        click.echo(say("cli.overview_demo", path=path).message(lang))
    else:
        role = (say("cli.overview_hq") if desk.is_hq
                else say("cli.overview_post", post=desk.home_post)).message(lang)
        click.echo(say("cli.overview_database", path=path, role=role).message(lang))
    d = dashboard_service.dashboard(desk)
    others = ", ".join(kind_count_in(n, KINDS_BY_NAME[kind], lang)
                       for kind, n in d.records_by_kind.items() if kind != "disputes")
    click.echo(say("cli.overview_disputes", open=d.disputes_open, closed=d.disputes_closed,
                   others=others).message(lang))
    click.echo(deadline_summary(d, lang))
    overdue = deadline_service.deadlines(desk, overdue_only=True)
    upcoming = deadline_service.deadlines(desk, within_days=30, include_overdue=False)
    if overdue:
        click.echo("")
        click.echo(say("cli.overview_overdue", count=len(overdue)).message(lang))
        echo_lines(deadline_lines(overdue, lang, limit=OVERVIEW_DEADLINES))
    click.echo("")
    click.echo(say("cli.overview_next_30", count=len(upcoming)).message(lang))
    echo_lines(deadline_lines(upcoming, lang, limit=OVERVIEW_DEADLINES))
    click.echo("")
    click.echo(say("cli.overview_no_window", path=path).message(lang))
    click.echo("")
    click.echo(ctx.get_help())
