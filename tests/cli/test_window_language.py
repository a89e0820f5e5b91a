"""``officer-desk --lang X gui …`` speaks X, whatever language the settings hold: what
``--screenshot`` prints after the first paint, and a failure before the window opens
(the window's start runs without click, which carried --lang for every other command)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import officer_desk.cli as cli_module
from officer_desk import settings as user_settings
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import say

HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    from officer_desk.services.desk import init_desk

    path = tmp_path / "us.sqlite"
    init_desk(path, post="US", officer="김영희").close()
    return path


@pytest.mark.parametrize(("lang", "saved"), [("ko", "en"), ("en", "ko")])
def test_the_screenshot_line_is_in_the_lang_given_not_the_settings(
        db: Path, tmp_path: Path, home: Path, lang: str, saved: str) -> None:
    user_settings.update(language=saved)
    shot = tmp_path / "w.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OFFICER_DESK_HOME=str(home),
               XDG_CONFIG_HOME=str(tmp_path / "xdg"))
    done = subprocess.run(
        [sys.executable, "-m", "officer_desk", "--lang", lang, "gui", str(db),
         "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    (line,) = [x for x in done.stdout.splitlines() if "monotonic=" in x]
    if lang == "ko":
        assert line.startswith("첫 화면 표시 monotonic=")
        assert line.endswith(f"창(MainWindow)을 {shot}에 저장했습니다")
    else:
        assert line.startswith("First paint at monotonic=") and not HANGUL.search(line)
        assert line.endswith(f"the window (MainWindow) was saved to {shot}")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(("lang", "saved", "said"), [
    ("en", "ko", "error: cannot read /x/y.sqlite: gone"),
    ("ko", "en", "오류: /x/y.sqlite 파일을 읽을 수 없습니다: gone"),
])
def test_a_failure_before_the_window_opens_is_said_in_the_lang_given(
        db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        lang: str, saved: str, said: str) -> None:
    user_settings.update(language=saved)

    def fails(*args: object, **kwargs: object) -> int:
        raise OfficerDeskError(say("file.cannot_read", path="/x/y.sqlite", detail="gone"))

    monkeypatch.setattr(cli_module, "start_window", fails)
    with pytest.raises(SystemExit) as exited:
        cli_module.main(["--lang", lang, "gui", str(db)])
    assert exited.value.code == 1
    assert capsys.readouterr().err.strip() == said
