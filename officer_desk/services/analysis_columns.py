"""The columns of the analysis database, made from the kinds' field declarations.

Every field becomes readable columns, the same rule for every kind:

- a vocabulary code (or a fixed choice) keeps its code, with ``<field>_en`` and
  ``<field>_ko`` labels beside it;
- a date is ISO text (``2024-03-01``, what SQLite's date functions read); a kind with a
  period field also gets ``quarter`` (``2024-Q1``);
- an amount is a number, with ``<field>_text`` ("USD 12,000,000") when the kind has a
  currency;
- a reference to a record of one kind keeps the id (a foreign key) and adds the record's
  names (``company_id`` -> ``company_ko``, ``company_en``); a link to a record of any
  kind adds its kind and titles (``record_kind``, ``record_title_ko``, …);
- lists (tags, participants, counterparties, companies concerned) are joined with "; ";
  counterparties and companies concerned also get a table of their own, one row each;
- a yes/no is 0 or 1;
- file contents (attachments) are left out: their name, type, size and SHA-256 stay.

The sync columns (version, origin, field_versions, seen, changed, deleted) are not
written: the analysis database holds what the records say, not how they travel.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import RecordKind
from officer_desk.services.display import CHOICE_LABELS

#: Column type per field type (SQLite affinity as sqlite-utils names it).
_TYPES = {FieldType.INTEGER: int, FieldType.BOOL: int, FieldType.AMOUNT: float}


@dataclass(frozen=True)
class Column:
    name: str
    type: type
    en: str
    ko: str
    #: the value from a source row (a dict of the kind table's columns)
    value: Callable[[Mapping[str, Any]], Any]


@dataclass
class Lookups:
    """What the columns read besides the row: labels and names, by code or id."""

    labels: dict[str, dict[str, tuple[str, str]]]  # vocabulary -> code -> (en, ko)
    titles: dict[str, tuple[str, str, str]]  # record id -> (kind, ko, en)
    #: a company's name as the edition shows it (the stakeholder edition: an alias)
    company: Callable[[str], tuple[str, str]]
    #: free text as the edition shows it
    text: Callable[[Any], Any]

    def label(self, vocabulary: str, code: str | None) -> tuple[str | None, str | None]:
        if code is None:
            return None, None
        return self.labels.get(vocabulary, {}).get(code, (code, code))


def json_list(value: Any) -> list[Any]:
    if not value:
        return []
    try:
        items = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return []
    return items if isinstance(items, list) else []


def _amount_text(amount: Any, currency: Any) -> str | None:
    if amount is None:
        return None
    number = f"{amount:,.2f}".rstrip("0").rstrip(".") if isinstance(amount, float) \
        else f"{amount:,}"
    return f"{currency} {number}" if currency else number


def _base(name: str) -> str:
    return name[:-3] if name.endswith("_id") else name


def columns_of(kind: RecordKind, look: Lookups) -> list[Column]:
    """The analysis table's columns for ``kind`` (``id`` and ``post`` first)."""
    out = [Column("id", str, "Id", "ID", lambda r: r["id"]),
           Column("post", str, "Post", "공관", lambda r: r["post"])]
    for f in kind.fields:
        out += _field_columns(kind, f, look)
    if kind.period_field:
        period = kind.period_field
        out.append(Column("quarter", str, f"Quarter ({kind.field(period).en})",
                          f"분기({kind.field(period).ko})",
                          lambda r, p=period: _quarter(r[p])))
    out += [Column("created_at", str, "Created (UTC)", "작성 시각(UTC)",
                   lambda r: r["created_at"]),
            Column("updated_at", str, "Last changed (UTC)", "최종 변경 시각(UTC)",
                   lambda r: r["updated_at"])]
    return out


def _quarter(day: Any) -> str | None:
    if not day or len(str(day)) < 7:
        return None
    text = str(day)
    try:
        month = int(text[5:7])
    except ValueError:
        return None
    return f"{text[:4]}-Q{(month - 1) // 3 + 1}"


