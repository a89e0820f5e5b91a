"""What is said when a value is stored otherwise than it was given (``domain.tidying``):
each step by its code, the line that shows a value before and after, and the command
line's refusal."""

from __future__ import annotations

TIDYING: dict[str, tuple[str, str]] = {
    "tidy.nfc": (
        "Unicode written in its composed form, NFC (it looks the same)",
        "유니코드를 조합형 NFC로 적음(보기에는 같음)",
    ),
    "tidy.line_breaks": (
        "line breaks and tabs made spaces, the field being one line",
        "한 줄 항목이라 줄바꿈과 탭을 공백으로 바꿈",
    ),
    "tidy.line_endings": (
        "line endings CR LF and CR written as LF",
        "줄 끝(CR LF, CR)을 LF로 바꿈",
    ),
    "tidy.ends": ("spaces at the ends left out", "앞뒤 공백을 뺌"),
    "tidy.long_ends": (
        "spaces and blank lines at the start and end left out",
        "처음과 끝의 공백과 빈 줄을 뺌",
    ),
    "tidy.repeated": (
        "given more than once, kept once: {items}",
        "두 번 이상 적힌 항목을 한 번만 둠: {items}",
    ),
    "tidy.empty_items": ("empty items left out", "빈 항목을 뺌"),
    "tidy.form": ("written in its standard form", "표준 형식으로 적음"),
    "tidy.capitals": ("written in capitals, as codes are", "코드이므로 대문자로 적음"),
    "tidy.code": ("written as the code in its list", "목록에 있는 코드로 적음"),
    "tidy.line": (
        "{field}: {given} → stored as {stored} ({how})",
        "{field}: {given} → 저장되는 값 {stored} ({how})",
    ),
    "tidy.item": ("record #{n}: {line}", "{n}번째 기록: {line}"),
    "record.tidy_refused": (
        "{count} value(s) would be stored otherwise than given, so nothing was stored:\n"
        "{lines}",
        "값 {count}개가 적힌 것과 다르게 저장되므로 아무것도 저장하지 않았습니다:\n{lines}",
    ),
    "record.tidy_problems": (
        "and {count} problem(s) that must be put right as well:",
        "그리고 함께 고쳐야 할 문제 {count}개:",
    ),
    "record.tidy_problems_more": ("… and {count:,} more", "… 그 밖에 {count:,}개"),
    "cli.tidy_accept": (
        "{refused}\nCorrect the input, or give --accept-changes to store the values as "
        "shown.",
        "{refused}\n입력을 고치거나, 보이는 대로 저장하려면 --accept-changes를 붙이십시오.",
    ),
    "cli.tidy_stored": (
        "stored otherwise than given: {line}",
        "적힌 것과 다르게 저장함: {line}",
    ),
}
