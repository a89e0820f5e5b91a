"""Which of a record's two names (Korean, English) a typed or imported name fills.

A record has a Korean name (``name_ko``, ``title_ko`` …) and an English one. The
English field holds names written in Latin letters ("Samsung Electronics Co., Ltd.",
"Société Générale"); every other name is the company's own name as written — Hangul,
Hanja (三星電子), kana (ソニー), simplified Chinese, a mix of them with Latin letters
("삼성 Electronics", "Samsung 電子") — and goes in the Korean field, the one the Korean
window and briefs show first. Putting 三星電子 in the English field (as the window and the
importer did when they looked for Hangul only) would print Hanja where an English
reader expects Latin letters, and leave the Korean name empty.

One rule for the window's "New company" and the spreadsheet import.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Literal


@lru_cache(maxsize=4096)
def _latin_letter(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


def is_latin_name(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin letter (accented and full-width ones
    included); digits, spaces and punctuation are neither. No letter at all: True."""
    if text.isascii():
        return True
    return all(_latin_letter(c) for c in text if c.isalpha())


def name_side(text: str) -> Literal["ko", "en"]:
    """"en" for a name in Latin letters, else "ko" (see the module's docstring)."""
    return "en" if is_latin_name(text) else "ko"
