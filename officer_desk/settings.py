"""The user's settings, declared once, kept in ``settings.json`` in the config folder.

No Qt here: the command line reads the same file. A damaged file is not fatal: the
defaults are used and ``load`` says what was wrong (``Settings.problem``), so the window
and the command line can tell the user. Saving writes a new file and swaps it in, so an
interrupted save never leaves half a file behind.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from officer_desk import config
from officer_desk.domain.messages import Text, both, joined, say

FILE_NAME = "settings.json"
LANGUAGES = ("", "ko", "en")


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: object
    description: str
    choices: tuple[str, ...] | None = None


#: Every setting, with its type, default and meaning.
SETTINGS: tuple[Setting, ...] = (
    Setting("database", str, "",
            "The database file opened when no file is named (empty: set up on first start)."),
    Setting("language", str, "",
            "Language of the window: 'ko', 'en', or empty for the system's.", LANGUAGES),
    Setting("korean_font", str, "",
            "A Korean TrueType font file or folder (empty: found automatically)."),
    Setting("backups_to_keep", int, 10,
            "How many automatic backups of each kind (start, daily, merge, import, "
            "migration, restore) are kept next to the database; 0 turns them off."),
    Setting("recent_databases", list, [],
            "The database files opened last, the latest first (the window's "
            "File → Open recent and its welcome screen)."),
)
#: How many files ``recent_databases`` keeps.
RECENT_KEPT = 10
SETTINGS_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass
class Settings:
    database: str = ""
    language: str = ""
    korean_font: str = ""
    backups_to_keep: int = 10
    recent_databases: list = field(default_factory=list)
    #: What was wrong with the file when it was read (the defaults were used), or None.
    problem: str | None = field(default=None, compare=False)
    #: The same in English and Korean (``problem`` is its English).
    said: Text | None = field(default=None, compare=False, repr=False)
    #: Keys in the file this version does not know: kept, so saving does not drop them.
    other: dict = field(default_factory=dict, compare=False, repr=False)

    def database_path(self) -> Path | None:
        return Path(self.database).expanduser() if self.database.strip() else None


def settings_path() -> Path:
    return config.config_dir() / FILE_NAME


def _checked(name: str, value: object) -> tuple[object, Text | None]:
    setting = SETTINGS_BY_NAME[name]
    if value is None:
        return setting.default, None
    wrong = not isinstance(value, setting.type)
    if not wrong and setting.type is int:
        wrong = isinstance(value, bool) or value < 0  # type: ignore[operator]
    if not wrong and setting.type is list:
        wrong = not all(isinstance(v, str) for v in value)  # type: ignore[attr-defined]
    if wrong:
        wanted = {int: both("whole number of 0 or more", "0 이상의 정수"),
                  list: both("list of file names", "파일 이름 목록"),
                  str: both("str", "문자열")}.get(setting.type, setting.type.__name__)
        return setting.default, say("settings.wrong_type", name=name, wanted=wanted,
                                    value=value)
    if setting.choices is not None and value not in setting.choices:
        return setting.default, say("settings.not_a_choice", name=name, value=value,
                                    choices=", ".join(repr(c) for c in setting.choices))
    return value, None


def load() -> Settings:
    """The saved settings; defaults where the file is missing, damaged or wrong."""
    path = settings_path()
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        return _unusable(say("settings.unreadable", path=path, detail=e))
    if not isinstance(data, dict):
        return _unusable(say("settings.not_object", path=path))
    values: dict[str, object] = {}
    problems: list[Text] = []
    for setting in SETTINGS:
        value, problem = _checked(setting.name, data.get(setting.name))
        values[setting.name] = value
        if problem:
            problems.append(problem)
    other = {k: v for k, v in data.items() if k not in SETTINGS_BY_NAME}
    said = say("settings.invalid", path=path, problems=joined(
        [both(p.en, p.ko) for p in problems], "; ")) if problems else None
    return Settings(**values, problem=str(said) if said else None,  # type: ignore[arg-type]
                    said=said, other=other)


def _unusable(said: Text) -> Settings:
    """The default settings, saying why the file's could not be used."""
    return Settings(problem=str(said), said=said)


def save(settings: Settings) -> Path:
    """Write the settings (atomically); returns the file's path."""
    for setting in SETTINGS:
        _, problem = _checked(setting.name, getattr(settings, setting.name))
        if problem:
            raise ValueError(str(problem))
    path = settings_path()
    data = dict(settings.other)
    data.update({s.name: getattr(settings, s.name) for s in SETTINGS})
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def remember_opened(path: str | Path) -> Settings:
    """``path`` was opened: it is the database to open next time, and the first of the
    recent files (each file once, at most ``RECENT_KEPT``)."""
    current = load()
    text = str(Path(path).expanduser().resolve())
    current.database = text
    current.recent_databases = [text, *(p for p in current.recent_databases
                                        if p != text)][:RECENT_KEPT]
    save(current)
    current.problem = current.said = None
    return current


def forget_recent(path: str | Path | None = None) -> Settings:
    """Take ``path`` off the recent files (None: all of them)."""
    current = load()
    text = str(Path(path).expanduser().resolve()) if path is not None else None
    current.recent_databases = [p for p in current.recent_databases
                                if text is not None and p != text]
    save(current)
    current.problem = current.said = None
    return current


def update(**values: str) -> Settings:
    """Load, change the named settings, save; returns the saved settings."""
    current = load()
    for name, value in values.items():
        if name not in SETTINGS_BY_NAME:
            raise KeyError(name)
        setattr(current, name, value)
    save(current)
    current.problem = current.said = None
    return current
