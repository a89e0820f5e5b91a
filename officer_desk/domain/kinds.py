"""The record kinds of the case log and their fields.

Every record, whatever its kind, also carries metadata that is not declared here
because it is the same for all (see ``officer_desk.domain.records``): a UUID, the
owning post, created/updated times, the version counters the merge needs and the
tombstone flag.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from officer_desk.domain.fields import (
    Field,
    FieldType,
    date,
    longtext,
    ref,
    text,
    vocab,
)

#: The post code of headquarters; reference data (posts, vocabularies) is owned by it.
HQ = "HQ"


@dataclass(frozen=True)
class RecordKind:
    name: str  # also the table name
    en: str
    ko: str
    fields: tuple[Field, ...]
    #: Fields shown as the record's title, in order of preference per language.
    title_ko: tuple[str, ...] = ()
    title_en: tuple[str, ...] = ()
    #: Groups of fields of which at least one must be filled in.
    required_any: tuple[tuple[str, ...], ...] = ()
    #: Fields that change together and merge as one unit (e.g. stage with stage date).
    units: tuple[tuple[str, ...], ...] = ()
    #: Reference data belongs to HQ whatever installation writes it.
    reference: bool = False
    #: The default sort of lists: a field name, "-" in front for descending.
    default_sort: str = "-updated_at"
    #: The date field that a period (from/to) filters on.
    period_field: str | None = None
    _by_name: dict[str, Field] = field(default_factory=dict, compare=False, repr=False)

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        """Pickled by name: unpickled, a kind is this module's one (``is`` holds)."""
        return kind_named, (self.name,)

    def __post_init__(self) -> None:
        self._by_name.update({f.name: f for f in self.fields})

    def label(self, lang: str = "en") -> str:
        return self.ko if lang == "ko" else self.en

    def field(self, name: str) -> Field:
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"{self.name} has no field {name!r}") from None

    def has_field(self, name: str) -> bool:
        return name in self._by_name

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def searchable(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.searchable)

    def unit_of(self, name: str) -> tuple[str, ...]:
        """The fields that merge together with ``name`` (itself alone if it has no unit)."""
        for unit in self.units:
            if name in unit:
                return unit
        return (name,)


def _common() -> tuple[Field, ...]:
    return (
        vocab(
            "sensitivity", "sensitivity", "Sensitivity", "보안 구분",
            required=True, default="internal",
        ),
        Field("tags", FieldType.STRINGS, "Tags", "태그", default=(), searchable=True),
    )


POSTS = RecordKind(
    "posts", "Post", "공관",
    fields=(
        text("code", "Code", "코드", required=True, immutable=True, max_length=12),
        text("name_ko", "Name (Korean)", "이름(한글)"),
        text("name_en", "Name (English)", "이름(영문)"),
        text("city_ko", "City (Korean)", "도시(한글)"),
        text("city_en", "City (English)", "도시(영문)"),
        text("jurisdiction", "Jurisdiction", "관할", max_length=20),
        Field("is_hq", FieldType.BOOL, "Headquarters", "본청", default=False),
    ),
    title_ko=("name_ko", "name_en", "code"), title_en=("name_en", "name_ko", "code"),
    required_any=(("name_ko", "name_en"),),
    reference=True, default_sort="code",
)

VOCAB_TERMS = RecordKind(
    "vocab_terms", "Vocabulary term", "용어",
    fields=(
        text("vocabulary", "Vocabulary", "용어집", required=True, immutable=True, max_length=40,
             searchable=False),
        text("code", "Code", "코드", required=True, immutable=True, max_length=60,
             searchable=False),
        text("label_ko", "Label (Korean)", "표시(한글)"),
        text("label_en", "Label (English)", "표시(영문)"),
        Field("position", FieldType.INTEGER, "Position", "순서", default=0),
        Field("active", FieldType.BOOL, "In use", "사용", default=True),
        text("version_tag", "Version", "버전", max_length=20, searchable=False),
        text("jurisdiction", "Jurisdiction", "관할", max_length=20, searchable=False),
    ),
    title_ko=("label_ko", "label_en", "code"), title_en=("label_en", "label_ko", "code"),
    required_any=(("label_ko", "label_en"),),
    reference=True, default_sort="position",
)

