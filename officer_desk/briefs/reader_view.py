"""Text as a reader of the stakeholder edition sees it, with where each piece came from.

An officer's text can hold a company name in a spelling the eye reads at once and a
plain search does not: HTML-escaped (``R&amp;D &lt;Nova&gt;`` for ``R&D <Nova>``,
``&#54620;&#48731;`` for ``한빛``; a reader of the PDF, workbook or 한글 document decodes
it, and a program that unescapes entities prints the name itself), in full-width
letters (``ＡＲＡ``), in decomposed Hangul (NFD), or with invisible characters inside
(``Han\\u200bbit``: a zero-width space the PDF drops and a spreadsheet does not show),
or percent-encoded in a link (``?q=%ED%95%9C%EB%B9%9B``, ``?q=Hanbit+Battery``: a reader
who clicks the link reads ``한빛`` in the address bar and the search box).

:func:`reader_view` gives the text decoded as a reader reads it — entities decoded
(repeatedly: ``&amp;lt;``), percent-encoded UTF-8 decoded (``%ED%95%9C`` is ``한``,
``%20`` a space; ``+`` is a space in the query of a link, after its ``?``), domain
labels in punycode decoded (``xn--oy2b19bt7b9w7arye`` is ``한빛배터리``), invisible
characters (format characters such as zero-width spaces and joiners, soft hyphens,
bidirectional marks, variation selectors, Hangul fillers, control characters) removed,
NFKC-normalised (full-width and compatibility forms folded, Hangul composed) — and for
each character of it the span of the original text it stands for, so that a name found
in the view is replaced in the original and the rest of the text stays exactly as
written.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

#: An HTML/XML character reference or named entity (with or without its ";").
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
#: Entities inside entities (``&amp;#54620;``) are decoded this many times at most.
_PASSES = 4
#: A run of percent-encoded bytes (``%ED%95%9C``).
PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
#: An internationalised domain name's label (``xn--oy2b19bt7b9w7arye`` is ``한빛배터리``:
#: the browser shows the Hangul).
PUNYCODE = re.compile(r"(?<![0-9A-Za-z-])xn--[0-9a-z-]{1,59}(?![0-9A-Za-z-])", re.IGNORECASE)
#: The query of a link: what follows its "?" up to white space or "#" (``+`` is a space).
_QUERY = re.compile(r"(?<=[^\s?])\?[^\s#]*")

#: Characters a reader does not see (besides format characters, category Cf).
_INVISIBLE_EXTRA = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u3164\uffa0"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10)))
#: Control characters kept: they are white space a reader sees as a gap.
_VISIBLE_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85")


def invisible(char: str) -> bool:
    """Whether a reader sees nothing of ``char`` (it joins what is on either side)."""
    if char in _INVISIBLE_EXTRA:
        return True
    category = unicodedata.category(char)
    if category == "Cf":
        return True
    if category == "Cc":
        return char not in _VISIBLE_CONTROLS
    return 0xE0100 <= ord(char) <= 0xE01EF  # variation selectors supplement


def _invisible_pattern() -> re.Pattern[str]:
    """One character class of every invisible character (built once, at import)."""
    codes = [*range(0x10000), *range(0x110BD, 0x110CE), *range(0x13430, 0x13440),
             *range(0x1BCA0, 0x1BCA4), *range(0x1D173, 0x1D17B), *range(0xE0000, 0xE01F0)]
    ranges: list[list[int]] = []
    for c in codes:
        if not 0xD800 <= c <= 0xDFFF and invisible(chr(c)):
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return re.compile("[" + "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges) + "]")


_INVISIBLE = _invisible_pattern()


def _quoted(text: str) -> bool:
    """Whether ``text`` may hold percent-encoding or a ``+`` in a link's query."""
    return ("%" in text and PERCENT.search(text) is not None) or (
        "+" in text and "?" in text) or ("-" in text and PUNYCODE.search(text) is not None)


