"""User text on its way into the PDF: cleaning, escaping, font runs, cutting."""

from __future__ import annotations

import pytest

from officer_desk.briefs.pdf_text import (
    MAIN,
    MISSING_COLOUR,
    clean,
    escape,
    register_fonts,
    split_text,
)
from officer_desk.fonts import FontProblem


@pytest.fixture(scope="module")
def fonts():
    try:
        return register_fonts("")
    except FontProblem as e:
        pytest.skip(f"no Korean TrueType font: {e}")


def test_escape_markup_characters() -> None:
    assert escape("R&D a<b <script> &amp;") == "R&amp;D a&lt;b &lt;script&gt; &amp;amp;"


def test_clean_removes_controls_and_keeps_line_breaks() -> None:
    assert clean("a\x01\x02\x07\x1bb") == "ab"
    assert clean("non \ufffe\uffff end") == "non  end"
    assert clean("one\r\ntwo\rthree\nfour") == "one\ntwo\nthree\nfour"
    assert clean("zero\u200bwidth\ufeff") == "zerowidth"
    assert clean("tab\there") == "tab    here"
    assert clean("이모지 👩\u200d💻\ufe0f") == "이모지 👩💻"


def test_markup_escapes_and_breaks_lines(fonts) -> None:
    assert fonts.markup("R&D\n<b>한글</b>") == "R&amp;D<br/>&lt;b&gt;한글&lt;/b&gt;"
    assert fonts.markup(None) == ""


def test_runs_by_font(fonts) -> None:
    if fonts.fallback is None:
        pytest.skip("no CJK fallback font (Debian: fonts-droid-fallback)")
    runs = list(fonts.runs("한글 漢字 简体 🚀!"))
    assert runs == [(MAIN, "한글 漢字 "), (fonts.fallback, "简体"), (MAIN, " "), (None, "🚀"),
                    (MAIN, "!")]
    markup = fonts.markup("简体 🚀")
    assert f'<font name="{fonts.fallback}">简体</font>' in markup
    assert f'<font color="{MISSING_COLOUR}">{fonts.missing_mark}</font>' in markup


def test_missing_characters_are_replaced_visibly_not_dropped(fonts) -> None:
    markup = fonts.markup("a🚀🔋b")
    assert fonts.missing_mark * 2 in markup
    assert markup.startswith("a") and markup.endswith("b")
    assert fonts.single_font("a🚀b") == (fonts.regular, f"a{fonts.missing_mark}b")


def test_plain_only_for_one_line_the_korean_font_covers(fonts) -> None:
    assert fonts.plain("한빛배터리 v. Voltaic") == "한빛배터리 v. Voltaic"
    assert fonts.plain("two\nlines") is None
    assert fonts.plain("简体") is None
    assert fonts.plain("bell\x07") is None


def test_single_font_uses_the_fallback_for_text_only_it_covers(fonts) -> None:
    if fonts.fallback is None:
        pytest.skip("no CJK fallback font (Debian: fonts-droid-fallback)")
    assert fonts.single_font("简体") == (fonts.fallback, "简体")
    assert fonts.single_font("한글", bold=True) == (fonts.bold, "한글")


def test_real_bold_face(fonts) -> None:
    assert fonts.bold != fonts.regular


def test_split_text_at_line_breaks_and_spaces() -> None:
    assert split_text("가" * 40 + "\n" + "나" * 40, 60) == ["가" * 40, "나" * 40]
    text = "첫 줄입니다\n" + "단어 " * 200
    pieces = split_text(text, 100)
    assert all(len(p) <= 100 for p in pieces)
    assert pieces[0].startswith("첫 줄입니다\n단어 ")
    assert all(p.split()[-1] == "단어" for p in pieces)  # cut between words
    assert "".join("".join(pieces).split()) == "".join(text.split())  # nothing lost


def test_split_text_without_spaces_cuts_hard() -> None:
    pieces = split_text("가" * 1000, 300)
    assert [len(p) for p in pieces] == [300, 300, 300, 100]


def test_short_text_is_one_piece() -> None:
    assert split_text("짧은 글", 100) == ["짧은 글"]


def test_latin_letters_the_korean_font_lacks_use_another_fallback(fonts) -> None:
    if len(fonts.fallbacks) < 2:
        pytest.skip("no Latin fallback font (Debian: fonts-dejavu-core)")
    (font, run), = [(f, r) for f, r in fonts.runs("Bosphorus Ticaret A.Ş.") if f != MAIN]
    assert run == "Ş" and font not in (None, fonts.fallback)
