"""A command's module is imported when the command is asked for: ``officer-desk gui``
(the window's start) waits for none of the other commands' imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import click

from officer_desk.cli import cli
from officer_desk.cli.app import COMMAND_MODULES


def test_every_command_is_found_in_the_module_named_for_it():
    names = cli.list_commands(click.Context(cli))
    assert set(names) == set(COMMAND_MODULES)
    for name in names:
        command = cli.get_command(click.Context(cli), name)
        assert command is not None and command.callback is not None
        module = command.callback.__module__
        assert module == f"officer_desk.cli.{COMMAND_MODULES[name]}", name


PROBE = """
import json, sys
import click
from officer_desk.cli import cli
assert cli.get_command(click.Context(cli), "gui") is not None
print(json.dumps(list(sys.modules)))
"""


def test_the_gui_command_imports_no_other_commands_module():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    names = json.loads(done.stdout.strip().splitlines()[-1])
    assert "officer_desk.cli.commands_gui" in names
    # (``default``, which finds the database the window opens, lends the overview's
    # deadline lines from ``commands_find``: a few milliseconds)
    for module in set(COMMAND_MODULES.values()) - {"commands_gui", "commands_find"}:
        assert f"officer_desk.cli.{module}" not in names, module
    for heavy in ("officer_desk.briefs.pack", "officer_desk.sync.keys", "reportlab",
                  "openpyxl", "cryptography"):
        assert heavy not in names, heavy


def test_the_window_starts_without_click_and_qt_is_made_on_the_main_thread(tmp_path):
    """``officer-desk gui DB`` (the fast start, ``cli.window_start``), on a window
    that opens on the dashboard: click is not imported, the early read runs beside the
    start, the window is painted (its screenshot saved), and Qt never sees its first
    object made elsewhere than on the main thread."""
    db = tmp_path / "demo.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               OFFICER_DESK_HOME=str(tmp_path / "home"))
    subprocess.run([sys.executable, "-c",
                    "import sys, pathlib\n"
                    "from officer_desk.services.demo_database import ensure_demo_database\n"
                    "ensure_demo_database(pathlib.Path(sys.argv[1]), None, records=300, seed=1)",
                    str(db)], env=env, check=True, timeout=120)
    shot = tmp_path / "shot.png"
    probe = ("import atexit, json, sys\n"
             "atexit.register(lambda: print(json.dumps(sorted(sys.modules))))\n"
             "import officer_desk.cli as c\n"
             "c.main(sys.argv[1:])")
    done = subprocess.run(
        [sys.executable, "-c", probe, "--lang", "en", "gui", str(db), "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert shot.is_file() and shot.stat().st_size > 1000
    assert "main() thread" not in done.stderr
    names = json.loads(done.stdout.strip().splitlines()[-1])
    assert "click" not in names
    assert "officer_desk.services.early_read" in names
    # a plain case log loads nothing of SQLCipher (it is loaded for an encrypted one)
    assert "sqlcipher3" not in names
