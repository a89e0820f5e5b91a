"""click's usage errors in the language of the command line (issue 13).

click explains a mistyped command line itself (``Error: Missing argument 'DB'.``) in
English. The group catches the ``click.UsageError`` it raises and, in Korean, raises
:class:`UsageInLanguage` instead: a ``UsageError`` (exit status 2, shown by click's own
``main`` as any other) whose ``show`` says the same in Korean, from the catalogue
(``usage.*`` in ``domain.messages.cli_help``). In English the error is click's, as it
always was.

What is said is rebuilt from the exception's attributes (the parameter, the option's
name, the close matches); the values click's own parameter types refuse are read from
click's English sentence (its translators' message ids), the one place the words of a
message are looked at.
"""

from __future__ import annotations

import re
from typing import IO, Any

import click

from officer_desk.domain.messages import say

#: click's sentences for a value its own parameter types refuse -> our message id.
_REFUSED_VALUES = (
    (re.compile(r"^(?P<value>.+) is not one of (?P<choices>.+)\.$", re.S), "usage.not_one_of"),
    (re.compile(r"^(?P<value>.+) is not (?P<choices>'[^']*')\.$", re.S), "usage.not_one_of"),
    (re.compile(r"^(?P<value>.+) is not in the range (?P<range>.+)\.$", re.S),
     "usage.not_in_range"),
    (re.compile(r"^(?P<value>.+) is not a valid (?:integer|float)(?: range)?\.$", re.S),
     "usage.not_a_number"),
    (re.compile(r"^(?:File|Directory|Path) (?P<path>.+) does not exist\.$", re.S),
     "usage.path_missing"),
    (re.compile(r"^(?:File|Directory|Path) (?P<path>.+) is a file\.$", re.S),
     "usage.path_is_file"),
    (re.compile(r"^(?:File|Directory|Path) (?P<path>.+) is a directory\.$", re.S),
     "usage.path_is_directory"),
    (re.compile(r"^(?:File|Directory|Path) (?P<path>.+) is not readable\.$", re.S),
     "usage.path_not_readable"),
    (re.compile(r"^(?:File|Directory|Path) (?P<path>.+) is not writable\.$", re.S),
     "usage.path_not_writable"),
)
_TAKES_NO_VALUE = re.compile(r"^Option .+ does not take a value\.$", re.S)
_NEEDS_VALUES = re.compile(r"^Option .+ requires (?P<count>\d+) arguments\.$", re.S)
_NEEDS_VALUE = re.compile(r"^Option .+ requires an argument\.$", re.S)
_EXTRA_ARGUMENTS = re.compile(r"^Got unexpected extra arguments? \((?P<args>.*)\)$", re.S)
_NO_SUCH_COMMAND = re.compile(r"^No such command (?P<name>.+)\.$", re.S)


def in_language(exc: click.UsageError, lang: str) -> click.UsageError:
    """``exc`` as it is to be shown in ``lang``: itself in English."""
    if lang != "ko" or isinstance(exc, UsageInLanguage):
        return exc
    return UsageInLanguage(exc, lang)


class UsageInLanguage(click.UsageError):
    """A usage error shown in a language other than click's English."""

    def __init__(self, original: click.UsageError, lang: str) -> None:
        super().__init__(message_of(original, lang), original.ctx)
        self.original = original
        self.lang = lang

    def show(self, file: IO[Any] | None = None) -> None:
        ctx = self.ctx
        color = ctx.color if ctx is not None else None
        if ctx is not None:
            hint = ""
            if ctx.command.get_help_option(ctx) is not None:
                names = ctx.command.get_help_option_names(ctx)
                hint = say("usage.try_help", command=ctx.command_path,
                           option=max(names, key=len)).message(self.lang) + "\n"
            click.echo(f"{ctx.get_usage()}\n{hint}", file=file, err=file is None,
                       color=color)
        click.echo(say("usage.error", message=self.message).message(self.lang), file=file,
                   err=file is None, color=color)


def message_of(exc: click.UsageError, lang: str) -> str:
    """What ``exc`` says, in ``lang``."""
    if isinstance(exc, click.MissingParameter):
        return _missing(exc, lang)
    if isinstance(exc, click.BadParameter):
        detail = _refused_value(exc.message, lang)
        hint = _hint(exc)
        if hint is None:
            return say("usage.invalid_value_bare", message=detail).message(lang)
        return say("usage.invalid_value", hint=hint, message=detail).message(lang)
    if isinstance(exc, click.NoSuchOption):
        text = say("usage.no_such_option", name=exc.option_name).message(lang)
        return text + _did_you_mean(exc.possibilities, lang)
    command_name = getattr(exc, "command_name", None)  # click.NoSuchCommand (8.4)
    if command_name is not None:
        text = say("usage.no_such_command", name=command_name).message(lang)
        return text + _did_you_mean(getattr(exc, "possibilities", None), lang)
    if isinstance(exc, click.BadOptionUsage):
        return _bad_option_usage(exc, lang)
    message = exc.format_message()
    found = _EXTRA_ARGUMENTS.match(message)
    if found:
        return say("usage.extra_arguments", args=found["args"]).message(lang)
    found = _NO_SUCH_COMMAND.match(message)
    if found:
        return say("usage.no_such_command", name=found["name"].strip("'")).message(lang)
    if message == "Missing command.":
        return say("usage.missing_command").message(lang)
    return message  # ours (``click.UsageError(say(...).message(lang))``)


def _hint(exc: click.BadParameter) -> str | None:
    hint = exc.param_hint
    if hint is None and exc.param is not None:
        hint = exc.param.get_error_hint(exc.ctx) if exc.ctx is not None else None
        if hint is None:
            hint = exc.param.name
    if hint is None:
        return None
    if not isinstance(hint, str):
        hint = " / ".join(repr(h) for h in hint)
    return hint


def _missing(exc: click.MissingParameter, lang: str) -> str:
    hint = _hint(exc) or ""
    kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else None)
    key = {"argument": "usage.missing_argument",
           "option": "usage.missing_option"}.get(kind or "", "usage.missing_parameter")
    text = say(key, hint=hint).message(lang)
    choices = getattr(exc.param.type, "choices", None) if exc.param is not None else None
    if choices:
        text += " " + say("usage.choose_from", choices=", ".join(map(str, choices))
                          ).message(lang)
    return text


def _refused_value(message: str, lang: str) -> str:
    for pattern, key in _REFUSED_VALUES:
        found = pattern.match(message)
        if found:
            return say(key, **found.groupdict()).message(lang)
    return message  # ours (KIND, DATE), already in the language


def _did_you_mean(possibilities: Any, lang: str) -> str:
    if not possibilities:
        return ""
    shown = ", ".join(sorted(possibilities))
    return " " + say("usage.did_you_mean", possibilities=shown).message(lang)


def _bad_option_usage(exc: click.BadOptionUsage, lang: str) -> str:
    """An option given without its value (or values), or a flag given one."""
    name = exc.option_name
    if _TAKES_NO_VALUE.match(exc.message):
        return say("usage.takes_no_value", name=name).message(lang)
    found = _NEEDS_VALUES.match(exc.message)
    if found:
        return say("usage.needs_values", name=name, count=int(found["count"])).message(lang)
    if _NEEDS_VALUE.match(exc.message):
        return say("usage.needs_value", name=name).message(lang)
    return exc.message
