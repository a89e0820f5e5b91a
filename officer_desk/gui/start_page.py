"""Which page the window opens on, read before the window exists.

The window's layout (``window_layout``) keeps the page it was closed on in Qt's
settings; the dashboard's early read (``services.early_read``) asks here, in its own
thread and before the Qt application is made, so that a window opening on a list does
not pay for a dashboard read it will not show. Only QtCore is needed.
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
