"""The dashboard's early read in a child process (Linux, before Qt and any thread):
the window gets exactly what a read in its own process finds, a failed or cancelled
child leaves no process behind, and the read stays in a thread wherever a fork is not
safe.

The forking runs in a fresh interpreter (``PROBE``), as ``officer-desk gui`` runs it:
the test process itself may hold Qt's threads.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading

import pytest

from officer_desk.services import early_read
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk, open_desk

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the read is forked on Linux only")

PROBE = r"""
import json, os, sys, threading
from officer_desk.services import early_read
from officer_desk.domain.kinds import KINDS_BY_NAME

path, what = sys.argv[1], sys.argv[2]
read = early_read.start(path)
forked = isinstance(read, early_read.ForkedRead)
child = read._child if forked else 0
if what == "cancel":
    early_read.cancel()
read.join(60)
outcome = read._outcome
gone = True
if child:
    try:
        os.waitpid(child, os.WNOHANG)
        gone = False
    except ChildProcessError:  # reaped: no zombie, no process left
        pass
report = {"forked": forked, "child_gone": gone, "threads": threading.active_count(),
          "failed": type(outcome).__name__ if isinstance(outcome, BaseException) else None}
if report["failed"] is None:
    d = outcome
    report.update(
        today=d.today.isoformat(), open=d.figures.disputes_open, overdue=d.figures.overdue,
        due={str(k): v for k, v in d.figures.due_within.items()},
        overdue_ids=[i.id for i in d.overdue], upcoming_ids=[i.id for i in d.upcoming],
        recent=[r.id for r in d.recent],
        kinds_are_the_modules=all(r.kind is KINDS_BY_NAME[r.kind.name] for r in d.recent),
        terms=sum(len(d.vocab.terms(v)) for v in d.vocab.vocabularies()))
print(json.dumps(report))
"""


def probe(path, what: str = "read") -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, str(path), what],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("fork") / "demo.sqlite"
    desk = init_desk(path, hq=True, demo=True)
    generate_demo(desk, records=600, seed=5)
    desk.close()
    return path


@linux_only
def test_the_child_reads_what_a_read_in_the_process_finds(demo_path):
    got = probe(demo_path)
    assert got["forked"] and got["child_gone"] and got["failed"] is None
    desk = open_desk(demo_path, readonly=True)
    try:
        here = early_read.read_dashboard(desk, dt.date.today())
    finally:
        desk.close()
    assert got["today"] == here.today.isoformat()
    assert (got["open"], got["overdue"]) == (here.figures.disputes_open,
                                             here.figures.overdue)
    assert got["due"] == {str(k): v for k, v in here.figures.due_within.items()}
    assert got["overdue_ids"] == [i.id for i in here.overdue] and got["overdue_ids"]
    assert got["upcoming_ids"] == [i.id for i in here.upcoming] and got["upcoming_ids"]
    assert got["recent"] == [r.id for r in here.recent] and got["recent"]
    assert got["kinds_are_the_modules"]
    assert got["terms"] == sum(len(here.vocab.terms(v)) for v in here.vocab.vocabularies())


@linux_only
def test_a_child_that_cannot_read_sends_a_failure_and_is_reaped(tmp_path):
    not_a_log = tmp_path / "notes.sqlite"
    not_a_log.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4096)  # damaged header
    got = probe(not_a_log)
    assert got["forked"] and got["child_gone"]
    assert got["failed"] is not None  # the dashboard then reads for itself


@linux_only
def test_a_cancelled_child_is_stopped_and_reaped(demo_path):
    got = probe(demo_path, "cancel")
    assert got["forked"] and got["child_gone"]
    assert got["threads"] == 1  # the waiting thread ended too


def test_no_fork_where_it_is_not_safe(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delitem(sys.modules, "PySide6.QtCore", raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert early_read._may_fork()
    monkeypatch.setattr(threading, "active_count", lambda: 2)  # another thread runs
    assert not early_read._may_fork()
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", object())  # Qt's threads
    assert not early_read._may_fork()
    monkeypatch.delitem(sys.modules, "PySide6.QtCore")
    for system in ("win32", "darwin"):
        monkeypatch.setattr(sys, "platform", system)
        assert not early_read._may_fork()


def test_a_kind_pickles_as_the_one_kind_of_its_name():
    import pickle

    from officer_desk.domain.kinds import KINDS

    for kind in KINDS:
        assert pickle.loads(pickle.dumps(kind, protocol=pickle.HIGHEST_PROTOCOL)) is kind
