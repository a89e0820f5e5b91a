"""What identifies a company that has not agreed to be named, and finding it in text.

A company's *protected strings* are its names (Korean and English, as written and
without their legal form), former names, brands, domain names, registration numbers
and the case numbers of its disputes. The stakeholder edition of a briefing pack
replaces them in the text it prints (:meth:`Matcher.replace`) and, before anything is
written, refuses the edition while one is still in it (:meth:`Matcher.find` with
``strict=True``, see ``guard.py``).

How a protected string is matched in text:

- Text is cut into *runs*: words of Latin (Greek, Cyrillic) letters and digits, and
  runs of Hangul, Han and kana. A protected string is cut the same way and matches the
  same runs in order, with at most three characters other than a line break between
  two runs (``LS Corp.`` matches ``LS  corp`` and ``LS-Corp``; ``337-TA-1315`` matches
  ``337 TA 1315``). Case does not matter.
- A Latin run matches a whole word only: ``SK`` is never found in ``risk`` or ``task``,
  ``LS`` never in ``+82-2-1234-5678`` or ``pulse``.
- Korean has no spaces before its particles: a Hangul run matches at the start of a
  word and may be followed by particles (``한빛배터리가``, ``아라의``, ``한빛배터리 측은``),
  or after a legal form written together (``주식회사한빛``); never in the middle of
  another word (``아라`` is not found in ``아라비아``).
- The strict search (the final check) also finds a Hangul or Han string of three
  characters or more anywhere in a word, and, in text reduced to its letters and digits
  (``normalise``), any protected name, brand or domain of eight letters or more (three
  with Hangul) that begins a word: ``gaonconfectionerykorea.net`` holds the brand
  ``Gaon Confectionery``; "session materials" does not hold "Sion Materials".
  (Not numbers: ``D2026-0127`` run together is in ``opened 2026-01-27``.)
- The strict search also finds a name of two Hangul or Han characters written as two
  words ("한 빛", "한·빛", "한 빛은" for 한빛; ``syllable_hits``): the first character a word of
  its own, the second beginning the next word with at most particles after it, one to
  three spaces, dots, middle dots or hyphens between them. Only the final check finds it
  (it refuses the edition and says where), the replacing does not: two one-character
  words are often ordinary Korean ("이 수는", this number, for a company called 이수), and
  replacing them would change what the officer wrote without a word.
- The strict search also reads on across one line break between two runs
  (``R&D⏎<Nova>``), and finds a word (four letters or more) of a string too short for
  the run-together search split in two whole words (``split_hits``: "Vi sion", "Nov a",
  "Vi-⏎sion"), but not two everyday words in lower case ("at one" for Atone,
  ``common_words``); the replacing joins only a word hyphenated at a line end.

Text is searched as a reader sees it (``reader_view``: HTML entities and percent-encoding
decoded, invisible characters removed, NFKC; a name replaced in a link is written
percent-encoded, so that the link stays one word); the replacing also finds the
run-together strings spaced out or run together where the name itself breaks
(``loose``), and fits a Korean particle after the replacement (``particles``).

Strings of the companies that agreed to be named, and the aliases of the pack, are
*kept*: where a kept string and a protected one overlap, the longer match wins, so a
named company called ``Nuri Semiconductor`` stays whole even if another company is
called ``Nuri``.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from officer_desk.briefs.common_words import everyday
from officer_desk.briefs.loose import SPACED_LEAST, SPACED_LETTERS, Flat, ends_word, fits, name_cuts
from officer_desk.briefs.particles import refit
from officer_desk.briefs.reader_view import PERCENT as _PERCENT
from officer_desk.briefs.reader_view import as_written, reader_view

#: Letters that make words with spaces between them (after lower-casing), and digits.
_LATIN = "0-9a-z\u00b5\u00df-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u04ff"
#: Scripts written without spaces before particles: Hangul (and its jamo), kana, Han.
_CJK = ("\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
        "\uf900-\ufaff")
_RUNS = re.compile(f"([{_LATIN}]+)|([{_CJK}]+)")
_HAS_CJK = re.compile(f"[{_CJK}]")
_LATIN_WORDS = re.compile(f"[{_LATIN}]+")
_NOT_WORD = re.compile(r"[\W_]+")
#: The Hangul written directly after a name (its particles, if any).
_WORD_AFTER = re.compile("[\uac00-\ud7a3]+")
#: A line break between two words of a name: the final check reads on ("R&D⏎<Nova>");
#: the replacing does not join lines (a list of one item a line is not one name).
_LINE_END = re.compile(r"[ \t]*\r?\n[ \t]*")
#: What may split a word of a name in two for the final check ("Vi sion", "Nov a",
#: "Vi-sion", "Vi-⏎sion"), and for the replacing (a hyphen at the end of a line only).
_SPLIT_GAP = re.compile(r"[ \t\u00a0\u3000]{1,3}|[ \t]*[-\u2010\u2011]?[ \t]*\r?\n[ \t]*|"
                        r"[-\u2010\u2011]")
_HYPHENATED = re.compile(r"[-\u2010\u2011][ \t]*\r?\n[ \t]*")
#: What may stand between the two characters of a two-character Hangul or Han name written
#: as two words ("한 빛", "한·빛", "한-빛"): no line break.
_SYLLABLE_GAP = re.compile("[ \t\u00a0\u3000.\u00b7\u30fb\\-\u2010\u2011]{1,3}")
#: The words of a name found split in two: four letters or more.
SPLIT_LEAST = 4
#: A link up to where a name in it begins: an address with a scheme or "www.", or a path
#: with a query ("example.com/search?q=").
_LINK = re.compile(r"\S*?(?:\b[A-Za-z][A-Za-z0-9+.-]*://|\bwww\.|[^\s?]\?)\S*", re.ASCII)

#: Characters allowed between two runs of one protected string (no line break).
MAX_GAP = 3

#: A strict search finds a string with Hangul or Han of this many characters anywhere.
CJK_ANYWHERE = 3
#: The strict search finds, in text reduced to letters and digits, protected strings of
#: at least this many letters and digits (CJK_ANYWHERE when they hold Hangul or Han).
COMPACT_LATIN = 8

#: Kinds of protected string that are numbers: never searched in text run together.
_NUMBERS = frozenset({"registration", "case_number"})

#: Legal forms written together with the name (``주식회사한빛``).
_CJK_PREFIXES = ("주식회사", "유한회사", "株式会社", "有限公司")

#: What may follow a Korean name in the same word: particles and a few suffixes, up to
#: three of them (``한빛배터리측에서는``).
PARTICLES = frozenset((
    "의", "가", "이", "은", "는", "을", "를", "에", "에서", "에게", "께", "께서", "와", "과",
    "도", "만", "로", "으로", "부터", "까지", "보다", "처럼", "이나", "나", "랑", "이랑",
    "하고", "측", "사", "社", "및", "등", "이며", "이고", "인", "이다", "였다", "이었다",
    "에서의", "로서", "으로서", "라는", "이라는", "제품", "상표", "브랜드", "的",
))
_MAX_PARTICLE = max(len(p) for p in PARTICLES)


#: Signs that NFKC spells as letters ("™" is "TM"): a sign, not letters, to the search.
_SIGNS = str.maketrans({"\u2122": " ", "\u2120": " "})


def normalise(text: str) -> str:
    """Text reduced to its letters and digits, compatibility forms folded, case-folded
    (the spelling a company name is compared in, see ``services.companies``); "™" and
    "℠" are signs, not the letters "TM" and "SM" ("Hanbit™Semi" holds "hanbitsemi")."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text.translate(_SIGNS)).casefold())


