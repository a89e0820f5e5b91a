"""The log file where unexpected errors (our bugs) are written with their traceback.

The command line and the window both point the user at it instead of showing a raw
traceback.

The log is a plain text file beside the settings, never encrypted, and it travels (a
person attaches it to a bug report). So it holds no field values (issue 15): only
where the error happened (the files, lines and functions of the program, and the
program's own source lines there) and the type of each exception. An exception's
message can carry a value (``invalid literal for int(): '<a claimed amount>'``,
``KeyError('<a company name>')``, SQLite's ``syntax error near "<a search term>"``), so
messages are left out, except SQLite's, with every quoted part masked, and an
operating-system error's number and text, without the file name. The command line is
written as the command and its option names, without their values.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from officer_desk import __version__, config

#: What stands for a left-out part.
LEFT_OUT = "…"
_QUOTED = re.compile(r"\"[^\"]*\"?|'[^']*'?")
_COMMAND = re.compile(r"[a-z][a-z-]{0,30}")
_SQLITE_MODULES = ("sqlite3", "sqlcipher3")


def log_path() -> Path:
    return config.data_dir() / "logs" / "officer-desk.log"


def write_log(exc: BaseException) -> Path:
    """Append the traceback of an unexpected exception to the log (without field
    values: ``redacted_traceback``); returns its path."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with path.open("a", encoding="utf-8") as f:
        f.write(f"--- {stamp} officer-desk {__version__} pid {os.getpid()}\n")
        f.write(f"command: {command_line(sys.argv)}\n{redacted_traceback(exc)}\n")
    return path


def command_line(argv: list[str]) -> str:
    """The program, its command and the option names given, without any value: a
    value, a file name or a search term could be confidential."""
    if not argv:
        return ""
    words = [Path(argv[0]).name]
    command_seen = False
    for arg in argv[1:]:
        if arg.startswith("-") and len(arg) > 1:
            name, sep, _ = arg.partition("=")
            words.append(name + (sep + LEFT_OUT if sep else ""))
        elif not command_seen and _COMMAND.fullmatch(arg):
            words.append(arg)
            command_seen = True
        else:
            command_seen = True
            words.append(LEFT_OUT)
    return " ".join(words)


def message(exc: BaseException) -> str:
    """What of ``exc``'s message may be logged (see the module's docstring)."""
    module = type(exc).__module__.split(".")[0]
    if module in _SQLITE_MODULES:
        return _QUOTED.sub(f'"{LEFT_OUT}"', str(exc))
    if isinstance(exc, OSError) and exc.errno is not None:
        return f"[Errno {exc.errno}] {exc.strerror or ''}".rstrip()
    return f"({LEFT_OUT} message left out: it may hold field values)"


def _chain(exc: BaseException) -> Iterator[tuple[BaseException, str]]:
    """``exc`` and the exceptions it came from, oldest first, each with the sentence
    Python writes before it (empty for the oldest)."""
    seen: set[int] = set()
    found: list[tuple[BaseException, str]] = []
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, (
                "The above exception was the direct cause of the following exception:")
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, (
                "During handling of the above exception, another exception occurred:")
        else:
            current = None
    # found[n + 1]'s sentence says how it led to found[n]: written between them
    for n in range(len(found) - 1, -1, -1):
        yield found[n][0], found[n + 1][1] if n + 1 < len(found) else ""


def _frames(tb: TracebackType | None) -> str:
    return "".join(traceback.StackSummary.extract(traceback.walk_tb(tb)).format())


def redacted_traceback(exc: BaseException) -> str:
    """``exc``'s traceback as Python writes it, with the messages left out."""
    parts: list[str] = []
    for item, link in _chain(exc):
        if link:
            parts.append(f"\n{link}\n\n")
        if item.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n" + _frames(item.__traceback__))
        kind = type(item)
        name = kind.__qualname__ if kind.__module__ == "builtins" else \
            f"{kind.__module__}.{kind.__qualname__}"
        parts.append(f"{name}: {message(item)}\n")
        for n, inner in enumerate(getattr(item, "exceptions", None) or (), start=1):
            if isinstance(inner, BaseException):  # an ExceptionGroup's members
                text = redacted_traceback(inner).replace("\n", "\n  | ")
                parts.append(f"  +-- {n} --\n  | {text}\n")
    return "".join(parts)
