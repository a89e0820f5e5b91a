"""The selection of a pack: normalised when made, checked against the desk."""

from __future__ import annotations

import datetime as dt

import pytest

from officer_desk.briefs.selection import BRIEF_KINDS, BriefSelection, check_selection
from officer_desk.domain.errors import ValidationError


def test_defaults_select_everything_internal_in_korean():
    s = BriefSelection()
    assert (s.edition, s.lang, s.brief_number, s.version) == ("internal", "ko", "1", "1")
    assert s.all_kinds == BRIEF_KINDS and s.posts == () and s.conference_id is None


def test_values_are_normalised():
    s = BriefSelection(posts="us, cn,US", kinds=("follow_ups", "disputes"),
                       date_from="2026.1.5", date_to=dt.date(2026, 3, 31), edition=" Stakeholder ",
                       lang="EN", tags=("npe", " npe ", ""), distribution="  KPAA,\n KINPA ",
                       conference_id="  ")
    assert s.posts == ("US", "CN")
    assert s.kinds == ("disputes", "follow_ups")  # in pack order
    assert s.date_from == dt.date(2026, 1, 5) and s.date_to == dt.date(2026, 3, 31)
    assert (s.edition, s.lang) == ("stakeholder", "en")
    assert s.tags == ("npe",)
    assert s.distribution == "KPAA, KINPA"
    assert s.conference_id is None
    assert s.wants("disputes") and not s.wants("engagements")


def test_every_problem_is_reported_at_once_in_both_languages():
    with pytest.raises(ValidationError) as e:
        BriefSelection(edition="public", lang="fr", kinds=("disputes", "memos"),
                       date_from="2026-05-01", date_to="2026-04-01", brief_number="../x",
                       version="")
    fields = [x.field for x in e.value.errors]
    assert fields == ["kinds", "date_to", "edition", "lang", "brief_number", "version"]
    assert "memos" in e.value.summary() and "internal or stakeholder" in e.value.summary()
    assert "판은" in e.value.summary("ko")


def test_a_bad_date_is_named():
    with pytest.raises(ValidationError, match="'31/02/2026' is not a date"):
        BriefSelection(date_from="31/02/2026")


def test_as_dict_is_json_friendly():
    s = BriefSelection(posts=("US",), date_from="2026-01-01", edition="stakeholder")
    d = s.as_dict()
    assert d["posts"] == ["US"] and d["date_from"] == "2026-01-01" and d["date_to"] is None
    assert d["edition"] == "stakeholder" and d["kinds"] == []


def test_check_against_the_desk(brief):
    check_selection(brief.desk, BriefSelection(posts=("US", "CN"),
                                               conference_id=brief.ids["k_current"],
                                               technology_fields=("ai",)))
    with pytest.raises(ValidationError) as e:
        check_selection(brief.desk, BriefSelection(
            posts=("US", "XX"), conference_id=brief.ids["d_us_public"],
            technology_fields=("warp_drive",)))
    text = e.value.summary()
    assert "unknown post(s) XX" in text
    assert f"no conference with id {brief.ids['d_us_public']}" in text
    assert "warp_drive" in text
