"""The command line speaks one language: --lang, else the settings' language, else the
locale; errors, notices, validation problems and summaries follow it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from officer_desk import settings
from officer_desk.cli import cli
from officer_desk.services import records
from officer_desk.services.desk import open_desk

HANGUL = re.compile(r"[\uac00-\ud7a3]")
ENGLISH = {"LANG": "en_US.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}
KOREAN = {"LANG": "ko_KR.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}


def run(*args: str, env: dict | None = None):
    return CliRunner(env=env or ENGLISH).invoke(cli, [str(a) for a in args])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "us.sqlite"
    assert run("init", path, "--post", "US", "--officer", "김영희").exit_code == 0
    return path


def test_lang_on_the_group_chooses_the_language_of_errors(db):
    english = run("--lang", "en", "show", db, "zzzz")
    korean = run("--lang", "ko", "show", db, "zzzz")
    assert english.exit_code == korean.exit_code == 1
    assert english.output.startswith("error: 'zzzz' is not a record id")
    assert korean.output.startswith("오류: 'zzzz'은(는) 기록 ID가 아닙니다")


def test_without_lang_the_locale_decides(db):
    assert run("show", db, "zzzz", env=KOREAN).output.startswith("오류: ")
    assert run("show", db, "zzzz", env=ENGLISH).output.startswith("error: ")
    lc_all = {"LANG": "en_US.UTF-8", "LC_ALL": "ko_KR.UTF-8", "LC_MESSAGES": None}
    assert run("show", db, "zzzz", env=lc_all).output.startswith("오류: ")


def test_the_settings_language_comes_before_the_locale(db):
    settings.update(language="ko")
    assert run("show", db, "zzzz", env=ENGLISH).output.startswith("오류: ")
    assert run("--lang", "en", "show", db, "zzzz", env=KOREAN).output.startswith("error: ")


def test_a_validation_error_lists_each_problem_in_the_language(db, tmp_path):
    data = tmp_path / "d.json"
    data.write_text('{"title_ko": "분쟁", "ip_type": "patents"}', encoding="utf-8")
    result = run("--lang", "ko", "add", db, "dispute", "--json", data)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("오류: ") and "문제" in lines[0]
    for line in lines[1:]:
        assert HANGUL.search(line), line
    # the allowed values are labels in Korean, not codes
    assert "특허" in result.output and "utility_model" not in result.output


def test_a_refused_record_of_another_post_is_said_in_korean(db, tmp_path):
    desk = open_desk(db)
    from officer_desk.domain.kinds import COMPANIES

    other, _ = records.create(desk, COMPANIES, {"name_en": "Elsewhere Ltd"}, post="JP",
                              foreign_ok=True)
    desk.close()
    result = run("--lang", "ko", "delete", db, other.id)
    assert result.exit_code == 1, result.output
    assert "JP 공관의 것이라" in result.output


def test_notices_are_in_the_language(db, tmp_path):
    from officer_desk.domain.kinds import COMPANIES, DISPUTES

    desk = open_desk(db)
    company, _ = records.create(desk, COMPANIES, {"name_ko": "한빛"})
    dispute, _ = records.create(desk, DISPUTES, {
        "title_ko": "분쟁", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "infringement_suit", "opened_on": "2024-03-01"})
    desk.close()
    saved = tmp_path / "saved.sqlite"
    shutil.copyfile(db, saved)
    desk = open_desk(db)
    records.update(desk, dispute.id, {"summary": "later"})
    desk.close()
    shutil.copyfile(saved, db)
    result = run("--lang", "ko", "list", db, "disputes")
    assert result.exit_code == 0, result.output
    notice = [line for line in result.output.splitlines() if line.startswith("알림: ")]
    assert notice and "예전 사본" in notice[0] and "officer-desk" not in notice[0]
    assert f"officer-desk keys {db} show" in result.output  # the command line's own hint


def test_help_names_the_language_option():
    result = run("--help")
    assert "--lang [ko|en]" in result.output
