"""Hostile workbooks, built part by part: a small ZIP that unpacks to far more XML than any
register (a "zip bomb"), a shared-strings table of millions of entries, a sheet that
claims to be sixteen thousand columns wide.

Each is a valid XLSX (Excel opens the small ones), written with ``zipfile`` so that the
XML can be streamed into the ZIP without ever being held in memory.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = (
    HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>")
ROOT_RELS = (HEAD + f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
             'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (HEAD + f'<workbook xmlns="{NS}" xmlns:r="{REL}"><sheets>'
            '<sheet name="분쟁현황" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    HEAD + f'<Relationships xmlns="{PKG}">'
    f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>")

#: The register's header as inline strings (no shared strings needed).
HEADER = ("사건명", "접수일", "권리", "분쟁유형", "회사명")


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def header_row() -> str:
    cells = "".join(inline(f"{chr(65 + i)}1", h) for i, h in enumerate(HEADER))
    return f'<row r="1">{cells}</row>'


def sheet_parts(rows: Iterable[str], *, dimension: str | None = None,
                merges: Iterable[str] = ()) -> Iterator[bytes]:
    """A worksheet's XML, in pieces: the header row, then ``rows``."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    yield (HEAD + f'<worksheet xmlns="{NS}">{dim}<sheetData>{header_row()}').encode()
    batch: list[str] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= 1000:
            yield "".join(batch).encode()
            batch.clear()
    yield "".join(batch).encode()
    merged = list(merges)
    tail = (f'<mergeCells count="{len(merged)}">'
            + "".join(f'<mergeCell ref="{m}"/>' for m in merged) + "</mergeCells>"
            if merged else "")
    yield f"</sheetData>{tail}</worksheet>".encode()


def shared_parts(strings: Iterable[str]) -> Iterator[bytes]:
    yield (HEAD + f'<sst xmlns="{NS}">').encode()
    batch: list[str] = []
    for text in strings:
        batch.append(f"<si><t>{text}</t></si>")
        if len(batch) >= 1000:
            yield "".join(batch).encode()
            batch.clear()
    yield ("".join(batch) + "</sst>").encode()


def workbook(path: Path, sheet: Iterable[bytes],
             shared: Iterable[bytes] | None = None) -> Path:
    """A workbook of one sheet (``sheet``: its XML in pieces), deflated at level 9."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        for name, pieces in (("xl/worksheets/sheet1.xml", sheet),
                             ("xl/sharedStrings.xml", shared or shared_parts([]))):
            with z.open(name, "w", force_zip64=True) as f:
                for piece in pieces:
                    f.write(piece)
    return path


def xml_bomb(path: Path, megabytes: int) -> Path:
    """``megabytes`` of sheet XML, rows of the same two cells, in a ZIP of about a
    megabyte: the kind of file that ran 25 minutes at 2.4 GB."""
    row = ('<row><c t="inlineStr"><is><t>x</t></is></c><c><v>1</v></c></row>') * 100
    count = megabytes * 1_000_000 // len(row) + 1
    return workbook(path, sheet_parts(row for _ in range(count)))


def declare_size(path: Path, part: str, size: int) -> None:
    """Make the ZIP's central directory lie about ``part``'s unpacked size."""
    data = bytearray(path.read_bytes())
    at = 0
    name = part.encode()
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        name_len, extra_len = struct.unpack_from("<HH", data, at + 28)
        if data[at + 46:at + 46 + name_len] == name:
            if struct.unpack_from("<I", data, at + 24)[0] == 0xFFFFFFFF:
                extra = at + 46 + name_len  # ZIP64: the size is in the extra field
                end = extra + extra_len
                while extra < end:
                    tag, length = struct.unpack_from("<HH", data, extra)
                    if tag == 1:
                        struct.pack_into("<Q", data, extra + 4, size)
                        break
                    extra += 4 + length
            else:
                struct.pack_into("<I", data, at + 24, size)
            path.write_bytes(bytes(data))
            return
        at += 4
    raise KeyError(part)
