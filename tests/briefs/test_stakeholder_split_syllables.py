"""A company name of two Hangul (or Han) characters written as two words: "한 빛" for 한빛
(issue s28).

Neither the replacing nor the final check used to find it, so the stakeholder edition
printed the name. The final check finds it now and refuses the edition, saying where;
the replacing leaves it, because two one-character words are often ordinary Korean ("이
수는", this number, for a company called 이수) and changing them would change the
officer's sentence without a word (docs/briefs.md). Written together, the name is
replaced as before. The written files are read back with pdftotext, openpyxl and the
HWPX's XML.
"""

from __future__ import annotations

import pytest
from brief_fixture import _add
from test_stakeholder_leaks import needs_poppler, readings
from test_stakeholder_names import DAY, _matcher, _pack, _replace, disguised, seen

from officer_desk.briefs.guard import LeakRefused
from officer_desk.domain.kinds import COMPANIES, DISPUTES, TREND_NOTES
from officer_desk.services.leak_screen import LeakScreen

__all__ = ["disguised"]  # the fixture, used here


@pytest.mark.parametrize("text", [
    "한 빛은 항소했다",
    "소송: 한 빛",
    "한  빛이 대응했고",
    "한·빛의 제품",
    "한-빛 측은",
    "(한 빛)",
    "三 星",
])
def test_a_two_character_name_written_as_two_words_is_found(text):
    matcher = _matcher("한빛", "三星")
    assert [f.text for f in matcher.find(text)] in (["한빛"], ["三星"])
    # the quick screen of the calendar and the analysis database lets it through
    assert LeakScreen(matcher).may_hold(text)
    # and it is not replaced: the officer rewrites it (two words may be two words)
    assert _replace(matcher, text) == text


@pytest.mark.parametrize("text", [
    "한 빛깔의 옷",       # 빛깔 is another word
    "큰 빛이 보였다",
    "한\n빛",              # a list of one item a line
    "대한 빛",             # 대한 is not the first character alone
    "한 번 빛을 봤다",
])
def test_other_words_are_not_the_name(text):
    matcher = _matcher("한빛")
    assert matcher.find(text) == [], text


def _company_hanbit(brief, body: str) -> str:
    company = _add(brief.desk, COMPANIES, "US", {
        "name_ko": "한빛", "name_en": "Hanbitt", "size": "sme", "sensitivity": "public"})
    _add(brief.desk, DISPUTES, "US", {
        "title_ko": "상표 분쟁", "title_en": "Trademark dispute", "company_id": company,
        "ip_type": "trademark", "dispute_kind": "opposition", "opened_on": DAY,
        "sensitivity": "public"})
    return _add(brief.desk, TREND_NOTES, "US", {
        "title_ko": "이의신청 동향", "title_en": "Oppositions", "category": "court_ruling",
        "noted_on": DAY, "body": body, "significance": "high", "sensitivity": "public"})


@needs_poppler
def test_the_name_written_as_two_words_refuses_the_edition(disguised, tmp_path):
    _company_hanbit(disguised, "한 빛은 이의신청에 항소했다.")
    internal = readings(_pack(disguised, tmp_path / "internal", "internal", "ko"))
    assert "한 빛은" in seen(internal["xlsx"])
    out = tmp_path / "refused"
    with pytest.raises(LeakRefused) as refused:
        _pack(disguised, out, "stakeholder", "ko")
    assert "«한빛»" in refused.value.message("ko")
    assert "이의신청 동향" in refused.value.message("en")  # the record, as printed
    assert not out.exists() or not any(out.iterdir())


@needs_poppler
def test_the_name_written_together_is_replaced_in_every_file(disguised, tmp_path):
    _company_hanbit(disguised, "한빛은 이의신청에 항소했다.")
    result = _pack(disguised, tmp_path / "written", "stakeholder", "ko")
    texts = {k: seen(v) for k, v in readings(result).items()}
    assert {"pdf", "xlsx", "hwpx"} <= texts.keys()
    for part, text in texts.items():
        assert "한빛" not in text and "한 빛" not in text, part
    for part in ("pdf", "xlsx", "hwpx"):
        assert "는 이의신청에 항소했다." in texts[part], part
