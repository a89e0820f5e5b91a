"""A company whose name is the name of an HTML entity ("AMP", "LT", "Copy") (issue s28).

The final check also searches the text as written, and found "amp" of ``R&amp;D`` there:
a company called AMP refused every stakeholder edition whose text held an escaped "&",
though no reader reads a word in an entity. Entities written whole (with their ";") are
decoded for that search now; the name written anywhere else is still found and
replaced. The written files are read back with pdftotext, openpyxl and the HWPX's XML.
"""

from __future__ import annotations

import re

import pytest
from brief_fixture import _add
from test_stakeholder_leaks import needs_poppler, readings
from test_stakeholder_names import DAY, _matcher, _pack, _replace, disguised, seen

from officer_desk.domain.kinds import COMPANIES, DISPUTES, TREND_NOTES
from officer_desk.services.leak_screen import LeakScreen

__all__ = ["disguised"]  # the fixture, used here


@pytest.mark.parametrize("text", [
    "R&amp;D budget",
    "R&AMP;D budget",
    "Q&amp;amp;A, twice escaped",
    "a &lt;b&gt; tag and &copy; 2026",
    "&#65;&#77;&#80;",  # "AMP" as numeric references: a reader of the decoded text reads AMP
])
def test_an_entity_is_not_the_company_it_spells(text):
    matcher = _matcher("AMP", "LT", "Copy")
    found = [f.text for f in matcher.find(text)]
    if text.startswith("&#65;"):
        assert found == ["AMP"]
        assert _replace(matcher, text) == "Company A"
    else:
        assert found == [], text
        assert _replace(matcher, text) == text


@pytest.mark.parametrize("text, found", [
    ("AMP filed an IPR; R&amp;D", "AMP"),
    ("&ampere",  "Ampere"),  # no ";": the reader sees "ampere"
    ("R&amp;D &lt;Nova&gt;", "R&D <Nova>"),
    ("the LT case", "LT"),
    # an entity standing for a letter does not glue itself to the name before it: a
    # reader of the text as written sees "Nova" (the reader's view reads "NovaA")
    ("Nova&#65; filed", "Nova"),
    ("Nova&eacute; filed", "Nova"),
    # and the quick screen of the calendar and the analysis database reads it so too
    ("Hanbit&#65;Semi", "HanbitSemi"),
])
def test_the_name_outside_an_entity_is_still_found(text, found):
    matcher = _matcher("AMP", "Ampere", "R&D <Nova>", "LT", "Nova", "HanbitSemi")
    assert found in [f.text for f in matcher.find(text)]
    assert LeakScreen(matcher).may_hold(text)


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_company_called_amp_does_not_refuse_escaped_text(disguised, tmp_path, lang):
    company = _add(disguised.desk, COMPANIES, "US", {
        "name_ko": "앰프", "name_en": "AMP", "size": "sme", "sensitivity": "public"})
    _add(disguised.desk, DISPUTES, "US", {
        "title_ko": "특허 분쟁", "title_en": "Patent dispute", "company_id": company,
        "ip_type": "patent", "dispute_kind": "infringement_suit", "opened_on": DAY,
        "sensitivity": "public"})
    _add(disguised.desk, TREND_NOTES, "US", {
        "title_en": "Budgets", "category": "court_ruling", "noted_on": DAY,
        "body": "R&amp;D and Q&amp;A budgets grew; AMP filed.", "significance": "high",
        "sensitivity": "public"})
    result = _pack(disguised, tmp_path / "stakeholder", "stakeholder", lang)
    raw = readings(result)
    alias = "company" if lang == "en" else "기업"
    for part in ("xlsx", "hwpx"):
        # as written: the entities stay, the name outside them is replaced
        assert re.search(rf"R&amp;D and Q&amp;A budgets grew; {alias} [A-Z] filed\.",
                         raw[part], re.IGNORECASE), part
    for part, text in raw.items():
        assert re.search(r"\bamp\b", seen(text).replace("&amp;", "")) is None, part
