"""The ``officer-desk`` command line: thin commands over ``officer_desk.services``.

``main`` is the console-script entry point (also behind ``python -m officer_desk`` and
``python main.py``); ``cli`` is the click group, for tests and embedding.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence

# A command's module is imported (registering it on the group) when the command is
# first asked for: ``app.COMMAND_MODULES``.
from officer_desk.cli.app import cli

__all__ = ["cli", "main"]


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
    cli.main(args=list(argv) if argv is not None else None, prog_name="officer-desk")
