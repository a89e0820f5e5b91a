"""The ``officer-desk`` command group: global options, shared helpers, error handling.

Errors come in two kinds (see ``officer_desk.domain.errors``). A problem of the user's
world prints ``error: <message>`` and exits 1; anything else is our bug: the traceback
goes to a log file, the user sees one line saying where, and the exit status is 70.
Usage mistakes are click's (exit 2), said in the command line's language
(``usage_errors``).
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NoReturn

import click

from officer_desk import __version__
from officer_desk import settings as user_settings
from officer_desk.cli import interrupts
from officer_desk.cli.help_text import (
    DeskCommand,
    DeskContext,
    DeskSubgroup,
    HelpInLanguage,
    command_rows,
    root_language,
    write_commands,
)
from officer_desk.cli.usage_errors import in_language
from officer_desk.cli.window_start import argument_language
from officer_desk.domain.dates import FIRST_DAY, LAST_DAY
from officer_desk.domain.errors import DatabaseInUse, OfficerDeskError, ValidationError
from officer_desk.domain.kinds import RecordKind, kind_named
from officer_desk.domain.messages import Text, reason, say
from officer_desk.domain.person_name import name_tidied, person_name
from officer_desk.domain.tidying import Tidied
from officer_desk.domain.validation import parse_date
from officer_desk.errorlog import write_log
from officer_desk.in_file import JSON_INPUT_BYTES, read_at_most, read_stream
from officer_desk.services import backups
from officer_desk.services.desk import Desk, open_desk
from officer_desk.storage import cipher
from officer_desk.storage.connection import translate

EXIT_USER_ERROR = 1
EXIT_INTERNAL_ERROR = 70  # EX_SOFTWARE

#: At most this many field problems are listed after a validation error.
MAX_ERROR_LINES = 50

#: SQLite errors that are the file's or the machine's doing, not a bug of ours.
_SQLITE_WORLD = ("locked", "busy", "disk is full", "readonly", "read-only", "malformed",
                 "corrupt", "not a database", "file is encrypted", "unable to open",
                 "disk i/o")


def system_language() -> str:
    """Korean when the locale's language is (LC_ALL, then LC_MESSAGES, then LANG)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def choose_language(lang: str | None) -> str:
    """The explicit ``--lang``, else the settings' language, else the locale's."""
    if lang:
        return lang
    setting = user_settings.load().language
    return setting if setting in ("ko", "en") else system_language()


def language() -> str:
    """The language the running command speaks (``--lang`` on the group, …)."""
    ctx = click.get_current_context(silent=True)
    obj = (ctx.find_root().obj or {}) if ctx else {}
    if not isinstance(obj, dict):
        obj = {}
    return obj.get("lang") or root_language(ctx) or choose_language(None)


def echo_text(text: Text, *, err: bool = False) -> None:
    """Print a catalogue message in the command's language."""
    click.echo(text.message(language()), err=err)


def say_tidied(tidied: Iterable[Tidied]) -> None:
    """Each value stored otherwise than given (``domain.tidying``), one notice a value
    on standard error."""
    for t in tidied:
        echo_text(say("cli.notice", message=say("cli.tidy_stored", line=t.text())),
                  err=True)


def report_user_error(exc: BaseException) -> None:
    lang = language()
    if isinstance(exc, ValidationError):
        n = len(exc.errors)
        head = exc.context_in(lang) or say("cli.invalid_default").message(lang)
        echo_text(say("cli.invalid_head", context=head, count=n), err=True)
        for e in exc.errors[:MAX_ERROR_LINES]:
            click.echo(f"  {e.message(lang)}", err=True)
        if n > MAX_ERROR_LINES:
            echo_text(say("cli.more", count=n - MAX_ERROR_LINES), err=True)
        return
    message = (exc.message(lang) if isinstance(exc, OfficerDeskError)
               else reason(exc).message(lang))
    echo_text(say("cli.error", message=message), err=True)


def report_internal_error(exc: BaseException) -> None:
    summary = f"{type(exc).__name__}: {exc}"
    try:
        path = write_log(exc)
    except OSError as log_error:
        echo_text(say("cli.internal_error_no_log", summary=summary, detail=reason(log_error)),
                  err=True)
        return
    echo_text(say("cli.internal_error", summary=summary, path=path), err=True)


