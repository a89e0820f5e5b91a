"""What a pack says: selection, counting, anonymising, labels, typing, determinism."""

from __future__ import annotations

import datetime as dt

import pytest
from brief_fixture import GENERATED_AT

from officer_desk.briefs.anonymise import letters, name_forms
from officer_desk.briefs.content import BriefContent, Table, build_content
from officer_desk.briefs.selection import BriefSelection
from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.services import records


def build(brief, **selection: object) -> BriefContent:
    return build_content(brief.desk, BriefSelection(**selection), today=brief.today,
                         generated_at=GENERATED_AT)


def kpi(content: BriefContent, key: str) -> dict[str, tuple[int, ...]]:
    found = next(k for k in content.kpis if k.key == key)
    return {r.label: r.values for r in found.rows}


def figures(content: BriefContent) -> list[int]:
    return [f.value for f in content.summary.key_figures]


def test_control_block_of_a_conference_pack(internal_content, brief):
    c = internal_content.control
    assert c.title == "업무 보고 자료 — 2분기 재외 지식재산 담당관 화상회의, 2026-04-20"
    # without dates, the period runs from the day after the previous conference
    assert (c.period_from, c.period_to) == (dt.date(2026, 1, 21), dt.date(2026, 4, 20))
    assert c.marking == "대외비 — 본청 내부용 / INTERNAL"
    assert c.edition_label == "내부용 (본청)" and c.distribution == "본청 산업재산보호팀"
    assert c.generated_at == GENERATED_AT and c.generated_text == "2026-04-15 09:30 UTC"
    assert (c.brief_number, c.version) == ("2026-2", "1")
    assert dict(c.rows)["공관"] == "전체 공관"
    assert "워싱턴 D.C. (US)" in c.posts and all("(HQ)" not in p for p in c.posts)


def test_stakeholder_control_block(stakeholder_content):
    c = stakeholder_content.control
    assert c.marking == "FOR STAKEHOLDERS — PUBLIC"
    assert c.edition_label == "Stakeholder edition" and c.distribution == "KPAA, KINPA"
    assert stakeholder_content.phrases.page_of == "Page {page} of {pages}"


def test_summary_puts_the_conference_conclusion_first(internal_content, stakeholder_content):
    s = internal_content.summary
    assert s.conclusion.startswith("결론: NPE 소송 대응")
    # open, new, closed, engagements, notes, open actions, due in 30 days, overdue
    assert figures(internal_content) == [4, 3, 1, 3, 3, 2, 3, 1]
    assert figures(stakeholder_content) == [2, 1, 1, 2, 2, 1, 2, 1]
    assert s.highlights[0] == "분쟁: 현재 진행 중 4건, 기간 중 신규 3건·단계 변경 0건·종결 1건."


def test_dispute_kpis_count_open_new_and_closed(internal_content, stakeholder_content):
    assert kpi(internal_content, "disputes_by_post") == {
        "베이징 (CN)": (1, 0, 1), "브뤼셀 (EU)": (0, 0, 0), "제네바 (GVA)": (0, 0, 0),
        "도쿄 (JP)": (1, 1, 0), "워싱턴 D.C. (US)": (2, 2, 0)}
    assert kpi(stakeholder_content, "disputes_by_ip_type") == {
        "Patent": (1, 1, 0), "Design": (1, 0, 0), "Trademark": (0, 0, 1)}
    assert kpi(stakeholder_content, "sme_share") == {"Large enterprise": (1,), "SME": (2,)}
    assert kpi(stakeholder_content, "npe_share") == {"NPE involved": (1,), "No NPE": (2,)}
    share = next(k for k in stakeholder_content.kpis if k.key == "npe_share")
    assert share.chart == "pie" and share.note == "NPE share: 33%."


def test_deadline_kpi_counts_open_follow_ups_and_actions(internal_content, stakeholder_content):
    assert kpi(internal_content, "deadlines") == {
        "기한 경과": (1,), "30일 이내": (3,), "60일 이내": (5,), "90일 이내": (6,)}
    assert kpi(stakeholder_content, "deadlines") == {
        "Overdue deadlines": (1,), "Within 30 days": (2,), "Within 60 days": (3,),
        "Within 90 days": (4,)}
    calendar = next(t for t in stakeholder_content.annexes if t.key == "deadline_calendar")
    # due in the period or in the next 60 days (the workbook lists the one due in 76)
    assert [row[1] for row in calendar.rows] == [-14, 15, 16, 56]
    assert calendar.note == ("4 of 5 open deadlines: those that fell due in the period or "
                             "fall due by 2026-06-14; the workbook lists every follow-up and "
                             "action item.")


