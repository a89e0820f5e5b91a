"""A database file copied back over itself by hand is recognised before its next change
(issue 11, finding 3): the installation's highest counter is kept beside its key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from officer_desk.cli import cli
from officer_desk.domain.errors import OfficerDeskError, ValidationError
from officer_desk.services import records
from officer_desk.services import sync as sync_service
from officer_desk.services.desk import Desk, open_desk
from officer_desk.storage import meta
from officer_desk.sync import high_water, keys
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key

SUMMARY = "본청에 보낸 요약"
FORUM = "U.S. District Court, W.D. Tex."


def _copy(src: Path, dst: Path) -> None:
    """``cp``: the file alone (the desk was closed, so there is no write-ahead log)."""
    for suffix in ("-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    shutil.copy(src, dst)


def _values(desk: Desk, record_id: str) -> dict:
    got = records.get(desk, record_id)
    return {k: got[k] for k in ("summary", "forum", "stage", "title_ko")}


def test_edits_after_a_copy_put_back_by_hand_reach_hq(desk, dispute, hq_desk, tmp_path):
    """The issue's scenario: cp us.sqlite saved.sqlite; edit the summary; package; HQ
    merges; cp saved.sqlite us.sqlite; edit the forum; package; HQ merges. The forum
    edit used to be "unchanged" at HQ, lost for good."""
    us_path, saved = desk.path, tmp_path / "saved.sqlite"
    installation = desk.repo.author.installation
    desk.close()
    _copy(us_path, saved)

    us = open_desk(us_path)
    records.update(us, dispute.id, {"summary": SUMMARY})
    first = build_package(us, tmp_path / "first.odpkg", plain=True).path
    us.close()
    trust_package_key(hq_desk, first, "본청 담당")
    assert merge_package(hq_desk, first).updated == 0  # R arrives new at HQ
    assert records.get(hq_desk, dispute.id)["summary"] == SUMMARY

    _copy(saved, us_path)
    us = open_desk(us_path)
    assert us.repo.author.installation != installation
    [notice] = us.notices
    assert "older copy" in notice.message("en") and "예전 사본" in notice.message("ko")
    assert installation in json.loads(meta.get(us.conn, "earlier_installations"))
    assert records.get(us, dispute.id)["summary"] != SUMMARY  # the copy is older
    records.update(us, dispute.id, {"forum": FORUM})
    second = build_package(us, tmp_path / "second.odpkg", plain=True).path
    us.close()

    trust_package_key(hq_desk, second, "본청 담당")  # the new installation's new key
    report = merge_package(hq_desk, second)
    assert report.ok and report.updated == 1, report
    at_hq = _values(hq_desk, dispute.id)
    assert at_hq["forum"] == FORUM and at_hq["summary"] == SUMMARY

    # HQ sends the post its own records back: both agree on R
    relay = build_package(hq_desk, tmp_path / "hq.odpkg", include_posts=["US"], plain=True).path
    us = open_desk(us_path)
    try:
        assert us.notices == []
        trust_package_key(us, relay, "김영희")
        assert merge_package(us, relay).ok
        assert _values(us, dispute.id) == at_hq
    finally:
        us.close()


def test_the_command_line_says_it_once(desk, dispute, tmp_path):
    us_path, saved = desk.path, tmp_path / "saved.sqlite"
    desk.close()
    _copy(us_path, saved)
    us = open_desk(us_path)
    records.update(us, dispute.id, {"summary": SUMMARY})
    us.close()
    _copy(saved, us_path)
    runner = CliRunner()
    first = runner.invoke(cli, ["list", str(us_path), "disputes"])
    assert first.exit_code == 0, first.output
    assert "notice: " in first.output and "is an older copy of this database" in first.output
    assert "officer-desk keys" in first.output
    again = runner.invoke(cli, ["list", str(us_path), "disputes"])
    assert again.exit_code == 0 and "notice" not in again.output


def test_a_second_copy_on_the_same_computer_gets_its_own_installation(desk, dispute,
                                                                         tmp_path):
    """Two files of one installation on one computer (a copy kept beside the original)
    would stamp different edits alike; the one that is behind is told apart."""
    twin = tmp_path / "twin.sqlite"
    desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(desk.path, twin)
    records.update(desk, dispute.id, {"summary": SUMMARY})
    other = open_desk(twin)
    try:
        assert other.notices and other.repo.author.installation != desk.repo.author.installation
    finally:
        other.close()


def test_a_copy_on_another_computer_is_not_an_older_copy(desk, dispute, tmp_path,
                                                          monkeypatch):
    desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    laptop = tmp_path / "laptop.sqlite"
    shutil.copy(desk.path, laptop)
    records.update(desk, dispute.id, {"summary": SUMMARY})
    monkeypatch.setenv("OFFICER_DESK_HOME", str(tmp_path / "laptop-home"))
    other = open_desk(laptop)
    try:
        assert other.notices == []  # a new computer: a new installation, nothing older
        assert other.repo.author.installation != desk.repo.author.installation
    finally:
        other.close()


def test_the_counter_outside_follows_every_commit(desk, dispute, hq_desk, tmp_path):
    installation = desk.repo.author.installation

    def outside() -> int | None:
        return high_water.read(installation)

    assert outside() == high_water.database_clock(desk.conn)
    records.update(desk, dispute.id, {"summary": SUMMARY})
    assert outside() == high_water.database_clock(desk.conn)
    info = build_package(desk, tmp_path / "p.odpkg", plain=True)
    assert outside() >= info.manifest["clock"]
    assert high_water.path_for(installation).parent == keys.key_path(installation).parent
    hq_installation = hq_desk.repo.author.installation
    trust_package_key(hq_desk, info.path, "본청 담당")
    sync_service.merge(hq_desk, [info.path])
    assert high_water.read(hq_installation) == high_water.database_clock(hq_desk.conn)


def test_rolled_back_work_never_makes_a_sound_file_look_older(desk, dispute, hq_desk,
                                                            tmp_path):
    """A dry run, a refused package, an edit refused by validation: their counter
    values are rolled back, and the counter outside must not have moved past them."""
    info = build_package(desk, tmp_path / "p.odpkg", plain=True)
    trust_package_key(hq_desk, info.path, "본청 담당")
    hq_path, hq_installation = hq_desk.path, hq_desk.repo.author.installation
    assert sync_service.merge(hq_desk, [info.path], dry_run=True)[0].outcome == "checked"
    with pytest.raises(ValidationError):
        records.update(desk, dispute.id, {"opened_on": "not a date"})
    assert high_water.read(hq_installation) == high_water.database_clock(hq_desk.conn)
    assert high_water.read(desk.repo.author.installation) == \
        high_water.database_clock(desk.conn)
    hq_desk.close()
    again = open_desk(hq_path)
    try:
        assert again.notices == [] and again.repo.author.installation == hq_installation
    finally:
        again.close()


def test_an_unreadable_counter_file_stops_nobody(desk, dispute):
    installation = desk.repo.author.installation
    high_water.path_for(installation).write_text("9" * 40 + "\n", encoding="ascii")
    assert high_water.read(installation) is None
    records.update(desk, dispute.id, {"summary": SUMMARY})
    assert high_water.read(installation) == high_water.database_clock(desk.conn)


def test_what_docs_sync_tells_an_officer_to_do_works(desk, dispute, tmp_path):
    """docs/sync.md, "An older copy of the file": a package made from the newer file
    can be merged into the older copy (after trusting this computer's earlier key); and
    the newer file put back (nothing changed in the copy yet) carries on untold."""
    us_path, saved, newer = desk.path, tmp_path / "saved.sqlite", tmp_path / "newer.sqlite"
    desk.close()
    _copy(us_path, saved)
    us = open_desk(us_path)
    records.update(us, dispute.id, {"summary": SUMMARY})
    lost = build_package(us, tmp_path / "never-sent.odpkg", plain=True).path
    us.close()
    _copy(us_path, newer)

    _copy(saved, us_path)
    us = open_desk(us_path)
    try:
        assert us.notices
        trust_package_key(us, lost, "김영희")
        assert merge_package(us, lost).updated == 1
        assert records.get(us, dispute.id)["summary"] == SUMMARY
    finally:
        us.close()

    _copy(saved, us_path)  # an older copy again; this time the newer file goes back
    older = open_desk(us_path)
    assert older.notices
    older.close()
    _copy(newer, us_path)
    back = open_desk(us_path)
    try:
        assert back.notices == [] and records.get(back, dispute.id)["summary"] == SUMMARY
    finally:
        back.close()


def test_the_counter_file_survives_a_torn_write_and_never_goes_down():
    """Two slots, each with its checksum, written in turn: a write cut short by a crash
    spoils one slot and the other still holds the value before it."""
    high_water.record("inst-1", 10)
    high_water.record("inst-1", 11)
    assert high_water.read("inst-1") == 11
    high_water.record("inst-1", 5)  # never lowered
    assert high_water.read("inst-1") == 11
    path = high_water.path_for("inst-1")
    data = bytearray(path.read_bytes())
    newest = 0 if high_water._value(bytes(data[:high_water.SLOT])) == 11 else 1
    at = newest * high_water.SLOT
    data[at:at + 5] = b"99999"  # the newest slot torn half-way
    path.write_bytes(bytes(data))
    assert high_water.read("inst-1") == 10
    high_water.record("inst-1", 12, durable=True)  # into the spoilt slot, the 10 is kept
    assert high_water.read("inst-1") == 12
    assert sorted(high_water._values(path.read_bytes())) == [10, 12]
    path.write_bytes(b"")
    assert high_water.read("inst-1") is None
    with pytest.raises(OfficerDeskError):
        high_water.path_for("../escape")
