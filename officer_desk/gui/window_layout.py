"""The main window's layout, remembered between starts (QSettings): geometry and state,
the navigation splitter and the page shown. Without settings (tests, scripts) nothing
is remembered and the window opens at 1280×800."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from officer_desk import start_page_hint
from officer_desk.gui.start_page import PAGE_KEY


def restore_layout(window: QMainWindow, splitter: QSplitter,
                   settings: QSettings | None) -> str | None:
    """Put back the window's geometry, state and splitter; returns the name of the page
    shown last (None: none remembered)."""
    geometry = settings.value("main/geometry") if settings is not None else None
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    if settings is None:
        return None
    state = settings.value("main/state")
    if state is not None:
        window.restoreState(state)
    split = settings.value("main/splitter")
    if split is not None:
        splitter.restoreState(split)
    return remembered_page(settings)


def remembered_page(settings: QSettings | None) -> str | None:
    """The name of the page shown last (None: none remembered)."""
    page = settings.value(PAGE_KEY) if settings is not None else None
    return str(page) if page is not None else None


def save_layout(window: QMainWindow, splitter: QSplitter, page_name: str,
                settings: QSettings | None) -> None:
    if settings is None:
        return
    settings.setValue("main/geometry", window.saveGeometry())
    settings.setValue("main/state", window.saveState())
    settings.setValue("main/splitter", splitter.saveState())
    settings.setValue(PAGE_KEY, page_name)
    start_page_hint.write(page_name)  # read by the next start before Qt is
