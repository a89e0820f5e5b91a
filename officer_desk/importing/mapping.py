"""Which column holds which field: matched by header, in Korean or English, or from a file.

A header matches a field by the field's name, its Korean or English label, or a common
synonym (회사명/기업명/업체 → the company, 사건명/제목 → the title, 접수일/일자 → the
kind's main date …), compared without case, spacing or punctuation. Besides the kind's
fields a column can go to a *target* that is not a field as such:

- ``title`` (``topic``, ``name`` …): the Korean field of a Korean/English pair when the
  text has Hangul in it, else the English one;
- ``company`` and ``company_brn`` (disputes): the company by name and registration
  number, matched to an existing company or created;
- ``companies`` (engagements): company names separated by ``;``.

A mapping file (JSON) records header → target (``null``: ignore the column), so an
officer's own sheet layout can be saved once and used again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from officer_desk import out_file
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.fields import FieldType
from officer_desk.domain.json_input import loads_strict
from officer_desk.domain.kinds import (
    COMPANIES,
    CONFERENCES,
    DISPUTES,
    ENGAGEMENTS,
    TREND_NOTES,
    RecordKind,
    kind_named,
)
from officer_desk.domain.messages import joined, kind_name, reason, say
from officer_desk.importing.readers import Column, fold
from officer_desk.in_file import read_at_most

MAPPING_FORMAT = "officer-desk-import-mapping"
#: A mapping file names a sheet's headers: a few kilobytes (a link to /dev/zero is not one).
MAPPING_BYTES = 16 * 1024 * 1024
MAPPING_VERSION = 1

#: The kinds a sheet can be imported into (the others need links to records that a
#: sheet cannot name: follow-ups, agenda and action items, attachments, reference data).
IMPORT_KINDS: tuple[RecordKind, ...] = (DISPUTES, COMPANIES, ENGAGEMENTS, TREND_NOTES,
                                        CONFERENCES)

#: The header of the problem column of a rejected-rows file; ignored on import.
PROBLEM_HEADER = "가져오기 오류 / Import problem"

#: Headers that are recognised and deliberately ignored (row numbers, the problem column,
#: the times an export carries, which Officer Desk keeps itself).
IGNORED_HEADERS = frozenset(fold(h) for h in (
    "번호", "연번", "순번", "no", "no.", "#", "number", "seq", PROBLEM_HEADER,
    "가져오기 오류", "import problem", "created_at", "updated_at",
))


_KO_WORDS = ("한글", "국문", "한국어", "korean", "ko", "kr")
_EN_WORDS = ("영문", "영어", "english", "en")


@dataclass(frozen=True)
class Target:
    """Where a column's values go: a field of the kind, or one of the targets above."""

    name: str
    en: str
    ko: str
    #: The fields a value of this target ends up in (for pointing problems at columns).
    fields: tuple[str, ...]

    def label(self, lang: str = "en") -> str:
        return self.ko if lang == "ko" else self.en


#: The columns an export (``officer-desk export --format csv|xlsx``) adds to the fields:
#: the record's id (which record the row stands for: ``identity``) and its owning post
#: (checked, never changed).
RECORD_TARGETS = (
    Target("id", "Record id (of an export)", "기록 ID (내보낸 파일)", ("id",)),
    Target("post", "Owning post (of an export)", "소유 공관 (내보낸 파일)", ("post",)),
)


@dataclass
class ColumnMap:
    column: Column
    target: str | None
    #: "auto" (matched by header), "file" (from the mapping file or chosen by hand),
    #: "ignored" (a row-number or problem column, or null in the mapping), "unknown"
    #: (no field matched) or "duplicate" (another column already goes to that target).
    how: str

    @property
    def letter(self) -> str:
        return self.column.letter

    @property
    def header(self) -> str:
        return self.column.header


def _pairs(kind: RecordKind) -> dict[str, tuple[str, str]]:
    """Korean/English field pairs: base name -> (ko field, en field)."""
    out = {}
    for f in kind.fields:
        if f.name.endswith("_ko") and kind.has_field(f.name[:-3] + "_en"):
            out[f.name[:-3]] = (f.name, f.name[:-3] + "_en")
    return out


_PAIR_LABELS = {
    "title": ("Title", "제목"), "topic": ("Topic", "주제"), "name": ("Name", "이름"),
    "description": ("Description", "내용"),
}

