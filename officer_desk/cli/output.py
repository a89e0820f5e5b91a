"""Printing for the command line: aligned tables (Korean included), JSON, values.

Korean (and Chinese, Japanese) characters take two columns of a terminal, so widths
here are display widths (``unicodedata.east_asian_width``), not ``len``.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import click

from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.vocabulary import Vocabularies
from officer_desk.services import display
from officer_desk.services.display import (  # noqa: F401  (re-exported)
    human_size,
    one_line,
    short_id,
    yes_no,
)

ELLIPSIS = "…"
#: Flexible table columns are not cut narrower than this.
MIN_FLEXIBLE = 12
#: Label columns give way to the title down to this width first, and the title then
#: down to TITLE_FLOOR, before either goes further.
SQUEEZE_FLOOR = 20
TITLE_FLOOR = 30

#: Labels of the few fixed choices (a dispute's status) that are not vocabulary.
CHOICE_LABELS = {
    "open": ("open", "진행 중"),
    "closed": ("closed", "종결"),
}


def char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal."""
    return sum(char_width(ch) for ch in text)


def truncate(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` columns, ending in … if it was cut."""
    text = one_line(text)
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + ELLIPSIS


def pad(text: str, columns: int, align: str = "<") -> str:
    gap = " " * max(0, columns - width(text))
    return gap + text if align == ">" else text + gap


def terminal_width() -> int:
    return max(60, shutil.get_terminal_size((120, 24)).columns)


def _shrink(widths: list[int], columns: Sequence[int], floor: int, excess: int) -> int:
    """Narrow the widest of ``columns`` (not below ``floor``) until ``excess`` is gone."""
    while excess > 0:
        wide = [i for i in columns if widths[i] > floor]
        if not wide:
            break
        i = max(wide, key=lambda n: widths[n])
        others = [widths[n] for n in wide if n != i]
        step = min(excess, widths[i] - max(floor, max(others, default=floor)) or 1)
        widths[i] -= step
        excess -= step
    return excess


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    align: Sequence[str] | None = None,
    flexible: int | Sequence[int] | None = None,
    squeeze: Sequence[int] | None = None,
    max_width: int | None = None,
) -> list[str]:
    """Lines of an aligned table.

    ``flexible`` is the index (or indexes) of the columns that shrink (cut with …) so
    that the table fits ``max_width`` columns (the terminal's width by default);
    ``squeeze`` columns (labels) give way before them, down to a readable width.
    """
    cells = [[one_line("" if c is None else str(c)) for c in row] for row in rows]
    heads = list(headers)
    align = list(align or ["<"] * len(heads))
    widths = [width(h) for h in heads]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], width(c))
    flex = [flexible] if isinstance(flexible, int) else list(flexible or ())
    soft = list(squeeze or ())
    if flex or soft:
        limit = max_width or terminal_width()
        excess = sum(widths) + 2 * (len(widths) - 1) - limit
        # Labels give way first, down to a readable width, then the title, turn by turn.
        excess = _shrink(widths, soft, SQUEEZE_FLOOR, excess)
        excess = _shrink(widths, flex, TITLE_FLOOR, excess)
        excess = _shrink(widths, soft, MIN_FLEXIBLE, excess)
        _shrink(widths, flex, MIN_FLEXIBLE, excess)
        for i in flex + soft:
            for row in cells:
                row[i] = truncate(row[i], widths[i])
    last = len(widths) - 1

    def line(values: Sequence[str]) -> str:
        parts = []
        for i, v in enumerate(values):
            # No trailing spaces after the last column.
            parts.append(v if i == last and align[i] == "<" else pad(v, widths[i], align[i]))
        return "  ".join(parts).rstrip()

    out = [line(heads), "  ".join("-" * w for w in widths).rstrip()]
    out += [line(row) for row in cells]
    return out


def echo_lines(lines: Iterable[str]) -> None:
    for line in lines:
        click.echo(line)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def to_json_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, default=_json_default)


def echo_json(data: Any) -> None:
    click.echo(to_json_text(data))


def format_value(f: Field, value: Any, vocab: Vocabularies, lang: str = "ko") -> str:
    """A field value as a person reads it in a terminal.

    The window's rules (``services.display.format_value``) with the terminal's few
    differences: yes/no in words, sizes in KB/MB, lists joined with commas, and links as
    short ids (``show`` resolves titles itself).
    """
    if value is None or value == [] or value == ():
        return ""
    t = f.type
    if t is FieldType.BLOB:
        return human_size(len(value))
    if f.name == "size" and t is FieldType.INTEGER:
        return human_size(value)
    if t in (FieldType.REF, FieldType.LINK):
        return short_id(value)
    if t in (FieldType.STRINGS, FieldType.REFS):
        return ", ".join(str(v) if t is FieldType.STRINGS else short_id(v) for v in value)
    if t is FieldType.CHOICE:
        labels = CHOICE_LABELS.get(value)
        return labels[1 if lang == "ko" else 0] if labels else str(value)
    if t in (FieldType.TEXT, FieldType.LONGTEXT, FieldType.URL, FieldType.INTEGER):
        return str(value)
    return display.format_value(f, value, vocab, lang, check_marks=False)


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def wrap(text: str, columns: int) -> list[str]:
    """``text`` broken into lines of at most ``columns`` display columns.

    Breaks at spaces where it can and inside a word (Korean included) where it must;
    the text's own line breaks are kept.
    """
    columns = max(10, columns)
    out: list[str] = []
    for paragraph in str(text).splitlines() or [""]:
        line, used = "", 0
        for word in paragraph.split(" "):
            w = width(word)
            gap = 1 if line else 0
            if used + gap + w <= columns:
                line += (" " if line else "") + word
                used += gap + w
                continue
            if line:
                out.append(line)
                line, used = "", 0
            while width(word) > columns:
                head, taken = "", 0
                for ch in word:
                    if taken + char_width(ch) > columns:
                        break
                    head += ch
                    taken += char_width(ch)
                out.append(head)
                word = word[len(head):]
            line, used = word, width(word)
        out.append(line)
    return out


def fields_block(pairs: Sequence[tuple[str, str]], *, indent: int = 0) -> list[str]:
    """``label  value`` lines with the values aligned; long values wrap under themselves."""
    if not pairs:
        return []
    label_w = max(width(label) for label, _ in pairs)
    room = max(30, terminal_width() - indent - label_w - 3)
    out = []
    for label, value in pairs:
        lines = wrap(value, room) if value else [""]
        out.append(" " * indent + pad(label, label_w) + "  " + lines[0])
        out += [" " * (indent + label_w + 2) + rest for rest in lines[1:]]
    return [line.rstrip() for line in out]


def kind_count(n: int, kind: object) -> str:
    """``1 dispute``, ``3 companies``, ``2 follow-ups`` for a record kind."""
    singular = str(getattr(kind, "en", kind)).lower()
    if n == 1:
        return f"1 {singular}"
    if singular.endswith("y") and singular[-2:-1] not in "aeiou":
        return f"{n:,} {singular[:-1]}ies"
    return f"{n:,} {singular}s"


def kind_count_in(n: int, kind: Any, lang: str) -> str:
    """``3 companies`` / ``기업 3건``: a record kind's count in ``lang``."""
    return f"{kind.ko} {n:,}건" if lang == "ko" else kind_count(n, kind)


def headings(key: str, lang: str) -> list[str]:
    """A table's headings from the catalogue entry ``key`` (separated by ``|``)."""
    from officer_desk.domain.messages import say

    return say(key).message(lang).split("|")


def table_name(name: str, lang: str) -> str:
    """A record table's name as the person reads it: ``disputes`` in English (the name
    the commands take), ``분쟁`` in Korean."""
    from officer_desk.domain.kinds import KINDS_BY_NAME

    kind = KINDS_BY_NAME.get(name)
    return kind.ko if lang == "ko" and kind is not None else name
