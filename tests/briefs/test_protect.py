"""Finding a company's protected strings in text: whole words, never inside another word."""

from __future__ import annotations

import pytest

from officer_desk.briefs.anonymise import name_forms
from officer_desk.briefs.protect import Matcher, iter_forms, normalise


def matcher(protected: dict[str, str], kept: tuple[str, ...] = ()) -> Matcher:
    """``protected``: text -> what (names get their forms without the legal form)."""
    pairs = []
    for text, what in protected.items():
        forms = name_forms(text) if what == "name" else {text}
        pairs += [(f, what) for f in forms]
    return Matcher([*iter_forms(pairs, "c1"), *iter_forms(((k, "kept") for k in kept), None)])


NAMES = matcher({"SK": "name", "LS Corp.": "name", "(주)아라엔터테인먼트": "name", "아라": "brand",
                 "ARA": "brand", "SK하이닉스": "name", "337-TA-1315": "case_number",
                 "123-45-67891": "registration", "1234567891": "registration",
                 "gaonconfectionery.kr": "domain", "Gaon Confectionery Co., Ltd.": "name",
                 "Nuri": "name"},
                kept=("Nuri Semiconductor Inc.", "Company A"))


def replaced(text: str) -> str:
    return NAMES.replace(text, lambda form: "<X>")


@pytest.mark.parametrize("text", [
    "risk assessment task", "+82-2-1234-5678", "pulse ELSE LSD", "SKU ask Skype",
    "아라비아 시장", "파라다이스", "Nuri Semiconductor Inc. signed", "337-TA-13150",
    "2026-03-12", "Company A — SME",
])
def test_nothing_is_replaced_inside_another_word(text):
    assert replaced(text) == text
    assert NAMES.find(text, strict=False) == []


@pytest.mark.parametrize("text, expected", [
    ("SK filed; SK's lawyers", "<X> filed; <X>'s lawyers"),
    ("LS Corp. and LS-corp and ls", "<X> and <X> and <X>"),
    ("ARA 위조품 (CBP LA/LB)", "<X> 위조품 (CBP LA/LB)"),
    ("아라의 상표, 아라가 출원", "<X>의 상표, <X>가 출원"),
    ("주식회사아라엔터테인먼트 측은", "주식회사<X> 측은"),
    ("(주)아라엔터테인먼트와 아라엔터테인먼트", "<X>와 <X>"),
    ("SK하이닉스가 SK 하이닉스", "<X>가 <X>"),
    ("Inv. No. 337-TA-1315 / 337 TA 1315", "Inv. No. <X> / <X>"),
    ("BRN 123-45-67891 or 1234567891", "BRN <X> or <X>"),
    ("see https://gaonconfectionery.kr/shop", "see https://<X>/shop"),
    ("Gaon Confectionery Co., Ltd. and GAON  CONFECTIONERY", "<X> and <X>"),
    ("Nuri Semiconductor Inc. and Nuri", "Nuri Semiconductor Inc. and <X>"),
    ("ＡＲＡ goods", "<X> goods"),
])
def test_protected_strings_are_replaced_as_whole_words(text, expected):
    assert replaced(text) == expected


@pytest.mark.parametrize("text, found", [
    ("gaonconfectionerykorea.net", "Gaon Confectionery"),
    ("GAON-CONFECTIONERY", "Gaon Confectionery"),
    ("대아라엔터테인먼트연합", "아라엔터테인먼트"),
    ("한 줄에\nSK", "SK"),
])
def test_the_strict_search_finds_what_replacing_leaves(text, found):
    assert found in {f.text for f in NAMES.find(text, strict=True)}


def test_a_line_break_is_not_a_gap_inside_a_name():
    assert replaced("LS\nCorp.") == "<X>\nCorp."


def test_numbers_are_not_searched_run_together():
    dated = matcher({"D2026-0127": "case_number"})
    assert dated.find("opened 2026-01-27", strict=True) == []
    assert [f.text for f in dated.find("WIPO D2026-0127", strict=True)] == ["D2026-0127"]


def test_normalise_is_the_spelling_names_are_compared_in():
    assert normalise("Gaon-Confectionery Ｃｏ.") == "gaonconfectioneryco"
    assert normalise("㈜한빛 배터리") == "주한빛배터리"


def test_too_short_strings_are_not_protected():
    assert list(iter_forms([("X", "name"), ("-", "brand"), ("", "name"), (None, "x")], "c")) \
        == []


def test_run_together_names_are_found_only_where_a_word_begins():
    sion = matcher({"Sion Materials Co., Ltd.": "name"})
    assert sion.find("Publish session materials on the website", strict=True) == []
    assert [f.text for f in sion.find("see sionmaterials-shop.com", strict=True)] == [
        "Sion Materials"]


def test_names_sharing_their_first_word_are_each_found():
    """Hundreds of names begin with "Korea": each is found (by its first two words), a
    name whose last word is Korean with a particle after it too, and the longest wins."""
    pairs = [(f"Korea Trading {n}", "name") for n in range(300)]
    pairs += [("Korea Foods", "brand"), ("Korea 한빛", "name"), ("Korea", "name")]
    matcher = Matcher(iter_forms(pairs, "c1"))
    found = {f.text for f in matcher.find("Korea Trading 217 and Korea Foods; Korea 한빛이 "
                                          "제소했다. Korea alone.", strict=True)}
    assert found == {"Korea Trading 217", "Korea Foods", "Korea 한빛", "Korea"}
    assert matcher.replace("Korea Trading 217 sued", lambda form: "Company X") == \
        "Company X sued"
    # "Korea Trading" without a number is none of the 300: only "Korea" is in it
    assert [f.text for f in matcher.find("Korea Trading", strict=False)] == ["Korea"]
