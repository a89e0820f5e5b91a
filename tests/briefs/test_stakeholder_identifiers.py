"""The stakeholder edition cannot identify a company that has not agreed to be named.

Every route by which the text of a pack used to identify such a company — a brand in a
title, a domain name, a case number in a title or a summary, a short name found inside
another word, a short name like "SK" — is shown here on written packs read back as a
reader would (pdftotext, openpyxl, the XML parts of the workbook, the manifest): the
pack either leaves the string out or is refused, saying where the string was found.
The internal edition of the same selection is read the same way and holds the strings,
so that their absence means something.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from brief_fixture import GENERATED_AT, _add
from test_stakeholder_leaks import needs_poppler, readings

from officer_desk.briefs import pack as pack_module
from officer_desk.briefs.content import Section, TextItem, build_content
from officer_desk.briefs.guard import LeakRefused
from officer_desk.briefs.pack import write_pack
from officer_desk.briefs.pdf import render_pdf
from officer_desk.briefs.selection import BriefSelection
from officer_desk.briefs.xlsx import render_xlsx
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import COMPANIES, DISPUTES, TREND_NOTES

#: Text of a public trend note that is about no company in particular.
NOTE = (
    "Risk assessment task force met at KOTRA; call +82-2-1234-5678 for the pulse survey. "
    "ARA counterfeits rose again. IPR2022-00998 was instituted and Inv. No. 337-TA-1315 "
    "goes on. SK and LS Corp. commented, SK's lawyers too. 아라의 상표, 아라비아 시장. "
    "Shop at gaonconfectionery.kr."
)

#: What must not be in a stakeholder pack, and a pattern that finds it as a reader would
#: (whole words for Latin text: "SK" is not in "risk").
PROTECTED = {
    "brand ARA": r"(?<![a-z0-9])ara(?![a-z0-9])",
    "brand 아라": r"아라(?!비아)",
    "name Ara Entertainment": r"ara\s*entertainment|아라엔터테인먼트",
    "domain gaonconfectionery.kr": r"gaonconfectionery",
    "name Gaon Confectionery": r"gaon\s*confectionery|가온제과",
    "case IPR2022-00998": r"ipr\s*2022[\s-]*00998",
    "case 337-TA-1315": r"337[\s-]*ta[\s-]*1315",
    "case UPC_CFI_671/2023": r"upc[\s_]*cfi[\s_]*671",
    "case CBP-2026-0042": r"cbp[\s-]*2026[\s-]*0042",
    "name SK": r"(?<![a-z0-9])sk(?:'s)?\s+(?:and|v\.|filed|lawyers|ipr)",
    "name LS Corp.": r"(?<![a-z0-9])ls\s*(?:corp|337|itc)",
    "name 에스케이": r"에스케이",
    "squatter's domain": r"gaonconfectionerykorea",
    "counterparty": r"redstone",
}

#: What stays: the same letters inside other words, a phone number, a Korean word.
KEPT = ("risk assessment task force", "+82-2-1234-5678", "pulse survey", "아라비아 시장")


def _company(brief, post: str, **values: object) -> str:
    return _add(brief.desk, COMPANIES, post, {"size": "sme", "sensitivity": "public",
                                               **values})


@pytest.fixture
def exposed(brief):
    """The fixture desk with companies whose names, brands, domains and case numbers
    the officers' text used to leak, none of them agreeing to be named."""
    ids = brief.ids
    ids["c_ara"] = _company(brief, "US", name_ko="(주)아라엔터테인먼트",
                            name_en="Ara Entertainment Inc.", brands=["ARA", "아라"],
                            domains=["ara-ent.com"])
    ids["c_gaon"] = _company(brief, "US", name_ko="가온제과(주)",
                             name_en="Gaon Confectionery Co., Ltd.",
                             brands=["GAON CONFECTIONERY"], domains=["gaonconfectionery.kr"])
    ids["c_sk"] = _company(brief, "US", name_ko="에스케이", name_en="SK")
    ids["c_ls"] = _company(brief, "US", name_ko="엘에스", name_en="LS Corp.")
    day = dt.date(2026, 3, 12)

    opened = iter(range(1, 10))  # one day each: companies get their letters in this order

    def dispute(company: str, title_ko: str, title_en: str, case: str, summary: str,
                **extra: object) -> str:
        return _add(brief.desk, DISPUTES, "US", {
            "title_ko": title_ko, "title_en": title_en, "company_id": ids[company],
            "ip_type": "trademark", "dispute_kind": "customs_detention",
            "opened_on": day + dt.timedelta(days=next(opened)),
            "case_number": case, "summary": summary, "sensitivity": "public", **extra})

    ids["d_ara"] = dispute("c_ara", "ARA 위조품 미국 세관 통관보류 (CBP LA/LB)",
                           "CBP detention of counterfeit ARA goods (CBP LA/LB)",
                           "CBP-2026-0042", "아라의 위조품 300상자. See ara-ent.com.",
                           claimed_amount=1_300_000, currency="USD")
    ids["d_gaon"] = dispute("c_gaon", "가온제과 도메인 분쟁",
                            "Gaon v. squatter — gaonconfectionerykorea.net "
                            "(WIPO Case No. D2026-0127)", "D2026-0127",
                            "gaonconfectionerykorea.net registered by a squatter",
                            ip_type="domain_name", dispute_kind="mediation")
    dispute("c_gaon", "UPC 사건", "UPC case (UPC_CFI_671/2023)", "UPC_CFI_671/2023", "",
            ip_type="patent", dispute_kind="infringement_suit")
    ids["d_sk"] = dispute("c_sk", "SK IPR", "SK v. Redstone — inter partes review "
                          "(IPR2022-00998)", "IPR2022-00998", "SK filed; risk assessment",
                          ip_type="patent", dispute_kind="ptab_ipr_pgr",
                          counterparties=[{"name": "Redstone Innovations LLC", "type": "npe"}])
    ids["d_ls"] = dispute("c_ls", "LS 337조", "LS Corp. ITC (Inv. No. 337-TA-1315)",
                          "337-TA-1315", "Tel. +82-2-1234-5678", ip_type="patent",
                          dispute_kind="itc_337")
    ids["t_note"] = _add(brief.desk, TREND_NOTES, "US", {
        "title_ko": "ARA 위조품 동향", "title_en": "ARA counterfeits and SK's IPR",
        "category": "court_ruling", "noted_on": day, "body": NOTE, "significance": "high",
        "sensitivity": "public",
    })
    # a named company's own dispute mentioning another company's case number
    _add(brief.desk, DISPUTES, "CN", {
        "title_ko": "누리반도체 상표 이의신청", "title_en": "Nuri Semiconductor opposition",
        "company_id": ids["c_nuri"], "ip_type": "trademark", "dispute_kind": "opposition",
        "opened_on": day, "summary": "CNIPA가 선점 상표를 무효로 결정함. Compare "
        "UPC_CFI_671/2023.", "sensitivity": "public"})
    return brief