def _plain(text: str) -> bool:
    """Whether ``text`` is its own view (most text: checked quickly)."""
    return "&" not in text and not _quoted(text) and unicodedata.is_normalized("NFKC", text) and \
        _INVISIBLE.search(text) is None


@dataclass(frozen=True)
class View:
    """``text`` as a reader reads it; ``spans[i]`` is the (start, end) of the original
    text that ``text[i]`` comes from (None: the view is the original itself)."""

    text: str
    spans: tuple[tuple[int, int], ...] | None = None

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that ``self.text[start:end]`` comes from
        (whole entities and characters: never half of one)."""
        if self.spans is None:
            return start, end
        if start >= len(self.spans):
            last = self.spans[-1][1] if self.spans else 0
            return last, last
        return self.spans[start][0], self.spans[max(end - 1, start)][1]


def reader_view(text: str) -> View:
    """``text`` as a reader reads it (see the module's docstring)."""
    if not text or _plain(text):
        return View(text)
    units = [(c, i, i + 1) for i, c in enumerate(text)]
    flat = text
    for _ in range(_PASSES):
        changed = unquoted = False
        if "&" in flat:
            units, changed = _decode(units)
        if _quoted(flat if not changed else "".join(u[0] for u in units)):
            units, unquoted = _unquote(units)
        if not changed and not unquoted:
            break
        flat = "".join(u[0] for u in units)
    # (each step only where it has something to do: most texts here hold one link)
    if _INVISIBLE.search(flat) is not None:
        units = _visible(units)
    if not unicodedata.is_normalized("NFKC", flat):
        units = _normalised(units)
    view, spans = [], []
    for piece, s, e in units:
        view.append(piece)
        spans.extend([(s, e)] * len(piece))
    return View("".join(view), tuple(spans))


#: An entity written whole, with its ";" (``&amp;``, ``&#54620;``, ``&#x26;``).
_WHOLE_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")


def as_written(text: str) -> str:
    """``text`` as written, with each entity written whole (with its ";") taken for the
    sign it stands for (repeatedly: ``&amp;amp;``) and nothing else changed: the letters
    of an entity's name are no word a reader reads (``amp`` of ``R&amp;D`` is not a
    company called AMP). An entity that stands for a letter or digit is taken for a
    space: the reader of the text as written sees no letter there, and "Nova" stays a
    word in ``Nova&#65;`` (the reader's view reads "NovaA"). An entity without its ";"
    stays as written (``&ampere`` shows the word "ampere")."""
    for _ in range(_PASSES):
        if "&" not in text:
            break
        decoded = _WHOLE_ENTITY.sub(lambda m: _sign(html.unescape(m.group(0))), text)
        if decoded == text:
            break
        text = decoded
    return text


def _sign(decoded: str) -> str:
    """What an entity written whole is in the text as written (see ``as_written``)."""
    return " " if any(c.isalnum() for c in decoded) else decoded


def _decode(units: list[tuple[str, int, int]]) -> tuple[list[tuple[str, int, int]], bool]:
    """One pass of entity decoding over the units."""
    joined, owner = [], []
    for n, (piece, _s, _e) in enumerate(units):
        joined.append(piece)
        owner.extend([n] * len(piece))
    flat = "".join(joined)
    if "&" not in flat:
        return units, False
    out: list[tuple[str, int, int]] = []
    done = 0  # units before this index are in ``out``
    changed = False
    for m in _ENTITY.finditer(flat):
        decoded = html.unescape(m.group(0))
        if decoded == m.group(0):
            continue
        first, last = owner[m.start()], owner[m.end() - 1]
        if first < done:
            continue
        out.extend(units[done:first])
        out.append((decoded, units[first][1], units[last][2]))
        done = last + 1
        changed = True
    out.extend(units[done:])
    return out, changed


def _flat(units: list[tuple[str, int, int]]) -> tuple[str, list[int]]:
    """The units' text and, for each of its characters, the index of its unit."""
    joined, owner = [], []
    for n, (piece, _s, _e) in enumerate(units):
        joined.append(piece)
        owner.extend([n] * len(piece))
    return "".join(joined), owner


def _unquote(units: list[tuple[str, int, int]]) -> tuple[list[tuple[str, int, int]], bool]:
    """One pass of percent-decoding over the units: each UTF-8 character written as
    ``%XX`` bytes becomes that character (standing for the bytes it was written with),
    and a ``+`` in the query of a link a space. Bytes that are not UTF-8 stay as written
    (``100%AB`` is not a name)."""
    flat, owner = _flat(units)
    swaps: list[tuple[int, int, str]] = []  # (first unit, last unit, character)
    if "%" in flat:
        for m in PERCENT.finditer(flat):
            data = bytes.fromhex(m.group(0).replace("%", ""))
            i = 0
            while i < len(data):
                size = _utf8_size(data[i])
                char = _utf8_char(data[i:i + size]) if size else None
                if char is None:
                    i += 1
                    continue
                at = m.start() + 3 * i
                swaps.append((owner[at], owner[at + 3 * size - 1], char))
                i += size
    for m in PUNYCODE.finditer(flat) if "-" in flat else ():
        label = _punycode(m.group(0))
        if label is not None:
            swaps.append((owner[m.start()], owner[m.end() - 1], label))
    if "+" in flat and "?" in flat:
        for m in _QUERY.finditer(flat):
            swaps += [(owner[i], owner[i], " ") for i in range(m.start(), m.end())
                      if flat[i] == "+"]
    if not swaps:
        return units, False
    out: list[tuple[str, int, int]] = []
    done = 0  # units before this index are in ``out``
    for first, last, char in sorted(swaps):
        if first < done:
            continue
        out.extend(units[done:first])
        out.append((char, units[first][1], units[last][2]))
        done = last + 1
    out.extend(units[done:])
    return out, True


def _punycode(label: str) -> str | None:
    """The label ``xn--…`` as a browser shows it (None when it is not punycode)."""
    try:
        decoded = label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return None
    return None if decoded.isascii() else decoded  # (every real one holds other letters)


def _utf8_size(lead: int) -> int:
    """How many bytes the UTF-8 character beginning with ``lead`` has (0: not a lead)."""
    if lead < 0x80:
        return 1
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _utf8_char(data: bytes) -> str | None:
    try:
        char = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return char if len(char) == 1 else None


def _visible(units: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Units without invisible characters; one that was nothing else is taken into the
    unit before it (a name followed by a variation selector is replaced with it)."""
    out: list[tuple[str, int, int]] = []
    for piece, s, e in units:
        piece = "".join(c for c in piece if not invisible(c))
        if piece:
            out.append((piece, s, e))
        elif out:
            out[-1] = (out[-1][0], out[-1][1], e)
    return out


#: Signs NFKC would spell as letters glued to the word before them ("Hanbit™" would read
#: "HanbitTM", no longer the name): a reader sees a sign, and so does the view.
_SIGNS = frozenset("\u2122\u2120")  # ™ ℠


def _normalised(units: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Units NFKC-normalised (but ``_SIGNS``); a unit that combines with the one before
    it (an accent, a Hangul vowel or final consonant) is merged into it."""
    out: list[tuple[str, int, int]] = []
    for piece, s, e in units:
        if piece in _SIGNS or (out and out[-1][0] in _SIGNS):
            out.append((piece if piece in _SIGNS else unicodedata.normalize("NFKC", piece),
                        s, e))
            continue
        norm = unicodedata.normalize("NFKC", piece)
        if out:
            prev, ps, _pe = out[-1]
            together = unicodedata.normalize("NFKC", prev + norm)
            if together != prev + norm:
                out[-1] = (together, ps, e)
                continue
        out.append((norm, s, e))
    return out
