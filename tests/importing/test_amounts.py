"""What an amount cell says: its number and the currency its sign, code or format names."""

from __future__ import annotations

from decimal import Decimal

import pytest

from officer_desk.domain.vocabulary import seed_vocabularies
from officer_desk.importing.amounts import format_sign, parse_amount

CODES = frozenset(seed_vocabularies().codes("currency"))


@pytest.mark.parametrize("typed,number,currency", [
    ("$3,000,000", 3_000_000, "USD"), ("€5,000", 5_000, "EUR"),
    ("₩1,200,000", 1_200_000, "KRW"), ("￦1,200,000", 1_200_000, "KRW"),
    ("3,000,000 USD", 3_000_000, "USD"), ("USD 3,000,000", 3_000_000, "USD"),
    ("usd3000", 3_000, "USD"), ("US$ 250", 250, "USD"), ("1,200,000원", 1_200_000, "KRW"),
    ("300,000엔", 300_000, "JPY"), ("5,000위안", 5_000, "CNY"), ("£80", 80, "GBP"),
    ("CHF 1'234'567.50", Decimal("1234567.50"), "CHF"), ("1,234,567", 1_234_567, None),
    ("1 234 567", 1_234_567, None), ("１２，０００", 12_000, None),
    ("12000.5", Decimal("12000.5"), None),
])
def test_a_sign_or_code_before_or_after_the_number_names_the_currency(typed, number, currency):
    amount = parse_amount(typed, CODES)
    assert (amount.value, amount.currency, amount.problem) == (number, currency, None)


@pytest.mark.parametrize("typed,number", [
    ("1,200만", 12_000_000), ("1.2억", 120_000_000), ("3억 5천만원", 350_000_000),
    ("5천만 원", 50_000_000), ("3억 2,345만", 323_450_000), ("2조", 2 * 10**12),
    ("3억 12,345", 300_012_345), ("1억 2,345만 6,789", 123_456_789), ("2조 5천억", 25 * 10**11),
    ("1억2천만", 120_000_000), ("3만5천", 35_000),
])
def test_korean_units_are_read(typed, number):
    amount = parse_amount(typed, CODES)
    assert amount.value == number and amount.units and amount.problem is None


@pytest.mark.parametrize("typed,says", [
    ("1,2,3", "thousands separators must mark groups of three digits"),
    ("1,00,000", "thousands separators must mark groups of three digits"),
    ("1.234.567,89", "uses a decimal comma"),
    # was said to use a decimal comma (it has none): dots between thousands (s28)
    ("1.234.567", "'1.234.567' has dots between thousands; write 1234567 or 1,234,567"),
    ("5.000", "'5.000' could be 5 or 5000"),
    ("¥300,000", "¥ is both the Japanese yen and the Chinese yuan"),
    ("HK$ 500", "HK$ is not one of the currencies of the list"),
    ("SGD 500", "SGD is not one of the currencies of the list"),
    ("$3,000원", "names two currencies ($: USD, 원: KRW)"),
    # was read as 100,002,000 (1억 and 2천) where 1억2천만 was meant
    ("1억2천", "'1억2천' could be 100,002,000 or 120,000,000"),
    # 2조 5백 is said for 2조 5백억: the unit left out after 조 is 억
    ("2조 5백원", "'2조 5백' could be 2,000,000,000,500 or 2,050,000,000,000 (…억 left out?)"),
    # was read as 300,002,345 where Korean writing means 3억 2,345만 (323,450,000)
    ("3억 2,345", "'3억 2,345' could be 300,002,345 or 323,450,000 (…만 left out?)"),
    ("1억2345원", "'1억2345' could be 100,002,345 or 123,450,000"),
    ("2조 3,000", "'2조 3,000' could be 2,000,000,003,000 or 2,300,000,000,000"),
    ("2조 3억 7", "'2조 3억 7' could be 2,000,300,000,007 or 2,000,300,070,000"),
])
def test_what_cannot_be_read_for_sure_is_refused_with_the_reason(typed, says):
    amount = parse_amount(typed, CODES)
    assert amount.problem is not None and says in amount.problem[0]
    assert amount.problem[1]  # and in Korean


def test_the_yen_sign_is_read_as_the_posts_yen_or_yuan():
    assert parse_amount("¥300,000", CODES, yen="JPY").currency == "JPY"
    assert parse_amount("￥300,000", CODES, yen="CNY").currency == "CNY"


@pytest.mark.parametrize("fmt,sign", [
    ('"$"#,##0', "$"), ("[$€-2] #,##0.00", "€"), ('#,##0"원"', "원"), ("[$¥-411]#,##0", "JPY"),
    ("[$¥-804]#,##0", "CNY"), ("\\₩#,##0", "₩"), ('"USD "#,##0', "USD"),
    ("[$-409]#,##0", None), ("#,##0;[Red]-#,##0", None), ("0.00%", None),
])
def test_the_sign_of_a_number_format(fmt, sign):
    assert format_sign(fmt) == sign
