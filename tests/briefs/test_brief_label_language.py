"""The brief number and version in the page footer, the header and the file properties
are in the pack's language (issue s28): the Korean pack printed "No. 2026-2 v1" on
every page. Read back with pdftotext, pdfinfo and the HWPX's XML."""

from __future__ import annotations

import re
import subprocess
import zipfile

from test_stakeholder_leaks import needs_poppler
from test_stakeholder_names import _pack


def _texts(result) -> dict[str, str]:
    files = {f.format: f.path for f in result.files}
    pdf = subprocess.run(["pdftotext", "-enc", "UTF-8", str(files["pdf"]), "-"],
                         capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(files["pdf"])],
                          capture_output=True, text=True, check=True).stdout
    with zipfile.ZipFile(files["hwpx"]) as z:
        hwpx = "\n".join(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8"))
                         for n in z.namelist() if n.endswith(".xml"))
    return {"pdf": pdf, "pdfinfo": info, "hwpx": hwpx}


@needs_poppler
def test_the_brief_number_is_in_the_packs_language(brief, tmp_path):
    korean = _texts(_pack(brief, tmp_path / "ko", "internal", "ko"))
    for part, text in korean.items():
        assert "No. 2026-2" not in text, part
        assert "보고 번호 2026-2 · 버전 1" in text, part
    english = _texts(_pack(brief, tmp_path / "en", "internal", "en"))
    for part, text in english.items():
        assert "No. 2026-2 v1" in text, part
