"""A named pipe (FIFO) given as a file: nothing waits for ever on a writer that never
comes (s28: `add --json`, `attach`, `import` and `--mapping` hung at the open)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def officer_desk(*args: object) -> subprocess.CompletedProcess[str]:
    """The command in its own process, given at most 60 s (a hang is the defect)."""
    env = {**os.environ, "LANG": "en_US.UTF-8"}
    env.pop("LC_ALL", None)
    return subprocess.run([sys.executable, "-m", "officer_desk", "--lang", "en",
                           *(str(a) for a in args)], capture_output=True, text=True,
                          timeout=60, env=env, stdin=subprocess.DEVNULL)


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    return path


def test_import_refuses_a_named_pipe_at_once(us_db, fifo):
    done = officer_desk("import", us_db, fifo, "--kind", "disputes", "--dry-run")
    assert done.returncode == 1
    assert "pipe.csv" in done.stderr and "not a regular file" in done.stderr


def test_the_sheets_of_a_named_pipe_are_not_waited_for(tmp_path):
    from officer_desk.domain.errors import OfficerDeskError
    from officer_desk.importing.readers import sheet_names

    path = tmp_path / "pipe.xlsx"
    os.mkfifo(path)
    with pytest.raises(OfficerDeskError, match="named pipe"):
        sheet_names(path)


def test_import_refuses_a_device(us_db, tmp_path):
    link = tmp_path / "zero.csv"
    link.symlink_to("/dev/zero")
    done = officer_desk("import", us_db, link, "--kind", "disputes", "--dry-run")
    assert done.returncode == 1 and "not a regular file" in done.stderr


def test_a_mapping_or_json_in_a_pipe_without_writer_reads_as_empty(us_db, fifo, tmp_path):
    sheet = tmp_path / "분쟁.csv"
    sheet.write_text("사건명,접수일\nx,2024-03-01\n", "utf-8")
    done = officer_desk("import", us_db, sheet, "--kind", "disputes", "--mapping", fifo,
                        "--dry-run")
    assert done.returncode == 1 and "pipe.csv" in done.stderr
    done = officer_desk("add", us_db, "company", "--json", fifo)
    assert done.returncode == 1 and "error:" in done.stderr


def test_a_pipe_with_a_writer_is_read(us_db):
    """As ``--json <(jq …)`` gives it: a pipe whose writer is there (here /dev/stdin)."""
    env = {**os.environ, "LANG": "en_US.UTF-8"}
    done = subprocess.run([sys.executable, "-m", "officer_desk", "--lang", "en", "add",
                           str(us_db), "company", "--json", "/dev/stdin"],
                          input=json.dumps({"name_ko": "파이프기업"}), capture_output=True,
                          text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert "added 1 company" in done.stdout
