"""The services' own message catalogue: every user-facing message in English and Korean.

A message is looked up by its id and formatted for both languages at once::

    raise NotPermitted(say("desk.read_only", path=desk.path))

``say`` returns a :class:`Text` (both languages); ``OfficerDeskError`` takes it as its
message, ``str()`` stays English (logs, scripts) and ``message("ko")`` is Korean. The
command line and the window each pick the language their person chose.

Why a Python catalogue and not gettext: the services must work with no compile step and
no Qt, every message needs both languages at the moment it is raised (the window and the
command line can run in different languages against the same services), and a Python
dict lets a plain test check every entry — both languages present, Korean written in
Hangul, the same parameters on both sides — which a ``.po`` file would need tooling for.

Parameters are formatted per language: a :class:`Both` (a kind's name, a vocabulary
label, a list of them) gives its English form to the English text and its Korean form to
the Korean one; anything else is formatted as the template says (``{count:,}``).

Two families of messages live beside the code that makes them, keyed the same way and
checked by the same test: a field's validation messages (``domain.validation``, by
problem code) and the spreadsheet ceilings (``importing.limits``, by ceiling name).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any


def _merge(*parts: Mapping[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for part in parts:
        twice = merged.keys() & part.keys()
        if twice:
            raise AssertionError(f"message ids defined twice: {sorted(twice)}")
        merged.update(part)
    return merged


def _read_parts() -> dict[str, tuple[str, str]]:
    from officer_desk.domain.messages.briefs import BRIEFS
    from officer_desk.domain.messages.bundle import BUNDLE
    from officer_desk.domain.messages.calendar_export import CALENDAR_EXPORT
    from officer_desk.domain.messages.cli import CLI
    from officer_desk.domain.messages.cli_help import CLI_HELP, CLI_USAGE
    from officer_desk.domain.messages.cli_output import CLI_OUTPUT
    from officer_desk.domain.messages.desk import DESK
    from officer_desk.domain.messages.encryption_log import ENCRYPTION_LOG
    from officer_desk.domain.messages.encryption_packages import ENCRYPTION_PACKAGES
    from officer_desk.domain.messages.fonts import FONTS
    from officer_desk.domain.messages.hwpx import HWPX
    from officer_desk.domain.messages.importing import IMPORTING
    from officer_desk.domain.messages.json_text import JSON_TEXT
    from officer_desk.domain.messages.merging import MERGING
    from officer_desk.domain.messages.reasons import REASONS
    from officer_desk.domain.messages.settings_file import SETTINGS_FILE
    from officer_desk.domain.messages.sync import SYNC
    from officer_desk.domain.messages.tidying import TIDYING

    return _merge(
        DESK, SYNC, MERGING, IMPORTING, BRIEFS, FONTS, CLI, ENCRYPTION_PACKAGES, BUNDLE,
        CALENDAR_EXPORT, ENCRYPTION_LOG, SETTINGS_FILE, HWPX, CLI_OUTPUT, CLI_HELP,
        CLI_USAGE, JSON_TEXT, REASONS, TIDYING,
    )


class _Catalogue(Mapping[str, tuple[str, str]]):
    """The catalogue, read from its parts (200 KB of source, 17 modules) the first time
    it is looked in: every module of the services imports this one, and the window's
    start says nothing (it read them all for about 5 ms on its way to the first paint).
    Two threads reading it at once each merge the same parts; either result is kept."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[str, str]] | None = None

    def _all(self) -> dict[str, tuple[str, str]]:
        entries = self._entries
        if entries is None:
            entries = self._entries = _read_parts()
        return entries

    def __getitem__(self, key: str) -> tuple[str, str]:
        return self._all()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._all()

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


#: id -> (English template, Korean template)
CATALOGUE: Mapping[str, tuple[str, str]] = _Catalogue()


@dataclass(frozen=True)
class Both:
    """A parameter that reads differently in each language (a label, a kind's name)."""

    en: str
    ko: str

    def pick(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True)
class Text:
    """A message in both languages, with the catalogue id it came from."""

    key: str
    en: str
    ko: str

    def message(self, lang: str = "en") -> str:
        return self.ko if lang == "ko" else self.en

    def __str__(self) -> str:
        return self.en


def _for(params: Mapping[str, Any], lang: str) -> dict[str, Any]:
    return {k: (v.pick(lang) if isinstance(v, Both)
                else v.message(lang) if isinstance(v, Text) else v)
            for k, v in params.items()}


def say(key: str, /, **params: Any) -> Text:
    """The message ``key`` with ``params`` filled in, in English and Korean."""
    en, ko = CATALOGUE[key]
    return Text(key, en.format(**_for(params, "en")), ko.format(**_for(params, "ko")))


def json_problem(sentence: str) -> Text | str:
    """What Python's JSON reader said (``JSONDecodeError.msg``), in both languages;
    a sentence it is not known to say stays as it is."""
    from officer_desk.domain.messages.json_text import PYTHON_SENTENCES

    key = PYTHON_SENTENCES.get(sentence)
    return say(key) if key is not None else sentence


def reason(error: BaseException | str) -> Text:
    """Why ``error`` happened, in English and Korean: an ``OSError``'s reason by its
    ``errno`` (``winerror`` on Windows), a library's exception by the words it is known
    to say (``reasons``). What is not known is said as the system or the library says
    it (``strerror``, else the text), the same in both languages: a detail after our
    own sentence, never the sentence.

    The result holds both languages, so the reason follows the language of whoever reads
    the message, not the locale of the moment the error was caught."""
    if type(error).__name__ == "JSONDecodeError" and isinstance(
            problem := json_problem(getattr(error, "msg", "")), Text):
        return say("reason.json_at", problem=problem, line=getattr(error, "lineno", 0),
                   column=getattr(error, "colno", 0))
    key = _reason_key(error)
    if key is not None:
        return say(key)
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror
    else:
        text = str(error) or type(error).__name__
    return Text("reason.as_said", text, text)


def _reason_key(error: BaseException | str) -> str | None:
    from officer_desk.domain.messages.reasons import ERRNO_KEYS, LIBRARY_WORDS, WINERROR_KEYS

    if isinstance(error, OSError):
        key = WINERROR_KEYS.get(getattr(error, "winerror", None) or 0)
        key = key or ERRNO_KEYS.get(error.errno or 0)
        if key is not None:
            return key
    name = "" if isinstance(error, str) else type(error).__name__.lower()
    words = str(error).lower()
    for kind, said, key in LIBRARY_WORDS:
        if (not kind or kind == name) and said in words:
            return key
    return None


def both(en: str, ko: str) -> Both:
    return Both(en, ko)


def joined(items: Iterable[Both | str], sep: str = ", ") -> Both:
    """A list of labels joined in each language."""
    items = list(items)
    return Both(sep.join(i.en if isinstance(i, Both) else i for i in items),
                sep.join(i.ko if isinstance(i, Both) else i for i in items))


def kind_name(kind: Any) -> Both:
    """A record kind's name (``dispute`` / ``분쟁``); ``kind`` is a RecordKind."""
    return Both(kind.en, kind.ko)


def vocab_label(vocab: Any, vocabulary: str, code: str | None) -> Both:
    """A vocabulary code shown as its label in each language (the code if unknown)."""
    return Both(vocab.label(vocabulary, code, "en") or "", vocab.label(vocabulary, code, "ko")
                or "")


def vocab_labels(vocab: Any, vocabulary: str, codes: Iterable[str]) -> Both:
    return joined(vocab_label(vocab, vocabulary, c) for c in codes)
