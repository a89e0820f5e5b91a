"""The same exporter entered at several posts is linked at HQ, records untouched."""

from __future__ import annotations

import pytest

from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.services import records
from officer_desk.services.companies import (
    disputes_across_posts,
    link_companies,
    normalise_name,
    same_company,
)


@pytest.mark.parametrize(("a", "b"), [
    ("(주)한빛배터리", "한빛배터리 주식회사"),
    ("Hanbit Battery Co., Ltd.", "HANBIT BATTERY"),
    ("Hanbit  Battery Inc.", "hanbit-battery"),
    ("㈜한빛 배터리", "한빛배터리"),
])
def test_names_that_are_the_same_company(a, b):
    assert normalise_name(a) == normalise_name(b)


def test_names_that_are_not():
    assert normalise_name("한빛배터리") != normalise_name("한빛전자")


def test_hq_links_records_of_one_exporter(hq_desk):
    def company(post, **values):
        record, _ = records.create(hq_desk, COMPANIES, values, post=post, foreign_ok=True)
        return record

    def dispute(post, company_record, title):
        records.create(hq_desk, DISPUTES, {
            "title_ko": title, "company_id": company_record.id, "ip_type": "trademark",
            "dispute_kind": "opposition", "opened_on": "2025-01-01",
        }, post=post, foreign_ok=True)

    us = company("US", name_ko="(주)한빛배터리", brn="123-45-67891")
    cn = company("CN", name_ko="한빛배터리 주식회사", name_en="Hanbit Battery")
    jp = company("JP", name_en="HANBIT BATTERY CO., LTD.", brn="1234567891")
    other = company("EU", name_ko="세진디스플레이")
    dispute("US", us, "미국 분쟁")
    dispute("CN", cn, "중국 분쟁")
    dispute("JP", jp, "일본 분쟁")
    dispute("EU", other, "다른 회사 분쟁")
    before = {c.id: c.version for c in (us, cn, jp, other)}
    summary = link_companies(hq_desk)
    assert (summary.groups, summary.linked) == (1, 3)
    assert {c.post for c in same_company(hq_desk, cn.id)} == {"US", "CN", "JP"}
    assert [c.id for c in same_company(hq_desk, other.id)] == [other.id]
    titles = {d["title_ko"] for d in disputes_across_posts(hq_desk, jp.id)}
    assert titles == {"미국 분쟁", "중국 분쟁", "일본 분쟁"}
    after = {cid: records.get(hq_desk, cid).version for cid in before}
    assert after == before  # nobody's records were rewritten
    assert link_companies(hq_desk) == summary  # recomputing changes nothing
