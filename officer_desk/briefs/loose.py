"""Names spaced out or run together, found for replacing (not only for refusing).

The final check (``Matcher.find`` strict) finds a protected name, brand or domain of
eight letters or more (three with Hangul) written run together or with other spaces
("HanbitSemi" for "Hanbit Semi", "한 빛 반 도 체" for "한빛반도체") and refuses the edition.
The replacing finds the same strings as well, so that they become "Company A" like the
plain name, but only where that cannot damage other words:

- the match begins a word and ends one (a Korean name may be followed by particles);
- the text breaks the name only where the name itself breaks — between its words,
  at its capitals ("HanbitSemi" -> "Hanbit Semi"), between letters and digits, or
  between Latin and Hangul — or it breaks it after every letter ("H a n b i t",
  "한 빛 반 도 체"), or not at all ("Hanbit Semi" -> "HanbitSemi").

So "Together" (a company) is not found in "to get her", nor "미래기술" in "미래 기술":
such text is left to the final check, which refuses the edition and says where.

A shorter Latin name is found spaced out only letter by letter, four letters or more
with one space, dot, hyphen or middle dot between them (``SPACED_LETTERS``: "V i s i o n",
"N.O.V.A"), by both the replacing and the final check.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

#: Characters allowed between two pieces of a name (no line break), as in ``protect``.
MAX_GAP = 3
_NOT_WORD = re.compile(r"[\W_]+")
#: A name spelt out letter by letter is found when it has this many letters or more.
SPACED_LEAST = 4
#: Four or more single Latin letters or digits, one separator between each two.
SPACED_LETTERS = re.compile(
    "(?<![^\\W_])[0-9A-Za-z](?:[ .\u00b7\\-\u00a0\u3000][0-9A-Za-z]){3,}(?![0-9A-Za-z])")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+")


def _fold(char: str) -> str:
    """A character of NFKC text as ``protect.normalise`` spells it ("" for none)."""
    return _NOT_WORD.sub("", char.casefold())


def _cjk(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def name_cuts(text: str) -> frozenset[int]:
    """Where the name ``text`` breaks, as positions in its normalised spelling."""
    text = unicodedata.normalize("NFKC", text)
    cuts: set[int] = set()
    at = 0
    prev = ""
    gap = False
    for char in text:
        folded = _fold(char)
        if not folded:
            gap = bool(prev)
            continue
        if prev and (gap or (prev.islower() and char.isupper()) or
                     prev.isdigit() != char.isdigit() or _cjk(prev) != _cjk(char)):
            cuts.add(at)
        at += len(folded)
        prev, gap = char, False
    return frozenset(cuts)


_WORDS = re.compile(r"[^\W_]+")


class Flat:
    """A text reduced to letters and digits, with where each of them is in the text and
    which of them begin a word."""

    def __init__(self, text: str):
        self.text = text
        chars: list[str] = []
        starts: list[int] = []
        size = 0
        for m in _WORDS.finditer(text):
            folded = m.group(0).casefold()
            starts.append(size)
            chars.append(folded)
            size += len(folded)
        self.flat = "".join(chars)
        #: positions of ``flat`` that begin a word of the text
        self.starts = starts
        self._where: list[int] | None = None

    @property
    def where(self) -> list[int]:
        """For each character of ``flat``, where it is in the text (made when first
        needed: most texts hold no candidate)."""
        if self._where is None:
            where: list[int] = []
            for m in _WORDS.finditer(self.text):
                for i, char in enumerate(m.group(0), start=m.start()):
                    where.extend([i] * len(char.casefold()))
            self._where = where
        return self._where

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.where[i], self.where[j - 1] + 1

    def cuts(self, i: int, j: int) -> frozenset[int] | None:
        """Where the text breaks the letters ``flat[i:j]`` (offsets from ``i``); None
        when a gap is too long or holds a line break."""
        cuts = set()
        where = self.where
        for k in range(i + 1, j):
            a, b = where[k - 1], where[k]
            if b > a + 1:
                gap = self.text[a + 1:b]
                if len(gap) > MAX_GAP or "\n" in gap:
                    return None
                cuts.add(k - i)
        return frozenset(cuts)


def ends_word(text: str, end: int, is_particles: Callable[[str], bool]) -> bool:
    """Whether ``text[end:]`` begins with no letter, or with Hangul particles only."""
    if end >= len(text) or not _fold(text[end]):
        return True
    m = _HANGUL.match(text, end)
    return m is not None and (m.end() >= len(text) or not _fold(text[m.end()])) and \
        is_particles(m.group(0))


def fits(compact: str, allowed: frozenset[int], cuts: frozenset[int]) -> bool:
    """Whether the text's breaks ``cuts`` of ``compact`` are the name's own, none, or
    after every letter."""
    return cuts <= allowed or len(cuts) == len(compact) - 1
