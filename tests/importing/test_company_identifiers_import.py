"""A companies sheet's brand, domain, former-name and registration-number columns fill
the company's identifiers (the stakeholder edition of a briefing pack protects them)."""

from __future__ import annotations

from import_sheets import write_csv

from officer_desk.domain.kinds import COMPANIES
from officer_desk.importing.plan import plan_import
from officer_desk.importing.run import run_import


def test_identifier_columns_are_matched_and_stored_as_lists(desk, tmp_path):
    path = write_csv(tmp_path / "기업.csv",
                     ["기업명", "브랜드", "홈페이지", "구상호", "법인등록번호", "사업자등록번호"],
                     [["(주)아라엔터테인먼트", "ARA; 아라", "ara-ent.com; ara.kr", "아라미디어(주)",
                       "110111-1234567", "123-45-67891"]], encoding="utf-8-sig")
    plan = plan_import(desk, path, "company")
    assert {c.header: c.target for c in plan.columns} == {
        "기업명": "name", "브랜드": "brands", "홈페이지": "domains", "구상호": "former_names",
        "법인등록번호": "registration_numbers", "사업자등록번호": "brn"}
    assert run_import(desk, plan).created == 1
    company = next(r for r in desk.repo.rows(COMPANIES, "WHERE deleted = 0"))
    assert company["brands"] == ["ARA", "아라"]
    assert company["domains"] == ["ara-ent.com", "ara.kr"]
    assert company["former_names"] == ["아라미디어(주)"]
    assert company["registration_numbers"] == ["110111-1234567"]
    assert company["brn"] == "123-45-67891"
