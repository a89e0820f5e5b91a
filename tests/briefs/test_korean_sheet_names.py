"""Every sheet of a Korean workbook has a Korean name: the briefing pack's and the
rejected rows of an import (read back with openpyxl)."""

from __future__ import annotations

import re

from openpyxl import load_workbook

from officer_desk.briefs.xlsx import render_xlsx

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def test_every_sheet_of_the_korean_brief_is_named_in_korean(internal_content, tmp_path):
    book = load_workbook(render_xlsx(internal_content, tmp_path / "pack.xlsx"))
    assert len(book.sheetnames) > 2
    assert [n for n in book.sheetnames if not HANGUL.search(n)] == []


def test_the_english_brief_is_named_in_english(stakeholder_content, tmp_path):
    book = load_workbook(render_xlsx(stakeholder_content, tmp_path / "pack.xlsx"))
    assert [n for n in book.sheetnames if HANGUL.search(n)] == []
