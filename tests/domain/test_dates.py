"""Typed dates: one reader for the window and the import, never a nearby day instead."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from officer_desk.domain.dates import parse_date, read_typed_date, spoken_date
from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.domain.validation import (
    BRN_EXAMPLE,
    brn_is_valid,
    clean_fields,
    typed_date_error,
)
from officer_desk.domain.vocabulary import seed_vocabularies
from officer_desk.importing.values import read_date

MARCH_1 = dt.date(2024, 3, 1)


@pytest.mark.parametrize("typed", [
    "2024-03-01", "2024.3.1", "24.3.1", "2024/03/01", "20240301", "2024년 3월 1일",
    "2024. 3. 1.", " 2024-3-1 ", "２０２４．３．１", "2024년3월1일", "24년 3월 1일",
])
def test_the_forms_officers_type(typed):
    assert read_typed_date(typed).date == MARCH_1
    assert read_typed_date(typed).problem is None


@pytest.mark.parametrize("typed,problem", [
    ("2024-02-30", "no_such_day"), ("20240230", "no_such_day"), ("2023년 2월 29일", "no_such_day"),
    ("24.4.31", "no_such_day"), ("2024-13-01", "no_such_month"), ("2024-00-10", "no_such_month"),
    ("next week", "bad_date"), ("3/1", "bad_date"), ("2024-03", "bad_date"),
    ("01/03/2024", "bad_date"), ("2024-03-01x", "bad_date"), ("2024-3-1-5", "bad_date"),
])
def test_what_names_no_day_is_a_problem_never_another_day(typed, problem):
    got = read_typed_date(typed)
    assert got.date is None and got.problem == problem


def test_empty_is_no_date_and_no_problem():
    assert read_typed_date("   ") == read_typed_date("")
    assert read_typed_date("").date is None and read_typed_date("").problem is None


dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31))


@given(dates, st.sampled_from([
    "{y:04d}-{m:02d}-{d:02d}", "{y}.{m}.{d}", "{s:02d}.{m}.{d}", "{y}/{m:02d}/{d:02d}",
    "{y:04d}{m:02d}{d:02d}", "{y}년 {m}월 {d}일", "{y}. {m}. {d}.",
]))
def test_every_day_in_every_form_is_read_as_itself(day, form):
    text = form.format(y=day.year, m=day.month, d=day.day, s=day.year % 100)
    assert read_typed_date(text).date == day
    assert read_date(text) == day  # the importer reads it the same way


@given(st.integers(2000, 2099), st.integers(1, 12), st.integers(29, 40))
def test_a_day_past_the_months_end_is_refused(year, month, day):
    try:
        real = dt.date(year, month, day)
    except ValueError:
        real = None
    got = read_typed_date(f"{year}-{month}-{day}")
    assert got.date == real
    assert (got.problem is None) == (real is not None)


def test_parse_date_keeps_the_file_forms_only():
    assert parse_date("2024-03-01") == MARCH_1 and parse_date("2024. 3. 1.") == MARCH_1
    assert parse_date("2024-02-30") is None and parse_date("24.3.1") is None
    assert parse_date(dt.datetime(2024, 3, 1, 9, 30)) == MARCH_1


def test_dates_said_back_with_their_weekday():
    assert spoken_date(MARCH_1, "ko") == "2024년 3월 1일 (금)"
    assert spoken_date(MARCH_1, "en") == "Fri 1 March 2024"
    assert spoken_date(dt.date(2026, 12, 6), "ko") == "2026년 12월 6일 (일)"


def test_messages_for_typed_dates_say_what_is_wrong_in_both_languages():
    f = DISPUTES.field("opened_on")
    feb = typed_date_error(f, "2024-02-30", read_typed_date("2024-02-30"))
    assert feb is not None and feb.code == "no_such_day"
    assert "2024-02 has 29 days" in feb.en and "2024년 2월은 29일까지" in feb.ko
    month = typed_date_error(f, "2024-13-01", read_typed_date("2024-13-01"))
    assert month is not None and "months are 1 to 12" in month.en
    word = typed_date_error(f, "soon", read_typed_date("soon"))
    assert word is not None and "2024년 3월 1일" in word.ko and "20240301" in word.en
    assert typed_date_error(f, "24.3.1", read_typed_date("24.3.1")) is None


def test_the_registration_number_message_gives_an_example_that_passes():
    _, errors = clean_fields(COMPANIES, {"brn": "123-45-67890"}, seed_vocabularies())
    (error,) = errors
    examples = re.findall(r"\d{3}-\d{2}-\d{5}", error.en) + re.findall(r"\d{3}-\d{2}-\d{5}",
                                                                       error.ko)
    examples = [e for e in examples if e != "123-45-67890"]
    assert examples == [BRN_EXAMPLE, BRN_EXAMPLE]
    assert brn_is_valid(BRN_EXAMPLE.replace("-", ""))
    cleaned, errors = clean_fields(COMPANIES, {"brn": BRN_EXAMPLE}, seed_vocabularies())
    assert errors == [] and cleaned["brn"] == BRN_EXAMPLE


@pytest.mark.parametrize("typed", [
    "2024.3.1(금)", "2024-03-01 (금요일)", "2024년 3월 1일 (금)", "2024-03-01 (Fri)",
    "2024.3.1 (friday)", "24.3.1(금)",
])
def test_a_weekday_that_agrees_with_the_date_is_read(typed):
    """Officers write the day of the week after the date (s28: refused as no date)."""
    assert read_typed_date(typed).date == MARCH_1
    assert read_date(typed) == MARCH_1


@pytest.mark.parametrize("typed", ["2024.3.1(목)", "2024-03-01 (Mon)", "2024.3.1(금"])
def test_a_weekday_that_does_not_agree_is_no_date(typed):
    """2024-03-01 was a Friday: a Thursday says one of the two is a slip, so neither
    the date nor the weekday is taken."""
    assert read_typed_date(typed).date is None
