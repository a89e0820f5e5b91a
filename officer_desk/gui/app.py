"""Starting the window: the Qt application, the Korean font, then the session (the
case log opened, or the welcome screen)."""

from __future__ import annotations

import gc
import locale
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from officer_desk import settings as user_settings
from officer_desk.gui import crash
from officer_desk.gui.collector import collect_on_gui_thread
from officer_desk.gui.session import Session, open_or_offer_read_only  # noqa: F401
from officer_desk.gui.start_page import APPLICATION, ORGANIZATION
from officer_desk.gui.texts import use_language
from officer_desk.gui.window_layout import remembered_page

if TYPE_CHECKING:
    from officer_desk.fonts import KoreanFont

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication of the process (made on first use)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("officer-desk")  # Wayland: the .desktop file of the bundle
    collect_on_gui_thread(app)
    return app  # type: ignore[return-value]


class _AfterFirstPaint(QObject):
    """An event filter on one window: once it is first painted, ``then()`` is called
    from the event loop (after the paint of its widgets, which follows its own)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.then = window, then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
            self.deleteLater()
        return False


def give_icon_after_first_paint(app: QApplication, window: QWidget | None) -> None:
    """Give the windows their icon once ``window`` has been painted (now, when there
    is no window).

    The checkout's icon is an SVG: reading it loads Qt's SVG icon engine (a plug-in
    and its library), about a tenth of a bare window's start, and the first frame
    does not show it (the window manager's title bar and task bar take it when set).
    Only the window's own events are watched: a filter on the application would see
    every event of the start, each through Python."""

    def give() -> None:
        icon = window_icon()
        if icon is not None:
            app.setWindowIcon(icon)

    if window is None:
        give()
    else:
        window.installEventFilter(_AfterFirstPaint(window, give))


#: The icon: in the bundle (packaging/officer-desk.spec), else the source checkout's.
ICONS = (Path(__file__).resolve().parents[1] / "resources" / "officer-desk.png",
         Path(__file__).resolve().parents[2] / "resources" / "officer-desk.svg")


def window_icon() -> QIcon | None:
    for path in ICONS:
        if path.is_file():
            icon = QIcon(str(path))
            if not icon.isNull():
                return icon
    return None


def use_korean_font(app: QApplication, setting: str | None = None) -> str | None:
    """Register the resolved Korean TrueType font and make it the window's font.

    ``setting`` is the user's font setting (a file or folder; None or empty: found
    automatically). Returns the family, or None (with a logged reason) when none could be found: Qt
    then falls back on the system's fonts, which may lack Hangul.
    """
    from officer_desk.fonts import FontProblem, resolve_korean_font

    try:
        font = resolve_korean_font(setting or None)
    except FontProblem as e:
        log.warning("no Korean font: %s", e)
        return None
    if _known_to_the_system(font):
        # the operating system's font database has it (with its bold): asking by
        # name spares reading both files into the application's (the first paint
        # reads the system's anyway)
        app.setFont(QFont(font.family, app.font().pointSize()))
        return font.family
    font_id = QFontDatabase.addApplicationFont(str(font.regular))
    if font.bold is not None:
        QFontDatabase.addApplicationFont(str(font.bold))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("Qt could not load %s", font.regular)
        return None
    base = app.font()
    app.setFont(QFont(families[0], base.pointSize()))
    return families[0]


def _known_to_the_system(font: KoreanFont) -> bool:
    """Whether ``font`` is one of the operating system's (not a file the person set,
    nor the bundle's) and Qt's font database knows its family."""
    from officer_desk.fonts import SYSTEM_SOURCES

    return (font.source in SYSTEM_SOURCES and bool(font.family)
            and QFontDatabase.hasFamily(font.family))


def keep_early_read_for(page: str | None) -> None:
    """Cancel the dashboard's read started with the process (``early_read``) unless
    the window opens on the dashboard (the page it was closed on, or the first)."""
    if page not in (None, "dashboard"):
        _cancel_early_read()


def _cancel_early_read() -> None:
    """Cancel the dashboard's read started with the process, if one was (the module
    is imported only by a start that began one)."""
    early_read = sys.modules.get("officer_desk.services.early_read")
    if early_read is not None:
        early_read.cancel()


def _say_in_window(session: Session, text: str) -> None:
    """Show ``text`` in the window's problem bar, after what it already says."""
    window = session.window
    if window is None or not hasattr(window, "show_problem"):
        return
    bar = getattr(window, "problem_bar", None) or getattr(window, "notice", None)
    shown = bar.text() if bar is not None and not bar.isHidden() else ""
    window.show_problem(f"{shown}\n\n{text}" if shown else text)


def default_language() -> str:
    language = (locale.getlocale()[0] or "").lower()
    return "ko" if language.startswith("ko") else "en"


def window_language(lang: str | None, setting: str | None) -> str:
    """The explicit choice, else the setting, else the system's language."""
    return lang or setting or default_language()


def run(path: str | Path | None = None, *, actor: str | None = None,
        lang: str | None = None, screenshot: str | Path | None = None) -> int:
    """Open the window on the database at ``path``; returns the exit status.

    Without ``path``: the database opened last (the settings); on the first start the
    demo database (``Session.start``). When the one opened last cannot be opened, the
    welcome screen (with the reason): New case log…, Open…, the demo, the files opened
    last. Closing the window ends the program (status 0).
    ``screenshot``: save the first painted window there and quit (``gui.first_paint``).
    """
    app = application()
    keep_early_read_for(remembered_page(QSettings()))
    crash.install()
    settings = user_settings.load()
    if settings.problem:
        log.warning("%s", settings.problem)
    language = window_language(lang, settings.language)
    use_language(language)
    use_korean_font(app, settings.korean_font)
    session = Session(language, actor=actor)
    session.language_for = lambda setting: window_language(None, setting)
    session.start(path)
    if screenshot is not None and session.window is not None:
        from officer_desk.gui import first_paint

        first_paint.watch(app, session.window, screenshot)
    give_icon_after_first_paint(app, session.window)
    if settings.problem is not None:  # the defaults are in use: the person is told
        _say_in_window(session, settings.problem.message(language))
    _cancel_early_read()  # a read started for a dashboard the window did not open on
    # What the start made (modules, classes, the window) lives as long as the program:
    # the collector (``gui.collector``) need not look through it again and again.
    gc.freeze()
    try:
        return app.exec()
    finally:
        # Qt's objects go before Python's: left to the interpreter's shutdown, PySide6
        # can crash while collecting them
        session.close()
        # after exec() no event loop runs deferred deletes: run them now
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
