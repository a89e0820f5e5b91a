"""``officer-desk gui``: open the window (PySide6 is imported only when it runs)."""

from __future__ import annotations

from pathlib import Path

import click

from officer_desk.cli.app import LANG, cli
from officer_desk.cli.window_start import start_window


@cli.command(short_help="Open the desk window on a database.")
@click.argument("db", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--lang", type=LANG, default=None,
              help="Language of the window (default: the system's).")
@click.option("--screenshot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="PNG",
              help="Save a picture of the window once it is first painted to PNG, then "
                   "quit (smoke tests, benchmarks, pictures for the documentation).")
@click.pass_context
def gui(ctx: click.Context, db: Path | None, lang: str | None,
        screenshot: Path | None) -> None:
    """Open the desk window on DB: dashboard, lists of every kind of record with
    search as you type, filters and each record's fields and history. Without DB it
    opens the database you opened last; on a first start (or when that file is gone)
    the welcome screen offers a new case log, Open… and the demo database.

    \b
    Example:
      officer-desk gui us.sqlite
      officer-desk gui --lang en
      officer-desk gui us.sqlite --screenshot window.png
    """
    root = ctx.find_root()
    actor = (root.obj or {}).get("actor")
    # the window's own --lang, else the one given before the command
    ctx.exit(start_window(db, actor=actor, lang=lang or root.params.get("lang"),
                          screenshot=screenshot))
