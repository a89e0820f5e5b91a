"""The log file where unexpected errors (our bugs) are written with their traceback.

The command line and the window both point the user at it instead of showing a raw
traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from pathlib import Path

from officer_desk import __version__, config


def log_path() -> Path:
    return config.data_dir() / "logs" / "officer-desk.log"


def write_log(exc: BaseException) -> Path:
    """Append the traceback of an unexpected exception to the log; returns its path."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    details = "".join(traceback.format_exception(exc))
    with path.open("a", encoding="utf-8") as f:
        f.write(f"--- {stamp} officer-desk {__version__} pid {os.getpid()}\n")
        f.write(f"command: {' '.join(sys.argv)}\n{details}\n")
    return path
