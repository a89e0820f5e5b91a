"""The window's words in the user's language, through Qt's translation files.

Every string the window shows is written in English inside ``tr("...")``, or marked
with ``N_("...")`` where it is defined and passed through ``tr`` later (table headers,
status words). The translations are Qt Linguist sources, ``resources/officer_desk_<lang>.ts``,
kept current with ``tools/update_translations.py`` and compiled to ``.qm`` files in
``officer_desk/gui/i18n/`` by the set-up (``make``). A string's context is the short name
of the module that shows it, so one English word can be translated differently in two
places ("Added": a count in the merge report, a date in the attachments list).

The language is the application's, set once with ``use_language``; it also loads Qt's
own translation, so standard buttons (Yes, No, Cancel) speak the same language.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from officer_desk.domain.messages import reason

#: The languages of the window; English is the language of the code.
LANGUAGES = ("ko", "en")
QM_DIR = Path(__file__).resolve().parent / "i18n"

log = logging.getLogger(__name__)

_language = "en"
_translators: list[QTranslator] = []
#: (context, text) pairs asked for in Korean and found without a translation; the test
#: suite fails on any (tests/gui/conftest.py).
untranslated: set[tuple[str, str]] = set()


def qm_path(lang: str) -> Path:
    """Where the set-up puts the compiled translation for ``lang``."""
    return QM_DIR / f"officer_desk_{lang}.qm"


def use_language(lang: str) -> None:
    """Speak ``lang`` ("ko"; anything else is English) from now on.

    Without a compiled translation (the set-up was not run) the window stays in
    English, and the log says why.
    """
    global _language
    # Qt's own words built from the locale (a calendar's month and day names, standard
    # dialogs) follow the window's language, not the system's: a Korean window on an
    # English system showed "January" in its calendars, an English one on a Korean
    # system "1월"
    QLocale.setDefault(window_locale(lang))
    app = QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            app.removeTranslator(translator)
    _translators.clear()
    _language = "en"
    if lang != "ko":
        return
    ours = QTranslator()
    if not ours.load(str(qm_path(lang))):
        log.warning("No compiled translation at %s (run `make translations`); "
                    "the window stays in English", qm_path(lang))
        return
    _language = lang
    _translators.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _translators.append(qt)
    # Qt's words its Korean lacks (resources/qt_words_ko.ts): installed after Qt's,
    # so asked first. A plain compiled translation, not a QTranslator written in
    # Python: Qt asks every translator for each of its own words, up to the objects it
    # destroys after Python has finished, and a Python one then crashed the program.
    words = QTranslator()
    if words.load(str(QM_DIR / f"qt_words_{lang}.qm")):
        _translators.append(words)
    if app is not None:
        for translator in _translators:
            app.installTranslator(translator)


def window_locale(lang: str) -> QLocale:
    """The locale of a window speaking ``lang`` (numbers, month and day names)."""
    if lang == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def tr(text: str, lang: str | None = None, *, context: str | None = None) -> str:
    """``text`` in the window's language (or in English when ``lang`` is "en"); the
    context is the calling module's short name unless given."""
    if not _translators or not text or lang == "en":
        return text
    if context is None:
        context = sys._getframe(1).f_globals.get("__name__", "").rpartition(".")[2]
    translated = _translators[0].translate(context, text)
    if not translated:
        untranslated.add((context, text))
    return translated or text


def current_language() -> str:
    """The language the window speaks now: "ko" or "en"."""
    return _language


def problem_text(error: BaseException) -> str:
    """A problem's message in the window's language (bilingual problems carry both; the
    system's and the libraries' errors are said through the catalogue's ``reason``)."""
    message = getattr(error, "message", None)
    return message(_language) if callable(message) else reason(error).message(_language)


def N_(text: str) -> str:
    """Mark ``text`` for translation where it is written; it is ``tr``-ed where shown."""
    return text
