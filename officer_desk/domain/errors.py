"""Errors of the user's world: each carries a message a person can act on.

Anything that is not one of these is a bug in the program and is reported as such
(with details) by the command line and the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from officer_desk.domain.messages import Text


class OfficerDeskError(Exception):
    """A problem the user can do something about (bad input, refused file, …).

    ``str()`` is the English message (the command line and logs). The message is either
    a catalogue :class:`~officer_desk.domain.messages.Text` (``say("id", …)``, both
    languages and its id in ``key``) or English text with the Korean passed as ``ko=``;
    ``message(lang)`` gives the one to show, so the window and the command line speak
    one language even when the text comes from the services.
    """

    def __init__(self, *args: object, ko: str | None = None) -> None:
        self.key: str | None = None
        if args and isinstance(args[0], Text):
            text = args[0]
            args = (text.en, *args[1:])
            ko = ko or text.ko
            self.key = text.key
        super().__init__(*args)
        self.ko = ko

    def message(self, lang: str = "en") -> str:
        return self.ko if lang == "ko" and self.ko else str(self)


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str  # required, bad_date, unknown_code, bad_url, negative, …
    en: str
    ko: str

    def message(self, lang: str = "en") -> str:
        return self.ko if lang == "ko" else self.en


class ValidationError(OfficerDeskError):
    """One or more fields are not acceptable; ``errors`` says which and why."""

    def __init__(self, errors: list[FieldError], *, context: str | Text = "") -> None:
        self.errors = list(errors)
        #: what was being checked (a catalogue ``Text``: said in the person's language)
        self.context = context
        super().__init__(self.summary())

    def message(self, lang: str = "en") -> str:
        return self.summary(lang)

    def context_in(self, lang: str = "en") -> str:
        """What was being checked, in ``lang`` (empty when not said)."""
        if isinstance(self.context, Text):
            return self.context.message(lang)
        return self.context

    def summary(self, lang: str = "en") -> str:
        lines = [e.message(lang) for e in self.errors]
        context = self.context_in(lang)
        prefix = f"{context}: " if context else ""
        return prefix + "; ".join(lines)

    def by_field(self) -> dict[str, list[FieldError]]:
        out: dict[str, list[FieldError]] = {}
        for e in self.errors:
            out.setdefault(e.field, []).append(e)
        return out


class Cancelled(OfficerDeskError):
    """The person cancelled a long piece of work (a briefing pack, its PDF or
    workbook); nothing was written."""


class NotFound(OfficerDeskError):
    """No record with that id (a deleted record is still found: it is a tombstone)."""


class NotPermitted(OfficerDeskError):
    """The change is not this installation's to make (e.g. another post's record)."""


class DatabaseProblem(OfficerDeskError):
    """The database file cannot be used as it is."""


class DatabaseTooNew(DatabaseProblem):
    """Written by a newer version of the program; left untouched."""


class NotADeskDatabase(DatabaseProblem):
    """The file is not an Officer Desk database (or not SQLite at all)."""


class DatabaseCorrupt(DatabaseProblem):
    """SQLite reports the file as damaged."""


class DatabaseBusy(DatabaseProblem):
    """Another program holds the file locked for longer than we wait."""


class BilingualProblem(DatabaseProblem):
    """A database problem whose message is written in both languages.

    ``str()`` is the English message (the command line and logs); the window shows
    ``message("ko")`` when it runs in Korean.
    """

    def __init__(self, en: str | Text, ko: str | None = None) -> None:
        super().__init__(en, ko=ko)
        self.en = str(self)


class DiskFull(BilingualProblem):
    """No room left on the disk holding the file; the change was rolled back."""


class FolderReadOnly(BilingualProblem):
    """The file or its folder cannot be written; nothing was written."""


class DatabaseInUse(BilingualProblem, DatabaseBusy):
    """Another Officer Desk (window or command) has the file open for writing."""
