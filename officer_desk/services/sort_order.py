"""How a list's ORDER BY sorts a field: what a person sees, never an internal code.

A vocabulary column shows labels ("Customs detention", "세관 억류"); sorting it by its
stored code (``customs_detention``) gives an order nobody can follow. So a vocabulary
whose terms follow a process or a scale (a dispute's stage: intake … closed) sorts by
that order, every other vocabulary by its label in the window's language, and a choice
field (a dispute's status: open, closed) by the order its choices are declared in.

Each becomes a ``CASE code WHEN … THEN rank … END`` over the few terms of the
vocabulary (a dozen, known in memory): the database sorts on it without a join, and a
code no term has any more sorts after every known one, its blank last.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.vocabulary import Vocabularies

#: Vocabularies whose terms are in an order of their own (a process or a scale): they
#: sort by that order (the terms' positions), in every language.
ORDERED_VOCABULARIES: frozenset[str] = frozenset(
    {"stage", "action_status", "significance", "company_size"})
#: Those of them that are a scale, not a process (high … low, large … startup): a list
#: says which end comes first rather than "in process order".
SCALE_VOCABULARIES: frozenset[str] = frozenset({"significance", "company_size"})


class SortBasis(Enum):
    """What a column's sort follows (a list says it beside its count)."""

    VALUE = "value"  # the stored value itself: dates, numbers, free text
    LABEL = "label"  # the label shown, in the window's language
    PROCESS = "process"  # the vocabulary's or the choices' own order


@dataclass(frozen=True)
class Ranking:
    """A field's sort key as SQL: ``sql`` (a CASE expression) and what it follows."""

    sql: str
    basis: SortBasis


def _literal(code: str) -> str:
    return "'" + code.replace("'", "''") + "'"


def _case(name: str, codes: list[str]) -> str:
    whens = " ".join(f"WHEN {_literal(c)} THEN {n}" for n, c in enumerate(codes))
    return f"(CASE {name} {whens} ELSE {len(codes)} END)"


def basis_of(f: Field) -> SortBasis:
    """What sorting ``f`` follows (without building any SQL)."""
    if f.type is FieldType.CHOICE:
        return SortBasis.PROCESS
    if f.type is FieldType.VOCAB:
        return SortBasis.PROCESS if f.vocab in ORDERED_VOCABULARIES else SortBasis.LABEL
    return SortBasis.VALUE


def ranking(f: Field, vocab: Vocabularies, lang: str) -> Ranking | None:
    """The sort key of a vocabulary or choice field; None for any other field (it sorts
    by its value)."""
    basis = basis_of(f)
    if basis is SortBasis.VALUE:
        return None
    if f.type is FieldType.CHOICE:
        return Ranking(_case(f.name, list(f.choices)), basis)
    terms = vocab.terms(f.vocab or "")
    if basis is SortBasis.LABEL:
        terms = sorted(terms, key=lambda t: (t.label(lang).casefold(), t.code))
    # terms() is in position order already (the process order)
    return Ranking(_case(f.name, [t.code for t in terms]), basis)
