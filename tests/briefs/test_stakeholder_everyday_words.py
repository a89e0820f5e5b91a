"""A short company name that two everyday words spell: "at one" for a company called
Atone (issue s28).

The final check refuses a short name split in two ("Vi sion"), and used to refuse "at
one" as well: every stakeholder edition saying "at one o'clock" was refused while such a
company was in the database, though no reader reads the name there. Two everyday words
in lower case (``briefs.common_words``) are two words now; a split with a capital, a
hyphen or a piece that is no everyday word is still refused. The written files are read
back with pdftotext, openpyxl and the HWPX's XML.
"""

from __future__ import annotations

import pytest
from brief_fixture import _add
from test_stakeholder_leaks import needs_poppler, readings
from test_stakeholder_names import DAY, _matcher, _pack, _replace, disguised, seen

from officer_desk.domain.kinds import COMPANIES, DISPUTES, TREND_NOTES

__all__ = ["disguised"]  # the fixture, used here


@pytest.mark.parametrize("text", [
    "We meet at one o'clock.",
    "At one point the court stayed it.",
    "a part of the claim",
    "The hearing is at\none.",
])
def test_two_everyday_words_are_not_the_name(text):
    matcher = _matcher("Atone", "Apart")
    assert matcher.find(text) == [], text
    assert _replace(matcher, text) == text


@pytest.mark.parametrize("text, found", [
    ("At One filed an IPR", "Atone"),   # capitals: read as the name
    ("at-one", "Atone"),                # a hyphen joins
    ("Ato ne", "Atone"),
    ("Nov a filed", "Nova"),           # "nov" is no everyday word
    ("Vi sion appealed", "Vision"),
])
def test_other_splits_are_still_refused(text, found):
    matcher = _matcher("Atone", "Nova", "Vision")
    assert found in [f.text for f in matcher.find(text)]


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_company_called_atone_does_not_refuse_at_one(disguised, tmp_path, lang):
    company = _add(disguised.desk, COMPANIES, "US", {
        "name_ko": "어톤", "name_en": "Atone", "size": "sme", "sensitivity": "public"})
    _add(disguised.desk, DISPUTES, "US", {
        "title_ko": "특허 분쟁", "title_en": "Patent dispute", "company_id": company,
        "ip_type": "patent", "dispute_kind": "infringement_suit", "opened_on": DAY,
        "sensitivity": "public"})
    _add(disguised.desk, TREND_NOTES, "US", {
        "title_en": "Hearing", "category": "court_ruling", "noted_on": DAY,
        "body": "The hearing starts at one o'clock; Atone filed.", "significance": "high",
        "sensitivity": "public"})
    result = _pack(disguised, tmp_path / "stakeholder", "stakeholder", lang)
    texts = {k: seen(v) for k, v in readings(result).items()}
    alias = "company" if lang == "en" else "기업"
    for part in ("pdf", "xlsx", "hwpx"):
        assert "the hearing starts at one o'clock; " + alias in texts[part], part
    for part, text in texts.items():
        assert "atone" not in text, part
