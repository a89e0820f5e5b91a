"""Lists: filters, sort, paging and period, with names checked against the field specs."""

from __future__ import annotations

import datetime as dt

import pytest

from officer_desk.domain.errors import ValidationError
from officer_desk.domain.kinds import DISPUTES
from officer_desk.services import records
from officer_desk.services.queries import ListQuery, count, list_records, parse_where


@pytest.fixture
def many(desk, company):
    items = []
    for i in range(30):
        items.append({
            "title_ko": f"분쟁 {i:02d}", "company_id": company.id,
            "ip_type": "trademark" if i % 3 == 0 else "patent",
            "dispute_kind": "opposition" if i % 3 == 0 else "infringement_suit",
            "stage": "filed" if i % 2 else "intake",
            "opened_on": dt.date(2023, 1, 1) + dt.timedelta(days=20 * i),
            "tags": ["긴급"] if i % 5 == 0 else [],
            "counterparties": [{"name": f"Party {i}", "type": "npe" if i % 4 == 0 else
                                "competitor"}],
        })
    records.create_many(desk, DISPUTES, items)
    return desk


def titles(page):
    return [r["title_ko"] for r in page.records]


def test_filter_by_vocabulary_code_or_label(many):
    assert list_records(many, DISPUTES, ListQuery(where={"ip_type": "trademark"})).total == 10
    assert list_records(many, DISPUTES, ListQuery(where={"ip_type": "상표"})).total == 10
    both = ListQuery(where={"ip_type": "trademark", "stage": ["filed"]})
    assert list_records(many, DISPUTES, both).total == 5


def test_sort_and_paging(many):
    q = ListQuery(sort="opened_on", limit=5, offset=5)
    page = list_records(many, DISPUTES, q)
    assert page.total == 30 and titles(page) == [f"분쟁 {i:02d}" for i in range(5, 10)]
    newest = list_records(many, DISPUTES, ListQuery(limit=1))
    assert titles(newest) == ["분쟁 29"]  # the default order: newest opened first


def test_period_on_the_kinds_date(many):
    q = ListQuery(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 3, 1))
    assert titles(list_records(many, DISPUTES, q)) == ["분쟁 02", "분쟁 01", "분쟁 00"]


def test_tags_and_counterparty_types(many):
    assert list_records(many, DISPUTES, ListQuery(where={"tags": "긴급"})).total == 6
    assert list_records(many, DISPUTES, ListQuery(where={"counterparties": "npe"})).total == 8


def test_text_restriction_combines_with_filters(many):
    q = ListQuery(text="분쟁 2", where={"stage": "filed"})
    assert set(titles(list_records(many, DISPUTES, q))) == {
        "분쟁 21", "분쟁 23", "분쟁 25", "분쟁 27", "분쟁 29"}


def test_deleted_records_are_left_out_unless_asked(many):
    first = list_records(many, DISPUTES, ListQuery(limit=1)).records[0]
    records.delete(many, first.id)
    assert count(many, DISPUTES) == 29
    assert list_records(many, DISPUTES, ListQuery(include_deleted=True)).total == 30
    assert titles(list_records(many, DISPUTES, ListQuery(only_deleted=True))) == ["분쟁 29"]


@pytest.mark.parametrize("query", [
    ListQuery(where={"colour": "red"}),
    ListQuery(where={"opened_on": "last year"}),
    ListQuery(sort="title_ko; DROP TABLE disputes"),
    ListQuery(where={"stage": "nowhere"}),
])
def test_bad_filters_are_clear_errors(many, query):
    with pytest.raises(ValidationError):
        list_records(many, DISPUTES, query)
    assert count(many, DISPUTES) == 30


def test_parse_where():
    assert parse_where(DISPUTES, ["stage=filed", "stage=hearing", "post=US"]) == {
        "stage": ["filed", "hearing"], "post": ["US"]}
    with pytest.raises(ValidationError):
        parse_where(DISPUTES, ["stage"])
