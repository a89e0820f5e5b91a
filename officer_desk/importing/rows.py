"""A row's cells read into field values, and what changed on the way in.

``read_row`` turns the mapped cells of one sheet row into values for the kind's fields
(a pair's Korean or English field by the text, companies by name, amounts with the
currency they name). Whatever is read differently from the cell as the person sees it
becomes a *note* that the preview shows before anything is stored: a value filled down
from a merged cell, a currency taken from a sign, Korean units turned into a number, a
number taken for Excel's date number, a two-digit year taken for 20xx.
``reconcile_currency`` checks the currencies the amounts name against each other and
against the row's currency column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from unicodedata import normalize

from officer_desk.domain.errors import FieldError
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.messages import Both, Text, say
from officer_desk.domain.name_script import name_side
from officer_desk.importing.amounts import Amount, as_number_text, parse_amount, yen_for
from officer_desk.importing.mapping import ColumnMap, Target, target_named, targets
from officer_desk.importing.readers import Cell, SheetRow, Table
from officer_desk.importing.values import (
    as_text,
    cell_problem,
    plain,
    read_cell,
    short,
    split_items,
)
from officer_desk.services.desk import Desk

#: A message about a cell (or the row when the column is None).
Note = tuple[FieldError, "ColumnMap | None"]


def fills_by_row(table: Table, columns: list[ColumnMap]) -> dict[int, list[Note]]:
    """Notes on the cells filled down from a merged range, by row."""
    mapped = {c.letter: c for c in columns if c.target}
    out: dict[int, list[Note]] = {}
    for fill in table.fills:
        column = mapped.get(fill.column)
        if column is None:
            continue  # a column not imported: nothing to say
        hidden_en = (f" (the file held {short(fill.hidden)} under the merge, which Excel does "
                     "not show)" if fill.hidden is not None else "")
        hidden_ko = (f" (병합 아래 숨은 값 {short(fill.hidden)}은(는) Excel에 보이지 않으므로 "
                     "쓰지 않음)" if fill.hidden is not None else "")
        out.setdefault(fill.row, []).append((FieldError(
            "", "merged_fill",
            f"filled from the merged cell {fill.source} ({fill.ref}), as Excel shows it"
            + hidden_en,
            f"병합된 셀 {fill.source}({fill.ref})의 값을 Excel에 보이는 대로 채웠습니다"
            + hidden_ko), column))
    return out


@dataclass
class Context:
    """What every row of one plan needs: the desk, the currencies, the post's ¥."""

    desk: Desk
    fills: dict[int, list[Note]]
    codes: frozenset[str] = frozenset()
    yen: str | None = None
    known: Any = None  # identity.Known: the plan's look-ups of existing records
    #: (columns, kind, pair fields, mapped columns in order with targets): _layout
    layout: Any = None
    #: The workbook counts its date numbers from 1904 (readers.Table.date1904).
    date1904: bool = False
    #: Looks up the records a column of ids names (company_id), each id once per plan.
    refs: Any = None

    def _ref_exists(self, kind_name: str | None, record_id: str) -> bool:
        key = (kind_name, record_id)
        if key not in self._found:
            self._found[key] = self.desk.repo.exists(kind_name, record_id)
        return self._found[key]

    def __post_init__(self) -> None:
        self.codes = frozenset(self.desk.vocab.codes("currency"))
        found = self.desk.conn.execute("SELECT jurisdiction FROM posts WHERE code = ?",
                                       (self.desk.home_post,)).fetchone()
        self.yen = yen_for(found[0] if found else None)
        self._found: dict[tuple[str | None, str], bool] = {}
        self.refs = self._ref_exists


@dataclass
class RowInput:
    """A row's cells sorted out: field values, company names and cell problems."""

    data: dict[str, Any] = field(default_factory=dict)
    company: dict[str, Any] = field(default_factory=dict)  # company / company_brn
    company_columns: dict[str, ColumnMap] = field(default_factory=dict)
    company_names: list[str] = field(default_factory=list)  # engagements
    problems: list[Note] = field(default_factory=list)
    #: Amount cells that name a currency: (field, column, what the cell says).
    amounts: list[tuple[str, ColumnMap, Amount]] = field(default_factory=list)
    #: Changes made on the way in, shown in the preview (never blocking).
    notes: list[Note] = field(default_factory=list)
    #: The export's id and owning post columns (``mapping.RECORD_TARGETS``), as text.
    record: dict[str, str] = field(default_factory=dict)
    record_columns: dict[str, ColumnMap] = field(default_factory=dict)


def read_row(context: Context, kind: RecordKind, columns: list[ColumnMap],
              source: SheetRow, column_of: dict[str, ColumnMap]) -> RowInput:
    out = RowInput()
    vocab = context.desk.vocab
    pair_fields, ordered = _layout(context, kind, columns)
    for c, target in ordered:
        assert c.target is not None
        cell = source.cell(c.column.index)
        if cell.blank:
            continue
        bad = cell_problem(cell, (target.en, target.ko))
        if bad:
            out.problems += [(replace(bad, field=name), c) for name in target.fields]
            continue
        value = plain(cell.value)
        if c.target in pair_fields:
            text = as_text(value)
            ko, en = pair_fields[c.target]
            name = ko if isinstance(text, str) and name_side(text) == "ko" else en
            if name not in out.data:
                out.data[name] = text
                column_of[name] = c
        elif c.target in ("id", "post"):
            out.record[c.target] = str(as_text(value)).strip()
            out.record_columns[c.target] = c
        elif c.target in ("company", "company_brn"):
            out.company[c.target] = as_text(value)
            out.company_columns[c.target] = c
        elif c.target == "companies":
            items = split_items(value)
            out.company_names = items if isinstance(items, list) else [str(items)]
        elif kind.field(c.target).type is FieldType.AMOUNT:
            out.data[c.target] = _amount(context, kind, c, cell, value, out)
        else:
            f = kind.field(c.target)
            out.data[c.target] = read = read_cell(f, value, vocab, date1904=context.date1904)
            if f.type is FieldType.DATE:
                _date_note(f, c, value, read, out)
    return out


