"""Turn what a person typed (or a file held) into clean field values, or say why not.

``clean_fields`` checks each given field on its own and converts it to its Python
type; ``check_record`` checks a whole record (required fields, one-of groups, dates
in order). Both collect every problem instead of stopping at the first, and every
message names the field in the user's language.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from officer_desk.domain.dates import (
    FIRST_DAY,
    LAST_DAY,
    TypedDate,
    parse_date,
    read_typed_date,
)
from officer_desk.domain.errors import FieldError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.text_tidy import kept_once, tidy_text
from officer_desk.domain.vocabulary import Vocabularies

#: Answers whether a record of the given kind (None: any kind) exists and is not deleted.
RefChecker = Callable[[str | None, str], bool]

#: The largest whole number SQLite stores as an integer (2**63 - 1): a larger one would
#: not be stored at all (an OverflowError at the insert) or be stored rounded.
MAX_STORED_INTEGER = 2**63 - 1
#: The largest amount stored exactly: amounts are REAL columns (a double), where every
#: whole number up to 2**53 (9,007,199,254,740,992) is exact and larger ones are rounded.
MAX_AMOUNT = 2**53
#: Largest attachment stored in the database (the editor, ``attach`` and the merge).
#: Bigger files belong in the post's document system; the record can say where.
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024

_MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("{label} is required", "{label}: 필수 항목입니다"),
    "required_any": ("enter {label}", "{label} 중 하나는 입력해야 합니다"),
    "bad_date": (
        "{label}: {value!r} is not a date (use YYYY-MM-DD)",
        "{label}: {value!r}은(는) 날짜가 아닙니다 (YYYY-MM-DD 형식)",
    ),
    "bad_typed_date": (
        "{label}: {value!r} is not a date (e.g. 2024-03-01, 2024.3.1, 20240301 or "
        "2024년 3월 1일)",
        "{label}: {value!r}은(는) 날짜가 아닙니다 (예: 2024-03-01, 2024.3.1, 20240301, "
        "2024년 3월 1일)",
    ),
    "date_out_of_range": (
        "{label}: {value} is outside the years {first} to {last} (a typing slip?)",
        "{label}: {value}은(는) {first}년~{last}년 밖의 날짜입니다 (잘못 입력하셨나요?)",
    ),
    "no_such_day": (
        "{label}: there is no {value!r} ({year}-{month:02d} has {days} days)",
        "{label}: {value!r}은(는) 없는 날짜입니다 ({year}년 {month}월은 {days}일까지)",
    ),
    "no_such_month": (
        "{label}: there is no {value!r} (months are 1 to 12)",
        "{label}: {value!r}은(는) 없는 날짜입니다 (월은 1~12)",
    ),
    "unknown_code": (
        "{label}: unknown value {value!r} (choose one of: {known})",
        "{label}: 알 수 없는 값 {value!r} (선택 가능: {known})",
    ),
    "bad_url": (
        "{label}: {value!r} is not a web address (http:// or https://)",
        "{label}: {value!r}은(는) 웹 주소가 아닙니다 (http:// 또는 https://)",
    ),
    "negative": ("{label} cannot be negative", "{label}: 음수일 수 없습니다"),
    "not_number": (
        "{label}: {value!r} is not a number",
        "{label}: {value!r}은(는) 숫자가 아닙니다",
    ),
    "bad_separators": (
        "{label}: {value!r} is not an amount: commas go between groups of three digits "
        "(1,250,000) and decimals after a point (1250.5)",
        "{label}: {value!r}은(는) 금액이 아닙니다. 쉼표는 세 자리마다(1,250,000), 소수는 "
        "마침표 뒤에(1250.5) 적으세요",
    ),
    "number_too_large": (
        "{label}: {value} is larger than can be stored (at most {limit:,})",
        "{label}: {value}은(는) 저장할 수 있는 값보다 큽니다 (최대 {limit:,})",
    ),
    "too_precise": (
        "{label}: {value!r} has more digits than can be stored exactly (at most 15 "
        "significant digits; it would become {stored}): round it",
        "{label}: {value!r}은(는) 정확히 저장할 수 있는 자릿수(유효숫자 15자리)보다 깁니다"
        "({stored}(으)로 바뀝니다). 반올림해 적으세요",
    ),
    "not_integer": (
        "{label}: {value!r} is not a whole number",
        "{label}: {value!r}은(는) 정수가 아닙니다",
    ),
    "not_bool": (
        "{label}: {value!r} is not yes or no",
        "{label}: {value!r}은(는) 예/아니오가 아닙니다",
    ),
    "too_long": (
        "{label} is too long ({length} characters, at most {limit})",
        "{label}: 너무 깁니다 ({length}자, 최대 {limit}자)",
    ),
    "control_char": (
        "{label} contains a control character ({char}) that cannot be stored",
        "{label}: 저장할 수 없는 제어 문자({char})가 있습니다",
    ),
    "text_as_number": (
        "{label}: {value!r} is a number with a point or an exponent, which is not kept as "
        "written (2024.10 would be 2024.1); write the text in quotes",
        "{label}: {value!r}은(는) 소수점이나 지수가 있는 숫자라 적은 그대로 저장되지 "
        "않습니다(2024.10은 2024.1이 됩니다). 따옴표로 감싼 텍스트로 적으십시오",
    ),
    "broken_char": (  # JSON's "\ud800" alone: half of a character, not a control one
        "{label} contains a broken character ({char}, half of a surrogate pair) that cannot "
        "be stored",
        "{label}: 저장할 수 없는 깨진 문자({char}, 서로게이트 쌍의 절반)가 있습니다",
    ),
    "not_text": (
        "{label}: expected text, got {value!r}",
        "{label}: 텍스트가 아닙니다 ({value!r})",
    ),
    "not_list": ("{label}: expected a list", "{label}: 목록이어야 합니다"),
    "party_without_name": (
        "{label}: {value!r} has a type but no name; write the name before it "
        "(Name [type])",
        "{label}: {value!r}에 유형만 있고 이름이 없습니다. 이름을 앞에 적으세요 (이름 [유형])",
    ),
    "bad_brn": (
        "{label}: {value!r} is not a valid business registration number "
        "(10 digits, e.g. 123-45-67891)",
        "{label}: {value!r}은(는) 올바른 사업자등록번호가 아닙니다 (10자리, 예: 123-45-67891)",
    ),
    "bad_ref": (  # a deleted record is there, but cannot be linked to: say it may be
        "{label}: no {target} with id {value!r} that is not deleted (undelete it first "
        "if it is)",
        "{label}: id {value!r}인 {target}이(가) 없거나 삭제되었습니다(삭제된 기록이면 먼저 "
        "되살리십시오)",
    ),
    "code_taken": (
        "{label}: {value!r} is already used by another entry",
        "{label}: {value!r}은(는) 이미 다른 항목이 쓰고 있습니다",
    ),
    "brn_taken": (  # one exporter, one company record per post (posts may share: HQ links)
        "{label}: {value} is already the number of {company} at this post; open that "
        "company instead of making a second one",
        "{label}: {value}은(는) 이 공관의 {company}의 번호입니다. 새로 만들지 말고 그 기업을 "
        "쓰십시오",
    ),
    "id_taken": (
        "{label}: a record with id {value!r} already exists here (the same file added "
        "twice?)",
        "{label}: ID {value!r}인 기록이 이미 있습니다(같은 파일을 두 번 추가했나요?)",
    ),
    "id_repeated": (
        "{label}: {value!r} is repeated in the input (two records cannot share an id)",
        "{label}: {value!r}이(가) 입력에 두 번 나옵니다(두 기록이 한 ID를 함께 쓸 수 없습니다)",
    ),
    "bad_id": (
        "{label}: {value!r} is not a record id",
        "{label}: {value!r}은(는) 기록 ID가 아닙니다",
    ),
    "date_order": (
        "{label} cannot be before {other}",
        "{label}: {other}보다 앞설 수 없습니다",
    ),
    "closed_needs_date": (
        "{label} is required when the status is closed",
        "{label}: 종결 상태이면 필수입니다",
    ),
    "not_a_filter": (
        "{label}: {value!r} is not FIELD=VALUE (for example stage=filed)",
        "{label}: {value!r}은(는) 항목=값 형식이 아닙니다(예: stage=filed)",
    ),
    "unknown_field": (
        "{value!r} is not a field of {target}",
        "{value!r}은(는) {target}의 항목이 아닙니다",
    ),
    "immutable": ("{label} cannot be changed once set", "{label}: 한번 정한 값은 바꿀 수 없습니다"),
    "not_bytes": ("{label}: expected file content", "{label}: 파일 내용이어야 합니다"),
    "too_large": (
        "{label}: the file is {size} and the limit is {limit}",
        "{label}: 파일 크기 {size}, 한도 {limit}",
    ),
    "currency_missing": (
        "{label}: {amounts} is given without a currency; choose the currency it is in",
        "{label}: {amounts}에 통화가 없습니다. 어느 통화인지 선택하십시오",
    ),
    "not_as_stored": (  # a copy from elsewhere (the HQ merge) holds what no check stores
        "{label}: {value} is not in the form this program stores (it would store {stored})",
        "{label}: {value}은(는) 이 프로그램이 저장하는 형태가 아닙니다({stored}(으)로 저장합니다)",
    ),
    "bad_timestamp": (
        "{label}: {value} is not a date and time (e.g. 2024-03-01T09:30:00Z)",
        "{label}: {value}은(는) 날짜와 시각이 아닙니다(예: 2024-03-01T09:30:00Z)",
    ),
}


class _Written(str):
    """A value that is not text, as a person wrote it (``true``, ``10:00``, a JSON
    list): its ``repr`` is the text itself, so ``{value!r}`` never shows Python's
    ``True`` or ``datetime.time(10, 0)``."""

    def __repr__(self) -> str:
        return str(self)


def _written(value: Any) -> Any:
    if isinstance(value, (str, int, float, Decimal)) and not isinstance(value, bool):
        return value
    if isinstance(value, dt.time):
        return _Written(value.isoformat(timespec="minutes" if not value.second else "seconds"))
    if isinstance(value, (dt.date, dt.datetime)):
        return _Written(value.isoformat())
    try:
        return _Written(json.dumps(value, ensure_ascii=False, default=str))
    except (TypeError, ValueError):
        return _Written(str(value))


def field_error(
    field: str, code: str, label_en: str, label_ko: str | None = None, **params: Any
) -> FieldError:
    en_t, ko_t = _MESSAGES[code]
    if "value" in params and not isinstance(params["value"], tuple):
        params["value"] = _written(params["value"])
    en_params = {k: (v[0] if isinstance(v, tuple) else v) for k, v in params.items()}
    ko_params = {k: (v[1] if isinstance(v, tuple) else v) for k, v in params.items()}
    return FieldError(
        field,
        code,
        en_t.format(label=label_en, **en_params),
        ko_t.format(label=label_ko or label_en, **ko_params),
    )


def _err(f: Field, code: str, **params: Any) -> FieldError:
    return field_error(f.name, code, f.en, f.ko, **params)


_FORBIDDEN_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def _clean_text(f: Field, value: Any, *, multiline: bool) -> tuple[Any, FieldError | None]:
    if isinstance(value, float):  # JSON's 2024.10 arrives as 2024.1, 1e20 as 1e+20
        return None, _err(f, "text_as_number", value=value)
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None, _err(f, "not_text", value=value)
    value, _ = tidy_text(value, multiline=multiline)
    bad = _FORBIDDEN_CHAR.search(value)
    if bad:
        code = "broken_char" if "\ud800" <= bad.group() <= "\udfff" else "control_char"
        return None, _err(f, code, char=f"U+{ord(bad.group()):04X}")
    if f.max_length is not None and len(value) > f.max_length:
        return None, _err(f, "too_long", length=len(value), limit=f.max_length)
    return (value or None), None


def typed_date_error(f: Field, text: str, typed: TypedDate) -> FieldError | None:
    """Why the text typed into date field ``f`` is no date (None: it is one, or empty)."""
    if typed.problem is None:
        return None
    if typed.problem == "bad_date":
        return _err(f, "bad_typed_date", value=text.strip())
    return _err(f, typed.problem, value=text.strip(), year=typed.year, month=typed.month,
                days=typed.days_in_month)


#: An amount typed with commas: they must mark groups of three ("1,5" is no 15).
_GROUPED_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d*)?")


def _clean_amount(f: Field, value: Any) -> tuple[Any, FieldError | None]:
    """A non-negative amount, stored as a REAL: refused rather than changed when its
    commas are no thousands separators or it has more digits than a REAL keeps."""
    if isinstance(value, bool):
        return None, _err(f, "not_number", value=value)
    if isinstance(value, str):
        text = value.strip().replace(" ", "")
        if "," in text:
            if not _GROUPED_AMOUNT.fullmatch(text):
                return None, _err(f, "bad_separators", value=value.strip())
            text = text.replace(",", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None, _err(f, "not_number", value=value)
    elif isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    else:
        return None, _err(f, "not_number", value=value)
    if not number.is_finite():
        return None, _err(f, "not_number", value=value)
    if number < 0:
        return None, _err(f, "negative")
    if number > MAX_AMOUNT:
        return None, _err(f, "number_too_large", value=value, limit=MAX_AMOUNT)
    if number == number.to_integral_value():
        return int(number), None
    as_float = float(number)
    if Decimal(repr(as_float)) != number:  # 12345678901234567.89 would be …568
        return None, _err(f, "too_precise", value=str(value).strip(), stored=repr(as_float))
    return as_float, None


_TRUE = {"1", "true", "yes", "y", "on", "예", "네", "o", "t"}
_FALSE = {"0", "false", "no", "n", "off", "아니오", "아니요", "x", "f", ""}


def _clean_bool(f: Field, value: Any) -> tuple[Any, FieldError | None]:
    if isinstance(value, bool):
        return value, None
    if isinstance(value, int) and value in (0, 1):
        return bool(value), None
    if isinstance(value, str):
        v = value.strip().casefold()
        if v in _TRUE:
            return True, None
        if v in _FALSE:
            return False, None
    return None, _err(f, "not_bool", value=value)


def _clean_url(f: Field, value: Any) -> tuple[Any, FieldError | None]:
    text, err = _clean_text(f, value, multiline=False)
    if err or text is None:
        return text, err
    if " " in text:
        return None, _err(f, "bad_url", value=text)
    try:
        parts = urlsplit(text)
    except ValueError:
        return None, _err(f, "bad_url", value=text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None, _err(f, "bad_url", value=text)
    return text, None


_BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
#: The example in the "bad_brn" message: it must pass the check (a test makes sure).
BRN_EXAMPLE = "123-45-67891"


def brn_is_valid(digits: str) -> bool:
    """The check digit of a Korean business registration number (10 digits)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    total = sum(a * b for a, b in zip(d[:9], _BRN_WEIGHTS, strict=True)) + (d[8] * 5) // 10
    return (10 - total % 10) % 10 == d[9]


