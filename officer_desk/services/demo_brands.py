"""The demo companies' brands: a coined word for each company, unlike any other's.

A brand used to be the first word of the company's name ("GARAM" of Garam Bio), so
dozens of companies shared it and it stood inside other companies' names: the
stakeholder edition of the demo (briefs, the analysis database) was refused, because a
company that agreed to be named carried in its own name a brand that another company
protects. A brand here is a word of three syllables ("KORIVA"), a different one for
every company of a run, that is not inside any name the demo can give a company (in
English; Korean names have no Latin letters) and not a word of the demo's texts.

The brands are taken in a fixed order mixed by a permutation, with no draw from the
run's random numbers: the same seed gives the same brands.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from officer_desk.domain.nested_strings import strings_in
from officer_desk.services import demo_text as T

_ONSETS = "bdgjklmnprstvz"
_VOWELS = "aeiou"
_SYLLABLES = [c + v for c in _ONSETS for v in _VOWELS]
_SPACE = len(_SYLLABLES) ** 3
#: a step coprime with the number of brands (70 ** 3, 70 ** 4): every brand comes once,
#: in a mixed order
_STEP, _START = 7919, 12345


def compact_name(text: str) -> str:
    """``text`` lower case with only its Latin letters and digits."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def name_space(qualifiers: Iterable[str]) -> str:
    """Every English short name the demo can give a company, run together, one a line."""
    stems = {en for sector in T.STEMS.values() for _ko, en in sector}
    names = []
    for (_ko, pre), stem in itertools.product(T.PREFIXES, stems):
        names.append(compact_name(pre + stem))
        names += [compact_name(pre + stem + q) for q in qualifiers]
    return "\n".join(names)


class Brands:
    """Hands out the brands of one demo run."""

    def __init__(self, qualifiers: Iterable[str]) -> None:
        """``qualifiers``: the English words the demo adds to a name already taken."""
        self._names = name_space(list(qualifiers))
        self._words = {w for s in strings_in({k: getattr(T, k) for k in dir(T)
                                            if not k.startswith("_")})
                       for w in re.findall(r"[a-z]+", s.lower())}
        self._next = 0

    def fits(self, word: str) -> bool:
        """Not inside any company name of the demo, nor a word of its texts."""
        return word not in self._names and word not in self._words

    def next(self) -> str:
        """The next brand, upper case ("KORIVA"); four syllables once the words of three
        are used up."""
        while True:
            k = self._next
            self._next += 1
            count = 3 if k < _SPACE else 4
            space = len(_SYLLABLES) ** count
            n = ((k if count == 3 else k - _SPACE) * _STEP + _START) % space
            word = ""
            for _ in range(count):  # the last syllable from the lowest digit
                n, i = divmod(n, len(_SYLLABLES))
                word = _SYLLABLES[i] + word
            if self.fits(word):
                return word.upper()