def test_a_dispute_of_an_anonymised_company_is_told_by_its_structure(stakeholder_content):
    us = next(p for p in stakeholder_content.posts if p.code == "US")
    top = us.parts[0].items[0]
    assert top.heading == "Infringement suit (Patent) — Company A"
    assert top.meta == ("Court · Hearing since 2026-03-02 · Washington, D.C. (US) · opened "
                        "2026-02-10 · Company: Company A — SME, Secondary batteries")
    assert top.body == ""  # its summary is written about the company
    seen = repr(stakeholder_content)
    for written in ("Voltaic", "E.D. Tex.", "2:26-cv-00123", "IPR petition", "제소함"):
        assert written not in seen, written
    disputes = next(t for t in stakeholder_content.sheets if t.key == "disputes")
    row = next(r for r in disputes.rows if r[0] == top_id(stakeholder_content, disputes))
    values = dict(zip(disputes.columns, row, strict=True))
    assert values["Title (English)"] == "Infringement suit (Patent) — Company A"
    assert values["Title (Korean)"] == "침해소송 (특허) — Company A"  # the pack's alias
    assert values["Counterparties"] == "NPE (non-practising entity)"
    for withheld in ("Summary", "Case number", "Court or office", "Jurisdiction", "Tags",
                     "Support provided"):
        assert values[withheld] is None, withheld
    assert values["Stage"] == "Hearing" and values["Opened"] == dt.date(2026, 2, 10)
    case_list = next(t for t in stakeholder_content.annexes if t.key == "case_list")
    # the disputes that changed in the period (the hostile one did not)
    companies = {row[3] for row in case_list.rows}
    assert companies == {"Nuri Semiconductor Inc.", "Company A — SME, Secondary batteries"}


def top_id(content: BriefContent, disputes: Table) -> str:
    """The id of the fixture's public US dispute (the only one opened 2026-02-10)."""
    opened = disputes.columns.index("Opened")
    return next(r[0] for r in disputes.rows if r[opened] == dt.date(2026, 2, 10))


def test_korean_aliases(brief):
    content = build(brief, edition="stakeholder", lang="ko",
                    conference_id=brief.ids["k_current"])
    sheet = next(t for t in content.sheets if t.key == "companies")
    names = [row[sheet.columns.index("기업")] for row in sheet.rows]
    assert "기업 A — 중소기업, 이차전지" in names and "(주)누리반도체" in names
    assert "사업자등록번호" not in sheet.columns and "ID" not in sheet.columns


def test_internal_edition_names_every_company(internal_content):
    case_list = next(t for t in internal_content.annexes if t.key == "case_list")
    assert {row[3] for row in case_list.rows} >= {"(주)한빛배터리", "(주)은하바이오"}
    assert "2:26-cv-00123" in {row[10] for row in case_list.rows}


def test_one_exporter_at_two_posts_keeps_one_letter(brief):
    other, _ = records.create(brief.desk, COMPANIES, {
        "name_ko": "한빛배터리 주식회사", "name_en": "Hanbit Battery Co Ltd",
        "brn": "1234567891", "size": "sme", "sensitivity": "public"}, post="JP",
        foreign_ok=True)
    records.create(brief.desk, DISPUTES, {
        "title_ko": "일본 디자인 분쟁", "company_id": other.id, "ip_type": "design",
        "dispute_kind": "opposition", "opened_on": dt.date(2026, 3, 3),
        "sensitivity": "public"}, post="JP", foreign_ok=True)
    content = build(brief, edition="stakeholder", lang="en",
                    conference_id=brief.ids["k_current"])
    case_list = next(t for t in content.annexes if t.key == "case_list")
    aliases = {row[3] for row in case_list.rows if row[3].startswith("Company ")}
    assert aliases == {"Company A — SME, Secondary batteries", "Company A — SME"}


def test_agenda_and_action_log(internal_content, stakeholder_content):
    agenda = internal_content.conference.agenda.items
    assert [i.heading for i in agenda] == [
        "미국 NPE 소송 동향", "내부안건ECHO", "공개 안건이지만 내부 분쟁에 연결"]
    assert agenda[0].meta == "관련 기록: 한빛배터리 v. Voltaic Licensing 특허침해소송"
    public_agenda = stakeholder_content.conference.agenda.items
    # linked to a dispute of a company that has not agreed to be named: structure only
    assert [i.heading for i in public_agenda] == [
        "Agenda item", "Public item on an internal case"]
    assert public_agenda[0].meta == "Linked: Infringement suit (Patent) — Company A"
    assert public_agenda[0].body == ""
    assert public_agenda[1].meta == ""  # the link to an internal dispute is cut
    log = stakeholder_content.action_log
    assert log.previous_conference == "Q1 video conference with IP attachés"
    assert log.previous_date == dt.date(2026, 1, 20)
    assert [(r[0], r[4]) for r in log.table.rows] == [
        ("Publish the Chinese squatting casebook", "Done"),
        ("Revise the NPE response manual", "In progress")]
    assert len(internal_content.action_log.table.rows) == 3
    raised = stakeholder_content.conference.actions
    assert [(r[0], r[6]) for r in raised.rows] == [
        ("Action item", "Infringement suit (Patent) — Company A")]
    internal_raised = internal_content.conference.actions
    assert [r[0] for r in internal_raised.rows] == ["IPR 청구 비용 지원 검토"]


