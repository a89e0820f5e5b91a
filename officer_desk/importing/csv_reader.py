"""A CSV file's rows, streamed within the ceilings of ``limits``.

Korean Excel writes CSV as CP949 (EUC-KR), "Unicode text" as UTF-16 with a byte-order
mark (tab-separated); newer versions offer UTF-8 with a byte-order mark. The encoding is
found by decoding the file as it streams (UTF-16 after its byte-order mark, UTF-8 if all
of it is UTF-8, else CP949), and the delimiter (comma, semicolon or tab) from its first lines.
The file's size, each line's length, each cell's length, the rows, the cells and the
characters kept are all bounded, so a 2 GB line is refused after reading a few
megabytes of it, not after loading it.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import reason, say
from officer_desk.importing.limits import DEFAULT_LIMITS, LimitExceeded, Limits, exceeded

#: CSV delimiters tried, in order of preference on a tie.
DELIMITERS = (",", ";", "\t")

#: Lines, and at most this many characters, looked at to find the delimiter.
SNIFF_LINES = 50
SNIFF_CHARS = 1024 * 1024

_CHUNK = 1024 * 1024


def _unreadable(name: str, at: int) -> OfficerDeskError:
    return OfficerDeskError(say("import.not_text", name=name, at=at))


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (with or without BOM), else CP949 (EUC-KR)."""
    try:
        text = data.decode("utf-8")
        return (text[1:], "utf-8-sig") if text.startswith("\ufeff") else (text, "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp949"), "cp949"
    except UnicodeDecodeError as e:
        raise _unreadable(name, e.start) from e


def _decodes(path: Path, encoding: str, ceiling: int) -> int | None:
    """None when the whole file decodes in ``encoding``, else the offset of a bad byte.

    What is read is counted, not only the size the file system gives: a link to
    /dev/zero, or a pipe, has size 0 and no end.
    """
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = 0
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as e:
                return offset + max(e.start, 0)
            offset += len(chunk)
            if offset > ceiling:
                raise exceeded(path.name, "csv_read_bytes", ceiling, offset)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as e:
            return offset + max(e.start, 0)
    return None


def encoding_of(path: Path, ceiling: int = DEFAULT_LIMITS.csv_bytes) -> str:
    """UTF-16 when the file starts with its byte-order mark (Excel's "Unicode text",
    tab-separated), UTF-8 (``utf-8-sig`` with a byte-order mark) if the whole file is
    UTF-8, else CP949: the import says so before anything is stored, and stores nothing
    read so unless the person has seen it (``run.run_import``, ``cp949_seen``)."""
    with path.open("rb") as f:
        head = f.read(2)
    if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        bad = _decodes(path, "utf-16", ceiling)
        if bad is not None:
            raise _unreadable(path.name, bad)
        return "utf-16"
    if _decodes(path, "utf-8", ceiling) is None:
        with path.open("rb") as f:
            return "utf-8-sig" if f.read(3) == codecs.BOM_UTF8 else "utf-8"
    bad = _decodes(path, "cp949", ceiling)
    if bad is not None:
        raise _unreadable(path.name, bad)
    return "cp949"


def sniff_delimiter(text: str) -> str:
    """The delimiter (comma, semicolon or tab) that splits most rows into the same width."""
    sample = [line for line in text.splitlines()[:SNIFF_LINES] if line.strip()]
    best, best_score = ",", -1.0
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        wide = [w for w in widths if w > 1]
        if not wide:
            continue
        common = max(set(wide), key=wide.count)
        score = wide.count(common) / len(widths) + (0.001 * common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _lines(f: IO[str], name: str, limits: Limits) -> Iterator[str]:
    """The file's lines, each refused when longer than the line ceiling."""
    ceiling = limits.line_chars
    while line := f.readline(ceiling + 1):
        if len(line) > ceiling and not (len(line) == ceiling + 1 and line.endswith("\n")):
            raise exceeded(name, "line_chars", ceiling, len(line))
        yield line


class CsvRows:
    """Iterate for ``(row number, values)``, a row numbered as the spreadsheet program
    shows it; ``encoding`` and ``delimiter`` say how the file was read."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path, self.limits = path, limits
        try:
            size = path.stat().st_size
        except OSError as e:
            raise OfficerDeskError(say("file.cannot_read", path=path,
                                       detail=reason(e))) from e
        if size > limits.csv_bytes:
            raise exceeded(path.name, "csv_bytes", limits.csv_bytes, size)
        try:
            self.encoding = encoding_of(path, limits.csv_bytes)
            with path.open(encoding=self.encoding, newline="") as f:
                head = f.read(SNIFF_CHARS)
            if len(head) == SNIFF_CHARS and "\n" in head:  # whole lines only
                head = head[:head.rindex("\n") + 1]
        except OSError as e:
            raise OfficerDeskError(say("file.cannot_read", path=path,
                                       detail=reason(e))) from e
        self.delimiter = sniff_delimiter(head)

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        limits, name = self.limits, self.path.name
        cells = chars = 0
        texts: dict[str, str] = {}
        previous = csv.field_size_limit(limits.cell_chars)
        try:
            with self.path.open(encoding=self.encoding, newline="") as f:
                # strict: a quote never closed is an error, not the rest of the file
                # read into one cell (the rows after it silently gone)
                reader = csv.reader(_lines(f, name, limits), delimiter=self.delimiter,
                                    strict=True)
                started = 1  # the line the row being read began on
                try:
                    # a row is numbered as the spreadsheet program shows it: one row per
                    # record, a cell's line breaks inside it (the line its text ends on
                    # named a later row)
                    for number, values in enumerate(reader, 1):
                        if reader.line_num > limits.rows:
                            raise exceeded(name, "rows", limits.rows, reader.line_num)
                        cells += len(values)
                        if cells > limits.cells:
                            raise exceeded(name, "cells", limits.cells, cells)
                        for i, value in enumerate(values):  # each distinct text once
                            kept = texts.setdefault(value, value)
                            if kept is value:
                                chars += len(value)
                            values[i] = kept
                        if chars > limits.text_chars:
                            raise exceeded(name, "text_chars", limits.text_chars, chars)
                        yield number, values
                        started = reader.line_num + 1
                except csv.Error as e:
                    if "field larger than field limit" in str(e):
                        raise exceeded(name, "cell_chars", limits.cell_chars,
                                       limits.cell_chars + 1) from e
                    if "expected after" in str(e):  # "a"b: which text is the cell's?
                        raise OfficerDeskError(say("import.csv_text_after_quote", name=name,
                                                   line=reader.line_num)) from e
                    if "unexpected end of data" in str(e):
                        raise OfficerDeskError(say("import.csv_unclosed_quote", name=name,
                                                   line=started)) from e
                    raise OfficerDeskError(say("import.bad_csv_line", name=name,
                                               line=reader.line_num, detail=reason(e))) from e
        except OSError as e:
            raise OfficerDeskError(say("file.cannot_read", path=self.path,
                                       detail=reason(e))) from e
        finally:
            csv.field_size_limit(previous)


__all__ = ["DELIMITERS", "CsvRows", "LimitExceeded", "decode", "encoding_of",
           "sniff_delimiter"]
