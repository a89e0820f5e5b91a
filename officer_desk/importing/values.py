"""What people type in cells, read as field values; and companies found or to be made.

Each reader here turns a cell into something ``domain.validation.clean_value`` accepts
(a date, a vocabulary code, a list …) or leaves it as it is, so that validation reports
it with its usual bilingual message. Dates come in the forms people type (2024-03-01,
2024.03.01, 2024/3/1, 24.3.1, 2024. 3. 1., 2024년 3월 1일, 20240301), as Excel date
serials or as date cells; vocabulary values by code or by Korean or English label,
whatever the case and spacing. Typed dates are read by ``domain.dates``, the same
reader as the window's date fields.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from officer_desk.domain.dates import read_typed_date
from officer_desk.domain.errors import FieldError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import COMPANIES
from officer_desk.domain.messages import Both, say
from officer_desk.domain.name_script import name_side
from officer_desk.domain.spreadsheet_text import needs_apostrophe
from officer_desk.domain.validation import brn_is_valid, clean_fields, field_error
from officer_desk.domain.vocabulary import Vocabularies
from officer_desk.importing.amounts import Amount, parse_amount
from officer_desk.importing.readers import Cell, fold, is_error_value
from officer_desk.services.companies import normalise_name
from officer_desk.services.desk import Desk

#: Ids of imported records: uuid5 of the post, the kind and the row's natural key, so the
#: same row imported again is recognised (see ``identity.natural_key``).
IMPORT_NAMESPACE = uuid.UUID("3b0f5f0e-9a53-4f4e-8f57-5d7f0d2c6a41")

#: Excel serial numbers read as dates (1954-10-03 … 2119-01-10) in a date column.
SERIAL_RANGE = (20_000, 80_000)
_EXCEL_EPOCH = dt.date(1899, 12, 30)
#: Day 0 of a workbook in the 1904 date system.
_EXCEL_EPOCH_1904 = dt.date(1904, 1, 1)

#: Words for the fixed choices of a dispute's status.
_STATUS_WORDS = {
    "open": ("open", "진행", "진행중", "계속", "미결", "ongoing"),
    "closed": ("closed", "종결", "종료", "완료", "closed case", "done"),
}


def id_for(post: str, kind_name: str, key: Iterable[str]) -> str:
    """The id an imported record gets: the same row, the same id, in every import."""
    return _id_named("|".join([post, kind_name, *key]))


@lru_cache(maxsize=4096)
def _id_named(name: str) -> str:
    """UUID 5 of ``name`` (a plan asks for a row's id up to three times, and for a
    company's once per row naming it)."""
    return str(uuid.uuid5(IMPORT_NAMESPACE, name))


def cell_problem(cell: Cell, label: tuple[str, str]) -> FieldError | None:
    """A cell that cannot be a value: a formula, an Excel error, or formula-like text."""
    en, ko = label
    if protected(cell.value):  # text the exporter marked as text: never a formula
        return None
    if cell.formula is not None and (cell.value is None or is_error_value(cell.value)):
        text = say("plan.formula_without_value", label=Both(en, ko),
                   formula=short(cell.formula))
        return FieldError("", "formula", text.en, text.ko)
    value = plain(cell.value)
    if is_error_value(value):
        text = say("plan.error_value", label=Both(en, ko), value=value.strip())
        return FieldError("", "error_value", text.en, text.ko)
    if isinstance(value, str) and value.lstrip().startswith("="):
        text = say("plan.formula_text", label=Both(en, ko), value=short(value))
        return FieldError("", "formula", text.en, text.ko)
    return None


def short(text: Any, limit: int = 40) -> str:
    """A cell's text quoted and cut short for a message."""
    text = " ".join(str(text).split())
    return repr(text if len(text) <= limit else text[:limit - 1] + "…")


def protected(value: Any) -> bool:
    """Formula-like text behind the apostrophe that marks it as text in a CSV file (as
    Officer Desk's exports and rejected-rows files write it, and as Excel users type it);
    a text that itself begins with apostrophes before such a rest (``''=x``: the text
    ``'=x``) is written with one more (``spreadsheet_text.csv_safe``)."""
    return (isinstance(value, str) and value.startswith("'")
            and needs_apostrophe(value[1:]))


def plain(value: Any) -> Any:
    """A cell value without the apostrophe that protects formula-like text in CSV files
    (as Officer Desk's own exports and rejected-rows files write it)."""
    return value[1:] if protected(value) else value


def as_text(value: Any) -> Any:
    """A cell as text for a text field: dates as YYYY-MM-DD, whole numbers without .0."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    return value


def read_date(value: Any, *, date1904: bool = False) -> Any:
    """A date from a cell, or the value unchanged (validation then says why not);
    ``date1904``: a date number counts from 1904 (the workbook says so)."""
    epoch = _EXCEL_EPOCH_1904 if date1904 else _EXCEL_EPOCH
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if SERIAL_RANGE[0] <= value <= SERIAL_RANGE[1]:
            return epoch + dt.timedelta(days=int(value))
        return value
    if not isinstance(value, str):
        return value
    typed = read_typed_date(value)
    if typed.date is not None:
        return typed.date
    if typed.problem != "bad_date":  # a date's form naming no day: validation says so
        return value
    text = unicodedata.normalize("NFKC", value).strip()
    if text.isdigit() and SERIAL_RANGE[0] <= int(text) <= SERIAL_RANGE[1]:
        return epoch + dt.timedelta(days=int(text))
    return value


def _parts(label: str) -> set[str]:
    """A label and the pieces people type of it: '특허상표청(USPTO)' -> 특허상표청, uspto."""
    pieces = re.split(r"[()·/,]", label)
    return {fold(p) for p in [label, *pieces] if fold(p)}


def read_vocab(vocab: Vocabularies, vocabulary: str, value: Any) -> Any:
    """The code a cell names (by code or label, any case and spacing), else the value."""
    if not isinstance(value, str):
        return as_text(value)
    text = unicodedata.normalize("NFKC", value).strip()
    if vocab.has(vocabulary, text):
        return text
    pieces = _pieces(vocab, vocabulary)
    found = pieces.get(fold(text), set())
    if len(found) == 1:
        return next(iter(found))
    if code := vocab.match(vocabulary, text):
        return code
    found = pieces.get(fold(text).removesuffix("권"), set())
    return next(iter(found)) if len(found) == 1 else value


#: (id of a Vocabularies, vocabulary) -> (that object, its piece table). The object is
#: kept so that its id cannot be reused while the entry exists.
_PIECES: dict[tuple[int, str], tuple[Vocabularies, dict[str, set[str]]]] = {}


def _pieces(vocab: Vocabularies, vocabulary: str) -> dict[str, set[str]]:
    """Folded label piece -> the codes whose labels have it."""
    key = (id(vocab), vocabulary)
    entry = _PIECES.get(key)
    if entry is None or entry[0] is not vocab:
        if len(_PIECES) > 64:
            _PIECES.clear()
        table: dict[str, set[str]] = {}
        for t in vocab.terms(vocabulary):
            for piece in _parts(t.ko) | _parts(t.en) | {fold(t.code)}:
                table.setdefault(piece, set()).add(t.code)
        entry = _PIECES[key] = (vocab, table)
    return entry[1]


def vocab_problem(f: Field, value: Any, vocab: Vocabularies) -> FieldError:
    """'unknown value', listing the labels people know rather than the codes."""
    assert f.vocab is not None
    terms = vocab.terms(f.vocab, active_only=True)
    return field_error(f.name, "unknown_code", f.en, f.ko, value=value,
                       known=(", ".join(t.en for t in terms), ", ".join(t.ko for t in terms)))


def read_choice(f: Field, value: Any) -> Any:
    if not isinstance(value, str):
        return as_text(value)
    wanted = fold(value)
    for code in f.choices:
        words = _STATUS_WORDS.get(code, (code,))
        if wanted in {fold(w) for w in words}:
            return code
    return value


def read_amount(value: Any, codes: frozenset[str] = frozenset(), *, yen: str | None = None,
                number_format: str | None = None) -> Amount:
    """An amount cell: its number and the currency it names (``amounts.parse_amount``;
    a sign of a currency not in ``codes`` is a problem, never dropped)."""
    return parse_amount(value, codes, yen=yen, number_format=number_format)


def split_items(value: Any) -> Any:
    """A list cell: items separated by ';' or line breaks (commas stay: 'Co., Ltd.')."""
    if not isinstance(value, str):
        return as_text(value)
    return [p.strip() for p in re.split(r"[;\n\r]+", value) if p.strip()]


_PARTY = re.compile(r"^(.*?)\s*[\[(]\s*([^\])]+?)\s*[\])]\s*$")


def read_parties(vocab: Vocabularies, value: Any) -> Any:
    """Counterparties: 'Name' or 'Name [type]' (a counterparty type code or label)."""
    items = split_items(value)
    if not isinstance(items, list):
        return items
    out = []
    for item in items:
        m = _PARTY.match(item)
        if m:
            code = read_vocab(vocab, "counterparty_type", m[2])
            if vocab.has("counterparty_type", code):
                out.append({"name": m[1], "type": code})
                continue
        out.append({"name": item, "type": None})
    return out


def read_cell(f: Field, value: Any, vocab: Vocabularies, *, date1904: bool = False) -> Any:
    """A cell's value prepared for ``clean_value`` of field ``f`` (``date1904``: the
    workbook's date numbers count from 1904); ``value`` is read already (``plain``:
    taken once, ``''=x`` is the text ``'=x``)."""
    t = f.type
    if t is FieldType.DATE:
        return read_date(value, date1904=date1904)
    if t is FieldType.VOCAB:
        assert f.vocab is not None
        return read_vocab(vocab, f.vocab, value)
    if t is FieldType.CHOICE:
        return read_choice(f, value)
    if t is FieldType.AMOUNT:  # the plan reads amounts with their currency (plan._amount)
        amount = read_amount(value)
        return value if amount.problem else amount.value
    if t is FieldType.STRINGS:
        return split_items(value)
    if t is FieldType.PARTIES:
        return read_parties(vocab, value)
    if t in (FieldType.TEXT, FieldType.LONGTEXT, FieldType.URL):
        return as_text(value)
    if t is FieldType.INTEGER and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# -- companies ----------------------------------------------------------------------------

@dataclass
class NewCompany:
    """A company the import creates (no existing company has its number or name)."""

    id: str
    values: dict[str, Any]
    rows: list[int] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.values.get("name_ko") or self.values.get("name_en") or "")


