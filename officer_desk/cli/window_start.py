"""Starting the window from the command line without the command line's machinery.

``officer-desk gui DB`` (and ``officer-desk`` alone on a desktop) is how an officer
opens the desk every morning, and what they wait for is the window's first paint.
click, the command group and the services every other command needs take about a
third of that wait, and the window needs none of them; so ``cli.main`` asks
``window_arguments`` first: when the arguments are only the window's (the global
``--lang``/``--actor``, ``gui``, a database, the ``gui`` command's ``--lang``), the
window starts from here. Anything else — ``--help``, a typo, another command, a value
click would refuse — goes to click, which parses, explains and refuses as it always has.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from officer_desk import settings as user_settings
from officer_desk import start_page_hint

LANGUAGES = ("ko", "en")


@dataclass(frozen=True)
class WindowArguments:
    """What the window is started with."""

    db: Path | None  # None: the database opened last, or the welcome screen
    actor: str | None
    lang: str | None
    command: bool  # ``gui`` was asked for (else: no command, on a desktop)
    screenshot: Path | None = None  # ``gui --screenshot PNG``


def window_arguments(argv: Sequence[str]) -> WindowArguments | None:
    """The window's arguments when ``argv`` asks for the window and says nothing
    click would have to explain or refuse; None otherwise."""
    options: dict[str, str] = {}
    rest = list(argv)
    rest = _take_options(rest, options, ("--lang", "--actor"))
    if rest is None or not _actor_as_given(options.get("--actor")):
        return None
    if not rest:
        # ``officer-desk`` alone opens the window where there is a screen
        if not gui_available():
            return None
        return WindowArguments(None, options.get("--actor"), options.get("--lang"), False)
    if rest[0] != "gui":
        return None
    gui_options: dict[str, str] = {}
    positional: list[str] = []
    tail = rest[1:]
    while tail:
        tail = _take_options(tail, gui_options, ("--lang", "--screenshot"))
        if tail is None:
            return None
        if tail:
            if tail[0].startswith("-") and tail[0] != "-":
                return None
            positional.append(tail.pop(0))
    if len(positional) > 1 or any(not p for p in positional):
        return None
    lang = gui_options.get("--lang") or options.get("--lang")
    db = Path(positional[0]) if positional else None
    if db is not None and db.is_dir():
        return None  # click says a database is a file
    shot = gui_options.get("--screenshot")
    screenshot = Path(shot) if shot else None
    if screenshot is not None and screenshot.is_dir():
        return None
    return WindowArguments(db, options.get("--actor"), lang, True, screenshot)


def _actor_as_given(actor: str | None) -> bool:
    """Whether ``--actor`` is recorded exactly as given: a name with spaces at its ends
    (said) or one refused (a control character …) goes to click, which says it."""
    if actor is None:
        return True
    from officer_desk.domain.errors import OfficerDeskError
    from officer_desk.domain.person_name import person_name

    try:
        return person_name(actor) == actor
    except OfficerDeskError:
        return False


def argument_language(argv: Sequence[str]) -> str | None:
    """The global ``--lang`` among ``argv``'s options before the command (the last one
    given, as click takes it); None when there is none, or it is not a language.

    click writes ``--help`` and refuses a mistyped command while it parses, before the
    ``--lang`` option's own value reaches the group, so the language is read here first.
    """
    lang = None
    args = list(argv)
    while args and args[0].startswith("-") and args[0] not in ("-", "--"):
        name, equals, value = args.pop(0).partition("=")
        if name in ("--lang", "--actor") and not equals:
            if not args:
                break
            value = args.pop(0)
        if name == "--lang":
            lang = value if value in LANGUAGES else None
    return lang


def _take_options(args: list[str], found: dict[str, str],
                  names: tuple[str, ...]) -> list[str] | None:
    """Take the leading ``--name value`` / ``--name=value`` options of ``names`` from
    ``args``; None when one is malformed (click then explains)."""
    args = list(args)
    while args and args[0].startswith("--"):
        name, equals, value = args[0].partition("=")
        if name not in names or name in found:
            return None
        if equals:
            args.pop(0)
        else:
            if len(args) < 2:
                return None
            value = args[1]
            del args[:2]
        if name == "--lang" and value not in LANGUAGES:
            return None
        if not value:
            return None
        found[name] = value
    return args


def gui_available() -> bool:
    """Whether to open the window: it exists, and there is a screen to show it on.

    ``OFFICER_DESK_NO_WINDOW=1`` asks for the printed overview instead; so does a
    machine with no display (Qt's offscreen platform, an SSH session without X).
    """
    if os.environ.get("OFFICER_DESK_NO_WINDOW"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform in ("offscreen", "minimal"):
        return False
    if screen_missing():
        return False
    try:
        return importlib.util.find_spec("officer_desk.gui.app") is not None
    except ModuleNotFoundError:
        return False


#: Qt's platforms that show windows on a display server, and the variable naming it.
_DISPLAY_OF = {"xcb": "DISPLAY"}


def screen_missing() -> bool:
    """Whether Qt would find no screen to show the window on, where that is known before
    Qt is loaded: on Linux and the BSDs, no platform chosen (or X11's, ``xcb``) and no
    ``DISPLAY`` (nor ``WAYLAND_DISPLAY`` when Qt may choose Wayland). Qt itself would
    print its own English and abort; ``start_window`` says it in the person's language.
    Windows and macOS always have a screen; another chosen platform (``offscreen``,
    ``wayland``, ``eglfs``, ``vnc`` …) is left to Qt."""
    if sys.platform.startswith(("win", "darwin", "cygwin")):
        return False
    chosen = [name.split(":")[0] for name in
              os.environ.get("QT_QPA_PLATFORM", "").split(";") if name.strip()]
    if not chosen:
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return all(name in _DISPLAY_OF and not os.environ.get(_DISPLAY_OF[name])
               for name in chosen)


def _say_no_screen(lang: str | None) -> int:
    """Say there is no screen, in the run's language; the exit status (1: the person's
    world, as every command's refusal)."""
    from officer_desk.cli.app import EXIT_USER_ERROR, choose_language
    from officer_desk.domain.messages import say

    said = say("cli.error", message=say("cli.no_screen"))
    sys.stderr.write(said.message(choose_language(lang)) + "\n")
    sys.stderr.flush()
    return EXIT_USER_ERROR


def window_database() -> Path | None:
    """The database the window opens: the one in the settings if it is there; None
    (the window's welcome screen, which says why) when none is chosen or it is gone."""
    path = user_settings.load().database_path()
    return path if path is not None and path.exists() else None


def _opens_on_dashboard(hint: str | None) -> bool:
    """Whether the window opens on the dashboard: the page the window left in its hint
    (``start_page_hint``), else its Qt settings (QtCore, imported on this, the main,
    thread; Qt takes the thread of its first object for the application's)."""
    if hint is not None:
        return hint == "dashboard"
    from officer_desk.gui.start_page import opens_on_dashboard

    return opens_on_dashboard()


def start_window(db: Path | None, *, actor: str | None, lang: str | None,
                 screenshot: Path | None = None) -> int:
    """Open the window on ``db`` (None: the database opened last, or the welcome
    screen); the exit status once it is closed. ``screenshot``: save the first painted
    window there and quit (``gui --screenshot``)."""
    # No collection runs during the start: it makes only objects it keeps (modules,
    # classes, the window), which ``gui.app`` freezes once the window is up; the
    # window's collector (``gui.collector``) takes over from there.
    if screen_missing():
        return _say_no_screen(lang)
    gc.disable()
    if db is None:
        db = window_database()
    # the dashboard's read goes on while the window's modules are imported
    if db is not None and _opens_on_dashboard(start_page_hint.read()):
        importlib.import_module("officer_desk.services.early_read").start(db)
        # the page's services, before PySide6 (see ``officer_desk.gui``)
        importlib.import_module("officer_desk.services.dashboard_read")
    run = importlib.import_module("officer_desk.gui.app").run
    extra = {"screenshot": screenshot} if screenshot is not None else {}
    return run(db, actor=actor, lang=lang, **extra)
