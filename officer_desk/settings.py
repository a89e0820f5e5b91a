"""The user's settings, declared once, kept in ``settings.json`` in the config folder.

No Qt here: the command line reads the same file. A damaged file is not fatal: the
defaults are used and ``load`` says what was wrong (``Settings.problem``, in both
languages), so the window and the command line can tell the user. Saving writes a new
file and swaps it in, so an interrupted save never leaves half a file behind; a file that
could not be read is kept beside it (``DAMAGED_SUFFIX``) rather than overwritten.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from officer_desk import config
from officer_desk.domain.messages import Both, Text, joined, reason, say

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
    problem: Text | None = field(default=None, compare=False)
    #: Keys in the file this version does not know: kept, so saving does not drop them.
    other: dict = field(default_factory=dict, compare=False, repr=False)
    #: Values in the file that were wrong (the default is used instead, and said): saved
    #: back as they were while the setting still has its default, so that saving other
    #: settings does not silently replace what the person wrote. A setting given a
    #: value (``update``, ``remember_opened``) is taken off.
    wrong: dict = field(default_factory=dict, compare=False, repr=False)

    def database_path(self) -> Path | None:
        return Path(self.database).expanduser() if self.database.strip() else None


def settings_path(*, create: bool = True) -> Path:
    """The settings file; its folder is made unless ``create`` is false (reading the
    settings makes nothing: a command that only reads leaves no folder behind)."""
    return config.config_dir(create=create) / FILE_NAME


#: A settings file that could not be read is kept under its name plus this when the
#: settings are next saved.
DAMAGED_SUFFIX = ".damaged"


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
        key = {int: "settings.not_a_whole_number", list: "settings.not_file_names"}.get(
            setting.type, "settings.not_text")
        return setting.default, say(key, name=name, value=repr(value))
    if setting.choices is not None and value not in setting.choices:
        return setting.default, say("settings.not_a_choice", name=name, value=repr(value),
                                    choices=", ".join(repr(c) for c in setting.choices))
    return value, None


def _why(error: Exception) -> Both:
    """What was wrong with the file, in both languages."""
    if isinstance(error, json.JSONDecodeError):
        return Both(f"not valid JSON at line {error.lineno}, column {error.colno}",
                    f"{error.lineno}번째 줄 {error.colno}번째 글자부터 JSON 형식이 아닙니다")
    if isinstance(error, UnicodeDecodeError):
        return Both("not UTF-8 text", "UTF-8 글자가 아닙니다")
    said = reason(error)  # the operating system's reason, in both languages
    return Both(said.en, said.ko)


def _damaged(path: Path) -> bool:
    """Whether the file at ``path`` is there but holds no settings ``load`` can read."""
    try:
        return not isinstance(json.loads(path.read_text(encoding="utf-8")), dict)
    except FileNotFoundError:
        return False
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return True


def load() -> Settings:
    """The saved settings; defaults where the file is missing, damaged or wrong."""
    path = settings_path(create=False)
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        return Settings(problem=say("settings.unreadable", path=path, error=_why(e),
                                    kept=path.name + DAMAGED_SUFFIX))
    if not isinstance(data, dict):
        return Settings(problem=say("settings.not_settings", path=path,
                                    kept=path.name + DAMAGED_SUFFIX))
    values: dict[str, object] = {}
    problems: list[Text] = []
    wrong: dict[str, object] = {}
    for setting in SETTINGS:
        value, problem = _checked(setting.name, data.get(setting.name))
        values[setting.name] = value
        if problem:
            problems.append(problem)
            wrong[setting.name] = data[setting.name]
    other = {k: v for k, v in data.items() if k not in SETTINGS_BY_NAME}
    problem = (say("settings.wrong_values", path=path,
                   problems=joined([Both(p.en, p.ko) for p in problems], "; "))
               if problems else None)
    return Settings(**values, problem=problem, other=other,  # type: ignore[arg-type]
                    wrong=wrong)


def save(settings: Settings) -> Path:
    """Write the settings (atomically); returns the file's path."""
    for setting in SETTINGS:
        _, problem = _checked(setting.name, getattr(settings, setting.name))
        if problem:
            raise ValueError(str(problem))
    path = settings_path()
    if _damaged(path):  # what the person had is kept, not overwritten
        os.replace(path, path.with_name(path.name + DAMAGED_SUFFIX))
    data = dict(settings.other)
    data.update({s.name: getattr(settings, s.name) for s in SETTINGS})
    for name, value in settings.wrong.items():
        if getattr(settings, name) == SETTINGS_BY_NAME[name].default:
            data[name] = value
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def remember_opened(path: str | Path, *, as_default: bool = True) -> Settings:
    """``path`` was opened: the first of the recent files (each file once, at most
    ``RECENT_KEPT``) and, ``as_default``, the database to open next time. Nothing is
    written when that is already so (the window's every start on the same file)."""
    current = load()
    text = str(Path(path).expanduser().resolve())
    recent = [text, *(p for p in current.recent_databases if p != text)][:RECENT_KEPT]
    database = text if as_default else current.database
    if recent == current.recent_databases and database == current.database:
        return current
    current.database, current.recent_databases = database, recent
    for name in ("database", "recent_databases"):
        current.wrong.pop(name, None)
    return _saved(current)


def forget_recent(path: str | Path | None = None) -> Settings:
    """Take ``path`` off the recent files (None: all of them)."""
    current = load()
    text = str(Path(path).expanduser().resolve()) if path is not None else None
    current.recent_databases = [p for p in current.recent_databases
                                if text is not None and p != text]
    current.wrong.pop("recent_databases", None)
    return _saved(current)


def update(**values: str) -> Settings:
    """Load, change the named settings, save; returns the saved settings."""
    current = load()
    for name, value in values.items():
        if name not in SETTINGS_BY_NAME:
            raise KeyError(name)
        setattr(current, name, value)
        current.wrong.pop(name, None)  # chosen now: what the file said goes
    return _saved(current)


def _saved(settings: Settings) -> Settings:
    """``save`` them; the settings as the file now holds them (a wrong value kept as it
    was is still said)."""
    save(settings)
    return load()
