"""Kill the program while it backs up (and writes the backup's manifest) and restores.

After every SIGKILL, the next start (opening the database for writing, as the program
does) finds: the database intact (SQLite's checks and the program's own), holding
either what it held before the interrupted step or what the step would have made (a
restore is all or nothing), every backup listed verified against its manifest (none
half-written, none without one), and no temporary file of a restore or a backup, nor
a journal of one, nor a manifest without its backup.

Every third round is killed at one of ``restore_worker.KILL_POINTS``: inside the
writing of a backup's manifest (before it, half written, after its rename), with a
backup's compressed file half written, or with a backup half decompressed for a
restore; the others at random.
``RESTORE_KILLS`` sets the number of kills (default 30, or ``STRESS_KILLS`` as ``make
stress`` sets it); ``CRASH_SEED`` replays a run.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from officer_desk import settings
from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import backups, records
from officer_desk.services.checks import check
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage.backup_manifest import SUFFIX
from officer_desk.storage.connection import backup_dir_for

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and SIGKILL")

WORKER = Path(__file__).with_name("restore_worker.py")
KILL_POINTS = ("before", "half-written", "after", "packing", "unpacking")
KILLS = int(os.environ.get("RESTORE_KILLS", os.environ.get("STRESS_KILLS", "30")))
MAX_DELAY = 0.6
#: what a killed writer may leave and the next start must remove
LEFT_OVER = re.compile(r"^\..*\.tmp(-journal|-wal|-shm)?$|-journal$")


def _allowed(log: Path, count: int) -> tuple[set[int], int]:
    """The counts the file may hold after the round (and the count after its last
    completed step)."""
    pending: int | None = None
    if log.exists():
        for line in log.read_text(encoding="utf-8").splitlines():
            word, *rest = line.split(" ")
            if word == "error":
                raise AssertionError(f"the worker failed: {line}")
            if word == "begin":
                pending = (count + int(rest[1]) if rest[0] == "batch" else
                           int(rest[1]) if rest[0] == "restore" else count)
            elif word == "killed":  # the worker killed itself inside a manifest's writing
                continue
            elif word == "done":
                assert pending is not None
                count, pending = pending, None
    return {count} if pending is None else {count, pending}, count


def _left_overs(db: Path) -> list[str]:
    folder = backup_dir_for(db)
    names = [p.name for p in db.parent.iterdir() if LEFT_OVER.search(p.name)]
    if folder.is_dir():
        names += [p.name for p in folder.iterdir() if LEFT_OVER.search(p.name)]
        names += [p.name for p in folder.glob("*" + SUFFIX)
                  if not p.with_name(p.name[:-len(SUFFIX)]).exists()]
    return names


def _verify(db: Path, allowed: set[int]) -> tuple[list[str], int]:
    desk = open_desk(db, lock_wait=10)  # the next start
    try:
        problems = list(check(desk).problems())
        count = desk.conn.execute(
            "SELECT count(*) FROM companies WHERE deleted = 0").fetchone()[0]
    finally:
        desk.close()
    if count not in allowed:
        problems.append(f"{count} companies, expected one of {sorted(allowed)}")
    problems += [f"left over: {name}" for name in _left_overs(db)]
    for info in backups.list_backups(db):
        if info.problem or not info.verified:
            problems.append(f"backup {info.path.name}: {info.problem or 'unverified'}")
    return problems, count


def test_sigkill_during_backup_and_restore_leaves_an_intact_file_and_no_temporaries(
        tmp_path):
    settings.update(backups_to_keep=3)
    db = tmp_path / "us.sqlite"
    desk = init_desk(db, post="US", officer="김영희")
    records.create_many(desk, COMPANIES, [
        {"name_ko": f"처음 회사 {k}", "name_en": f"First {k}", "size": "sme"}
        for k in range(20)])
    backups.backup_before(desk, "daily")
    desk.close()
    work = tmp_path / "work"
    work.mkdir()
    seed = int(os.environ.get("CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    server = subprocess.Popen(
        [sys.executable, str(WORKER), "serve", str(db), str(work)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    assert server.stdin is not None and server.stdout is not None
    count, begun = 20, {"batch": 0, "backup": 0, "restore": 0}
    killed_in: dict[str, int] = {}
    cleaned = 0
    try:
        for round_no in range(KILLS):
            server.stdin.write(f"run {round_no} {rng.randrange(1 << 30)}\n")
            server.stdin.flush()
            pid = int(server.stdout.readline().split()[1])
            time.sleep(rng.uniform(0.05, MAX_DELAY))
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            status = int(server.stdout.readline().split()[1])
            log = work / f"round-{round_no}.log"
            assert os.WIFSIGNALED(status), (
                f"round {round_no} ended by itself; seed {seed}: "
                f"{log.read_text(encoding='utf-8')[-2000:] if log.exists() else ''}")
            last = "start"
            if log.exists():
                for line in log.read_text(encoding="utf-8").splitlines():
                    if line.startswith("begin "):
                        begun[line.split()[1]] += 1
                    last = (line.split()[1] if line.startswith("begin ") else
                            "killed " + line.split()[1] if line.startswith("killed ") else
                            "between")
            killed_in[last] = killed_in.get(last, 0) + 1
            cleaned += bool(_left_overs(db))  # what the next start must remove
            allowed, _ = _allowed(log, count)
            problems, count = _verify(db, allowed)
            assert not problems, f"after kill {round_no + 1} (CRASH_SEED={seed}): {problems}"
    finally:
        server.communicate(timeout=60)
    # the workers got through every kind of step, and some kills left files behind
    print(f"kills: {killed_in}; rounds that left temporary files: {cleaned}")
    assert all(begun.values()), begun
    assert {f"killed {p}" for p in KILL_POINTS} <= set(killed_in), killed_in
