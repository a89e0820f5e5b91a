"""Dates as people type them, read one way everywhere (the window's date fields and the
spreadsheet import), and said back in words so the person sees what was understood.

The forms: 2024-03-01, 2024.3.1, 2024/03/01, 2024. 3. 1., 24.3.1 (20xx), 20240301,
2024년 3월 1일 — with full-width digits and spaces as Korean input methods type them,
and a day of the week after them (2024.3.1(금), 2024-03-01 (Fri)) when it agrees.
A typed form that names no day of the calendar (2024-02-30, 2024-13-01) is a problem of
its own: it is never moved to a nearby day.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

#: Four-digit year first, parts separated by '-', '.' or '/' (a final '.' allowed).
_FULL = re.compile(r"^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*\.?$")
#: Two-digit year (20xx): 24.3.1, 24-03-01.
_SHORT = re.compile(r"^(\d{2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*\.?$")
#: 2024년 3월 1일 (the final 일 may be left out; 24년 … is 2024).
_KOREAN = re.compile(r"^(\d{2}|\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일?\.?$")
#: Eight digits: 20240301.
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")

#: A day of the week after the date, as officers write it: 2024.3.1(금), 2024-03-01 (Fri).
_WEEKDAY = re.compile(r"\s*\(\s*(?:([월화수목금토일])(?:요일)?|(mon|tue|wed|thu|fri|sat|sun)"
                      r"[a-z]*\.?)\s*\)$", re.IGNORECASE)

#: The days a record's date may name. A year 1 or 9999 is a typing slip (0024 for
#: 2024), and a day at the calendar's end has no day after it: the calendar file (an
#: event ends the next day) and the brief (the day after the previous conference)
#: could not be written. 1900 is left out too: its January and February are numbered
#: one way by Excel (which counts a 29 February 1900) and another by every other
#: program, so LibreOffice read the workbook's 1900-01-15 as 1900-01-14.
FIRST_DAY = dt.date(1901, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)

#: The weekdays, Monday first, as the two languages write them short.
_WEEKDAYS = {"ko": "월화수목금토일", "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


@dataclass(frozen=True)
class TypedDate:
    """What a typed text says: a date, nothing (empty), or a problem.

    ``problem`` is None, ``"bad_date"`` (not a form of date), ``"no_such_month"`` or
    ``"no_such_day"`` (a date's form, but no such day: 2024-02-30); then ``year``,
    ``month`` and ``day`` are the numbers as typed.
    """

    date: dt.date | None = None
    problem: str | None = None
    year: int = 0
    month: int = 0
    day: int = 0

    @property
    def days_in_month(self) -> int:
        """How many days the typed month has (for the "no such day" message)."""
        if not 1 <= self.month <= 12 or not 1 <= self.year <= 9999:
            return 0
        if self.month == 12:
            return 31
        return (dt.date(self.year, self.month + 1, 1) - dt.timedelta(days=1)).day


def read_typed_date(text: str) -> TypedDate:
    """The date ``text`` names in any of the forms people type, or why it names none.

    Empty text (or only spaces) is no date and no problem.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return TypedDate()
    weekday = _WEEKDAY.search(text)
    if weekday is not None:  # taken only when it agrees: else one of the two is a slip
        typed = read_typed_date(text[:weekday.start()])
        named = ("월화수목금토일".index(weekday[1]) if weekday[1] else
                 [d.lower() for d in _WEEKDAYS["en"]].index(weekday[2].lower()))
        if typed.date is not None and typed.date.weekday() != named:
            return TypedDate(None, "bad_date")
        return typed
    for pattern, short_year in ((_FULL, False), (_SHORT, True), (_KOREAN, None),
                                (_COMPACT, False)):
        m = pattern.match(text)
        if m is None:
            continue
        year = int(m[1])
        if short_year or (short_year is None and len(m[1]) == 2):
            year += 2000
        month, day = int(m[2]), int(m[3])
        if not 1 <= month <= 12 or year < 1:
            return TypedDate(None, "no_such_month", year, month, day)
        try:
            return TypedDate(dt.date(year, month, day), None, year, month, day)
        except ValueError:
            return TypedDate(None, "no_such_day", year, month, day)
    return TypedDate(None, "bad_date")


def parse_typed_date(text: str) -> dt.date | None:
    """The date ``text`` names in any typed form, else None."""
    return read_typed_date(text).date


def parse_date(value: Any) -> dt.date | None:
    """A date from a date, a datetime or text with a four-digit year first
    (2024-03-01, 2024.3.1, 2024/03/01): the forms a file or a command line gives."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _FULL.match(text):
            return read_typed_date(text).date
    return None


def spoken_date(day: dt.date, lang: str) -> str:
    """``day`` in words with its weekday: "2024년 3월 1일 (금)", "Fri 1 March 2024"."""
    if lang == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일 ({_WEEKDAYS['ko'][day.weekday()]})"
    return f"{_WEEKDAYS['en'][day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