def _lower(text: str) -> str:
    """Lower case, one character for one (offsets stay those of ``text``)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_particles(rest: str) -> bool:
    """Whether ``rest`` is empty or up to three particles in a row."""
    if not rest:
        return True
    ends = {0}
    for _ in range(3):
        ends = {e + n for e in ends for n in range(1, _MAX_PARTICLE + 1)
                if rest[e:e + n] in PARTICLES}
        if len(rest) in ends:
            return True
        if not ends:
            return False
    return False


@dataclass(frozen=True)
class Form:
    """One protected (or kept) string."""

    #: as written in the data (for messages)
    text: str
    #: (is Hangul/Han/kana, lower-cased text) of each run
    runs: tuple[tuple[bool, str], ...]
    #: name | former_name | brand | domain | registration | case_number | kept
    what: str
    #: the company it protects (None: a kept string)
    owner: str | None
    #: what the string has before its first run and after its last ("(" of "(주)한빛",
    #: "." of "Ltd."): taken with the match when the text has it too
    lead: str = ""
    tail: str = ""

    @property
    def kept(self) -> bool:
        return self.owner is None


def make_form(text: str, what: str, owner: str | None) -> Form | None:
    """The form of ``text``, or None when it is too short to be matched safely (fewer
    than two letters or digits)."""
    low = _lower(unicodedata.normalize("NFC", text))
    found = list(_RUNS.finditer(low))
    runs = tuple((m.group(2) is not None, m.group(0)) for m in found)
    if sum(len(r) for _, r in runs) < 2:
        return None
    lead, tail = low[:found[0].start()].strip(), low[found[-1].end():].strip()
    return Form(text=text, runs=runs, what=what, owner=owner, lead=lead[-MAX_GAP:],
                tail=tail[:MAX_GAP])


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    form: Form


class Matcher:
    """Finds protected and kept strings in text (see the module's docstring)."""

    def __init__(self, forms: Iterable[Form]):
        self.latin: dict[str, list[Form]] = {}  # first run (Latin) -> forms
        # forms of two runs or more whose second run must be in the text as it is: by
        # their first two runs (a first word shared by hundreds of company names, such
        # as "korea", would otherwise try each of them at every "korea" of the text)
        self.latin_pairs: dict[tuple[str, str], list[Form]] = {}
        self.cjk_single: dict[str, list[Form]] = {}  # a single Hangul/Han run
        self.cjk_first: dict[str, list[Form]] = {}  # first run of a longer form
        #: forms of one Hangul/Han run of two characters, looked for as two words ("한 빛")
        self.cjk_two: dict[str, list[Form]] = {}
        self.compact: dict[str, list[tuple[str, Form]]] = {}  # key -> (normalised, form)
        self._cuts: dict[int, frozenset[int]] = {}  # id(form) -> where its name breaks
        #: Latin words (four letters or more) of protected strings too short for the
        #: run-together search: looked for split in two ("Vi sion", ``split_hits``)
        self.split_words: set[str] = set()
        #: what such a word begins with (a text without one holds no split word)
        self.split_heads: set[str] = set()
        self.split_tails: set[str] = set()  # and ends with
        self.protected = 0
        self.add(forms)

    def add(self, forms: Iterable[Form]) -> None:
        """More forms (the pack's aliases, once they are known)."""
        for form in forms:
            self._add(form)
        self._cjk_lengths = sorted({len(k) for k in self.cjk_single}, reverse=True)
        self._compact_sizes = sorted({len(k) for k in self.compact})

    def _add(self, form: Form) -> None:
        self.protected += not form.kept
        cjk, first = form.runs[0]
        if not cjk:
            # a last run of Hangul or Han may have particles after it in the text: such a
            # second run is matched as the start of a word, not as a whole one
            loose = len(form.runs) < 2 or (form.runs[1][0] and len(form.runs) == 2)
            if loose:
                self.latin.setdefault(first, []).append(form)
            else:
                self.latin_pairs.setdefault((first, form.runs[1][1]), []).append(form)
        elif len(form.runs) == 1:
            self.cjk_single.setdefault(first, []).append(form)
            if len(first) == 2:
                self.cjk_two.setdefault(first, []).append(form)
        else:
            self.cjk_first.setdefault(first, []).append(form)
        if form.what in _NUMBERS:
            return  # digits run together with dates ("opened 2026-01-27"): whole words only
        compact = normalise(form.text)
        least = CJK_ANYWHERE if _HAS_CJK.search(compact) else COMPACT_LATIN
        if len(compact) < least and not form.kept:
            # shorter than the run-together search: its words are looked for split in two
            for cjk, w in form.runs:
                if not cjk and len(w) >= SPLIT_LEAST:
                    self.split_words.add(w)
                    self.split_heads.update(w[:k] for k in range(1, len(w)))
                    self.split_tails.update(w[k:] for k in range(1, len(w)))
        if len(compact) >= least:
            self.compact.setdefault(compact[:least], []).append((compact, form))

    def __bool__(self) -> bool:
        return self.protected > 0

    # -- finding ------------------------------------------------------------------------

    def hits(self, text: str, *, strict: bool = False) -> list[Hit]:
        """Non-overlapping matches in ``text``, leftmost first and longest at each place;
        kept strings included (they hide what they cover)."""
        if not text:
            return []
        low = _lower(text)
        runs = [(m.group(2) is not None, m.start(), m.end(), m.group(0))
                for m in _RUNS.finditer(low)]
        found: list[Hit] = []
        for i, (cjk, start, _end, word) in enumerate(runs):
            if not cjk:
                forms = self.latin.get(word, ())
                if i + 1 < len(runs):
                    pairs = self.latin_pairs.get((word, runs[i + 1][3]))
                    if pairs:
                        forms = [*forms, *pairs]
                for form in forms:
                    end = self._rest(text, runs, i, form, 1, strict)
                    if end is not None:
                        found.append(Hit(start, end, form))
                continue
            for p in self._cjk_starts(word, strict):
                rest = word[p:]
                for length in self._cjk_lengths:
                    piece = rest[:length]
                    if len(piece) < length:
                        continue
                    for form in self.cjk_single.get(piece, ()):
                        after = rest[length:]
                        if (p == 0 or word[:p] in _CJK_PREFIXES or (
                                strict and length >= CJK_ANYWHERE)) and (
                                _is_particles(after) or (strict and length >= CJK_ANYWHERE)):
                            found.append(Hit(start + p, start + p + length, form))
                if p == 0 or word[:p] in _CJK_PREFIXES:
                    for form in self.cjk_first.get(rest, ()):
                        end = self._rest(text, runs, i, form, 1, strict)
                        if end is not None:
                            found.append(Hit(start + p, end, form))
        return _resolve([_widened(low, hit) for hit in found])

    def _cjk_starts(self, word: str, strict: bool) -> Iterable[int]:
        if strict:
            return range(len(word) - 1)
        return [0, *(len(p) for p in _CJK_PREFIXES if word.startswith(p) and len(word) > len(p))]

    @staticmethod
    def _rest(text: str, runs: list[tuple[bool, int, int, str]], i: int, form: Form,
              k: int, strict: bool) -> int | None:
        """Where ``form`` ends when its runs from ``k`` on follow run ``i``, else None."""
        end = runs[i][2]
        for n in range(k, len(form.runs)):
            j = i + n
            if j >= len(runs):
                return None
            gap = text[runs[j - 1][2]:runs[j][1]]
            if (len(gap) > MAX_GAP or "\n" in gap) and not (strict and _line_gap(gap)):
                return None
            cjk, word = form.runs[n]
            t_cjk, t_start, t_end, t_word = runs[j]
            if cjk != t_cjk:
                return None
            last = n == len(form.runs) - 1
            if last and cjk and t_word.startswith(word) and (
                    strict or _is_particles(t_word[len(word):])):
                return t_start + len(word)
            if t_word != word:
                return None
            end = t_end
        return end

    def compact_hits(self, text: str) -> list[Form]:
        """Protected strings found in ``text`` reduced to letters and digits (strict)."""
        if not self.compact:
            return []
        flat = normalise(text)
        found: list[tuple[int, int, Form]] = []
        keys = self.compact
        sizes = self._compact_sizes
        for i in range(len(flat)):
            for size in sizes:
                for compact, form in keys.get(flat[i:i + size], ()):
                    if flat.startswith(compact, i):
                        found.append((i, i + len(compact), form))
        folded = unicodedata.normalize("NFKC", text.translate(_SIGNS)).casefold()
        return [h.form for h in _resolve([Hit(s, e, f) for s, e, f in found])
                if not h.form.kept and _at_word_start(folded, normalise(h.form.text))]

    def loose_hits(self, text: str) -> list[Hit]:
        """Names, brands and domains of the run-together search (``compact``) spaced out
        or run together in ``text`` where that cannot damage other words (``loose``);
        kept strings included."""
        if not self.compact:
            return []
        flat = Flat(text)
        letters, keys, sizes = flat.flat, self.compact, self._compact_sizes
        found: list[Hit] = []
        for i in flat.starts:
            for size in sizes:
                for compact, form in keys.get(letters[i:i + size], ()):
                    if not letters.startswith(compact, i):
                        continue
                    cuts = flat.cuts(i, i + len(compact))
                    if cuts is None or not fits(compact, self._name_cuts(form), cuts):
                        continue
                    start, end = flat.span(i, i + len(compact))
                    if ends_word(text, end, _is_particles):
                        found.append(Hit(start, end, form))
        return found

    def spaced_hits(self, text: str, *, strict: bool = False) -> list[Hit]:
        """Strings spelt out letter by letter ("V i s i o n", ``loose.SPACED_LETTERS``):
        a whole string of such letters that is a protected (or kept) string."""
        found: list[Hit] = []
        for m in SPACED_LETTERS.finditer(text):
            letters = _NOT_WORD.sub("", m.group(0))
            found += [Hit(m.start(), m.end(), h.form) for h in self.hits(letters, strict=strict)
                      if h.start == 0 and h.end == len(letters)]
            # every letter is a word of its own: a one-word string of four letters or more
            # may begin at any of them ("T h e V i s i o n"; "S K" of "A B S K" is not one)
            at = [i for i, c in enumerate(m.group(0), start=m.start()) if c.isalnum()]
            low = letters.lower()
            for i in range(min(len(low), 64)):
                for j in range(i + SPACED_LEAST, min(len(low), 64) + 1):
                    for form in self.latin.get(low[i:j], ()):
                        if len(form.runs) == 1:
                            found.append(Hit(at[i], at[j - 1] + 1, form))
        return found

    def split_hits(self, text: str, *, strict: bool = True) -> list[Hit]:
        """Protected strings with one of their words (``split_words``) split in two
        whole words of the text: "Vi sion", "Nov a", "Vi-sion", "Vi-⏎sion" (strict);
        only a hyphen at the end of a line ("Vi-⏎sion") when replacing, since two words
        may well be two words ("Nov a" in "in Nov a deal": the final check refuses it).
        Two everyday words in lower case ("at one" for a company called Atone,
        ``common_words``) are not the name. "this vision" holds no "vis ion": the two
        words together must be the name's word."""
        if not self.split_words or not text:
            return []
        low = _lower(text)
        words = _LATIN_WORDS.findall(low)
        if len(words) < 2 or self.split_heads.isdisjoint(words) or \
                self.split_tails.isdisjoint(words):
            return []
        runs = [(m.start(), m.end()) for m in _RUNS.finditer(low)]
        gap_ok = _SPLIT_GAP if strict else _HYPHENATED
        found: list[Hit] = []
        for (s1, e1), (s2, e2) in itertools.pairwise(runs):
            if low[s1:e1] + low[s2:e2] not in self.split_words or \
                    not gap_ok.fullmatch(text, e1, s2) or \
                    _two_words(text[s1:e1], text[e1:s2], text[s2:e2]):
                continue
            joined = text[:e1] + text[s2:]
            shift = s2 - e1
            for hit in self.hits(joined, strict=strict):
                if hit.start < e1 < hit.end:
                    found.append(Hit(hit.start, hit.end + shift, hit.form))
        return found

    def syllable_hits(self, text: str) -> list[Hit]:
        """Names of two Hangul or Han characters written as two words ("한 빛은" for 한빛,
        strict only: see the module's docstring); kept strings included."""
        if not self.cjk_two or not text:
            return []
        low = _lower(text)
        runs = [m for m in _RUNS.finditer(low) if m.group(2) is not None]
        found: list[Hit] = []
        for a, b in itertools.pairwise(runs):
            if a.end() - a.start() != 1:
                continue
            second = b.group(0)
            for form in self.cjk_two.get(a.group(0) + second[0], ()):
                if _SYLLABLE_GAP.fullmatch(low, a.end(), b.start()) and \
                        _is_particles(second[1:]):
                    found.append(Hit(a.start(), b.start() + 1, form))
        return found

    def _name_cuts(self, form: Form) -> frozenset[int]:
        """Where the name of ``form`` breaks (``loose.name_cuts``; found once)."""
        cuts = self._cuts.get(id(form))
        if cuts is None:
            cuts = self._cuts[id(form)] = name_cuts(form.text)
        return cuts

    def find(self, text: str, *, strict: bool = True) -> list[Form]:
        """The protected strings in ``text`` as a reader reads it (``reader_view``:
        entities decoded, invisible characters removed, full-width letters folded) and
        in ``text`` as it is written (``as_written``: only the entities written whole
        decoded, whose names are no words: "R&amp;D" holds no company called AMP); kept
        ones set aside."""
        view = reader_view(text).text
        forms = self._find(view, strict)
        if view != text:
            written = unicodedata.normalize("NFKC", as_written(text))
            if written != view:
                seen = {id(f) for f in forms}
                forms += [f for f in self._find(written, strict) if id(f) not in seen]
        return forms

    def _find(self, text: str, strict: bool) -> list[Form]:
        forms = [h.form for h in self.hits(text, strict=strict) if not h.form.kept]
        found = {id(f) for f in forms}
        for hit in _resolve(self.spaced_hits(text, strict=strict)):
            if not hit.form.kept and id(hit.form) not in found:
                found.add(id(hit.form))
                forms.append(hit.form)
        if strict:
            seen = {id(f) for f in forms}
            forms += [f for f in self.compact_hits(text) if id(f) not in seen]
            seen = {id(f) for f in forms}
            forms += [h.form for h in _resolve(self.split_hits(text))
                      if not h.form.kept and id(h.form) not in seen]
            seen = {id(f) for f in forms}
            forms += [h.form for h in _resolve(self.syllable_hits(text))
                      if not h.form.kept and id(h.form) not in seen]
        return forms

    def replace(self, text: str, replacement: Callable[[Form], str]) -> str:
        """``text`` with every protected string replaced by ``replacement(form)``.

        The strings are searched in the text as a reader reads it (``reader_view``),
        spaced out or run together too (``loose_hits``); what is replaced is the
        original text they come from (an entity, a full-width letter), and the rest of
        the text stays as it was written. A Korean particle directly after a replaced
        name is given the form that fits the replacement ("기업 A는", ``particles``)."""
        if not text or not self:
            return text or ""
        view = reader_view(text)
        seen = view.text
        low = _lower(seen)
        hits = _resolve([*self.hits(seen), *self.spaced_hits(seen),
                         *self.split_hits(seen, strict=False),
                         *(_widened(low, h) for h in self.loose_hits(seen))])
        out, at = [], 0
        for hit in hits:
            if hit.form.kept:
                continue
            new, end = replacement(hit.form), hit.end
            word = _WORD_AFTER.match(seen, end)
            fix = refit(new, word.group(0), _is_particles) if word else None
            if fix is not None:
                new, end = new + fix[1], end + fix[0]
            start, stop = view.original(hit.start, end)
            if start < at:
                continue
            out.append(text[at:start])
            out.append(_encoded_like(new, text, start, stop))
            at = stop
        if not out:
            return text
        out.append(text[at:])
        return "".join(out)


def _two_words(first: str, gap: str, second: str) -> bool:
    """Whether two words split a name only as everyday words do ("at one" for Atone,
    ``common_words``): both everyday words, the second in lower case, white space between
    them (a hyphen joins: "at-one" is refused like "Vi-sion")."""
    return not gap.strip() and second.islower() and everyday(first) and everyday(second)


def _line_gap(gap: str) -> bool:
    """Whether ``gap`` is one line break, with at most ``MAX_GAP`` other characters."""
    rest, breaks = _LINE_END.subn("", gap)
    return breaks == 1 and len(rest) <= MAX_GAP and "\r" not in rest


def _encoded_like(new: str, text: str, start: int, stop: int) -> str:
    """The replacement ``new`` of ``text[start:stop]``, percent-encoded when it stands in
    a link (``?q=%ED%95%9C%EB%B9%9B`` becomes ``?q=%EA%B8%B0%EC%97%85+A``,
    ``?q=Hanbit+Battery`` ``?q=Company+A``, ``/files/Hanbit%20Battery.pdf``
    ``/files/Company%20A.pdf``): the link still opens, on the alias, and no space cuts it
    in two. In a link's host name and in an e-mail address, where neither a space nor
    percent-encoding may stand, its words are joined by hyphens (``https://gaon.kr/shop``
    -> ``https://Company-A/shop``, ``ceo@gaon.kr`` -> ``ceo@Company-A``): the address stays
    one word, and no part of it is left to be read (or linked) as an address of its own.
    Elsewhere ``new`` itself."""
    original = text[start:stop]
    word = text[:start].rsplit(None, 1)[-1] if text[:start].strip() else ""
    link = _LINK.match(word) if not text[start - 1:start].isspace() else None
    if link is None:
        if _PERCENT.search(original):
            return urllib.parse.quote(new, safe="")
        after = text[stop:].split(None, 1)[0] if text[stop:stop + 1].strip() else ""
        if "@" in word or "@" in after:
            return _one_word(new)
        return new
    if "?" in word[1:]:
        return urllib.parse.quote_plus(new)
    if "/" not in word.split("://", 1)[-1]:
        return _one_word(new)  # the host: no space, no percent-encoding there
    return urllib.parse.quote(new, safe="")


def _one_word(new: str) -> str:
    """``new`` with its words joined by hyphens ("Company A" -> "Company-A")."""
    return "-".join(new.split())


def _at_word_start(folded: str, compact: str) -> bool:
    """Whether ``compact`` is in ``folded`` (NFKC, case-folded text) beginning a word,
    whatever is between its letters: "gaonconfectionerykorea.net" holds "gaon
    confectionery"; "session materials" does not hold "sion materials"."""
    spread = r"[\W_]*".join(re.escape(c) for c in compact)
    return re.search(r"(?<![^\W_])" + spread, folded) is not None


def _widened(low: str, hit: Hit) -> Hit:
    """The hit with the form's leading and trailing punctuation, where the text has it."""
    start, end, form = hit.start, hit.end, hit.form
    if form.lead and low[max(start - len(form.lead), 0):start] == form.lead:
        start -= len(form.lead)
    if form.tail and low[end:end + len(form.tail)] == form.tail:
        end += len(form.tail)
    if (start, end) == (hit.start, hit.end):
        return hit
    return Hit(start, end, form)


def _resolve(found: list[Hit]) -> list[Hit]:
    """Leftmost first; at one place the longest (a protected string wins a tie); no
    overlaps."""
    found.sort(key=lambda h: (h.start, -h.end, h.form.kept))
    out: list[Hit] = []
    reach = -1
    for hit in found:
        if hit.start >= reach:
            out.append(hit)
            reach = hit.end
    return out


def iter_forms(values: Iterable[tuple[str | None, str]], owner: str | None
               ) -> Iterator[Form]:
    """Forms of (text, what) pairs, skipping empty and too-short ones."""
    for text, what in values:
        if text and text.strip():
            form = make_form(text.strip(), what, owner)
            if form is not None:
                yield form
