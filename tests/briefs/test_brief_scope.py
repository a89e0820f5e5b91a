"""A brief is a brief: the PDF holds what a conference needs, the workbook everything.

The PDF of a conference pack lists the period since the previous conference of the
same series, what changed in it (disputes new, moved stage, closed), the deadlines that
fell due in it or fall due in the next 60 days and the open action items, and says how
many more records the workbook holds. The workbook keeps amounts as numbers beside
their currency and the stored text exactly. Read back with pdftotext and openpyxl.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from brief_fixture import GENERATED_AT, _add
from click.testing import CliRunner
from openpyxl import load_workbook
from pdf_reading import needs_poppler, pdf_text

from officer_desk.briefs.content import build_content
from officer_desk.briefs.pack import PackExists, write_pack
from officer_desk.briefs.plan import plan_pack
from officer_desk.briefs.selection import BriefSelection
from officer_desk.cli import cli
from officer_desk.domain.kinds import CONFERENCES, DISPUTES, ENGAGEMENTS, FOLLOW_UPS

QUIET = "Quiet case QUIETMARKER"
MOVED = "Moved case MOVEDMARKER"
EXACT = "Spaced  title\u3000with   runs"


@pytest.fixture
def scoped(brief):
    """Two more US disputes active in the period: one moved stage in it, one did not;
    an HQ follow-up on a post's dispute; a dispute with an amount and spaced text."""
    ids = brief.ids
    base = {"company_id": ids["c_nuri"], "ip_type": "patent",
            "dispute_kind": "infringement_suit", "sensitivity": "public"}
    ids["d_quiet"] = _add(brief.desk, DISPUTES, "US", {
        **base, "title_en": QUIET, "title_ko": QUIET, "stage": "evidence",
        "stage_date": dt.date(2025, 10, 1), "opened_on": dt.date(2025, 5, 1)})
    ids["d_moved"] = _add(brief.desk, DISPUTES, "US", {
        **base, "title_en": MOVED, "title_ko": MOVED, "stage": "hearing",
        "stage_date": dt.date(2026, 3, 1), "opened_on": dt.date(2025, 6, 1),
        "claimed_amount": 1_300_000, "awarded_amount": 12_345.5, "currency": "USD",
        "summary": "Two  spaces,\u3000an ideographic space and\nmore   spaces.",
        "forum": EXACT})
    ids["f_hq"] = _add(brief.desk, FOLLOW_UPS, "HQ", {
        "record_id": ids["d_us_public"], "due_on": dt.date(2026, 5, 4),
        "description": "HQ legal review HQFOLLOWUP", "sensitivity": "public"})
    return brief


def _selection(brief, **extra: object) -> BriefSelection:
    return BriefSelection(conference_id=brief.ids["k_current"], brief_number="2026-2",
                          lang="en", **extra)


def _write(brief, out: Path, **extra: object):
    return write_pack(brief.desk, _selection(brief, **extra), out, today=brief.today,
                      generated_at=GENERATED_AT)


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    finally:
        wb.close()


def _row(sheet: list[tuple], record_id: str) -> dict[str, object]:
    head = sheet[0]
    row = next(r for r in sheet[1:] if r[0] == record_id)
    return dict(zip(head, row, strict=True))


@needs_poppler
def test_the_pdf_lists_what_changed_and_the_workbook_everything(scoped, tmp_path):
    result = _write(scoped, tmp_path / "out")
    pdf = next(f.path for f in result.files if f.format == "pdf")
    text = " ".join(pdf_text(pdf).split())
    assert "MOVEDMARKER" in text and "Moved stage" in text
    assert "QUIETMARKER" not in text  # active in the period, but nothing happened to it
    # the two internal ones too: 3 new, 1 moved stage, 1 closed
    assert ("5 of the 7 disputes of the period changed in it (new, moved stage, closed); "
            "the workbook lists all 7.") in text
    assert "The workbook holds every selected record (7 disputes," in text
    cells = _cells(next(f.path for f in result.files if f.format == "xlsx"))
    titles = {r[3] for r in cells["Disputes"][1:]}
    assert QUIET in titles and MOVED in titles


