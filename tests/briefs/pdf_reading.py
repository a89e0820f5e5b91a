"""Reading a PDF as a reader would (poppler's pdftotext / pdffonts), and a hand-made
``BriefContent`` for PDF tests that should not depend on the database."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from officer_desk.briefs.content import (
    ActionLog,
    BriefContent,
    ControlBlock,
    ExecutiveSummary,
    KeyFigure,
    Kpi,
    KpiRow,
    Phrases,
    PostSection,
    Section,
    Table,
    TextItem,
)
from officer_desk.briefs.selection import BriefSelection

POPPLER = ("pdftotext", "pdffonts", "pdfinfo")
needs_poppler = pytest.mark.skipif(
    any(shutil.which(t) is None for t in POPPLER),
    reason="needs poppler's pdftotext, pdffonts and pdfinfo (Debian: poppler-utils; run "
           "tools/ensure-system-deps)",
)


def _run(args: list[str]) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


def pdf_pages(path: Path) -> list[str]:
    """The text of each page (pdftotext, reading order)."""
    text = _run(["pdftotext", "-enc", "UTF-8", str(path), "-"])
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_text(path: Path) -> str:
    """All the text, with the line breaks pdftotext puts in wrapped text turned to spaces."""
    return "\n".join(pdf_pages(path))


def flat(text: str) -> str:
    """Text with all white space removed (wrapping puts line breaks anywhere)."""
    return "".join(text.split())


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """The font table of ``pdffonts``: name, type, emb, sub, uni."""
    lines = _run(["pdffonts", str(path)]).splitlines()[2:]
    out = []
    for line in lines:
        parts = line.split()
        # name type [type…] encoding emb sub uni object ID
        out.append({"name": parts[0], "type": " ".join(parts[1:-6]), "emb": parts[-5],
                    "sub": parts[-4], "uni": parts[-3]})
    return out


def pdf_info(path: Path) -> dict[str, str]:
    info = {}
    for line in _run(["pdfinfo", str(path)]).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


PHRASES_EN = Phrases(
    contents="Contents", page_of="Page {page} of {pages}", empty="Nothing in this selection.",
    continued="(continued)", key_figures="Key figures", truncated="[… cut: too long]",
)


def table(key: str, title: str, rows: list[tuple], *, long: tuple[int, ...] = (2,)) -> Table:
    return Table(
        key=key, title=title, columns=("Case no.", "Opened", "Title", "Status", "Count"),
        types=("id", "date", "text", "text", "int"), rows=tuple(rows), long_columns=long,
    )


def sample_content(*, edition: str = "internal", annex_rows: int = 3,
                   body: str = "본문 내용입니다. Body text.") -> BriefContent:
    """A small complete pack in English with Korean text in it."""
    selection = BriefSelection(edition=edition, lang="en", brief_number="2026-7",
                               version="2", distribution="HQ IP protection team")
    marking = "INTERNAL — HQ ONLY / 대외비" if edition == "internal" else "FOR STAKEHOLDERS"
    generated = dt.datetime(2026, 4, 15, 9, 30, tzinfo=dt.UTC)
    control = ControlBlock(
        title="Briefing pack — Q2 video conference 화상회의", organisation="KIPO 특허청",
        posts=("Washington (US)", "Beijing (CN)"), period_from=dt.date(2026, 1, 1),
        period_to=dt.date(2026, 3, 31), period="2026-01-01 – 2026-03-31",
        conference="Q2 video conference (2026-04-20)", conference_date=dt.date(2026, 4, 20),
        brief_number="2026-7", version="2", edition=edition,
        edition_label="Internal edition (HQ)" if edition == "internal" else "Stakeholder edition",
        marking=marking, distribution="HQ IP protection team", generated_at=generated,
        generated_text="2026-04-15 09:30 UTC",
        rows=(("Posts", "Washington (US), Beijing (CN)"), ("Period", "2026-01-01 – 2026-03-31"),
              ("Brief number", "2026-7"), ("Version", "2"), ("Distribution", "HQ only")),
    )
    kpis = (
        Kpi(key="by_post", title="Disputes by post", category="Post",
            series=("Open", "New", "Closed"),
            rows=(KpiRow("Washington (US)", (4, 2, 1)), KpiRow("베이징 (CN)", (7, 3, 2))),
            chart="column", note="New: opened in the period."),
        Kpi(key="fields", title="Technology fields", category="Field", series=("Disputes",),
            rows=tuple(KpiRow(f"이차전지 분야 {i}", (i,)) for i in range(1, 6)), chart="bar"),
        Kpi(key="sme", title="SME share", category="Size", series=("Disputes",),
            rows=(KpiRow("중소기업 SME", (8,)), KpiRow("Large", (3,))), chart="pie"),
        Kpi(key="none", title="Engagements held", category="Post", series=("Held",),
            rows=(KpiRow("US", (0,)),), chart="bar"),
    )
    item = TextItem(heading="한빛배터리 v. Voltaic 특허침해소송", meta="Patent · Hearing",
                    body=body, date=dt.date(2026, 3, 2))
    rows = [(f"CASE-{i:05d}", dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
             f"분쟁 제목 {i} dispute title", "open", i) for i in range(annex_rows)]
    return BriefContent(
        selection=selection, lang="en", edition=edition, control=control, phrases=PHRASES_EN,
        summary=ExecutiveSummary(
            title="Executive summary", conclusion="결론: NPE 소송 대응 지원을 확대한다.",
            highlights=("12 disputes are open.", "3 deadlines fall in the next 30 days."),
            key_figures=(KeyFigure("Open disputes", 12), KeyFigure("New", 5),
                         KeyFigure("Closed", 3), KeyFigure("Engagements", 9),
                         KeyFigure("Deadlines ≤ 30 days", 3)),
        ),
        kpi_title="Key performance indicators", kpis=kpis, conference=None,
        post_title="Posts",
        posts=(PostSection(code="US", title="Washington (US)",
                           key_figures=(KeyFigure("Open", 4), KeyFigure("New", 2)),
                           parts=(Section("Top open disputes", (item,)),
                                  Section("Engagements", ()))),),
        trends=Section("Market and policy trends", (
            TextItem(heading="미국 수출통제 규정 개정", meta="Export controls", body="범위 확대."),
        )),
        action_log=ActionLog(title="Action log", previous_conference="Q1 conference",
                             previous_date=dt.date(2026, 1, 20),
                             table=Table(key="actions", title="Actions",
                                         columns=("Action", "Owner", "Due", "Status"),
                                         types=("text", "text", "date", "text"),
                                         rows=(("NPE 대응 매뉴얼 개정", "보호팀",
                                                dt.date(2026, 4, 30), "in progress"),))),
        annex_title="Annexes",
        annexes=(table("case_list", "Annex A — Case list", rows),
                 table("deadlines", "Annex B — Deadline calendar", rows[:2])),
        sheets=(),
    )


def body_text(path: Path, content: BriefContent) -> str:
    """The text of all pages without what every page repeats (banners, footer, page number),
    so that text running over a page break reads on."""
    control = content.control
    repeated = {control.marking.strip()}
    pages = pdf_pages(path)
    out = []
    for number, page in enumerate(pages, start=1):
        number_text = content.phrases.page_of.format(page=number, pages=len(pages))
        lines = [
            line for line in page.splitlines()
            if line.strip() not in repeated and line.strip() != number_text
            and not (" · " in line and line.strip().endswith(control.generated_text))
        ]
        out.append("\n".join(lines))
    return "\n".join(out)


def printed(text: str, fonts) -> str:
    """What a reader sees of ``text`` in the PDF: cleaned, missing glyphs as the mark."""
    from officer_desk.briefs.pdf_text import clean

    return "".join(
        fonts.missing_mark if fonts.font_for(c) is None and not c.isspace() else c
        for c in clean(text)
    )
