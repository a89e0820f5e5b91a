"""Rows and columns hidden in a workbook (a filter, hidden rows, a hidden column) are
imported like the others, and the preview says so: an officer who filtered the sheet
sees that the rows out of sight come in too (s28)."""

from __future__ import annotations

import datetime as dt

import openpyxl

from officer_desk.importing.plan import plan_import


def _book(path, *, hide_row: bool = True, hide_column: bool = True):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["사건명", "접수일", "권리", "분쟁유형", "회사명", "비고"])
    for n in range(1, 5):
        ws.append([f"사건 {n}", dt.date(2024, 3, n), "특허", "침해소송", "한빛", f"메모 {n}"])
    if hide_row:
        ws.row_dimensions[3].hidden = True
        ws.row_dimensions[5].hidden = True
    if hide_column:
        ws.column_dimensions["B"].hidden = True
    book.save(path)
    return path


def _notes(plan, lang: str) -> list[str]:
    return [n.message(lang) for n in plan.notes]


def test_hidden_rows_and_columns_are_said(desk, tmp_path):
    plan = plan_import(desk, _book(tmp_path / "분쟁.xlsx"), "disputes")
    assert [r.action for r in plan.rows] == ["create"] * 4  # imported all the same
    en, ko = _notes(plan, "en"), _notes(plan, "ko")
    assert any("rows hidden in the sheet" in n and "3, 5 (2 in all)" in n for n in en), en
    assert any("숨겨진 행 2개" in n and "3, 5" in n for n in ko), ko
    assert any("column B (접수일)" in n and "hidden" in n for n in en), en
    assert plan.as_dict("en")["notes"]


def test_a_sheet_with_nothing_hidden_has_no_such_note(desk, tmp_path):
    path = _book(tmp_path / "분쟁.xlsx", hide_row=False, hide_column=False)
    plan = plan_import(desk, path, "disputes")
    assert not any("hidden" in n for n in _notes(plan, "en"))
