"""``add``, ``update`` and ``import`` refuse an amount without a currency, in English
and in Korean, and store nothing; with the currency it is stored (issue s27, 4)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from officer_desk.cli import cli

ENGLISH_LOCALE = {"LANG": "en_US.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}
SAID = {
    "en": "Currency: Amount claimed is given without a currency; choose the currency it is in",
    "ko": "통화: 청구 금액에 통화가 없습니다. 어느 통화인지 선택하십시오",
}


def run(*args: object, input: str | None = None) -> Result:
    return CliRunner(env=ENGLISH_LOCALE).invoke(cli, [str(a) for a in args], input=input)


def ok(*args: object, input: str | None = None) -> Result:
    result = run(*args, input=input)
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result


@pytest.fixture
def us(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "us.sqlite"
    ok("init", db, "--post", "US", "--officer", "김영희")
    ok("add", db, "company", "--json", "-", input='{"name_ko": "(주)한빛배터리", "size": "sme"}')
    conn = sqlite3.connect(db)
    try:
        (company,) = conn.execute("SELECT id FROM companies").fetchone()
    finally:
        conn.close()
    return db, company


def _dispute(company: str, **more: object) -> str:
    return json.dumps({"title_ko": "특허 분쟁", "company_id": company, "ip_type": "patent",
                       "dispute_kind": "infringement_suit", "opened_on": "2025-01-15",
                       **more}, ensure_ascii=False)


def _stored(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)  # read back without the program
    try:
        return conn.execute("SELECT claimed_amount, currency FROM disputes "
                            "WHERE deleted = 0").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_add_refuses_an_amount_without_a_currency(us, lang):
    db, company = us
    result = run("--lang", lang, "add", db, "dispute", "--json", "-",
                 input=_dispute(company, claimed_amount=350000000))
    assert result.exit_code != 0
    assert SAID[lang] in result.output
    assert _stored(db) == []
    ok("add", db, "dispute", "--json", "-",
       input=_dispute(company, claimed_amount=350000000, currency="KRW"))
    assert _stored(db) == [(350_000_000.0, "KRW")]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_update_refuses_an_amount_without_a_currency_but_edits_other_fields(us, lang):
    db, company = us
    added = ok("add", db, "dispute", "--json", "-", input=_dispute(company))
    conn = sqlite3.connect(db)
    (rid,) = conn.execute("SELECT id FROM disputes").fetchone()
    conn.close()
    result = run("--lang", lang, "update", db, rid, "--json", "-",
                 input='{"claimed_amount": 1250000}')
    assert result.exit_code != 0, added.output
    assert SAID[lang] in result.output
    assert _stored(db) == [(None, None)]
    ok("update", db, rid, "--json", "-", input='{"claimed_amount": 1250000, "currency": "USD"}')
    assert _stored(db) == [(1_250_000.0, "USD")]
    # clearing the currency of a record with an amount is refused too
    result = run("--lang", lang, "update", db, rid, "--json", "-", input='{"currency": null}')
    assert result.exit_code != 0 and SAID[lang] in result.output
    assert _stored(db) == [(1_250_000.0, "USD")]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_import_rejects_a_row_whose_amount_names_no_currency(us, tmp_path, lang):
    db, _ = us
    sheet = tmp_path / "cases.csv"
    sheet.write_text("제목,기업,권리 유형,분쟁 유형,접수일,청구 금액\n"
                     "특허 분쟁,(주)한빛배터리,특허,침해소송,2025-01-15,3억 5천만\n"
                     "상표 분쟁,(주)한빛배터리,상표,침해소송,2025-01-16,\"$3,000,000\"\n",
                     encoding="utf-8")
    result = run("--lang", lang, "import", db, sheet, "--kind", "disputes", "--skip-invalid")
    assert SAID[lang] in result.output, result.output
    assert _stored(db) == [(3_000_000.0, "USD")]  # the row with a sign, the other refused
