"""Making user text safe for spreadsheet cells (XLSX and CSV), without any spreadsheet library.

Spreadsheet programs read a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return as a formula (CSV/formula injection), and a cell equal to an error
literal such as ``#N/A`` as an error value. XML 1.0 forbids most control characters,
U+FFFE, U+FFFF and lone surrogates, and Excel cuts a cell at 32,767 UTF-16 code units
(an emoji counts two). The XLSX renderer and the CSV export apply the same rules from
here; how each one neutralises a formula-like text differs (XLSX: a string cell; CSV:
a leading apostrophe, the OWASP recommendation).
"""

from __future__ import annotations

import re

#: Excel's limit on the text in one cell, in UTF-16 code units.
EXCEL_CELL_LIMIT = 32_767

#: First characters that make a spreadsheet program read a typed value as a formula.
FORMULA_PREFIXES = frozenset("=+-@\t\r")

#: Texts that Excel turns into error values when typed or imported (compared upper-cased).
ERROR_LITERALS = frozenset({
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
    "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!",
    "#UNKNOWN!", "#BUSY!",
})

#: Characters XML 1.0 does not allow: C0 controls other than tab, line feed and
#: carriage return, lone surrogates (a Python str can hold them), U+FFFE and U+FFFF.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: ``{count}`` is the original length in characters, formatted with thousands separators.
TRUNCATION_MARKER = "… [truncated: {count} characters]"


def looks_like_formula(text: str) -> bool:
    """Would a spreadsheet program read ``text`` as a formula or an error value?"""
    if not text:
        return False
    if text[0] in FORMULA_PREFIXES:
        return True
    stripped = text.strip()
    return stripped[:1] == "#" and stripped.upper() in ERROR_LITERALS


def strip_xml_forbidden(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return XML_FORBIDDEN.sub("", text)


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units: characters outside the BMP (emoji) count two."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def fit_cell(text: str, limit: int = EXCEL_CELL_LIMIT, marker: str = TRUNCATION_MARKER) -> str:
    """``text`` if it fits in ``limit`` UTF-16 units, else its start and a visible marker.

    The cut never splits a surrogate pair, and the result including the marker fits.
    """
    if len(text) * 2 <= limit or utf16_length(text) <= limit:
        return text
    note = marker.format(count=f"{len(text):,}")
    budget = limit - utf16_length(note)
    units = 0
    for index, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > budget:
            return text[:index] + note
    return text  # not reached: the text was longer than the limit


def clean_cell_text(text: str, limit: int = EXCEL_CELL_LIMIT,
                    marker: str = TRUNCATION_MARKER) -> str:
    """XML-forbidden characters removed, then cut to the cell limit with a marker."""
    if XML_FORBIDDEN.search(text):
        text = XML_FORBIDDEN.sub("", text)
    return fit_cell(text, limit, marker)


def needs_apostrophe(text: str) -> bool:
    """Does ``text`` get a leading apostrophe in a CSV cell (``csv_safe``)? A formula-like
    text does, and so does one whose own leading apostrophes stand before a formula-like
    rest (``'=x``): else reading it back (``importing.values.plain``), which takes one
    apostrophe off such a cell, would give ``=x``."""
    return looks_like_formula(text.lstrip("'"))


def csv_safe(text: str) -> str:
    """``text`` for a CSV cell: a formula-like text gets a leading apostrophe.

    The apostrophe is what OWASP recommends for CSV: Excel and LibreOffice then show the
    text instead of evaluating it. Text that is not formula-like is returned unchanged;
    ``'=x`` is written ``''=x`` (``needs_apostrophe``), so the import gives it back.
    """
    return "'" + text if needs_apostrophe(text) else text