COMPANIES = RecordKind(
    "companies", "Company", "기업",
    fields=(
        text("name_ko", "Name (Korean)", "기업명(한글)"),
        text("name_en", "Name (English)", "기업명(영문)"),
        text("brn", "Business registration no.", "사업자등록번호", max_length=12),
        # What else names the company in text: the stakeholder edition of a briefing pack
        # must not print any of it for a company that has not agreed to be named.
        Field("brands", FieldType.STRINGS, "Brands and products", "브랜드·제품명", default=()),
        Field("former_names", FieldType.STRINGS, "Former names", "이전 상호", default=()),
        Field("domains", FieldType.STRINGS, "Domain names", "도메인", default=()),
        Field("registration_numbers", FieldType.STRINGS, "Other registration numbers",
              "기타 등록번호", default=()),
        vocab("size", "company_size", "Size", "기업 규모"),
        vocab("sector", "sector", "Sector", "업종"),
        vocab("technology_field", "technology_field", "Technology field", "기술 분야"),
        Field("consent_to_name", FieldType.BOOL, "Agrees to be named", "기업명 공개 동의",
              default=False),
        text("contact", "Contact", "담당자 연락처"),
        longtext("notes", "Notes", "비고"),
        *_common(),
    ),
    title_ko=("name_ko", "name_en"), title_en=("name_en", "name_ko"),
    required_any=(("name_ko", "name_en"),),
    default_sort="name_ko",
)

DISPUTES = RecordKind(
    "disputes", "Dispute", "분쟁",
    fields=(
        text("title_ko", "Title (Korean)", "제목(한글)"),
        text("title_en", "Title (English)", "제목(영문)"),
        ref("company_id", "companies", "Company", "기업", required=True),
        Field("counterparties", FieldType.PARTIES, "Counterparties", "상대방", default=(),
              searchable=True),
        text("jurisdiction", "Jurisdiction", "관할", max_length=40),
        text("forum", "Court or office", "법원·기관"),
        text("case_number", "Case number", "사건번호", max_length=100),
        vocab("ip_type", "ip_type", "IP type", "권리 유형", required=True),
        vocab("dispute_kind", "dispute_kind", "Dispute kind", "분쟁 유형", required=True),
        vocab("stage", "stage", "Stage", "진행 단계", required=True, default="intake"),
        date("stage_date", "Stage since", "단계 일자"),
        Field("status", FieldType.CHOICE, "Status", "상태", required=True,
              choices=("open", "closed"), default="open"),
        vocab("outcome", "outcome", "Outcome", "결과", default="pending"),
        vocab("role", "dispute_role", "Role", "역할"),
        Field("claimed_amount", FieldType.AMOUNT, "Amount claimed", "청구 금액"),
        Field("awarded_amount", FieldType.AMOUNT, "Amount awarded/settled", "인용·합의 금액"),
        vocab("currency", "currency", "Currency", "통화"),
        vocab("technology_field", "technology_field", "Technology field", "기술 분야"),
        date("opened_on", "Opened", "접수일", required=True),
        date("closed_on", "Closed", "종결일"),
        longtext("support_provided", "Support provided", "지원 내용"),
        longtext("summary", "Summary", "개요"),
        *_common(),
    ),
    title_ko=("title_ko", "title_en"), title_en=("title_en", "title_ko"),
    required_any=(("title_ko", "title_en"),),
    units=(
        ("stage", "stage_date"),
        ("status", "closed_on", "outcome"),
        ("claimed_amount", "awarded_amount", "currency"),
    ),
    default_sort="-opened_on", period_field="opened_on",
)

