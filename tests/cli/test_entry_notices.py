"""Ways in that still changed a value unseen (s27): a code given in other capitals or by
its label, ``--actor`` and ``init --officer`` with spaces at their ends, and a refusal
that said the tidied values but not the other problems of the same input.

Each is said (a ``notice:`` line) or refused, in English and in Korean; what the file
holds is read back with sqlite3.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_errors import run
from test_input_edges import stored

from officer_desk.cli.window_start import window_arguments

NOTICE = {"en": "notice: stored otherwise than given: ", "ko": "알림: 적힌 것과 다르게 저장함: "}
CODE = {"en": "(written as the code in its list)", "ko": "(목록에 있는 코드로 적음)"}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_post_and_a_size_in_other_capitals_are_stored_as_their_codes_and_said(
        us_db: Path, lang: str) -> None:
    company = {"name_ko": "(주)한빛배터리", "size": "SME", "post": "us"}
    result = run("--lang", lang, "add", str(us_db), "company", "--json", "-",
                 input=json.dumps(company, ensure_ascii=False))
    assert result.exit_code == 0, result.output
    said = result.stderr
    assert f'{NOTICE[lang]}post: "us" → ' in said, said
    assert f'"US" {CODE[lang]}' in said
    assert f'{NOTICE[lang]}size: "SME" → ' in said
    assert f'"sme" {CODE[lang]}' in said
    assert stored(us_db, "SELECT post, size FROM companies") == [("US", "sme")]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_label_and_a_counterparty_type_are_said_as_their_codes(us_db: Path,
                                                                  lang: str) -> None:
    made = run("add", str(us_db), "company", "--json", "-",
               input=json.dumps({"name_ko": "(주)한빛배터리", "size": "sme"}))
    assert made.exit_code == 0, made.output
    company = stored(us_db, "SELECT id FROM companies")[0][0]
    dispute = {"title_ko": "특허 침해", "company_id": company, "dispute_kind": "mediation",
               "opened_on": "2024-03-01", "ip_type": "특허",
               "counterparties": [{"name": "Acme", "type": "Competitor"}]}
    result = run("--lang", lang, "add", str(us_db), "dispute", "--json", "-",
                 input=json.dumps(dispute, ensure_ascii=False))
    assert result.exit_code == 0, result.output
    said = result.stderr
    assert f'{NOTICE[lang]}ip_type: "특허" → ' in said, said
    assert f"{NOTICE[lang]}counterparties:" in said
    assert f'"patent" {CODE[lang]}' in said
    [(ip, parties)] = stored(us_db, "SELECT ip_type, counterparties FROM disputes")
    assert ip == "patent"
    assert json.loads(parties) == [{"name": "Acme", "type": "competitor"}]


PROBLEMS = {
    "en": ("error: 1 value(s) would be stored otherwise than given, so nothing was stored",
           'name_ko: "한빛\\t배터리" → stored as "한빛 배터리"',
           "and 1 problem(s) that must be put right as well:",
           "#1: Size: unknown value 'nope'", "--accept-changes"),
    "ko": ("오류: 값 1개가 적힌 것과 다르게 저장되므로 아무것도 저장하지 않았습니다",
           'name_ko: "한빛\\t배터리" → 저장되는 값 "한빛 배터리"',
           "그리고 함께 고쳐야 할 문제 1개:", "#1: 기업 규모: 알 수 없는 값 'nope'",
           "--accept-changes를 붙이십시오"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_add_says_the_tidied_values_and_the_problems_in_one_run(us_db: Path,
                                                                lang: str) -> None:
    company = {"name_ko": "한빛\t배터리", "size": "nope"}
    result = run("--lang", lang, "add", str(us_db), "company", "--json", "-",
                 input=json.dumps(company, ensure_ascii=False))
    assert result.exit_code == 1, result.output
    for words in PROBLEMS[lang]:
        assert words in result.stderr, result.stderr
    assert stored(us_db, "SELECT count(*) FROM companies") == [(0,)]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_update_says_the_tidied_values_and_the_problems_in_one_run(us_db: Path,
                                                                   lang: str) -> None:
    made = run("add", str(us_db), "company", "--json", "-",
               input=json.dumps({"name_ko": "(주)한빛배터리", "size": "sme"}))
    assert made.exit_code == 0, made.output
    [(rid,)] = stored(us_db, "SELECT id FROM companies")
    result = run("--lang", lang, "update", str(us_db), rid, "--json", "-",
                 input=json.dumps({"name_ko": "한빛\t배터리", "size": "nope"},
                                  ensure_ascii=False))
    assert result.exit_code == 1, result.output
    for words in PROBLEMS[lang][1:4]:
        assert words.replace("#1: ", "") in result.stderr, result.stderr
    assert stored(us_db, "SELECT name_ko, size FROM companies") == [("(주)한빛배터리", "sme")]


ACTOR = {"en": 'notice: --actor "  Kim " is recorded as "Kim" (spaces at the ends left out)',
         "ko": '알림: --actor "  Kim "은(는) "Kim"(으)로 기록합니다(앞뒤 공백을 뺌)'}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_actor_with_spaces_at_its_ends_is_said_before_it_is_recorded(
        us_db: Path, lang: str) -> None:
    result = run("--lang", lang, "--actor", "  Kim ", "add", str(us_db), "company",
                 "--json", "-", input=json.dumps({"name_ko": "(주)한빛배터리"}))
    assert result.exit_code == 0, result.output
    assert ACTOR[lang] in result.stderr, result.stderr
    recorded = stored(us_db, "SELECT DISTINCT actor FROM history WHERE kind = 'companies'")
    assert recorded == [("Kim",)]


OFFICER = {"en": 'notice: --officer " 김영희  " is recorded as "김영희" (spaces at the ends '
                 "left out)",
           "ko": '알림: --officer " 김영희  "은(는) "김영희"(으)로 기록합니다(앞뒤 공백을 뺌)'}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_init_says_an_officer_with_spaces_at_its_ends(tmp_path: Path, lang: str) -> None:
    db = tmp_path / "us.sqlite"
    result = run("--lang", lang, "init", str(db), "--post", "US", "--officer", " 김영희  ")
    assert result.exit_code == 0, result.output
    assert OFFICER[lang] in result.stderr, result.stderr
    assert stored(db, "SELECT value FROM meta WHERE key = 'officer'") == [("김영희",)]


def test_an_actor_as_given_needs_nothing_said() -> None:
    result = run("--actor", "Kim", "--help")
    assert result.exit_code == 0 and "notice" not in result.stderr


def test_the_windows_actor_with_spaces_goes_through_click_which_says_it(
        tmp_path: Path) -> None:
    """The window was started with the name as given ("  Kim "), recorded so, unseen;
    a name with a control character reached the history too."""
    db = str(tmp_path / "us.sqlite")
    assert window_arguments(["--actor", "Kim", "gui", db]) is not None
    assert window_arguments(["--actor", "  Kim ", "gui", db]) is None
    assert window_arguments(["--actor=Kim\x1b[2J", "gui", db]) is None
    assert window_arguments(["--actor", "   ", "gui", db]) is None
