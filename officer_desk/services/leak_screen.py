"""A quick first look for the stakeholder rules: which texts cannot hold a protected
string, so that the full search (``briefs.protect.Matcher``) runs only on the others.

The matcher's strict search costs about a millisecond per text (it tries every company
name at every word); the analysis database of 100,000 records has half a million
distinct texts. Most hold no company name at all, and that can be told from what any
match needs, in a few microseconds:

- a protected string found among the words of a text (``Matcher.hits``) has every one
  of its Latin words among the text's Latin words (whole words), and every one of its
  Hangul/Han runs somewhere in the text (lower-cased, NFKC-folded as the matcher does);
- one found in the text run together (``Matcher.compact_hits``), or spaced out for
  replacing (``Matcher.loose_hits``), is a substring of the text reduced to letters and
  digits (``normalise``);
- one with a word split in two (``Matcher.split_hits``: "Vi sion") has two Latin words
  of the text, one after the other, that together are a word of ``split_words``;
- a name of two Hangul/Han characters written as two words (``Matcher.syllable_hits``:
  "한 빛") has its two characters at the end of one run and the start of the next.

The text is looked at as the matcher reads it: as a reader sees it (``reader_view``:
HTML entities decoded, invisible characters removed, NFKC) and as it is written (as it
is, and with the entities written whole taken for what they stand for: ``as_written``).

:meth:`LeakScreen.may_hold` is false only when no protected string meets these
conditions: then the matcher would find nothing either (kept strings, the aliases, only
ever hide matches). A text it lets through is searched by the matcher itself, so the
findings, and the refusal, are exactly the matcher's. The screen is built from the
matcher's own tables, once per check.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter

from officer_desk.briefs.loose import SPACED_LETTERS
from officer_desk.briefs.protect import _CJK, _LATIN, Form, Matcher, _lower, normalise
from officer_desk.briefs.reader_view import as_written, reader_view

_LATIN_RUN = re.compile(f"[{_LATIN}]+")
_CJK_RUN = re.compile(f"[{_CJK}]+")


class LeakScreen:
    """The protected strings of a matcher, indexed for a quick "surely not"."""

    def __init__(self, matcher: Matcher):
        forms: dict[int, Form] = {}
        for table in (matcher.latin, matcher.latin_pairs, matcher.cjk_single,
                      matcher.cjk_first):
            for found in table.values():
                forms.update((id(f), f) for f in found if not f.kept)
        # each form is filed under the one piece of it that the fewest forms share
        # (every piece of a form must be in the text for the form to be)
        latin_count: Counter[str] = Counter()
        pair_count: Counter[str] = Counter()
        for form in forms.values():
            latin_count.update({w for cjk, w in form.runs if not cjk})
            pair_count.update(_pairs(form))
        #: a Latin word -> forms holding it (their every run is checked)
        self.latin: dict[str, list[Form]] = {}
        #: two Hangul/Han characters -> forms of Hangul/Han only holding them
        self.cjk: dict[str, list[Form]] = {}
        #: one Hangul/Han character -> forms whose runs are all one character
        self.cjk_one: dict[str, list[Form]] = {}
        for form in forms.values():
            latin = {w for cjk, w in form.runs if not cjk}
            pairs = _pairs(form)
            if latin:
                self.latin.setdefault(min(latin, key=lambda w: (latin_count[w], w)),
                                      []).append(form)
            elif pairs:
                self.cjk.setdefault(min(pairs, key=lambda p: (pair_count[p], p)),
                                    []).append(form)
            else:
                self.cjk_one.setdefault(form.runs[0][1], []).append(form)
        #: three characters -> protected strings searched run together that hold them
        gram_count: Counter[str] = Counter()
        compacts = {compact for entries in matcher.compact.values()
                    for compact, form in entries if not form.kept}
        for compact in compacts:
            gram_count.update(_grams(compact))
        #: Latin words of protected strings looked for split in two ("Vi sion")
        self.split = frozenset(matcher.split_words)
        self.heads = frozenset(matcher.split_heads)
        self.tails = frozenset(matcher.split_tails)
        self.compact: dict[str, list[str]] = {}
        for compact in compacts:
            self.compact.setdefault(min(_grams(compact), key=lambda g: (gram_count[g], g)),
                                    []).append(compact)

    def may_hold(self, text: str) -> bool:
        """False when ``text`` surely holds no protected string (the matcher's strict
        search would find none); True when the matcher must look."""
        if not text:
            return False
        view = reader_view(text).text  # as Matcher.find and Matcher.replace read it
        if view != text:
            # (Matcher.find searches the text as written too, as_written's entities)
            for written in {unicodedata.normalize("NFKC", text),
                            unicodedata.normalize("NFKC", as_written(text))} - {view}:
                if self._may_hold(written):
                    return True
        return self._may_hold(view)

    def _may_hold(self, text: str) -> bool:
        if SPACED_LETTERS.search(text):
            return True  # "V i s i o n": the matcher looks at the letters together
        low = _lower(text)
        found = _LATIN_RUN.findall(low)
        words = set(found)
        if self.split and len(found) > 1 and not self.heads.isdisjoint(found) and \
                not self.tails.isdisjoint(found) and \
                not self.split.isdisjoint(map(str.__add__, found, found[1:])):
            return True  # "Vi sion": the matcher looks at the two words together
        for word in self.latin.keys() & words:  # (sets met in C, not word by word)
            if any(_all_runs(form, words, low) for form in self.latin[word]):
                return True
        if self.cjk or self.cjk_one:
            runs = _CJK_RUN.findall(low)
            if runs:
                pairs = {w[i:i + 2] for w in runs for i in range(len(w) - 1)}
                pairs.update(a[-1] + b[0] for a, b in itertools.pairwise(runs))
                for pair in self.cjk.keys() & pairs:
                    if any(_all_runs(form, words, low) for form in self.cjk[pair]):
                        return True
                for char in self.cjk_one.keys() & set("".join(runs)):
                    if any(_all_runs(form, words, low) for form in self.cjk_one[char]):
                        return True
        if self.compact:
            flat = normalise(text)
            for gram in self.compact.keys() & _grams(flat):
                if any(compact in flat for compact in self.compact[gram]):
                    return True
        return False


def _pairs(form: Form) -> set[str]:
    return {w[i:i + 2] for cjk, w in form.runs if cjk for i in range(len(w) - 1)}


def _grams(text: str) -> set[str]:
    return {text[i:i + 3] for i in range(len(text) - 2)}


def _all_runs(form: Form, words: set[str], low: str) -> bool:
    """Every Latin run of ``form`` is a word of the text, every other run is in it (a
    name of two Hangul/Han characters may be written as two words: "한 빛")."""
    if len(form.runs) == 1 and form.runs[0][0] and len(form.runs[0][1]) == 2:
        first, second = form.runs[0][1]
        return first in low and second in low
    return all((w in low) if cjk else (w in words) for cjk, w in form.runs)
