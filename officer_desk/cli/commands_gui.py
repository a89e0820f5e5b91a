"""``officer-desk gui``: open the window (PySide6 is imported only when it runs)."""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from officer_desk import config
from officer_desk.cli.app import LANG, cli
from officer_desk.cli.default import chosen_database, ensure_demo, first_start


@cli.command(short_help="Open the desk window on a database.")
@click.argument("db", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--lang", type=LANG, default=None,
              help="Language of the window (default: the system's).")
@click.pass_context
def gui(ctx: click.Context, db: Path | None, lang: str | None) -> None:
    """Open the desk window on DB: dashboard, lists of every kind of record with
    search as you type, filters and each record's fields and history. Without DB it
    opens your database; on a first start it asks for
    post, officer and data file (or opens the demo database).

    \b
    Example:
      officer-desk gui us.sqlite
      officer-desk gui --lang en
    """
    actor = (ctx.find_root().obj or {}).get("actor")
    run = importlib.import_module("officer_desk.gui.app").run
    if db is None and first_start():
        # no database chosen yet: the window's first-start dialog asks for one
        ctx.exit(run(None, actor=actor, lang=lang))
    if db is None:
        db, notes = chosen_database()
        for note in notes:
            click.echo(note, err=True)
        if db == config.demo_database_path():
            ensure_demo(db, actor)
    ctx.exit(run(db, actor=actor, lang=lang))
