"""The 한글 brief for the README (``make screenshots``): its first page, or its structure.

Writes the demo's conference pack as HWPX, then tries to draw its first page through
LibreOffice (``soffice --headless --convert-to pdf``, then ``pdftoppm``). This machine's
LibreOffice does not open HWPX ("source file could not be loaded"), so the README shows
the document's structure as text instead (``hwpx_outline.outline`` of the real file):
the whole outline goes to ``docs/briefs/hwpx-outline-ko.txt`` and its first lines into
the README between the ``hwpx-outline`` markers.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from hwpx_outline import outline  # noqa: E402

#: lines of the outline shown in the README (the whole is in the .txt file)
README_LINES = 48
START, END = "<!-- hwpx-outline -->", "<!-- /hwpx-outline -->"
WRITTEN_AT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")


def first_page_png(hwpx: Path, png: Path) -> bool:
    """Draw the document's first page to ``png`` if a program here can; False if not."""
    soffice = shutil.which("soffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        return False
    with tempfile.TemporaryDirectory(prefix="hwpx-page-") as tmp:
        try:
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp,
                            str(hwpx)], capture_output=True, timeout=180, check=False)
        except subprocess.TimeoutExpired:
            return False
        pdf = Path(tmp) / (hwpx.stem + ".pdf")
        if not pdf.exists():
            return False
        stem = Path(tmp) / "page"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(stem)], check=True, timeout=120)
        shutil.copy(stem.with_suffix(".png"), png)
    return True


def write_brief(db: Path, out: Path) -> Path:
    """The conference pack of HQ's latest conference as HWPX (internal, Korean)."""
    from officer_desk.briefs.pack import write_pack
    from officer_desk.briefs.selection import BriefSelection
    from officer_desk.services.desk import open_desk

    desk = open_desk(db, readonly=True)
    try:
        conference = desk.conn.execute(
            "SELECT id FROM conferences WHERE post = 'HQ' AND deleted = 0 "
            "ORDER BY held_on DESC, id DESC LIMIT 1").fetchone()[0]
        result = write_pack(desk, BriefSelection(conference_id=conference), out, ("hwpx",),
                            replace=True)
    finally:
        desk.close()
    return result.files[0].path


def put_in_readme(readme: Path, text: str) -> None:
    """Replace what is between the markers of ``readme`` with ``text`` (a code block)."""
    source = readme.read_text(encoding="utf-8")
    block = f"{START}\n```text\n{text.rstrip()}\n```\n{END}"
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
    if not pattern.search(source):
        raise SystemExit(f"{readme} has no {START} … {END} markers")
    readme.write_text(pattern.sub(lambda _m: block, source), encoding="utf-8")


def shoot_hwpx(db: Path, docs: Path, readme: Path) -> str:
    """Write the first page's PNG, or the outline (file and README); says which."""
    with tempfile.TemporaryDirectory(prefix="hwpx-brief-") as tmp:
        hwpx = write_brief(db, Path(tmp))
        png = docs / "briefs" / "hwpx-ko-1.png"
        if first_page_png(hwpx, png):
            return f"wrote {png}"
        text = outline(hwpx).replace(hwpx.name, "brief-…-internal-ko.hwpx", 1)
    # the moment the brief was written (its footer says it) would change the README at
    # every run: the outline shows where it goes, not when this one was made
    text = WRITTEN_AT.sub("YYYY-MM-DD hh:mm UTC", text)
    full = docs / "briefs" / "hwpx-outline-ko.txt"
    full.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    shown = "\n".join(lines[:README_LINES])
    if len(lines) > README_LINES:
        shown += f"\n… ({len(lines) - README_LINES} more lines in docs/briefs/{full.name})"
    put_in_readme(readme, shown)
    return f"no program here draws an HWPX page; wrote {full} and the README's outline"
