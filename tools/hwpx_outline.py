"""The structure of an HWPX document as text: ``python tools/hwpx_outline.py BRIEF.hwpx``.

No program on this machine draws an HWPX page (LibreOffice does not open HWPX), so the
README shows the 한글 brief's structure instead, read from a real file with the standard
library only (zip + XML): each section with its page orientation, header and footer; the
headings indented by outline level; other paragraphs by style name with their first
words; tables by their size and header row; pictures by their size. ``make screenshots``
writes it for the demo's conference pack (``tools/screenshots.py``).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

HH = "{http://www.hancom.co.kr/hwpml/2011/head}"
HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
HEADINGS = {"개요 1": 0, "개요 2": 1, "개요 3": 2}
#: paragraphs of one style in a row shown before "… (n more)"
RUN_SHOWN = 2
WORDS = 60
HWPUNIT_PER_MM = 7200 / 25.4


def _text(element: ET.Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{HP}t"))


def _own_text(p: ET.Element) -> str:
    """A paragraph's own text (not that of a header or footer anchored in it)."""
    return "".join(t.text or "" for run in p.findall(f"{HP}run") for t in run.findall(f"{HP}t"))


def _short(text: str, limit: int = WORDS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _own_paragraphs(section: ET.Element) -> list[ET.Element]:
    """The section's body paragraphs (not those inside tables, headers or footers)."""
    return [p for p in section if p.tag == f"{HP}p"]


def outline(path: str | Path) -> str:
    """The document's structure, one line per heading, run of paragraphs, table or
    picture."""
    lines: list[str] = []
    with zipfile.ZipFile(path) as z:
        head = ET.fromstring(z.read("Contents/header.xml"))
        styles = {s.get("id"): s.get("name") or "" for s in head.iter(f"{HH}style")}
        fonts = sorted({f.get("face") or "" for f in head.iter(f"{HH}font")})
        names = sorted((n for n in z.namelist() if re.fullmatch(r"Contents/section\d+\.xml", n)),
                       key=lambda n: int(re.findall(r"\d+", n)[0]))
        lines.append(f"{Path(path).name}: {len(names)} sections; fonts named: "
                     f"{', '.join(fonts)}")
        parsed = [ET.fromstring(z.read(name)) for name in names]
    used = sorted({styles.get(p.get("styleIDRef"), "?") for section in parsed
                   for p in section.iter(f"{HP}p")})
    lines.append(f"named styles: {len(styles)} in the document; its paragraphs use "
                 f"{', '.join(used)}")
    for n, section in enumerate(parsed):
        lines += _section(section, n, styles)
    return "\n".join(lines) + "\n"


def _section(section: ET.Element, n: int, styles: dict[str | None, str]) -> list[str]:
    page = next(section.iter(f"{HP}pagePr"), None)
    turned = page is not None and page.get("landscape") == "NARROWLY"
    lines = [f"section {n + 1} ({'landscape' if turned else 'portrait'} pages)"]
    seen: set[str | None] = set()  # python-hwpx writes each in secPr and as a control
    for kind in ("header", "footer"):
        for part in section.iter(f"{HP}{kind}"):
            if part.get("id") in seen:
                continue
            seen.add(part.get("id"))
            numbers = [a.get("numType") for a in part.iter(f"{HP}autoNum")]
            fields = f" + fields {'/'.join(x or '' for x in numbers)}" if numbers else ""
            texts = [_text(p) for p in part.iter(f"{HP}p")]
            lines.append(f"  {kind} (every page): "
                         + " | ".join(_short(t, 80) for t in texts if t) + fields)
    run_style, run_count = "", 0

    def close_run() -> None:
        if run_count > RUN_SHOWN:
            lines.append(f"{indent}      … ({run_count - RUN_SHOWN} more {run_style})")

    indent = "  "
    for p in _own_paragraphs(section):
        style = styles.get(p.get("styleIDRef"), "?")
        tables = list(p.iter(f"{HP}tbl"))
        pictures = list(p.iter(f"{HP}pic"))
        if tables:
            close_run()
            run_style, run_count = "", 0
            for t in tables:
                rows = t.findall(f"{HP}tr")
                header = [_short(_text(tc), 18) for tc in rows[0].findall(f"{HP}tc")] \
                    if rows else []
                lines.append(f"{indent}    [table {len(rows)} rows × {t.get('colCnt')} "
                             f"columns: {' | '.join(header)}]")
            continue
        if pictures:
            close_run()
            run_style, run_count = "", 0
            for pic in pictures:
                size = pic.find(f"{HP}sz")
                if size is not None:
                    w = int(size.get("width", "0")) / HWPUNIT_PER_MM
                    h = int(size.get("height", "0")) / HWPUNIT_PER_MM
                    lines.append(f"{indent}    [picture (chart) {w:.0f} × {h:.0f} mm]")
            continue
        text = _own_text(p)
        if style in HEADINGS:
            close_run()
            run_style, run_count = "", 0
            indent = "  " + "  " * HEADINGS[style]
            lines.append(f"{indent}{style}: {_short(text)}")
            continue
        if style == run_style:
            run_count += 1
            if run_count > RUN_SHOWN:
                continue
        else:
            close_run()
            run_style, run_count = style, 1
        if text.strip():
            lines.append(f"{indent}    ({style}) {_short(text)}")
    close_run()
    return lines


if __name__ == "__main__":
    sys.stdout.write(outline(sys.argv[1]))
