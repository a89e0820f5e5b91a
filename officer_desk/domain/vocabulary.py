"""Vocabularies (IP type, dispute kind, stage, …) as data with Korean and English labels.

The seed comes from ``seed/vocabularies.json`` (drawn from the product brief); the
live terms are rows of the ``vocab_terms`` table, which HQ can edit. This module only
holds and looks up terms: loading them from a database is storage's job.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

#: Namespace for the deterministic ids of seeded reference data, so that the same
#: post or vocabulary term has the same id in every database (posts and HQ merge them).
SEED_NAMESPACE = uuid.UUID("6f1d0c3e-54a1-4c1f-9b0e-0d3e5a7c2b11")


def seed_id(*parts: str) -> str:
    return str(uuid.uuid5(SEED_NAMESPACE, ":".join(parts)))


@dataclass(frozen=True)
class Term:
    vocabulary: str
    code: str
    ko: str
    en: str
    position: int = 0
    active: bool = True
    version_tag: str | None = None
    jurisdiction: str | None = None

    def label(self, lang: str = "en") -> str:
        return (self.ko or self.en) if lang == "ko" else (self.en or self.ko)


def _fold(text: str) -> str:
    """Case- and spacing-insensitive form used to match labels people type."""
    return re.sub(r"[\s_\-·/]+", "", text).casefold()


class Vocabularies:
    """All terms, looked up by vocabulary and code."""

    def __init__(self, terms: Iterable[Term], names: dict[str, tuple[str, str]] | None = None):
        self._terms: dict[str, dict[str, Term]] = {}
        for t in sorted(terms, key=lambda t: (t.vocabulary, t.position, t.code)):
            self._terms.setdefault(t.vocabulary, {})[t.code] = t
        self.names = dict(names or {})

    def vocabularies(self) -> list[str]:
        return sorted(self._terms)

    def terms(self, vocabulary: str, *, active_only: bool = False) -> list[Term]:
        terms = list(self._terms.get(vocabulary, {}).values())
        return [t for t in terms if t.active] if active_only else terms

    def codes(self, vocabulary: str) -> list[str]:
        return list(self._terms.get(vocabulary, {}))

    def has(self, vocabulary: str, code: str) -> bool:
        return code in self._terms.get(vocabulary, {})

    def term(self, vocabulary: str, code: str) -> Term | None:
        return self._terms.get(vocabulary, {}).get(code)

    def label(self, vocabulary: str, code: str | None, lang: str = "en") -> str:
        if code is None:
            return ""
        term = self.term(vocabulary, code)
        return term.label(lang) if term else code

    def match(self, vocabulary: str, text: str) -> str | None:
        """The code whose code, Korean or English label matches ``text``, else None."""
        wanted = _fold(text)
        if not wanted:
            return None
        for t in self._terms.get(vocabulary, {}).values():
            if wanted in (_fold(t.code), _fold(t.ko), _fold(t.en)):
                return t.code
        return None


def _read_seed(name: str) -> dict:
    with resources.files("officer_desk.domain.seed").joinpath(name).open(encoding="utf-8") as f:
        return json.load(f)


def seed_terms() -> tuple[list[Term], dict[str, tuple[str, str]]]:
    """The terms and vocabulary names shipped with the program."""
    data = _read_seed("vocabularies.json")
    terms: list[Term] = []
    names: dict[str, tuple[str, str]] = {}
    for vocab, spec in data["vocabularies"].items():
        names[vocab] = (spec["ko"], spec["en"])
        for position, t in enumerate(spec["terms"]):
            terms.append(
                Term(
                    vocabulary=vocab, code=t["code"], ko=t["ko"], en=t["en"],
                    position=position, version_tag=t.get("version"),
                    jurisdiction=t.get("jurisdiction"),
                )
            )
    return terms, names


def seed_posts() -> list[dict]:
    """The default posts (and HQ) shipped with the program."""
    return list(_read_seed("posts.json")["posts"])


def seed_vocabularies() -> Vocabularies:
    terms, names = seed_terms()
    return Vocabularies(terms, names)
