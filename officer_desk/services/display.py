"""Field values as a person reads them in lists and forms: no Qt, no terminal.

The window's tables use these; the rules are the same for every kind: vocabulary codes
become labels in the chosen language, dates are ISO, lists are joined with "; ", links
show the linked record's title when it is known (else the first 8 characters of its id).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.vocabulary import Vocabularies
from officer_desk.services.desk import Desk

#: Labels (en, ko) of the few fixed choices (a dispute's status) that are not vocabulary.
CHOICE_LABELS: dict[str, tuple[str, str]] = {
    "open": ("Open", "진행 중"),
    "closed": ("Closed", "종결"),
}

#: How a true value of a yes/no field is shown in a table cell (false: blank).
CHECK = "✓"

#: Types shown right-aligned in tables (numbers and dates line up).
NUMERIC_TYPES = frozenset({FieldType.AMOUNT, FieldType.INTEGER, FieldType.DATE})

#: (English, Korean) titles of linked records, by id.
Titles = Mapping[str, tuple[str, str]]


def short_id(record_id: str | None) -> str:
    return (record_id or "")[:8]


def one_line(text: str) -> str:
    """``text`` with line breaks and runs of spaces folded into single spaces."""
    return " ".join(str(text).split())


def yes_no(value: bool, lang: str = "ko") -> str:
    if lang == "ko":
        return "예" if value else "아니오"
    return "yes" if value else "no"


def number(value: Any) -> str:
    """``1234567.0`` -> ``1,234,567``; ``1234.5`` -> ``1,234.5``."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (int, float, Decimal)):
        return f"{value:,}"
    return str(value)


def human_size(n: int | None) -> str:
    """A size as people read it: ``512 B``, ``12 KB``, ``3.4 MB``, ``1.2 GB``."""
    if n is None:
        return ""
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    if n < 1024 ** 3:
        return f"{n / 1024 / 1024:.1f} MB"
    return f"{n / 1024 ** 3:.1f} GB"


def linked_title(record_id: str, titles: Titles | None, lang: str = "ko") -> str:
    """The title of a linked record if known, else the first 8 characters of its id."""
    known = (titles or {}).get(record_id)
    if known:
        en, ko = known
        text = (ko or en) if lang == "ko" else (en or ko)
        if text:
            return one_line(text)
    return short_id(record_id)


def format_value(
    f: Field,
    value: Any,
    vocab: Vocabularies,
    lang: str = "ko",
    *,
    check_marks: bool = True,
    titles: Titles | None = None,
) -> str:
    """One field value as text for a table cell.

    ``check_marks``: yes/no fields as ✓ or blank (tables); otherwise 예/아니오 (yes/no).
    ``titles``: titles of linked records, as returned by :func:`titles_of`.
    """
    if value is None or value == "" or value == [] or value == ():
        return ""
    t = f.type
    if t is FieldType.VOCAB and f.vocab:
        return vocab.label(f.vocab, value, lang)
    if t is FieldType.CHOICE:
        labels = CHOICE_LABELS.get(value)
        return labels[1 if lang == "ko" else 0] if labels else str(value)
    if t is FieldType.DATE:
        return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)
    if t is FieldType.BOOL:
        if check_marks:
            return CHECK if value else ""
        return yes_no(bool(value), lang)
    if t in (FieldType.AMOUNT, FieldType.INTEGER):
        return number(value)
    if t is FieldType.STRINGS:
        return "; ".join(one_line(v) for v in value)
    if t in (FieldType.REF, FieldType.LINK):
        return linked_title(str(value), titles, lang)
    if t is FieldType.REFS:
        return "; ".join(linked_title(str(v), titles, lang) for v in value)
    if t is FieldType.PARTIES:
        parts = []
        for p in value:
            name = one_line(p.get("name") or "")
            kind = vocab.label("counterparty_type", p.get("type"), lang) if p.get("type") else ""
            parts.append(f"{name} ({kind})" if kind else name)
        return "; ".join(parts)
    if t is FieldType.BLOB:
        return f"{len(value):,} B"
    return one_line(value)


def is_numeric(f: Field) -> bool:
    """Whether a table shows the field right-aligned."""
    return f.type in NUMERIC_TYPES


def linked_ids(f: Field, value: Any) -> list[str]:
    """The record ids a value of ``f`` points to (none for other types)."""
    if value is None:
        return []
    if f.type in (FieldType.REF, FieldType.LINK):
        return [str(value)]
    if f.type is FieldType.REFS:
        return [str(v) for v in value]
    return []


def titles_of(desk: Desk, ids: Iterable[str], *, chunk: int = 500) -> dict[str, tuple[str, str]]:
    """``{id: (title_en, title_ko)}`` of the records (of any kind, deleted too) with those ids.

    One query per ``chunk`` ids, from the record index: the records are not read.
    """
    wanted = list(dict.fromkeys(i for i in ids if i))
    out: dict[str, tuple[str, str]] = {}
    for start in range(0, len(wanted), chunk):
        part = wanted[start:start + chunk]
        rows = desk.conn.execute(
            "SELECT id, title_en, title_ko FROM record_index "
            f"WHERE id IN ({', '.join('?' for _ in part)})",
            part,
        )
        for rid, en, ko in rows:
            out[rid] = (en or "", ko or "")
    return out


#: What a deleted record's title is followed by where a live record still names it.
DELETED_MARK = (" (deleted)", " (삭제됨)")


def deleted_among(desk: Desk, ids: Iterable[str], *, chunk: int = 500) -> set[str]:
    """Those of ``ids`` whose records are deleted (in the bin): a query per kind and
    ``chunk`` ids, by the kinds' ids."""
    from officer_desk.domain.kinds import KINDS_BY_NAME

    wanted = list(dict.fromkeys(i for i in ids if i))
    by_kind: dict[str, list[str]] = {}
    for start in range(0, len(wanted), chunk):
        part = wanted[start:start + chunk]
        for rid, kind in desk.conn.execute(
                f"SELECT id, kind FROM record_index WHERE id IN ({', '.join('?' * len(part))})",
                part):
            if kind in KINDS_BY_NAME:
                by_kind.setdefault(kind, []).append(rid)
    out: set[str] = set()
    for kind, kind_ids in by_kind.items():
        for start in range(0, len(kind_ids), chunk):
            part = kind_ids[start:start + chunk]
            out.update(rid for (rid,) in desk.conn.execute(
                f'SELECT id FROM "{kind}" WHERE deleted = 1 '  # kind: a known kind's name
                f"AND id IN ({', '.join('?' * len(part))})", part))
    return out


def titles_marking_deleted(desk: Desk, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """:func:`titles_of`, a deleted record's title followed by "(deleted)"/"(삭제됨)":
    a dispute whose company was deleted shows that, not the company as if it were
    there."""
    ids = list(ids)
    titles = titles_of(desk, ids)
    for rid in deleted_among(desk, titles):
        en, ko = titles[rid]
        titles[rid] = (en + DELETED_MARK[0], (ko or en) + DELETED_MARK[1])
    return titles


def count_text(shown: int, total: int, lang: str = "ko") -> str:
    """``200 of 41,666`` (``41,666건 중 200건``); just ``5`` (``5건``) when all are shown."""
    if lang == "ko":
        return f"{shown:,}건" if shown == total else f"{total:,}건 중 {shown:,}건"
    return f"{shown:,}" if shown == total else f"{shown:,} of {total:,}"
