"""The summary's sentences write counts as the tiles beside them do: 17,849, not 17849."""

import pytest

from officer_desk.briefs.words import word

SENTENCES = {
    "hl_disputes": {"open": 17849, "new": 41666, "moved": 1200, "closed": 23817},
    "hl_deadlines": {"due": 3423, "overdue": 3837},
    "hl_engagements": {"engagements": 15624},
    "hl_actions": {"open": 1006},
    "hl_top_post": {"post": "워싱턴 D.C. (US)", "count": 5951},
}


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("key", sorted(SENTENCES))
def test_counts_have_thousands_separators(key, lang):
    said = word(key, lang, **SENTENCES[key])
    for value in SENTENCES[key].values():
        if isinstance(value, int):
            assert f"{value:,}" in said and f"{value}" not in said.replace(f"{value:,}", "")
