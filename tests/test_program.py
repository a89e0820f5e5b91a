"""How the window starts this program again as a child (officer_desk/program.py):
the bundle's own program, or Python with ``-m officer_desk``; and that the command so
started is the command line."""

from __future__ import annotations

import os
import subprocess
import sys

from officer_desk import program
from officer_desk.about import PACKAGE_DIR


def test_from_python_it_is_python_running_the_package(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert program.own_command() == [sys.executable, "-m", "officer_desk"]
    env = program.child_environment({"PYTHONPATH": "/elsewhere", "HOME": "/h"})
    assert env["PYTHONPATH"].split(os.pathsep) == [str(PACKAGE_DIR.parent), "/elsewhere"]
    assert env["HOME"] == "/h" and env["PYTHONIOENCODING"] == "utf-8"


def test_in_the_bundle_it_is_the_bundles_program(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert program.own_command() == [sys.executable]
    assert "PYTHONPATH" not in program.child_environment({"HOME": "/h"})


def test_the_command_started_so_is_the_command_line(tmp_path):
    done = subprocess.run([*program.own_command(), "--lang", "en", "--version"],
                          env=program.child_environment(), cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("officer-desk ")
