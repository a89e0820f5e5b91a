"""What ``officer-desk --version`` and Help → About say: the program's version, where its
files are, the database schema it reads, and the bundled components with their licences.

No Qt here (the window shows the same text): versions come from the installed packages'
metadata, which the bundle carries too (packaging/officer-desk.spec).
"""

from __future__ import annotations

import platform
import sqlite3
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from officer_desk import __version__, config
from officer_desk.domain.messages import Both, Text, both, say
from officer_desk.fonts import BUNDLED_FONTS, FontProblem, resolve_korean_font
from officer_desk.storage.migrations import LATEST

PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str | Both


def _version_of(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


def is_bundle() -> bool:
    """True in the PyInstaller bundle (``make bundle``), False from a Python install."""
    return bool(getattr(sys, "frozen", False))


def bundle_folder() -> Path | None:
    """The application folder of the bundle (where the ``officer-desk`` program is)."""
    return Path(sys.executable).resolve().parent if is_bundle() else None


def licence_folder() -> Path | None:
    """The bundle's folder of licence texts (None outside the bundle)."""
    if not is_bundle():
        return None
    folder = Path(getattr(sys, "_MEIPASS", PACKAGE_DIR.parent)) / "licences"
    return folder if folder.is_dir() else None


def components() -> list[Component]:
    """The parts the program is made of, in the order the About box lists them."""
    qt = _version_of("PySide6_Essentials")
    if qt == "?":
        qt = _version_of("PySide6")
    font = say("about.font_bundled") if BUNDLED_FONTS.is_dir() else say(
        "about.font_not_bundled")
    return [
        Component("Python", platform.python_version(), "PSF License 2.0"),
        Component("Qt", qt, "LGPL-3.0"),
        Component("PySide6 / shiboken6", qt, "LGPL-3.0"),
        Component("SQLite", sqlite3.sqlite_version, both(say("about.public_domain").en,
                                                         say("about.public_domain").ko)),
        Component("reportlab", _version_of("reportlab"), "BSD-3-Clause"),
        Component("openpyxl", _version_of("openpyxl"), "MIT"),
        Component("sqlite-utils", _version_of("sqlite-utils"), "Apache-2.0"),
        Component("cryptography", _version_of("cryptography"), "Apache-2.0 OR BSD-3-Clause"),
        Component("click", _version_of("click"), "BSD-3-Clause"),
        Component("platformdirs", _version_of("platformdirs"), "MIT"),
        Component("NanumGothic", "(NAVER)", both(f"SIL Open Font License 1.1; {font.en}",
                                                 f"SIL Open Font License 1.1; {font.ko}")),
    ]


def font_line() -> Text:
    """Which Korean font the PDFs will embed, and where it was found (the settings'
    choice first, as the briefing pack takes it)."""
    from officer_desk import settings as user_settings

    try:
        font = resolve_korean_font(user_settings.load().korean_font or None)
    except FontProblem as e:
        return say("about.no_font", problem=both(str(e), e.message("ko")))
    return say("about.font", path=font.regular, source=font.source)


def about_lines(database: tuple[Path, int] | None = None) -> list[Text]:
    """The About text, a line each; ``database``: the open file and its schema."""
    lines = [say("about.title", version=__version__), say("about.tagline"),
             say("about.schema", latest=LATEST)]
    if database is not None:
        lines.append(say("about.database", path=database[0], schema=database[1]))
    lines += [say("about.data_folder", path=config.data_dir(create=False)),
              say("about.settings_folder", path=config.config_dir(create=False))]
    lines.append(font_line())
    folder = bundle_folder()
    lines.append(say("about.build_bundle", path=folder) if folder is not None
                 else say("about.build_source", path=PACKAGE_DIR))
    lines.append(say("about.components"))
    lines += [say("about.component", name=c.name, version=c.version, licence=c.licence)
              for c in components()]
    texts = licence_folder()
    lines.append(say("about.licence_files", path=texts) if texts is not None
                 else say("about.licence_docs"))
    return lines


def about_text(lang: str, database: tuple[Path, int] | None = None) -> str:
    """The About text in ``lang`` ("ko" or "en")."""
    return "\n".join(line.message(lang) for line in about_lines(database))
