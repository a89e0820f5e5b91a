"""The stakeholder edition's last line of defence: no protected string in what it prints.

:class:`LeakGuard` knows the protected strings of every company of the desk that has
not agreed to be named (see ``protect.py``): its names in every spelling, former names,
brands, domain names, registration numbers and the case numbers of its disputes. The
builder replaces them in the text it prints (:meth:`LeakGuard.scrub`); the renderers
and the pack writer call :meth:`LeakGuard.check_content` and
:meth:`LeakGuard.check_strings` before they write a file, which search every text of
the content (every field of every part, every cell, sheet and chart title, property)
and the manifest strictly, and refuse the edition with :class:`LeakRefused`, naming
what was found where, while one is still there. A stakeholder content without a guard
cannot be written at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from officer_desk.briefs.anonymise import name_forms
from officer_desk.briefs.protect import Form, Matcher, iter_forms
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import say

if TYPE_CHECKING:
    from officer_desk.briefs.content import BriefContent
    from officer_desk.services.desk import Desk

#: Findings listed in a refusal (the rest are counted).
SHOWN = 12

#: A case number is protected when it has this many letters and digits, one a digit.
CASE_NUMBER_LEAST = 5

_WHAT = {
    "name": ("name", "이름"), "former_name": ("former name", "이전 상호"),
    "brand": ("brand", "브랜드"), "domain": ("domain name", "도메인"),
    "registration": ("registration number", "등록번호"),
    "case_number": ("case number", "사건번호"),
}

#: Where each part of the content is printed, for the refusal message.
_PARTS = {
    "selection": ("the selection (manifest, About sheet)", "선택 조건(매니페스트, 정보 시트)"),
    "control": ("the cover and the file properties", "표지와 파일 속성"),
    "phrases": ("the fixed words of the pack", "자료의 고정 문구"),
    "summary": ("the executive summary", "요약"),
    "kpi_title": ("the KPI heading", "주요 지표 제목"),
    "kpis": ("the KPIs and their charts", "주요 지표와 차트"),
    "conference": ("the conference part", "회의 안건 및 조치 사항"),
    "post_title": ("the post heading", "공관별 현황 제목"),
    "posts": ("the post sections", "공관별 현황"),
    "trends": ("the trend notes", "시장·정책 동향"),
    "action_log": ("the action log", "조치 사항 이행 현황"),
    "annex_title": ("the annex heading", "부록 제목"),
    "annexes": ("the PDF's annexes", "PDF 부록"),
    "sheets": ("the workbook", "통합문서"),
    "notes": ("the PDF's notes on what it leaves out", "PDF의 생략 안내"),
}

Location = Callable[[], tuple[str, str]]


class LeakRefused(OfficerDeskError):
    """The stakeholder edition would still identify a company that has not agreed to be
    named; nothing was written."""

    def __init__(self, findings: list[tuple[Form, str, tuple[str, str]]], total: int, *,
                 tags: tuple[str, ...] = (), distribution: bool = False,
                 elsewhere: bool = True):
        self.findings = findings
        self.total = total
        #: the pack's own choices that name a protected company: the tags it was chosen
        #: by, its distribution; ``elsewhere``: something else holds one too
        self.tags, self.distribution, self.elsewhere = tags, distribution, elsewhere
        super().__init__(self._text("en"), ko=self._text("ko"))

    def because_of_choices(self, tags: tuple[str, ...], distribution: bool,
                           elsewhere: bool) -> LeakRefused:
        """The same refusal, advising what to do about the pack's own choices."""
        return LeakRefused(self.findings, self.total, tags=tags, distribution=distribution,
                           elsewhere=elsewhere)

    def _text(self, lang: str) -> str:
        ko = lang == "ko"
        lines = [
            "대외 배포용 자료를 만들지 않았습니다: 기업명 공개에 동의하지 않은 기업을 알아볼 수 "
            "있는 내용이 남아 있습니다." if ko else
            "The stakeholder edition was not written: it would still identify a company that "
            "has not agreed to be named."
        ]
        for form, company, where in self.findings:
            what = _WHAT.get(form.what, (form.what, form.what))[1 if ko else 0]
            place = where[1 if ko else 0]
            lines.append(f"  «{form.text}» ({company}의 {what}) — {place}" if ko else
                         f"  «{form.text}» ({what} of {company}) in {place}")
        more = self.total - len(self.findings)
        if more > 0:
            lines.append(f"  … 그 밖에 {more:,}곳" if ko else f"  … and {more:,} more")
        if self.tags:
            shown = ", ".join(f"«{t}»" for t in self.tags)
            lines.append(say("brief.leak_tag_advice", tags=shown).message(lang))
        if self.distribution:
            lines.append(say("brief.leak_distribution_advice").message(lang))
        if self.elsewhere:
            lines.append(say("brief.leak_advice").message(lang))
        return "\n".join(lines)