def test_follow_ups_of_internal_records_stay_out(stakeholder_content, internal_content):
    def descriptions(content):
        sheet = next(t for t in content.sheets if t.key == "follow_ups")
        column = sheet.columns.index("Description" if content.lang == "en" else "내용")
        return {row[column] for row in sheet.rows}

    assert "내부후속GOLF 검찰 면담" in descriptions(internal_content)
    assert "내부후속GOLF 검찰 면담" not in descriptions(stakeholder_content)


def test_posts_period_tags_and_fields_narrow_the_records(brief):
    us = build(brief, posts=("US",), date_from="2026-01-01", date_to="2026-12-31")
    assert {p.code for p in us.posts} == {"US"} and us.counts["disputes"] == 2
    assert us.control.period == "2026-01-01 – 2026-12-31"
    tagged = build(brief, tags=("npe",))
    assert tagged.counts["disputes"] == 1
    batteries = build(brief, technology_fields=("secondary_batteries",))
    assert batteries.counts["disputes"] == 2 and batteries.counts["trend_notes"] == 0
    everything = build(brief)
    assert everything.counts["disputes"] == 6  # all dates: the old closed case too
    assert everything.control.period == "전체 기간"


def test_only_the_chosen_kinds(brief):
    content = build(brief, kinds=("disputes",), lang="en")
    assert [t.key for t in content.sheets] == ["disputes"]
    assert {k.key for k in content.kpis} == {
        "disputes_by_post", "disputes_by_ip_type", "disputes_by_dispute_kind",
        "disputes_by_technology", "sme_share", "npe_share"}
    assert [t.key for t in content.annexes] == ["case_list"]
    assert all(len(p.parts) == 1 for p in content.posts)


def test_without_a_conference_the_last_one_gives_the_action_log(brief):
    content = build(brief, lang="en")
    assert content.conference is None
    assert content.action_log.previous_conference.startswith("Q1 video conference")
    assert content.summary.conclusion == ""


def _check_typed(table: Table) -> None:
    assert len(table.columns) == len(table.types)
    kinds = {"text": str, "id": str, "int": int, "date": dt.date, "amount": (int, float)}
    for row in table.rows:
        assert len(row) == len(table.columns), table.key
        for value, kind in zip(row, table.types, strict=True):
            assert value is None or isinstance(value, kinds[kind]), (table.key, value, kind)
            assert not isinstance(value, dt.datetime)


@pytest.mark.parametrize("edition", ["internal", "stakeholder"])
def test_tables_hold_values_of_their_column_types(brief, edition):
    content = build(brief, edition=edition, conference_id=brief.ids["k_current"])
    tables = [*content.annexes, *content.sheets, content.action_log.table,
              content.conference.actions]
    for table in tables:
        _check_typed(table)
    assert content.counts == {t.key: len(t.rows) for t in content.sheets}


def test_english_labels(stakeholder_content):
    disputes = next(t for t in stakeholder_content.sheets if t.key == "disputes")
    assert disputes.title == "Disputes"
    assert disputes.columns[:4] == ("ID", "Post", "Title (Korean)", "Title (English)")
    assert "Sensitivity" not in disputes.columns
    assert stakeholder_content.kpi_title == "Key performance indicators"


def test_same_selection_same_content(brief):
    first = build(brief, edition="stakeholder", conference_id=brief.ids["k_current"])
    second = build(brief, edition="stakeholder", conference_id=brief.ids["k_current"])
    assert first == second


def test_alias_letters_and_name_forms():
    assert [letters(n) for n in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]
    assert name_forms("(주)한빛배터리") == {"(주)한빛배터리", "한빛배터리"}
    assert name_forms("Hanbit Battery Co., Ltd.") == {"Hanbit Battery Co., Ltd.", "Hanbit Battery"}
    assert name_forms("주식회사 누리") == {"주식회사 누리", "누리"}
    assert name_forms("X") == set()


