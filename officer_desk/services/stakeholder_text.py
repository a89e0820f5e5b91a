"""The briefing pack's stakeholder rules for other outputs (the deadline calendar, the
analysis database): records marked internal are left out, and companies that have not
agreed to be named are shown as "Company A — SME, secondary batteries"; a record about
such a company (and a deadline of it) is told by its structured line only
(``withheld``, ``line``: the pack's ``briefs/structured.py``).

Nothing new is decided here: :class:`~officer_desk.briefs.guard.LeakGuard` knows every
protected string of the desk's companies, the brief's
:class:`~officer_desk.briefs.anonymise.Anonymiser` gives the letters, and the guard's
strict check refuses an output (``LeakRefused``) in which a protected string survived.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from officer_desk.briefs.anonymise import Anonymiser
from officer_desk.briefs.guard import LeakGuard
from officer_desk.briefs.protect import Form
from officer_desk.briefs.structured import StructuredLines
from officer_desk.briefs.words import word
from officer_desk.domain.kinds import COMPANIES, DISPUTES, ENGAGEMENTS
from officer_desk.domain.records import Record
from officer_desk.services.desk import Desk
from officer_desk.services.leak_screen import LeakScreen

PUBLIC = "public"


def is_public(sensitivity: object) -> bool:
    """Whether a record of this sensitivity may be shown to stakeholders (a kind without
    a sensitivity, such as posts, has ``None``: reference data is public)."""
    return sensitivity is None or sensitivity == PUBLIC


class StakeholderText:
    """Company names and free text as the stakeholder edition shows them."""

    def __init__(self, desk: Desk, lang: str):
        self.desk, self.lang = desk, lang
        self.guard = LeakGuard.for_desk(desk)
        self.anon = Anonymiser(desk.vocab, lang, active=True)
        self._screen: LeakScreen | None = None
        self._records: dict[str, Record | None] = {}
        #: the same edition in the other language (the analysis database has columns in
        #: both): a company registered here is registered there too, so that a company
        #: has one letter in both ("Company B", "기업 B")
        self.twin: StakeholderText | None = None
        self.lines = StructuredLines(desk.vocab, self._alias, lambda code, _lang: code)

    @property
    def screen(self) -> LeakScreen:
        """The quick look of ``leak_screen`` (the guard's protected strings never change
        after it is made: only kept ones, the aliases, are added)."""
        if self._screen is None:
            self._screen = LeakScreen(self.guard.matcher)
        return self._screen

    def _register(self, company_id: str) -> None:
        if self.anon.name(company_id):
            return
        company = self.desk.repo.get(COMPANIES, company_id, with_blobs=False)
        if company is None:
            return
        hidden = () if is_public(company["sensitivity"]) and not company.deleted \
            else {company.id}
        # a company another record protects (the same exporter kept internal at another
        # post) is not named although it agreed, as in the brief; only a company the
        # edition would name is searched for that (the others are not named anyway)
        could_name = self.anon.named(company) and not hidden
        unnamed = {company.id} if could_name and any(
            self._protects(n) for n in (company["name_ko"], company["name_en"])) else set()
        self.anon.add([company], hidden=hidden, unnamed=unnamed)
        if self.twin is not None:
            self.twin._register(company_id)

    def _protects(self, name: str | None) -> bool:
        """``guard.protects``, searched only where the screen says it may be."""
        return bool(name) and self.screen.may_hold(str(name)) and self.guard.protects(name)

    def company(self, company_id: str | None) -> str:
        """The company as the edition shows it ("" for none)."""
        if not company_id:
            return ""
        self._register(company_id)
        return self.anon.name(company_id)

    def _alias(self, company_id: str | None) -> str:
        if not company_id:
            return ""
        self._register(company_id)
        return self.anon.short(company_id)

    def _record(self, record_id: str) -> Record | None:
        if record_id not in self._records:
            kind = self.desk.repo.kind_of(record_id)
            self._records[record_id] = None if kind is None else \
                self.desk.repo.get(kind, record_id, with_blobs=False)
        return self._records[record_id]

    def withheld(self, record_id: str | None) -> bool:
        """Whether the record is about a company the edition may not name (a dispute of
        it, an engagement concerning it, the company itself): as in the briefing pack
        (``briefs/structured.py``), no text an officer wrote about it is shown — neither
        its own nor that of a follow-up or action item linked to it — only its
        structured line (``line``)."""
        record = self._record(record_id) if record_id else None
        if record is None:
            return False
        if record.kind is DISPUTES:
            companies = [record["company_id"]]
        elif record.kind is ENGAGEMENTS:
            companies = list(record["company_ids"] or ())
        elif record.kind is COMPANIES:
            companies = [record.id]
        else:
            return False
        for company_id in companies:
            if company_id:
                self._register(company_id)
                if not self.anon.is_named(company_id):
                    return True
        return False

    def line(self, record_id: str) -> str:
        """The structured line that stands for a withheld record's title ("Infringement
        suit (Patent) — Company T"), composed from its structured fields only."""
        record = self._record(record_id)
        if record is None:
            return ""
        linked = record["record_id"] if record.kind.has_field("record_id") else None
        target = self._record(linked) if linked else None
        return self.lines.title(record, self.lang, target)

    def _replacement(self, form: Form) -> str:
        if form.what == "case_number":
            return word("case_withheld", self.lang)
        if form.what == "registration":
            return word("number_withheld", self.lang)
        if form.owner:
            self._register(form.owner)
            short = self.anon.short(form.owner)
            if short:
                return short
        return word("company_other", self.lang)

    def text(self, value: object) -> str:
        """User text with every protected string replaced."""
        if not value:
            return ""
        text = str(value)
        if not self.screen.may_hold(text):
            return text  # nothing to replace: the matcher would give it back as it is
        return self.guard.scrub(text, self._replacement)

    def check(self, texts: Iterable[tuple[tuple[str, str] | Callable[[], tuple[str, str]],
                                          str]]) -> None:
        """Refuse (``LeakRefused``) while any text still holds a protected string; each
        text comes with (English, Korean) words for where it is (or a function giving
        them, called only for what is found). The aliases given ("Company A") are kept
        first: they are what the edition prints."""
        self.guard.keep(self.anon.aliases())
        screen, seen = self.screen, set()

        def searched() -> Iterable[tuple[object, str]]:
            for where, text in texts:
                if text not in seen:
                    seen.add(text)
                    if screen.may_hold(text):
                        yield (where if callable(where) else (lambda where=where: where)), text
        self.guard.check_strings(searched())