def _layout(context: Context, kind: RecordKind, columns: list[ColumnMap]
            ) -> tuple[dict[str, tuple[str, ...]], list[tuple[ColumnMap, Target]]]:
    """The kind's Korean/English field pairs and the mapped columns in reading order,
    each with its target, worked out once per plan (the same for every row; a plan
    makes its own ``Context``)."""
    if (context.layout is None or context.layout[0] is not columns
            or context.layout[1] is not kind):
        pair_fields = {t.name: t.fields for t in targets(kind) if len(t.fields) == 2
                       and t.fields[0].endswith("_ko")}
        mapped = [c for c in columns if c.target]
        # named fields first, so that a "title" column does not hide a "title (Korean)" one
        ordered = sorted(mapped, key=lambda c: c.target in pair_fields)
        context.layout = (columns, kind, pair_fields,
                          [(c, target_named(kind, str(c.target))) for c in ordered])
    return context.layout[2], context.layout[3]


_TWO_DIGIT_YEAR = re.compile(r"^\s*\d{2}\s*[./-]|^\s*\d{2}\s*년")


def _date_note(f: Any, column: ColumnMap, value: Any, read: Any, out: RowInput) -> None:
    """A date that was a guess: a number taken for Excel's date number, a year of two
    digits taken for 20xx."""
    if (isinstance(value, dt.datetime) and isinstance(read, dt.date)
            and value.time() != dt.time(0, 0)):  # 2024-03-01 23:30: the 23:30 is dropped
        text = say("cell.time_left_out", field=_label(f),
                   value=value.isoformat(" ", "minutes"), date=read.isoformat())
        out.notes.append((FieldError(f.name, "time_left_out", text.en, text.ko), column))
        return
    if not isinstance(read, dt.date) or isinstance(value, dt.date):
        return
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isdigit()
                                            and len(value.strip()) != 8):
        number = value.strip() if isinstance(value, str) else as_text(value)
        text = say("cell.date_from_number", field=_label(f), number=number,
                   date=read.isoformat())
        out.notes.append((FieldError(f.name, "date_from_number", text.en, text.ko), column))
    elif isinstance(value, str) and _TWO_DIGIT_YEAR.match(normalize("NFKC", value)):
        text = say("cell.two_digit_year", field=_label(f), value=short(value),
                   date=read.isoformat())
        out.notes.append((FieldError(f.name, "two_digit_year", text.en, text.ko), column))


def _amount(context: Context, kind: RecordKind, column: ColumnMap, cell: Cell, value: Any,
            out: RowInput) -> Any:
    """An amount cell's number; its currency is kept to compare with the row's."""
    f = kind.field(str(column.target))
    amount = parse_amount(value, context.codes, yen=context.yen,
                          number_format=cell.number_format)
    if amount.problem is not None:
        en, ko = amount.problem
        out.problems.append((FieldError(f.name, "bad_amount", f"{f.en}: {en}",
                                        f"{f.ko}: {ko}"), column))
        return None
    if amount.units:
        number = as_number_text(amount.value)
        text = say("cell.amount_units", field=_label(f), value=short(value), number=number)
        out.notes.append((FieldError(f.name, "amount_units", text.en, text.ko), column))
    if amount.currency is not None:
        out.amounts.append((f.name, column, amount))
    return amount.value


def reconcile_currency(kind: RecordKind, given: RowInput, cleaned: dict[str, Any],
              column_of: Mapping[str, ColumnMap]) -> None:
    """The currency the amounts name: it must agree with the currency column and with
    each other; it fills an empty currency cell (said in the preview)."""
    if not given.amounts or not kind.has_field("currency"):
        return
    f = kind.field("currency")
    stated = cleaned.get("currency")
    first_field, first_column, first = given.amounts[0]
    for name, column, amount in given.amounts[1:]:
        if amount.currency != first.currency:
            text = say("cell.currency_conflict", field=_label(kind.field(name)),
                       said=_said(amount), currency=amount.currency,
                       first=_label(kind.field(first_field)), column=first_column.letter,
                       first_currency=first.currency)
            given.problems.append((FieldError(name, "currency_conflict", text.en, text.ko),
                                   column))
            return
    if stated and stated != first.currency:
        for name, column, amount in given.amounts:
            text = say("cell.currency_column_conflict", field=_label(kind.field(name)),
                       said=_said(amount), currency=amount.currency, column=_label(f),
                       stated=stated)
            given.problems.append((FieldError(name, "currency_conflict", text.en, text.ko),
                                   column))
        return
    if not stated:
        cleaned["currency"] = first.currency
        yen = ("" if first.sign != "¥" else say("cell.yen_is_yen")
               if first.currency == "JPY" else say("cell.yen_is_yuan"))
        text = say("cell.currency_from_sign", field=_label(f), currency=first.currency,
                   said=_said(first), column=first_column.letter, yen=yen)
        given.notes.append((FieldError("currency", "currency_from_sign", text.en, text.ko),
                            column_of.get("currency") or first_column))


def _said(amount: Amount) -> Text | str:
    return (say("cell.format_sign", sign=amount.sign) if amount.from_format
            else f"'{amount.sign}'")


def _label(f: Any) -> Both:
    """A field's name in each language."""
    return Both(f.en, f.ko)
