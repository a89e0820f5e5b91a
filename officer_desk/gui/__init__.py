"""The desk window: the only package that imports PySide6.

The layers under the window are imported here, before any PySide6 module. PySide6
hooks every import that follows its own and reads the imported module's source file,
looking for PySide6 use; for the seventy modules the window's start needs that was
about 50 ms of a 300 ms start. Modules imported before PySide6 are not read.
Those the window needs only when asked (backups, restore, import, sync …) are left to
be imported then; the dashboard's services are imported here only by a start on the
dashboard (``cli.window_start``), not by one on a list.
"""

import locale  # noqa: F401
import logging  # noqa: F401

from officer_desk import errorlog, fonts, settings  # noqa: F401
from officer_desk.services import (  # noqa: F401
    conflicts,
    desk,
    display,
    import_log,
    queries,
    records,
)