#: Synonyms per kind: target -> headers people write. Labels and field names are added.
_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "disputes": {
        "title": ("제목", "사건명", "건명", "사건", "분쟁명", "title", "case", "case title",
                  "case name", "dispute"),
        "company": ("회사", "회사명", "기업", "기업명", "업체", "업체명", "피해기업", "지원기업",
                    "우리기업", "company", "company name", "firm", "korean company"),
        "company_brn": ("사업자등록번호", "사업자번호", "등록번호", "brn",
                        "business registration number", "registration number",
                        "registration no"),
        "opened_on": ("접수일", "접수일자", "일자", "날짜", "발생일", "개시일", "date",
                      "opened", "opened on", "date opened", "intake date"),
        "closed_on": ("종결일", "종료일", "종결일자", "closed", "closed on", "date closed"),
        "stage_date": ("단계일자", "단계일", "stage date"),
        "ip_type": ("권리", "권리유형", "지재권", "지재권유형", "지식재산권", "ip", "ip type",
                    "right", "type of right"),
        "dispute_kind": ("분쟁유형", "분쟁종류", "유형", "분쟁", "kind", "dispute kind",
                         "dispute type", "type"),
        "stage": ("단계", "진행단계", "진행상황", "stage", "phase"),
        "status": ("상태", "진행상태", "진행여부", "status"),
        "outcome": ("결과", "처리결과", "outcome", "result"),
        "role": ("역할", "지위", "우리기업지위", "role"),
        "counterparties": ("상대방", "상대", "상대회사", "상대측", "분쟁상대", "counterparty",
                           "counterparties", "opponent", "other party"),
        "jurisdiction": ("국가", "관할", "관할국", "country", "jurisdiction"),
        "forum": ("법원", "기관", "법원기관", "관할법원", "court", "forum", "office"),
        "case_number": ("사건번호", "사건 번호", "case no", "case number", "docket",
                        "docket number"),
        "summary": ("개요", "내용", "사건개요", "요약", "summary", "description"),
        "support_provided": ("지원내용", "지원", "지원사항", "support", "support provided"),
        "claimed_amount": ("청구금액", "청구액", "소가", "claimed", "amount claimed"),
        "awarded_amount": ("배상액", "합의금", "인용금액", "합의금액", "awarded",
                           "amount awarded"),
        "currency": ("통화", "currency"),
        "technology_field": ("기술분야", "기술", "분야", "technology", "field"),
        "tags": ("태그", "키워드", "tags", "keywords"),
        "sensitivity": ("보안", "보안구분", "공개구분", "공개여부", "sensitivity"),
    },
    "companies": {
        "name": ("회사", "회사명", "기업", "기업명", "업체", "업체명", "상호", "company",
                 "company name", "name"),
        "brn": ("사업자등록번호", "사업자번호", "등록번호", "brn",
                "business registration number", "registration number"),
        "brands": ("브랜드", "상표명", "제품명", "브랜드명", "brand", "brands", "products"),
        "former_names": ("구상호", "이전상호", "변경전상호", "former name", "previous name"),
        "domains": ("도메인", "홈페이지", "웹사이트", "domain", "website", "web site"),
        "registration_numbers": ("법인등록번호", "기타등록번호", "corporate registration number",
                                 "other registration numbers"),
        "size": ("규모", "기업규모", "기업구분", "size"),
        "sector": ("업종", "산업", "sector", "industry"),
        "technology_field": ("기술분야", "기술", "분야", "technology"),
        "contact": ("연락처", "담당자", "담당자연락처", "contact"),
        "notes": ("비고", "메모", "notes", "memo"),
        "consent_to_name": ("공개동의", "기업명공개", "consent"),
        "tags": ("태그", "키워드", "tags"),
        "sensitivity": ("보안", "보안구분", "공개구분", "sensitivity"),
    },
    "engagements": {
        "topic": ("주제", "제목", "안건", "협의주제", "topic", "title", "subject"),
        "agency": ("기관", "상대기관", "협의기관", "상대", "agency", "counterpart"),
        "engagement_kind": ("유형", "협의유형", "형식", "kind", "type"),
        "held_on": ("일자", "날짜", "협의일", "개최일", "date", "held on"),
        "participants": ("참석자", "참석", "participants", "attendees"),
        "companies": ("관련기업", "기업", "회사", "companies", "company"),
        "korean_position": ("우리측입장", "입장", "position"),
        "result": ("결과", "협의결과", "result", "outcome"),
        "next_steps": ("향후계획", "후속조치", "향후", "next steps", "follow up"),
        "tags": ("태그", "키워드", "tags"),
        "sensitivity": ("보안", "보안구분", "공개구분", "sensitivity"),
    },
    "trend_notes": {
        "title": ("제목", "동향", "title", "subject"),
        "category": ("분류", "구분", "category"),
        "region": ("지역", "국가", "region", "country"),
        "technology_field": ("기술분야", "기술", "분야", "technology"),
        "noted_on": ("일자", "날짜", "작성일", "작성일자", "date"),
        "body": ("내용", "본문", "note", "body", "text"),
        "source_url": ("출처", "링크", "url", "source", "link"),
        "significance": ("중요도", "significance", "importance"),
        "implications": ("시사점", "implications"),
        "tags": ("태그", "키워드", "tags"),
        "sensitivity": ("보안", "보안구분", "공개구분", "sensitivity"),
    },
    "conferences": {
        "title": ("회의명", "제목", "회의", "title", "conference"),
        "conference_kind": ("회의유형", "유형", "구분", "kind", "type"),
        "held_on": ("일자", "날짜", "개최일", "회의일", "date", "held on"),
        "brief_number": ("보고번호", "문서번호", "brief", "brief number"),
        "summary": ("요약", "내용", "summary"),
        "tags": ("태그", "키워드", "tags"),
        "sensitivity": ("보안", "보안구분", "공개구분", "sensitivity"),
    },
}

