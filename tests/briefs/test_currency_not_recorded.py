"""An amount stored without its currency (before the editor asked for one, or from a
post's package of such a record) is never a bare number in the briefing pack: its
currency cell says the currency was not recorded (issue s27, 4). Read back from the
workbook with openpyxl."""

from __future__ import annotations

import pytest
from brief_fixture import GENERATED_AT
from openpyxl import load_workbook

from officer_desk.briefs.content import build_content
from officer_desk.briefs.selection import BriefSelection
from officer_desk.briefs.xlsx import render_xlsx
from officer_desk.services import records

SAID = {"en": "(currency not recorded)", "ko": "(통화 미기재)"}


def _disputes_sheet(brief, tmp_path, lang):
    content = build_content(brief.desk, BriefSelection(
        conference_id=brief.ids["k_current"], edition="internal", lang=lang),
        today=brief.today, generated_at=GENERATED_AT)
    table = next(t for t in content.sheets if t.key == "disputes")
    book = load_workbook(render_xlsx(content, tmp_path / f"pack-{lang}.xlsx"))
    ws = next(ws for ws in book.worksheets if "tbl_disputes" in ws.tables)
    header = [c.value for c in ws[1]]
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, max_row=len(table.rows) + 1,
                                          values_only=True)}
    return header, rows


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_amount_without_its_currency_says_so(brief, tmp_path, lang):
    desk = brief.desk
    bare, priced = brief.ids["d_us_public"], brief.ids["d_us_internal"]
    # stored as an earlier program (or a post's package) stored it: no currency
    desk.repo.update(records.get(desk, bare), {"claimed_amount": 350_000_000.0})
    desk.repo.update(records.get(desk, priced), {"claimed_amount": 1_250_000.0,
                                                 "currency": "USD"})
    header, rows = _disputes_sheet(brief, tmp_path, lang)
    amount = header.index("Amount claimed" if lang == "en" else "청구 금액")
    currency = header.index("Currency" if lang == "en" else "통화")
    assert rows[bare][amount] == 350_000_000
    assert rows[bare][currency] == SAID[lang]
    assert rows[priced][amount] == 1_250_000
    assert rows[priced][currency] in ("US dollar", "미국 달러")
    # a dispute with no amount has no note
    others = [r for rid, r in rows.items() if rid not in (bare, priced)]
    assert others and all(r[currency] != SAID[lang] for r in others if r[amount] is None)
