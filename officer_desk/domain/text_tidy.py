"""How text is tidied before it is stored, step by step, saying which steps changed it.

Validation (``validation.clean_value``) stores what these functions give; the record
services, the command line and the window use the steps they name to show a person
what was changed on the way (``tidying``), so that what is shown and what is stored
come from one place.

The steps, by code:

- ``nfc``: Unicode written in its composed form (a Hangul syllable typed or pasted as
  its letters ᄒ+ᅡ+ᆫ becomes 한; it looks the same);
- ``line_breaks``: line breaks and tabs in a one-line text made spaces;
- ``line_endings``: CR LF and CR in a long text written as LF;
- ``ends``: spaces at the ends of a one-line text (or of a list's item) left out;
- ``long_ends``: spaces and blank lines at the start and end of a long text left out;
- ``repeated``: an item given more than once in a list kept once;
- ``empty_items``: empty items of a list left out.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

LINE_BREAKS = re.compile(r"\r\n|\r|\n|\t|\u2028|\u2029")
#: Text with nothing to tidy but perhaps its Unicode form: no line break, tab or CR,
#: no space at either end (``str.strip``'s whitespace).
_ALREADY_TIDY = re.compile(r"(?!\s)[^\r\n\t\u2028\u2029]*(?<!\s)").fullmatch


def tidy_text(value: str, *, multiline: bool) -> tuple[str, tuple[str, ...]]:
    """``value`` as stored (before its length and characters are checked), and the
    steps that changed it."""
    if _ALREADY_TIDY(value) and unicodedata.is_normalized("NFC", value):
        return value, ()  # the usual case, said at once (a sheet of 100,000 rows)
    how: list[str] = []
    text = unicodedata.normalize("NFC", value)
    if text != value:
        how.append("nfc")
    if multiline:
        joined = text.replace("\r\n", "\n").replace("\r", "\n")
        if joined != text:
            how.append("line_endings")
    else:
        joined = LINE_BREAKS.sub(" ", text)
        if joined != text:
            how.append("line_breaks")
    stripped = joined.strip()
    if stripped != joined:
        how.append("long_ends" if multiline else "ends")
    return stripped, tuple(how)


def kept_once(items: list[Any]) -> tuple[list[Any], list[Any]]:
    """``items`` with each kept at its first place only, and those given again."""
    out: list[Any] = []
    again: list[Any] = []
    for item in items:
        if item in out:
            if item not in again:
                again.append(item)
        else:
            out.append(item)
    return out, again
