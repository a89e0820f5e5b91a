"""A name followed by a trade-mark sign: "Hanbit Semi™" (issue s28).

The reader's view is NFKC, which spells "™" as the letters "TM" glued to the word before
it: "HanbitSemi™" read "HanbitSemiTM", a word that is no name, so the replacing left it
and the final check refused the whole edition; in a note about a squatted mark the sign
follows the brand as a rule. The view keeps "™" and "℠" as the signs a reader sees, and
the name before them is replaced. Read back with pdftotext, openpyxl and the HWPX's XML.
"""

from __future__ import annotations

import pytest
from brief_fixture import _add
from test_stakeholder_leaks import needs_poppler, readings
from test_stakeholder_names import DAY, _matcher, _pack, _replace, disguised, seen

from officer_desk.briefs.reader_view import reader_view
from officer_desk.domain.kinds import TREND_NOTES

__all__ = ["disguised"]  # the fixture, used here


@pytest.mark.parametrize("text, replaced", [
    ("Hanbit Semi™ goods", "Company A™ goods"),
    ("HanbitSemi™", "Company A™"),
    ("Vision℠ and Vision® marks", "Company A℠ and Company A® marks"),
    ("한빛반도체™의 상표", "Company A™의 상표"),
    ("ＨａｎｂｉｔＳｅｍｉ™", "Company A™"),
])
def test_a_name_before_a_trade_mark_sign_is_replaced(text, replaced):
    matcher = _matcher("HanbitSemi", "한빛반도체", "Vision")
    assert matcher.find(text), "the final check finds the name"
    assert _replace(matcher, text) == replaced
    assert matcher.find(replaced) == []


def test_the_view_keeps_the_sign_and_folds_the_rest():
    assert reader_view("Ｈａｎｂｉｔ™ ＴＭ").text == "Hanbit™ TM"


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_trade_mark_sign_does_not_refuse_the_edition(disguised, tmp_path, lang):
    _add(disguised.desk, TREND_NOTES, "US", {
        "title_en": "Squatted marks", "category": "court_ruling", "noted_on": DAY,
        "body": "HanbitSemi™ goods were detained; 한빛반도체™는 이의신청했다.",
        "significance": "high", "sensitivity": "public"})
    result = _pack(disguised, tmp_path / "stakeholder", "stakeholder", lang)
    texts = {k: seen(v) for k, v in readings(result).items()}
    alias = "company c" if lang == "en" else "기업 c"
    for part in ("xlsx", "hwpx"):
        assert f"{alias}tm goods were detained; {alias}tm는 이의신청했다." in texts[part], part
    for part, text in texts.items():
        assert "hanbitsemi" not in text and "한빛반도체" not in text, part


@pytest.mark.parametrize("text, replaced", [
    ("Hanbit™Semi", True),
    ("the ℠HanbitSemi line", True),
    ("한빛™반도체", False),  # broken where the name does not break: refused (loose.py)
])
def test_the_final_check_reads_a_sign_as_a_sign(text, replaced):
    """Found by fuzzing the replacing against the final check: the replacing took
    "Hanbit™Semi" for the name, the final check (in text reduced to letters: "hanbittmsemi")
    did not; it must find at least what the replacing replaces."""
    from officer_desk.services.leak_screen import LeakScreen

    matcher = _matcher("HanbitSemi", "한빛반도체")
    assert matcher.find(text)
    assert LeakScreen(matcher).may_hold(text)
    assert (matcher.find(_replace(matcher, text)) == []) == replaced
