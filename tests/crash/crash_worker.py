"""The process the crash test kills: it writes, merges and imports until SIGKILL.

Run by ``test_sigkill.py`` with the venv's python as ``crash_worker.py serve DB PACKAGES
WORK``. It imports the program once and then, for each ``run ROUND SEED`` line read
from stdin, forks a worker, answers ``pid N``, waits for the worker to die and answers
``exit STATUS``. Forking keeps each round cheap (no interpreter start-up), so the test
can afford many kills.

The worker opens the database like the program does and loops over random changes. It
prints one line per change to its stdout (a file per round), and only AFTER the change
committed, flushing each line:

    create ID              a record was created
    update ID TOKEN        a record's notes were set to TOKEN
    batch TAG N            N records created together (notes = TAG)
    merge FILE OUTCOME     a sync package was merged (or found already merged)
    import TAG N           a spreadsheet of N rows was imported (notes = TAG)

so every line printed is a promise the parent checks after the kill.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from pathlib import Path

from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import records
from officer_desk.services import sync as sync_service
from officer_desk.services.desk import Desk, open_desk

try:
    from officer_desk.importing.plan import plan_import
    from officer_desk.importing.run import run_import
except ImportError:  # the spreadsheet import is not there: bulk creation stands in
    plan_import = run_import = None  # type: ignore[assignment]


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _company(name: str, notes: str) -> dict[str, str]:
    return {"name_ko": f"{name} 주식회사", "name_en": f"{name} Co.", "size": "sme",
            "notes": notes}


def _create(desk: Desk, rng: random.Random, tag: str) -> None:
    record, _ = records.create(desk, COMPANIES, _company(f"단일 {tag}", f"single-{tag}"))
    _say(f"create {record.id}")


def _update(desk: Desk, rng: random.Random, tag: str) -> None:
    ids = [r[0] for r in desk.conn.execute(
        "SELECT id FROM companies WHERE post = ? AND deleted = 0 AND (notes LIKE 'single-%' "
        "OR notes LIKE 'update-%') ORDER BY id LIMIT 200",  # batches stay whole
        (desk.home_post,))]
    if not ids:
        return _create(desk, rng, tag)
    record_id = rng.choice(ids)
    token = f"update-{tag}"
    records.update(desk, record_id, {"notes": token})
    _say(f"update {record_id} {token}")
    return None


def _batch(desk: Desk, rng: random.Random, tag: str) -> None:
    n = rng.randint(10, 150)
    label = f"batch-{tag}-{n}"
    records.create_many(desk, COMPANIES,
                        [_company(f"묶음 {tag}k{k}", label) for k in range(n)])
    _say(f"batch {label} {n}")


def _merge(desk: Desk, rng: random.Random, tag: str, packages: list[Path]) -> None:
    package = rng.choice(packages)
    [report] = sync_service.merge(desk, [package])
    _say(f"merge {package.name} {report.outcome.replace(' ', '_')}")


def _import(desk: Desk, rng: random.Random, tag: str, work: Path) -> None:
    n = rng.randint(5, 80)
    label = f"import-{tag}-{n}"
    if plan_import is None or run_import is None:
        records.create_many(desk, COMPANIES,
                            [_company(f"가져옴 {tag}k{k}", label) for k in range(n)])
        _say(f"import {label} {n}")
        return
    sheet = work / f"{label}.csv"
    lines = ["회사명,영문명,기업규모,비고"]
    lines += [f"가져온 회사 {tag}k{k},Imported {tag}k{k},중소기업,{label}" for k in range(n)]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = run_import(desk, plan_import(desk, sheet, "companies"))
    if report.created != n:
        raise AssertionError(f"import of {sheet} created {report.created}, not {n}")
    _say(f"import {label} {n}")


def work(db: Path, packages: list[Path], folder: Path, round_no: int, seed: int) -> None:
    rng = random.Random(seed)
    desk = open_desk(db, lock_wait=10)
    step = 0
    while True:
        step += 1
        # letters between the numbers: company names are matched with punctuation and
        # spaces folded away, so "4-13-1" and "41-3-1" would be one company
        tag = f"r{round_no}s{step}"
        roll = rng.random()
        if roll < 0.35:
            _create(desk, rng, tag)
        elif roll < 0.60:
            _update(desk, rng, tag)
        elif roll < 0.80:
            _batch(desk, rng, tag)
        elif roll < 0.90:
            _merge(desk, rng, tag, packages)
        else:
            _import(desk, rng, tag, folder)


def _child(db: Path, packages: list[Path], folder: Path, round_no: int, seed: int) -> None:
    out = os.open(folder / f"round-{round_no}.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                  0o644)
    os.dup2(out, 1)
    os.dup2(out, 2)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    sys.stdout = os.fdopen(1, "w", encoding="utf-8", closefd=False)
    sys.stderr = os.fdopen(2, "w", encoding="utf-8", closefd=False)
    try:
        work(db, packages, folder, round_no, seed)
    except BaseException:
        _say("error " + traceback.format_exc().replace("\n", " | "))
        os._exit(3)
    os._exit(0)


def serve(db: Path, package_folder: Path, folder: Path) -> None:
    packages = sorted(package_folder.glob("*.odpkg"))
    for line in sys.stdin:
        command, *args = line.split()
        if command != "run":
            continue
        round_no, seed = int(args[0]), int(args[1])
        pid = os.fork()
        if pid == 0:
            _child(db, packages, folder, round_no, seed)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] != "serve":
        sys.exit("usage: crash_worker.py serve DB PACKAGES WORK")
    serve(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
