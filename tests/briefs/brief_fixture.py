"""The fixture desk of the briefing-pack tests and the corpus of hostile text.

Kept apart from ``conftest.py`` so that tests (and the window's tests, which load this
file by path) can import the constants: ``from brief_fixture import GENERATED_AT``.
See ``conftest.py`` for what the desk holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    AGENDA_ITEMS,
    COMPANIES,
    CONFERENCES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    TREND_NOTES,
)
from officer_desk.services import records
from officer_desk.services.desk import Desk

TODAY = dt.date(2026, 4, 15)
GENERATED_AT = dt.datetime(2026, 4, 15, 9, 30, tzinfo=dt.UTC)

#: One marker per internal record; none may appear in a stakeholder edition.
INTERNAL_MARKERS = (
    "내부전용분쟁ALPHA", "INTERNAL-DISPUTE-ALPHA",
    "내부전용분쟁BRAVO", "INTERNAL-DISPUTE-BRAVO",
    "비공개협의CHARLIE", "INTERNAL-ENGAGEMENT-CHARLIE",
    "비공개동향DELTA", "INTERNAL-NOTE-DELTA",
    "내부안건ECHO", "INTERNAL-AGENDA-ECHO",
    "내부조치FOXTROT", "INTERNAL-ACTION-FOXTROT",
    "내부후속GOLF",
    "내부기업메모HOTEL",
)

#: Companies the stakeholder edition shows only as "Company A — …".
ANONYMISED_NAMES = (
    "(주)한빛배터리", "한빛배터리", "Hanbit Battery Co., Ltd.", "Hanbit Battery",
    "(주)은하바이오", "은하바이오", "Eunha Bio Inc.", "Eunha Bio",
)
#: The company that agreed to be named: both editions name it.
NAMED_NAMES = ("(주)누리반도체", "Nuri Semiconductor Inc.")

LONG_NOTE = ("장문 메모 long note " * 2500)[:40_000]

#: Text that reaches the renderers; the stored part goes through validation.
STORED_HOSTILE = (
    "R&D 센터 & a<b > c",
    "<script>alert('x')</script> <b>bold?</b> &amp; &lt;",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+82-2-1234-5678",
    "-1+2",
    "@SUM(A1:A2)",
    "#N/A",
    "첫 줄\n둘째 줄\n\n셋째 줄",
    "이모지 🚀🔋✅ 👩‍💻",
    "漢字 特許紛爭 知識財産",
    "简体中文 知识产权 专利纠纷",
    "ﷺ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃ ⅻ",
)
UNSTORABLE_HOSTILE = (
    "tab\there",
    "carriage\rreturn",
    "control \x01\x02\x07\x1b chars",
    "non-characters \ufffe \uffff end",
    "\t=cmd|' /C calc'!A0",
)


@dataclass
class BriefDesk:
    desk: Desk
    path: Path
    today: dt.date
    #: record ids by a short name used in the tests (d_us_public, k_current, …)
    ids: dict[str, str] = field(default_factory=dict)
    internal_markers: tuple[str, ...] = INTERNAL_MARKERS
    anonymised_names: tuple[str, ...] = ANONYMISED_NAMES
    named_names: tuple[str, ...] = NAMED_NAMES


def _add(desk: Desk, kind, post: str, values: dict) -> str:
    record, _ = records.create(desk, kind, values, post=post, foreign_ok=True)
    return record.id


def fill_brief_desk(desk: Desk) -> dict[str, str]:
    """Store the fixture records in ``desk`` (an HQ desk); their ids by short name."""
    ids: dict[str, str] = {}
    ids["c_hanbit"] = _add(desk, COMPANIES, "US", {
        "name_ko": "(주)한빛배터리", "name_en": "Hanbit Battery Co., Ltd.",
        "brn": "123-45-67891", "size": "sme", "technology_field": "secondary_batteries",
        "sector": "batteries", "contact": "박담당 010-1234-5678", "sensitivity": "public",
    })
    ids["c_nuri"] = _add(desk, COMPANIES, "CN", {
        "name_ko": "(주)누리반도체", "name_en": "Nuri Semiconductor Inc.",
        "size": "large", "technology_field": "semiconductors_displays",
        "consent_to_name": True, "sensitivity": "public",
    })
    ids["c_eunha"] = _add(desk, COMPANIES, "JP", {
        "name_ko": "(주)은하바이오", "name_en": "Eunha Bio Inc.", "size": "startup",
        "technology_field": "advanced_bio", "notes": "내부기업메모HOTEL",
        "sensitivity": "internal",
    })
    ids["c_hostile"] = _add(desk, COMPANIES, "CN", {
        "name_ko": "=위험한 이름 R&D <b>", "name_en": "@Hostile & <Co> Ltd.",
        "size": "sme", "technology_field": "ai", "consent_to_name": True,
        "sensitivity": "public",
    })

    ids["d_us_public"] = _add(desk, DISPUTES, "US", {
        "title_ko": "한빛배터리 v. Voltaic Licensing 특허침해소송",
        "title_en": "Hanbit Battery v. Voltaic Licensing patent suit (E.D. Tex.)",
        "company_id": ids["c_hanbit"], "ip_type": "patent",
        "dispute_kind": "infringement_suit", "stage": "hearing",
        "stage_date": dt.date(2026, 3, 2), "opened_on": dt.date(2026, 2, 10),
        "case_number": "2:26-cv-00123", "jurisdiction": "US", "forum": "E.D. Tex.",
        "counterparties": [{"name": "Voltaic Licensing LLC", "type": "npe"}],
        "technology_field": "secondary_batteries", "role": "defending",
        "summary": "NPE가 배터리 관리 특허 3건으로 한빛배터리를 제소함.\n"
                   "Hanbit Battery is preparing an IPR petition.",
        "tags": ["npe", "battery"], "sensitivity": "public",
    })
    ids["d_us_internal"] = _add(desk, DISPUTES, "US", {
        "title_ko": "내부전용분쟁ALPHA 영업비밀 유출",
        "title_en": "INTERNAL-DISPUTE-ALPHA trade secret",
        "company_id": ids["c_eunha"], "ip_type": "trade_secret",
        "dispute_kind": "criminal_complaint", "opened_on": dt.date(2026, 3, 1),
        "technology_field": "advanced_bio", "summary": "내부전용분쟁ALPHA 수사 진행 상황",
        "sensitivity": "internal",
    })
    ids["d_cn_closed"] = _add(desk, DISPUTES, "CN", {
        "title_ko": "누리반도체 상표 선점 대응",
        "title_en": "Nuri Semiconductor trademark squatting",
        "company_id": ids["c_nuri"], "ip_type": "trademark",
        "dispute_kind": "invalidation", "stage": "closed", "status": "closed",
        "outcome": "mark_refused_cancelled", "opened_on": dt.date(2025, 11, 3),
        "closed_on": dt.date(2026, 3, 20), "case_number": "CN-TM-2025-0042",
        "counterparties": [{"name": "深圳某某贸易有限公司", "type": "trademark_squatter"}],
        "technology_field": "semiconductors_displays",
        "summary": "CNIPA가 선점 상표를 무효로 결정함.",
        "tags": ["trademark"], "sensitivity": "public",
    })
    ids["d_cn_hostile"] = _add(desk, DISPUTES, "CN", {
        "title_ko": "=위험한 제목 R&D a<b", "title_en": "+Hostile title <script>alert(1)</script>",
        "company_id": ids["c_hostile"], "ip_type": "design",
        "dispute_kind": "online_takedown", "opened_on": dt.date(2026, 1, 15),
        "case_number": "=1+1", "technology_field": "ai",
        "summary": "\n\n".join(STORED_HOSTILE) + "\n\n" + LONG_NOTE,
        "support_provided": "#N/A", "sensitivity": "public",
    })
    ids["d_jp_internal"] = _add(desk, DISPUTES, "JP", {
        "title_ko": "내부전용분쟁BRAVO 위조품 통관", "title_en": "INTERNAL-DISPUTE-BRAVO customs",
        "company_id": ids["c_hanbit"], "ip_type": "trademark",
        "dispute_kind": "customs_detention", "opened_on": dt.date(2026, 2, 20),
        "counterparties": [{"name": "Counterfeit Trading KK", "type": "counterfeiter_seller"}],
        "technology_field": "secondary_batteries", "sensitivity": "internal",
    })
    ids["d_jp_old"] = _add(desk, DISPUTES, "JP", {
        "title_ko": "오래전 종결된 디자인 분쟁", "title_en": "Design dispute closed long ago",
        "company_id": ids["c_nuri"], "ip_type": "design", "dispute_kind": "opposition",
        "status": "closed", "stage": "closed", "outcome": "upheld",
        "opened_on": dt.date(2024, 5, 1), "closed_on": dt.date(2024, 9, 1),
        "sensitivity": "public",
    })

    ids["e_us_public"] = _add(desk, ENGAGEMENTS, "US", {
        "topic_ko": "USPTO와 PTAB 절차 협의", "topic_en": "PTAB procedure talks with the USPTO",
        "agency": "uspto", "engagement_kind": "bilateral_meeting",
        "held_on": dt.date(2026, 3, 5), "participants": ["김영희", "J. Smith"],
        "company_ids": [ids["c_hanbit"]], "result": "한빛배터리 사례를 설명함.",
        "next_steps": "후속 서한 발송", "sensitivity": "public",
    })
    ids["e_cn_internal"] = _add(desk, ENGAGEMENTS, "CN", {
        "topic_ko": "비공개협의CHARLIE 단속 요청", "topic_en": "INTERNAL-ENGAGEMENT-CHARLIE",
        "agency": "samr", "held_on": dt.date(2026, 2, 12),
        "result": "비공개협의CHARLIE 결과", "sensitivity": "internal",
    })
    ids["e_jp_public"] = _add(desk, ENGAGEMENTS, "JP", {
        "topic_ko": "JPO 심사 실무 세미나", "topic_en": "JPO examination practice seminar",
        "agency": "jpo", "engagement_kind": "seminar", "held_on": dt.date(2026, 1, 28),
        "result": "심사 기준 개정 동향 공유", "sensitivity": "public",
    })

    ids["t_us_public"] = _add(desk, TREND_NOTES, "US", {
        "title_ko": "미국 수출통제 규정 개정", "title_en": "US export control rule amended",
        "category": "export_controls", "region": "US",
        "technology_field": "semiconductors_displays", "noted_on": dt.date(2026, 3, 10),
        "body": "반도체 장비 수출통제 범위가 넓어짐.", "significance": "high",
        "implications": "우리 장비 기업의 라이선스 신청 증가 예상",
        "source_url": "https://www.bis.gov/news", "sensitivity": "public",
    })
    ids["t_cn_internal"] = _add(desk, TREND_NOTES, "CN", {
        "title_ko": "비공개동향DELTA", "title_en": "INTERNAL-NOTE-DELTA",
        "category": "legislation", "noted_on": dt.date(2026, 2, 2),
        "body": "비공개동향DELTA 입법 동향", "sensitivity": "internal",
    })
    ids["t_eu_hostile"] = _add(desk, TREND_NOTES, "EU", {
        "title_ko": "EU 표준필수특허 규정 🚀 漢字", "title_en": "EU SEP regulation 简体 & <tags>",
        "category": "legislation", "noted_on": dt.date(2026, 3, 25),
        "body": "\n".join(STORED_HOSTILE), "technology_field": "next_gen_communications",
        "sensitivity": "public",
    })

    ids["k_previous"] = _add(desk, CONFERENCES, "HQ", {
        "title_ko": "1분기 재외 지식재산 담당관 화상회의",
        "title_en": "Q1 video conference with IP attachés",
        "conference_kind": "hq_video", "held_on": dt.date(2026, 1, 20),
        "brief_number": "2026-1", "summary": "1분기 회의 요약", "sensitivity": "public",
    })
    ids["k_current"] = _add(desk, CONFERENCES, "HQ", {
        "title_ko": "2분기 재외 지식재산 담당관 화상회의",
        "title_en": "Q2 video conference with IP attachés",
        "conference_kind": "hq_video", "held_on": dt.date(2026, 4, 20),
        "brief_number": "2026-2",
        "summary": "결론: NPE 소송 대응 지원을 확대하고 중국 상표 선점 대응을 계속한다.",
        "sensitivity": "public",
    })
    ids["g_public"] = _add(desk, AGENDA_ITEMS, "HQ", {
        "conference_id": ids["k_current"], "position": 1,
        "title_ko": "미국 NPE 소송 동향", "title_en": "NPE suits in the US",
        "record_id": ids["d_us_public"], "notes": "E.D. Tex. 사건 보고", "sensitivity": "public",
    })
    ids["g_internal"] = _add(desk, AGENDA_ITEMS, "HQ", {
        "conference_id": ids["k_current"], "position": 2,
        "title_ko": "내부안건ECHO", "title_en": "INTERNAL-AGENDA-ECHO", "sensitivity": "internal",
    })
    ids["g_links_internal"] = _add(desk, AGENDA_ITEMS, "HQ", {
        "conference_id": ids["k_current"], "position": 3,
        "title_ko": "공개 안건이지만 내부 분쟁에 연결",
        "title_en": "Public item on an internal case",
        "record_id": ids["d_us_internal"], "sensitivity": "public",
    })
    ids["a_prev_open"] = _add(desk, ACTION_ITEMS, "HQ", {
        "conference_id": ids["k_previous"], "description_ko": "NPE 대응 매뉴얼 개정",
        "description_en": "Revise the NPE response manual", "owner_name": "산업재산보호팀",
        "due_on": dt.date(2026, 4, 30), "status": "in_progress", "sensitivity": "public",
    })
    ids["a_prev_done"] = _add(desk, ACTION_ITEMS, "HQ", {
        "conference_id": ids["k_previous"], "description_ko": "중국 상표 선점 사례집 배포",
        "description_en": "Publish the Chinese squatting casebook", "owner_name": "CN 담당관",
        "due_on": dt.date(2026, 3, 1), "status": "done", "closed_on": dt.date(2026, 2, 27),
        "sensitivity": "public",
    })
    ids["a_prev_internal"] = _add(desk, ACTION_ITEMS, "HQ", {
        "conference_id": ids["k_previous"], "description_ko": "내부조치FOXTROT",
        "description_en": "INTERNAL-ACTION-FOXTROT", "owner_name": "감사팀",
        "due_on": dt.date(2026, 5, 20), "status": "open", "sensitivity": "internal",
    })
    ids["a_current"] = _add(desk, ACTION_ITEMS, "HQ", {
        "conference_id": ids["k_current"], "description_ko": "IPR 청구 비용 지원 검토",
        "description_en": "Consider funding IPR petitions", "owner_name": "US 담당관",
        "due_on": dt.date(2026, 6, 10), "status": "open", "record_id": ids["d_us_public"],
        "sensitivity": "public",
    })

    ids["f_public"] = _add(desk, FOLLOW_UPS, "US", {
        "record_id": ids["d_us_public"], "due_on": dt.date(2026, 5, 1),
        "description": "IPR 청구 기한 확인", "sensitivity": "public",
    })
    ids["f_internal"] = _add(desk, FOLLOW_UPS, "US", {
        "record_id": ids["d_us_internal"], "due_on": dt.date(2026, 4, 25),
        "description": "내부후속GOLF 검찰 면담", "sensitivity": "public",
    })
    ids["f_overdue"] = _add(desk, FOLLOW_UPS, "CN", {
        "record_id": ids["d_cn_hostile"], "due_on": dt.date(2026, 4, 1),
        "description": "플랫폼 삭제 요청 재확인", "sensitivity": "public",
    })
    ids["f_far"] = _add(desk, FOLLOW_UPS, "JP", {
        "record_id": ids["e_jp_public"], "due_on": dt.date(2026, 6, 30),
        "description": "세미나 후속 자료 송부", "sensitivity": "public",
    })
    return ids
