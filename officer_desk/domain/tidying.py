"""What storing a record's given values would change on the way, said before it is stored.

Validation tidies what it stores (``text_tidy``: Unicode composed, line breaks of a
one-line text made spaces, spaces at the ends left out, an item given twice kept
once …; a registration number with its hyphens, a date in ISO form, a post's code in
capitals). ``tidy_changes`` lists each value that would be stored otherwise than it
was given, with the steps, so that the command line can refuse it (or say it) and the
window can show it in the field before anything is saved.

Two kinds of change differ: spaces at the ends of a one-line text and a date or
registration number written in its standard form change nothing a person reads
(``Tidied.asks`` is False: said, and stored); anything else changes what is stored
(``asks``: the person accepts it first).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from officer_desk.domain.dates import parse_date
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.messages import Both, Text, say
from officer_desk.domain.text_tidy import kept_once, tidy_text
from officer_desk.domain.validation import CAPITALS, brn_is_valid, is_record_id

#: Steps that change nothing a person reads: said, and stored without asking.
SAID_ONLY = frozenset({"ends", "form"})

#: Characters of a value shown in a line; a longer one shows its start and end.
SHOWN_CHARS = 80


@dataclass(frozen=True)
class Tidied:
    """A value given (``given``) that would be stored as ``stored``, and why (``how``:
    the steps' codes, see ``text_tidy``; ``form``, ``capitals``)."""

    field: str
    given: Any
    stored: Any
    how: tuple[str, ...]
    #: the items given more than once (``repeated``)
    repeated: tuple[str, ...] = ()
    #: the record's place (from 1) among several given at once
    item: int | None = None

    @property
    def asks(self) -> bool:
        """True when the change is one the person must accept before it is stored."""
        return not set(self.how) <= SAID_ONLY

    def how_text(self) -> Both:
        """The steps in words, in each language."""
        parts = [say(f"tidy.{code}", items=", ".join(shown(i) for i in self.repeated))
                 for code in self.how]
        return Both("; ".join(p.en for p in parts), "; ".join(p.ko for p in parts))

    def text(self, label: Both | str | None = None) -> Text:
        """One line: the field, the value given, the value stored and why."""
        line = say("tidy.line", field=label or self.field, given=shown(self.given),
                   stored=shown(self.stored), how=self.how_text())
        return line if self.item is None else say("tidy.item", n=self.item, line=line)


class ChangesNotAccepted(OfficerDeskError):
    """Values would be stored otherwise than given and the caller did not accept it:
    nothing was stored. ``changes`` holds every change (those only said too)."""

    def __init__(self, changes: list[Tidied]) -> None:
        self.changes = changes
        asked = [t for t in changes if t.asks]
        super().__init__(say("record.tidy_refused", count=len(asked), lines=Both(
            "\n".join(f"  {t.text().en}" for t in asked),
            "\n".join(f"  {t.text().ko}" for t in asked))))


def refuse_unaccepted(changes: list[Tidied], *, accept_changes: bool) -> None:
    """Raise ``ChangesNotAccepted`` when a change asks to be accepted and is not."""
    if not accept_changes and any(t.asks for t in changes):
        raise ChangesNotAccepted(changes)


def shown(value: Any) -> str:
    """A value as a line shows it: text in quotes with its spaces, tabs and line breaks
    visible (JSON's escapes), a list as JSON, a long text cut in the middle."""
    if isinstance(value, list):
        value = [_party(v) if isinstance(v, Mapping) else v for v in value]
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > SHOWN_CHARS:
        half = SHOWN_CHARS // 2 - 1
        text = f"{text[:half]}…{text[-half:]}"
    return text


def _party(p: Mapping[str, Any]) -> str:
    return f"{p.get('name')} [{p['type']}]" if p.get("type") else str(p.get("name"))


def tidy_changes(kind: RecordKind, data: Mapping[str, Any], *,
                 item: int | None = None) -> list[Tidied]:
    """Each value of ``data`` (field name -> value as given) that validation would store
    otherwise, in field order. A value validation refuses anyway is left to it."""
    out: list[Tidied] = []
    for name, given in data.items():
        if not kind.has_field(name) or given is None:
            continue
        found = _tidied(kind, kind.field(name), given)
        if found is not None:
            stored, how, repeated = found
            out.append(Tidied(name, given, stored, how, repeated, item))
    return out


_Found = tuple[Any, tuple[str, ...], tuple[str, ...]] | None


def _tidied(kind: RecordKind, f: Field, given: Any) -> _Found:
    t = f.type
    if t in (FieldType.TEXT, FieldType.URL, FieldType.LONGTEXT) and isinstance(given, str):
        stored, how = tidy_text(given, multiline=t is FieldType.LONGTEXT)
        if f.name == "brn":
            digits = re.sub(r"[\s\-]", "", stored)
            if brn_is_valid(digits):
                form = f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
                how += ("form",) if form != stored else ()
                stored = form
        if (kind.name, f.name) in CAPITALS and stored != stored.upper():
            stored, how = stored.upper(), (*how, "capitals")
        return (stored or None, how, ()) if how else None
    if t is FieldType.DATE and isinstance(given, str):
        day = parse_date(given)
        if day is not None and day.isoformat() != given:
            return day.isoformat(), ("form",), ()
        return None
    if t is FieldType.STRINGS:
        return _strings(given)
    if t is FieldType.PARTIES and isinstance(given, list):
        return _parties(given)
    if t is FieldType.REFS and isinstance(given, list):
        if not all(isinstance(i, str) and is_record_id(i.strip()) for i in given):
            return None
        ids, again = kept_once([str(uuid.UUID(i.strip())) for i in given])
        return (ids, ("repeated",), tuple(again)) if again else None
    return None


def _strings(given: Any) -> _Found:
    """A list of short texts: given as a list, each item is a one-line text; given as
    one text, it is split at ';' and line breaks, the spaces around them (and an empty
    piece, "a; b;") being the way it is written, not a change."""
    if isinstance(given, str):
        pieces, from_text = re.split(r"[;\n]", given), True
    elif isinstance(given, list) and all(isinstance(i, str) for i in given):
        pieces, from_text = given, False
    else:
        return None
    how: list[str] = []
    items: list[str] = []
    for piece in pieces:
        text, steps = tidy_text(piece, multiline=False)
        how += [s for s in steps if not (from_text and s in ("ends", "line_breaks"))]
        if text:
            items.append(text)
        elif not from_text:
            how.append("empty_items")
    items, again = kept_once(items)
    if again:
        how.append("repeated")
    if not how:
        return None
    return items, tuple(dict.fromkeys(how)), tuple(again)


def _parties(given: list[Any]) -> _Found:
    """Counterparties: each name is a one-line text; an entry with neither name nor
    type is left out."""
    how: list[str] = []
    out: list[Any] = []
    for entry in given:
        if isinstance(entry, str):
            entry = {"name": entry, "type": None}
        if not isinstance(entry, Mapping) or not isinstance(entry.get("name", ""), str):
            return None
        name, steps = tidy_text(entry.get("name", ""), multiline=False)
        how += steps
        if not name and not entry.get("type"):
            how.append("empty_items")
            continue
        out.append({"name": name, "type": entry.get("type") or None})
    if not how:
        return None
    return out, tuple(dict.fromkeys(how)), ()
