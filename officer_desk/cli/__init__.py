"""The ``officer-desk`` command line: thin commands over ``officer_desk.services``.

``main`` is the console-script entry point (also behind ``python -m officer_desk`` and
``python main.py``); ``cli`` is the click group, for tests and embedding.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence

# Importing the command modules registers their commands on the group.
from officer_desk.cli import (  # noqa: F401
    commands_backup,
    commands_brief,
    commands_db,
    commands_fields,
    commands_find,
    commands_gui,
    commands_import,
    commands_records,
    commands_sync,
    commands_view,
)
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
