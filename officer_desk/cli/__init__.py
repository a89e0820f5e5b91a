"""The ``officer-desk`` command line: thin commands over ``officer_desk.services``.

``main`` is the console-script entry point (also behind ``python -m officer_desk`` and
``python main.py``); ``cli`` is the click group, for tests and embedding.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence
from typing import Any

from officer_desk.cli.window_start import start_window, window_arguments

__all__ = ["cli", "main"]


def __getattr__(name: str) -> Any:
    # The click group is imported when asked for, not for the window's start
    # (``window_start``). A command's module is imported (registering it on the
    # group) when the command is first asked for: ``app.COMMAND_MODULES``.
    if name == "cli":
        from officer_desk.cli.app import cli

        return cli
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _utf8_streams() -> None:
    """Korean text must survive a console or pipe whose encoding is not UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line with ``argv`` (default: the process's arguments) and exit."""
    _utf8_streams()
    args = list(argv) if argv is not None else sys.argv[1:]
    window = window_arguments(args)
    if window is not None:
        raise SystemExit(_open_window(window.db, window.actor, window.lang,
                                      window.screenshot))
    from officer_desk.cli.app import cli

    cli.main(args=args, prog_name="officer-desk")


def _open_window(db: Any, actor: str | None, lang: str | None, screenshot: Any) -> int:
    """The window, started without click; a failure before it opens is reported as
    the commands report theirs, with their exit statuses."""
    try:
        return start_window(db, actor=actor, lang=lang, screenshot=screenshot)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as e:
        import click

        from officer_desk.cli.app import cli, report_exception

        # said in the --lang given (no click command runs to carry it: without this the
        # settings' language was used, whatever --lang said)
        with click.Context(cli, obj={"lang": lang}):
            return report_exception(e)
