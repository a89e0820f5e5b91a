"""A dispute row's company: a registration number names one company, so a row whose
name and number point at different companies is never linked silently to one of them
(s28)."""

from __future__ import annotations

from import_sheets import write_csv

from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.importing.plan import plan_import
from officer_desk.importing.run import run_import
from officer_desk.services import records

HEADER = ["사건명", "접수일", "권리", "분쟁유형", "회사명", "사업자등록번호"]
MIRAE_BRN, OTHER_BRN = "110-81-12345", "214-88-00005"


def _row(title: str, company: str, brn: str | None) -> list[str | None]:
    return [title, "2024-03-01", "특허", "침해소송", company, brn]


def _companies(desk) -> list[tuple]:
    return sorted((r["name_ko"] or r["name_en"], r["brn"])
                  for r in desk.repo.rows(COMPANIES, "WHERE deleted = 0"))


def _messages(plan, lang: str = "en") -> list[str]:
    return [p.text(lang) for p in plan.problems]


def test_a_name_of_a_company_with_another_number_refuses_the_row(desk, tmp_path):
    records.create(desk, COMPANIES, {"name_ko": "미래", "brn": MIRAE_BRN})
    path = write_csv(tmp_path / "분쟁.csv", HEADER, [_row("사건 1", "미래", OTHER_BRN)])
    plan = plan_import(desk, path, "disputes")
    assert [r.action for r in plan.rows] == ["rejected"]
    (message,) = _messages(plan)
    assert MIRAE_BRN in message and OTHER_BRN in message and "'미래'" in message
    assert MIRAE_BRN in _messages(plan, "ko")[0] and "'미래'" in _messages(plan, "ko")[0]
    assert plan.new_companies == []


def test_two_rows_of_one_new_name_with_two_numbers_make_no_single_company(desk, tmp_path):
    path = write_csv(tmp_path / "분쟁.csv", HEADER, [_row("사건 1", "미래", MIRAE_BRN),
                                                    _row("사건 2", "미래", OTHER_BRN)])
    plan = plan_import(desk, path, "disputes")
    assert [r.action for r in plan.rows] == ["create", "rejected"]
    assert OTHER_BRN in _messages(plan)[0]
    run_import(desk, plan, skip_invalid=True)
    assert _companies(desk) == [("미래", MIRAE_BRN)]


def test_a_number_given_on_a_later_row_of_a_new_company_is_kept(desk, tmp_path):
    path = write_csv(tmp_path / "분쟁.csv", HEADER, [_row("사건 1", "미래", None),
                                                    _row("사건 2", "미래", MIRAE_BRN)])
    plan = plan_import(desk, path, "disputes")
    assert [r.action for r in plan.rows] == ["create", "create"]
    run_import(desk, plan)
    assert _companies(desk) == [("미래", MIRAE_BRN)]
    linked = {r["company_id"] for r in desk.repo.rows(DISPUTES, "WHERE deleted = 0")}
    assert len(linked) == 1


def test_a_number_the_existing_company_lacks_is_said(desk, tmp_path):
    records.create(desk, COMPANIES, {"name_ko": "미래"})
    path = write_csv(tmp_path / "분쟁.csv", HEADER, [_row("사건 1", "미래", MIRAE_BRN)])
    plan = plan_import(desk, path, "disputes")
    assert [r.action for r in plan.rows] == ["create"]
    notes = [p.text("en") for r in plan.rows for p in r.problems if not p.blocking]
    assert any(MIRAE_BRN in n and "not stored" in n for n in notes), notes


def test_a_name_other_than_the_numbers_company_is_said(desk, company, tmp_path):
    path = write_csv(tmp_path / "분쟁.csv", HEADER,
                     [_row("사건 1", "다른이름", company["brn"])])
    plan = plan_import(desk, path, "disputes")
    assert [r.action for r in plan.rows] == ["create"]
    notes = [p.text("ko") for r in plan.rows for p in r.problems if not p.blocking]
    assert any("다른이름" in n and "(주)한빛배터리" in n for n in notes), notes
    run_import(desk, plan)
    (stored,) = desk.repo.rows(DISPUTES, "WHERE deleted = 0")
    assert stored["company_id"] == company.id


def test_a_companies_row_found_by_name_does_not_change_the_companys_number(desk, tmp_path):
    records.create(desk, COMPANIES, {"name_ko": "미래", "brn": MIRAE_BRN, "size": "sme"})
    path = write_csv(tmp_path / "기업.csv", ["회사명", "사업자등록번호", "규모"],
                     [["미래", OTHER_BRN, "large"]])
    plan = plan_import(desk, path, "companies")
    assert [r.action for r in plan.rows] == ["rejected"]
    (message,) = _messages(plan)
    assert MIRAE_BRN in message and OTHER_BRN in message and "'미래'" in message
    assert "미래" in _messages(plan, "ko")[0] and OTHER_BRN in _messages(plan, "ko")[0]
    assert _companies(desk) == [("미래", MIRAE_BRN)]


def test_a_companies_row_fills_a_number_the_company_lacks(desk, tmp_path):
    records.create(desk, COMPANIES, {"name_ko": "미래"})
    path = write_csv(tmp_path / "기업.csv", ["회사명", "사업자등록번호"], [["미래", MIRAE_BRN]])
    plan = plan_import(desk, path, "companies")
    assert [r.action for r in plan.rows] == ["update"]
    run_import(desk, plan)
    assert _companies(desk) == [("미래", MIRAE_BRN)]


def test_a_name_two_companies_here_share_refuses_the_row(desk, tmp_path):
    """Two companies of this post with one name (their numbers differ): a row giving
    only the name was linked to the first of them (s28)."""
    records.create(desk, COMPANIES, {"name_ko": "(주)미래", "brn": MIRAE_BRN})
    records.create(desk, COMPANIES, {"name_ko": "미래 주식회사", "brn": OTHER_BRN})
    path = write_csv(tmp_path / "분쟁.csv", HEADER, [_row("사건 1", "미래", None),
                                                    _row("사건 2", "미래", OTHER_BRN)])
    plan = plan_import(desk, path, "disputes")
    assert [r.action for r in plan.rows] == ["rejected", "create"]
    (message,) = _messages(plan)
    assert MIRAE_BRN in message and OTHER_BRN in message and "registration" in message
    assert "사업자등록번호" in _messages(plan, "ko")[0]


def test_a_companies_row_naming_two_companies_refuses_the_row(desk, tmp_path):
    records.create(desk, COMPANIES, {"name_ko": "(주)미래", "brn": MIRAE_BRN})
    records.create(desk, COMPANIES, {"name_ko": "미래 주식회사", "brn": OTHER_BRN})
    path = write_csv(tmp_path / "기업.csv", ["회사명", "규모"], [["미래", "large"]])
    plan = plan_import(desk, path, "companies")
    assert [r.action for r in plan.rows] == ["rejected"]
    assert MIRAE_BRN in _messages(plan)[0]
