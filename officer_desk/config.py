"""Where the program keeps its files, and this installation's identity.

``OFFICER_DESK_HOME`` (an environment variable) puts every folder below one directory:
tests use it, and so can a portable install. Otherwise the folders are the platform's
usual ones (platformdirs).

The machine id identifies this computer's copy of the program. Each database records
the machine it was set up on; a database file copied to a second computer (office PC
and travel laptop) gets an installation id of its own there, so the merge can tell
the two copies' changes apart (see ``services.desk``).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import platformdirs

APP_NAME = "OfficerDesk"


def _home() -> Path | None:
    value = os.environ.get("OFFICER_DESK_HOME")
    return Path(value) if value else None


def data_dir(*, create: bool = True) -> Path:
    """The data folder (made if missing, unless ``create`` is false: ``--version``)."""
    home = _home()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir(*, create: bool = True) -> Path:
    """The settings folder (made if missing, unless ``create`` is false)."""
    home = _home()
    path = (
        home / "config" if home
        else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def demo_database_path() -> Path:
    return data_dir() / "demo.officerdesk.sqlite"


def machine_id() -> str:
    """This computer's (this user's) stable id, created on first use."""
    path = config_dir() / "machine-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        return str(uuid.UUID(value))
    except (OSError, ValueError, UnicodeDecodeError):
        pass
    value = str(uuid.uuid4())
    tmp = path.with_suffix(".tmp")
    tmp.write_text(value + "\n", encoding="ascii")
    os.replace(tmp, path)
    return value