def _field_columns(kind: RecordKind, f: Field, look: Lookups) -> list[Column]:
    n = f.name
    if f.type is FieldType.BLOB:
        return []
    if f.type in (FieldType.VOCAB, FieldType.CHOICE):
        known = (CHOICE_LABELS if f.type is FieldType.CHOICE
                 else look.labels.get(f.vocab or "", {}))

        def labels(r: Mapping[str, Any], i: int) -> str | None:
            code = r[n]
            if code is None:
                return None
            found = known.get(code)
            return found[i] if found else code
        return [Column(n, str, f"{f.en} (code)", f"{f.ko}(코드)", lambda r: r[n]),
                Column(f"{n}_en", str, f.en, f"{f.ko}(영문)", lambda r: labels(r, 0)),
                Column(f"{n}_ko", str, f"{f.en} (Korean)", f.ko, lambda r: labels(r, 1))]
    if f.type is FieldType.REF:
        base = _base(n)

        def name(r: Mapping[str, Any], i: int) -> str | None:
            rid = r[n]
            if not rid:
                return None
            if f.ref == "companies":
                return look.company(rid)[i] or None
            found = look.titles.get(rid)
            return look.text(found[1 + i]) if found else None
        # a record the file does not hold is not referred to (its name stays, as the
        # edition shows it): the foreign key never points nowhere
        return [Column(n, str, f.en, f.ko, lambda r: r[n] if r[n] in look.titles else None),
                Column(f"{base}_ko", str, f"{f.en} (Korean name)", f"{f.ko} 이름(한글)",
                       lambda r: name(r, 0)),
                Column(f"{base}_en", str, f"{f.en} (English name)", f"{f.ko} 이름(영문)",
                       lambda r: name(r, 1))]
    if f.type is FieldType.LINK:
        base = _base(n)

        def linked(r: Mapping[str, Any], i: int) -> str | None:
            found = look.titles.get(r[n] or "")
            if not found:
                return None
            if i == 0:
                return found[0]
            if found[0] == "companies":
                return look.company(r[n])[i - 1] or None
            return look.text(found[i])
        return [Column(n, str, f.en, f.ko, lambda r: r[n] if r[n] in look.titles else None),
                Column(f"{base}_kind", str, f"{f.en}: kind", f"{f.ko} 종류",
                       lambda r: linked(r, 0)),
                Column(f"{base}_title_ko", str, f"{f.en}: title (Korean)",
                       f"{f.ko} 제목(한글)", lambda r: linked(r, 1)),
                Column(f"{base}_title_en", str, f"{f.en}: title (English)",
                       f"{f.ko} 제목(영문)", lambda r: linked(r, 2))]
    if f.type is FieldType.REFS:
        base = _base(n).removesuffix("_ids")

        def names(r: Mapping[str, Any], i: int) -> str | None:
            ids = [c for c in json_list(r[n]) if isinstance(c, str)]
            shown = [look.company(c)[i] if f.ref == "companies" else
                     look.text((look.titles.get(c) or ("", "", ""))[1 + i]) for c in ids]
            return "; ".join(s for s in shown if s) or None
        return [Column(f"{base}_ko", str, f"{f.en} (Korean names)", f"{f.ko}(한글)",
                       lambda r: names(r, 0)),
                Column(f"{base}_en", str, f"{f.en} (English names)", f"{f.ko}(영문)",
                       lambda r: names(r, 1))]
    if f.type is FieldType.STRINGS:
        return [Column(n, str, f.en, f.ko, lambda r: look.text("; ".join(
            str(s) for s in json_list(r[n]) if str(s).strip())) or None)]
    if f.type is FieldType.PARTIES:
        def parties(r: Mapping[str, Any]) -> str | None:
            shown = []
            for p in json_list(r[n]):
                if isinstance(p, dict) and p.get("name"):
                    label = look.label("counterparty_type", p.get("type"))[0]
                    shown.append(f"{p['name']} — {label}" if label else str(p["name"]))
            return look.text("; ".join(shown)) or None
        return [Column(n, str, f.en, f.ko, parties)]
    if f.type is FieldType.AMOUNT:
        cols = [Column(n, float, f.en, f.ko, lambda r: r[n])]
        if kind.has_field("currency"):
            cols.append(Column(f"{n}_text", str, f"{f.en} with currency",
                               f"{f.ko}(통화 포함)",
                               lambda r: _amount_text(r[n], r["currency"])))
        return cols
    if f.type in _TYPES:
        return [Column(n, _TYPES[f.type], f.en, f.ko, lambda r: r[n])]
    if f.type is FieldType.DATE:
        return [Column(n, str, f.en, f.ko, lambda r: r[n])]
    return [Column(n, str, f.en, f.ko, lambda r: look.text(r[n]) if r[n] else r[n])]


def source_columns(kind: RecordKind) -> list[str]:
    """The kind table's columns the analysis reads (no blobs, no sync columns)."""
    return ["id", "post", "created_at", "updated_at",
            *[f.name for f in kind.fields if f.type is not FieldType.BLOB]]
