"""Which page the window opens on, read before the window exists.

The window's layout (``window_layout``) keeps the page it was closed on in Qt's
settings; the command line asks here before the Qt application is made (on the main
thread: a QSettings is a QObject, and Qt takes the thread of its first object for the
application's), and starts the dashboard's early read (``services.early_read``) only
for a window that opens on the dashboard. Only QtCore is needed.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

#: The application's names in Qt's settings (``app.application`` gives them to Qt).
ORGANIZATION, APPLICATION = "OfficerDesk", "Officer Desk"
PAGE_KEY = "main/page"


def opens_on_dashboard() -> bool:
    """Whether the window will open on the dashboard: it was closed there, or never."""
    page = QSettings(ORGANIZATION, APPLICATION).value(PAGE_KEY)
    return page is None or str(page) == "dashboard"
