"""Ctrl+C that lands inside a function SQLite calls back (the search index's, say) is
swallowed by Python's sqlite3 module, which fails the statement with "user-defined
function raised exception". The command line still says what happened — it was
interrupted — rather than reporting a database error, or our bug with a log file
(``cli.interrupts``)."""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from officer_desk.cli import cli
from officer_desk.services import checks

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _check_pressing_ctrl_c(desk):
    """A check whose SQLite callback gets Ctrl+C, as a real one can."""
    conn = sqlite3.connect(":memory:")
    conn.create_function("callback", 0, lambda: os.kill(os.getpid(), signal.SIGINT))
    try:
        conn.execute("SELECT callback()").fetchall()
    finally:
        conn.close()


# Where a test module imports datasette (the analysis export's independent reader), it
# switches sqlite3's callback tracebacks on for the whole run, and the interrupt the
# callback raised is then also handed to sys.unraisablehook: expected here, not a fault.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize(("lang", "said"), [("en", "Aborted!"), ("ko", "중단했습니다.")])
def test_ctrl_c_swallowed_by_sqlite_reads_as_interrupted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str) -> None:
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    runner = CliRunner(env={"OFFICER_DESK_HOME": str(tmp_path / "home")})
    db = tmp_path / "us.sqlite"
    assert runner.invoke(cli, ["init", str(db), "--post", "US"]).exit_code == 0
    monkeypatch.setattr(checks, "check", _check_pressing_ctrl_c)
    result = runner.invoke(cli, ["--lang", lang, "check", str(db)])
    assert result.exit_code == 1, result.output
    assert said in result.stderr
    assert "user-defined function" not in result.output + result.stderr
    assert "internal error" not in (result.output + result.stderr).lower()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back
