"""What goes into a briefing pack: the person's selection, checked.

A :class:`BriefSelection` is checked on its own when made (edition, language, kinds,
dates in order) and against a desk by :func:`check_selection` (the posts, the
conference and the technology fields exist). Problems are reported as one
``ValidationError`` listing every bad item, in English and Korean.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from officer_desk.domain.errors import FieldError, ValidationError
from officer_desk.domain.kinds import CONFERENCES
from officer_desk.domain.messages import say
from officer_desk.domain.validation import parse_date

if TYPE_CHECKING:
    from officer_desk.services.desk import Desk

EDITIONS = ("internal", "stakeholder")
LANGUAGES = ("ko", "en")

#: The record kinds a pack can hold, in the order its sections and sheets come.
BRIEF_KINDS = (
    "disputes", "engagements", "trend_notes", "companies", "action_items", "follow_ups",
)

#: Brief numbers and versions end up in file names: keep them to safe characters.
_SAFE = re.compile(r"^[0-9A-Za-z가-힣._-]{1,40}$")


def _problem(name: str, en: str, ko: str) -> FieldError:
    return FieldError(name, "bad_selection", en, ko)


def _codes(values: Iterable[str] | str | None, *, upper: bool = False) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = values.split(",")
    out = []
    for v in values:
        v = str(v).strip()
        if v:
            out.append(v.upper() if upper else v)
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class BriefSelection:
    """The records and form of one pack. Empty tuples mean "all"."""

    conference_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    posts: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    technology_fields: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    edition: str = "internal"
    lang: str = "ko"
    brief_number: str = "1"
    version: str = "1"
    distribution: str = ""

    def __post_init__(self) -> None:
        problems: list[FieldError] = []
        set_ = object.__setattr__
        set_(self, "posts", _codes(self.posts, upper=True))
        set_(self, "technology_fields", _codes(self.technology_fields))
        set_(self, "tags", _codes(self.tags))
        kinds = _codes(self.kinds)
        unknown = [k for k in kinds if k not in BRIEF_KINDS]
        if unknown:
            problems.append(_problem(
                "kinds",
                f"unknown record kind(s) {', '.join(unknown)}; a pack can hold "
                f"{', '.join(BRIEF_KINDS)}",
                f"알 수 없는 기록 종류: {', '.join(unknown)} (가능: {', '.join(BRIEF_KINDS)})",
            ))
        set_(self, "kinds", tuple(k for k in BRIEF_KINDS if k in kinds))
        set_(self, "conference_id", (self.conference_id or "").strip() or None)
        for name in ("date_from", "date_to"):
            raw = getattr(self, name)
            if raw is None or raw == "":
                set_(self, name, None)
                continue
            parsed = parse_date(raw)
            if parsed is None:
                problems.append(_problem(
                    name, f"{name.replace('_', ' ')}: {raw!r} is not a date (e.g. 2026-03-31)",
                    f"{'시작일' if name == 'date_from' else '종료일'}: {raw!r}은(는) 날짜가 "
                    "아닙니다 (예: 2026-03-31)",
                ))
                set_(self, name, None)
            else:
                set_(self, name, parsed)
        if self.date_from and self.date_to and self.date_from > self.date_to:
            problems.append(_problem(
                "date_to", f"the period ends ({self.date_to}) before it starts ({self.date_from})",
                f"기간의 종료일({self.date_to})이 시작일({self.date_from})보다 앞섭니다",
            ))
        set_(self, "edition", str(self.edition or "").strip().lower())
        if self.edition not in EDITIONS:
            problems.append(_problem(
                "edition", f"edition must be internal or stakeholder, not {self.edition!r}",
                f"판은 internal(내부용) 또는 stakeholder(대외용)이어야 합니다: {self.edition!r}",
            ))
        set_(self, "lang", str(self.lang or "").strip().lower())
        if self.lang not in LANGUAGES:
            problems.append(_problem(
                "lang", f"language must be ko or en, not {self.lang!r}",
                f"언어는 ko 또는 en이어야 합니다: {self.lang!r}",
            ))
        for name, ko in (("brief_number", "보고 번호"), ("version", "버전")):
            value = str(getattr(self, name) or "").strip()
            set_(self, name, value)
            if not _SAFE.match(value):
                problems.append(_problem(
                    name,
                    f"{name.replace('_', ' ')} {value!r}: use 1 to 40 letters, digits, '.', '-' "
                    "or '_' (it becomes part of the file names)",
                    f"{ko} {value!r}: 글자·숫자·'.'·'-'·'_' 1~40자로 쓰십시오 "
                    "(파일 이름에 들어갑니다)",
                ))
        set_(self, "distribution", " ".join(str(self.distribution or "").split()))
        if problems:
            raise ValidationError(problems, context=say("brief.context"))

    @property
    def all_kinds(self) -> tuple[str, ...]:
        """The kinds selected (all a pack can hold when none was chosen)."""
        return self.kinds or BRIEF_KINDS

    def wants(self, kind: str) -> bool:
        return kind in self.all_kinds

    def as_dict(self) -> dict[str, Any]:
        """The selection as JSON-friendly data (manifest, "About" sheet)."""
        out = asdict(self)
        for name in ("date_from", "date_to"):
            out[name] = out[name].isoformat() if out[name] else None
        for name in ("posts", "kinds", "technology_fields", "tags"):
            out[name] = list(out[name])
        return out


def check_selection(desk: Desk, selection: BriefSelection) -> None:
    """Refuse a selection naming posts, a conference or technology fields the desk lacks."""
    problems: list[FieldError] = []
    known_posts = set(desk.post_codes())
    unknown = [p for p in selection.posts if p not in known_posts]
    if unknown:
        problems.append(_problem(
            "posts", f"unknown post(s) {', '.join(unknown)}; known: "
            f"{', '.join(sorted(known_posts))}",
            f"알 수 없는 공관: {', '.join(unknown)} (있는 공관: {', '.join(sorted(known_posts))})",
        ))
    if selection.conference_id:
        conference = desk.repo.get(CONFERENCES, selection.conference_id, with_blobs=False)
        if conference is None or conference.deleted:
            problems.append(_problem(
                "conference_id", f"no conference with id {selection.conference_id}",
                f"id {selection.conference_id}인 회의가 없습니다",
            ))
    fields = [f for f in selection.technology_fields
              if not desk.vocab.has("technology_field", f)]
    if fields:
        known = ", ".join(desk.vocab.codes("technology_field"))
        problems.append(_problem(
            "technology_fields", f"unknown technology field(s) {', '.join(fields)}; known: {known}",
            f"알 수 없는 기술 분야: {', '.join(fields)} (있는 분야: {known})",
        ))
    if problems:
        raise ValidationError(problems, context=say("brief.context"))


def suggested_number(desk: Desk, conference_id: str | None) -> str:
    """The brief number a pack gets when none is given: the conference's, else "1".

    Characters a file name cannot hold safely become "-".
    """
    if conference_id:
        conference = desk.repo.get(CONFERENCES, conference_id, with_blobs=False)
        number = conference["brief_number"] if conference is not None else None
        if number:
            safe = re.sub(r"[^0-9A-Za-z가-힣._-]+", "-", str(number)).strip("-.")[:40]
            if safe:
                return safe
    return "1"