_EXTRA_TARGETS: dict[str, tuple[Target, ...]] = {
    "disputes": (
        Target("company", "Company (name)", "기업(이름)", ("company_id",)),
        Target("company_brn", "Company registration no.", "기업 사업자등록번호",
               ("company_id",)),
    ),
    "engagements": (
        Target("companies", "Companies concerned (names, ; between)",
               "관련 기업 (이름, ;로 구분)", ("company_ids",)),
    ),
}

#: Field types a sheet cannot give (links to records of any kind, file content).
_NOT_FROM_SHEETS = frozenset({FieldType.LINK, FieldType.BLOB})
#: Field types a column gives only under the field's own name (``company_id``, as an
#: export writes it): their labels ("Company", "기업") name the company by name.
_BY_NAME_ONLY = frozenset({FieldType.REF, FieldType.REFS})


def import_kind(name: str) -> RecordKind:
    """The kind called ``name``, if sheets can be imported into it."""
    kind = kind_named(name)
    if kind not in IMPORT_KINDS:
        raise OfficerDeskError(say("import.kind_not_importable", kind=kind_name(kind),
                                   known=joined(kind_name(k) for k in IMPORT_KINDS)))
    return kind


_TARGETS: dict[str, tuple[Target, ...]] = {}


def targets(kind: RecordKind) -> tuple[Target, ...]:
    """Every target a column of a ``kind`` sheet can go to, pairs first."""
    if kind.name not in _TARGETS:
        _TARGETS[kind.name] = tuple(_make_targets(kind))
    return _TARGETS[kind.name]


def _make_targets(kind: RecordKind) -> list[Target]:
    out = []
    for base, (ko, en) in _pairs(kind).items():
        label_en, label_ko = _PAIR_LABELS.get(base, (base, base))
        out.append(Target(base, f"{label_en} (Korean or English)", f"{label_ko} (한글 또는 영문)",
                          (ko, en)))
    out += _EXTRA_TARGETS.get(kind.name, ())
    out += RECORD_TARGETS
    out += [Target(f.name, f.en, f.ko, (f.name,)) for f in kind.fields
            if f.type not in _NOT_FROM_SHEETS]
    return out


def target_named(kind: RecordKind, name: str) -> Target:
    """The target called ``name``; KeyError if the kind has none."""
    for t in targets(kind):
        if t.name == name:
            return t
    raise KeyError(name)


_LOOKUPS: dict[str, dict[str, str]] = {}


