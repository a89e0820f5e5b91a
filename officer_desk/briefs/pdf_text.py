"""Text for the PDF: fonts, cleaning, escaping and font runs (one job: turn user text
into something reportlab prints exactly).

reportlab's traps, and what this module does about each:

* Only registered TrueType fonts print Hangul. The Korean font (``officer_desk.fonts``)
  is registered with its real bold as one family, and a CJK fallback font (simplified
  Chinese, rare Hanja) beside it.
* A font silently prints nothing (or an invisible box) for a character it lacks. Every
  character is checked against the fonts' character maps: runs the Korean font lacks go
  to the fallback font, and characters no font has become a visible, coloured
  replacement mark (``Phrases.missing_glyph``), never dropped.
* Paragraph text is markup: ``&``, ``<`` and ``>`` from users are escaped, so ``R&D``,
  ``a<b`` and ``<script>`` come back literally; line breaks become ``<br/>``.
* Control characters, noncharacters (U+FFFE, U+FFFF) and invisible format characters are
  removed; tabs and carriage returns become spaces and line breaks.
* reportlab's ToUnicode map (what a reader gets when copying, searching or extracting the
  text) writes a character beyond U+FFFF as its bare code point (``<1F600>``), where the
  PDF reference wants UTF-16 (``<D83DDE00>``): "😀", which the fallback font prints,
  came back as "ὠ" (U+1F60). ``_to_unicode_cmap`` corrects those entries of the map
  reportlab writes.

The per-character decisions are cached; text the Korean font covers entirely is found
with one regular-expression search, so large annexes stay fast.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from officer_desk.fonts import KoreanFont, resolve_fallback_fonts, resolve_korean_font

#: colour of the replacement mark for characters no font has
MISSING_COLOUR = "#b3261e"

#: ``PdfFonts.font_for`` of a character the Korean font has
MAIN = ""

# Removed from user text: C0/C1 controls (but tab and line breaks), surrogates, zero-width
# and bidirectional format characters, the byte-order mark, variation selectors, tags and
# the noncharacters of the Basic Multilingual Plane.
_REMOVE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\ufe00-\ufe0f\ufeff\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff"
    "\U000e0000-\U000e0fff]"
)
_NEWLINES = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


#: An entry of a ToUnicode map whose character is beyond U+FFFF, as reportlab writes it.
_WIDE_ENTRY = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.MULTILINE)
_reportlab_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, each character beyond U+FFFF written in UTF-16 (a
    surrogate pair), as the PDF reference requires."""
    return _WIDE_ENTRY.sub(
        lambda m: f"{m.group(1)} <{chr(int(m.group(2), 16)).encode('utf-16-be').hex().upper()}>",
        _reportlab_cmap(fontname, subset))


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def clean(text: str) -> str:
    """User text without characters a PDF cannot show; line breaks kept as ``\\n``."""
    text = _NEWLINES.sub("\n", text)
    return _REMOVE.sub("", text).replace("\t", "    ")


def escape(text: str) -> str:
    """Escape the characters that are markup in a reportlab Paragraph."""
    return text.translate(_ESCAPES)


class PdfFonts:
    """The registered fonts: reportlab names, and which font prints which character."""

    def __init__(self, *, regular: str, bold: str, family: str, missing_mark: str,
                 covered: set[int], fallbacks: tuple[tuple[str, frozenset[int]], ...]):
        self.regular = regular
        self.bold = bold
        self.family = family  # the Korean font's own family name, e.g. "NanumGothic"
        self.missing_mark = missing_mark
        #: (reportlab name, characters) of each fallback font, in the order they are tried
        self.fallbacks = fallbacks
        self._covered = _uncovered_pattern(covered)  # matches a character it lacks
        self._decided: dict[str, str | None] = {}

    @property
    def fallback(self) -> str | None:
        """The first fallback font (CJK), if any."""
        return self.fallbacks[0][0] if self.fallbacks else None

    def font_for(self, char: str) -> str | None:
        """``MAIN`` ("") for the Korean font, a fallback font's name, or None when no
        font has the character (decided once per character, then cached)."""
        try:
            return self._decided[char]
        except KeyError:
            pass
        found: str | None = MAIN
        if self._covered.match(char):
            code = ord(char)
            found = next((name for name, chars in self.fallbacks if code in chars), None)
        self._decided[char] = found
        return found

    def runs(self, text: str) -> Iterator[tuple[str | None, str]]:
        """(font, run) pieces of cleaned text, in order; font as ``font_for`` says."""
        if not self._covered.search(text):
            yield MAIN, text
            return
        start, current = 0, MAIN
        for i, char in enumerate(text):
            font = MAIN if char == "\n" else self.font_for(char)
            if font != current and i > start:
                yield current, text[start:i]
                start = i
            current = font
        if start < len(text):
            yield current, text[start:]

    def markup(self, text: str | None) -> str:
        """Paragraph markup for user text: cleaned, escaped, fonts per run, breaks kept."""
        if not text:
            return ""
        text = clean(text)
        if not self._covered.search(text):
            return escape(text).replace("\n", "<br/>")
        out: list[str] = []
        for font, run in self.runs(text):
            if font == MAIN:
                out.append(escape(run).replace("\n", "<br/>"))
            elif font is None:
                out.append(f'<font color="{MISSING_COLOUR}">{self.missing_mark * len(run)}</font>')
            else:
                out.append(f'<font name="{font}">{escape(run)}</font>')
        return "".join(out)

    def plain(self, text: str | None) -> str | None:
        """One line of text the Korean font prints as it is, or None if it needs runs.

        Table cells holding such text are drawn as strings (fast); others get a Paragraph.
        """
        if not text:
            return ""
        if "\n" in text or self._covered.search(text) or _REMOVE.search(text):
            return None
        return text

    def single_font(self, text: str | None, *, bold: bool = False) -> tuple[str, str]:
        """(font name, text) for places that take one font (chart labels, legends).

        The Korean font if it covers the text; else a fallback font that covers all of
        it; else the Korean font with the characters it lacks shown as the mark.
        """
        main = self.bold if bold else self.regular
        text = clean(text or "").replace("\n", " ")
        if not self._covered.search(text):
            return main, text
        codes = {ord(c) for c in text}
        for name, chars in self.fallbacks:
            if codes <= chars:
                return name, text
        return main, self.main_only(text)

    def main_only(self, text: str) -> str:
        """The text with every character the Korean font lacks shown as the mark."""
        return "".join(c if self.font_for(c) == MAIN else self.missing_mark for c in text)