def _pack(brief, out: Path, edition: str, lang: str):
    selection = BriefSelection(conference_id=brief.ids["k_current"], edition=edition,
                               lang=lang, brief_number="2026-2")
    return write_pack(brief.desk, selection, out, today=brief.today,
                      generated_at=GENERATED_AT)


def _spaced(text: str) -> str:
    """Lower case, white space (and pdftotext's line breaks) as single spaces."""
    return " ".join(text.split()).casefold()


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_leak_route_reaches_a_written_stakeholder_pack(exposed, tmp_path, lang):
    internal = {k: _spaced(v) for k, v in readings(
        _pack(exposed, tmp_path / "internal", "internal", lang)).items()}
    stakeholder = {k: _spaced(v) for k, v in readings(
        _pack(exposed, tmp_path / "stakeholder", "stakeholder", lang)).items()}
    for label, pattern in PROTECTED.items():
        assert re.search(pattern, internal["xlsx"]), f"the internal workbook lacks {label}"
        for part, text in stakeholder.items():
            found = re.search(pattern, text)
            assert found is None, f"{label} in the stakeholder {part}: " \
                                  f"…{text[max(found.start() - 60, 0):found.end() + 60]}…"
    for part in ("pdf", "xlsx"):
        for kept in KEPT:
            assert kept in stakeholder[part], (kept, part)
        assert "ricompany" not in stakeholder[part] and "-2company" not in stakeholder[part]


