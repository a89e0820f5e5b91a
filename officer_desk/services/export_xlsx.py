"""Records out to an Excel workbook that ``officer-desk import`` reads back.

One sheet per kind, named after the kind (``disputes`` …), with the same columns as the
CSV export (``transfer.export_csv``): the record's id and owning post, every field but
attachment content, the times. The id is what the import finds the record by
(``importing.identity``), so a workbook exported, corrected in Excel and imported again
changes exactly the cells that were corrected, and one imported unchanged changes
nothing. Cells are typed as Excel shows them: dates as date cells, amounts as numbers,
lists joined with ``; ``, and every text written as text (never a formula).

A text longer than an Excel cell holds (32,767 characters) cannot go through Excel
unchanged: the export is refused, naming the record (CSV and JSON keep it whole).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from officer_desk.briefs.xlsx_cells import (
    AMOUNT_FORMAT,
    AMOUNT_FORMAT_CENTS,
    DATE_FORMAT,
    CellMaker,
)
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.messages import Both, say
from officer_desk.domain.spreadsheet_text import EXCEL_CELL_LIMIT, utf16_length
from officer_desk.services.desk import Desk
from officer_desk.services.transfer import csv_columns, iter_records, list_text


def _cell(cells: CellMaker, f: Field, value: Any, where: tuple[RecordKind, str]) -> Any:
    if value is None or value in ([], ()):
        return None
    t = f.type
    if t is FieldType.DATE:
        return cells.styled(value, number_format=DATE_FORMAT)
    if t is FieldType.AMOUNT:
        fraction = isinstance(value, float) and not value.is_integer()
        return cells.styled(value, number_format=AMOUNT_FORMAT_CENTS if fraction
                            else AMOUNT_FORMAT)
    if t in (FieldType.BOOL, FieldType.INTEGER):
        return value
    text = list_text(t, value) if t in (FieldType.STRINGS, FieldType.REFS,
                                        FieldType.PARTIES) else str(value)
    if utf16_length(text) > EXCEL_CELL_LIMIT:
        kind, rid = where
        raise OfficerDeskError(say("out.xlsx_text_too_long", kind=Both(kind.en, kind.ko),
                                   id=rid[:8], field=Both(f.en, f.ko), length=len(text)))
    return cells.text(text)


def write_xlsx(desk: Desk, kinds: Iterable[RecordKind], path: Path, *,
               include_deleted: bool = False) -> dict[str, int]:
    """Write one sheet per kind to ``path``; the rows written, by kind."""
    book = Workbook(write_only=True)
    counts: dict[str, int] = {}
    for kind in kinds:
        ws = book.create_sheet(kind.name)
        ws.freeze_panes = "A2"
        cells = CellMaker(ws)
        fields = csv_columns(kind)
        ws.append([cells.styled(name, bold=True)
                   for name in ("id", "post", *(f.name for f in fields),
                                "created_at", "updated_at")])
        n = 0
        for r in iter_records(desk, kind, include_deleted=include_deleted, with_blobs=False):
            ws.append([r.id, r.post,
                       *(_cell(cells, f, r.values.get(f.name), (kind, r.id)) for f in fields),
                       r.created_at, r.updated_at])
            n += 1
        counts[kind.name] = n
    book.save(path)
    return counts
