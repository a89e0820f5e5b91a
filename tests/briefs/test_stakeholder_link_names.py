"""Names in links, split in two, across a line break, in e-mail addresses and file names
(issue s27, leak-edges).

A link's query ``?q=%ED%95%9C%EB%B9%9B%EB%B0%B0%ED%84%B0%EB%A6%AC`` (or
``?q=Hanbit+Battery``) is the protected name for a reader who clicks it: it is replaced
(percent-encoded, so that the link still opens, on the alias) and the final check finds
it. A name of fewer than eight letters split in two whole words ("Vi sion", "Nov a") is
refused; written across a line break too. The written files are read back with
pdftotext, openpyxl and the HWPX's XML (``readings``) and decoded as a reader decodes
them, percent-encoding included.
"""

from __future__ import annotations

import re
import urllib.parse

import pytest
from brief_fixture import _add
from test_stakeholder_leaks import needs_poppler, readings
from test_stakeholder_names import DAY, DISGUISED, _matcher, _pack, _replace, disguised, seen

from officer_desk.briefs.guard import LeakGuard, LeakRefused
from officer_desk.briefs.protect import Matcher, iter_forms
from officer_desk.briefs.reader_view import reader_view
from officer_desk.domain.kinds import TREND_NOTES
from officer_desk.services.leak_screen import LeakScreen

__all__ = ["disguised"]  # the fixture, used here

HANBIT_KO = "%ED%95%9C%EB%B9%9B%EB%B0%B0%ED%84%B0%EB%A6%AC"  # 한빛배터리, percent-encoded


def clicked(text: str) -> str:
    """What a reader reads after following the links: percent-encoding decoded too."""
    return seen(urllib.parse.unquote_plus(text))


# -- the reader's view --------------------------------------------------------------------


@pytest.mark.parametrize("text, view", [
    (f"https://example.com/search?q={HANBIT_KO}", "https://example.com/search?q=한빛배터리"),
    ("https://example.com/search?q=Hanbit+Battery&x=1",
     "https://example.com/search?q=Hanbit Battery&x=1"),
    ("/files/Hanbit%20Battery.pdf", "/files/Hanbit Battery.pdf"),
    ("twice: %25ED%2595%259C%25EB%25B9%259B", "twice: 한빛"),
    # a domain name in punycode, as the browser shows it
    ("https://xn--oy2b19bt7b9w7arye.kr/about", "https://한빛배터리.kr/about"),
    ("mail@XN--OY2B19BT7B9W7ARYE.KR", "mail@한빛배터리.KR"),
    # not UTF-8, not punycode, or not in a link's query: as written
    ("xn--zz-", "xn--zz-"),
    ("growth 100%AB and 5%", "growth 100%AB and 5%"),
    ("1+1 is two? yes", "1+1 is two? yes"),
])
def test_the_reader_view_decodes_percent_encoding(text, view):
    got = reader_view(text)
    assert got.text == view
    # each character of the view stands for the bytes it was written with
    if got.spans is not None and "한" in view and "%" in text:
        at = view.index("한")
        start, end = got.original(at, at + 1)
        assert urllib.parse.unquote(urllib.parse.unquote(text[start:end])) == "한"


# -- links ---------------------------------------------------------------------------------


def _hanbit() -> Matcher:
    return _matcher("한빛배터리", "Hanbit Battery", "Vision")


