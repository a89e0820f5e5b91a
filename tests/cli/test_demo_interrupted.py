"""Ctrl+C during ``officer-desk demo`` (issue: an early Ctrl+C left an empty file that
the next run called "not a database").

Each test runs the real program at a terminal (pexpect) and presses Ctrl+C (the
terminal's interrupt character: SIGINT, as a person sends it) at a chosen moment: right
after the command says it starts, at its first progress line, and once records have
been stored. A new database must then not exist at all (nor anything else the run made
beside it); a demo database being filled must hold exactly what it held before, as read
by Python's own sqlite3 module.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from officer_desk.cli import cli

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal")

PROGRESS = re.compile(r"([\d,]+) / ([\d,]+) records")
#: Moments to press Ctrl+C: after the first line, at the first progress line (nothing
#: stored yet), after a progress line that counts stored records.
MOMENTS = ("started", "first progress", "records stored")


def _terminal(home: Path, *args: object) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update({"LANG": "en_US.UTF-8", "OFFICER_DESK_HOME": str(home)})
    return pexpect.spawn(sys.executable, ["-m", "officer_desk", *(str(a) for a in args)],
                         env=env, encoding="utf-8", timeout=180, dimensions=(24, 200))


def _interrupt_at(child: pexpect.spawn, started: str, moment: str) -> None:
    """Wait for ``moment``, press Ctrl+C, and wait for the program to end having said
    so: "Aborted!" and exit status 1 — or, under ``python -m``, the end by SIGINT
    CPython 3.11 gives a program when Ctrl+C interrupted an ``exec`` of a string (a
    dataclass being made while a module is imported) even though the program caught it
    (reproduced without Officer Desk; the console script exits 1)."""
    def _count(group: int) -> int:
        return int(child.match.group(group).replace(",", ""))

    child.expect(re.escape(started))
    if moment != "started":
        child.expect(PROGRESS)
        while moment == "records stored" and not 0 < _count(1) < _count(2):
            child.expect(PROGRESS)  # (at "n / n" it is over: the test fails at EOF)
    child.sendintr()
    child.expect(pexpect.EOF)
    child.wait()  # its own exit (close() alone ends a child still exiting by a signal)
    child.close()
    assert "Aborted!" in child.before
    assert child.exitstatus == 1 or child.signalstatus == signal.SIGINT, (
        child.exitstatus, child.signalstatus, child.before)


def _content(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, in order, read by Python's sqlite3 (not by Officer Desk)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)
                for n in names}
    finally:
        conn.close()


@pytest.mark.parametrize("moment", MOMENTS)
def test_ctrl_c_leaves_no_new_database(tmp_path: Path, moment: str) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    db = folder / "new.sqlite"
    child = _terminal(tmp_path / "home", "demo", db, "--records", "6000", "--seed", "2")
    _interrupt_at(child, f"creating demo database {db}", moment)
    assert sorted(p.name for p in folder.iterdir()) == []
    # the next run makes it, as if the first had never been
    runner = CliRunner(env={"OFFICER_DESK_HOME": str(tmp_path / "home")})
    result = runner.invoke(cli, ["demo", str(db), "--records", "200"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(cli, ["check", str(db)]).exit_code == 0
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("new.sqlite")) == [
        "new.sqlite", "new.sqlite.lock"]  # check's lock; no temporary left
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("moment", MOMENTS[1:])
def test_ctrl_c_leaves_a_demo_database_as_it_was(tmp_path: Path, moment: str) -> None:
    home = tmp_path / "home"
    db = tmp_path / "demo.sqlite"
    made = CliRunner(env={"OFFICER_DESK_HOME": str(home)}).invoke(
        cli, ["demo", str(db), "--records", "300", "--seed", "1"])
    assert made.exit_code == 0, made.output
    before = _content(db)
    child = _terminal(home, "demo", db, "--records", "6000", "--seed", "5")
    _interrupt_at(child, f"adding demo data to {db}", moment)
    assert _content(db) == before
    checked = CliRunner(env={"OFFICER_DESK_HOME": str(home)}).invoke(cli, ["check", str(db)])
    assert checked.exit_code == 0, checked.output