ENGAGEMENTS = RecordKind(
    "engagements", "Engagement", "협의",
    fields=(
        text("topic_ko", "Topic (Korean)", "주제(한글)"),
        text("topic_en", "Topic (English)", "주제(영문)"),
        vocab("agency", "agency", "Counterpart agency", "상대 기관", required=True),
        vocab("engagement_kind", "engagement_kind", "Kind", "협의 유형"),
        date("held_on", "Date", "일자", required=True),
        Field("participants", FieldType.STRINGS, "Participants", "참석자", default=(),
              searchable=True),
        Field("company_ids", FieldType.REFS, "Companies concerned", "관련 기업", ref="companies",
              default=()),
        longtext("korean_position", "Korean position", "우리 측 입장"),
        longtext("result", "Result", "결과"),
        longtext("next_steps", "Next steps", "향후 계획"),
        *_common(),
    ),
    title_ko=("topic_ko", "topic_en"), title_en=("topic_en", "topic_ko"),
    required_any=(("topic_ko", "topic_en"),),
    default_sort="-held_on", period_field="held_on",
)

TREND_NOTES = RecordKind(
    "trend_notes", "Trend note", "동향",
    fields=(
        text("title_ko", "Title (Korean)", "제목(한글)"),
        text("title_en", "Title (English)", "제목(영문)"),
        vocab("category", "trend_category", "Category", "분류", required=True),
        text("region", "Region", "지역", max_length=60),
        vocab("technology_field", "technology_field", "Technology field", "기술 분야"),
        date("noted_on", "Date", "작성일", required=True),
        longtext("body", "Note", "내용"),
        Field("source_url", FieldType.URL, "Source", "출처", max_length=2000),
        vocab("significance", "significance", "Significance", "중요도"),
        longtext("implications", "Implications for Korean companies", "우리 기업 시사점"),
        *_common(),
    ),
    title_ko=("title_ko", "title_en"), title_en=("title_en", "title_ko"),
    required_any=(("title_ko", "title_en"),),
    default_sort="-noted_on", period_field="noted_on",
)

CONFERENCES = RecordKind(
    "conferences", "Conference", "회의",
    fields=(
        text("title_ko", "Title (Korean)", "회의명(한글)"),
        text("title_en", "Title (English)", "회의명(영문)"),
        vocab("conference_kind", "conference_kind", "Kind", "회의 유형", required=True),
        date("held_on", "Date", "일자", required=True),
        text("brief_number", "Brief number", "보고 번호", max_length=60),
        longtext("summary", "Summary", "요약"),
        *_common(),
    ),
    title_ko=("title_ko", "title_en"), title_en=("title_en", "title_ko"),
    required_any=(("title_ko", "title_en"),),
    default_sort="-held_on", period_field="held_on",
)

AGENDA_ITEMS = RecordKind(
    "agenda_items", "Agenda item", "안건",
    fields=(
        ref("conference_id", "conferences", "Conference", "회의", required=True, immutable=True),
        Field("position", FieldType.INTEGER, "Order", "순서", default=0),
        text("title_ko", "Title (Korean)", "안건(한글)"),
        text("title_en", "Title (English)", "안건(영문)"),
        Field("record_id", FieldType.LINK, "Linked record", "관련 기록"),
        longtext("notes", "Notes", "비고"),
        *_common(),
    ),
    title_ko=("title_ko", "title_en"), title_en=("title_en", "title_ko"),
    required_any=(("title_ko", "title_en"),),
    default_sort="position",
)