def _os_error(exc: OSError) -> OfficerDeskError:
    if exc.filename:
        return OfficerDeskError(say("file.cannot_read", path=exc.filename,
                                    detail=reason(exc)))
    return OfficerDeskError(say("file.os_problem", detail=reason(exc)))


#: The order commands are listed in the help: by job, most used first.
COMMAND_ORDER = (
    "gui", "init", "add", "update", "attach", "delete", "undelete", "list", "show", "history",
    "search", "deadlines", "calendar", "dashboard", "brief", "export", "import", "package",
    "merge", "conflicts", "keys", "backup", "backups", "restore", "encrypt", "decrypt",
    "passphrase", "recovery-key", "fields", "check", "demo",
)


#: The module defining each command, imported when the command is first asked for:
#: ``officer-desk gui`` then waits for none of the others' imports (the briefs' PDF and
#: Excel writers, the sync's cryptography …), about a third of the window's start.
COMMAND_MODULES = {
    "gui": "commands_gui",
    "init": "commands_db", "demo": "commands_db", "check": "commands_db",
    "add": "commands_records", "update": "commands_records", "delete": "commands_records",
    "undelete": "commands_records", "attach": "commands_records",
    "export": "commands_records",
    "list": "commands_view", "show": "commands_view", "history": "commands_view",
    "search": "commands_find", "deadlines": "commands_find", "dashboard": "commands_find",
    "calendar": "commands_calendar",
    "brief": "commands_brief", "import": "commands_import", "fields": "commands_fields",
    "package": "commands_sync", "merge": "commands_sync", "keys": "commands_keys",
    "conflicts": "commands_sync",
    "backup": "commands_backup", "backups": "commands_backup",
    "restore": "commands_backup",
    "encrypt": "commands_encryption", "decrypt": "commands_encryption",
    "passphrase": "commands_encryption", "recovery-key": "commands_encryption",
}


def load_commands(*names: str) -> None:
    """Import the modules of the commands ``names`` (none named: of every command),
    which registers them on the group."""
    wanted = names or tuple(COMMAND_MODULES)
    for module in dict.fromkeys(COMMAND_MODULES[n] for n in wanted if n in COMMAND_MODULES):
        importlib.import_module(f"officer_desk.cli.{module}")


class DeskGroup(HelpInLanguage, click.Group):
    """A click group that turns exceptions into the exit statuses promised above, and
    imports a command's module only when the command is asked for.

    Its help, its commands' and click's usage errors are in the run's language
    (``help_text``, ``usage_errors``), decided from the arguments before click parses
    them (``--help`` is written while parsing)."""

    context_class = DeskContext
    command_class = DeskCommand
    group_class = DeskSubgroup

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        if parent is not None:
            return super().make_context(info_name, args, parent, **extra)
        lang = choose_language(argument_language(args))
        try:
            return super().make_context(info_name, args, parent, language=lang, **extra)
        except click.UsageError as e:
            raise in_language(e, lang) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The list's lines come from the catalogue: ``--help`` imports no command module.
        names = list(dict.fromkeys((*COMMAND_ORDER, *sorted(COMMAND_MODULES),
                                    *sorted(self.commands))))
        lang = root_language(ctx) or "en"
        limit = formatter.width - 6 - max(len(n) for n in names)
        write_commands(formatter, command_rows(self, ctx, names, lang, limit), lang)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            load_commands(cmd_name)
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        load_commands()
        known = [name for name in COMMAND_ORDER if name in self.commands]
        return known + sorted(set(self.commands) - set(known))

    def invoke(self, ctx: click.Context) -> Any:
        with interrupts.noticed():
            return self._invoke(ctx)

    def _invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as e:
            raise in_language(e, language()) from None
        except click.Abort:
            if language() != "ko":
                raise
            echo_text(say("usage.aborted"), err=True)
            ctx.exit(EXIT_USER_ERROR)
        except KeyboardInterrupt:  # Ctrl+C while a command works (click: "Aborted!")
            _interrupted(ctx)
        except (click.exceptions.Exit, click.ClickException):
            raise
        except Exception as e:
            if interrupts.received():  # Ctrl+C that SQLite turned into its own error
                _interrupted(ctx)
            ctx.exit(report_exception(e))


