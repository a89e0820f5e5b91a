"""Output files are written whole, to the file the officer named (``out_file``)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from officer_desk.cli import cli
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.out_file import replacing, write_whole


def test_a_link_keeps_pointing_at_the_file_written(tmp_path):
    synced = tmp_path / "synced"
    synced.mkdir()
    (synced / "deadlines.ics").write_bytes(b"old")
    link = tmp_path / "deadlines.ics"
    link.symlink_to(synced / "deadlines.ics")
    write_whole(link, b"new")
    assert link.is_symlink()
    assert (synced / "deadlines.ics").read_bytes() == b"new"
    assert not list(tmp_path.rglob(".*.tmp"))


def test_a_new_file_gets_the_umask_and_a_replaced_one_keeps_its_mode(tmp_path):
    old = os.umask(0o027)
    try:
        fresh = write_whole(tmp_path / "fresh.json", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640
    kept = tmp_path / "kept.json"
    kept.write_bytes(b"old")
    kept.chmod(0o604)
    write_whole(kept, b"new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o604 and kept.read_bytes() == b"new"


def test_a_failure_in_the_block_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(path) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("stopped")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_a_folder_is_refused_naming_it(tmp_path):
    with pytest.raises(OfficerDeskError, match="is a folder"):
        write_whole(tmp_path, b"x")


def test_a_place_that_cannot_be_written_names_the_file_asked_for(tmp_path):
    (tmp_path / "a file").write_text("x")
    target = tmp_path / "a file" / "out.json"
    with pytest.raises(OfficerDeskError) as caught:
        write_whole(target, b"x")
    assert str(caught.value).startswith(f"cannot write {target}:")
    assert ".tmp" not in str(caught.value)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_device_is_an_error_and_stays_a_device():
    with pytest.raises(OfficerDeskError, match="cannot write /dev/full"):
        write_whole("/dev/full", b"x" * 10_000)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_gets_what_is_written(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()))
    reader.start()
    write_whole(pipe, b"through the pipe")
    reader.join(10)
    assert got == [b"through the pipe"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_export_through_a_link_in_korean_and_to_a_full_device(tmp_path):
    db = tmp_path / "log.sqlite"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(db), "--post", "US"]).exit_code == 0
    real = tmp_path / "real.json"
    real.write_text("[]")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    done = runner.invoke(cli, ["export", str(db), "--out", str(link)])
    assert done.exit_code == 0, done.output
    assert link.is_symlink() and "officer-desk-export" in real.read_text()
    if Path("/dev/full").exists():
        full = runner.invoke(cli, ["--lang", "ko", "export", str(db), "--out", "/dev/full"])
        assert full.exit_code == 1
        assert "/dev/full 파일을 쓸 수 없습니다" in full.output
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
