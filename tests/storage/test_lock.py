"""One writer per database file, across processes: the second is told who has it."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import raw_sqlite

from officer_desk.domain.errors import DatabaseBusy, DatabaseInUse, FolderReadOnly
from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import records
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage import lock

HOLD = raw_sqlite.CHILD_KNOWS_PASSPHRASE + """
import sys, time
from officer_desk.services.desk import open_desk
desk = open_desk(sys.argv[1])
print("holding", flush=True)
line = sys.stdin.readline()
if line.strip() == "write":
    from officer_desk.domain.kinds import COMPANIES
    from officer_desk.services import records
    records.create(desk, COMPANIES, {"name_ko": "다른 창", "name_en": "Other window",
                                     "size": "sme"})
    print("written", flush=True)
    sys.stdin.readline()
desk.close()
"""


class Holder:
    """Another Officer Desk process with the database open for writing."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env=os.environ.copy(),
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "holding"

    def say(self, line: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def close(self) -> None:
        """Let it end (its stdin closes) and wait for it."""
        self.proc.communicate(timeout=30)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.communicate(timeout=30)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    desk = init_desk(tmp_path / "us.sqlite", post="US", officer="김영희")
    records.create(desk, COMPANIES, {"name_ko": "한빛", "name_en": "Hanbit", "size": "sme"})
    desk.close()
    return tmp_path / "us.sqlite"


@pytest.fixture
def holder(db: Path):
    h = Holder(db)
    yield h
    if h.proc.poll() is None:
        h.kill()
    else:
        h.proc.communicate(timeout=30)


def _count(desk) -> int:
    return desk.conn.execute("SELECT count(*) FROM companies").fetchone()[0]


def test_the_second_program_is_told_who_has_the_file(db, holder):
    with pytest.raises(DatabaseInUse) as caught:
        open_desk(db, lock_wait=0)
    message = str(caught.value)
    assert f"(pid {holder.proc.pid})" in message and " since " in message
    assert "close Officer Desk there" in message and "read-only" in message
    assert "사용 중" in caught.value.message("ko")
    assert isinstance(caught.value, DatabaseBusy)


def test_the_second_program_can_read_while_the_first_writes(db, holder):
    readonly = open_desk(db, readonly=True)
    try:
        assert _count(readonly) == 1
        assert holder.say("write") == "written"
        assert _count(readonly) == 2
        assert readonly.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        readonly.close()


def test_a_lock_left_by_a_killed_program_is_taken_over(db, holder):
    holder.kill()
    assert lock.read_holder(db).pid == holder.proc.pid  # the dead holder's note is left
    desk = open_desk(db, lock_wait=0)
    try:
        assert lock.read_holder(db).pid == os.getpid()
        assert _count(desk) == 1
    finally:
        desk.close()


def test_a_command_waits_briefly_for_the_file(db, holder):
    started = time.monotonic()
    closer = subprocess.Popen(["sh", "-c", f"sleep 0.5; kill -9 {holder.proc.pid}"])
    desk = open_desk(db, lock_wait=20)
    try:
        assert _count(desk) == 1
        assert time.monotonic() - started < 20
    finally:
        desk.close()
        closer.wait()


def test_within_one_program_desks_share_the_lock(db):
    first = open_desk(db)
    second = open_desk(db, lock_wait=0)
    first.close()
    with pytest.raises(DatabaseInUse, match="open in this program"):
        lock.acquire(db, exclusive=True)
    second.close()
    with lock.acquire(db, exclusive=True):
        pass


def test_a_program_that_holds_the_file_keeps_out_another_process(db):
    desk = open_desk(db)
    try:
        probe = subprocess.run(
            [sys.executable, "-c", raw_sqlite.CHILD_KNOWS_PASSPHRASE +
             "import sys\nfrom officer_desk.services.desk import open_desk\n"
             "from officer_desk.domain.errors import DatabaseInUse\n"
             "try:\n    open_desk(sys.argv[1], lock_wait=0)\n"
             "except DatabaseInUse as e:\n    print(e)\n", str(db)],
            capture_output=True, text=True, env=os.environ.copy(), timeout=60,
        )
        assert f"(pid {os.getpid()})" in probe.stdout, probe.stderr
    finally:
        desk.close()


def test_a_read_only_open_takes_no_lock(db, holder):
    holder.close()
    readonly = open_desk(db, readonly=True)
    try:
        writer = open_desk(db, lock_wait=0)
        writer.close()
    finally:
        readonly.close()


def test_a_folder_where_the_lock_cannot_be_made_is_reported_as_read_only(
        db, monkeypatch):
    real_open = os.open

    def refusing(path, flags, *args):
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing)
    with pytest.raises(FolderReadOnly) as caught:
        open_desk(db)
    assert "read-only" in str(caught.value) and "읽기 전용" in caught.value.message("ko")
    monkeypatch.undo()
    readonly = open_desk(db, readonly=True)
    readonly.close()
