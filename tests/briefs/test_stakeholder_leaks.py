"""No internal content leaks into the stakeholder edition, by any path.

The outputs are read back as a reader would: the PDF's text (pdftotext) and metadata
(pdfinfo); the workbook cell by cell (openpyxl) and every XML part of the file (charts,
defined names, document properties, shared strings); the 한글 (HWPX) document's text and
tables (hwp-hwpx-parser, not the library that wrote it) and every XML part of its package
(header and footer, styles, metadata); the manifest. The internal edition
of the same selection is read the same way and must hold what the stakeholder one leaves
out, so that an absence means something.
"""

from __future__ import annotations

import dataclasses
import html
import json
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest
from brief_fixture import GENERATED_AT, BriefDesk

from officer_desk.briefs.content import build_content
from officer_desk.briefs.pack import PackResult, write_pack
from officer_desk.briefs.selection import BriefSelection
from officer_desk.domain.kinds import USER_KINDS
from officer_desk.services.desk import open_desk
from officer_desk.storage.search import register_functions

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="needs poppler-utils (pdftotext, pdfinfo)",
)

#: Identifying details of the anonymised companies besides their names.
PRIVATE_DETAILS = ("123-45-67891", "박담당", "010-1234-5678", "2:26-cv-00123")

#: Internal markers the Korean internal PDF prints (the English ones are in the XLSX,
#: the company note only in the companies sheet).
KO_MARKERS_IN_PDF = ("내부전용분쟁ALPHA", "내부전용분쟁BRAVO", "비공개협의CHARLIE",
                     "비공개동향DELTA", "내부안건ECHO", "내부조치FOXTROT", "내부후속GOLF")


def flat(text: str) -> str:
    """Without white space, case-folded: wrapping and case cannot hide a match."""
    return "".join(text.split()).casefold()


def pdf_reading(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=120).stdout
    info = subprocess.run(["pdfinfo", "-enc", "UTF-8", "-meta", str(path)],
                          capture_output=True, text=True, check=True, timeout=120).stdout
    return text + "\n" + info


def xlsx_reading(path: Path) -> str:
    """Every cell value of every sheet, and the text of every XML part of the file."""
    from openpyxl import load_workbook

    parts = []
    wb = load_workbook(path)
    try:
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.extend(str(v) for v in row if v is not None)
        parts.extend(f"{name}={dn.attr_text}" for name, dn in wb.defined_names.items())
        props = wb.properties
        parts.extend(str(getattr(props, a) or "") for a in (
            "title", "subject", "creator", "keywords", "description", "category",
            "lastModifiedBy", "identifier", "version", "contentStatus"))
    finally:
        wb.close()
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                parts.append(html.unescape(z.read(name).decode("utf-8")))
    return "\n".join(parts)


def hwpx_reading(path: Path) -> str:
    """The document's text and table cells (hwp-hwpx-parser), and every XML part."""
    from hwp_hwpx_parser import Reader

    with Reader(str(path)) as reader:
        parts = [reader.text]
        parts.extend(cell for t in reader.get_tables() for row in t.rows for cell in row)
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".hpf", ".rdf")):
                parts.append(html.unescape(z.read(name).decode("utf-8")))
    return "\n".join(parts)


_READERS = {"pdf": pdf_reading, "xlsx": xlsx_reading, "hwpx": hwpx_reading}


def readings(result: PackResult) -> dict[str, str]:
    out = {"manifest": result.manifest.read_text(encoding="utf-8")}
    for f in result.files:
        out[f.format] = _READERS[f.format](f.path)
    return out


def _pack(brief: BriefDesk, out: Path, edition: str, lang: str, **extra: object) -> PackResult:
    selection = BriefSelection(conference_id=brief.ids["k_current"], edition=edition,
                               lang=lang, brief_number="2026-2", **extra)
    return write_pack(brief.desk, selection, out, ("pdf", "xlsx", "hwpx"), today=brief.today,
                      generated_at=GENERATED_AT)


@pytest.fixture
def packs(brief: BriefDesk, tmp_path: Path) -> dict[tuple[str, str], dict[str, str]]:
    """The readings of both editions in both languages."""
    out = {}
    for edition in ("internal", "stakeholder"):
        for lang in ("ko", "en"):
            result = _pack(brief, tmp_path / f"{edition}-{lang}", edition, lang)
            out[edition, lang] = readings(result)
    return out


@needs_poppler
def test_stakeholder_outputs_hold_no_internal_text_or_company_name(brief, packs):
    forbidden = (*brief.internal_markers, *brief.anonymised_names, *PRIVATE_DETAILS,
                 "Eunha", "은하")
    for lang in ("ko", "en"):
        for path_name, text in packs["stakeholder", lang].items():
            seen = flat(text)
            leaks = [s for s in forbidden if flat(s) in seen]
            assert not leaks, f"stakeholder {lang} {path_name} shows {leaks}"


