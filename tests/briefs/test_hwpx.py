"""The brief as a 한글 (HWPX) document, read back as 한글's readers would.

The text, headings and tables are read with hwp-hwpx-parser (an HWPX reader that is not
python-hwpx, the library that wrote the file); styles, header, footer and pictures from
the package's XML with the standard library; python-hwpx's own package and document
validation must find nothing.
"""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from brief_fixture import GENERATED_AT, LONG_NOTE
from hwp_hwpx_parser import Reader

from officer_desk.briefs.content import BriefContent
from officer_desk.briefs.hwpx_brief import render_hwpx
from officer_desk.briefs.hwpx_styles import SANS, SERIF, SPECS
from officer_desk.briefs.pack import parse_formats, write_pack
from officer_desk.briefs.selection import BriefSelection
from officer_desk.domain.errors import Cancelled, ValidationError

HH = "{http://www.hancom.co.kr/hwpml/2011/head}"
HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"


def flat(text: str) -> str:
    return "".join(text.split())


def read_back(path: Path) -> tuple[str, list[list[list[str]]]]:
    """The document's text and its tables (rows of cells), by hwp-hwpx-parser."""
    with Reader(str(path)) as reader:
        text = reader.text
        tables = [[list(row) for row in t.rows] for t in reader.get_tables()]
    return text, tables


def part(path: Path, name: str) -> ET.Element:
    with zipfile.ZipFile(path) as z:
        return ET.fromstring(z.read(name))


def sections(path: Path) -> list[ET.Element]:
    with zipfile.ZipFile(path) as z:
        names = sorted(n for n in z.namelist() if re.fullmatch(r"Contents/section\d+\.xml", n))
        return [ET.fromstring(z.read(n)) for n in names]


def _skeleton_warnings(tmp: Path) -> set[str]:
    """The package warnings of python-hwpx's own new, empty document."""
    from hwpx import HwpxDocument
    from hwpx.tools.package_validator import validate_package

    doc = HwpxDocument.new()
    doc.save_to_path(tmp)
    return {i.message for i in validate_package(tmp).issues if not i.is_error}


def validation_problems(path: Path) -> list[str]:
    """python-hwpx's package errors, its package warnings beyond those of its own empty
    document (the version part its skeleton leaves out of the manifest, as 한글 does), and
    its document validation's issues."""
    from hwpx import HwpxDocument
    from hwpx.tools.package_validator import validate_package

    package = validate_package(path)
    known = _skeleton_warnings(path.with_name(".skeleton.hwpx"))
    problems = [str(i) for i in package.issues if i.is_error or i.message not in known]
    doc = HwpxDocument.open(path)
    try:
        problems += [str(i) for i in doc.validate().issues]
    finally:
        doc.close()
    return problems


@pytest.fixture
def written(internal_content: BriefContent, tmp_path: Path) -> Path:
    return render_hwpx(internal_content, tmp_path / "brief.hwpx", font_setting="")


def test_hwpx_is_a_format_of_the_pack():
    assert parse_formats("pdf,xlsx,hwpx") == ("pdf", "xlsx", "hwpx")
    assert parse_formats("HWPX") == ("hwpx",)
    with pytest.raises(ValidationError, match="pdf, xlsx, hwpx"):
        parse_formats("docx")


def test_headings_tables_and_korean_text_read_back(internal_content, written):
    c = internal_content
    text, tables = read_back(written)
    lines = {line.strip() for line in text.splitlines()}
    headings = [c.summary.title, c.kpi_title, c.post_title, c.trends.title,
                c.action_log.title, c.annex_title, c.phrases.contents, c.phrases.key_figures,
                *(k.title for k in c.kpis), *(p.title for p in c.posts),
                *(t.title for t in c.annexes)]
    assert c.conference is not None
    headings.append(c.conference.title)
    missing = [h for h in headings if h not in lines]
    assert not missing, missing
    # the cover's control block is a table of (label, value) rows
    assert [[label, value or "–"] for label, value in c.control.rows] in tables
    # every KPI is a table: its header, then one row per category
    for kpi in c.kpis:
        expected = [[kpi.category, *kpi.series],
                    *([r.label, *(f"{v:,}" for v in r.values)] for r in kpi.rows)]
        assert expected in tables, kpi.title
    # the annexes: header and every cell as printed
    for annex in c.annexes:
        if not annex.rows:
            continue
        found = [t for t in tables if t[0] == list(annex.columns)]
        assert found, annex.title
        cells = {cell for row in found[0][1:] for cell in row}
        for row in annex.rows:
            for value in row:
                if isinstance(value, str) and value:
                    assert value in cells or flat(value) in {flat(x) for x in cells}
    # Korean text: highlights and items of the post sections
    for line in c.summary.highlights:
        assert f"• {line}" in lines
    items = [i for p in c.posts for part_ in p.parts for i in part_.items]
    assert items and all(i.heading in lines for i in items)
    assert re.search("[가-힣]", text)


