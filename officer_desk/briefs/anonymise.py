"""Company names as the stakeholder edition shows them.

A company is named only when it is public and agreed to be named (``consent_to_name``);
every other company becomes "Company A — SME, secondary batteries" ("기업 A — 중소기업,
이차전지"). Letters are given in the order the companies first appear in the pack, and
the records of one exporter kept by several posts (same business registration number or
same name without legal form) share a letter.

Free text written by officers often names the company ("Hanbit Battery is preparing an
IPR petition"): see ``structured.py`` (records about such a company print no free text)
and ``guard.py`` (every other text is cleared of the protected strings of every company
that has not agreed to be named, and checked before anything is written).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Collection, Iterable

from officer_desk.briefs.words import word
from officer_desk.domain.records import Record
from officer_desk.domain.vocabulary import Vocabularies
from officer_desk.services.companies import normalise_name

_LEGAL_FORM = re.compile(
    r"^\s*(?:주식회사|유한회사|\(주\)|\(유\)|㈜)\s*|\s*(?:주식회사|유한회사|\(주\)|\(유\)|㈜)\s*$|"
    r",?\s+(?:co\.?,?\s*ltd|company\s+limited|limited|ltd|inc|incorporated|corp|corporation|"
    r"co|llc|gmbh|k\.?k|s\.?a|plc)\.?\s*$",
    re.IGNORECASE,
)

#: Name forms shorter than this are not scrubbed from text (they would hit words).
_MIN_FORM = 2


def letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, …"""
    out = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = string.ascii_uppercase[rem] + out
    return out


def name_forms(name: str | None) -> set[str]:
    """The ways a name may be written in text: as is, without its legal form."""
    if not name:
        return set()
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    forms = {name}
    bare = name
    for _ in range(3):
        stripped = _LEGAL_FORM.sub("", bare).strip()
        if stripped == bare:
            break
        bare = stripped
        forms.add(bare)
    return {f for f in forms if len(f) >= _MIN_FORM}


def _group_key(company: Record) -> str:
    brn = "".join(ch for ch in str(company["brn"] or "") if ch.isdigit())
    if brn:
        return "brn:" + brn
    return "name:" + (normalise_name(company["name_ko"]) or normalise_name(company["name_en"])
                      or company.id)


class Anonymiser:
    """Display names of companies for one pack; ``active`` False: everyone is named."""

    def __init__(self, vocab: Vocabularies, lang: str, *, active: bool):
        self.vocab, self.lang, self.active = vocab, lang, active
        self._alias: dict[str, str] = {}  # group key -> letter
        self._display: dict[str, str] = {}  # company id -> name as shown
        self._short: dict[str, str] = {}  # company id -> "Company A" (scrub replacement)

    def named(self, company: Record) -> bool:
        if not self.active:
            return True
        return bool(company["consent_to_name"]) and company["sensitivity"] == "public"

    def add(self, companies: Iterable[Record], *, hidden: Collection[str] = (),
            unnamed: Collection[str] = ()) -> None:
        """Register companies in the order they first appear in the pack.

        ``hidden`` companies (ids) are never named and shown by their letter alone;
        ``unnamed`` ones are not named although they agreed (another record protects
        their name: the same exporter marked internal at another post, say).
        """
        for company in companies:
            if company.id in self._display:
                continue
            concealed = self.active and company.id in hidden
            if self.named(company) and not concealed and company.id not in unnamed:
                self._display[company.id] = self._real_name(company)
                continue
            key = _group_key(company)
            letter = self._alias.setdefault(key, letters(len(self._alias)))
            short = word("company_alias", self.lang, letter=letter)
            self._short[company.id] = short
            self._display[company.id] = short if concealed else self._describe(short, company)

    def _real_name(self, company: Record) -> str:
        first, second = ("name_ko", "name_en") if self.lang == "ko" else ("name_en", "name_ko")
        return " ".join(str(company[first] or company[second] or "").split())

    def _describe(self, short: str, company: Record) -> str:
        facts = [self.vocab.label(vocabulary, company[name], self.lang)
                 for name, vocabulary in (("size", "company_size"),
                                          ("technology_field", "technology_field"))
                 if company[name]]
        return f"{short} — {', '.join(facts)}" if facts else short

    def name(self, company_id: str | None) -> str:
        """The company as the pack shows it ("" for no company)."""
        if not company_id:
            return ""
        return self._display.get(company_id, "")

    def is_anonymised(self, company_id: str | None) -> bool:
        return bool(company_id) and company_id in self._short

    def is_named(self, company_id: str | None) -> bool:
        """Whether the pack names the company (every company in the internal edition;
        in the stakeholder edition a registered company that agreed to be named)."""
        if not self.active:
            return True
        return bool(company_id) and company_id in self._display and \
            company_id not in self._short

    def short(self, company_id: str | None) -> str:
        """"Company A" (no facts) for an anonymised company, else its name as shown."""
        if not company_id:
            return ""
        return self._short.get(company_id) or self._display.get(company_id, "")

    def aliases(self) -> set[str]:
        """Every "Company A" of the pack."""
        return set(self._short.values())