@needs_poppler
def test_stakeholder_outputs_name_the_agreeing_company_and_aliases(brief, packs):
    for path_name in ("pdf", "xlsx", "hwpx"):
        assert flat("Nuri Semiconductor Inc.") in flat(packs["stakeholder", "en"][path_name])
        assert flat("(주)누리반도체") in flat(packs["stakeholder", "ko"][path_name])
        assert flat("Company A — SME, Secondary batteries") in flat(
            packs["stakeholder", "en"][path_name])
        assert flat("기업 A — 중소기업, 이차전지") in flat(packs["stakeholder", "ko"][path_name])


@needs_poppler
def test_internal_outputs_hold_what_the_stakeholder_edition_leaves_out(brief, packs):
    ko = packs["internal", "ko"]
    for marker in KO_MARKERS_IN_PDF:
        # the 한글 document holds what the PDF holds
        assert flat(marker) in flat(ko["pdf"]) and flat(marker) in flat(ko["hwpx"]), marker
    for marker in brief.internal_markers:
        assert flat(marker) in flat(ko["xlsx"]), marker
    for name in ("(주)한빛배터리", "(주)은하바이오"):
        assert flat(name) in flat(ko["pdf"]) and flat(name) in flat(ko["hwpx"])
    en = packs["internal", "en"]
    for name in ("Hanbit Battery Co., Ltd.", "Eunha Bio Inc.", "INTERNAL-DISPUTE-ALPHA"):
        assert flat(name) in flat(en["pdf"]) and flat(name) in flat(en["xlsx"])
        assert flat(name) in flat(en["hwpx"])
    for fmt in ("pdf", "hwpx"):
        assert "INTERNAL" in ko[fmt] and "대외비" in ko[fmt]


def test_stakeholder_manifest_counts_only_public_records(brief, tmp_path):
    result = _pack(brief, tmp_path / "s", "stakeholder", "en")
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["counts"] == {"disputes": 3, "engagements": 2, "trend_notes": 2,
                                  "companies": 3, "action_items": 3, "follow_ups": 3,
                                  "agenda_items": 2}
    internal = _pack(brief, tmp_path / "i", "internal", "en")
    assert json.loads(internal.manifest.read_text(encoding="utf-8"))["counts"] == {
        "disputes": 5, "engagements": 3, "trend_notes": 3, "companies": 4,
        "action_items": 4, "follow_ups": 4, "agenda_items": 3}


def _without_internal(brief: BriefDesk, tmp_path: Path) -> Path:
    """A copy of the fixture database in which every internal record is deleted."""
    copy = tmp_path / "public-only.sqlite"
    brief.desk.conn.commit()
    source = sqlite3.connect(brief.path)
    target = sqlite3.connect(copy)
    with target:
        source.backup(target)
    source.close()
    register_functions(target)  # the index and write-guard triggers call them
    with target:
        for kind in USER_KINDS:
            target.execute(f"UPDATE {kind.name} SET deleted = 1, changed = changed + 1 "
                           "WHERE sensitivity = 'internal'")  # stamped: the write guard
    target.close()
    return copy


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_internal_records_have_no_influence_on_the_stakeholder_edition(brief, tmp_path, lang):
    """Counts, KPIs, charts, aliases, text: identical to a desk without internal records."""
    selection = BriefSelection(conference_id=brief.ids["k_current"], edition="stakeholder",
                               lang=lang)
    with_internal = build_content(brief.desk, selection, today=brief.today,
                                  generated_at=GENERATED_AT)
    public_desk = open_desk(_without_internal(brief, tmp_path), readonly=True)
    try:
        without = build_content(public_desk, selection, today=brief.today,
                                generated_at=GENERATED_AT)
    finally:
        public_desk.close()
    for name in ("control", "summary", "kpis", "conference", "posts", "trends", "action_log",
                 "annexes", "sheets", "counts"):
        assert getattr(with_internal, name) == getattr(without, name), name


def test_internal_records_do_change_the_internal_edition(brief, tmp_path):
    selection = BriefSelection(conference_id=brief.ids["k_current"], edition="internal")
    full = build_content(brief.desk, selection, today=brief.today, generated_at=GENERATED_AT)
    public_desk = open_desk(_without_internal(brief, tmp_path), readonly=True)
    try:
        public = build_content(public_desk, selection, today=brief.today,
                               generated_at=GENERATED_AT)
    finally:
        public_desk.close()
    assert full.kpis != public.kpis and full.counts != public.counts


def test_stakeholder_edition_of_an_internal_conference_is_refused(brief):
    from officer_desk.domain.errors import ValidationError
    from officer_desk.services import records

    records.update(brief.desk, brief.ids["k_current"], {"sensitivity": "internal"})
    selection = BriefSelection(conference_id=brief.ids["k_current"], edition="stakeholder")
    with pytest.raises(ValidationError, match="marked internal"):
        build_content(brief.desk, selection, today=brief.today)


