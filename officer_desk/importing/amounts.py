"""Amounts of money as people write them in cells, with the currency they name.

A currency sign, ISO code or Korean word before or after the number names the currency:
``$3,000,000``, ``USD 3,000,000``, ``3,000,000 USD``, ``€5,000``, ``₩1,200,000`` and the
full-width ``￦`` of CP949, ``1,200,000원``, ``300,000엔``, ``5,000위안``. A number cell
whose format shows a sign (``"$"#,##0``, ``[$€-x-euro2] #,##0``) names it the same way.

- ``$`` and ``US$`` are US dollars; ``¥`` is the yen at a post in Japan and the yuan at a
  post in China; anywhere else it is refused as ambiguous (write JPY or CNY). A sign or
  code of a currency that is not in the currency list (``HK$``, ``SGD``) is refused.
- Thousands separators (``,``, a space or ``'``) must mark groups of three digits:
  ``1,234,567`` is read, ``1,2,3`` is refused. A decimal comma (``1.234.567,89``,
  ``5.000``) is refused, since ``5.000`` could be five or five thousand.
- Korean units are read: ``1,200만`` is 12,000,000, ``1.2억`` 120,000,000, ``3억 5천만원``
  350,000,000 (조, 억, 만 with 천, 백, 십 inside a group); the preview shows the number.
  천, 백 or 십 after 억 or 조 without a 만 (``1억2천``), or a bare number under 10,000
  after them (``3억 2,345``), is refused with both readings: written, ``3억 2,345`` is
  300,002,345, but Korean writing means 3억 2,345만 (323,450,000); after 조 the unit
  left out is 억 (``2조 5백`` for 2조 5백억).

``parse_amount`` says all of it; the plan compares the currency with the row's currency
column and shows every change in the preview before anything is stored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

#: Signs and words that name one currency whatever the post.
SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₩": "KRW"}
WORDS = {"원": "KRW", "달러": "USD", "엔": "JPY", "円": "JPY", "위안": "CNY", "元": "CNY",
         "유로": "EUR", "파운드": "GBP", "프랑": "CHF"}
YEN = "¥"

#: The sense of ¥ by the post's jurisdiction (anywhere else it is refused).
YEN_BY_JURISDICTION = {"JP": "JPY", "CN": "CNY"}

#: Korean units: the big ones multiply a group, the small ones a number inside it.
BIG_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4}
SMALL_UNITS = {"천": 1000, "백": 100, "십": 10}

_PREFIX = re.compile(r"^(?P<sign>[A-Z]{1,2}\$|[$€£¥₩]|[A-Za-z]{3}(?![A-Za-z]))\s*")
_SUFFIX = re.compile(r"\s*(?P<sign>[$€£¥₩]|원|달러|엔|円|위안|元|유로|파운드|프랑|"
                     r"(?<![A-Za-z])[A-Za-z]{3})$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
_GROUPED = re.compile(r"^\d{1,3}(?P<sep>[,' ])\d{3}(?:(?P=sep)\d{3})*(?:\.\d+)?$")
_UNIT_TOKEN = re.compile(r"\s*(?P<num>\d[\d,' ]*(?:\.\d+)?)?\s*(?P<unit>[조억만천백십])?")
_NEGATIVE = re.compile(r"^[-−]\s*\d")


@dataclass(frozen=True)
class Amount:
    """What a cell says: a number (``value``) and the currency it names, if any."""

    #: The number for validation (a Decimal), or the cell as it was when it is no number.
    value: Any
    currency: str | None = None
    #: How the cell named the currency: ``$``, ``USD``, ``원``, ``¥`` …
    sign: str | None = None
    #: The Korean units read (``1.2억``): the preview shows what they came to.
    units: bool = False
    #: Why the cell cannot be taken as an amount (en, ko), or None.
    problem: tuple[str, str] | None = None
    #: The sign came from the cell's number format, not its text.
    from_format: bool = False


def normal(text: str) -> str:
    """Full-width signs, digits and commas as their ordinary forms (￦ → ₩, ￥ → ¥)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def currency_of(sign: str, codes: frozenset[str], yen: str | None
                ) -> tuple[str | None, tuple[str, str] | None]:
    """The currency code ``sign`` names, or why it names none."""
    known = ", ".join(sorted(codes))
    if sign == YEN:
        if yen:
            return yen, None
        return None, ("¥ is both the Japanese yen and the Chinese yuan; write JPY or CNY "
                      "(¥ is read as JPY at a post in Japan and as CNY at a post in China)",
                      "¥는 일본 엔과 중국 위안 모두에 쓰입니다. JPY 또는 CNY로 적으세요 (일본 "
                      "공관에서는 JPY, 중국 공관에서는 CNY로 읽습니다)")
    code = SIGNS.get(sign) or WORDS.get(sign) or (sign.upper() if len(sign) == 3 else None)
    if code and code in codes:
        return code, None
    return None, (f"{sign} is not one of the currencies of the list ({known})",
                  f"{sign}은(는) 통화 목록({known})에 없는 통화입니다")


