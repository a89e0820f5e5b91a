"""The ceilings of spreadsheet reading, and the refusal that names the one passed.

A sheet is untrusted input: an XLSX file is a ZIP of XML parts, and a few hundred
kilobytes of it can unpack to gigabytes (a "zip bomb"), hold millions of shared strings,
or claim a sheet sixteen thousand columns wide. Every ceiling here is checked while
the file is streamed, before memory grows with it, so that reading — and refusing —
any file stays within :data:`MEMORY_BUDGET_MIB` for the whole process and a few seconds.
A register an office keeps (even 100,000 cases) is far inside all of them.

Tests and callers may pass a smaller :class:`Limits`; the defaults are the program's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import Both, say

MIB = 1024 * 1024

#: Reading any spreadsheet, or refusing it, stays under this (peak resident memory of
#: the whole ``officer-desk import`` process; ``make bench`` measures it).
MEMORY_BUDGET_MIB = 300


@dataclass(frozen=True)
class Limits:
    #: Parts (files) in the workbook's ZIP, from its end record, before it is opened.
    zip_entries: int = 10_000
    #: Unpacked bytes of one XML part read (a sheet, the shared strings); declared sizes
    #: are checked before unpacking and the bytes are counted while unpacking.
    part_bytes: int = 128 * MIB
    #: Unpacked bytes of the workbook's small parts (its sheet list, relationships, styles).
    small_part_bytes: int = 16 * MIB
    #: How many times a part larger than ``ratio_floor_bytes`` may grow when unpacked.
    ratio: int = 100
    ratio_floor_bytes: int = 1 * MIB
    #: Rows of a sheet (every row the file holds, blank ones too) or lines of a CSV file.
    rows: int = 100_000
    #: The rightmost column that may hold a value.
    columns: int = 1_000
    #: Cells of a sheet (every cell element, formatted-only ones too) or of a CSV file.
    cells: int = 1_000_000
    #: Characters of one cell (Excel itself stops at 32,767; a summary field takes 200,000).
    cell_chars: int = 1_000_000
    #: Characters of one line of a CSV file (a cell may span lines; a line is bounded).
    line_chars: int = 4_000_000
    #: Entries of a workbook's shared-strings table (the texts of its cells).
    shared_strings: int = 500_000
    #: Characters of all the distinct texts kept (shared strings, inline texts, CSV cells).
    text_chars: int = 32 * MIB
    #: Merged ranges of a sheet.
    merged_ranges: int = 100_000
    #: Bytes of a CSV file.
    csv_bytes: int = 128 * MIB


DEFAULT_LIMITS = Limits()


class LimitExceeded(OfficerDeskError):
    """A spreadsheet passed one of the ceilings; nothing was imported.

    ``limit`` is the name of the ceiling (a field of :class:`Limits`), ``ceiling`` its
    value and ``found`` what the file has (or would have) at the point it was refused.
    """

    def __init__(self, name: str, limit: str, ceiling: int, found: int, en: str,
                 ko: str) -> None:
        self.limit, self.ceiling, self.found = limit, ceiling, found
        super().__init__(say("import.past_ceiling", name=name, why=Both(en, ko)))


def exceeded(name: str, limit: str, ceiling: int, found: int, *, where: str = "",
             where_ko: str = "") -> LimitExceeded:
    """The refusal for ``limit`` passed in file ``name`` (``where``: a part or sheet)."""
    en, ko = _TEXTS[limit]
    at = f"{where}: " if where else ""
    at_ko = f"{where_ko or where}: " if where else ""
    return LimitExceeded(name, limit, ceiling, found,
                         at + en.format(ceiling=ceiling, found=found),
                         at_ko + ko.format(ceiling=ceiling, found=found))


_TEXTS: dict[str, tuple[str, str]] = {
    "zip_entries": ("the ZIP holds {found:,} parts, more than the ceiling of {ceiling:,}",
                    "ZIP 안의 파일이 {found:,}개로 상한 {ceiling:,}개를 넘습니다"),
    "part_bytes": ("it unpacks to {found:,} bytes, more than the ceiling of {ceiling:,} "
                   "bytes for one part of a workbook",
                   "압축을 풀면 {found:,}바이트로, 통합문서 한 부분의 상한 {ceiling:,}바이트를 "
                   "넘습니다"),
    "small_part_bytes": ("it unpacks to {found:,} bytes, more than the ceiling of "
                         "{ceiling:,} bytes for this part",
                         "압축을 풀면 {found:,}바이트로, 이 부분의 상한 {ceiling:,}바이트를 "
                         "넘습니다"),
    "ratio": ("it grows {found:,} times when unpacked, more than the ceiling of "
              "{ceiling:,} times (a ZIP bomb)",
              "압축을 풀면 {found:,}배로 커져 상한 {ceiling:,}배를 넘습니다 (압축 폭탄)"),
    "rows": ("it has more than {ceiling:,} rows (the ceiling)",
             "행이 상한 {ceiling:,}개보다 많습니다"),
    "columns": ("a value in column {found:,} is past the ceiling of {ceiling:,} columns",
                "{found:,}번째 열에 값이 있어 상한 {ceiling:,}열을 넘습니다"),
    "cells": ("it has more than {ceiling:,} cells (the ceiling)",
              "셀이 상한 {ceiling:,}개보다 많습니다"),
    "cell_chars": ("a cell holds more than {ceiling:,} characters (the ceiling)",
                   "한 셀의 글자 수가 상한 {ceiling:,}자를 넘습니다"),
    "line_chars": ("a line holds more than {ceiling:,} characters (the ceiling)",
                   "한 줄의 글자 수가 상한 {ceiling:,}자를 넘습니다"),
    "shared_strings": ("the shared-strings table has more than {ceiling:,} entries "
                       "(the ceiling)",
                       "공유 문자열 표의 항목이 상한 {ceiling:,}개보다 많습니다"),
    "text_chars": ("its texts hold more than {ceiling:,} characters in all (the ceiling)",
                   "텍스트가 모두 합해 상한 {ceiling:,}자를 넘습니다"),
    "merged_ranges": ("it has more than {ceiling:,} merged ranges (the ceiling)",
                      "병합된 셀 범위가 상한 {ceiling:,}개보다 많습니다"),
    "csv_bytes": ("the file has {found:,} bytes, more than the ceiling of {ceiling:,} "
                  "bytes for a CSV file",
                  "파일이 {found:,}바이트로, CSV 파일의 상한 {ceiling:,}바이트를 넘습니다"),
    "csv_read_bytes": ("more than {ceiling:,} bytes were read from it, the ceiling for a CSV "
                       "file (a device or pipe that does not end?)",
                       "읽은 내용이 CSV 파일의 상한 {ceiling:,}바이트를 넘습니다 (끝나지 않는 "
                       "장치나 파이프인가요?)"),
}


class CountedStream:
    """Reads ``source`` in chunks, refusing it once more than ``ceiling`` bytes came out
    (a ZIP part's declared size can lie; this counts what is really unpacked)."""

    CHUNK = 256 * 1024

    def __init__(self, source: IO[bytes], ceiling: int,
                 refuse: Callable[[int], LimitExceeded]) -> None:
        self.source = source
        self.ceiling = ceiling
        self.refuse = refuse
        self.count = 0

    def chunks(self) -> Iterator[bytes]:
        while True:
            data = self.source.read(self.CHUNK)
            if not data:
                return
            self.count += len(data)
            if self.count > self.ceiling:
                raise self.refuse(self.count)
            yield data

    def close(self) -> None:
        self.source.close()

    def __enter__(self) -> CountedStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
