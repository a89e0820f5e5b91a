"""The window's own words in Korean and English.

A stand-in until Qt's translation files (``resources/*.ts``) arrive: every string the
window shows goes through ``tr``, so moving to ``QCoreApplication.translate`` later is
one change here. The language is the application's, set once with ``use_language``.
"""

from __future__ import annotations

KOREAN = {
    " — DEMO DATABASE, not for real cases": " — DEMO 데이터베이스: 실제 사건 기록 아님",
    "&About Officer Desk": "Officer Desk 정보(&A)",
    "&File": "파일(&F)",
    "&Find": "찾기(&F)",
    "&Help": "도움말(&H)",
    "&Quit": "끝내기(&Q)",
    "&Refresh": "새로 고침(&R)",
    "&View": "보기(&V)",
    "All posts": "모든 공관",
    "Closed": "종결",
    "Open": "진행 중",
    "created": "생성",
    "Dashboard": "대시보드",
    "Deadlines: overdue and next 30 days": "기한: 지난 것과 30일 이내",
    "Deleted": "삭제됨",
    "Due in 30 days": "30일 이내 기한",
    "Engagements by post": "공관별 협의",
    "History": "변경 이력",
    "Open by IP type": "권리 유형별 진행 중",
    "Open by post": "공관별 진행 중",
    "Open by technology": "기술 분야별 진행 중",
    "Open disputes": "진행 중 분쟁",
    "Overdue": "기한 지남",
    "Search (Korean or English)…": "검색 (한글 또는 영문)…",
    "Show deleted": "삭제된 기록 보기",
    "The case log of Korea's overseas patent officers.": "해외 지식재산 담당관의 사건 기록부",
    "{shown} of {total}": "{total}건 중 {shown}건",
}

_language = "ko"


def use_language(lang: str) -> None:
    global _language
    _language = "ko" if lang == "ko" else "en"


def tr(text: str) -> str:
    return KOREAN.get(text, text) if _language == "ko" else text
