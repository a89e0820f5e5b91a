"""The page the window was last closed on, kept where the command line reads it
before anything of Qt is imported.

The window keeps its layout, the page included, in Qt's settings (``gui.window_layout``),
which only QtCore can read, about a tenth of a second into the start. The dashboard's
early read (``services.early_read``) is worth starting only for a window that opens on
the dashboard, and the sooner the better; so the window also writes the page's name to a
small file of its own in the settings folder, and ``officer-desk gui`` reads it first. It
is only a hint: missing or unreadable, the command asks Qt's settings as before; wrong,
a read is started for nothing or the dashboard reads for itself. No data depends on it.
"""

from __future__ import annotations

import os
from pathlib import Path

from officer_desk import config

FILE_NAME = "start-page"
#: A page's name is a short identifier (``dashboard``, ``list_disputes`` …).
LONGEST = 64


def hint_path() -> Path:
    return config.config_dir(create=False) / FILE_NAME


def read() -> str | None:
    """The page the window was last closed on; None when not known."""
    try:
        text = hint_path().read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not text or len(text) > LONGEST or not text.replace("_", "").isalnum():
        return None
    return text


def write(page: str) -> None:
    """Remember ``page`` (the window is closing on it); a failure only loses the hint."""
    path = hint_path()
    tmp = path.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(page + "\n", encoding="ascii")
        os.replace(tmp, path)
    except (OSError, UnicodeEncodeError):
        tmp.unlink(missing_ok=True)
