"""Validation: every problem reported, per field, in Korean and English."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from officer_desk.domain.kinds import COMPANIES, DISPUTES, TREND_NOTES
from officer_desk.domain.validation import (
    brn_is_valid,
    check_record,
    clean_fields,
    clean_value,
    parse_date,
)
from officer_desk.domain.vocabulary import seed_vocabularies

VOCAB = seed_vocabularies()


def codes(errors):
    return {(e.field, e.code) for e in errors}


def test_required_fields_are_named():
    errors = check_record(DISPUTES, {f.name: None for f in DISPUTES.fields})
    assert {("company_id", "required"), ("ip_type", "required"), ("opened_on", "required"),
            ("title_ko", "required_any")} <= codes(errors)
    msg = {e.field: e for e in errors}["opened_on"]
    assert msg.en == "Opened is required"
    assert msg.ko == "접수일: 필수 항목입니다"


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("opened_on", "2024-02-30", "no_such_day"),
        ("opened_on", "2024-13-01", "no_such_month"),
        ("opened_on", "yesterday", "bad_date"),
        ("ip_type", "patentt", "unknown_code"),
        ("claimed_amount", "-1", "negative"),
        ("claimed_amount", "12 dollars", "not_number"),
        ("claimed_amount", "NaN", "not_number"),
        ("company_id", "not-an-id", "bad_id"),
        ("title_ko", "a\x07b", "control_char"),
        ("title_ko", "x" * 501, "too_long"),
        ("status", "archived", "unknown_code"),
        ("counterparties", [{"name": "X", "type": "alien"}], "unknown_code"),
        ("counterparties", 42, "not_list"),
    ],
)
def test_field_specific_messages(field, value, code):
    _, errors = clean_fields(DISPUTES, {field: value}, VOCAB)
    assert codes(errors) == {(field, code)}
    assert errors[0].en and errors[0].ko


def test_bad_url_message():
    _, errors = clean_fields(TREND_NOTES, {"source_url": "javascript:alert(1)"}, VOCAB)
    assert codes(errors) == {("source_url", "bad_url")}
    assert "javascript:alert(1)" in errors[0].en


def test_unknown_field_is_an_error():
    _, errors = clean_fields(DISPUTES, {"colour": "red"}, VOCAB)
    assert codes(errors) == {("colour", "unknown_field")}


def test_vocabulary_matches_labels_in_either_language():
    cleaned, errors = clean_fields(
        DISPUTES, {"ip_type": "특허", "dispute_kind": "ITC  337", "currency": "usd"}, VOCAB
    )
    assert not errors
    assert cleaned == {"ip_type": "patent", "dispute_kind": "itc_337", "currency": "USD"}


def test_text_keeps_markup_and_symbols_verbatim():
    cleaned, errors = clean_fields(
        DISPUTES, {"title_ko": "R&D <script>alert(1)</script> =SUM(A1)", "summary": "줄1\r\n줄2"},
        VOCAB,
    )
    assert not errors
    assert cleaned["title_ko"] == "R&D <script>alert(1)</script> =SUM(A1)"
    assert cleaned["summary"] == "줄1\n줄2"


def test_one_line_text_folds_line_breaks():
    cleaned, _ = clean_fields(DISPUTES, {"title_ko": "첫 줄\n둘째 줄\t끝"}, VOCAB)
    assert cleaned["title_ko"] == "첫 줄 둘째 줄 끝"


def test_dates_in_common_forms():
    assert parse_date("2024-03-01") == dt.date(2024, 3, 1)
    assert parse_date("2024.3.1") == dt.date(2024, 3, 1)
    assert parse_date("2024/03/01") == dt.date(2024, 3, 1)
    assert parse_date("2024. 3. 1.") == dt.date(2024, 3, 1)
    assert parse_date(dt.datetime(2024, 3, 1, 10, 0)) == dt.date(2024, 3, 1)
    assert parse_date("01/03/2024") is None


def test_closed_before_opened_is_refused():
    values = {"opened_on": dt.date(2024, 3, 1), "closed_on": dt.date(2024, 2, 1),
              "status": "closed"}
    assert ("closed_on", "date_order") in codes(check_record(DISPUTES, values))


def test_closed_status_needs_a_closing_date():
    values = {"opened_on": dt.date(2024, 3, 1), "status": "closed"}
    assert ("closed_on", "closed_needs_date") in codes(check_record(DISPUTES, values))


def test_business_registration_number():
    assert brn_is_valid("1234567891")
    assert not brn_is_valid("1234567890")
    cleaned, errors = clean_fields(COMPANIES, {"brn": "123 45 67891"}, VOCAB)
    assert cleaned == {"brn": "123-45-67891"} and not errors
    _, errors = clean_fields(COMPANIES, {"brn": "123-45-67890"}, VOCAB)
    assert codes(errors) == {("brn", "bad_brn")}


def test_amounts_accept_thousands_separators():
    cleaned, errors = clean_fields(DISPUTES, {"claimed_amount": "1,250,000.50"}, VOCAB)
    assert not errors and cleaned["claimed_amount"] == 1250000.5


@given(st.text())
def test_any_text_is_either_clean_or_refused_with_a_message(text):
    value, error = clean_value(DISPUTES.field("summary"), text, VOCAB)
    if error is None:
        assert value is None or isinstance(value, str)
        if value:
            value.encode("utf-8")  # storable: no lone surrogates
    else:
        assert error.field == "summary" and error.en


@given(st.one_of(st.none(), st.integers(), st.floats(), st.text(), st.booleans(),
                 st.lists(st.text())))
def test_no_input_makes_validation_crash(value):
    for f in DISPUTES.fields:
        clean_value(f, value, VOCAB)


def test_a_counterparty_type_without_a_name_is_refused_by_its_label():
    """A sheet's "[경쟁사]" reaches validation as the code "competitor": the message names
    it by its label in each language (s25 user check)."""
    _, errors = clean_fields(DISPUTES, {"counterparties": [
        {"name": "Voltaic LLC", "type": "npe"}, {"name": "", "type": "competitor"}]}, VOCAB)
    (error,) = errors
    assert "'[경쟁사]'에 유형만 있고 이름이 없습니다" in error.message("ko")
    assert "'[Competitor]' has a type but no name" in error.message("en")


def test_a_value_that_is_not_text_is_shown_as_written_not_as_python_writes_it():
    """A JSON ``true`` or an Excel time cell was shown as ``True`` and
    ``datetime.time(10, 0)`` (s28)."""
    _, errors = clean_fields(DISPUTES, {"claimed_amount": True, "opened_on": dt.time(10, 0),
                                         "closed_on": ["2024-03-01"]}, VOCAB)
    shown = {e.field: (e.en, e.ko) for e in errors}
    assert shown["claimed_amount"][0].endswith(": true is not a number")
    assert "true은(는)" in shown["claimed_amount"][1]
    assert ": 10:00 is not a date" in shown["opened_on"][0]
    assert ': ["2024-03-01"] is not a date' in shown["closed_on"][0]
    assert all("datetime" not in t and "True" not in t for pair in shown.values() for t in pair)