class LeakGuard:
    """The protected strings of a desk's companies for one stakeholder edition."""

    def __init__(self, matcher: Matcher, companies: dict[str, str]):
        self.matcher = matcher
        #: company id -> its name, for the refusal message (the officer's eyes only)
        self.companies = companies
        self._checked: dict[int, weakref.ref] = {}

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def for_desk(cls, desk: Desk, *, kept: Iterable[str] = ()) -> LeakGuard:
        """Every company of the desk (deleted ones too) that is not public and agreeing to
        be named is protected; those that are, and the ``kept`` strings (the pack's
        aliases), are kept."""
        forms: list[Form] = list(iter_forms(((k, "kept") for k in kept), None))
        names: dict[str, str] = {}
        protected: set[str] = set()
        for (cid, name_ko, name_en, brn, brands, former, domains, numbers, consent,
             sensitivity, deleted) in desk.conn.execute(
                "SELECT id, name_ko, name_en, brn, brands, former_names, domains, "
                "registration_numbers, consent_to_name, sensitivity, deleted FROM companies"):
            named = bool(consent) and sensitivity == "public" and not deleted
            owner = None if named else cid
            texts: list[tuple[str | None, str]] = []
            for name in (name_ko, name_en):
                texts += [(f, "name") for f in name_forms(name)]
            for name in json_list(former):
                texts += [(f, "former_name") for f in name_forms(name)]
            texts += [(b, "brand") for b in json_list(brands)]
            if not named:
                protected.add(cid)
                names[cid] = " / ".join(n for n in (name_ko, name_en) if n) or cid
                for domain in json_list(domains):
                    texts += [(domain, "domain"), (_domain_label(domain), "domain")]
                for number in (brn, *json_list(numbers)):
                    texts += [(number, "registration"), (_digits(number), "registration")]
            forms.extend(iter_forms(texts, owner))
        matcher = Matcher(forms)
        numbers: list[Form] = []
        for cid, number, parties in desk.conn.execute(
                "SELECT company_id, case_number, counterparties FROM disputes "
                "WHERE case_number IS NOT NULL"):
            if not _case_number_protected(number):
                continue
            # a court's register names both sides: the case number of a named company's
            # dispute identifies a protected company it names as a counterparty
            owner = cid if cid in protected else _protected_party(matcher, parties)
            if owner is not None:
                numbers.extend(iter_forms([(number, "case_number")], owner))
        matcher.add(numbers)
        return cls(matcher, names)

    def keep(self, texts: Iterable[str]) -> None:
        """Keep these strings too (the pack's aliases, "Company A")."""
        self.matcher.add(iter_forms(((t, "kept") for t in texts), None))

    def protects(self, text: str | None) -> bool:
        """Whether ``text`` holds a protected string (e.g. a name another record of the
        same exporter protects)."""
        return bool(text) and bool(self.matcher.find(str(text), strict=True))

    # -- replacing --------------------------------------------------------------------------

    def scrub(self, text: str, replacement: Callable[[Form], str]) -> str:
        """``text`` with every protected string replaced by ``replacement(form)``."""
        return self.matcher.replace(text, replacement)

    # -- checking ---------------------------------------------------------------------------

    def check_content(self, content: BriefContent) -> None:
        """Refuse (``LeakRefused``) while any text of ``content`` holds a protected string.

        A content checked once is not searched again (the PDF and the workbook of one
        pack print the same content)."""
        ref = self._checked.get(id(content))
        if ref is not None and ref() is content:
            return
        try:
            self.check_strings(content_texts(content))
        except LeakRefused as refused:
            raise self._about_choices(refused, content) from None
        self._checked[id(content)] = weakref.ref(content)

    def _about_choices(self, refused: LeakRefused, content: BriefContent) -> LeakRefused:
        """The refusal, saying what to do when a tag the pack was chosen by or its
        distribution is what names the company (rewriting a record would not help)."""
        selection = content.selection
        tags = tuple(t for t in selection.tags if self.protects(t))
        distribution = self.protects(selection.distribution)
        if not tags and not distribution:
            return refused
        ours = {*selection.tags, selection.distribution}
        texts = [text for _where, text in content_texts(content)
                 if text not in ours and not _only_choices(text, ours)]
        elsewhere = any(self.protects(t) for t in texts)
        return refused.because_of_choices(tags, distribution, elsewhere)

    def check_strings(self, texts: Iterable[tuple[Location, str]]) -> None:
        """Refuse while any of the (location, text) pairs holds a protected string."""
        findings: list[tuple[Form, str, tuple[str, str]]] = []
        total = 0
        seen: set[str] = set()
        for where, text in texts:
            if text in seen:
                continue
            seen.add(text)
            for form in self.matcher.find(text, strict=True):
                total += 1
                if len(findings) < SHOWN:
                    findings.append((form, self.companies.get(form.owner or "", ""), where()))
        if total:
            raise LeakRefused(findings, total)


