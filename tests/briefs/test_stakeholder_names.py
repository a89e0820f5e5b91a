"""Names of companies that have not agreed to be named, written so that a plain search
misses them, in the stakeholder edition (issue s27).

A name HTML-escaped (``R&amp;D &lt;Nova&gt;``, ``&#54620;&#48731;…``), with a zero-width
space inside, in full-width letters, spaced out (``한 빛 반 도 체``) or run together
(``Hanbit Semi`` for ``HanbitSemi``) is replaced like the plain name, with the same
letter, and the Korean particle after it fits the letter. The written files are read
back with programs that are not the writers (pdftotext, openpyxl, the HWPX's XML parts
and hwp-hwpx-parser) and decoded as a reader would decode them (entities, NFKC,
invisible characters): the names are in the internal edition and not in the stakeholder
one.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from pathlib import Path

import pytest
from brief_fixture import GENERATED_AT, _add
from click.testing import CliRunner
from test_stakeholder_leaks import needs_poppler, readings

from officer_desk.briefs.content import build_content
from officer_desk.briefs.pack import write_pack
from officer_desk.briefs.protect import Matcher, iter_forms
from officer_desk.briefs.selection import BriefSelection
from officer_desk.cli import cli
from officer_desk.domain.kinds import COMPANIES, DISPUTES, TREND_NOTES

DAY = dt.date(2026, 3, 12)

#: A public trend note naming the three companies in disguise.
BODY_EN = (
    "R&amp;D &lt;Nova&gt; lost at the PTAB. &#54620;&#48731;&#48152;&#46020;&#52404; "
    "appealed; Hanbit Semi and Han\u200bbitSemi are one. ＨａｎｂｉｔＳｅｍｉ too. "
    "Computer vision research, division and revisions are words."
)
BODY_KO = (
    "&#54620;&#48731;&#48152;&#46020;&#52404;는 항소했고 한 빛 반 도 체가 대응했다. "
    "R&amp;D &lt;Nova&gt;은 Hanbit Semi과 협의 중이다."
)


def _company(brief, post: str, **values: object) -> str:
    return _add(brief.desk, COMPANIES, post, {"size": "sme", "sensitivity": "public",
                                               **values})


@pytest.fixture
def disguised(brief):
    """The fixture desk with three companies that have not agreed to be named, each
    with a public dispute in the period, and a public trend note naming them disguised."""
    ids = brief.ids
    ids["c_nova"] = _company(brief, "US", name_ko="알앤디노바", name_en="R&D <Nova>")
    ids["c_semi"] = _company(brief, "US", name_ko="한빛반도체", name_en="HanbitSemi")
    ids["c_vision"] = _company(brief, "US", name_ko="비전테크", name_en="Vision")
    for n, company in enumerate(("c_nova", "c_semi", "c_vision"), start=1):
        _add(brief.desk, DISPUTES, "US", {
            "title_ko": "특허 분쟁", "title_en": "Patent dispute", "company_id": ids[company],
            "ip_type": "patent", "dispute_kind": "infringement_suit",
            "opened_on": DAY + dt.timedelta(days=n), "sensitivity": "public"})
    ids["t_disguised"] = _add(brief.desk, TREND_NOTES, "US", {
        "title_ko": "한 빛 반 도 체 동향", "title_en": "Hanbit Semi and R&amp;D &lt;Nova&gt;",
        "category": "court_ruling", "noted_on": DAY, "body": BODY_EN,
        "implications": BODY_KO, "significance": "high", "sensitivity": "public"})
    return brief


def _content(brief, lang: str, edition: str = "stakeholder"):
    return build_content(brief.desk, BriefSelection(
        conference_id=brief.ids["k_current"], edition=edition, lang=lang),
        today=brief.today, generated_at=GENERATED_AT)


def seen(text: str) -> str:
    """What a reader reads: entities decoded (twice-escaped too), NFKC (full-width letters
    folded), invisible format characters dropped, white space and case ignored."""
    for _ in range(3):
        text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split()).casefold()


#: How a reader finds each disguised name (in text decoded by ``seen``).
DISGUISED = {
    "R&D <Nova>": r"r\s*&\s*d\s*<\s*nova",
    "HanbitSemi": r"hanbit\s*semi",
    "한빛반도체": r"한\s*빛\s*반\s*도\s*체",
    "Vision": r"(?<![a-z])vision(?![a-z])",
}


def _pack(brief, out: Path, edition: str, lang: str):
    selection = BriefSelection(conference_id=brief.ids["k_current"], edition=edition,
                               lang=lang, brief_number="2026-2")
    return write_pack(brief.desk, selection, out, ("pdf", "xlsx", "hwpx"),
                      today=brief.today, generated_at=GENERATED_AT)


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_disguised_names_are_replaced_in_every_written_file(disguised, tmp_path, lang):
    internal = {k: seen(v) for k, v in readings(
        _pack(disguised, tmp_path / "internal", "internal", lang)).items()}
    result = _pack(disguised, tmp_path / "stakeholder", "stakeholder", lang)
    stakeholder = {k: seen(v) for k, v in readings(result).items()}
    assert {f.format for f in result.files} == {"pdf", "xlsx", "hwpx"}
    for name, pattern in DISGUISED.items():
        assert re.search(pattern, internal["pdf"]) and re.search(pattern, internal["xlsx"]), \
            f"the internal edition lacks {name}"
        for part, text in stakeholder.items():
            found = re.search(pattern, text)
            assert found is None, f"{name} in the stakeholder {part}: " \
                f"…{text[max(found.start() - 60, 0):found.end() + 60]}…"
    alias = "company" if lang == "en" else "기업"
    for part in ("pdf", "xlsx", "hwpx"):
        text = stakeholder[part]
        # the same letter for every spelling of one company, the particle fitting it
        assert f"{alias} b lost at the ptab. {alias} c appealed; {alias} c and {alias} c " \
               f"are one. {alias} c too. computer {alias} d research, division and " \
               "revisions are words." in text, part
        assert f"{alias} c는 항소했고 {alias} c가 대응했다. {alias} b는 {alias} c와 협의 " \
               "중이다." in text, part


def test_the_text_is_replaced_where_it_was_disguised_and_kept_elsewhere(disguised):
    """Only the disguised name is replaced: entities and full-width letters elsewhere in
    the text stay as the officer wrote them."""
    desk = disguised.desk
    _add(desk, TREND_NOTES, "US", {
        "title_en": "Q&amp;A — ＡＢＣ", "category": "court_ruling", "noted_on": DAY,
        "body": "Tom &amp; Jerry met R&amp;D&#32;&lt;Nova&gt;&#44;ＡＢＣ",
        "significance": "high", "sensitivity": "public"})
    note = next(i for i in _content(disguised, "en").trends.items
                if i.heading == "Q&amp;A — ＡＢＣ")
    assert note.body == "Tom &amp; Jerry met Company B&#44;ＡＢＣ"


def test_the_edition_is_written_where_it_used_to_be_refused(disguised):
    """Spaced out and run together names used to be found only by the final check, which
    refused the whole edition: they are replaced now, and the check passes."""
    for lang in ("en", "ko"):
        content = _content(disguised, lang)
        content.guard.check_content(content)  # raises LeakRefused if a name is left


@pytest.mark.parametrize("text, replaced", [
    ("R&amp;D &lt;Nova&gt;는 항소", "기업 A는 항소"),
    ("R&amp;amp;D &amp;lt;Nova&amp;gt; appealed", "기업 A appealed"),  # escaped twice
    ("R&#38;D&#x20;&#60;Nova&#62;와", "기업 A와"),
    ("&#54620;&#48731;&#48152;&#46020;&#52404;은 항소", "기업 A는 항소"),
    ("&#xD55C;&#xBE5B;반도체을", "기업 A를"),
    # decomposed Hangul (the particle, fitting, stays as written)
    (unicodedata.normalize("NFD", "한빛반도체는"), "기업 A" + unicodedata.normalize("NFD", "는")),
    (unicodedata.normalize("NFD", "한빛반도체을"), "기업 A를"),
    ("한\u200b빛\u00ad반도체가, ＨａｎｂｉｔＳｅｍｉ와", "기업 A가, 기업 A와"),
    ("Hanbit\u200dSemi\ufe0f and Hanbit\u2060Semi", "기업 A and 기업 A"),
    ("Tom &amp; Jerry &#44608;밥", "Tom &amp; Jerry &#44608;밥"),  # nothing to replace
])
def test_a_name_is_replaced_as_the_reader_reads_it(text, replaced):
    matcher = _matcher("R&D <Nova>", "한빛반도체", "HanbitSemi")
    assert _replace(matcher, text, "기업 A") == replaced
    assert matcher.find(text) == [] if text == replaced else matcher.find(text)
    assert matcher.find(replaced) == []


# -- the loose match damages no other word ----------------------------------------------


def _matcher(*names: str) -> Matcher:
    return Matcher([*(f for n, name in enumerate(names)
                      for f in iter_forms([(name, "name")], f"c{n}")),
                    *iter_forms([("Company A", "kept"), ("기업 A", "kept")], None)])


def _replace(matcher: Matcher, text: str, alias: str = "Company A") -> str:
    return matcher.replace(text, lambda form: alias)


def test_a_short_name_in_a_list_of_single_letters_is_left_alone():
    matcher = _matcher("SK", "ABC")
    assert _replace(matcher, "options A B S K, X A B C D") == "options A B S K, X A B C D"
    assert matcher.find("options A B S K, X A B C D") == []


@pytest.mark.parametrize("text, replaced", [
    # a common word as a name: hidden wherever it is a whole word (docs/briefs.md)
    ("Computer vision; Vision's suit; division, revisions, envision, TV is ion.",
     "Computer Company A; Company A's suit; division, revisions, envision, TV is ion."),
    ("VISION and Vi-sion", "Company A and Vi-sion"),
    # spelt out letter by letter: the name (a list of single letters is left alone)
    ("V i s i o n lab, V.I.S.I.O.N., options A B C D", "Company A lab, Company A., "
     "options A B C D"),
])
def test_a_common_word_name_hides_whole_words_only(text, replaced):
    matcher = _matcher("Vision")
    assert _replace(matcher, text) == replaced
    assert matcher.find(replaced.replace("Vi-sion", "")) == []
    if "V i s" in text:  # the final check finds the spelt-out name too
        assert [f.text for f in matcher.find("V i s i o n lab")] == ["Vision"]


@pytest.mark.parametrize("name, text, replaced", [
    ("HanbitSemi", "Hanbit Semi, hanbit-semi, HANBITSEMI, H a n b i t S e m i.",
     "Company A, Company A, Company A, Company A."),
    ("Hanbit Semi", "HanbitSemi filed", "Company A filed"),
    ("한빛반도체", "한 빛 반 도 체는 항소", "기업 A는 항소"),
    ("Gaon Confectionery", "GaonConfectionery와 계약", "Company A와 계약"),
    # broken where the name does not break: left alone here, refused by the final check
    ("Together Systems", "how to get her systems", "how to get her systems"),
    ("미래기술", "미래 기술 동향", "미래 기술 동향"),
    # run on into another word: not a whole word, left to the final check
    ("HanbitSemi", "hanbitsemikorea.net", "hanbitsemikorea.net"),
])
def test_spaced_out_or_run_together_names_are_replaced_only_as_whole_words(
        name, text, replaced):
    matcher = _matcher(name)
    alias = "기업 A" if replaced.startswith("기업") else "Company A"
    assert _replace(matcher, text, alias) == replaced
    # what is left alone is what the final check refuses (nothing slips through)
    assert bool(matcher.find(replaced)) == (text == replaced)


# -- Korean particles after the letter ----------------------------------------------------


@pytest.mark.parametrize("name, text, alias, replaced", [
    ("한빛", "한빛은 항소했다", "기업 A", "기업 A는 항소했다"),
    ("한빛", "한빛은 항소했다", "기업 L", "기업 L은 항소했다"),
    ("한빛", "한빛이 제기한", "기업 B", "기업 B가 제기한"),
    ("한빛", "한빛을 상대로", "기업 S", "기업 S를 상대로"),
    ("한빛", "한빛을 상대로", "기업 M", "기업 M을 상대로"),
    ("한빛", "한빛과 협의", "기업 F", "기업 F와 협의"),
    ("한빛", "한빛과 협의", "기업 N", "기업 N과 협의"),
    ("한빛", "한빛으로 보낸", "기업 A", "기업 A로 보낸"),
    ("한빛", "한빛으로 보낸", "기업 R", "기업 R로 보낸"),
    ("한빛", "한빛으로 보낸", "기업 M", "기업 M으로 보낸"),
    ("한빛", "한빛이며 중소기업", "기업 E", "기업 E며 중소기업"),
    ("한빛", "한빛이나 누리", "기업 X", "기업 X나 누리"),
    ("한빛", "한빛이었다", "기업 Z", "기업 Z였다"),
    ("누리", "누리는 이미", "기업 L", "기업 L은 이미"),
    ("누리", "누리가 제기", "기업 R", "기업 R이 제기"),
    ("누리", "누리를 상대로", "기업 N", "기업 N을 상대로"),
    ("누리", "누리와 협의", "기업 M", "기업 M과 협의"),
    ("누리", "누리로 보낸", "기업 L", "기업 L로 보낸"),
    ("누리", "누리의 상표", "기업 L", "기업 L의 상표"),
    ("누리", "누리에서는", "기업 R", "기업 R에서는"),
    ("Hanbit", "Hanbit은 항소", "Company A", "Company A는 항소"),
    ("Hanbit", "Hanbit이탈리아 법인", "기업 A", "기업 A이탈리아 법인"),
    ("Nuri", "Nuri 는 항소", "기업 L", "기업 L 는 항소"),  # not directly after: as written
    ("2:26-cv-00123", "2:26-cv-00123은 기각", "[사건번호 비공개]", "[사건번호 비공개]는 기각"),
])
def test_the_particle_after_a_replaced_name_fits_the_letter(name, text, alias, replaced):
    matcher = Matcher(iter_forms([(name, "case_number" if ":" in name else "name")], "c"))
    assert matcher.replace(text, lambda form: alias) == replaced


# -- the refusal when a tag of the selection names a company -----------------------------


def test_a_tag_naming_a_company_is_refused_with_advice_about_the_tag(disguised, tmp_path):
    desk = disguised.desk
    desk.conn.commit()
    args = ["brief", str(disguised.path), "--out", str(tmp_path / "out"), "--conference",
            disguised.ids["k_current"][:8], "--edition", "stakeholder", "--tags",
            "hanbitsemi,battery", "--today", "2026-04-15"]
    for lang, tag, advice, other in (
            ("en", "«hanbitsemi»", "Write the stakeholder edition without that tag",
             "Rewrite that text"),
            ("ko", "«hanbitsemi»", "그 태그를 빼고", "해당 글을 고쳐 쓰거나")):
        result = CliRunner().invoke(cli, ["--lang", lang, *args])
        assert result.exit_code == 1, result.output
        assert tag in result.output and advice in result.output, result.output
        assert other not in result.output  # nothing else names it: no record to rewrite
        assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    # the distribution naming the company
    result = CliRunner().invoke(cli, [*args[:-4], "--distribution", "KPAA, Hanbit Semi",
                                      "--today", "2026-04-15"])
    assert result.exit_code == 1
    assert "The distribution given for this pack" in result.output
    assert "Rewrite that text" not in result.output and "without that tag" not in result.output
    # a record's own text naming the company as well: both pieces of advice
    _add(desk, TREND_NOTES, "US", {
        "title_en": "Squatted: hanbitsemikorea.net", "category": "court_ruling",
        "noted_on": DAY, "tags": ["hanbitsemi"], "sensitivity": "public"})
    desk.conn.commit()
    result = CliRunner().invoke(cli, ["--lang", "en", *args])
    assert result.exit_code == 1
    assert "without that tag" in result.output and "Rewrite that text" in result.output
