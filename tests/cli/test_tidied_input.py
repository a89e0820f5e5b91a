"""`add` and `update` never change a value on the way without showing it first.

A value that would be stored otherwise than the JSON gives it (a tag given twice, a line
break in a one-line text, decomposed Hangul, CR LF in a long text, a post's code in small
letters) is refused with the value as it would be stored and the option that accepts it;
nothing is stored. Spaces at the ends of a one-line text are left out and said. What is
stored is read back with sqlite3, not through Officer Desk.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from test_errors import run
from test_input_edges import stored

TAGS = {"name_ko": "(주)한빛배터리", "tags": ["AI", "배터리", "AI"]}

REFUSED = {
    "en": ("error: 1 value(s) would be stored otherwise than given, so nothing was stored",
           '→ stored as ["AI", "배터리"]', "given more than once, kept once: \"AI\"",
           "--accept-changes"),
    "ko": ("오류: 값 1개가 적힌 것과 다르게 저장되므로 아무것도 저장하지 않았습니다",
           '→ 저장되는 값 ["AI", "배터리"]', "두 번 이상 적힌 항목을 한 번만 둠: \"AI\"",
           "--accept-changes를 붙이십시오"),
}


def _companies(db: Path) -> list[tuple]:
    return stored(db, "SELECT name_ko, tags FROM companies")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_repeated_tag_is_refused_with_what_would_be_stored(us_db, lang) -> None:
    result = run("--lang", lang, "add", str(us_db), "company", "--json", "-",
                 input=json.dumps(TAGS, ensure_ascii=False))
    assert result.exit_code == 1, result.output
    for words in REFUSED[lang]:
        assert words in result.stderr, result.stderr
    assert '"tags": ["AI", "배터리", "AI"]' not in result.stderr  # said by its field alone
    assert 'tags: ["AI", "배터리", "AI"]' in result.stderr
    assert _companies(us_db) == []


@pytest.mark.parametrize("lang,said", [
    ("en", "notice: stored otherwise than given: tags:"),
    ("ko", "알림: 적힌 것과 다르게 저장함: tags:"),
])
def test_accepted_the_tidied_value_is_stored_as_shown_and_said(us_db, lang, said) -> None:
    result = run("--lang", lang, "add", str(us_db), "company", "--json", "-",
                 "--accept-changes", input=json.dumps(TAGS, ensure_ascii=False))
    assert result.exit_code == 0, result.output
    assert said in result.stderr
    assert _companies(us_db) == [("(주)한빛배터리", '["AI","배터리"]')]


@pytest.mark.parametrize("lang,said", [
    ("en", 'notice: stored otherwise than given: name_ko: "  (주)한빛배터리 " → stored as '
           '"(주)한빛배터리" (spaces at the ends left out)'),
    ("ko", '알림: 적힌 것과 다르게 저장함: name_ko: "  (주)한빛배터리 " → 저장되는 값 '
           '"(주)한빛배터리" (앞뒤 공백을 뺌)'),
])
def test_spaces_at_the_ends_of_a_line_are_left_out_and_said(us_db, lang, said) -> None:
    result = run("--lang", lang, "add", str(us_db), "company", "--json", "-",
                 input=json.dumps({"name_ko": "  (주)한빛배터리 "}, ensure_ascii=False))
    assert result.exit_code == 0, result.output
    assert said in result.stderr
    assert _companies(us_db) == [("(주)한빛배터리", "[]")]


@pytest.mark.parametrize("given,how", [
    ({"name_ko": "(주)한빛\n배터리"}, "line breaks and tabs made spaces"),
    ({"name_ko": "(주)한빛\t배터리"}, "line breaks and tabs made spaces"),
    ({"name_ko": unicodedata.normalize("NFD", "(주)한빛배터리")}, "composed form, NFC"),
    ({"name_ko": "(주)한빛배터리", "brands": ["Hanbit", "  "]}, "empty items left out"),
    ({"name_ko": "(주)한빛배터리", "notes": "line one\r\nline two"}, "CR LF and CR"),
    ({"name_ko": "(주)한빛배터리", "notes": "a paragraph\n\n"}, "blank lines"),
])
def test_every_other_change_on_the_way_is_refused(us_db, given, how) -> None:
    result = run("--lang", "en", "add", str(us_db), "company", "--json", "-",
                 input=json.dumps(given, ensure_ascii=False))
    assert result.exit_code == 1, result.output
    assert how in result.stderr and "--accept-changes" in result.stderr
    assert _companies(us_db) == []


def test_decomposed_hangul_accepted_is_stored_composed(us_db) -> None:
    typed = unicodedata.normalize("NFD", "(주)한빛배터리")
    result = run("add", str(us_db), "company", "--json", "-", "--accept-changes",
                 input=json.dumps({"name_ko": typed}, ensure_ascii=False))
    assert result.exit_code == 0, result.output
    assert _companies(us_db) == [("(주)한빛배터리", "[]")]


def test_several_records_say_which_one_and_store_none(us_db) -> None:
    items = [{"name_ko": "가나"}, {"name_ko": "다라", "tags": ["x", "x"]}]
    result = run("--lang", "ko", "add", str(us_db), "company", "--json", "-",
                 input=json.dumps(items, ensure_ascii=False))
    assert result.exit_code == 1
    assert '2번째 기록: tags: ["x", "x"] → 저장되는 값 ["x"]' in result.stderr
    assert _companies(us_db) == []


@pytest.fixture
def company(us_db: Path) -> str:
    result = run("add", str(us_db), "company", "--json", "-",
                 input=json.dumps({"name_ko": "(주)한빛배터리", "notes": "one"}))
    assert result.exit_code == 0, result.output
    return result.output.split("id: ")[1].strip()


@pytest.mark.parametrize("lang,words", [
    ("en", ('notes: "two\\r\\nlines" → stored as "two\\nlines"', "--accept-changes")),
    ("ko", ('notes: "two\\r\\nlines" → 저장되는 값 "two\\nlines"', "--accept-changes를")),
])
def test_update_refuses_a_change_on_the_way_and_keeps_the_record(us_db, company, lang,
                                                                 words) -> None:
    change = json.dumps({"notes": "two\r\nlines", "tags": ["a"]})
    result = run("--lang", lang, "update", str(us_db), company, "--json", "-", input=change)
    assert result.exit_code == 1, result.output
    for w in words:
        assert w in result.stderr, result.stderr
    assert stored(us_db, "SELECT notes, tags FROM companies") == [("one", "[]")]
    again = run("update", str(us_db), company, "--json", "-", "--accept-changes",
                input=change)
    assert again.exit_code == 0, again.output
    assert stored(us_db, "SELECT notes, tags FROM companies") == [("two\nlines", '["a"]')]


def test_a_posts_code_in_small_letters_is_shown_in_capitals_first(tmp_path) -> None:
    hq = tmp_path / "hq.sqlite"
    assert run("init", str(hq), "--hq", "--officer", "김영희").exit_code == 0
    post = json.dumps({"code": "ny", "name_en": "New York"})
    result = run("--lang", "en", "add", str(hq), "posts", "--json", "-", input=post)
    assert result.exit_code == 1
    assert 'code: "ny" → stored as "NY" (written in capitals, as codes are)' in result.stderr
    assert stored(hq, "SELECT code FROM posts WHERE name_en = 'New York'") == []
    result = run("add", str(hq), "posts", "--json", "-", "--accept-changes", input=post)
    assert result.exit_code == 0, result.output
    assert stored(hq, "SELECT code FROM posts WHERE name_en = 'New York'") == [("NY",)]


def test_tags_keep_their_order_and_are_stored_without_a_word(us_db) -> None:
    given = {"name_ko": "(주)한빛배터리", "tags": ["배터리", "AI", "NPE"]}
    result = run("add", str(us_db), "company", "--json", "-",
                 input=json.dumps(given, ensure_ascii=False))
    assert result.exit_code == 0, result.output
    assert "notice" not in result.stderr
    assert _companies(us_db) == [("(주)한빛배터리", '["배터리","AI","NPE"]')]
