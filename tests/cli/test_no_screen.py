"""``officer-desk gui`` where there is no screen says so in the chosen language, before
Qt is loaded (Qt would print its own English and abort), with what to do instead
(issue 13)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_help_language import prose_sentences  # tests/cli is on the path (rootdir)

from officer_desk.cli.window_start import screen_missing

pytestmark = pytest.mark.skipif(sys.platform.startswith(("win", "darwin")),
                                reason="Windows and macOS always have a screen")

#: The probe runs the command line as the console script does, then tells whether
#: PySide6 was ever imported (it must not be: Qt prints its English when loaded).
PROBE = """
import sys
from officer_desk.cli import main
try:
    main(sys.argv[1:])
except SystemExit as e:
    sys.stdout.write(f"status={e.code} qt={'PySide6' in sys.modules}")
"""


def _no_display(tmp_path: Path, **more: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({"OFFICER_DESK_HOME": str(tmp_path / "home"), "LANG": "en_US.UTF-8",
                "QT_QPA_PLATFORM": "", **more})
    env.pop("LC_ALL", None)
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", PROBE, *args], env=env, text=True,
                          capture_output=True, timeout=120, check=False)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    from click.testing import CliRunner

    from officer_desk.cli import cli

    path = tmp_path / "us.sqlite"
    assert CliRunner().invoke(cli, ["init", str(path), "--post", "US"]).exit_code == 0
    return path


@pytest.mark.parametrize("args", [
    ["--lang", "ko", "gui", "{db}"],          # the window's own start, without click
    ["gui", "{db}", "--lang", "ko"],
    ["--lang", "ko", "gui", "{db}", "--screenshot", "{tmp}/w.png"],
    ["--lang", "ko", "--actor", "김", "gui"],  # no database: the one opened last
])
def test_no_screen_is_said_in_korean_before_qt_is_loaded(args: list[str], db: Path,
                                                         tmp_path: Path) -> None:
    argv = [a.format(db=db, tmp=tmp_path) for a in args]
    done = _run(argv, _no_display(tmp_path))
    assert done.stdout == "status=1 qt=False", (done.stdout, done.stderr)
    said = done.stderr.strip()
    assert said.startswith("오류: 창을 띄울 화면이 없습니다"), said
    assert "'officer-desk --help'" in said and "'officer-desk'만" in said
    assert prose_sentences(said) == [], said
    assert "qt." not in said.lower() and "platform plugin" not in said
    assert not (tmp_path / "w.png").exists()


def test_in_english_when_english_is_chosen(db: Path, tmp_path: Path) -> None:
    done = _run(["gui", str(db), "--lang", "en"], _no_display(tmp_path))
    assert done.stdout == "status=1 qt=False"
    assert done.stderr.startswith("error: there is no screen to show the window on")


def test_the_locales_language_when_none_is_chosen(db: Path, tmp_path: Path) -> None:
    done = _run(["gui", str(db)], _no_display(tmp_path, LANG="ko_KR.UTF-8"))
    assert done.stderr.startswith("오류: 창을 띄울 화면이 없습니다")


@pytest.mark.parametrize(("env", "missing"), [
    ({}, True),
    ({"QT_QPA_PLATFORM": ""}, True),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),  # X11 asked for
    ({"DISPLAY": ":0"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": "localhost:10.0"}, False),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "wayland"}, False),  # Qt looks for its default socket itself
    ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, False),
    ({"QT_QPA_PLATFORM": "xcb;offscreen"}, False),  # Qt falls back to the second
])
def test_which_environments_have_no_screen(env: dict[str, str], missing: bool,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert screen_missing() is missing
