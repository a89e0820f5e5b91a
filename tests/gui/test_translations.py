"""The window's Korean comes from Qt's translation files, complete and current."""

from __future__ import annotations

import importlib.util
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from officer_desk.gui import texts

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def test_every_string_of_the_window_has_a_korean_translation():
    assert tool.missing("ko") == []


def test_the_translation_source_is_current_with_the_code():
    """No string of the code is missing from the .ts and none is left over: run
    ``make update-translations`` after changing the window's words."""
    path = tool.ts_path("ko")
    tree = tool.build_ts("ko", tool.source_strings(), tool.read_ts(path))
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="unicode")
    out.write("\n")
    assert out.getvalue() == path.read_text(encoding="utf-8")


def test_translations_keep_placeholders_and_accelerators():
    for (context, source), (text, _finished) in tool.read_ts(tool.ts_path("ko")).items():
        fields = sorted(re.findall(r"\{[^}]*\}", source))
        assert sorted(re.findall(r"\{[^}]*\}", text)) == fields, (context, source, text)
        if re.search(r"&[^&\s]", source):
            assert re.search(r"&[^&\s]", text), (context, source, text)


def test_the_compiled_translation_is_the_source_compiled(tmp_path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease comes with PySide6"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(tool.ts_path("ko")), "-qm", str(fresh)],
                   check=True, timeout=60)
    installed = texts.qm_path("ko")
    assert installed.exists(), "the set-up (make) compiles resources/*.ts"
    assert installed.read_bytes() == fresh.read_bytes(), "run make translations"


def test_switching_language(qapp):
    texts.use_language("ko")
    assert texts.current_language() == "ko"
    assert texts.tr("&File", context="window_menus") == "파일(&F)"
    assert texts.tr("&File", "en", context="window_menus") == "&File"
    texts.use_language("en")
    assert texts.current_language() == "en"
    assert texts.tr("&File", context="window_menus") == "&File"


def test_qt_s_own_buttons_speak_the_language(qtbot):
    texts.use_language("ko")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "취소"


def test_without_a_compiled_translation_the_window_stays_in_english(monkeypatch, tmp_path,
                                                                      caplog):
    monkeypatch.setattr(texts, "QM_DIR", tmp_path)
    texts.use_language("ko")
    assert texts.current_language() == "en"
    assert texts.tr("&File", context="window_menus") == "&File"
    assert "make translations" in caplog.text


@pytest.mark.parametrize("text", ["", "user's own words"])
def test_what_is_not_a_word_of_the_window_comes_back_as_it_is(text):
    texts.use_language("ko")
    before = set(texts.untranslated)
    assert texts.tr(text) == text
    texts.untranslated.clear()
    texts.untranslated.update(before)


def test_the_korean_window_installs_only_compiled_translations(qapp):
    """Qt asks every installed translator for each of its own words, also for objects it
    destroys after Python has finished: a QTranslator written in Python then crashed the
    program at exit (a segmentation fault in a start probe, about every second run)."""
    from PySide6.QtCore import QTranslator

    texts.use_language("ko")
    try:
        assert len(texts._translators) == 3  # ours, Qt's, Qt's words its Korean lacks
        assert all(type(t) is QTranslator for t in texts._translators)
        assert QApplication.translate("QFileDialog", "&Look in:") == "다음에서 찾기(&L):"
    finally:
        texts.use_language("en")