def _only_choices(text: str, choices: set[str]) -> bool:
    """Whether ``text`` is made of the pack's choices (the tags joined, as the cover
    prints them)."""
    return bool(choices) and all(part.strip() in choices for part in text.split(",")
                                 if part.strip())


def json_list(value: object) -> list[str]:
    """The texts of a stored JSON list (a damaged value gives what can be read of it)."""
    try:
        items = json.loads(value) if isinstance(value, str) and value else []
    except ValueError:
        return [value] if isinstance(value, str) else []
    if not isinstance(items, list):
        return []
    return [str(i) for i in items if isinstance(i, (str, int, float)) and str(i).strip()]


def _digits(text: str | None) -> str | None:
    digits = "".join(c for c in text or "" if c.isdigit())
    return digits if len(digits) >= 6 else None


def _domain_label(domain: str) -> str | None:
    """``https://www.gaon-shop.co.kr/x`` -> ``gaon-shop`` (at least four characters)."""
    host = domain.strip().lower().split("://")[-1].split("/")[0]
    if host.startswith("www."):
        host = host[4:]
    label = host.split(".")[0]
    return label if len(label) >= 4 and label != host else None


def _protected_party(matcher: Matcher, parties: str | None) -> str | None:
    """The first protected company a dispute names among its counterparties (stored as
    JSON: ``[{"name": …, "type": …}]``), or None."""
    try:
        stored = json.loads(parties) if parties else []
    except ValueError:  # a damaged value: read as text, as ``json_list`` does
        stored = [{"name": parties}]
    for party in stored if isinstance(stored, list) else ():
        name = party.get("name") if isinstance(party, dict) else None
        if isinstance(name, str) and name:
            found = matcher.find(name, strict=True)
            if found:
                return found[0].owner
    return None


def _case_number_protected(number: str) -> bool:
    letters = [c for c in number if c.isalnum()]
    return len(letters) >= CASE_NUMBER_LEAST and any(c.isdigit() for c in letters)


