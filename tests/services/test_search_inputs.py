"""What a search query may be: normalised as stored text is, and of bounded cost."""

from __future__ import annotations

import unicodedata

import pytest
from click.testing import CliRunner

from officer_desk.cli import cli
from officer_desk.domain.kinds import DISPUTES
from officer_desk.services import search
from officer_desk.services.queries import ListQuery, check_query, list_records
from officer_desk.storage.search import MAX_QUERY_LENGTH, MAX_TERMS, QueryTooLong


def test_korean_pasted_in_decomposed_form_is_found(desk, dispute):
    typed = unicodedata.normalize("NFD", "한빛배터리")  # as macOS pastes it
    assert typed != "한빛배터리"
    assert dispute.id in {h.id for h in search.search(desk, typed)}
    assert search.count(desk, typed) >= 1
    page = list_records(desk, DISPUTES, ListQuery(text=typed))
    assert [r.id for r in page.records] == [dispute.id]


@pytest.mark.parametrize("query", [
    "가" * (MAX_QUERY_LENGTH + 1),
    " ".join(f"w{i}" for i in range(MAX_TERMS + 1)),
    "특허 분쟁 " * 4000,
])
def test_a_query_that_would_cost_too_much_is_refused_with_a_message(desk, dispute, query):
    with pytest.raises(QueryTooLong) as refused:
        search.search(desk, query)
    assert "at most 400 characters and 12 words" in str(refused.value)
    assert "검색어는 400자, 12단어까지" in refused.value.message("ko")
    with pytest.raises(QueryTooLong):
        search.count(desk, query)
    with pytest.raises(QueryTooLong):  # what the window checks before it reads a list
        check_query(desk, DISPUTES, ListQuery(text=query))


def test_a_query_at_the_limits_is_searched(desk, dispute):
    words = ["한빛배터리", *(f"x{i}" for i in range(MAX_TERMS - 1))]
    assert search.search(desk, " ".join(words)) == []  # every term must match
    assert search.search(desk, "한빛배터리 " + " " * (MAX_QUERY_LENGTH - 20))


def test_the_command_line_says_it_too(desk, dispute):
    desk.conn.commit()
    result = CliRunner().invoke(cli, ["search", str(desk.path), "특허 " * 200])
    assert result.exit_code == 1
    assert "at most 400 characters and 12 words" in result.output