def _interrupted(ctx: click.Context) -> NoReturn:
    """Say the command was interrupted ("Aborted!", as click says it) and exit 1."""
    click.echo(err=True)  # the line the terminal's ^C was left on
    if language() != "ko":
        raise click.Abort()
    echo_text(say("usage.aborted"), err=True)
    ctx.exit(EXIT_USER_ERROR)


def report_exception(exc: BaseException) -> int:
    """Tell the person what ``exc`` means (a problem of their world, or our bug with
    its log); the exit status that says which."""
    if isinstance(exc, OfficerDeskError):
        report_user_error(exc)
        return EXIT_USER_ERROR
    if isinstance(exc, BrokenPipeError):
        # The reader went away (``| head``): stop quietly.
        _silence_stdout()
        return EXIT_USER_ERROR
    if isinstance(exc, OSError):
        report_user_error(_os_error(exc))
        return EXIT_USER_ERROR
    if isinstance(exc, cipher.ERRORS) and any(
            word in str(exc).lower() for word in _SQLITE_WORLD):
        report_user_error(translate(exc))
        return EXIT_USER_ERROR
    report_internal_error(exc)
    return EXIT_INTERNAL_ERROR


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


# -- shared option types and helpers --------------------------------------------------

class KindType(click.ParamType):
    """A record kind by table name or alias (``dispute``, ``follow-ups``, …)."""

    name = "KIND"

    def __init__(self, *, allow_all: bool = False) -> None:
        self.allow_all = allow_all

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> RecordKind | str:
        if isinstance(value, RecordKind):
            return value
        if self.allow_all and str(value).strip().lower() == "all":
            return "all"
        try:
            return kind_named(str(value))
        except KeyError:
            self.fail(unknown_kind(value), param, ctx)


def unknown_kind(name: Any) -> str:
    """Why ``name`` is not a record kind, in the command's language."""
    from officer_desk.domain.kinds import KINDS

    known = ", ".join(k.name for k in KINDS)
    return say("out.unknown_kind", name=str(name), known=known).message(language())


