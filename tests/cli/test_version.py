"""``officer-desk --version`` (issue 16): the version, the data folder, the database
schema and the components' licences, in the command line's language."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from officer_desk import __version__
from officer_desk.cli import cli
from officer_desk.storage.migrations import LATEST


def test_version_says_what_the_about_box_says(home: Path) -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"officer-desk {__version__}"
    assert f"Data folder: {home / 'data'}" in lines  # OFFICER_DESK_HOME, else platformdirs
    assert f"Settings folder: {home / 'config'}" in lines
    assert any(x.startswith(f"Database schema: {LATEST} ") for x in lines)
    assert any(x.startswith("Running from the Python package in ") for x in lines)
    for component in ("Python", "Qt", "PySide6 / shiboken6", "SQLite", "reportlab",
                      "openpyxl", "NanumGothic"):
        assert any(x.startswith(f"  {component} ") for x in lines), component
    assert "  NanumGothic (NAVER): licence SIL Open Font License 1.1; not bundled" in \
        result.stdout  # a source checkout carries no font
    assert "The licences are listed in docs/install.md" in lines


def test_version_in_korean_with_lang_before_it() -> None:
    result = CliRunner().invoke(cli, ["--lang", "ko", "--version"])
    assert result.exit_code == 0
    assert f"데이터베이스 스키마: {LATEST}" in result.stdout
    assert "구성 요소와 라이선스:" in result.stdout


def test_version_reads_no_database_and_imports_no_qt() -> None:
    import subprocess
    import sys

    code = ("import sys; from officer_desk.cli import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().endswith("NOQT")
