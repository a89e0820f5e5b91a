"""The briefing pack's PDF, read back as a reader would (poppler's pdftotext and pdffonts)."""

from __future__ import annotations

import dataclasses
import itertools
import re
import subprocess
from pathlib import Path

import pytest
from pdf_reading import (
    body_text,
    flat,
    needs_poppler,
    pdf_fonts,
    pdf_info,
    pdf_pages,
    pdf_text,
    printed,
    sample_content,
    table,
)

from officer_desk.briefs.content import BriefContent, Section, TextItem
from officer_desk.briefs.pdf import render_pdf
from officer_desk.briefs.pdf_text import register_fonts
from officer_desk.domain.errors import Cancelled
from officer_desk.fonts import FontProblem

pytestmark = needs_poppler


@pytest.fixture(scope="module", autouse=True)
def fonts():
    """The registered fonts; every test here skips, saying why, without a Korean font."""
    try:
        return register_fonts("")
    except FontProblem as e:
        pytest.skip(f"no Korean TrueType font (run tools/ensure-system-deps): {e}")


def render(content: BriefContent, tmp_path: Path, name: str = "pack.pdf", **kwargs) -> Path:
    return render_pdf(content, tmp_path / name, font_setting="", **kwargs)


def record_texts(content: BriefContent) -> list[str]:
    """Every record's text the pack prints: items' headings, facts and bodies, table cells."""
    texts: list[str] = []
    sections = [content.trends, *(p for post in content.posts for p in post.parts)]
    if content.conference is not None:
        sections.append(content.conference.agenda)
    for section in sections:
        for item in section.items:
            texts += [item.heading, item.meta, item.body]
    tables = [*content.annexes, content.action_log.table]
    if content.conference is not None:
        tables.append(content.conference.actions)
    for t in tables:
        texts += [v for row in t.rows for v in row if isinstance(v, str)]
    return [t for t in texts if t and t.strip()]


def assert_all_printed(path: Path, content: BriefContent, texts: list[str], fonts) -> None:
    body = flat(body_text(path, content))
    missing = [t[:80] for t in texts if flat(printed(t, fonts)) not in body]
    assert not missing, f"not found in the PDF's text: {missing}"


# --- the fixture desk's packs -------------------------------------------------------------


def test_internal_edition_prints_every_record_exactly(internal_content, tmp_path, fonts):
    path = render(internal_content, tmp_path)
    texts = record_texts(internal_content)
    assert any("한빛배터리" in t for t in texts)  # the fixture's Korean text is in there
    control = internal_content.control
    texts += [control.title, *(v for _, v in control.rows if v)]
    texts += [*internal_content.summary.highlights, internal_content.summary.conclusion]
    texts += [k.title for k in internal_content.kpis]
    texts += [r.label for k in internal_content.kpis for r in k.rows]
    assert_all_printed(path, internal_content, texts, fonts)


def test_stakeholder_edition_holds_no_internal_text(brief, stakeholder_content, tmp_path, fonts):
    path = render(stakeholder_content, tmp_path)
    assert_all_printed(path, stakeholder_content, record_texts(stakeholder_content), fonts)
    text = pdf_text(path)
    info = " ".join(pdf_info(path).values())
    for secret in (*brief.internal_markers, *brief.anonymised_names):
        assert secret not in text
        assert secret not in info
    marking = stakeholder_content.control.marking
    assert "FOR STAKEHOLDERS" in marking
    assert all(page.count(marking) == 2 for page in pdf_pages(path))


def test_korean_font_and_its_bold_are_embedded(internal_content, tmp_path, fonts):
    path = render(internal_content, tmp_path)
    table_ = pdf_fonts(path)
    assert table_, "no fonts in the PDF"
    assert all(f["emb"] == "yes" for f in table_), table_  # nothing left to the viewer
    family = fonts.family.replace(" ", "")
    korean = [f["name"] for f in table_ if family in f["name"]]
    assert len(korean) >= 2, table_  # regular and bold
    assert any("Bold" in name for name in korean)
    assert all(f["type"].startswith("TrueType") for f in table_)


