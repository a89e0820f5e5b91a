"""Importing amounts: the currency their cells name is stored, conflicts refuse the row.

Every change of a value on the way in (a currency taken from a sign, 1.2억 read as
120,000,000) is in the plan's notes, which the preview shows before anything is stored.
Only the import's public functions are used, so these run against any version.
"""

from __future__ import annotations

import openpyxl
from import_sheets import simple_xlsx

from officer_desk.domain.kinds import DISPUTES
from officer_desk.importing.plan import plan_import
from officer_desk.importing.run import run_import
from officer_desk.services.desk import init_desk
from officer_desk.services.transfer import iter_records

HEADER = ["사건명", "접수일", "권리", "분쟁유형", "회사명", "청구금액", "배상액", "통화"]


def row(title: str, claimed, awarded=None, currency=None) -> list:
    return [title, "2024-03-01", "특허", "침해소송", "(주)한빛배터리", claimed, awarded, currency]


def stored(desk) -> dict[str, dict]:
    return {r["title_ko"]: r for r in iter_records(desk, DISPUTES, with_blobs=False)}


def notes(plan, number: int, lang: str = "en") -> list[str]:
    return [p.text(lang) for r in plan.rows if r.number == number for p in r.problems
            if not p.blocking]


def problems(plan, number: int, lang: str = "en") -> list[str]:
    return [p.text(lang) for r in plan.rows if r.number == number for p in r.problems
            if p.blocking]


def test_the_currency_signs_of_a_sheet_are_stored_and_shown_in_the_preview(desk, tmp_path):
    sheet = simple_xlsx(tmp_path / "amounts.xlsx", HEADER, [
        row("달러 사건", "$3,000,000"), row("유로 사건", "€5,000"),
        row("원화 사건", "₩1,200,000"), row("전각 원화", "￦1,200,000"),
        row("뒤에 USD", "3,000,000 USD"), row("앞에 USD", "USD 3,000,000"),
        row("단위 사건", "1.2억원"), row("통화 열과 같음", "$10", None, "USD"),
    ])
    plan = plan_import(desk, sheet, DISPUTES)
    assert not plan.rejected, [p.message() for p in plan.problems]
    assert "Currency set to USD from '$' in column F" in notes(plan, 2)
    assert "F열의 '$'에 따라 통화를 USD(으)로 정했습니다" in notes(plan, 2, "ko")
    assert "Amount claimed: '1.2억원' read as 120,000,000" in notes(plan, 8)
    assert notes(plan, 9) == []  # the currency column already says USD: nothing changed
    run_import(desk, plan)
    got = {t: (r["claimed_amount"], r["currency"]) for t, r in stored(desk).items()}
    assert got == {
        "달러 사건": (3_000_000, "USD"), "유로 사건": (5_000, "EUR"),
        "원화 사건": (1_200_000, "KRW"), "전각 원화": (1_200_000, "KRW"),
        "뒤에 USD": (3_000_000, "USD"), "앞에 USD": (3_000_000, "USD"),
        "단위 사건": (120_000_000, "KRW"), "통화 열과 같음": (10, "USD"),
    }


def test_a_sign_that_disagrees_with_the_currency_column_refuses_the_row(desk, tmp_path):
    sheet = simple_xlsx(tmp_path / "conflict.xlsx", HEADER, [
        row("통화가 다름", "$3,000,000", None, "KRW"),
        row("두 금액이 다름", "$3,000,000", "€1,000"),
        row("묶음 오류", "1,2,3"),
        row("바른 행", "3,000,000", None, "KRW"),
    ])
    plan = plan_import(desk, sheet, DISPUTES)
    assert [r.number for r in plan.rejected] == [2, 3, 4]
    assert problems(plan, 2) == [
        "Amount claimed: '$' is in USD but the Currency column says KRW"]
    assert problems(plan, 3) == [
        "Amount awarded/settled: '€' is in EUR but Amount claimed (F) is in USD"]
    assert problems(plan, 4) == [
        "Amount claimed: '1,2,3': thousands separators must mark groups of three digits "
        "(1,234,567)"]
    assert "천 단위 구분 기호는 세 자리마다" in problems(plan, 4, "ko")[0]


def test_the_yen_is_the_posts_sense_of_it(tmp_path):
    sheet = simple_xlsx(tmp_path / "yen.xlsx", HEADER, [row("엔화 사건", "¥300,000")])
    for post, outcome in (("JP", "JPY"), ("CN", "CNY"), ("US", None)):
        desk = init_desk(tmp_path / f"{post}.sqlite", post=post)
        try:
            plan = plan_import(desk, sheet, DISPUTES)
            if outcome is None:
                assert "¥ is both the Japanese yen and the Chinese yuan" in problems(plan, 2)[0]
                continue
            assert not plan.rejected
            assert any(f"set to {outcome}" in n and "¥ is the" in n for n in notes(plan, 2))
            run_import(desk, plan)
            assert stored(desk)["엔화 사건"]["currency"] == outcome
        finally:
            desk.close()


def test_a_number_cell_formatted_with_a_sign_names_its_currency(desk, tmp_path):
    path = tmp_path / "formatted.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(HEADER)
    ws.append(row("서식 달러", 3_000_000))
    ws["F2"].number_format = '"$"#,##0'
    book.save(path)
    plan = plan_import(desk, path, DISPUTES)
    assert "Currency set to USD from the cell's format ($) in column F" in notes(plan, 2)
    run_import(desk, plan)
    assert (stored(desk)["서식 달러"]["claimed_amount"],
            stored(desk)["서식 달러"]["currency"]) == (3_000_000, "USD")