@needs_poppler
def test_deadlines_after_60_days_are_in_the_workbook_only(scoped, tmp_path):
    result = _write(scoped, tmp_path / "out")
    text = " ".join(pdf_text(next(f.path for f in result.files if f.format == "pdf")).split())
    assert "세미나 후속 자료 송부" not in text  # due 2026-06-30: 76 days after today
    assert "fall due by 2026-06-14" in text
    follow_ups = _cells(next(f.path for f in result.files if f.format == "xlsx"))["Follow-ups"]
    assert "세미나 후속 자료 송부" in {r[4] for r in follow_ups[1:]}


def test_hq_follow_ups_on_a_posts_dispute_are_in_the_pack(scoped):
    content = build_content(scoped.desk, _selection(scoped), today=scoped.today)
    sheet = next(t for t in content.sheets if t.key == "follow_ups")
    assert scoped.ids["f_hq"] in {r[0] for r in sheet.rows}
    calendar = next(t for t in content.annexes if t.key == "deadline_calendar")
    assert ("HQ legal review HQFOLLOWUP" in {r[4] for r in calendar.rows})


def test_the_period_runs_from_the_previous_conference_of_the_same_series(brief):
    # an HQ conference of another kind between the two video conferences
    _add(brief.desk, CONFERENCES, "HQ", {
        "title_en": "Commissioner's policy meeting", "conference_kind": "public_session",
        "held_on": dt.date(2026, 3, 2), "sensitivity": "public"})
    content = build_content(brief.desk, _selection(brief), today=brief.today)
    assert (content.control.period_from, content.control.period_to) == (
        dt.date(2026, 1, 21), dt.date(2026, 4, 20))
    assert content.action_log.previous_conference == "Q1 video conference with IP attachés"


def _moved_row(scoped, tmp_path: Path) -> dict[str, object]:
    result = write_pack(scoped.desk, _selection(scoped), tmp_path / "out", formats="xlsx",
                        today=scoped.today)
    wb = load_workbook(result.files[0].path)
    ws = wb["Disputes"]
    head = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == scoped.ids["d_moved"])
    wb.close()
    return dict(zip(head, row, strict=True))


def test_amounts_are_numbers_beside_their_currency(scoped, tmp_path):
    row = _moved_row(scoped, tmp_path)
    claimed, awarded = row["Amount claimed"], row["Amount awarded/settled"]
    assert claimed.value == 1_300_000 and claimed.data_type == "n"
    assert claimed.number_format == "#,##0"
    assert awarded.value == 12_345.5 and awarded.number_format == "#,##0.00"
    assert row["Currency"].value == "US dollar"


def test_the_workbook_keeps_the_stored_text_exactly(scoped, tmp_path):
    row = _moved_row(scoped, tmp_path)
    assert row["Court or office"].value == EXACT
    assert row["Summary"].value == "Two  spaces,\u3000an ideographic space and\nmore   spaces."