@pytest.mark.parametrize("text, alias, replaced", [
    (f"see https://example.com/search?q={HANBIT_KO} now", "기업 A",
     "see https://example.com/search?q=%EA%B8%B0%EC%97%85+A now"),
    # the particle after it fits the letter, encoded with it
    (f"https://x.kr/s?q={HANBIT_KO}%EC%9D%80&p=2", "기업 A",
     "https://x.kr/s?q=%EA%B8%B0%EC%97%85+A%EB%8A%94&p=2"),
    ("https://example.com/search?q=Hanbit+Battery", "Company A",
     "https://example.com/search?q=Company+A"),
    ("(https://www.example.com/files/Hanbit%20Battery.pdf)", "Company A",
     "(https://www.example.com/files/Company%20A.pdf)"),
    ("https://example.com/?q=vision+lab and Vision", "Company A",
     "https://example.com/?q=Company+A+lab and Company A"),
    # the host itself: no space, no percent-encoding there (the words joined by hyphens)
    ("https://xn--oy2b19bt7b9w7arye.kr/about", "기업 A", "https://기업-A.kr/about"),
    ("(https://hanbitbattery.kr/x?q=1)", "Company A", "(https://Company-A.kr/x?q=1)"),
    ("https://www.hanbit-battery.kr/", "Company A", "https://www.Company-A.kr/"),
    # an e-mail address stays one word: no "A@example.com" is left to be mailed
    ("mail hanbit.battery@example.com", "Company A", "mail Company-A@example.com"),
    ("mailto:info@hanbitbattery.kr", "기업 A", "mailto:info@기업-A.kr"),
])
def test_a_name_in_a_link_is_replaced_and_the_link_still_opens(text, alias, replaced):
    matcher = _hanbit()
    assert matcher.find(text), "the final check finds the name in the link"
    assert _replace(matcher, text, alias) == replaced
    assert matcher.find(replaced) == []


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_name_in_a_host_or_an_address_leaves_one_word_in_every_written_file(
        disguised, tmp_path, lang):
    _add(disguised.desk, TREND_NOTES, "US", {
        "title_en": "Hosts", "category": "court_ruling", "noted_on": DAY,
        "body": "See https://www.hanbitsemi.co.kr/news?id=3 or write to ir@hanbitsemi.co.kr.",
        "significance": "high", "sensitivity": "public"})
    # (HanbitSemi is a protected name of the ``disguised`` fixture)
    result = _pack(disguised, tmp_path / "stakeholder", "stakeholder", lang)
    alias = "company-c" if lang == "en" else "기업-c"
    texts = {k: seen(v) for k, v in readings(result).items()}
    for part in ("xlsx", "hwpx"):
        assert f"see https://www.{alias}.co.kr/news?id=3 or write to ir@{alias}.co.kr." \
            in texts[part], part
    for part, text in texts.items():
        assert "hanbitsemi" not in text, part
        assert "c.co.kr" not in text.replace(f"{alias}.co.kr", ""), part


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_names_in_links_and_hyphenated_at_a_line_end_are_not_in_any_written_file(
        disguised, tmp_path, lang):
    _add(disguised.desk, TREND_NOTES, "US", {
        "title_en": "Search results", "category": "court_ruling", "noted_on": DAY,
        "body": f"Results: https://example.com/search?q={urllib.parse.quote('한빛반도체')} "
                "and https://example.com/search?q=Hanbit+Semi.\nThe company Vi-\nsion appealed.",
        "significance": "high", "sensitivity": "public"})
    # (한빛반도체 / HanbitSemi and Vision are protected names of the ``disguised`` fixture)
    internal = {k: clicked(v) for k, v in readings(
        _pack(disguised, tmp_path / "internal", "internal", lang)).items()}
    assert "한빛반도체" in internal["xlsx"] and "q=hanbit semi" in internal["xlsx"]
    assert "vi-" in internal["xlsx"]
    result = _pack(disguised, tmp_path / "stakeholder", "stakeholder", lang)
    for part, text in readings(result).items():
        text = clicked(text)
        for name, pattern in DISGUISED.items():
            assert re.search(pattern, text) is None, f"{name} in the stakeholder {part}"
        assert re.search(r"vi-\s*sion", text) is None, part
    alias = "company" if lang == "en" else "기업"
    xlsx = clicked(readings(result)["xlsx"])
    assert f"https://example.com/search?q={alias} c and https://example.com/search?q=" \
           f"{alias} c." in xlsx
    assert f"the company {alias} d appealed." in xlsx


# -- names split in two ------------------------------------------------------------------


@pytest.mark.parametrize("text, found", [
    ("Vi sion appealed", "Vision"),
    ("VI SION", "Vision"),
    ("Visi on", "Vision"),
    ("Vi-sion", "Vision"),
    ("Vi-\nsion", "Vision"),
    ("Vi\nsion", "Vision"),
    ("Nov a filed", "Nova"),
    ("R&D <Nov a>", "R&D <Nova>"),
    ("Ato ne", "Atone"),
])
def test_a_short_name_split_in_two_is_refused(text, found):
    matcher = _matcher("Vision", "Nova", "R&D <Nova>", "Atone")
    assert found in [f.text for f in matcher.find(text)]
    # and the quick screen of the calendar and the analysis database lets it through
    assert LeakScreen(matcher).may_hold(text)