def company_key(name: str | None, brn_digits: str | None) -> str:
    return f"brn:{brn_digits}" if brn_digits else f"name:{normalise_name(name)}"


class CompanyIndex:
    """The companies of the database by registration number and normalised name (this
    post's own first), plus those this import will create."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.by_brn: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        self.names: dict[str, set[str]] = {}
        self.new: dict[str, NewCompany] = {}
        self.new_ids: set[str] = set()
        #: An existing company's number (as stored) and its names, for the checks of
        #: ``_checked``.
        self.known: dict[str, tuple[str | None, str]] = {}
        rows = desk.conn.execute(
            "SELECT id, brn, name_ko, name_en, post = ? AS own FROM companies "
            "WHERE deleted = 0 ORDER BY own DESC, created_at, id", (desk.home_post,))
        #: Companies sharing a name that a row may give alone (of this post, or of
        #: others when this post has none by it): the name cannot say which.
        self.sharing: dict[str, list[str]] = {}
        own_of: dict[str, bool] = {}
        for cid, brn, name_ko, name_en, own in rows:
            self.known[cid] = (brn, str(name_ko or name_en or ""))
            if brn:
                self.by_brn.setdefault(re.sub(r"\D", "", brn), cid)
            for name in (name_ko, name_en):
                if key := normalise_name(name):
                    self.names.setdefault(cid, set()).add(key)
                    if key not in self.by_name:
                        self.by_name[key], own_of[key] = cid, bool(own)
                        self.sharing[key] = [cid]
                    elif own_of[key] == bool(own) and cid not in self.sharing[key]:
                        self.sharing[key].append(cid)

    def find(self, name: str | None, brn: str | None) -> str | None:
        digits = re.sub(r"\D", "", brn or "")
        if digits and digits in self.by_brn:
            return self.by_brn[digits]
        if name and (key := normalise_name(name)) and key in self.by_name:
            return self.by_name[key]
        return None

    def resolve(self, name: str | None, brn: str | None, row: int,
                label: tuple[str, str], vocab: Vocabularies,
                notes: list[FieldError] | None = None) -> tuple[str | None, FieldError | None]:
        """The id of the company named (existing, or new and remembered), or why not.

        A registration number names one company: a row whose name is that of a company
        with another number is refused (it is not linked to either); a name other than
        the number's company's, or a number the named company lacks, goes into
        ``notes`` (the link is made, and said)."""
        name = " ".join(str(name).split()) if name else None
        brn = str(brn).strip() if brn else None
        digits = re.sub(r"[\s\-]", "", brn or "")
        if brn and not brn_is_valid(digits):
            return None, field_error("company_id", "bad_brn", *label, value=brn)
        said = notes if notes is not None else []
        found = self.find(name, digits)
        if found and not (digits and digits in self.by_brn):
            shared = self.shared_name(name, label)
            if shared is not None:
                return None, shared
        if found:
            return self._checked(found, name, digits, label, said)
        if not name:
            if digits:
                text = say("cell.unknown_company_brn", label=Both(*label), brn=brn)
                return None, FieldError("company_id", "unknown_company", text.en, text.ko)
            return None, None
        key = company_key(name, digits or None)
        new = self.new.get(key)
        if new is None and (new := self.new.get(company_key(name, None))) is not None:
            has = re.sub(r"\D", "", str(new.values.get("brn") or ""))
            if digits and has and has != digits:
                return None, _other_number(label, name, new.values["brn"], brn)
            if digits and not has:  # a later row gives the new company's number
                values, errors = clean_fields(COMPANIES, {**new.values, "brn": digits}, vocab)
                if not errors:
                    new.values = values
                    self.new[key] = new
        elif new is not None and normalise_name(name) != normalise_name(new.name):
            said.append(_other_name(label, name, brn, new.name))
        if new is None:
            given: dict[str, Any] = {f"name_{name_side(name)}": name}
            if digits:
                given["brn"] = digits
            values, errors = clean_fields(COMPANIES, given, vocab)
            if errors:
                return None, FieldError("company_id", errors[0].code,
                                        f"{label[0]}: {errors[0].en}",
                                        f"{label[1]}: {errors[0].ko}")
            new = NewCompany(id_for(self.desk.home_post, COMPANIES.name, [key]), values)
            self.new[key] = new
            self.new_ids.add(new.id)
            self.new.setdefault(company_key(name, None), new)
        if row not in new.rows:
            new.rows.append(row)
        return new.id, None

    def shared_name(self, name: str | None, label: tuple[str, str]) -> FieldError | None:
        """Why ``name`` alone names no company, when companies here with different
        registration numbers have it (a number says which), else None. Companies of one
        name with one number or none are taken as one known twice (at HQ, by two
        posts): the first is linked, as before."""
        cids = self.sharing.get(normalise_name(name) or "", []) if name else []
        numbers = {re.sub(r"\D", "", self.known[c][0] or "") for c in cids} - {""}
        if len(numbers) < 2:  # one company known twice (by two posts), or no number
            return None
        which = ", ".join(f"'{self.known[c][1]}' {self.known[c][0] or '—'}" for c in cids[:5])
        return FieldError("company_id", "company_name_shared", *_both(say(
            "cell.company_name_shared", label=Both(*label), name=name, count=len(cids),
            companies=which)))

    def _checked(self, found: str, name: str | None, digits: str, label: tuple[str, str],
                 notes: list[FieldError]) -> tuple[str | None, FieldError | None]:
        """An existing company found by the row's number or name, checked against the
        other of the two."""
        has, title = self.known.get(found, (None, ""))
        has_digits = re.sub(r"\D", "", has or "")
        if digits and has_digits != digits:
            if has_digits:  # found by the name: that company has another number
                return None, _other_number(label, str(name), has, digits)
            notes.append(FieldError("company_id", "brn_not_stored", *_both(say(
                "cell.company_brn_not_stored", label=Both(*label), brn=brn_text(digits),
                name=title))))
        elif digits and name and normalise_name(name) not in self.names.get(found, set()):
            notes.append(_other_name(label, name, has, title))
        return found, None

    def created(self) -> list[NewCompany]:
        unique = {id(c): c for c in self.new.values()}
        return list(unique.values())


def brn_text(digits: str) -> str:
    """A registration number as it is written (123-45-67891)."""
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}" if len(digits) == 10 else digits


def _both(text: Any) -> tuple[str, str]:
    return text.en, text.ko


def _other_number(label: tuple[str, str], name: str, has: str, given: str) -> FieldError:
    has_text = brn_text(re.sub(r"\D", "", has))
    given_text = brn_text(re.sub(r"\D", "", given))
    return FieldError("company_id", "company_other_brn", *_both(say(
        "cell.company_other_brn", label=Both(*label), name=name, has=has_text,
        brn=given_text)))


def _other_name(label: tuple[str, str], name: str, brn: str | None, title: str) -> FieldError:
    return FieldError("company_id", "company_other_name", *_both(say(
        "cell.company_other_name", label=Both(*label), name=name,
        brn=brn_text(re.sub(r"\D", "", brn or "")), title=title)))
