"""The stakeholder rules' quick look (``leak_screen``) never changes what the full search
finds: on planted and hostile texts, the check with the screen refuses exactly as the
matcher alone does, with the same findings (issue 17: the analysis database's
stakeholder edition)."""

from __future__ import annotations

import random

import pytest

from officer_desk.briefs.guard import LeakRefused
from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.services import records
from officer_desk.services.leak_screen import LeakScreen
from officer_desk.services.stakeholder_text import StakeholderText

#: Companies that have not agreed to be named (Korean, English, brands, a domain…).
SECRET = [
    {"name_ko": "(주)한빛배터리", "name_en": "Hanbit Battery Co., Ltd.", "brn": "123-45-67891",
     "brands": ["HANBIT", "빛나리"], "domains": ["https://www.hanbit-cell.co.kr/x"]},
    {"name_ko": "가온제과", "name_en": "Gaon Confectionery", "former_names": ["가온식품"],
     "registration_numbers": ["KR 40-1234567"]},
    {"name_ko": "LS 산전", "name_en": "LS Corp.", "brands": ["Sion Materials"]},
    {"name_ko": "아라", "name_en": "Ara Korea Tech Co"},
    {"name_ko": "한 빛", "name_en": "Nuri"},
]
#: Texts holding them in the ways the matcher knows, and near misses.
PLANTED = [
    "한빛배터리가 미국에서 소송을 당함", "주식회사한빛배터리 측은", "신한빛배터리연구소",
    "HANBIT 배터리 리콜", "hanbit-cell 도메인", "www.hanbit-cell.co.kr/shop",
    "1234567891", "123-45-67891", "KR 40 1234567", "사건번호 2:24-cv-00123 진행",
    "gaonconfectionerykorea.net", "session materials", "Sion  Materials", "ｈａｎｂｉｔ",
    "㈜한빛배터리", "LS-Corp", "LS  corp", "pulse", "risk task", "아라비아", "아라의 입장",
    "Ara Korea Tech", "korea tech", "Nuri Semiconductor", "nuri", "한 빛", "한빛",
    "빛나리는", "가온식품에서", "가온", "Company A — SME", "기업 A", "", " ", "\u3000",
    "Hanbit\nBattery", "Hanbit Battery", "Voltaic Licensing LLC", "2026-01-27",
    "D2026-0127", "opened 2026-01-27",
]


@pytest.fixture
def protected(desk):
    for fields in SECRET:
        company, _ = records.create(desk, COMPANIES, {**fields, "consent_to_name": False})
        records.create(desk, DISPUTES, {
            "title_ko": "분쟁", "company_id": company.id, "ip_type": "patent",
            "dispute_kind": "infringement_suit", "case_number": "2:24-cv-00123",
            "opened_on": "2025-01-02"})
    records.create(desk, COMPANIES, {
        "name_ko": "누리반도체", "name_en": "Nuri Semiconductor", "consent_to_name": True,
        "sensitivity": "public"})
    return desk


def _hostile(seed: int, n: int) -> list[str]:
    """Texts spliced from pieces of the protected strings, noise and odd characters."""
    rng = random.Random(seed)
    pieces = [p for c in SECRET for v in c.values() for p in (v if isinstance(v, list) else [v])]
    pieces += ["의", "는", " ", "-", ".", "\n", "㈜", "ＬＳ", "주식회사", "x", "1", "가", "빛",
               "한", "ß", "İ", "\u0301", "\ufeff", "Company A"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 6)):
            piece = rng.choice(pieces)
            if rng.random() < 0.4 and len(piece) > 2:  # a fragment
                a = rng.randrange(len(piece))
                piece = piece[a:a + rng.randint(1, len(piece))]
            if rng.random() < 0.2:
                piece = piece.upper() if rng.random() < 0.5 else piece.swapcase()
            parts.append(piece)
        out.append(rng.choice(["", " ", "-", "  "]).join(parts))
    return out


def _findings(check, texts):
    try:
        check(texts)
    except LeakRefused as refused:
        return [(f.text, f.what, company, where) for f, company, where in refused.findings], \
            refused.total
    return [], 0


def test_the_screen_passes_every_text_the_matcher_finds_something_in(protected):
    st = StakeholderText(protected, "en")
    matcher = st.guard.matcher
    screen = LeakScreen(matcher)
    texts = PLANTED + _hostile(1, 4000)
    found = 0
    for text in texts:
        hits = matcher.find(text, strict=True)
        found += bool(hits)
        assert screen.may_hold(text) or not hits, (text, hits)
    assert found > 100  # the texts do hold protected strings: the test tests something
    # and it does screen: most noise is passed over
    assert sum(screen.may_hold(t) for t in ["평범한 회의 요약", "routine meeting notes",
                                            "2025-06-30", "특허 분쟁 진행 중"]) == 0


def test_the_check_refuses_with_the_same_findings_as_the_matcher_alone(protected):
    texts = PLANTED + _hostile(2, 1500)
    pairs = [((f"where {i}", f"위치 {i}"), t) for i, t in enumerate(texts)]
    old = StakeholderText(protected, "en")
    new = StakeholderText(protected, "en")
    before = _findings(lambda ts: old.guard.check_strings(
        ((lambda w=w: w), t) for w, t in ts), pairs)
    after = _findings(new.check, pairs)
    assert before[1] > 0 and after == before
    # one text at a time as well: every refusal, finding for finding
    for where, text in pairs[:400]:
        assert _findings(new.check, [(where, text)]) == _findings(
            lambda ts: old.guard.check_strings(((lambda w=w: w), t) for w, t in ts),
            [(where, text)]), text


def test_scrubbed_text_is_the_same_with_the_screen(protected):
    st = StakeholderText(protected, "en")
    for text in PLANTED + _hostile(3, 1500):
        if text:
            assert st.text(text) == st.guard.scrub(text, st._replacement), text


def test_the_screen_lets_through_what_the_reader_decodes():
    """Issue s27: a name HTML-escaped, with a zero-width space inside or spelt out letter
    by letter is looked at by the matcher (the screen must not wave it through)."""
    from officer_desk.briefs.protect import Matcher, iter_forms
    from officer_desk.services.leak_screen import LeakScreen

    matcher = Matcher(iter_forms([("R&D <Nova>", "name"), ("한빛반도체", "name"),
                                  ("Vision", "name")], "c1"))
    screen = LeakScreen(matcher)
    for text in ("R&amp;D &lt;Nova&gt; filed", "&#54620;&#48731;&#48152;&#46020;&#52404;는",
                 "Han\u200bbit 한\u200b빛반도체", "V i s i o n lab"):
        assert matcher.find(text), text
        assert screen.may_hold(text), text
    assert not screen.may_hold("Tom &amp; Jerry, options A B C")
