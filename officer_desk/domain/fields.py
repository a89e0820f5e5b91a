"""Field specifications: what a record kind holds, declared once.

Storage builds its columns from these, validation checks input against them, the
command line and the window label their inputs with them, and the merge compares
records field by field (or unit by unit, see ``RecordKind.units``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FieldType(StrEnum):
    TEXT = "text"  # one line
    LONGTEXT = "longtext"  # paragraphs, line breaks kept
    DATE = "date"  # datetime.date, stored as ISO text
    VOCAB = "vocab"  # a code from a vocabulary
    CHOICE = "choice"  # a code from a small fixed set that is structure, not vocabulary
    REF = "ref"  # the id of a record of a named kind
    LINK = "link"  # the id of a record of any kind
    REFS = "refs"  # a list of ids of records of a named kind
    AMOUNT = "amount"  # a non-negative number (money)
    INTEGER = "integer"
    BOOL = "bool"
    URL = "url"
    STRINGS = "strings"  # a list of short texts (tags, participants)
    PARTIES = "parties"  # a list of {"name": ..., "type": <counterparty_type code>}
    BLOB = "blob"  # bytes


#: Types whose Python value is a list or dict, stored as JSON text.
JSON_TYPES = frozenset({FieldType.REFS, FieldType.STRINGS, FieldType.PARTIES})


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    en: str
    ko: str
    required: bool = False
    vocab: str | None = None
    ref: str | None = None
    choices: tuple[str, ...] = ()
    default: object = None
    searchable: bool = False
    #: Set on create only; an update that tries to change it is refused.
    immutable: bool = False
    max_length: int | None = None

    def label(self, lang: str = "en") -> str:
        return self.ko if lang == "ko" else self.en

    @property
    def is_json(self) -> bool:
        return self.type in JSON_TYPES


def text(name: str, en: str, ko: str, **kw: object) -> Field:
    kw.setdefault("max_length", 500)
    kw.setdefault("searchable", True)
    return Field(name, FieldType.TEXT, en, ko, **kw)  # type: ignore[arg-type]


def longtext(name: str, en: str, ko: str, **kw: object) -> Field:
    kw.setdefault("max_length", 200_000)
    kw.setdefault("searchable", True)
    return Field(name, FieldType.LONGTEXT, en, ko, **kw)  # type: ignore[arg-type]


def date(name: str, en: str, ko: str, **kw: object) -> Field:
    return Field(name, FieldType.DATE, en, ko, **kw)  # type: ignore[arg-type]


def vocab(name: str, vocabulary: str, en: str, ko: str, **kw: object) -> Field:
    return Field(name, FieldType.VOCAB, en, ko, vocab=vocabulary, **kw)  # type: ignore[arg-type]


def ref(name: str, kind: str, en: str, ko: str, **kw: object) -> Field:
    return Field(name, FieldType.REF, en, ko, ref=kind, **kw)  # type: ignore[arg-type]