def _uncovered_pattern(codepoints: set[int]) -> re.Pattern[str]:
    """A regex matching any character NOT in ``codepoints`` (built from ranges)."""
    ranges: list[str] = []
    points = sorted(c for c in codepoints if c > 0x1F and not 0xD800 <= c <= 0xDFFF)
    start = prev = None
    for c in [*points, None]:
        if c is not None and prev is not None and c == prev + 1:
            prev = c
            continue
        if start is not None:
            lo, hi = re.escape(chr(start)), re.escape(chr(prev))
            ranges.append(lo if start == prev else f"{lo}-{hi}")
        start = prev = c
    return re.compile("[^\n" + "".join(ranges) + "]")


def _face_name(prefix: str, path: Path) -> str:
    """A reportlab font name unique to the file (settings may change in one process)."""
    return f"OD-{prefix}-{zlib.crc32(str(path.resolve()).encode()):08x}"


@lru_cache(maxsize=8)
def _register(regular: Path, bold: Path | None, family: str, fallbacks: tuple[Path, ...],
              missing_mark: str) -> PdfFonts:
    regular_name = _face_name("Korean", regular)
    main = TTFont(regular_name, str(regular))
    pdfmetrics.registerFont(main)
    bold_name = regular_name
    if bold is not None:
        bold_name = _face_name("KoreanBold", bold)
        pdfmetrics.registerFont(TTFont(bold_name, str(bold)))
    pdfmetrics.registerFontFamily(
        regular_name, normal=regular_name, bold=bold_name, italic=regular_name,
        boldItalic=bold_name,
    )
    covered = set(main.face.charToGlyph)
    if bold is not None:
        covered &= set(pdfmetrics.getFont(bold_name).face.charToGlyph)
    registered = []
    for path in fallbacks:
        name = _face_name("Fallback", path)
        face = TTFont(name, str(path))
        pdfmetrics.registerFont(face)
        for bold_flag in (0, 1):  # <b> inside a fallback run keeps the fallback face
            for italic in (0, 1):
                addMapping(name, bold_flag, italic, name)
        registered.append((name, frozenset(face.face.charToGlyph)))
    if ord(missing_mark[:1] or "?") not in covered:
        missing_mark = "?"
    return PdfFonts(
        regular=regular_name, bold=bold_name, family=family, missing_mark=missing_mark,
        covered=covered, fallbacks=tuple(registered),
    )


def register_fonts(font_setting: str | Path | None = None, *,
                   missing_mark: str = "□") -> PdfFonts:
    """Register the Korean font (regular + bold) and the fallback fonts with reportlab.

    Raises ``FontProblem`` when there is no usable Korean font (the message says what to
    do). Registering the same files again is free.
    """
    font: KoreanFont = resolve_korean_font(font_setting)
    return _register(font.regular, font.bold, font.family, resolve_fallback_fonts(),
                     missing_mark)


def split_text(text: str, limit: int) -> list[str]:
    """Cleaned text cut into pieces of at most ``limit`` characters, at line breaks or
    spaces where possible, so that no single Paragraph or table cell outgrows a page."""
    text = clean(text)
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", limit // 2, limit)
        if cut < 0:
            cut = text.rfind(" ", limit // 2, limit)
        if cut < 0:
            cut = limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip(" \n")
    if text:
        pieces.append(text)
    return pieces
