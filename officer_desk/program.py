"""How to start this program again as a child process (the window runs some of its long
work as an ``officer-desk`` command, so that it does not hold the window's interpreter).

In the PyInstaller bundle ``sys.executable`` is the ``officer-desk`` program itself;
from a Python install or a source checkout it is Python, which runs the package's
``__main__`` (the same command line). No Qt here.
"""

from __future__ import annotations

import os
import sys

from officer_desk.about import PACKAGE_DIR, is_bundle


def own_command() -> list[str]:
    """The program and the first arguments that run ``officer-desk``; the command's own
    arguments follow."""
    if is_bundle():
        return [sys.executable]
    return [sys.executable, "-m", "officer_desk"]


def child_environment(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of such a child: this one, with the package findable from a
    source checkout that was not installed, and UTF-8 on its pipes."""
    env = dict(os.environ if environ is None else environ)
    if not is_bundle():
        source = str(PACKAGE_DIR.parent)
        paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
        if source not in paths:
            env["PYTHONPATH"] = os.pathsep.join([source, *paths])
    env["PYTHONIOENCODING"] = "utf-8"
    return env
