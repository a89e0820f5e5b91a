"""The named paragraph styles of the HWPX brief, so that an officer restyles it in 한글.

Every paragraph of the brief names a style (Hancom's 스타일, F6 in 한글): the headings
use the skeleton's own outline styles (개요 1–3, which 한글's table of contents and
navigation read), body text the skeleton's 본문, and the brief's other kinds of text get
styles of their own, added here with a Korean name and an English one (``engName``).
Changing a style in 한글 changes every paragraph that names it; a paragraph also carries
the style's paragraph and character shapes, as 한글 writes it.

The fonts are the ones the skeleton names: 함초롬돋움 (headings, tables, labels) and
함초롬바탕 (body text), the fonts Hancom Office installs with itself. A machine without
them shows its own substitute (docs/briefs.md says which).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: The sans-serif and serif faces the document names (both in python-hwpx's skeleton).
SANS = "함초롬돋움"
SERIF = "함초롬바탕"

#: The marking's colour per edition (as the PDF's banner).
MARKING_COLOUR = {"internal": "#8E1B1B", "stakeholder": "#1D5C57"}
NAVY = "#1F3A5F"
#: the styles' language (Windows LCID of Korean, as the skeleton's styles)
KOREAN = 1042
MUTED = "#5D6B7A"


@dataclass(frozen=True)
class StyleSpec:
    name: str
    eng_name: str
    bold: bool = False
    italic: bool = False
    size: float = 10
    colour: str | None = None
    font: str = SANS
    align: str | None = None


#: The brief's own styles (key -> spec), besides 개요 1–3 and 본문.
SPECS = {
    "title": StyleSpec("보고서 제목", "Brief Title", bold=True, size=20, colour=NAVY),
    "subtitle": StyleSpec("보고서 부제", "Brief Subtitle", size=11, colour=MUTED),
    "edition": StyleSpec("배포 구분", "Edition", bold=True, size=12),
    "lead": StyleSpec("결론", "Conclusion", bold=True, size=10.5, font=SERIF),
    "bullet": StyleSpec("요점", "Key Point", size=10, font=SERIF),
    "item": StyleSpec("항목 제목", "Item Heading", bold=True, size=10.5),
    "meta": StyleSpec("항목 정보", "Item Facts", size=8.5, colour=MUTED),
    "note": StyleSpec("주석", "Note", italic=True, size=8.5, colour=MUTED),
    "empty": StyleSpec("빈 항목", "Nothing to Show", italic=True, size=9, colour=MUTED),
    "cell_head": StyleSpec("표 머리글", "Table Header", bold=True, size=8.5),
    "cell": StyleSpec("표 내용", "Table Text", size=8.5),
    "figure": StyleSpec("주요 수치", "Key Figure", bold=True, size=14, colour=NAVY),
    "chart": StyleSpec("차트", "Chart", size=9, align="CENTER"),
    "contents": StyleSpec("차례 항목", "Contents Entry", size=10),
    "contents_sub": StyleSpec("차례 하위 항목", "Contents Sub-entry", size=9.5),
}

#: The skeleton's styles the brief uses (key -> style name).
SKELETON = {"h1": "개요 1", "h2": "개요 2", "h3": "개요 3", "body": "본문",
            "page_head": "머리말"}


@dataclass(frozen=True)
class StyleRef:
    """What a paragraph of a style carries: the style and its shapes."""

    style_id: str
    para_pr: str
    char_pr: str


def add_styles(doc: Any) -> dict[str, StyleRef]:
    """Add the brief's styles to ``doc`` (a python-hwpx ``HwpxDocument``); key -> ref."""
    header = doc.oxml.headers[0]
    body = doc.styles.resolve(SKELETON["body"])
    refs: dict[str, StyleRef] = {}
    for key, spec in SPECS.items():
        char_pr = doc.styles.ensure_run(
            bold=spec.bold, italic=spec.italic, size=spec.size, color=spec.colour,
            font=spec.font, base_char_pr_id=body.char_pr_id_ref)
        para_pr = (header.ensure_paragraph_alignment(spec.align) if spec.align
                   else str(body.para_pr_id_ref))
        style_id = header.ensure_style(spec.name, eng_name=spec.eng_name,
                                       para_pr_id_ref=para_pr, char_pr_id_ref=char_pr)
        # as 한글 writes its own: Korean, not locked, Enter goes on in the same style
        header.ensure_style(spec.name, next_style_id_ref=style_id, lang_id=KOREAN,
                            lock_form=False)
        refs[key] = StyleRef(str(style_id), str(para_pr), str(char_pr))
    for key, name in SKELETON.items():
        style = doc.styles.resolve(name)
        refs[key] = StyleRef(str(style.id), str(style.para_pr_id_ref),
                             str(style.char_pr_id_ref))
    return refs
