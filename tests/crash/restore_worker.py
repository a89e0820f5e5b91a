"""The process ``test_sigkill_restore.py`` kills while it backs up and restores.

Run as ``restore_worker.py serve DB WORK``; like ``crash_worker.py`` it imports the
program once, forks a worker for each ``run ROUND SEED`` line, answers ``pid N`` and,
when the worker died, ``exit STATUS``.

The worker opens the database like the program does and loops over three things: a
batch of companies, a backup (with its manifest) and a restore of a random good backup
(the desk closed first, as the window does, then opened again). Before each it prints
what the database will hold if it completes, and after it ``done``:

    begin batch N          N companies more
    begin backup           the same companies
    begin restore N        the N companies of the backup chosen
    done                   it completed

so after a kill the parent knows the two counts the file may hold. Writing a manifest
is made slower here (as on a slow USB stick) so kills land inside it often; and in
every third round the worker's first step kills itself at one of ``KILL_POINTS``: a
backup inside the manifest's writing (before it, with its temporary file half written,
or after its rename and before the backup's), a backup with its compressed file half
written (``packing``), or a restore with the backup half decompressed
(``unpacking``), so those moments are always hit.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
import traceback
from pathlib import Path

from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import backups, records
from officer_desk.services import restore as restore_service
from officer_desk.services.desk import open_desk
from officer_desk.storage import backup_file, backup_manifest

_real_write = backup_manifest.write
_real_compress = backup_file.compress
_real_decompress = backup_file.decompress
KILL_POINTS = ("before", "half-written", "after", "packing", "unpacking")


def _slow_write(*args, **kwargs):
    time.sleep(random.uniform(0.0, 0.03))
    path = _real_write(*args, **kwargs)
    time.sleep(random.uniform(0.0, 0.01))
    return path


def _killing_write(point: str):
    def write(manifest, backup, *, temporary):
        _say(f"killed {point} the manifest")
        if point == "half-written":
            temporary.write_text('{"format": "officer-desk-backup-man', encoding="utf-8")
        elif point == "after":
            _real_write(manifest, backup, temporary=temporary)
        os.kill(os.getpid(), signal.SIGKILL)
    return write


def _killing_compress(source, dest, **kwargs):
    _real_compress(source, dest, **kwargs)
    with dest.open("rb+") as f:
        f.truncate(dest.stat().st_size // 2)
    _say("killed packing the backup")
    os.kill(os.getpid(), signal.SIGKILL)


def _killing_decompress(stored, dest, *, limit):
    _say("killed unpacking the backup")
    with backup_file.gzip.open(stored, "rb") as packed:
        dest.write_bytes(packed.read(1 << 14))
    os.kill(os.getpid(), signal.SIGKILL)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def work(db: Path, round_no: int, seed: int) -> None:
    rng = random.Random(seed)
    random.seed(seed)
    backup_manifest.write = _slow_write  # type: ignore[assignment]
    targeted = round_no % 3 == 2
    point = KILL_POINTS[(round_no // 3) % len(KILL_POINTS)] if targeted else None
    if point == "packing":
        backup_file.compress = _killing_compress  # type: ignore[assignment]
    elif point == "unpacking":
        backup_file.decompress = _killing_decompress  # type: ignore[assignment]
    elif point is not None:
        backup_manifest.write = _killing_write(point)  # type: ignore[assignment]
    desk = open_desk(db, lock_wait=10)
    step = 0
    while True:
        step += 1
        first = 0.9 if point == "unpacking" else 0.5  # a restore, or a backup
        roll = first if targeted and step == 1 else rng.random()
        if roll < 0.35:
            n = rng.randint(1, 40)
            _say(f"begin batch {n}")
            records.create_many(desk, COMPANIES, [
                {"name_ko": f"회사 r{round_no}s{step}k{k}", "name_en": f"Co r{round_no}s{step}k{k}",
                 "size": "sme"} for k in range(n)])
        elif roll < 0.70:
            _say("begin backup")
            backups.backup_before(desk, rng.choice(("daily", "merge")))
        else:
            good = [b for b in backups.list_backups(db) if b.verified and not b.problem]
            if not good:
                continue
            chosen = rng.choice(good)
            _say(f"begin restore {chosen.counts['companies']}")
            desk.close()
            restore_service.restore(db, chosen.path)
            desk = open_desk(db, lock_wait=10)
        _say("done")


def _child(db: Path, folder: Path, round_no: int, seed: int) -> None:
    out = os.open(folder / f"round-{round_no}.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                  0o644)
    os.dup2(out, 1)
    os.dup2(out, 2)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    sys.stdout = os.fdopen(1, "w", encoding="utf-8", closefd=False)
    sys.stderr = os.fdopen(2, "w", encoding="utf-8", closefd=False)
    try:
        work(db, round_no, seed)
    except BaseException:
        _say("error " + traceback.format_exc().replace("\n", " | "))
        os._exit(3)
    os._exit(0)


def serve(db: Path, folder: Path) -> None:
    for line in sys.stdin:
        command, *args = line.split()
        if command != "run":
            continue
        round_no, seed = int(args[0]), int(args[1])
        pid = os.fork()
        if pid == 0:
            _child(db, folder, round_no, seed)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "serve":
        sys.exit("usage: restore_worker.py serve DB WORK")
    serve(Path(sys.argv[2]), Path(sys.argv[3]))
