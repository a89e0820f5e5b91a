"""One business registration number, one company at a post: refused at every entry
(services, ``add``, the import), shared between posts (HQ links them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from officer_desk.cli import cli
from officer_desk.domain.errors import ValidationError
from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import records
from officer_desk.services.desk import open_desk
from officer_desk.services.transfer import iter_records


def _names(desk) -> list[str]:
    return sorted(r["name_ko"] or r["name_en"] for r in iter_records(desk, COMPANIES))


def test_a_second_company_with_the_number_is_refused_naming_the_first(desk, company):
    with pytest.raises(ValidationError) as caught:
        records.create(desk, COMPANIES, {"name_ko": "한빛전지", "brn": "1234567891"})
    [error] = caught.value.errors
    assert error.field == "brn"
    assert "123-45-67891" in error.en and "'Hanbit Battery Co., Ltd.'" in error.en
    assert f"id {company.id[:8]}" in error.en
    assert "'(주)한빛배터리'" in error.ko and "이 공관의" in error.ko
    assert _names(desk) == ["(주)한빛배터리"]


def test_changing_a_company_to_anothers_number_is_refused(desk, company):
    other, _ = records.create(desk, COMPANIES, {"name_ko": "세진화장품", "brn": "220-81-62517"})
    with pytest.raises(ValidationError) as caught:
        records.update(desk, other.id, {"brn": "123-45-67891"})
    assert "(주)한빛배터리" in caught.value.errors[0].ko
    assert records.get(desk, other.id)["brn"] == "220-81-62517"
    records.update(desk, company.id, {"brn": "123 45 67891", "contact": "02-123-4567"})
    assert records.get(desk, company.id)["contact"] == "02-123-4567"


def test_two_new_companies_with_one_number_in_one_batch_are_refused(desk):
    with pytest.raises(ValidationError) as caught:
        records.create_many(desk, COMPANIES, [
            {"name_ko": "가나상사", "brn": "220-81-62517"},
            {"name_ko": "다라상사", "brn": "2208162517"},
        ])
    assert [e.field for e in caught.value.errors] == ["#2.brn"]
    assert "'가나상사'" in caught.value.errors[0].ko
    assert _names(desk) == []


def test_a_deleted_company_does_not_hold_its_number_until_restored(desk, company):
    records.delete(desk, company.id)
    again, _ = records.create(desk, COMPANIES, {"name_ko": "한빛배터리(신)", "brn": "1234567891"})
    with pytest.raises(ValidationError) as caught:
        records.restore(desk, company.id)
    assert "한빛배터리(신)" in caught.value.errors[0].ko
    assert records.get(desk, company.id).deleted
    assert records.get(desk, again.id)["brn"] == "123-45-67891"


def test_companies_of_different_posts_may_share_a_number(hq_desk):
    for post in ("US", "CN"):
        records.create(hq_desk, COMPANIES, {"name_ko": f"한빛배터리 {post}",
                                            "brn": "123-45-67891"},
                       post=post, foreign_ok=True)
    records.create(hq_desk, COMPANIES, {"name_ko": "한빛배터리 본청", "brn": "123-45-67891"})
    with pytest.raises(ValidationError):
        records.create(hq_desk, COMPANIES, {"name_ko": "한빛 본청 둘", "brn": "123-45-67891"})
    assert len(_names(hq_desk)) == 3


def test_add_on_the_command_line_refuses_the_number(tmp_path: Path):
    db = tmp_path / "us.sqlite"
    runner = CliRunner(env={"LANG": "en_US.UTF-8", "LC_ALL": None, "LC_MESSAGES": None})
    assert runner.invoke(cli, ["init", str(db), "--post", "US", "--officer", "김"]).exit_code == 0
    first = tmp_path / "a.json"
    first.write_text(json.dumps({"name_ko": "(주)한빛배터리", "brn": "123-45-67891"}), "utf-8")
    assert runner.invoke(cli, ["add", str(db), "company", "--json", str(first)]).exit_code == 0
    second = tmp_path / "b.json"
    second.write_text(json.dumps({"name_en": "Hanbit", "brn": "1234567891"}), "utf-8")
    result = runner.invoke(cli, ["add", str(db), "company", "--json", str(second)])
    assert result.exit_code != 0
    assert "123-45-67891 is already the number of '(주)한빛배터리'" in result.output
    desk = open_desk(db)
    try:
        assert _names(desk) == ["(주)한빛배터리"]
    finally:
        desk.close()



def test_an_import_row_giving_a_company_anothers_number_is_refused(desk, company, tmp_path):
    from officer_desk.importing.plan import plan_import

    other, _ = records.create(desk, COMPANIES, {"name_ko": "세진화장품"})
    sheet = tmp_path / "기업.csv"  # an export's row: the id names 세진화장품
    sheet.write_text(f"id,기업명,사업자등록번호\n{other.id},세진화장품,123-45-67891\n",
                     encoding="utf-8")
    plan = plan_import(desk, sheet, "companies")
    [row] = plan.rows
    assert row.action == "rejected"
    assert any("(주)한빛배터리" in p.ko and p.column == "C" for p in row.problems)
    assert records.get(desk, other.id)["brn"] is None


def test_an_export_added_twice_is_refused_for_its_ids_not_for_its_own_numbers(tmp_path):
    """The second ``add all`` of one export: each company is already there, said once
    (its id); its number is its own, not "another company's"."""
    db = tmp_path / "us.sqlite"
    runner = CliRunner(env={"LANG": "en_US.UTF-8", "LC_ALL": None, "LC_MESSAGES": None})
    assert runner.invoke(cli, ["init", str(db), "--post", "US", "--officer", "김"]).exit_code == 0
    company = tmp_path / "a.json"
    company.write_text(json.dumps({"name_ko": "(주)한빛배터리", "brn": "123-45-67891"}),
                       "utf-8")
    assert runner.invoke(cli, ["add", str(db), "company", "--json", str(company)]).exit_code == 0
    export = tmp_path / "us-export.json"
    assert runner.invoke(cli, ["export", str(db), "--out", str(export)]).exit_code == 0
    again = runner.invoke(cli, ["add", str(db), "all", "--json", str(export)])
    assert again.exit_code != 0
    assert "already" in again.output and "is already the number of" not in again.output