def test_a_record_about_an_unnamed_company_is_a_structured_line(exposed):
    content = build_content(exposed.desk, BriefSelection(
        conference_id=exposed.ids["k_current"], edition="stakeholder", lang="ko"),
        today=exposed.today, generated_at=GENERATED_AT)
    case_list = next(t for t in content.annexes if t.key == "case_list")
    titles = {r[2] for r in case_list.rows
              if r[8] > dt.date(2026, 3, 12) and r[3] != "(주)누리반도체"}
    assert titles == {"세관 통관보류 (상표) — 기업 B", "조정·중재 (도메인이름) — 기업 C",
                      "침해소송 (특허) — 기업 C", "PTAB 무효심판(IPR·PGR) (특허) — 기업 D",
                      "ITC 337조 조사 (특허) — 기업 E"}
    assert content.structured_only == 10  # 6 disputes, an agenda item, an action, follow-ups
    disputes = next(t for t in content.sheets if t.key == "disputes")
    row = next(r for r in disputes.rows if r[0] == exposed.ids["d_ara"])
    values = dict(zip(disputes.columns, row, strict=True))
    assert values["청구 금액"] is None and values["통화"] == "미국 달러"


def test_text_about_no_company_keeps_its_words(exposed):
    content = build_content(exposed.desk, BriefSelection(
        conference_id=exposed.ids["k_current"], edition="stakeholder", lang="en"),
        today=exposed.today, generated_at=GENERATED_AT)
    note = next(i for i in content.trends.items if i.date == dt.date(2026, 3, 12))
    assert note.heading == "Company B counterfeits and Company D's IPR"
    assert note.body == (
        "Risk assessment task force met at KOTRA; call +82-2-1234-5678 for the pulse "
        "survey. Company B counterfeits rose again. [case no. withheld] was instituted and "
        "Inv. No. [case no. withheld] goes on. Company D and Company E commented, Company "
        "D's lawyers too. Company B의 상표, 아라비아 시장. Shop at Company C.")
    named = next(t for t in content.sheets if t.key == "disputes")
    summary = named.columns.index("Summary")
    assert any(r[summary] == "CNIPA가 선점 상표를 무효로 결정함. Compare [case no. withheld]."
               for r in named.rows)


def _tampered(content, text: str):
    """The content with a trend note holding ``text`` (as a renderer bug could)."""
    item = TextItem(heading="Added later", meta="", body=text)
    return dataclasses.replace(content, trends=Section(
        title=content.trends.title, items=(*content.trends.items, item)))


@pytest.mark.parametrize("text, found", [
    ("Visit gaonconfectionerykorea.net", "Gaon Confectionery"),
    ("The 한빛배터리측에서는 appeal", "한빛배터리"),
    ("ＡＲＡ full-width", "ARA"),
    ("Hanbit-Battery (run together)", "Hanbit Battery"),
])
def test_every_writer_refuses_a_stakeholder_content_that_would_leak(exposed, tmp_path,
                                                                     monkeypatch, text, found):
    selection = BriefSelection(conference_id=exposed.ids["k_current"], edition="stakeholder",
                               lang="en", brief_number="2026-2")
    content = _tampered(build_content(exposed.desk, selection, today=exposed.today,
                                      generated_at=GENERATED_AT), text)
    for render in (render_pdf, render_xlsx):
        target = tmp_path / f"out.{render.__name__}"
        with pytest.raises(LeakRefused) as refused:
            render(content, target)
        assert not target.exists()
        message = str(refused.value)
        assert f"«{found}»" in message
        assert "the trend notes, «Market and policy trends», item" in message
        assert "«Added later»" in message
        assert "기업명 공개에 동의하지 않은" in refused.value.message("ko")
    monkeypatch.setattr(pack_module, "build_content", lambda *a, **k: content)
    with pytest.raises(LeakRefused):
        write_pack(exposed.desk, selection, tmp_path / "pack", today=exposed.today)
    assert not (tmp_path / "pack").exists() or not any((tmp_path / "pack").iterdir())