class DateType(click.ParamType):
    """A date as YYYY-MM-DD (2024.3.1 and 2024/03/01 are accepted too)."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> dt.date:
        parsed = parse_date(value)
        if parsed is None:
            self.fail(say("cli.not_a_date", value=value).message(language()), param, ctx)
        if not FIRST_DAY <= parsed <= LAST_DAY:
            self.fail(say("cli.date_out_of_range", value=parsed.isoformat(),
                          first=FIRST_DAY.year, last=LAST_DAY.year).message(language()),
                      param, ctx)
        return parsed


KIND = KindType()
KIND_OR_ALL = KindType(allow_all=True)
DATE = DateType()
#: A number of days counted from a date: a hundred years at most (past it, a day after
#: 9999-12-31 would be asked for, an OverflowError, not an answer).
DAYS = click.IntRange(min=0, max=36_500)
LANG = click.Choice(["ko", "en"])


def _command_language(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    return value or language()


def lang_option(f: Any) -> Any:
    return click.option(
        "--lang", type=LANG, default=None, callback=_command_language,
        help="Language of titles and labels (ko: Korean, en: English); default: the "
             "language of the command line (officer-desk --lang).",
    )(f)


def json_option(f: Any) -> Any:
    return click.option("--json", "as_json", is_flag=True,
                        help="Print JSON instead of a table.")(f)


def db_argument(f: Any) -> Any:
    """The DB argument; an encrypted one's passphrase is asked at once
    (``cli.passphrase``)."""
    from officer_desk.cli.passphrase import unlock_callback

    return click.argument("db", type=click.Path(dir_okay=False, path_type=Path),
                          callback=unlock_callback)(f)


def open_db(ctx: click.Context, path: Path, *, reading: bool = False) -> Desk:
    """Open the case log at ``path``; it is closed when the command ends.

    ``reading``: the command only reads, so a file another program has open for writing
    (the window, say) is read read-only instead of refusing the command.
    """
    actor = (ctx.find_root().obj or {}).get("actor")
    try:
        desk = open_desk(path, actor=actor, lock_wait=0 if reading else None)
    except DatabaseInUse:
        if not reading:
            raise
        desk = open_desk(path, actor=actor, readonly=True)
    ctx.call_on_close(desk.close)
    show_notices(desk)
    if desk.readonly:
        return desk
    try:
        backups.start_backup(desk)
    except OfficerDeskError as e:  # a full disk must not stop a command that only reads
        echo_text(say("cli.warning_no_backup", message=e.message(language())), err=True)
    return desk


def arg(path: Path | str) -> str:
    """A path as a command line argument (quoted when it holds a space)."""
    text = str(path)
    return f'"{text}"' if any(c.isspace() for c in text) else text


def show_notices(desk: Desk) -> None:
    """What opening the desk found that a person must know (an older copy of the file),
    on standard error: it is said once, when it is found."""
    for notice in desk.notices:
        echo_text(say("cli.notice", message=notice.message(language())), err=True)
        if notice.key == "desk.older_copy":
            echo_text(say("cli.older_copy_hint",
                          command=f"officer-desk keys {arg(desk.path)} show"), err=True)


def read_input(source: str) -> str:
    """The UTF-8 text of a file, or of standard input for ``-``."""
    if source == "-":
        name = say("file.standard_input")
        stream = getattr(sys.stdin, "buffer", None)
        data = (read_stream(stream, str(name), JSON_INPUT_BYTES) if stream is not None
                else sys.stdin.read().encode("utf-8"))
    else:
        try:
            data = read_at_most(Path(source), JSON_INPUT_BYTES)
        except OSError as e:
            raise OfficerDeskError(say("file.cannot_read", path=source,
                                       detail=reason(e))) from e
        name = source
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise OfficerDeskError(say("file.not_utf8", name=name, detail=e.reason,
                                   at=e.start)) from e


def fail(message: str | Text) -> NoReturn:
    raise OfficerDeskError(message)


def _actor_name(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--actor as recorded in history: a blank name, a control character or a very long
    name is a usage error (the window passes on the name of a log it has open); a name
    recorded otherwise than given (spaces at its ends) is said first."""
    try:
        name = person_name(value)
    except OfficerDeskError as e:
        raise click.BadParameter(e.message(language()), ctx, param) from e
    said = name_tidied("--actor", value)
    if said is not None and not ctx.resilient_parsing:
        echo_text(say("cli.notice", message=said), err=True)
    return name


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """``officer-desk --version``: the About box's text (officer_desk.about)."""
    if not value or ctx.resilient_parsing:
        return
    from officer_desk.about import about_lines

    lang = choose_language(ctx.params.get("lang"))
    click.echo(f"officer-desk {__version__}")
    for line in about_lines()[1:]:
        click.echo(line.message(lang))
    ctx.exit(0)


# -- the group ------------------------------------------------------------------------

EPILOG = """\b
Examples:
  officer-desk init us.sqlite --post US --officer 김영희
  officer-desk add us.sqlite dispute --json dispute.json
  officer-desk list us.sqlite disputes --where stage=filed
  officer-desk search us.sqlite 한빛
  officer-desk deadlines us.sqlite --days 30

Run any command with --help for its options and an example.
"""


@click.group(
    cls=DeskGroup, invoke_without_command=True, epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option("--lang", type=LANG, default=None, is_eager=True,  # before --version
              help="Language of messages, notices and summaries (ko: Korean, en: English); "
                   "default: the language in the settings, else the system's (LANG).")
@click.option("--actor", metavar="NAME", callback=_actor_name,
              help="Who is making the changes (recorded in each record's history); "
                   "default: the officer the database was set up for.")
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=_print_version,
              help="Show the version, the data folder, the database schema and the "
                   "licences of the bundled components, and exit.")
@click.pass_context
def cli(ctx: click.Context, lang: str | None, actor: str | None) -> None:
    """Officer Desk: the case log of Korea's overseas patent officers.

    Log disputes, engagements with local authorities, trend notes, companies,
    conferences and follow-ups in a local SQLite file, fully offline; find them, watch
    deadlines and export them. Each command takes the database file (DB) first.

    Run without a command, it opens your database (or the demo database) and shows
    an overview.
    """
    ctx.ensure_object(dict)
    ctx.obj["actor"] = actor
    ctx.obj["lang"] = choose_language(lang)
    problem = user_settings.load().problem
    if problem is not None and ctx.invoked_subcommand is not None:  # the overview says it
        click.echo(problem.message(ctx.obj["lang"]), err=True)
    if ctx.invoked_subcommand is None:
        from officer_desk.cli.default import run_default

        run_default(ctx)
