"""A sheet's cells counted at the speed of unpacking, before its rows are read.

The sheet's reader (``xlsx_sheet``) counts every cell element while it reads, and
refuses the sheet at the first cell past the ceiling; but reading a cell costs a few
microseconds of Python, and the rows read until then are checked as well. A sheet of
ordinary numbers just past a million cells took 7 s of CPU time to refuse. Here the
unpacked XML's bytes are searched for cell start tags first (C speed, about a tenth of a
second per 10 MB): a sheet with more than the ceiling is refused before any row is read.

The count is exact for the XML Excel, LibreOffice and openpyxl write: cells in the
sheet's default namespace, no comments, no CDATA sections and no processing instructions
after the declaration. There, ``<c`` followed by a space, ``>`` or ``/`` can only start a
cell element (a ``<`` in a text or an attribute is written ``&lt;``). Where the part has
any of those (or writes its cells with a prefix, ``<x:c>``), this count decides nothing
and the reader's own count, element by element, still holds the ceiling.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

#: The shortest cell element (``<c/>``): a part smaller than this many bytes a cell
#: cannot hold more than the ceiling, and is not searched.
SHORTEST_CELL_BYTES = 4

_CELL_STARTS = (b"<c ", b"<c>", b"<c/")
#: What could hide a ``<c`` that is not a cell, or make one that looks like it.
_UNSURE = (b"<!--", b"<![CDATA[", b"<!DOCTYPE")
_CELL_CARRY = max(len(start) for start in _CELL_STARTS) - 1
_UNSURE_CARRY = max(len(marker) for marker in (*_UNSURE, b"<?")) - 1


def cells_past(chunks: Iterable[bytes], ceiling: int) -> int | None:
    """The number of cell start tags in the part ``chunks`` unpack to, if it is more
    than ``ceiling`` and sure to be the sheet's cells; None otherwise (within the
    ceiling, or the part's XML is of a kind this count cannot be sure of)."""
    parts = iter(chunks)
    body = _after_declaration(parts)
    if body is None:
        return None
    count = 0
    # the end of what came before, for a tag or marker cut in two by the chunks: one
    # byte shorter than the longest of them, so that none is counted twice
    cell_tail = unsure_tail = b""
    for chunk in itertools.chain((body,), parts):
        window = unsure_tail + chunk
        if b"<?" in window or any(marker in window for marker in _UNSURE):
            return None
        unsure_tail = window[-_UNSURE_CARRY:]
        data = cell_tail + chunk
        count += sum(data.count(start) for start in _CELL_STARTS)
        cell_tail = data[-_CELL_CARRY:]
        if count > ceiling:  # what follows cannot make these tags anything but cells
            return count
    return None


#: How far into the part its XML declaration may end (it is some 60 bytes long).
DECLARATION_BYTES = 4096


def _after_declaration(parts: Iterator[bytes]) -> bytes | None:
    """The first bytes of the part after its XML declaration (``<?xml … ?>``, the one
    processing instruction every part has), taking as many chunks from ``parts`` as
    that needs; None when the declaration does not end within ``DECLARATION_BYTES``."""
    head = b""
    for chunk in parts:
        head += chunk
        stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if len(stripped) >= 5 and not stripped.startswith(b"<?xml"):
            return head  # no declaration
        end = stripped.find(b"?>")
        if end >= 0:
            return stripped[end + 2:]
        if len(head) > DECLARATION_BYTES:
            return None
    return head