def test_every_page_has_both_banners_and_page_x_of_y(internal_content, tmp_path):
    path = render(internal_content, tmp_path)
    pages = pdf_pages(path)
    assert len(pages) > 3
    marking = internal_content.control.marking
    for number, page in enumerate(pages, start=1):
        assert page.count(marking) == 2, f"page {number}"
        expected = internal_content.phrases.page_of.format(page=number, pages=len(pages))
        assert expected in page, f"page {number}"


def test_contents_give_the_page_of_each_section(internal_content, tmp_path):
    path = render(internal_content, tmp_path)
    layout = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(path), "-"],
                            capture_output=True, text=True, check=True).stdout
    entries = re.findall(r"^\s*(\S.*?)\s{2,}(\d+)\s*$", layout, flags=re.M)
    marking = internal_content.control.marking
    entries = [(t, int(n)) for t, n in entries if not t.startswith(marking)]
    titles = [t for t, _ in entries]
    assert internal_content.summary.title in titles
    assert internal_content.annex_title in titles
    pages = pdf_pages(path)
    for title, number in entries:
        assert flat(title) in flat(pages[number - 1]), (title, number)


def test_metadata_comes_from_the_control_block(stakeholder_content, tmp_path):
    info = pdf_info(render(stakeholder_content, tmp_path))
    control = stakeholder_content.control
    assert info["Title"] == control.title
    assert info["Author"] == control.organisation
    assert control.edition_label in info["Subject"]
    assert info["Creator"] == "Officer Desk"
    assert "2026" in info["CreationDate"]  # the pack's generation time, not 2000-01-01


def test_same_content_gives_the_same_file(internal_content, tmp_path):
    first = render(internal_content, tmp_path, "a.pdf").read_bytes()
    second = render(internal_content, tmp_path, "b.pdf").read_bytes()
    assert first == second


# --- hostile text --------------------------------------------------------------------------


def test_hostile_corpus_renders_and_reads_back(hostile_content, hostile_texts, tmp_path, fonts):
    path = render(hostile_content, tmp_path)
    assert_all_printed(path, hostile_content, list(hostile_texts), fonts)
    text = pdf_text(path)
    for literal in ("R&D", "a<b", "<script>alert('x')</script>", "<b>bold?</b>", "&amp; &lt;"):
        assert literal in text
    # line breaks kept (pdftotext drops the space of a short all-Hangul line: "첫줄")
    assert re.search(r"첫 ?줄\n둘째 ?줄\n\n?셋째 ?줄", text)
    assert "control chars" in text and "\x07" not in text
    assert fonts.missing_mark * 3 in text  # 🚀🔋✅ shown as marks, not dropped
    assert "漢字 特許紛爭" in text
    if fonts.fallback is not None:
        assert "简体中文 知识产权" in text  # simplified Chinese in the fallback font
        family = fonts.family.replace(" ", "")
        assert any(family not in f["name"] for f in pdf_fonts(path))  # the fallback font
    assert all(f["emb"] == "yes" for f in pdf_fonts(path))


def test_a_record_longer_than_a_page_splits(tmp_path, fonts):
    huge = "가" * 40_000  # no space to break at
    content = sample_content(body="x" * 40_000)
    content = dataclasses.replace(content, annexes=(
        table("case_list", "Annex A", [("ID-1", None, huge, "open", 1),
                                       ("ID-2", None, "다음 행", "open", 2)]),
    ))
    path = render(content, tmp_path)
    body = flat(body_text(path, content))
    assert "x" * 40_000 in body  # the body paragraph runs on over the page breaks
    # the cell is carried by continuation rows (the table's header repeats between pages)
    assert body.count("가") == 40_000
    assert body.rindex("가") < body.index("다음행")
    assert len(pdf_pages(path)) > 15


def test_ten_thousand_row_annex(tmp_path):
    content = sample_content(annex_rows=10_000)
    path = render(content, tmp_path)
    pages = pdf_pages(path)
    annex_pages = [p for p in pages if "CASE-0" in p]
    assert len(annex_pages) > 100
    # the header repeats on every page, and only there (not where a chunk of rows begins)
    assert all(p.count("Case no.") == 1 for p in annex_pages if "Annex B" not in p)
    text = "\n".join(pages)
    assert "CASE-09999" in text and "분쟁 제목 9999 dispute title" in text