def _lookup(kind: RecordKind) -> dict[str, str]:
    """Folded header text -> target name; earlier entries win."""
    if kind.name in _LOOKUPS:
        return _LOOKUPS[kind.name]
    table: dict[str, str] = _LOOKUPS.setdefault(kind.name, {})

    def add(text: str, target: str) -> None:
        key = fold(text)
        if key:
            table.setdefault(key, target)

    pairs = _pairs(kind)
    for f in kind.fields:  # exact labels and names first
        if f.type in _NOT_FROM_SHEETS:
            continue
        for text in (f.name,) if f.type in _BY_NAME_ONLY else (f.name, f.en, f.ko):
            add(text, f.name)
    for target, words in _SYNONYMS.get(kind.name, {}).items():
        for word in words:
            if target in pairs:
                ko, en = pairs[target]
                for lang_word in _KO_WORDS:
                    add(word + lang_word, ko)
                    add(lang_word + word, ko)
                for lang_word in _EN_WORDS:
                    add(word + lang_word, en)
                    add(lang_word + word, en)
            add(word, target)
    for t in targets(kind):
        add(t.name, t.name)
    return table


def match_header(kind: RecordKind, header: str, group: str = "") -> str | None:
    """The target a header names (tried alone, then under its group label), else None."""
    table = _lookup(kind)
    return table.get(fold(header)) or (table.get(fold(group + header)) if group else None)


def header_test(kind: RecordKind, saved: Mapping[str, str | None] | None = None):
    """For the reader: is a text a header of this kind (or one the mapping file names)?"""
    table = _lookup(kind)
    known = {fold(h) for h in (saved or {})}

    def test(text: str) -> bool:
        key = fold(text)
        return bool(key) and (key in table or key in known)
    return test


def auto_map(kind: RecordKind, columns: Iterable[Column],
             saved: Mapping[str, str | None] | None = None) -> list[ColumnMap]:
    """A target for each column: the mapping file's, else matched by header."""
    chosen = {fold(h): t for h, t in (saved or {}).items()}
    out: list[ColumnMap] = []
    used: set[str] = set()
    for column in columns:
        key = fold(column.header)
        if key in chosen:
            target, how = chosen[key], "file"
            if target is None:
                out.append(ColumnMap(column, None, "ignored"))
                continue
        elif not key or key in IGNORED_HEADERS:
            out.append(ColumnMap(column, None, "ignored"))
            continue
        else:
            target, how = match_header(kind, column.header, column.group), "auto"
        if target is None:
            out.append(ColumnMap(column, None, "unknown"))
        elif target in used:
            out.append(ColumnMap(column, None, "duplicate"))
        else:
            used.add(target)
            out.append(ColumnMap(column, target, how))
    return out


def load_mapping(path: str | Path, kind: RecordKind) -> dict[str, str | None]:
    """Header -> target from a mapping file, every target checked against ``kind``."""
    path = Path(path)
    try:
        data = loads_strict(read_at_most(path, MAPPING_BYTES).decode("utf-8-sig"))
    except OSError as e:
        raise OfficerDeskError(say("mapping.cannot_read", path=path,
                                   detail=reason(e))) from e
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise OfficerDeskError(say("mapping.not_json", name=path.name, detail=reason(e))) from e
    if not isinstance(data, dict) or data.get("format") != MAPPING_FORMAT:
        raise OfficerDeskError(say("mapping.wrong_format", name=path.name,
                                   format=MAPPING_FORMAT))
    if data.get("kind") not in (None, kind.name):
        raise OfficerDeskError(say("mapping.other_kind", name=path.name,
                                   found=str(data.get("kind")), kind=kind.name))
    columns = data.get("columns")
    if not isinstance(columns, dict):
        raise OfficerDeskError(say("mapping.bad_columns", name=path.name))
    names = {t.name for t in targets(kind)}
    bad = sorted(str(t) for t in columns.values() if t is not None and t not in names)
    if bad:
        raise OfficerDeskError(say("mapping.unknown_fields", name=path.name, kind=kind.name,
                                   bad=", ".join(bad), fields=", ".join(sorted(names))))
    return {str(h): t for h, t in columns.items()}


def mapping_json(kind: RecordKind, columns: Iterable[ColumnMap]) -> dict:
    """The mapping of these columns as a mapping file holds it."""
    return {
        "format": MAPPING_FORMAT, "version": MAPPING_VERSION, "kind": kind.name,
        "columns": {c.header: c.target for c in columns if c.header},
    }


def save_mapping(path: str | Path, kind: RecordKind, columns: Iterable[ColumnMap]) -> Path:
    path = Path(path)
    text = json.dumps(mapping_json(kind, columns), ensure_ascii=False, indent=2) + "\n"
    out_file.write_whole(path, text.encode("utf-8"), cannot="mapping.cannot_write")
    return path
