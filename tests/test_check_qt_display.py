"""tools/check-qt-display (``make run`` on a Linux desktop): it names exactly the Debian
packages of the xcb libraries the system lacks, checked against the dynamic loader
itself; and it stays silent where no window is shown on a screen."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "tools" / "check-qt-display"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def _run(**env: str) -> subprocess.CompletedProcess[str]:
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/")}
    return subprocess.run([str(SCRIPT)], env={**base, **env}, capture_output=True, text=True,
                          timeout=60, check=False)


def _xcb_table() -> list[tuple[str, str]]:
    text = SCRIPT.read_text(encoding="utf-8")
    block = text.split("xcb_libs=(", 1)[1].split(")", 1)[0]
    return [(e.split(":")[0], e.split(":")[1]) for e in block.split()]


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


@pytest.mark.parametrize("env", [{}, {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},
                                 {"WAYLAND_DISPLAY": "w", "QT_QPA_PLATFORM": "minimal"}])
def test_silent_where_no_window_is_shown_on_a_screen(env: dict[str, str]) -> None:
    done = _run(**env)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_names_exactly_the_missing_xcb_packages() -> None:
    table = _xcb_table()
    assert ("libxcb-cursor.so.0", "libxcb-cursor0") in table  # Qt 6.5's new need
    assert ("libxcb-icccm.so.4", "libxcb-icccm4") in table
    missing = [package for soname, package in table if not _loadable(soname)]
    done = _run(DISPLAY=":99")
    if not missing:
        assert (done.returncode, done.stderr) == (0, "")
        return
    assert done.returncode == 1
    line = next(x for x in done.stderr.splitlines() if "apt-get install" in x)
    assert line.split("apt-get install ", 1)[1].split() == list(dict.fromkeys(missing))
    assert "xcb platform plugin" in done.stderr
