"""Progress moves with the work (records read, pages laid out, rows written) and Cancel
is heard at every progress step, in whichever step the pack is: nothing more is done
and nothing is written. (How long that takes on the 100,000-record demo is a figure of
``benchmarks/bench_brief.py``, not an assertion.)"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from officer_desk.briefs.pack import write_pack
from officer_desk.briefs.selection import BriefSelection
from officer_desk.domain.errors import Cancelled

TODAY = dt.date(2026, 4, 15)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    from officer_desk.services import demo
    from officer_desk.services.desk import init_desk

    path = tmp_path_factory.mktemp("progress") / "demo.sqlite"
    desk = init_desk(path, hq=True, demo=True, officer="demo")
    try:
        demo.generate_demo(desk, records=3000, seed=3, today=TODAY)
    finally:
        desk.close()
    return path


@pytest.fixture
def desk(demo_path):
    from officer_desk.services.desk import open_desk

    d = open_desk(demo_path, readonly=True)
    yield d
    d.close()


def test_progress_moves_while_records_are_read_and_files_written(desk, tmp_path):
    seen: list[int] = []
    write_pack(desk, BriefSelection(lang="en"), tmp_path / "out", today=TODAY,
               progress=lambda done, total: seen.append(done * 100 // total))
    assert seen == sorted(seen) and seen[-1] == 100
    reading = [p for p in seen if 0 < p < 30]  # content: the first 30 %
    laying_out = [p for p in seen if 30 < p < 70]  # the PDF's pages
    writing = [p for p in seen if 70 < p < 100]  # the workbook's rows
    assert len(set(reading)) >= 5 and len(set(laying_out)) >= 5 and len(set(writing)) >= 5


def test_reading_the_records_reports_progress_and_checks_cancel(desk, tmp_path, monkeypatch):
    """The records are read (100,000 of them take seconds) with the bar moving and
    Cancel heard, not only once they are all read."""
    from officer_desk.briefs import pack as pack_module

    state = {"reading": False, "read": False, "reports": 0}
    real = pack_module.build_content

    def build_content(*args, **kwargs):
        state["reading"] = True
        content = real(*args, **kwargs)
        state["reading"], state["read"] = False, True
        return content

    def progress(done: int, total: int) -> None:
        state["reports"] += state["reading"]

    monkeypatch.setattr(pack_module, "build_content", build_content)
    write_pack(desk, BriefSelection(lang="en"), tmp_path / "a", today=TODAY,
               progress=progress)
    assert state["reports"] >= 5
    state["read"] = False
    with pytest.raises(Cancelled):
        write_pack(desk, BriefSelection(lang="en"), tmp_path / "b", today=TODAY,
                   cancel=lambda: state["reading"])
    assert not state["read"]  # stopped while reading, not after


@pytest.mark.parametrize("step, at", [("reading the records", 3), ("laying out the PDF", 45),
                                      ("writing the workbook", 80)])
def test_cancel_is_heard_at_the_next_progress_step(desk, tmp_path, step, at):
    """Cancel asked from inside a progress report stops the pack before its next step of
    work (a record read, a flowable laid out, a batch of rows written) reports: cancel
    is checked with every progress step, so Cancel waits for at most one step of work,
    whatever the machine."""
    reports: list[int] = []
    asked: list[int] = []

    def progress(done: int, total: int) -> None:
        percent = done * 100 // total
        reports.append(percent)
        if not asked and percent >= at:
            asked.append(len(reports))

    with pytest.raises(Cancelled):
        write_pack(desk, BriefSelection(lang="en"), tmp_path / "out", today=TODAY,
                   progress=progress, cancel=lambda: bool(asked))
    assert asked, f"the pack never reached {at} % ({step})"
    assert len(reports) == asked[0], (
        f"cancelled while {step}: {len(reports) - asked[0]} more progress steps after Cancel")
    assert not any((tmp_path / "out").glob("brief-*"))
    assert not any((tmp_path / "out").glob(".brief-*"))  # no temporary folder left either