def test_marking_in_every_page_header_and_page_numbers_in_the_footer(internal_content,
                                                                        written):
    marking = internal_content.control.marking
    secs = sections(written)
    assert len(secs) == 2  # portrait pages, then the annexes on landscape pages
    for sec in secs:
        headers = list(sec.iter(f"{HP}header"))
        footers = list(sec.iter(f"{HP}footer"))
        assert headers and footers
        assert all(h.get("applyPageType") == "BOTH" for h in headers)
        assert marking in "".join(t.text or "" for t in headers[0].iter(f"{HP}t"))
        footer = footers[0]
        assert marking in "".join(t.text or "" for t in footer.iter(f"{HP}t"))
        kinds = [n.get("numType") for n in footer.iter(f"{HP}autoNum")]
        assert kinds == ["PAGE", "TOTAL_PAGE"]  # "page / pages"
    # OWPML: WIDELY is upright (portrait), NARROWLY turned (landscape)
    assert [next(s.iter(f"{HP}pagePr")).get("landscape") for s in secs] == [
        "WIDELY", "NARROWLY"]


def _stories(sec: ET.Element, tag: str) -> tuple[list[ET.Element], list[ET.Element]]:
    """A section's ``tag`` stories (header or footer): the ``hp:ctrl`` controls in its
    paragraphs (what 한글 reads) and the copies inside its ``hp:secPr``."""
    controls = [s for ctrl in sec.iter(f"{HP}ctrl") for s in ctrl.findall(f"{HP}{tag}")]
    copies = [s for pr in sec.iter(f"{HP}secPr") for s in pr.findall(f"{HP}{tag}")]
    return controls, copies


def _story_text(story: ET.Element) -> str:
    return "".join(t.text or "" for t in story.iter(f"{HP}t"))


def test_each_section_has_one_header_and_one_footer(written):
    """Each section holds every header and footer twice in its XML: once as the control
    한글 reads, once as python-hwpx's own copy inside ``hp:secPr`` (same id, same
    content, with the ``hp:headerApply``/``hp:footerApply`` naming it), which 한글 drops
    when it saves. The brief sets each once per section (docs/briefs.md)."""
    for sec in sections(written):
        for tag in ("header", "footer"):
            controls, copies = _stories(sec, tag)
            assert len(controls) == 1 and len(copies) == 1, tag
            assert len(list(sec.iter(f"{HP}{tag}"))) == 2
            (control,), (copy,) = controls, copies
            assert control.get("id") == copy.get("id")
            assert _story_text(control) == _story_text(copy)
            applied = [a.get("idRef") for a in sec.iter(f"{HP}{tag}Apply")]
            assert applied == [control.get("id")]


def test_python_hwpx_alone_writes_a_header_twice(tmp_path):
    """The doubling is python-hwpx's: one ``set_header``/``set_footer`` of its own new
    document gives the same control and ``hp:secPr`` copy (python-hwpx 6.9.0; should a
    later version stop writing the copy, docs/briefs.md says otherwise)."""
    from hwpx import HwpxDocument

    doc = HwpxDocument.new()
    doc.page.set_header(text="머리말")
    doc.page.set_footer(text="꼬리말")
    path = tmp_path / "plain.hwpx"
    doc.save_to_path(path)
    (sec,) = sections(path)
    for tag, text in (("header", "머리말"), ("footer", "꼬리말")):
        controls, copies = _stories(sec, tag)
        assert [_story_text(s) for s in controls] == [text]
        assert [_story_text(s) for s in copies] == [text]


def test_paragraphs_name_styles_an_officer_can_change(written):
    head = part(written, "Contents/header.xml")
    styles = {s.get("id"): s.get("name") for s in head.iter(f"{HH}style")}
    for spec in SPECS.values():
        assert spec.name in styles.values(), spec.name
    for style in head.iter(f"{HH}style"):
        if style.get("name") in {spec.name for spec in SPECS.values()}:
            assert style.get("engName") and style.get("langID") == "1042"
            assert style.get("nextStyleIDRef") == style.get("id")
    used: dict[str, int] = {}
    for sec in sections(written):
        for p in sec.iter(f"{HP}p"):
            name = styles[p.get("styleIDRef")]
            used[name] = used.get(name, 0) + 1
    for name in ("개요 1", "개요 2", "개요 3", "본문", "표 머리글", "표 내용", "항목 제목",
                 "항목 정보", "보고서 제목", "머리말"):
        assert used.get(name, 0) > 0, name
    # the fonts the document names are Hancom's own
    faces = {f.get("face") for f in head.iter(f"{HH}font")}
    assert {SANS, SERIF} <= faces


def test_charts_are_pictures_one_per_kpi_with_data(internal_content, written):
    drawn = [k for k in internal_content.kpis if not k.empty]
    with zipfile.ZipFile(written) as z:
        images = [n for n in z.namelist() if n.startswith("BinData/")]
        assert len(images) == len(drawn)
        assert all(z.read(n)[:8] == b"\x89PNG\r\n\x1a\n" for n in images)
    pictures = [p for sec in sections(written) for p in sec.iter(f"{HP}pic")]
    assert len(pictures) == len(drawn)


def test_file_properties_come_from_the_control_block(internal_content, written):
    with zipfile.ZipFile(written) as z:
        hpf = z.read("Contents/content.hpf").decode("utf-8")
    assert f">{internal_content.control.title}<" in hpf
    assert f">{internal_content.control.organisation}<" in hpf


