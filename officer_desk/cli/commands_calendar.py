"""The ``calendar`` command: deadlines as an iCalendar file (services/calendar_export)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from officer_desk.cli.app import DATE, DAYS, cli, db_argument, echo_text, lang_option, open_db
from officer_desk.services.calendar_export import write_calendar
from officer_desk.services.calendar_items import CalendarScope


@cli.command(short_help="Write deadlines as an iCalendar (.ics) file.")
@db_argument
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The .ics file to write (replaced whole if it exists).")
@click.option("--posts", "posts", multiple=True, metavar="CODE",
              help="Only these posts' deadlines (repeat, or comma-separated).")
@click.option("--mine", is_flag=True, help="Only this case log's post's deadlines.")
@click.option("--days", type=DAYS, default=None, metavar="N",
              help="Only deadlines due at most N days from today (earlier ones included).")
@click.option("--edition", type=click.Choice(["internal", "stakeholder"]), default="internal",
              show_default=True,
              help="stakeholder: no internal records, companies not agreeing to be named "
                   "anonymised (as the briefing pack's stakeholder edition).")
@click.option("--today", type=DATE, help="Count --days from this date instead of today.")
@lang_option
@click.pass_context
def calendar(ctx: click.Context, db: Path, out: Path, posts: tuple[str, ...], mine: bool,
             days: int | None, edition: str, today: dt.date | None, lang: str) -> None:
    """Write follow-ups and action items as iCalendar (RFC 5545) events, for Outlook,
    Google Calendar, Apple Calendar or Thunderbird.

    Each event keeps its record's id as its UID: import the file again (or subscribe a
    calendar to it) and the events are updated, not duplicated. An event starts at 09:00
    on the due day in the post's time zone, with a reminder the day before; its title
    is in the chosen language and its description holds the record's id. Done, dropped
    and deleted deadlines are written as cancelled events.

    \b
    Example:
      officer-desk calendar us.sqlite --out deadlines.ics --mine
      officer-desk calendar hq.sqlite --out us-cn.ics --posts US,CN --days 90 --lang en
      officer-desk calendar hq.sqlite --out public.ics --edition stakeholder
    """
    desk = open_db(ctx, db, reading=True)
    codes = tuple(p.strip().upper() for v in posts for p in v.split(",") if p.strip())
    result = write_calendar(desk, out, CalendarScope(posts=codes, mine=mine, days=days,
                                                      today=today),
                            lang=lang, edition=edition)
    for notice in result.notices:
        echo_text(notice, err=True)
    echo_text(result.summary())