# -- every text of a content, with where it is printed --------------------------------------


def content_texts(content: BriefContent) -> Iterator[tuple[Location, str]]:
    """Every str anywhere in ``content`` (every field of every part, recursively), with
    a description of where the pack prints it."""
    for f in dataclasses.fields(content):
        if not f.metadata.get("scan", True):
            continue
        part = _PARTS.get(f.name, (f.name, f.name))
        yield from _walk(getattr(content, f.name), part)


def _walk(value: Any, where: tuple[str, str]) -> Iterator[tuple[Location, str]]:
    from officer_desk.briefs.content import Section, Table

    if isinstance(value, str):
        yield (lambda: where), value
    elif value is None or isinstance(value, (int, float, dt.date, dt.datetime)):
        return
    elif isinstance(value, Table):
        yield from _table(value, where)
    elif isinstance(value, Section):
        yield from _section(value, where)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.metadata.get("scan", True):
                yield from _walk(getattr(value, f.name), where)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(key, where)
            yield from _walk(item, where)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _walk(item, where)
    else:
        yield (lambda: where), str(value)


def _table(table: Any, where: tuple[str, str]) -> Iterator[tuple[Location, str]]:
    en, ko = where
    yield (lambda: (f"{en}, title of «{table.title}»", f"{ko}, «{table.title}» 제목")), \
        table.title
    for column in table.columns:
        yield (lambda: (f"{en}, «{table.title}», column headers",
                        f"{ko}, «{table.title}» 열 제목")), column
    has_id = bool(table.columns) and table.types[:1] == ("id",) and table.columns[0] == "ID"
    for r, row in enumerate(table.rows, start=1):
        for c, cell in enumerate(row):
            if isinstance(cell, str):
                yield _cell_location(table, en, ko, r, c, row[0] if has_id else None), cell


def _cell_location(table: Any, en: str, ko: str, r: int, c: int, rid: object) -> Location:
    def where() -> tuple[str, str]:
        record = f" (record {str(rid)[:8]})" if rid else ""
        record_ko = f" (기록 {str(rid)[:8]})" if rid else ""
        column = table.columns[c] if c < len(table.columns) else str(c + 1)
        return (f"{en}, «{table.title}», row {r}{record}, column «{column}»",
                f"{ko}, «{table.title}» {r}행{record_ko}, «{column}» 열")
    return where


def _section(section: Any, where: tuple[str, str]) -> Iterator[tuple[Location, str]]:
    en, ko = where
    yield (lambda: (f"{en}, heading «{section.title}»", f"{ko}, «{section.title}» 제목")), \
        section.title
    for n, item in enumerate(section.items, start=1):
        def location(n: int = n, heading: str = item.heading) -> tuple[str, str]:
            short = heading if len(heading) <= 60 else heading[:57] + "…"
            return (f"{en}, «{section.title}», item {n} «{short}»",
                    f"{ko}, «{section.title}» {n}번째 항목 «{short}»")
        for text in (item.heading, item.meta, item.body):
            if text:
                yield location, text


def check_before_writing(content: BriefContent, extra: Iterable[tuple[str, str]] = ()) -> None:
    """What every writer of a pack's file calls first: a stakeholder edition is written
    only when none of its texts (nor the ``extra`` (where, text) pairs the writer adds of
    its own) holds a protected string, and never without its guard."""
    if content.edition != "stakeholder":
        return
    guard = content.guard
    if not isinstance(guard, LeakGuard):
        raise OfficerDeskError(
            "a stakeholder edition can only be written from content built by the program "
            "(build_content): it carries the list of what it must not print",
            ko="대외 배포용 자료는 프로그램이 만든 내용(build_content)으로만 쓸 수 있습니다: "
               "인쇄하면 안 되는 내용의 목록이 그 안에 있습니다")
    guard.check_content(content)
    pairs = [((lambda w=where: (w, w)), text) for where, text in extra]
    if pairs:
        guard.check_strings(pairs)
