"""The benchmarks never change the cached demo database they are given.

The window's benches (``bench_dashboard``, ``bench_gui``, ``bench_lists``) start
``officer-desk gui DB`` and the to-do's (``bench_todo``) writes to it; each once opened
the cached demo itself, so that a start on a computer the file did not know (each
launch has a home of its own) gave it a new installation id, and the next run measured
a changed file. Each is run here once on a small cached demo (no figure is looked
at); the cached file's bytes and its folder must be as they were.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from benchmarks import bench_dashboard, bench_gui, bench_lists, bench_todo

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the benches' launches")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("OFFICER_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    # enough open deadlines for the to-do's Space 300 rows above the end
    path = bench_dashboard.cached_demo(3000)
    assert path.parent == tmp_path / "cache" / "officer-desk-bench"
    return path


def test_the_benches_leave_the_cached_demo_as_built(cached: Path) -> None:
    built = _digest(cached)
    folder = sorted(p.name for p in cached.parent.iterdir())
    assert bench_dashboard.run(cached, starts=1)["database"] == str(cached)
    assert bench_gui.run(cached, starts=1)["database"] == str(cached)
    assert bench_lists.run(cached, starts=1)["database"] == str(cached)
    assert bench_todo.run(cached, presses=1)["rows"] > 300
    assert _digest(cached) == built
    assert sorted(p.name for p in cached.parent.iterdir()) == folder
    assert folder == [cached.name]  # made whole under its name, nothing left beside it
    assert bench_dashboard.cached_demo(3000) == cached  # still the cache's, used again