def test_scrub_replaces_every_form_of_many_names(brief):
    from officer_desk.briefs.guard import LeakGuard

    desk = brief.desk
    for n in range(2000):
        desk.repo.insert(desk.repo.new_record(COMPANIES, "US", {
            "name_ko": f"(주)가나{n:04d}전자", "name_en": f"Gana {n:04d} Electronics Co., Ltd.",
            "size": "sme", "sensitivity": "public"}))
    desk.repo.insert(desk.repo.new_record(COMPANIES, "US", {
        "name_en": "Gana Open Inc.", "consent_to_name": True, "sensitivity": "public"}))
    guard = LeakGuard.for_desk(desk)
    text = ("GANA 0007 ELECTRONICS sued; 가나1999전자 and (주)가나0001전자 settled; "
            "Gana 0002 Electronics Co., Ltd. appealed; Gana Open Inc. and Gana 12 stay.")
    assert guard.scrub(text, lambda form: "<X>") == (
        "<X> sued; <X> and <X> settled; <X> appealed; Gana Open Inc. and Gana 12 stay.")


def test_the_hostile_content_fixture_is_well_formed(hostile_content, hostile_texts):
    hostile = next(t for t in hostile_content.sheets if t.key == "hostile")
    _check_typed(hostile)
    assert [row[1] for row in hostile.rows] == list(hostile_texts)
    assert {i.body for i in hostile_content.trends.items} == set(hostile_texts)
    assert any("\ufffe" in t for t in hostile_texts) and any(len(t) == 40_000
                                                             for t in hostile_texts)


def test_a_post_desk_briefs_its_own_post_by_default(desk, dispute):
    content = build_content(desk, BriefSelection(), today=dt.date(2024, 6, 1))
    assert [p.code for p in content.posts] == ["US"]
    assert dict(content.control.rows)["공관"] == "워싱턴 D.C. (US)"
    assert content.counts["disputes"] == 1
    assert content.control.conference == "" and content.action_log.table.rows == ()


@pytest.mark.parametrize("edition", ["internal", "stakeholder"])
def test_a_demo_database_of_every_post(tmp_path, edition):
    """Varied generated data: every conference and both languages build, typed and clean."""
    from officer_desk.services import demo
    from officer_desk.services.desk import init_desk

    desk = init_desk(tmp_path / "demo.sqlite", hq=True, demo=True, officer="demo")
    try:
        demo.generate_demo(desk, records=600, seed=3, today=dt.date(2026, 4, 15))
        conferences = [r[0] for r in desk.conn.execute(
            "SELECT id FROM conferences WHERE deleted = 0 AND sensitivity = 'public' "
            "ORDER BY held_on DESC LIMIT 2")]
        for conference_id in (None, *conferences):
            for lang in ("ko", "en"):
                content = build_content(desk, BriefSelection(
                    conference_id=conference_id, edition=edition, lang=lang),
                    today=dt.date(2026, 4, 15))
                for table in (*content.annexes, *content.sheets, content.action_log.table):
                    _check_typed(table)
                assert content.counts["disputes"] > 0
                if edition == "stakeholder":
                    internal = {r[0] for r in desk.conn.execute(
                        "SELECT id FROM disputes WHERE sensitivity = 'internal'")}
                    sheet = next(t for t in content.sheets if t.key == "disputes")
                    assert not internal & {row[0] for row in sheet.rows}
                    seen = repr(content).casefold()
                    for name_ko, name_en in desk.conn.execute(
                            "SELECT name_ko, name_en FROM companies WHERE consent_to_name = 0 "
                            "OR sensitivity = 'internal'"):
                        for form in (*name_forms(name_ko), *name_forms(name_en)):
                            assert form.casefold() not in seen, form
    finally:
        desk.close()


def test_companies_on_their_own(brief):
    content = build(brief, kinds=("companies",), edition="stakeholder", lang="en")
    sheet = content.sheets[0]
    assert sheet.key == "companies" and content.counts == {"companies": 3}
    assert {row[1] for row in sheet.rows} == {
        "Nuri Semiconductor Inc.", "@Hostile & <Co> Ltd.", "Company A — SME, Secondary batteries"}


def test_a_posts_conference_briefs_that_post_by_default(brief):
    from brief_fixture import _add

    from officer_desk.domain.kinds import CONFERENCES

    session = _add(brief.desk, CONFERENCES, "US", {
        "title_ko": "미국 진출 기업 간담회", "title_en": "US exporters' roundtable",
        "conference_kind": "company_session", "held_on": dt.date(2026, 4, 10),
        "sensitivity": "public",
    })
    content = build_content(brief.desk, BriefSelection(conference_id=session),
                            today=brief.today, generated_at=GENERATED_AT)
    assert [p.code for p in content.posts] == ["US"]
    chosen = BriefSelection(conference_id=session, posts=("US", "CN"))
    both = build_content(brief.desk, chosen, today=brief.today, generated_at=GENERATED_AT)
    assert {p.code for p in both.posts} == {"US", "CN"}
