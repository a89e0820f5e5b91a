"""What Python's JSON reader says is wrong with a text, in English and Korean.

``json.JSONDecodeError.msg`` is one of a few fixed English sentences; a message that
shows it (``올바른 JSON이 아닙니다: 1행 (…)``) gives it in the person's language through
:func:`json_problem`. The English side is Python's sentence, so English output is as it
was; one this list does not know is shown as Python says it.
"""

from __future__ import annotations

#: Python's sentence -> message id
PYTHON_SENTENCES = {
    "Expecting value": "json.expecting_value",
    "Expecting property name enclosed in double quotes": "json.expecting_name",
    "Expecting ':' delimiter": "json.expecting_colon",
    "Expecting ',' delimiter": "json.expecting_comma",
    "Unterminated string starting at": "json.unterminated_string",
    "Invalid control character at": "json.control_character",
    "Invalid \\escape": "json.invalid_escape",
    "Invalid \\uXXXX escape": "json.invalid_u_escape",
    "Extra data": "json.extra_data",
}

JSON_TEXT: dict[str, tuple[str, str]] = {
    "json.expecting_value": ("Expecting value", "값이 있어야 할 곳입니다"),
    "json.expecting_name": (
        "Expecting property name enclosed in double quotes",
        "큰따옴표로 감싼 항목 이름이 있어야 할 곳입니다",
    ),
    "json.expecting_colon": ("Expecting ':' delimiter", "':'이(가) 있어야 할 곳입니다"),
    "json.expecting_comma": ("Expecting ',' delimiter", "','이(가) 있어야 할 곳입니다"),
    "json.unterminated_string": (
        "Unterminated string starting at",
        "큰따옴표로 닫히지 않은 문자열이 있습니다",
    ),
    "json.control_character": (
        "Invalid control character at",
        "문자열 안에 쓸 수 없는 제어 문자가 있습니다",
    ),
    "json.invalid_escape": ("Invalid \\escape", "잘못된 \\ 이스케이프가 있습니다"),
    "json.invalid_u_escape": (
        "Invalid \\uXXXX escape",
        "잘못된 \\uXXXX 이스케이프가 있습니다",
    ),
    "json.extra_data": ("Extra data", "JSON 값 뒤에 다른 내용이 더 있습니다"),
    "json.duplicate_key": (
        "not valid input: {key!r} is given twice in one object, so which value is meant "
        "is not known (write it once)",
        "올바른 입력이 아닙니다: 한 객체에 {key!r}이(가) 두 번 있어 어느 값인지 알 수 "
        "없습니다(한 번만 쓰십시오)",
    ),
    "json.too_deep": (
        "not valid input: the JSON is nested too deeply to read",
        "올바른 입력이 아닙니다: JSON이 너무 깊게 중첩되어 읽을 수 없습니다",
    ),
}