def _clean_brn(f: Field, value: Any) -> tuple[Any, FieldError | None]:
    text, err = _clean_text(f, value, multiline=False)
    if err or text is None:
        return text, err
    digits = re.sub(r"[\s\-]", "", text)
    if not brn_is_valid(digits):
        return None, _err(f, "bad_brn", value=text)
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}", None


def is_record_id(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _split_list(value: Any, *, commas: bool = False) -> list[Any] | None:
    """A list given as one text is split at ';' and line breaks (as the editor and the
    import write and read lists); at commas too only for ids (``commas``), since a
    name keeps its commas: "Samsung Electronics Co., Ltd." is one former name."""
    if isinstance(value, str):
        return re.split(r"[;,\n]" if commas else r"[;\n]", value)
    if isinstance(value, (list, tuple)):
        return list(value)
    return None


def _clean_strings(f: Field, value: Any) -> tuple[Any, FieldError | None]:
    items = _split_list(value)
    if items is None:
        return None, _err(f, "not_list")
    out: list[str] = []
    item_field = Field(f.name, FieldType.TEXT, f.en, f.ko, max_length=200)
    for item in items:
        text, err = _clean_text(item_field, item, multiline=False)
        if err:
            return None, err
        if text:
            out.append(text)
    return kept_once(out)[0], None


def _labels(vocab: Vocabularies, vocabulary: str) -> tuple[str, str]:
    """The active terms of a vocabulary as a message lists them: labels, not codes,
    in English and in Korean (the codes are accepted too, but a person reads labels)."""
    terms = vocab.terms(vocabulary, active_only=True)
    return (", ".join(t.label("en") for t in terms), ", ".join(t.label("ko") for t in terms))


def _clean_parties(
    f: Field, value: Any, vocab: Vocabularies
) -> tuple[Any, FieldError | None]:
    items = _split_list(value)
    if items is None:
        return None, _err(f, "not_list")
    out: list[dict[str, str | None]] = []
    name_field = Field(f.name, FieldType.TEXT, f.en, f.ko, max_length=500)
    for item in items:
        if isinstance(item, str):
            item = {"name": item, "type": None}
        if not isinstance(item, Mapping):
            return None, _err(f, "not_list")
        name, err = _clean_text(name_field, item.get("name", ""), multiline=False)
        if err:
            return None, err
        ptype = item.get("type") or None
        if not name:
            if ptype is not None:  # "[NPE]" alone: never dropped without a word
                code = ptype if vocab is not None and vocab.has(
                    "counterparty_type", ptype) else None
                said = (f"[{vocab.label('counterparty_type', code, 'en')}]",
                        f"[{vocab.label('counterparty_type', code, 'ko')}]") if code else (
                    f"[{ptype}]")  # a code read from a sheet is said by its label
                return None, _err(f, "party_without_name", value=said)
            continue
        if ptype is not None:
            code = ptype if vocab.has("counterparty_type", ptype) else (
                vocab.match("counterparty_type", str(ptype))
            )
            if code is None:
                known = _labels(vocab, "counterparty_type")
                return None, _err(f, "unknown_code", value=ptype, known=known)
            ptype = code
        out.append({"name": name, "type": ptype})
    return out, None


#: Types whose blank text is an empty list, not no value.
_LIST_TYPES = frozenset({FieldType.STRINGS, FieldType.PARTIES, FieldType.REFS})


def clean_value(
    f: Field, value: Any, vocab: Vocabularies, refs: RefChecker | None = None
) -> tuple[Any, FieldError | None]:
    """One field's value in its Python type, or the reason it cannot be."""
    if value is None or (isinstance(value, str) and not value.strip() and f.type not in
                         _LIST_TYPES):
        return None, None
    t = f.type
    if t is FieldType.TEXT:
        if f.name == "brn":
            return _clean_brn(f, value)
        return _clean_text(f, value, multiline=False)
    if t is FieldType.LONGTEXT:
        return _clean_text(f, value, multiline=True)
    if t is FieldType.DATE:
        d = parse_date(value)
        if d is None:
            typed = read_typed_date(value) if isinstance(value, str) else None
            if typed is not None and typed.problem in ("no_such_day", "no_such_month"):
                return None, typed_date_error(f, value, typed)  # 2024-02-30: no such day
            return None, _err(f, "bad_date", value=value)
        if not FIRST_DAY <= d <= LAST_DAY:
            return None, _err(f, "date_out_of_range", value=d.isoformat(),
                              first=FIRST_DAY.year, last=LAST_DAY.year)
        return d, None
    if t in (FieldType.VOCAB, FieldType.CHOICE):
        if not isinstance(value, str):
            return None, _err(f, "not_text", value=value)
        code = value.strip()
        if t is FieldType.CHOICE:
            if code in f.choices:
                return code, None
            known: str | tuple[str, str] = ", ".join(f.choices)
        else:
            assert f.vocab is not None
            if not vocab.has(f.vocab, code):
                code = vocab.match(f.vocab, code) or code
            if vocab.has(f.vocab, code):
                return code, None
            known = _labels(vocab, f.vocab)  # only for the message: not for every good value
        return None, _err(f, "unknown_code", value=value, known=known)
    if t in (FieldType.REF, FieldType.LINK):
        if not is_record_id(value):
            return None, _err(f, "bad_id", value=value)
        rid = str(uuid.UUID(value))  # D3DDE5D7-… and {…} name the same record
        if refs is not None and not refs(f.ref, rid):
            return None, _err(f, "bad_ref", value=value, target=_target_label(f))
        return rid, None
    if t is FieldType.REFS:
        items = _split_list(value, commas=True)
        if items is None:
            return None, _err(f, "not_list")
        out = []
        for item in items:
            if isinstance(item, str) and not item.strip():
                continue
            if not is_record_id(item if not isinstance(item, str) else item.strip()):
                return None, _err(f, "bad_id", value=item)
            rid = str(uuid.UUID(item.strip()))
            if refs is not None and not refs(f.ref, rid):
                return None, _err(f, "bad_ref", value=item, target=_target_label(f))
            if rid not in out:
                out.append(rid)
        return out, None
    if t is FieldType.AMOUNT:
        return _clean_amount(f, value)
    if t is FieldType.INTEGER:
        if isinstance(value, bool):
            return None, _err(f, "not_integer", value=value)
        try:
            number = int(str(value).strip().replace(",", ""))
        except ValueError:
            return None, _err(f, "not_integer", value=value)
        if abs(number) > MAX_STORED_INTEGER:
            return None, _err(f, "number_too_large", value=value, limit=MAX_STORED_INTEGER)
        return number, None
    if t is FieldType.BOOL:
        return _clean_bool(f, value)
    if t is FieldType.URL:
        return _clean_url(f, value)
    if t is FieldType.STRINGS:
        return _clean_strings(f, value)
    if t is FieldType.PARTIES:
        return _clean_parties(f, value, vocab)
    if t is FieldType.BLOB:
        if isinstance(value, (bytes, bytearray, memoryview)):
            return bytes(value), None
        return None, _err(f, "not_bytes")
    raise AssertionError(f"unhandled field type {t}")


def _target_label(f: Field) -> tuple[str, str]:
    from officer_desk.domain.kinds import KINDS_BY_NAME

    if f.ref and f.ref in KINDS_BY_NAME:
        k = KINDS_BY_NAME[f.ref]
        return (k.en.lower(), k.ko)
    return ("record", "기록")


#: Codes stored in capitals, as every command and the window look them up (``--post us``
#: is the post US): a post's own code.
CAPITALS = frozenset({("posts", "code")})


def clean_fields(
    kind: RecordKind,
    data: Mapping[str, Any],
    vocab: Vocabularies,
    refs: RefChecker | None = None,
) -> tuple[dict[str, Any], list[FieldError]]:
    """Clean every field in ``data``; unknown field names are errors too."""
    cleaned: dict[str, Any] = {}
    errors: list[FieldError] = []
    for name, value in data.items():
        if not kind.has_field(name):
            errors.append(
                field_error(name, "unknown_field", name, value=name,
                            target=(kind.en.lower(), kind.ko))
            )
            continue
        f = kind.field(name)
        v, err = clean_value(f, value, vocab, refs)
        if isinstance(v, str) and (kind.name, name) in CAPITALS:
            v = v.upper()  # "us" is the post US everywhere it is looked up: stored so
        if err:
            errors.append(err)
        else:
            cleaned[name] = v
    return cleaned, errors


def _shown(value: Any) -> str:
    """A value as a message shows it: its repr, cut short (a copy may hold 200,000
    characters)."""
    if isinstance(value, dt.date):
        value = value.isoformat()
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "…"


def stored_value_error(
    f: Field, value: Any, vocab: Vocabularies, refs: RefChecker | None = None
) -> FieldError | None:
    """Why ``value``, a field's value as a record holds it (a date, a code, a list …),
    is one no record may hold (None: it may).

    The check of a value typed by hand (``clean_value``), and one more: the value must
    be exactly what that check stores — a text trimmed and in NFC, a code and not its
    label, a list without blanks or repeats, a registration number as 123-45-67891. A
    copy made elsewhere (the HQ merge reads the records of posts' packages) is checked
    with this, so that it accepts exactly what the editor, ``add`` and the import could
    have stored, and the two cannot drift apart.
    """
    if value is None or (value == [] and f.is_json):  # empty: what clean_value keeps
        return None
    cleaned, err = clean_value(f, value, vocab, refs)
    if err is not None:
        return err
    if cleaned != value:
        return _err(f, "not_as_stored", value=_shown(value), stored=_shown(cleaned))
    return None


#: The longest created/updated time kept (``2024-03-01T09:30:00.123456+09:00`` is 32).
MAX_TIMESTAMP = 40


def timestamp_error(name: str, en: str, ko: str, value: Any) -> FieldError | None:
    """Why ``value`` cannot be a record's created or updated time (None: it can).

    The times are shown, never compared (see ``domain.records``), so any ISO 8601 date
    and time is kept as written (``records.utc_now`` writes ``…T…Z``; an export read
    back in keeps its own)."""
    if isinstance(value, str) and len(value) <= MAX_TIMESTAMP:
        try:
            dt.datetime.fromisoformat(value)
            return None
        except ValueError:
            pass
    return field_error(name, "bad_timestamp", en, ko, value=_shown(value))


def _empty(v: Any) -> bool:
    return v is None or v == "" or v == [] or v == ()


def check_record(kind: RecordKind, values: Mapping[str, Any]) -> list[FieldError]:
    """Checks that need the whole record: required fields, one-of groups, date order."""
    errors: list[FieldError] = []
    for f in kind.fields:
        if f.required and _empty(values.get(f.name)):
            errors.append(_err(f, "required"))
    for group in kind.required_any:
        if all(_empty(values.get(n)) for n in group):
            fs = [kind.field(n) for n in group]
            errors.append(
                field_error(
                    group[0], "required_any",
                    " or ".join(f.en for f in fs), " 또는 ".join(f.ko for f in fs),
                )
            )
    if kind.has_field("closed_on") and kind.has_field("opened_on"):
        closed, opened = values.get("closed_on"), values.get("opened_on")
        if closed and opened and closed < opened:
            fl, fe = kind.field("closed_on"), kind.field("opened_on")
            errors.append(_err(fl, "date_order", other=(fe.en, fe.ko)))
        if values.get("status") == "closed" and _empty(closed):
            errors.append(_err(kind.field("closed_on"), "closed_needs_date"))
    return errors



def rule_groups(kind: RecordKind) -> list[tuple[str, ...]]:
    """The fields each rule of ``check_record`` between fields ties together: a closing
    date with the opening date it may not precede and the status that needs it; the
    fields of a one-of group (a Korean or an English title). The merge takes such
    fields together from one copy (``sync.resolve.tied_units``)."""
    groups = [tuple(g) for g in kind.required_any]
    if kind.has_field("closed_on") and kind.has_field("opened_on"):
        groups.append(tuple(n for n in ("opened_on", "closed_on", "status")
                            if kind.has_field(n)))
    return groups

def _amount_fields(kind: RecordKind) -> list[Field]:
    return [f for f in kind.fields if f.type is FieldType.AMOUNT]


def currency_missing(kind: RecordKind, values: Mapping[str, Any],
                     before: Mapping[str, Any] | None = None) -> FieldError | None:
    """An amount without a currency, refused where a person enters it (the editor,
    ``add``/``update``, the import); None when there is none.

    Not a rule of ``check_record``: records stored before it (and posts' packages made
    from them) keep being accepted, and the briefing pack says such an amount's currency
    is not recorded. With ``before`` (the record as stored, for a change), only a change
    of an amount or of the currency is refused: a record that already lacks its
    currency can still have its other fields edited.
    """
    if not kind.has_field("currency") or not _empty(values.get("currency")):
        return None
    amounts = [f for f in _amount_fields(kind) if values.get(f.name) is not None]
    if not amounts:
        return None
    if before is not None and all(
            values.get(n) == before.get(n) for n in (*(f.name for f in amounts), "currency")):
        return None
    currency = kind.field("currency")
    return _err(currency, "currency_missing",
                amounts=(", ".join(f.en for f in amounts), ", ".join(f.ko for f in amounts)))
