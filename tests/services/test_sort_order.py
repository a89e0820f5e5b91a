"""A vocabulary column sorts by what a person reads: its label, or a process order."""

from __future__ import annotations

import pytest

from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.services import records
from officer_desk.services.queries import ListQuery, list_records
from officer_desk.services.sort_order import SortBasis, basis_of

KINDS = ["warning_letter", "customs_detention", "mediation", "opposition", "itc_337"]
STAGES = ["closed", "intake", "hearing", "filed", "appeal"]


@pytest.fixture
def disputes(desk, company):
    items = [{"title_ko": f"분쟁 {n}", "company_id": company.id, "ip_type": "patent",
              "dispute_kind": k, "stage": s, "opened_on": "2024-03-01"}
             for n, (k, s) in enumerate(zip(KINDS, STAGES, strict=True))]
    return records.create_many(desk, DISPUTES, items).created


def shown(desk, sort, lang, name):
    page = list_records(desk, DISPUTES, ListQuery(sort=sort, sort_lang=lang, limit=None))
    return [desk.vocab.label(DISPUTES.field(name).vocab, r[name], lang) for r in page.records]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_vocabulary_sorts_by_its_label_in_the_language(desk, disputes, lang):
    labels = shown(desk, "dispute_kind", lang, "dispute_kind")
    assert labels == sorted(labels, key=str.casefold)
    assert shown(desk, "-dispute_kind", lang, "dispute_kind") == labels[::-1]


def test_the_two_languages_give_different_orders(desk, disputes):
    def codes(lang):
        page = list_records(desk, DISPUTES,
                            ListQuery(sort="dispute_kind", sort_lang=lang, limit=None))
        return [r["dispute_kind"] for r in page.records]

    # English: Customs…, ITC…, Mediation, Opposition, Warning…; codes alone differ again
    assert codes("en") == ["customs_detention", "itc_337", "mediation", "opposition",
                           "warning_letter"]
    assert codes("ko") != codes("en")
    assert codes("en") != sorted(KINDS) or codes("ko") != sorted(KINDS)


def test_a_stage_sorts_in_the_process_order_in_both_languages(desk, disputes):
    for lang in ("en", "ko"):
        page = list_records(desk, DISPUTES, ListQuery(sort="stage", sort_lang=lang,
                                                      limit=None))
        assert [r["stage"] for r in page.records] == [
            "intake", "filed", "hearing", "appeal", "closed"]


def test_a_blank_sorts_last_both_ways(desk, company):
    records.create(desk, COMPANIES, {"name_ko": "규모 없음"})
    for sort in ("size", "-size"):
        page = list_records(desk, COMPANIES, ListQuery(sort=sort, limit=None))
        assert page.records[-1]["size"] is None


def test_what_each_field_sorts_by():
    assert basis_of(DISPUTES.field("stage")) is SortBasis.PROCESS
    assert basis_of(DISPUTES.field("status")) is SortBasis.PROCESS
    assert basis_of(DISPUTES.field("ip_type")) is SortBasis.LABEL
    assert basis_of(DISPUTES.field("opened_on")) is SortBasis.VALUE