def _number(core: str) -> tuple[Decimal | None, tuple[str, str] | None]:
    """A number with optional thousands separators, or why it is not one."""
    if re.fullmatch(r"\d{1,3}\.\d{3}", core):
        whole, thousands = core.split(".")[0], core.replace(".", "")
        return None, (f"'{core}' could be {whole} or {thousands} (a dot between thousands); "
                      f"write {thousands} or {whole}.0",
                      f"'{core}'은(는) {whole}인지 {thousands}인지 알 수 없습니다 (천 단위 "
                      f"마침표). {thousands} 또는 {whole}.0으로 적으세요")
    if _PLAIN.match(core) or _GROUPED.match(core):
        return Decimal(re.sub(r"[,' ]", "", core)), None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", core):
        digits = core.replace(".", "")
        return None, (f"'{core}' has dots between thousands; write {digits} or "
                      f"{int(digits):,}",
                      f"'{core}'은(는) 천 단위를 마침표로 구분했습니다. {digits} 또는 "
                      f"{int(digits):,}(으)로 적으세요")
    if re.fullmatch(r"\d[\d.]*,\d+", core) or core.count(".") > 1:
        return None, (f"'{core}' uses a decimal comma; write amounts with , between "
                      "thousands and . before decimals (1,234,567.89), or without separators",
                      f"'{core}'은(는) 소수점으로 쉼표를 씁니다. 천 단위는 쉼표(,), 소수점은 "
                      "마침표(.)로 적거나(1,234,567.89) 구분 기호 없이 적으세요")
    if re.fullmatch(r"\d[\d,' ]*(?:\.\d+)?", core):
        return None, (f"'{core}': thousands separators must mark groups of three digits "
                      "(1,234,567)",
                      f"'{core}': 천 단위 구분 기호는 세 자리마다 있어야 합니다 (1,234,567)")
    return None, None


def _with_units(core: str) -> tuple[Decimal | None, tuple[str, str] | None]:
    """A number written with Korean units (1,200만, 1.2억, 3억 5천만), or None."""
    total = Decimal(0)
    group = Decimal(0)
    big_last = small_last = None
    pos = 0
    seen_unit = False
    while pos < len(core):
        m = _UNIT_TOKEN.match(core, pos)
        if not m or m.end() == pos:
            return None, None
        pos = m.end()
        num, unit = m["num"], m["unit"]
        number = Decimal(1) if num is None else None
        if num is not None:
            number, problem = _number(num.strip())
            if number is None:
                return None, problem
        assert number is not None
        if unit in SMALL_UNITS:
            scale = SMALL_UNITS[unit]
            if small_last is not None and scale >= small_last:
                return None, None
            small_last = scale
            group += number * scale
            seen_unit = True
        elif unit in BIG_UNITS:
            scale = BIG_UNITS[unit]
            if big_last is not None and scale >= big_last:
                return None, None
            if num is not None:
                group += number
            elif not group:
                return None, None
            total += group * scale
            big_last, small_last, group = scale, None, Decimal(0)
            seen_unit = True
        else:
            if num is None:
                return None, None
            group += number
    if not seen_unit:
        return None, None
    if (group and big_last is not None and big_last >= BIG_UNITS["억"]
            and (small_last is not None or group < BIG_UNITS["만"])):
        # 1억2천 is 100,002,000 as written, but said for 1억2천만 (120,000,000); so is
        # 3억 2,345 (300,002,345 as written, 3억 2,345만 = 323,450,000 as Korean writes
        # amounts), and 2조 5백 is 2조 5백억 as said
        return None, _ambiguous(core, total, group, big_last)
    return total + group, None


#: The unit a number under 만 left after a big unit is said for: 2조 5천 for 2조 5천억.
_LEFT_OUT = {BIG_UNITS["조"]: BIG_UNITS["억"], BIG_UNITS["억"]: BIG_UNITS["만"]}


