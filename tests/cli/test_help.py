"""Every command explains itself; the three ways of starting the program agree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from officer_desk.cli import cli

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = sorted(cli.list_commands(click.Context(cli)))  # imports every command


def test_the_expected_commands_exist() -> None:
    expected = {
        "init", "demo", "add", "update", "delete", "undelete", "attach", "list", "show",
        "history", "search", "deadlines", "dashboard", "export", "check", "fields",
    }
    assert expected <= set(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    command = cli.commands[name]
    assert command.help and command.help.strip()
    assert "Example" in result.output
    assert f"officer-desk {name}" in result.output
    assert command.short_help, f"{name} needs a short_help for the command list"


def test_group_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"  {name} " in result.output
    assert "Usage: officer-desk" in result.output or "Usage: cli" in result.output


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert "officer-desk" in result.output


def test_every_parameter_has_help() -> None:
    for name, command in cli.commands.items():
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts} has no help text"


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OFFICER_DESK_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, env=env,
        timeout=60, check=False, encoding="utf-8",
    )


def test_python_dash_m_and_main_py_show_the_same_help(home: Path) -> None:
    by_module = _run(["-m", "officer_desk", "--help"], home)
    by_script = _run(["main.py", "--help"], home)
    assert by_module.returncode == 0, by_module.stderr
    assert by_script.returncode == 0, by_script.stderr
    assert by_module.stdout.startswith("Usage: officer-desk")
    assert by_module.stdout == by_script.stdout
    assert "deadlines" in by_module.stdout


def test_subprocess_exit_codes(home: Path, tmp_path: Path) -> None:
    missing = _run(["-m", "officer_desk", "list", str(tmp_path / "none.sqlite"), "disputes"],
                   home)
    assert missing.returncode == 1
    assert missing.stderr.startswith("error: no database at")
    usage = _run(["main.py", "list", "--no-such-option"], home)
    assert usage.returncode == 2


def test_every_command_is_documented() -> None:
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"### `{name} " in reference or f"`{name} DB" in reference, name
        assert f"officer-desk {name} " in readme, name


def test_no_arguments_in_a_real_process_makes_the_demo_database(home: Path) -> None:
    result = _run(["main.py"], home)
    assert result.returncode == 0, result.stderr
    demo = home / "data" / "demo.officerdesk.sqlite"
    assert demo.exists()
    assert f"DEMO DATABASE — not for real cases: {demo}" in result.stdout
    assert "Usage: officer-desk" in result.stdout
    again = _run(["-m", "officer_desk"], home)
    assert again.returncode == 0
    assert "first run" not in again.stderr
