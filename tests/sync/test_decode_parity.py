"""Property: for any value of any field, a package row is refused exactly when the
domain refuses that value for a record typed by hand (``clean_value`` refuses it or
would store something else, or ``check_record`` refuses the record), and a row that
is accepted carries exactly that value."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from hypothesis import event, given, settings
from hypothesis import strategies as st

from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import (
    AGENDA_ITEMS,
    COMPANIES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    TREND_NOTES,
    RecordKind,
)
from officer_desk.domain.records import Record
from officer_desk.domain.validation import MAX_AMOUNT, check_record, clean_fields, clean_value
from officer_desk.domain.vocabulary import seed_vocabularies
from officer_desk.storage.codec import to_sql
from officer_desk.sync.decode import RowRefused, decode_row, domain_refusal

VOCAB = seed_vocabularies()
#: The verdicts the merge keeps across rows, kept here across every generated row.
VERDICTS: dict = {}
INSTALLATION = "8f7c4a52-0a4e-4d6b-9a43-3f2a3c9e1b10"
COMPANY, OTHER = str(uuid.UUID(int=1)), str(uuid.UUID(int=2))

#: A valid record of each kind, as a person would type it.
TYPED: dict[RecordKind, dict[str, Any]] = {
    COMPANIES: {"name_ko": "(주)한빛배터리", "brn": "123-45-67891", "size": "sme"},
    DISPUTES: {"title_ko": "특허침해소송", "company_id": COMPANY, "ip_type": "patent",
               "dispute_kind": "infringement_suit", "opened_on": "2024-03-01",
               "counterparties": [{"name": "Voltaic Licensing LLC", "type": "npe"}]},
    ENGAGEMENTS: {"topic_ko": "USPTO 면담", "agency": VOCAB.codes("agency")[0],
                  "held_on": "2024-05-02", "company_ids": [COMPANY]},
    TREND_NOTES: {"title_en": "Export controls", "category": VOCAB.codes("trend_category")[0],
                  "noted_on": "2024-06-03", "source_url": "https://example.org/a"},
    AGENDA_ITEMS: {"title_ko": "안건", "conference_id": OTHER, "position": 2,
                   "record_id": COMPANY},
    FOLLOW_UPS: {"record_id": COMPANY, "due_on": "2024-07-04", "description": "회신"},
}

#: Characters a text may hold, and ones no text may (control, broken, line breaks).
ODD = ["\x00", "\x07", "\x1f", "\x7f", "\x85", "\ud800", "\ufffe", "\n", "\r\n", "\t",
       "\u2028", " ", "\u3000", "e\u0301", "가"]
TEXTS = st.one_of(
    st.text(max_size=12),
    st.lists(st.sampled_from([*ODD, "a", "나", "-"]), max_size=6).map("".join),
    st.sampled_from(["", " ", "x", " x", "x ", "NPE", "특허", "123-45-67891",
                     "1234567891", "123-45-67890"]),
)


def _long(f: Field) -> st.SearchStrategy[str]:
    """Texts at the field's length limit, one under and one over."""
    limit = f.max_length or 200
    return st.sampled_from([limit - 1, limit, limit + 1]).flatmap(
        lambda n: st.sampled_from(["가" * n, "x" * n, " " + "x" * (n - 1)]))


def _vocab_codes(name: str) -> st.SearchStrategy[str]:
    terms = VOCAB.terms(name)
    return st.sampled_from([t.code for t in terms] + [t.en for t in terms]
                           + [" " + terms[0].code, terms[0].code.upper()])


def _ids() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from([COMPANY, OTHER]), st.uuids().map(str),
                     st.uuids().map(lambda u: str(u).upper()),
                     st.uuids().map(lambda u: "{" + str(u) + "}"), TEXTS)