def _ambiguous(core: str, total: Decimal, group: Decimal, after: int) -> tuple[str, str]:
    """The problem of a number under 만 after 억 or 조: which one is meant is not known."""
    unit = _LEFT_OUT[after]
    word = next(w for w, v in BIG_UNITS.items() if v == unit)
    literal = f"{int(total + group):,}"
    spoken = f"{int(total + group * unit):,}"
    return (f"'{core}' could be {literal} or {spoken} (…{word} left out?); write the "
            f"{word}, or the number in digits",
            f"'{core}'은(는) {literal}일 수도 {spoken}일 수도 있습니다(‘{word}’을(를) "
            f"빠뜨렸나요?). ‘{word}’까지 적거나 숫자로 적으세요")


def parse_amount(value: Any, codes: frozenset[str], *, yen: str | None = None,
                 number_format: str | None = None) -> Amount:
    """The number and currency a cell gives (see the module docstring)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        return Amount(value)
    if not isinstance(value, str):
        sign = format_sign(number_format)
        if sign is None:
            return Amount(value)
        code, problem = currency_of(sign, codes, yen)
        return Amount(value, code, sign, problem=problem, from_format=True)
    text = normal(value)
    signs: list[str] = []
    if m := _PREFIX.match(text):
        if m["sign"].isalpha() and m["sign"].upper() not in codes and not m.end() < len(text):
            return Amount(value)
        signs.append(m["sign"])
        text = text[m.end():]
    if m := _SUFFIX.search(text):
        signs.append(m["sign"])
        text = text[:m.start()]
    core = text.strip()
    if not core or _NEGATIVE.match(core):
        return Amount(core.replace(" ", "") if signs and core else value)
    number, problem = _number(core)
    units = False
    if number is None and problem is None:
        number, problem = _with_units(core)
        units = number is not None
    if problem is not None:
        return Amount(value, problem=problem)
    if number is None:
        return Amount(value)  # not a number at all: validation says so
    found: list[tuple[str, str]] = []
    for sign in signs:
        code, bad = currency_of(sign, codes, yen)
        if bad is not None:
            return Amount(value, problem=bad)
        assert code is not None
        found.append((sign, code))
    if len({code for _, code in found}) > 1:
        (s1, c1), (s2, c2) = found[0], found[1]
        return Amount(value, problem=(
            f"'{value}' names two currencies ({s1}: {c1}, {s2}: {c2})",
            f"'{value}'에 두 통화가 적혀 있습니다 ({s1}: {c1}, {s2}: {c2})"))
    sign, code = found[0] if found else (None, None)
    return Amount(number, code, sign, units=units)


def format_sign(number_format: str | None) -> str | None:
    """The currency sign a number format shows (``"$"#,##0`` -> ``$``), if any."""
    if not number_format:
        return None
    section = _first_section(number_format)
    for m in re.finditer(r"\[\$([^\]-]*)(?:-([0-9A-Za-z-]+))?\]", section):
        symbol = normal(m[1])
        if symbol:
            if symbol == YEN and m[2]:
                locale = m[2].lower()
                if locale in ("411", "ja-jp"):
                    return "JPY"
                if locale in ("804", "zh-cn"):
                    return "CNY"
            return symbol
    pieces = [normal(q) for q in re.findall(r'"([^"]*)"', section)]
    pieces += [normal(c) for c in re.findall(r"\\(.)", section)]
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", section)
    pieces += [c for c in bare if c in "$€£¥₩"]
    for piece in pieces:
        piece = piece.strip()
        if piece in SIGNS or piece in WORDS or piece == YEN:
            return piece
        if re.fullmatch(r"[A-Z]{3}", piece):
            return piece
    return None


def _first_section(number_format: str) -> str:
    """The part of a format for positive numbers (up to an unquoted ``;``)."""
    quoted = False
    for i, ch in enumerate(number_format):
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            return number_format[:i]
    return number_format


def yen_for(jurisdiction: str | None) -> str | None:
    return YEN_BY_JURISDICTION.get((jurisdiction or "").upper())


def as_number_text(number: Decimal) -> str:
    """``120000000`` or ``1234.5``: how the preview shows a number read from units."""
    if number == number.to_integral_value():
        return f"{int(number):,}"
    try:
        return f"{number.normalize():,f}"
    except InvalidOperation:
        return str(number)