ACTION_ITEMS = RecordKind(
    "action_items", "Action item", "조치 사항",
    fields=(
        ref("conference_id", "conferences", "Raised at", "제기 회의", required=True,
            immutable=True),
        text("description_ko", "Action (Korean)", "조치 사항(한글)"),
        text("description_en", "Action (English)", "조치 사항(영문)"),
        text("owner_name", "Owner", "담당", required=True, max_length=200),
        date("due_on", "Due", "기한"),
        vocab("status", "action_status", "Status", "상태", required=True, default="open"),
        date("closed_on", "Closed", "완료일"),
        Field("record_id", FieldType.LINK, "Linked record", "관련 기록"),
        *_common(),
    ),
    title_ko=("description_ko", "description_en"), title_en=("description_en", "description_ko"),
    required_any=(("description_ko", "description_en"),),
    units=(("status", "closed_on"),),
    default_sort="due_on", period_field="due_on",
)

FOLLOW_UPS = RecordKind(
    "follow_ups", "Follow-up", "후속 조치",
    fields=(
        Field("record_id", FieldType.LINK, "Record", "관련 기록", required=True),
        date("due_on", "Due", "기한", required=True),
        text("description", "Description", "내용", required=True, max_length=2000),
        Field("done", FieldType.BOOL, "Done", "완료", default=False),
        date("done_on", "Done on", "완료일"),
        *_common(),
    ),
    title_ko=("description",), title_en=("description",),
    units=(("done", "done_on"),),
    default_sort="due_on", period_field="due_on",
)

ATTACHMENTS = RecordKind(
    "attachments", "Attachment", "첨부",
    fields=(
        Field("record_id", FieldType.LINK, "Record", "관련 기록", required=True, immutable=True),
        text("file_name", "File name", "파일명", required=True, max_length=255),
        text("media_type", "Type", "형식", max_length=100, searchable=False),
        Field("size", FieldType.INTEGER, "Size (bytes)", "크기(바이트)", immutable=True),
        text("sha256", "SHA-256", "SHA-256", max_length=64, searchable=False, immutable=True),
        Field("content", FieldType.BLOB, "Content", "내용", required=True, immutable=True),
        text("description", "Description", "설명", max_length=2000),
        *_common(),
    ),
    title_ko=("file_name",), title_en=("file_name",),
    default_sort="file_name",
)

#: Every kind, in the order tables are created and records listed.
KINDS: tuple[RecordKind, ...] = (
    POSTS, VOCAB_TERMS, COMPANIES, DISPUTES, ENGAGEMENTS, TREND_NOTES,
    CONFERENCES, AGENDA_ITEMS, ACTION_ITEMS, FOLLOW_UPS, ATTACHMENTS,
)
KINDS_BY_NAME: dict[str, RecordKind] = {k.name: k for k in KINDS}

#: Kinds an officer logs (the rest is reference data).
USER_KINDS: tuple[RecordKind, ...] = tuple(k for k in KINDS if not k.reference)

#: Short names accepted on the command line for convenience.
ALIASES = {
    "post": "posts", "company": "companies", "dispute": "disputes",
    "engagement": "engagements", "note": "trend_notes", "notes": "trend_notes",
    "trend": "trend_notes", "trend_note": "trend_notes", "trends": "trend_notes",
    "conference": "conferences", "agenda": "agenda_items", "agenda_item": "agenda_items",
    "action": "action_items", "actions": "action_items", "action_item": "action_items",
    "followup": "follow_ups", "follow_up": "follow_ups", "followups": "follow_ups",
    "follow-up": "follow_ups", "follow-ups": "follow_ups", "deadline": "follow_ups",
    "deadlines": "follow_ups", "attachment": "attachments", "term": "vocab_terms",
    "vocab": "vocab_terms", "vocabulary": "vocab_terms",
}


def kind_named(name: str) -> RecordKind:
    """The kind called ``name`` (table name or a common alias); KeyError if none."""
    key = name.strip().lower().replace(" ", "_")
    key = ALIASES.get(key, key)
    try:
        return KINDS_BY_NAME[key]
    except KeyError:
        known = ", ".join(k.name for k in KINDS)
        raise KeyError(f"unknown record kind {name!r} (known: {known})") from None
