"""Characters beyond U+FFFF in the PDF read back as themselves (issue s28).

The fallback font prints "😀", but reportlab's ToUnicode map wrote its code point bare
(``<1F600>``), so copying, searching or extracting the PDF's text (pdftotext) gave "ὠ"
(U+1F60): the page looked right and its text was wrong. The map is written in UTF-16
now. Read back with pdftotext.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from brief_fixture import _add
from test_stakeholder_names import DAY, _pack

from officer_desk.briefs.pdf_text import register_fonts
from officer_desk.domain.kinds import TREND_NOTES


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_character_beyond_the_basic_plane_is_extracted_as_itself(brief, tmp_path, lang):
    fonts = register_fonts()
    wide = [c for c in "😀☃🔋✅🚀" if ord(c) > 0xFFFF and fonts.font_for(c) is not None]
    if not wide:
        pytest.skip("no font of this machine prints a character beyond U+FFFF")
    title = "Wide " + "".join(wide) + " 특허"
    _add(brief.desk, TREND_NOTES, "US", {
        "title_en": title, "title_ko": title, "category": "court_ruling", "noted_on": DAY,
        "body": "x", "significance": "high", "sensitivity": "public"})
    result = _pack(brief, tmp_path / lang, "internal", lang)
    pdf = next(f.path for f in result.files if f.format == "pdf")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert title in text
    assert chr(ord(wide[0]) >> 4) not in text  # "ὠ" for "😀": the old, cut code point