def values(f: Field) -> st.SearchStrategy[Any]:
    """Values of field ``f`` as a record would hold them: right, wrong and at the edges."""
    t = f.type
    if t in (FieldType.TEXT, FieldType.LONGTEXT):
        return st.one_of(st.none(), TEXTS, _long(f))
    if t is FieldType.URL:
        return st.one_of(st.none(), TEXTS, st.sampled_from([
            "https://example.org/a", "http://x.kr", "ftp://x.kr", "https://", "https://a b",
            " https://example.org", "https://example.org/" + "x" * 2000]))
    if t is FieldType.VOCAB:
        return st.one_of(st.none(), _vocab_codes(f.vocab or ""), TEXTS)
    if t is FieldType.CHOICE:
        return st.one_of(st.none(), st.sampled_from([*f.choices, " open", "Open"]), TEXTS)
    if t is FieldType.DATE:
        return st.one_of(st.none(), st.dates(), st.sampled_from([
            dt.date(1900, 12, 31), dt.date(1901, 1, 1), dt.date(2199, 12, 31),
            dt.date(2200, 1, 1), dt.date(1, 1, 1), dt.date(9999, 12, 31)]))
    if t in (FieldType.REF, FieldType.LINK):
        return st.one_of(st.none(), _ids())
    if t is FieldType.REFS:
        return st.lists(_ids(), max_size=4)
    if t is FieldType.AMOUNT:
        return st.one_of(
            st.none(), st.integers(-10, 2**64), st.floats(allow_nan=True, allow_infinity=True),
            st.sampled_from([MAX_AMOUNT, MAX_AMOUNT + 1, float(MAX_AMOUNT),
                             float(MAX_AMOUNT + 2), 0.1, 1e15 + 0.5, 1e30, -0.0, 120_000_000]))
    if t is FieldType.INTEGER:
        return st.one_of(st.none(), st.integers(-(2**64), 2**64),
                         st.sampled_from([2**63 - 1, 2**63, -(2**63 - 1), -(2**63)]))
    if t is FieldType.BOOL:
        return st.one_of(st.none(), st.booleans())
    if t is FieldType.STRINGS:
        return st.lists(st.one_of(TEXTS, _long(Field("x", FieldType.TEXT, "x", "x",
                                                     max_length=200))), max_size=4)
    if t is FieldType.PARTIES:
        party = st.fixed_dictionaries(
            {"name": st.one_of(TEXTS, _long(Field("x", FieldType.TEXT, "x", "x",
                                                  max_length=500)))},
            optional={"type": st.one_of(st.none(), _vocab_codes("counterparty_type"),
                                        TEXTS)})
        extra = party.map(lambda p: {**p, "note": "more"})
        return st.lists(st.one_of(party, party, extra), max_size=3)
    raise AssertionError(f"no values for {t}")


def _record_values(kind: RecordKind) -> dict[str, Any]:
    """The typed record's values as the domain stores them (every field, the ones not
    typed at their defaults)."""
    cleaned, errors = clean_fields(kind, TYPED[kind], VOCAB)
    assert not errors, errors
    return {f.name: cleaned[f.name] if f.name in cleaned else (
        list(f.default or ()) if f.is_json else f.default) for f in kind.fields}


def _row(kind: RecordKind, values: dict[str, Any]) -> dict[str, Any]:
    """A package row of the record (its columns as SQLite gives them)."""
    row = {f.name: to_sql(f, values[f.name]) for f in kind.fields}
    row.update(id=str(uuid.UUID(int=99)), post="US", deleted=0, version=1,
               origin=INSTALLATION, field_versions=f'{{"*": [1, "{INSTALLATION}"]}}',
               seen=f'{{"{INSTALLATION}": 1}}', created_at="2024-03-01T09:30:00.000000Z",
               updated_at="2024-03-01T09:30:00.000000Z")
    return row


def _decoded(kind: RecordKind, row: dict[str, Any]) -> Record:
    """The row as the merge takes it: read (``decode_row``), then checked as a record
    typed by hand would be (``domain_refusal``)."""
    record = decode_row(kind, row, 1)
    refused = domain_refusal(record, VOCAB)
    remembered = domain_refusal(record, VOCAB, VERDICTS)  # as the merge asks, row by row
    assert str(remembered) == str(refused) and getattr(remembered, "ko", None) == getattr(
        refused, "ko", None)
    if refused is not None:
        raise refused
    return record


def test_the_typed_records_decode_as_they_are():
    for kind in TYPED:
        values = _record_values(kind)
        assert _decoded(kind, _row(kind, values)).values == values


FIELDS = [(kind, f) for kind in TYPED for f in kind.fields]


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(FIELDS).flatmap(
    lambda kf: st.tuples(st.just(kf[0]), st.just(kf[1]), values(kf[1]))))
def test_decode_refuses_exactly_what_the_domain_refuses(case):
    kind, f, value = case
    record = {**_record_values(kind), f.name: value}
    cleaned, error = clean_value(f, value, VOCAB)
    domain_accepts = (error is None and cleaned == value
                      and not check_record(kind, record))
    event("accepted" if domain_accepts else "refused")
    try:
        decoded = _decoded(kind, _row(kind, record))
    except RowRefused as refused:
        assert not domain_accepts, (f.name, value, str(refused))
    else:
        assert domain_accepts, (f.name, value, cleaned, error)
        assert decoded.values == record
