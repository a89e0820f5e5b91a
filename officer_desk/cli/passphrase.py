"""Asking an encrypted case log's passphrase on the command line.

A command whose DB is encrypted asks its passphrase once, before anything else runs
(hidden, at the terminal), or takes it from ``OFFICER_DESK_PASSPHRASE`` — for scripts,
and weaker: other programs of the same user can read a process's environment
(docs/encryption.md). With ``OFFICER_DESK_PASSPHRASE_STDIN=1`` it reads the first line
of standard input instead: how the window hands an encrypted log's key to the command it
starts (the kept calendar file), without it showing in any process's arguments or
environment. The passphrase is checked by opening the file read-only: a wrong
one is said so and nothing is written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import say
from officer_desk.storage import cipher

ENV = "OFFICER_DESK_PASSPHRASE"
#: the new passphrase of ``officer-desk passphrase``, for scripts
NEW_ENV = "OFFICER_DESK_NEW_PASSPHRASE"
#: "1": the passphrase (or recovery key) is the first line of standard input
STDIN_ENV = "OFFICER_DESK_PASSPHRASE_STDIN"


def language() -> str:
    from officer_desk.cli import app

    return app.language()


def prompt(text: str, *, confirm: bool = False, path: Path) -> str:
    """The passphrase typed (hidden); ``confirm``: typed twice, the same (asked again,
    in the command line's language, until it is: click would say it in English)."""
    hide = language() != "ko" or can_hide_input()
    if not hide:  # Python's getpass would warn in English: the same warning, in Korean
        click.echo(say("cipher.input_may_show").message(language()), err=True)
    try:
        while True:
            passphrase = click.prompt(text, hide_input=hide, err=True)
            if not confirm or click.prompt(say("cipher.prompt_again").message(language()),
                                           hide_input=hide, err=True) == passphrase:
                return passphrase
            click.echo(say("usage.entries_differ").message(language()), err=True)
    except click.Abort:
        if sys.stdin is not None and sys.stdin.isatty():
            raise  # Ctrl+D or Ctrl+C at the terminal: broken off (usage.aborted)
        raise OfficerDeskError(say("cipher.no_prompt", path=path)) from None


def can_hide_input() -> bool:
    """Whether ``getpass`` finds a terminal to read a hidden passphrase from. Without
    one it reads standard input as it is, after printing (in English) that the input
    may be seen; ``prompt`` then says so itself in a Korean session."""
    if sys.platform == "win32":
        return sys.stdin is sys.__stdin__  # what getpass.win_getpass checks
    if sys.stdin is not None and sys.stdin.isatty():
        return True
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)  # what getpass.unix_getpass opens
    except OSError:
        return False
    os.close(fd)
    return True


def unlock(path: Path) -> None:
    """Make the passphrase of the encrypted log (or backup) at ``path`` known to this
    process; nothing happens for a plain file or one that does not exist."""
    if not cipher.is_encrypted_file(path) or not cipher.available():
        return
    if cipher.known_key_opens(path):  # a second argument, a backup of the same log
        return
    passphrase = os.environ.get(ENV)
    if passphrase is None and os.environ.get(STDIN_ENV) == "1":
        passphrase = from_stdin(path)
    if passphrase is None:
        passphrase = prompt(say("cipher.prompt", path=path).message(language()), path=path)
    cipher.check_passphrase(path, passphrase)  # WrongPassphrase: said, nothing written
    cipher.remember_secret(passphrase)  # a passphrase, or a printed recovery key


def from_stdin(path: Path) -> str:
    """The first line of standard input, without its line end (refused when empty)."""
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise OfficerDeskError(say("cipher.no_stdin_passphrase", path=path))
    return line


def ask_new(path: Path) -> str:
    """A new passphrase for ``path``: from the environment, or asked twice."""
    passphrase = os.environ.get(ENV)
    if passphrase is None:
        passphrase = prompt(say("cipher.prompt_new", path=path).message(language()),
                             confirm=True, path=path)
    if not passphrase:
        raise OfficerDeskError(say("cipher.empty_passphrase"))
    return passphrase


def unlock_callback(ctx: click.Context, param: click.Parameter, value: Path | None
                    ) -> Path | None:
    """A click callback for a DB argument: unlock it when it is encrypted."""
    if value is not None and not ctx.resilient_parsing:
        unlock(Path(value))
    return value