def test_a_stakeholder_content_without_its_guard_is_never_written(exposed, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    content = build_content(exposed.desk, BriefSelection(edition="stakeholder", lang="en"),
                            today=exposed.today)
    bare = dataclasses.replace(content, guard=None)
    for render in (render_pdf, render_xlsx):
        with pytest.raises(OfficerDeskError, match="built by the program"):
            render(bare, tmp_path / f"x.{render.__name__}")
    assert list(tmp_path.iterdir()) == []


def test_a_leak_in_the_officers_own_text_is_refused_with_where(exposed, tmp_path):
    _add(exposed.desk, TREND_NOTES, "US", {
        "title_en": "Squatted domains", "category": "court_ruling",
        "noted_on": dt.date(2026, 3, 13), "body": "Watch gaonconfectionerykorea.net.",
        "implications": "에스케이 측 대응", "sensitivity": "public"})
    with pytest.raises(LeakRefused) as refused:
        _pack(exposed, tmp_path / "out", "stakeholder", "en")
    message = str(refused.value)
    assert "«Gaon Confectionery» (name of 가온제과(주) / Gaon Confectionery Co., Ltd.)" in message
    assert "in the post sections, «Trend notes», item 1 «Squatted domains»" in message
    assert "in the workbook, «Trend notes», row 3 (record " in message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    # the internal edition is the officers' own: written as it is
    assert _pack(exposed, tmp_path / "internal", "internal", "en").files


def test_a_name_another_record_protects_is_not_named_and_the_pack_is_written(brief, tmp_path):
    """The same exporter agreeing at one post and kept internal at another: its name is
    protected, so the edition does not name it (rather than refusing to be written)."""
    _company(brief, "JP", name_ko="(주)누리반도체", name_en="Nuri Semiconductor Inc.",
             sensitivity="internal")
    result = _pack(brief, tmp_path / "out", "stakeholder", "en")
    text = _spaced("\n".join(readings(result).values()))
    assert "nuri semiconductor" not in text and "누리반도체" not in text
    case_list = next(t for t in result.content.annexes if t.key == "case_list")
    assert {r[3] for r in case_list.rows} == {"Company B — SME, Secondary batteries",
                                              "Company A — Large enterprise, "
                                              "Semiconductors & displays"}


@needs_poppler
def test_a_named_companys_case_against_an_unnamed_one_has_no_case_number(exposed, tmp_path):
    """A court's register names both sides: the case number of a dispute of a company
    that agreed to be named identifies the unnamed company it names as counterparty."""
    _add(exposed.desk, DISPUTES, "CN", {
        "title_ko": "누리반도체 특허소송", "title_en": "Nuri Semiconductor patent suit",
        "company_id": exposed.ids["c_nuri"], "ip_type": "patent",
        "dispute_kind": "infringement_suit", "opened_on": dt.date(2026, 3, 20),
        "case_number": "2:26-cv-00777", "sensitivity": "public",
        "counterparties": [{"name": "Gaon Confectionery Co., Ltd.", "type": "competitor"}],
        "summary": "Filed as 2:26-cv-00777."})
    internal = readings(_pack(exposed, tmp_path / "internal", "internal", "en"))
    assert "2:26-cv-00777" in internal["xlsx"]
    for lang in ("en", "ko"):
        written = readings(_pack(exposed, tmp_path / f"stakeholder-{lang}", "stakeholder",
                                 lang))
        for part, text in written.items():
            assert "00777" not in text, (lang, part)
