"""What storing a record's given values would change on the way, said before it is stored.

Validation tidies what it stores (``text_tidy``: Unicode composed, line breaks of a
one-line text made spaces, spaces at the ends left out, an item given twice kept
once …; a registration number with its hyphens, a date in ISO form, a post's code in
capitals; a code given in other capitals, or by its label, written as the list has it).
``tidy_changes`` lists each value that would be stored otherwise than it
was given, with the steps, so that the command line can refuse it (or say it) and the
window can show it in the field before anything is saved.

Two kinds of change differ: spaces at the ends of a one-line text, a date or
registration number written in its standard form and a code written as its list has
it ("us" for the post US, "SME" or "중소기업" for the size sme) change nothing a person
reads (``Tidied.asks`` is False: said, and stored); anything else changes what is
stored (``asks``: the person accepts it first). A code is said rather than refused:
codes are looked up whatever their capitals everywhere (``--post us``, a sheet's
label), so the person meant that code, and refusing it would only make them retype
it; it is said so that they see the code that is stored.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from officer_desk.domain.dates import parse_date
from officer_desk.domain.errors import FieldError, OfficerDeskError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.messages import Both, Text, say
from officer_desk.domain.text_tidy import kept_once, tidy_text
from officer_desk.domain.validation import CAPITALS, brn_is_valid, is_record_id
from officer_desk.domain.vocabulary import Vocabularies

#: Steps that change nothing a person reads: said, and stored without asking.
SAID_ONLY = frozenset({"ends", "form", "code"})

#: Problems listed with a refusal; more are counted.
SHOWN_PROBLEMS = 20

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
    nothing was stored. ``changes`` holds every change (those only said too);
    ``problems`` what validation refuses besides, said in the same refusal so that the
    person puts everything right in one go (not the changes first, then the rest)."""

    def __init__(self, changes: list[Tidied], problems: list[FieldError] | None = None
                 ) -> None:
        self.changes = changes
        self.problems = list(problems or [])
        asked = [t for t in changes if t.asks]
        said = say("record.tidy_refused", count=len(asked), lines=Both(
            "\n".join(f"  {t.text().en}" for t in asked),
            "\n".join(f"  {t.text().ko}" for t in asked)))
        if self.problems:
            said = Text(said.key, f"{said.en}\n{_problems_text(self.problems, 'en')}",
                        f"{said.ko}\n{_problems_text(self.problems, 'ko')}")
        super().__init__(said)


def _problems_text(problems: list[FieldError], lang: str) -> str:
    lines = [say("record.tidy_problems", count=len(problems)).message(lang)]
    lines += [f"  {p.message(lang)}" for p in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        lines.append("  " + say("record.tidy_problems_more",
                                count=len(problems) - SHOWN_PROBLEMS).message(lang))
    return "\n".join(lines)


def must_ask(changes: list[Tidied], *, accept_changes: bool) -> bool:
    """Whether a change asks to be accepted and is not (``refuse_unaccepted``)."""
    return not accept_changes and any(t.asks for t in changes)


def refuse_unaccepted(changes: list[Tidied], *, accept_changes: bool,
                      problems: list[FieldError] | None = None) -> None:
    """Raise ``ChangesNotAccepted`` (with ``problems``) when a change asks to be
    accepted and is not."""
    if must_ask(changes, accept_changes=accept_changes):
        raise ChangesNotAccepted(changes, problems)


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
                 item: int | None = None, vocab: Vocabularies | None = None
                 ) -> list[Tidied]:
    """Each value of ``data`` (field name -> value as given) that validation would store
    otherwise, in field order. A value validation refuses anyway is left to it.

    With ``vocab``, a vocabulary's or a list's code given otherwise than the list has it
    (other capitals, spaces around it, its label) is one too (``code``): the command
    line and ``update`` pass it; the window's lists and fields offer the codes
    themselves."""
    out: list[Tidied] = []
    for name, given in data.items():
        if not kind.has_field(name) or given is None:
            continue
        f = kind.field(name)
        if vocab is not None and f.type in (FieldType.VOCAB, FieldType.CHOICE):
            found = _code(f, given, vocab)
        else:
            found = _tidied(kind, f, given, vocab)
        if found is not None:
            stored, how, repeated = found
            out.append(Tidied(name, given, stored, how, repeated, item))
    return out


_Found = tuple[Any, tuple[str, ...], tuple[str, ...]] | None


def code_steps(given: str, stored: str) -> tuple[str, ...]:
    """How a code given as ``given`` became ``stored`` (the code its list has)."""
    if given == stored:
        return ()
    return ("ends",) if given.strip() == stored else ("code",)


def _code(f: Field, given: Any, vocab: Vocabularies) -> _Found:
    """A code of a vocabulary or of a field's choices, as validation looks it up."""
    if not isinstance(given, str) or not given.strip():
        return None
    code = given.strip()
    if f.type is FieldType.CHOICE:
        stored = code if code in f.choices else None
    else:
        assert f.vocab is not None
        stored = code if vocab.has(f.vocab, code) else vocab.match(f.vocab, code)
    if stored is None:
        return None  # refused by validation, which says it
    how = code_steps(given, stored)
    return (stored, how, ()) if how else None


def _tidied(kind: RecordKind, f: Field, given: Any, vocab: Vocabularies | None = None
            ) -> _Found:
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
        return _parties(given, vocab)
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


def _parties(given: list[Any], vocab: Vocabularies | None = None) -> _Found:
    """Counterparties: each name is a one-line text; an entry with neither name nor
    type is left out; with ``vocab``, a type is written as its list's code."""
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
        ptype = entry.get("type") or None
        if vocab is not None and isinstance(ptype, str) and not vocab.has(
                "counterparty_type", ptype):
            code = vocab.match("counterparty_type", ptype)
            if code is not None:
                how += code_steps(ptype, code) or ("code",)
                ptype = code
        out.append({"name": name, "type": ptype})
    if not how:
        return None
    return out, tuple(dict.fromkeys(how)), ()