@needs_poppler
def test_filtered_stakeholder_pack_still_holds_no_leak(brief, tmp_path):
    """Narrowing by post and period goes through the same filters."""
    result = _pack(brief, tmp_path / "us", "stakeholder", "en", posts=("US", "JP"),
                   date_from="2026-01-01", date_to="2026-04-30")
    seen = {k: flat(v) for k, v in readings(result).items()}
    for text in seen.values():
        for s in (*brief.internal_markers, *brief.anonymised_names):
            assert flat(s) not in text


def test_same_selection_gives_the_same_content_and_cells(brief, tmp_path):
    from openpyxl import load_workbook

    selection = BriefSelection(conference_id=brief.ids["k_current"], edition="stakeholder",
                               lang="ko")
    first = write_pack(brief.desk, selection, tmp_path / "a", formats=("xlsx",),
                       today=brief.today)
    second = write_pack(brief.desk, selection, tmp_path / "b", formats=("xlsx",),
                        today=brief.today)
    assert first.content.control.generated_at <= second.content.control.generated_at
    later = dataclasses.replace(first.content.control,
                                generated_at=second.content.control.generated_at,
                                generated_text=second.content.control.generated_text,
                                rows=second.content.control.rows)
    assert dataclasses.replace(first.content, control=later) == second.content

    def cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
        wb = load_workbook(path)
        try:
            return {ws.title: [row for row in ws.iter_rows(values_only=True)]
                    for ws in wb.worksheets if ws.title not in ("About", "정보")}
        finally:
            wb.close()

    assert cells(first.files[0].path) == cells(second.files[0].path)


def test_a_company_linked_from_an_action_item_is_anonymised_too(brief):
    from officer_desk.domain.kinds import ACTION_ITEMS, COMPANIES
    from officer_desk.services import records

    company, _ = records.create(brief.desk, COMPANIES, {
        "name_ko": "(주)숨은소재", "name_en": "Hidden Materials Ltd.", "size": "sme",
        "sensitivity": "public"}, post="US", foreign_ok=True)
    records.create(brief.desk, ACTION_ITEMS, {
        "conference_id": brief.ids["k_current"], "description_en": "Call Hidden Materials",
        "owner_name": "US", "status": "open", "record_id": company.id,
        "sensitivity": "public"}, post="HQ", foreign_ok=True)
    selection = BriefSelection(conference_id=brief.ids["k_current"], edition="stakeholder",
                               lang="en")
    content = build_content(brief.desk, selection, today=brief.today)
    rows = content.conference.actions.rows
    # about a company that has not agreed to be named: its own text is not printed
    assert ("Action item", "Company B — SME") in {(r[0], r[6]) for r in rows}
    assert "Hidden" not in repr(content) and "숨은소재" not in repr(content)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_nothing_in_the_stakeholder_content_object_leaks(brief, lang):
    """Every field of the content, whatever a renderer picks from it."""
    selection = BriefSelection(conference_id=brief.ids["k_current"], edition="stakeholder",
                               lang=lang)
    seen = flat(repr(build_content(brief.desk, selection, today=brief.today)))
    for s in (*brief.internal_markers, *brief.anonymised_names, *PRIVATE_DETAILS):
        assert flat(s) not in seen, s


def test_an_internal_company_of_a_public_dispute_is_only_a_letter(brief):
    """Its size and field stay out of the alias, the companies sheet and the SME share."""
    import datetime as dt

    from officer_desk.domain.kinds import DISPUTES
    from officer_desk.services import records

    records.create(brief.desk, DISPUTES, {
        "title_en": "Public dispute of Eunha Bio", "company_id": brief.ids["c_eunha"],
        "ip_type": "patent", "dispute_kind": "warning_letter",
        "opened_on": dt.date(2026, 3, 30), "sensitivity": "public"}, post="JP",
        foreign_ok=True)
    selection = BriefSelection(conference_id=brief.ids["k_current"], edition="stakeholder",
                               lang="en")
    content = build_content(brief.desk, selection, today=brief.today)
    case_list = next(t for t in content.annexes if t.key == "case_list")
    row = next(r for r in case_list.rows if r[8] == dt.date(2026, 3, 30))
    assert row[2] == "Warning letter / licence demand (Patent) — Company B"
    assert row[3] == "Company B"
    companies = next(t for t in content.sheets if t.key == "companies")
    assert "Company B" not in {r[1] for r in companies.rows} and len(companies.rows) == 3
    sizes = {r.label: r.values[0] for r in next(
        k for k in content.kpis if k.key == "sme_share").rows}
    assert sizes == {"Large enterprise": 1, "SME": 2, "Not recorded": 1}
    seen = flat(repr(content))
    assert "advancedbio" not in seen and "eunha" not in seen and "은하" not in seen