def test_an_existing_pack_of_the_same_number_and_version_is_not_overwritten(scoped, tmp_path):
    out = tmp_path / "out"
    first = _write(scoped, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(PackExists) as refused:
        _write(scoped, out, distribution="changed")
    assert "brief-2026-2-v1-internal-en.pdf" in str(refused.value)
    assert "같은 번호와 버전" in refused.value.message("ko")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    # another version, and another number, live beside it with their own manifests
    _write(scoped, out, version="2")
    write_pack(scoped.desk, BriefSelection(brief_number="2026-3", lang="en"), out,
               today=scoped.today)
    names = sorted(p.name for p in out.iterdir())
    assert sum(n.endswith(".manifest.json") for n in names) == 3
    assert json.loads(first.manifest.read_text(encoding="utf-8"))["version"] == "1"
    replaced = write_pack(scoped.desk, _selection(scoped, distribution="changed"), out,
                          today=scoped.today, replace=True)
    assert replaced.content.control.distribution == "changed"


def test_dry_run_writes_nothing_and_says_what_the_pack_holds(scoped, tmp_path):
    scoped.desk.conn.commit()
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, [
        "brief", str(scoped.path), "--out", str(out), "--conference",
        scoped.ids["k_current"], "--edition", "stakeholder", "--lang", "en",
        "--today", "2026-04-15", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert not out.exists()
    lines = result.output.splitlines()
    assert lines[0] == "Nothing written (--dry-run)."
    assert "Period: 2026-01-21 – 2026-04-20" in lines
    assert any(line.startswith("Workbook: 5 disputes, 2 engagements") for line in lines)
    assert any(line.startswith("PDF: about ") and "disputes that changed 3" in line
               for line in lines)
    assert ("Shown by their structured line only (companies that have not agreed to be "
            "named): 6 records") in lines  # Hanbit's dispute, what links to it


def test_the_plan_warns_of_files_it_would_replace_and_of_a_refusal(scoped, tmp_path):
    out = tmp_path / "out"
    _write(scoped, out)
    plan = plan_pack(scoped.desk, _selection(scoped), out, today=scoped.today)
    assert [p.name for p in plan.existing] == [
        "brief-2026-2-v1-internal-en.pdf", "brief-2026-2-v1-internal-en.xlsx",
        "brief-2026-2-v1-internal-en.manifest.json"]
    assert any("would be replaced" in line for line in plan.describe("en"))
    _add(scoped.desk, DISPUTES, "CN", {
        "title_en": "Watch hanbitbatteryoutlet.com", "company_id": scoped.ids["c_nuri"],
        "ip_type": "trademark", "dispute_kind": "online_takedown",
        "opened_on": dt.date(2026, 3, 3), "sensitivity": "public"})
    plan = plan_pack(scoped.desk, _selection(scoped, edition="stakeholder"), out,
                     today=scoped.today)
    assert plan.refused is not None and "Hanbit Battery" in str(plan.refused)
    assert any("기업명 공개에 동의하지 않은" in line for line in plan.describe("ko"))


@pytest.fixture
def crowded(brief):
    """Thirty US disputes opened in the period, thirty US follow-ups due around today and
    thirty US engagements held in it: more than an annex lists of one post."""
    ids = brief.ids
    for n in range(30):
        ids[f"d_crowd{n}"] = _add(brief.desk, DISPUTES, "US", {
            "company_id": ids["c_nuri"], "ip_type": "patent",
            "dispute_kind": "infringement_suit", "sensitivity": "public",
            "title_en": f"Crowded case CROWD{n:02d}", "title_ko": f"CROWD{n:02d}",
            "stage": "filed", "opened_on": dt.date(2026, 2, 1) + dt.timedelta(days=n)})
        ids[f"f_crowd{n}"] = _add(brief.desk, FOLLOW_UPS, "US", {
            "record_id": ids["d_crowd0"], "sensitivity": "public",
            "due_on": brief.today + dt.timedelta(days=n - 10),
            "description": f"Crowded follow-up FCROWD{n:02d}"})
        _add(brief.desk, ENGAGEMENTS, "US", {
            "topic_en": f"Crowded talks ECROWD{n:02d}", "topic_ko": f"ECROWD{n:02d}",
            "agency": "uspto", "engagement_kind": "bilateral_meeting",
            "held_on": dt.date(2026, 2, 1) + dt.timedelta(days=n), "sensitivity": "public"})
    return brief


def _annex(content, key: str):
    return next(t for t in content.annexes if t.key == key)


def test_an_annex_lists_at_most_20_rows_of_a_post_and_counts_the_rest(crowded):
    from officer_desk.briefs.build_tables import ANNEX_ROWS_PER_POST

    assert ANNEX_ROWS_PER_POST == 20
    content = build_content(crowded.desk, _selection(crowded), today=crowded.today)
    us = "Washington, D.C. (US)"

    cases = _annex(content, "case_list")
    assert sum(1 for r in cases.rows if r[0] == us) == 20
    crowd = {r[2] for r in cases.rows if "CROWD" in r[2]}
    # the latest changes of the post: opened 2026-03-02 (CROWD29) back to CROWD11, and an
    # internal dispute opened in between
    assert crowd == {f"Crowded case CROWD{n:02d}" for n in range(11, 30)}
    assert cases.note == (
        "34 of the 35 disputes of the period changed in it (new, moved stage, closed); "
        "listed here: the 20 latest changes of each post (22). The other 12 and all 35 "
        "disputes are in the workbook.")

    calendar = _annex(content, "deadline_calendar")
    us_follow_ups = {r[4] for r in calendar.rows if r[2] == us and r[3] == "Follow-up"}
    # the twenty due nearest to today (FCROWD10 is due today; a tie goes to the earlier)
    assert us_follow_ups == {f"Crowded follow-up FCROWD{n:02d}" for n in range(0, 20)}
    assert [r[0] for r in calendar.rows] == sorted(r[0] for r in calendar.rows)
    assert sum(1 for r in calendar.rows if r[3] == "Action item") == 3  # every open one
    assert "every open action item and, for each post, the 20 follow-ups due nearest to " \
        "today (24). The other 12 and every follow-up are in the workbook." in calendar.note

    log = _annex(content, "engagement_log")
    talks = {r[2] for r in log.rows if "ECROWD" in r[2]}
    assert sum(1 for r in log.rows if r[1] == us) == 20
    assert talks == {f"Crowded talks ECROWD{n:02d}" for n in range(11, 30)}
    assert log.note == ("33 engagements were held in the period; listed here: the 20 latest "
                        "of each post (22). The other 11 are in the workbook.")

    # the workbook holds every one of them
    sheets = {t.key: t for t in content.sheets}
    assert sum(1 for r in sheets["disputes"].rows if "CROWD" in str(r[3:5])) == 30
    assert sum(1 for r in sheets["follow_ups"].rows if "FCROWD" in str(r)) == 30
    assert sum(1 for r in sheets["engagements"].rows if "ECROWD" in str(r)) == 30


def test_an_annex_of_few_rows_lists_them_all(brief):
    content = build_content(brief.desk, _selection(brief), today=brief.today)
    log = _annex(content, "engagement_log")
    assert log.note == "" and len(log.rows) == len(
        next(t for t in content.sheets if t.key == "engagements").rows)


@needs_poppler
def test_the_pdf_says_how_many_more_the_workbook_holds(crowded, tmp_path):
    result = _write(crowded, tmp_path / "out")
    text = " ".join(pdf_text(next(f.path for f in result.files if f.format == "pdf")).split())
    assert "Crowded talks ECROWD29" in text and "Crowded talks ECROWD10" not in text
    assert "the 20 latest of each post (22). The other 11 are in the workbook." in text
    plan = plan_pack(crowded.desk, _selection(crowded), tmp_path / "dry", today=crowded.today)
    assert plan.annexes == {"case_list": 22, "deadline_calendar": 24, "engagement_log": 22}
    assert plan.annex_totals == {"case_list": 34, "deadline_calendar": 36,
                                 "engagement_log": 33}
    assert ("(disputes that changed 22 of 34, deadlines 24 of 36, engagements 22 of 33)"
            in "\n".join(plan.describe("en")))
    assert "(변동 분쟁 22/34, 기한 24/36, 협의 22/33)" in "\n".join(plan.describe("ko"))
    cells = _cells(next(f.path for f in result.files if f.format == "xlsx"))
    assert sum(1 for r in cells["Engagements"][1:] if "ECROWD" in str(r)) == 30