def test_empty_sections_say_so(tmp_path):
    content = dataclasses.replace(
        sample_content(), kpis=(), posts=(), trends=Section("Trends", ()),
        annexes=(table("case_list", "Annex A", []),),
    )
    text = pdf_text(render(content, tmp_path))
    assert text.count(content.phrases.empty) >= 4


def test_text_item_without_body(tmp_path, fonts):
    item = TextItem(heading="제목만 있는 기록", meta="", body="")
    content = dataclasses.replace(sample_content(), trends=Section("Trends", (item,)))
    assert "제목만 있는 기록" in pdf_text(render(content, tmp_path))


# --- progress, cancel, problems -------------------------------------------------------------


def test_progress_goes_forward_to_the_total(tmp_path):
    calls: list[tuple[int, int]] = []
    render(sample_content(annex_rows=600), tmp_path, progress=lambda d, t: calls.append((d, t)))
    assert len(calls) > 5
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1][0] == calls[-1][1]


def test_cancel_leaves_no_file(tmp_path):
    target = tmp_path / "pack.pdf"
    with pytest.raises(Cancelled):
        render_pdf(sample_content(), target, font_setting="", cancel=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_keeps_the_previous_file(tmp_path):
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"previous")
    with pytest.raises(Cancelled):
        render_pdf(sample_content(), target, font_setting="", cancel=lambda: True)
    assert target.read_bytes() == b"previous"


def test_unusable_font_setting_is_a_clear_error(tmp_path):
    with pytest.raises(FontProblem, match="no such file"):
        render_pdf(sample_content(), tmp_path / "pack.pdf",
                   font_setting=str(tmp_path / "missing.ttf"))
    assert not (tmp_path / "pack.pdf").exists()


def test_large_kpis_and_long_control_values_lay_out(tmp_path, fonts):
    from officer_desk.briefs.content import Kpi, KpiRow

    content = sample_content()
    many = Kpi(key="fields", title="Technology fields", category="Field", series=("Disputes",),
               rows=tuple(KpiRow(f"분야 {i} " + "긴 이름" * (i % 7), (i,)) for i in range(120)),
               chart="bar")
    columns = Kpi(key="posts", title="By post", category="Post", series=("Open", "New"),
                  rows=tuple(KpiRow(f"공관 {i}", (i, 2 * i)) for i in range(30)), chart="column")
    distribution = "배포처 " * 3000
    control = dataclasses.replace(
        content.control, rows=(*content.control.rows, ("Distribution", distribution)))
    content = dataclasses.replace(content, kpis=(many, columns), control=control)
    path = render(content, tmp_path)
    body = flat(body_text(path, content))
    assert flat(distribution) in body
    assert all(flat(r.label) in body for r in many.rows)


def test_unwritable_place_is_a_clear_error(tmp_path):
    from officer_desk.domain.errors import OfficerDeskError

    (tmp_path / "a file").write_text("not a folder")
    target = tmp_path / "a file" / "pack.pdf"
    with pytest.raises(OfficerDeskError, match="cannot write the PDF") as info:
        render_pdf(sample_content(), target, font_setting="")
    assert str(target) in str(info.value)
    assert [p.name for p in tmp_path.iterdir()] == ["a file"]  # no temporary left


def test_letters_the_korean_font_lacks_come_from_a_fallback(tmp_path, fonts):
    if len(fonts.fallbacks) < 2:
        pytest.skip("no Latin fallback font (Debian: fonts-dejavu-core)")
    item = TextItem(heading="Bosphorus Ticaret A.Ş. v. Łódź Sp. z o.o.", meta="", body="")
    content = dataclasses.replace(sample_content(), trends=Section("Trends", (item,)))
    text = pdf_text(render(content, tmp_path))
    assert "Bosphorus Ticaret A.Ş. v. Łódź Sp. z o.o." in text


def test_key_figure_headers_keep_their_words_whole(stakeholder_content, tmp_path):
    """"Engagements" in a figure column's header is not broken in two."""
    path = render(stakeholder_content, tmp_path)
    words = [w for k in stakeholder_content.kpis for name in k.series for w in name.split()]
    assert "Engagements" in words
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines()]
    broken = {
        f"{w[:k]}|{w[k:]}"
        for a, b in itertools.pairwise(lines) for w in set(words)
        for k in range(2, len(w) - 1) if a.endswith(w[:k]) and b.startswith(w[k:])
    }
    assert not broken, broken