def test_python_hwpx_validation_is_clean(written):
    assert validation_problems(written) == []


def test_hostile_text_does_not_break_the_document(hostile_content, tmp_path):
    path = render_hwpx(hostile_content, tmp_path / "hostile.hwpx", font_setting="")
    assert validation_problems(path) == []
    text, tables = read_back(path)
    seen = flat(text)
    for s in ("R&D 센터 & a<b > c", "<script>alert('x')</script> <b>bold?</b> &amp; &lt;",
              "=HYPERLINK(\"http://evil.example\",\"click\")", "漢字 特許紛爭 知識財産",
              "简体中文 知识产权 专利纠纷", "이모지 🚀🔋✅", "Hostile =trends & <b>"):
        assert flat(s) in seen, s
    # control characters are left out, the words around them kept
    assert "controlchars" in seen and "\x01" not in text and "\x1b" not in text
    # the 40,000-character note is there whole, in the text and in its table cell
    assert seen.count(flat(LONG_NOTE)) >= 1
    hostile = next(t for t in tables if t[0] == ["ID", "Text", "Date", "Count"])
    assert len(hostile) == 1 + len(hostile_content.annexes[-1].rows)
    assert any(flat(LONG_NOTE) == flat(row[1]) for row in hostile[1:])
    # line breaks in a cell are paragraphs of the cell (the reader joins them)
    assert any(flat(row[1]) == "첫줄둘째줄셋째줄" for row in hostile[1:])
    cells = [[("".join(t.text or "" for t in p.iter(f"{HP}t"))) for p in tc.iter(f"{HP}p")]
             for sec in sections(path) for tc in sec.iter(f"{HP}tc")]
    assert ["첫 줄", "둘째 줄", "", "셋째 줄"] in cells


def test_cancel_leaves_nothing(internal_content, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        render_hwpx(internal_content, out / "brief.hwpx", font_setting="", cancel=lambda: True)
    assert list(out.iterdir()) == []


def test_a_refused_stakeholder_edition_writes_no_hwpx(stakeholder_content, tmp_path):
    from officer_desk.briefs.guard import LeakRefused

    out = tmp_path / "out"
    out.mkdir()
    leaking = dataclasses.replace(stakeholder_content, post_title="Hanbit Battery")
    with pytest.raises(LeakRefused):
        render_hwpx(leaking, out / "s.hwpx", font_setting="")
    assert list(out.iterdir()) == []


def test_the_pack_writes_and_lists_the_hwpx(brief, tmp_path):
    selection = BriefSelection(conference_id=brief.ids["k_current"], brief_number="2026-2")
    result = write_pack(brief.desk, selection, tmp_path, ("pdf", "xlsx", "hwpx"),
                        today=brief.today, generated_at=GENERATED_AT)
    assert [f.format for f in result.files] == ["pdf", "xlsx", "hwpx"]
    hwpx = result.files[2].path
    assert hwpx.name == "brief-2026-2-v1-internal-ko.hwpx" and hwpx.exists()
    assert validation_problems(hwpx) == []
    text, _ = read_back(hwpx)
    assert result.content.summary.title in text
    # the same permissions as the PDF beside it (python-hwpx's own temporary file is
    # readable by its owner only)
    pdf = result.files[0].path
    assert hwpx.stat().st_mode & 0o777 == pdf.stat().st_mode & 0o777


def test_the_readme_outline_is_read_from_the_real_file(internal_content, written):
    """tools/hwpx_outline.py (what `make screenshots` puts in the README)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "hwpx_outline", Path(__file__).resolve().parents[2] / "tools" / "hwpx_outline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module.outline(written)
    c = internal_content
    assert "2 sections; fonts named: 함초롬돋움, 함초롬바탕" in text
    assert "section 2 (landscape pages)" in text
    assert f"header (every page): {c.control.marking}" in text
    assert f"  개요 1: {c.summary.title}" in text and f"  개요 1: {c.annex_title}" in text
    kpi = c.kpis[0]
    assert (f"[table {len(kpi.rows) + 1} rows × {len(kpi.series) + 1} columns: "
            f"{kpi.category} | ") in text
    assert "[picture (chart)" in text


def test_an_empty_case_log_gives_a_valid_document_saying_so(tmp_path):
    from officer_desk.briefs.content import build_content
    from officer_desk.services.desk import init_desk

    desk = init_desk(tmp_path / "empty.sqlite", hq=True, officer="본청 담당")
    try:
        content = build_content(desk, BriefSelection(lang="en"), generated_at=GENERATED_AT)
    finally:
        desk.close()
    path = render_hwpx(content, tmp_path / "empty.hwpx", font_setting="")
    assert validation_problems(path) == []
    text, _ = read_back(path)
    lines = [line.strip() for line in text.splitlines()]
    assert content.phrases.empty in lines and content.annex_title in lines
    with zipfile.ZipFile(path) as z:  # no KPI has data: no chart
        assert not [n for n in z.namelist() if n.startswith("BinData/")]
