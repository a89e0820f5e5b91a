"""Kill the program at random moments while it writes, merges and imports.

After every SIGKILL the database must pass SQLite's integrity and foreign-key checks
(and the program's own whole-database check: links, search index), hold every change
the killed process reported as committed, and hold no half of anything: a batch, a
merged package and an imported sheet are there whole or not at all, no record lacks
its history, and no record carries a version past the database's counter.

``STRESS_KILLS`` sets the number of kills (default 50; ``make stress`` runs 500) and
``CRASH_SEED`` replays a run (the seed is printed when a check fails).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from officer_desk import settings
from officer_desk.domain.kinds import COMPANIES, DISPUTES, KINDS
from officer_desk.services import records
from officer_desk.services.checks import check
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.sync.package import build_package, trust_package_key

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and SIGKILL")

WORKER = Path(__file__).with_name("crash_worker.py")
KILLS = int(os.environ.get("STRESS_KILLS", "50"))
#: The longest a worker runs before it is killed: long enough to reach merges and
#: imports, short enough to kill most rounds in the middle of a transaction.
MAX_DELAY = 0.35
POSTS = ("US", "CN", "JP", "EU")


@dataclass
class Promises:
    """Everything the killed workers reported as committed."""

    created: set[str] = field(default_factory=set)
    updated: list[tuple[str, str]] = field(default_factory=list)
    groups: dict[str, int] = field(default_factory=dict)  # batch or import tag -> rows
    merged: set[str] = field(default_factory=set)  # package file names

    def covers_everything(self) -> bool:
        return bool(self.created and self.updated and self.merged
                    and any(tag.startswith("batch-") for tag in self.groups)
                    and any(tag.startswith("import-") for tag in self.groups))

    def read(self, log: Path) -> None:
        if not log.exists():  # killed before it opened its log: it promised nothing
            return
        for line in log.read_text(encoding="utf-8").splitlines():
            word, *rest = line.split(" ")
            if word == "error":
                raise AssertionError(f"the worker failed: {line}")
            if word == "create":
                self.created.add(rest[0])
            elif word == "update":
                self.updated.append((rest[0], rest[1]))
            elif word in ("batch", "import"):
                self.groups[rest[0]] = int(rest[1])
            elif word == "merge":
                self.merged.add(rest[0])


@pytest.fixture
def scene(tmp_path: Path):
    """An HQ database and one signed, trusted package from each of four posts."""
    settings.update(backups_to_keep=2)
    packages = tmp_path / "packages"
    packages.mkdir()
    hq = init_desk(tmp_path / "hq.sqlite", hq=True, officer="본청 담당")
    contents: dict[str, set[str]] = {}
    for post in POSTS:
        desk = init_desk(tmp_path / f"{post.lower()}.sqlite", post=post, officer=post)
        change = records.create_many(desk, COMPANIES, [
            {"name_ko": f"{post} 기업 {k}", "name_en": f"{post} company {k}", "size": "sme"}
            for k in range(40)
        ])
        company = change.created[0]
        records.create_many(desk, DISPUTES, [
            {"title_ko": f"{post} 분쟁 {k}", "title_en": f"{post} dispute {k}",
             "ip_type": "patent", "dispute_kind": "infringement_suit",
             "opened_on": "2026-01-05", "company_id": company, "role": "defending"}
            for k in range(20)
        ])
        path = build_package(desk, packages / f"{post}.odpkg", plain=True).path
        contents[path.name] = {
            row[0] for kind in KINDS if not kind.reference
            for row in desk.conn.execute(f"SELECT id FROM {kind.name}")
        }
        trust_package_key(hq, path, "본청 담당")
        desk.close()
    hq.close()
    work = tmp_path / "work"
    work.mkdir()
    return tmp_path / "hq.sqlite", packages, work, contents


def _half_written(conn, contents: dict[str, set[str]]) -> list[str]:
    problems = []
    for kind in KINDS:
        orphans = conn.execute(
            f"SELECT count(*) FROM {kind.name} AS t WHERE NOT EXISTS "
            "(SELECT 1 FROM history AS h WHERE h.record_id = t.id)").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} {kind.name} without their history")
    clock = int(conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()[0])
    top = max(conn.execute(f"SELECT coalesce(max(version), 0) FROM {k.name}").fetchone()[0]
              for k in KINDS)
    if top > clock:
        problems.append(f"a record's version {top} is past the counter {clock}")
    for notes, n in conn.execute(
            "SELECT notes, count(*) FROM companies WHERE notes LIKE 'batch-%' "
            "OR notes LIKE 'import-%' GROUP BY notes"):
        if n != int(notes.rsplit("-", 1)[1]):
            problems.append(f"{n} rows of {notes}: part of a batch")
    logged = {r[0] for r in conn.execute(
        "SELECT file_name FROM import_log WHERE outcome = 'merged'")}
    for name, ids in contents.items():
        present = conn.execute(
            f"SELECT count(*) FROM record_index WHERE id IN ({','.join('?' * len(ids))})",
            sorted(ids)).fetchone()[0]
        expected = len(ids) if name in logged else 0
        if present != expected:
            problems.append(f"package {name}: {present} of {len(ids)} records, "
                            f"{'logged' if name in logged else 'not logged'} as merged")
    return problems


def _broken_promises(conn, promises: Promises) -> list[str]:
    problems = []
    ids = {r[0] for r in conn.execute("SELECT id FROM companies")}
    problems += [f"created {i} is missing" for i in promises.created - ids]
    for record_id, token in promises.updated:
        found = conn.execute("SELECT 1 FROM history WHERE record_id = ? AND field = 'notes' "
                             "AND new LIKE ?", (record_id, f"%{token}%")).fetchone()
        if not found:
            problems.append(f"update {token} of {record_id} is missing")
    counts = dict(conn.execute("SELECT notes, count(*) FROM companies WHERE notes "
                               "LIKE 'batch-%' OR notes LIKE 'import-%' GROUP BY notes"))
    problems += [f"{tag}: {counts.get(tag, 0)} of {n} rows"
                 for tag, n in promises.groups.items() if counts.get(tag) != n]
    logged = {r[0] for r in conn.execute("SELECT file_name FROM import_log")}
    problems += [f"merge of {name} is not logged" for name in promises.merged - logged]
    return problems


def _verify(db: Path, promises: Promises, contents: dict[str, set[str]]) -> list[str]:
    desk = open_desk(db, lock_wait=10)  # as the program does after a crash
    try:
        report = check(desk)
        return [*report.problems(), *_half_written(desk.conn, contents),
                *_broken_promises(desk.conn, promises)]
    finally:
        desk.close()


def test_sigkill_at_random_moments_loses_nothing_committed_and_leaves_no_half(scene):
    db, packages, work, contents = scene
    seed = int(os.environ.get("CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    server = subprocess.Popen(
        [sys.executable, str(WORKER), "serve", str(db), str(packages), str(work)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=os.environ.copy(),
    )
    assert server.stdin is not None and server.stdout is not None
    promises = Promises()
    round_no = -1
    try:
        # on a slow machine more rounds may be needed before every kind of change has
        # committed at least once: keep killing (up to three times as often) until then
        while (round_no := round_no + 1) < KILLS or (
                not promises.covers_everything() and round_no < 3 * KILLS):
            server.stdin.write(f"run {round_no} {rng.randrange(1 << 30)}\n")
            server.stdin.flush()
            pid = int(server.stdout.readline().split()[1])
            time.sleep(rng.uniform(0.0, MAX_DELAY))
            with contextlib.suppress(ProcessLookupError):  # it ended by itself: see below
                os.kill(pid, signal.SIGKILL)
            status = int(server.stdout.readline().split()[1])
            log = work / f"round-{round_no}.log"
            promises.read(log)
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"round {round_no} ended by itself (status {status}); seed {seed}: "
                f"{log.read_text(encoding='utf-8')[-2000:] if log.exists() else ''}")
            problems = _verify(db, promises, contents)
            assert not problems, f"after kill {round_no + 1} (CRASH_SEED={seed}): {problems}"
    finally:
        server.communicate(timeout=60)  # closes its stdin: it ends
    # the workers got through every kind of change, so the kills hit them all
    assert promises.covers_everything(), promises