@pytest.mark.parametrize("text", [
    "This vision of the market is shared by his vision group.",
    "No vast change: revisions to the division's supervision, an innovation.",
    "Visitors shared his vision; is ion exchange a novelty?",
    "The battery makers met the semiconductor and bio companies in Seoul.",
])
def test_ordinary_sentences_are_not_refused(text):
    """Two words are the name only when together they are the name's word: "this vision"
    holds no "vis ion", "his vision" no "Hisvi"."""
    matcher = _matcher("Sion", "Visio", "Hisvi", "Novas", "Isvis",
                       "Hanbit Battery", "Eunha Bio", "한빛배터리")
    assert matcher.find(text) == []
    assert _replace(matcher, text) == text


def test_the_fixture_companies_are_not_found_in_ordinary_sentences(disguised):
    guard = LeakGuard.for_desk(disguised.desk)
    for text in ("The division supervision sets the revision of this plan; envision it.",
                 "Innovation in supernova research; Nov. a report; no va cancy.",
                 "Battery and semiconductor makers; bio startups; R&D budgets."):
        assert guard.matcher.find(text) == [], text


def test_a_hyphen_at_a_line_end_is_replaced_other_splits_are_left_to_the_check():
    matcher = _matcher("Vision")
    assert _replace(matcher, "Lab of Vi-\nsion and Visi-\r\non.") == \
        "Lab of Company A and Company A."
    # two words may be two words: left as written, and refused by the final check
    assert _replace(matcher, "Vi sion") == "Vi sion"


def test_a_split_name_refuses_the_edition_naming_the_record(disguised, tmp_path):
    _add(disguised.desk, TREND_NOTES, "US", {
        "title_en": "Split name", "category": "court_ruling", "noted_on": DAY,
        "body": "Vi sion appealed.", "significance": "high", "sensitivity": "public"})
    with pytest.raises(LeakRefused) as refused:
        _pack(disguised, tmp_path / "out", "stakeholder", "en")
    message = str(refused.value)
    assert "«Vision»" in message and "«Split name»" in message, message
    assert "비전테크" in refused.value.message("ko")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# -- line breaks, e-mail addresses, file names --------------------------------------------


@pytest.mark.parametrize("text, found", [
    ("R&D\n<Nova> filed", "R&D <Nova>"),
    ("LS \r\n Corp. filed", "LS Corp."),
    ("Hanbit\nBattery", "Hanbit Battery"),
    ("한빛\n배터리", "한빛배터리"),
    ("write to hanbit.battery@example.com", "Hanbit Battery"),
    ("vision@example.com", "Vision"),
    ("Hanbit_Battery_complaint.pdf", "Hanbit Battery"),
    ("HanbitBattery-complaint.pdf", "Hanbit Battery"),
    ("%ED%95%9C%EB%B9%9B%EB%B0%B0%ED%84%B0%EB%A6%AC.pdf", "한빛배터리"),
])
def test_line_breaks_addresses_and_file_names_are_found(text, found):
    matcher = Matcher([*(f for n, name in enumerate(
        ("R&D <Nova>", "LS Corp.", "Hanbit Battery", "한빛배터리", "Vision"))
        for f in iter_forms([(name, "name")], f"c{n}"))])
    assert found in [f.text for f in matcher.find(text)]
    assert LeakScreen(matcher).may_hold(text)


def test_a_line_break_inside_a_name_is_not_joined_by_the_replacing():
    """A list of one item a line is not one name: the replacing leaves it, and the final
    check refuses it."""
    matcher = _matcher("LS Corp.")
    assert _replace(matcher, "LS\nCorp.") == "LS\nCorp."
    assert [f.text for f in matcher.find("LS\nCorp.")] == ["LS Corp."]
    assert _replace(matcher, "mail ls.corp@example.com") == "mail Company-A@example.com"
