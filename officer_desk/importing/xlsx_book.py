"""An XLSX workbook opened for reading within the ceilings of ``limits``.

openpyxl's read-only mode loads the whole shared-strings table up front and trusts the
ZIP's sizes, so a small file can take gigabytes before a single row is seen. Here the
workbook's parts are read by the standard library's ZIP and expat (XML) readers, with
every ceiling checked as the bytes stream in:

- before opening: the ZIP's end record (how many parts it lists);
- before unpacking a part: its declared size and how many times it grows;
- while unpacking: the bytes really unpacked, the shared strings (how many, how long)
  and, in ``xlsx_sheet``, the rows, columns, cells and cell lengths of a sheet.

openpyxl still gives what a cell means: which number formats are dates
(``is_date_format``), how Excel's serial numbers become dates (``from_excel``) and how a
shared formula reads in each of its cells (``Translator``). A document type declaration
(DTD) is refused: a workbook never has one, and entities are the XML bomb's lever.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.parsers import expat

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import Both, reason, say
from officer_desk.importing.limits import (
    DEFAULT_LIMITS,
    CountedStream,
    LimitExceeded,
    Limits,
    exceeded,
)

#: The two namespaces of SpreadsheetML (transitional, as Excel writes it, and strict).
MAIN_NS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
           "http://purl.oclc.org/ooxml/spreadsheetml/main")
_REL_ATTR = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships}id",
             "http://purl.oclc.org/ooxml/officeDocument/relationships}id")

_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"
_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


class Damaged(OfficerDeskError):
    """The workbook cannot be read as one (not a ZIP, a part missing, XML broken)."""


def damaged(name: str, detail: str, ko_detail: str) -> Damaged:
    return Damaged(say("import.not_a_workbook", name=name, detail=Both(detail, ko_detail)))


def unescape(text: str) -> str:
    """OOXML's escapes of characters XML cannot hold: ``_x000D_`` is a carriage return,
    ``_x005F_`` an underscore (so ``_x005F_x000D_`` is the text ``_x000D_``)."""
    if "_x" not in text:
        return text
    return _XML_ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)


@dataclass(frozen=True)
class SheetInfo:
    name: str
    part: str  # the sheet's XML part in the ZIP
    state: str  # visible, hidden or veryHidden

    @property
    def visible(self) -> bool:
        return self.state == "visible"


@dataclass
class Workbook:
    """What a sheet's reader needs from the workbook (``open_workbook`` makes it)."""

    path: Path
    archive: zipfile.ZipFile
    limits: Limits
    sheets: list[SheetInfo]
    #: The worksheet Excel shows when the file is opened (None: a chart sheet, or none).
    active: str | None
    date1904: bool = False
    date_styles: frozenset[int] = frozenset()
    timedelta_styles: frozenset[int] = frozenset()
    #: The number format code of each cell style (None for General and text).
    number_formats: tuple[str | None, ...] = ()
    #: Styles (by index, as text) that mark a cell's text as text (Excel's quotePrefix:
    #: typed with a leading apostrophe; Officer Desk's export writes formula-like text so).
    quoted_styles: frozenset[str] = frozenset()
    shared_strings_part: str | None = None
    _shared: list[str] | None = field(default=None, repr=False)
    #: Characters of text kept so far (shared strings, inline texts, formulas).
    text_chars: int = 0

    @property
    def name(self) -> str:
        return self.path.name

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sheet(self, name: str) -> SheetInfo | None:
        return next((s for s in self.sheets if s.name == name), None)

    def count_text(self, chars: int, where: str) -> None:
        self.text_chars += chars
        if self.text_chars > self.limits.text_chars:
            raise exceeded(self.name, "text_chars", self.limits.text_chars, self.text_chars,
                           where=where)

    def shared_strings(self) -> list[str]:
        """The shared-strings table, read (once) within its ceilings."""
        if self._shared is None:
            self._shared = (_read_shared_strings(self, self.shared_strings_part)
                            if self.shared_strings_part else [])
        return self._shared

    def check(self, part: str, ceiling_name: str = "part_bytes") -> zipfile.ZipInfo:
        """Refuse a part by the size and ratio its ZIP entry declares."""
        info = self.info(part)
        check_declared(self.name, info, ceiling_name, getattr(self.limits, ceiling_name),
                       self.limits)
        return info

    def stream(self, part: str, ceiling_name: str = "part_bytes") -> CountedStream:
        """A part's unpacked bytes, counted against its ceiling as they come."""
        info = self.check(part, ceiling_name)
        ceiling = getattr(self.limits, ceiling_name)
        try:
            source = self.archive.open(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as e:
            raise damaged(self.name, f"{part}: {reason(e)}",
                          f"{part}: {reason(e).message('ko')}") from e
        return CountedStream(source, ceiling, lambda count: exceeded(
            self.name, ceiling_name, ceiling, count, where=part))

    def info(self, part: str) -> zipfile.ZipInfo:
        try:
            return self.archive.getinfo(part)
        except KeyError:
            pass
        folded = part.casefold()
        for info in self.archive.infolist():
            if info.filename.casefold() == folded:
                return info
        raise damaged(self.name, f"the part {part} is missing", f"{part} 부분이 없습니다")

    def has(self, part: str) -> bool:
        try:
            self.info(part)
        except Damaged:
            return False
        return True


def check_declared(name: str, info: zipfile.ZipInfo, ceiling_name: str, ceiling: int,
                   limits: Limits) -> None:
    """Refuse a part by what the ZIP says of it, before a byte is unpacked."""
    if info.file_size > ceiling:
        raise exceeded(name, ceiling_name, ceiling, info.file_size, where=info.filename)
    if info.file_size > limits.ratio_floor_bytes:
        grows = info.file_size // max(info.compress_size, 1)
        if grows > limits.ratio:
            raise exceeded(name, "ratio", limits.ratio, grows, where=info.filename)


def zip_entries(path: Path) -> int | None:
    """How many parts the ZIP's end record lists (None: no end record, not a ZIP).

    Read before ``zipfile`` loads the central directory, whose size it does not bound.
    """
    with path.open("rb") as f:
        f.seek(0, 2)
        size = f.tell()
        tail = min(size, 22 + 65_535 + 20)
        f.seek(size - tail)
        data = f.read(tail)
    at = data.rfind(_EOCD)
    if at < 0 or len(data) - at < 22:
        return None
    (entries,) = struct.unpack_from("<H", data, at + 10)
    if entries != 0xFFFF:
        return entries
    locator = at - 20  # a ZIP64 file: the count is in its own end record
    if locator < 0 or data[locator:locator + 4] != _EOCD64_LOCATOR:
        return entries
    (offset,) = struct.unpack_from("<Q", data, locator + 8)
    with path.open("rb") as f:
        f.seek(offset)
        record = f.read(56)
    if len(record) < 56 or record[:4] != _EOCD64:
        return entries
    return struct.unpack_from("<Q", record, 32)[0]


# -- XML, streamed through expat ----------------------------------------------------------

Start = Callable[[str, dict[str, str]], None]


class XmlFeed:
    """An expat parser fed a part chunk by chunk (names come as ``namespace}local``)."""

    def __init__(self, name: str, part: str, start: Start,
                 end: Callable[[str], None] | None = None,
                 text: Callable[[str], None] | None = None) -> None:
        self.name, self.part = name, part
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.buffer_size = 64 * 1024
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self._no_dtd
        parser.EntityDeclHandler = self._no_dtd
        parser.StartElementHandler = start
        if end is not None:
            parser.EndElementHandler = end
        if text is not None:
            parser.CharacterDataHandler = text
        self.parser = parser

    def _no_dtd(self, *_: Any) -> None:
        raise damaged(self.name, f"{self.part} declares a document type (DTD), which a "
                      "workbook never has", f"{self.part}에 문서 형식 선언(DTD)이 있습니다")

    def feed(self, chunk: bytes, last: bool = False) -> None:
        try:
            self.parser.Parse(chunk, last)
        except expat.ExpatError as e:
            raise damaged(self.name, f"{self.part}: {expat.errors.messages[e.code]} at line "
                          f"{e.lineno}", f"{self.part}: {e.lineno}행의 XML 오류") from e

    def close(self) -> None:
        self.feed(b"", True)


def parse(chunks: Iterable[bytes], name: str, part: str, start: Start,
          end: Callable[[str], None] | None = None,
          text: Callable[[str], None] | None = None) -> None:
    """Feed all of a part's bytes to expat with these handlers."""
    feed = XmlFeed(name, part, start, end, text)
    try:
        for chunk in chunks:
            feed.feed(chunk)
    except zipfile.BadZipFile as e:  # a CRC mismatch at the end of the part
        raise damaged(name, f"{part}: {reason(e)}", f"{part}: {reason(e).message('ko')}") from e
    feed.close()


def local(name: str) -> str:
    return name.rpartition("}")[2]


def _relationships(book: Workbook, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, target part) of ``part``'s relationships."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", base + ".rels")
    out: dict[str, tuple[str, str]] = {}
    if not book.has(rels):
        return out

    def start(tag: str, attrs: dict[str, str]) -> None:
        if local(tag) == "Relationship" and attrs.get("TargetMode") != "External":
            target = attrs.get("Target", "")
            path = (target.lstrip("/") if target.startswith("/")
                    else posixpath.normpath(posixpath.join(folder, target)))
            out[attrs.get("Id", "")] = (attrs.get("Type", "").rpartition("/")[2], path)

    with book.stream(rels, "small_part_bytes") as stream:
        parse(stream.chunks(), book.name, rels, start)
    return out


def open_workbook(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """The workbook at ``path``: its sheets, styles and where its shared strings are."""
    path = Path(path)
    try:
        entries = zip_entries(path)
    except OSError as e:
        raise OfficerDeskError(say("file.cannot_read", path=path,
                                   detail=reason(e))) from e
    if entries is None:
        raise damaged(path.name, "not a ZIP file", "ZIP 파일이 아닙니다")
    if entries > limits.zip_entries:
        raise exceeded(path.name, "zip_entries", limits.zip_entries, entries)
    try:
        archive = zipfile.ZipFile(path)
    except OSError as e:
        raise OfficerDeskError(say("file.cannot_read", path=path,
                                   detail=reason(e))) from e
    except (zipfile.BadZipFile, ValueError) as e:
        raise damaged(path.name, str(reason(e)), reason(e).message("ko")) from e
    book = Workbook(path, archive, limits, [], None)
    try:
        _read_structure(book)
    except BaseException:
        archive.close()
        raise
    return book


def _read_structure(book: Workbook) -> None:
    main = next((target for kind, target in _relationships(book, "").values()
                 if kind == "officeDocument"), "xl/workbook.xml")
    rels = _relationships(book, main)
    listed: list[tuple[str, str, str]] = []  # name, relationship id, state
    active = [0]

    def start(tag: str, attrs: dict[str, str]) -> None:
        name = local(tag)
        if name == "sheet":
            rid = next((attrs[a] for a in _REL_ATTR if a in attrs), "")
            listed.append((attrs.get("name", ""), rid, attrs.get("state", "visible")))
        elif name == "workbookView" and attrs.get("activeTab", "").isdigit():
            active[0] = int(attrs["activeTab"])
        elif name == "workbookPr":
            book.date1904 = attrs.get("date1904", "").lower() in ("1", "true")

    with book.stream(main, "small_part_bytes") as stream:
        parse(stream.chunks(), book.name, main, start)
    for index, (name, rid, state) in enumerate(listed):
        kind, target = rels.get(rid, ("", ""))
        if kind != "worksheet":
            continue  # chart sheets and the like hold no table
        book.sheets.append(SheetInfo(name, target, state))
        if index == active[0]:
            book.active = name
    for kind, target in rels.values():
        if kind == "styles" and book.has(target):
            _read_styles(book, target)
        elif kind == "sharedStrings" and book.has(target):
            book.shared_strings_part = target
    if not book.sheets:
        raise damaged(book.name, "it has no worksheet", "워크시트가 없습니다")


def _read_styles(book: Workbook, part: str) -> None:
    from openpyxl.styles.numbers import builtin_format_code, is_date_format, is_timedelta_format

    custom: dict[int, str] = {}
    styles: list[int] = []
    quoted: set[str] = set()
    depth = {"cellXfs": 0}

    def start(tag: str, attrs: dict[str, str]) -> None:
        name = local(tag)
        if name == "numFmt" and attrs.get("numFmtId", "").isdigit():
            custom[int(attrs["numFmtId"])] = attrs.get("formatCode", "")
        elif name == "cellXfs":
            depth["cellXfs"] += 1
        elif name == "xf" and depth["cellXfs"]:
            fmt = attrs.get("numFmtId", "0")
            if attrs.get("quotePrefix") in ("1", "true"):
                quoted.add(str(len(styles)))
            styles.append(int(fmt) if fmt.isdigit() else 0)

    def end(tag: str) -> None:
        if local(tag) == "cellXfs":
            depth["cellXfs"] -= 1

    with book.stream(part, "small_part_bytes") as stream:
        parse(stream.chunks(), book.name, part, start, end)
    codes = [custom.get(i) or builtin_format_code(i) for i in styles]
    book.date_styles = frozenset(i for i, c in enumerate(codes) if is_date_format(c))
    book.timedelta_styles = frozenset(i for i, c in enumerate(codes) if is_timedelta_format(c))
    book.number_formats = tuple(None if c in (None, "General", "@") else c for c in codes)
    book.quoted_styles = frozenset(quoted)


def _read_shared_strings(book: Workbook, part: str) -> list[str]:
    """Every entry's text (rich-text runs joined, phonetic guides left out), refused as
    soon as there are too many entries or characters."""
    limits, name = book.limits, book.name
    strings: list[str] = []
    pieces: list[str] = []
    state = {"collect": False, "phonetic": 0, "length": 0}
    si = {f"{ns}}}si" for ns in MAIN_NS}
    t = {f"{ns}}}t" for ns in MAIN_NS}
    rph = {f"{ns}}}rPh" for ns in MAIN_NS}

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag in t:
            state["collect"] = not state["phonetic"]
        elif tag in si:
            pieces.clear()
            state["length"] = 0
            if len(strings) >= limits.shared_strings:
                raise exceeded(name, "shared_strings", limits.shared_strings,
                               len(strings) + 1, where=part)
        elif tag in rph:
            state["phonetic"] += 1

    def end(tag: str) -> None:
        if tag in t:
            state["collect"] = False
        elif tag in si:
            text = unescape("".join(pieces))
            strings.append(text)
            book.count_text(len(text), part)
        elif tag in rph:
            state["phonetic"] -= 1

    def text(data: str) -> None:
        if state["collect"]:
            pieces.append(data)
            state["length"] += len(data)
            if state["length"] > limits.cell_chars:
                raise exceeded(name, "cell_chars", limits.cell_chars, state["length"],
                               where=part)

    with book.stream(part) as stream:
        parse(stream.chunks(), name, part, start, end, text)
    return strings


__all__ = ["Damaged", "LimitExceeded", "SheetInfo", "Workbook", "XmlFeed", "open_workbook",
           "parse", "unescape", "zip_entries"]
