"""Backups and restore: rolling backups, listing, and putting a backup back end to end."""

from __future__ import annotations

import gzip
import json
import sqlite3
import zipfile

import pytest
import raw_sqlite

from officer_desk import settings
from officer_desk.domain.errors import (
    DatabaseCorrupt,
    DatabaseInUse,
    DatabaseTooNew,
    DiskFull,
    NotADeskDatabase,
)
from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.services import backup_cache, backups, records
from officer_desk.services import restore as restore_service
from officer_desk.services.desk import open_desk
from officer_desk.services.sync import merge
from officer_desk.storage.connection import backup_dir_for
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key

#: a backup's name ends so: compressed for a plain log, an encrypted copy for an encrypted
#: one (docs/encryption.md)
SUFFIX = ".sqlite" if raw_sqlite.ENCRYPTED_RUN else ".sqlite.gz"


def _company(desk, name: str):
    record, _ = records.create(desk, COMPANIES, {"name_ko": name, "name_en": name,
                                                 "size": "sme"})
    return record


def test_a_backup_is_listed_with_its_time_reason_and_record_counts(desk, company):
    path = backups.backup_before(desk, "merge")
    assert path is not None and path.parent == backup_dir_for(desk.path)
    assert path.name.startswith("us-") and path.name.endswith(f"-merge{SUFFIX}")
    _company(desk, "두번째")
    [info] = backups.list_backups(desk.path)
    assert (info.path, info.reason, info.problem, info.post) == (path, "merge", None, "US")
    assert info.counts["companies"] == 1 and info.counts["disputes"] == 0
    assert info.size == path.stat().st_size > 0
    # one self-contained file with its manifest: no journal or write-ahead log beside it,
    # nothing half-made
    assert sorted(p.name for p in path.parent.iterdir() if p.name != backup_cache.NAME) == [
        path.name, path.name + ".manifest.json"]
    assert info.verified
    if raw_sqlite.ENCRYPTED_RUN:  # an encrypted copy with the log's key, no journal
        conn = raw_sqlite.connect(path, readonly=True)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 1
        conn.close()
        return
    # compressed, holding an SQLite file in rollback-journal mode (header bytes 18-19)
    content = gzip.decompress(path.read_bytes())
    assert content[:16] == b"SQLite format 3\x00" and content[18:20] == b"\x01\x01"
    assert info.size == path.stat().st_size < len(content)


def test_rolling_backups_keep_the_newest_per_reason_and_every_manual_one(desk, company):
    settings.update(backups_to_keep=2)
    merges = [backups.backup_before(desk, "merge") for _ in range(4)]
    daily = backups.backup_before(desk, "daily")
    manual = [backups.backup(desk.path) for _ in range(3)]
    left = {b.path for b in backups.list_backups(desk.path)}
    assert left == {*merges[2:], daily, *manual}


def test_zero_turns_automatic_backups_off(desk):
    settings.update(backups_to_keep=0)
    assert backups.backup_before(desk, "import") is None
    assert backups.list_backups(desk.path) == []


def test_a_start_backup_is_skipped_when_nothing_changed(desk, company):
    first = backups.backup_if_due(desk, "start")
    assert first is not None
    assert backups.backup_if_due(desk, "start") is None
    _company(desk, "새 회사")
    assert backups.backup_if_due(desk, "start") is not None


def test_a_daily_backup_waits_a_day(desk, company):
    import datetime as dt

    day = dt.timedelta(days=1)
    assert backups.backup_if_due(desk, "daily", older_than=day) is not None
    _company(desk, "새 회사")
    assert backups.backup_if_due(desk, "daily", older_than=day) is None
    assert backups.backup_if_due(desk, "daily", older_than=dt.timedelta(0)) is not None


def test_a_read_only_desk_is_not_backed_up(desk):
    path = desk.path
    desk.close()
    readonly = open_desk(path, readonly=True)
    try:
        assert backups.backup_before(readonly, "merge") is None
    finally:
        readonly.close()


def test_a_manual_backup_can_go_to_another_folder(desk, company, tmp_path):
    path = backups.backup(desk.path, to_dir=tmp_path / "usb")
    assert path.parent == tmp_path / "usb" and path.name.endswith(f"-manual{SUFFIX}")
    assert restore_service.verify_backup(path)["companies"] == 1


def test_merge_takes_a_backup_but_a_dry_run_does_not(desk, dispute, hq_desk, tmp_path):
    package = build_package(desk, tmp_path / "us.odpkg", plain=True).path
    trust_package_key(hq_desk, package, "본청 담당")
    merge(hq_desk, [package], dry_run=True)
    assert backups.list_backups(hq_desk.path) == []
    merge(hq_desk, [package])
    [info] = backups.list_backups(hq_desk.path)
    assert info.reason == "merge" and info.counts["disputes"] == 0  # taken before


def _tampered(package, dest):
    """The package with other content bytes under its (still valid) signed manifest:
    its signer is trusted, so a backup is taken, and then it is refused."""
    with zipfile.ZipFile(package) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    content = bytearray(parts["content.sqlite"])
    content[len(content) // 2] ^= 0x01
    parts["content.sqlite"] = bytes(content)
    with zipfile.ZipFile(dest, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return dest


def test_a_merge_that_changed_nothing_leaves_no_backup_and_pushes_none_out(
        desk, dispute, hq_desk, tmp_path, monkeypatch):
    settings.update(backups_to_keep=1)
    package = build_package(desk, tmp_path / "us.odpkg", plain=True).path
    trust_package_key(hq_desk, package, "본청 담당")
    older = backups.backup_before(hq_desk, "merge")
    # refused on its content, after the backup was taken
    [report] = merge(hq_desk, [_tampered(package, tmp_path / "bad.odpkg")])
    assert report.outcome == "refused"
    assert [b.path for b in backups.list_backups(hq_desk.path)] == [older]
    # cancelled halfway
    [report] = merge(hq_desk, [package], cancel=iter([False, True, True, True]).__next__)
    assert report.outcome == "refused" and "cancelled" in (report.reason or "")
    assert [b.path for b in backups.list_backups(hq_desk.path)] == [older]

    # failed with an error of its own (a full disk): the backup goes, the error stays
    def full(*args, **kwargs):
        raise DiskFull("The disk is full", ko="디스크가 가득 찼습니다")

    with monkeypatch.context() as patched, pytest.raises(DiskFull):
        patched.setattr("officer_desk.services.sync.merge_packages", full)
        merge(hq_desk, [package])
    assert [b.path for b in backups.list_backups(hq_desk.path)] == [older]
    [report] = merge(hq_desk, [package])  # a merge that happens keeps its backup
    assert report.outcome == "merged"
    [kept] = backups.list_backups(hq_desk.path)
    assert kept.path != older and kept.counts["disputes"] == 0


def test_restore_end_to_end(desk, company):
    path = desk.path
    kept = backups.backup_before(desk, "merge")
    later = _company(desk, "나중 회사")
    desk.close()
    report = restore_service.restore(path, kept)
    assert report.counts["companies"] == 1
    assert report.safety_backup is not None and report.safety_backup.exists()
    assert restore_service.verify_backup(report.safety_backup)["companies"] == 2
    assert not path.with_name(path.name + "-wal").exists()
    assert not list(path.parent.glob(".*.tmp"))
    reopened = open_desk(path)
    try:
        ids = {r[0] for r in reopened.conn.execute("SELECT id FROM companies")}
        assert ids == {company.id}
        assert later.id not in ids
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert reopened.repo.author.installation == report.installation
    finally:
        reopened.close()
    reasons = sorted(b.reason for b in backups.list_backups(path))
    assert reasons == ["before-restore", "merge"]


def test_restore_refuses_a_desk_that_is_open(desk, company):
    kept = backups.backup_before(desk, "merge")
    with pytest.raises(DatabaseInUse, match="open in this program"):
        restore_service.restore(desk.path, kept)


def _bytes_of(path):
    return path.read_bytes()


@pytest.mark.plain_logs  # a plain log's gzip-compressed backup, opened by hand
def test_restore_refuses_what_is_not_a_good_backup(desk, company, tmp_path):
    path = desk.path
    kept = backups.backup_before(desk, "merge")
    desk.close()
    before = _bytes_of(path)
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(gzip.decompress(kept.read_bytes()))
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 999")
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(gzip.decompress(kept.read_bytes()))
    page = 4096
    data[3 * page:3 * page + 200] = b"\xff" * 200
    damaged.write_bytes(bytes(data))
    with pytest.raises(NotADeskDatabase):
        restore_service.restore(path, text)
    with pytest.raises(NotADeskDatabase):
        restore_service.restore(path, other)
    with pytest.raises(DatabaseTooNew):
        restore_service.restore(path, newer)
    with pytest.raises(DatabaseCorrupt):
        restore_service.restore(path, damaged)
    assert _bytes_of(path) == before
    assert [b.reason for b in backups.list_backups(path)] == ["merge"]


def test_a_restored_database_stamps_its_changes_with_a_new_installation(
        desk, dispute, hq_desk, tmp_path):
    """The backup's change counter is rewound: reusing the installation id would give the
    first change after the restore the same stamp as a different change already sent."""
    path = desk.path
    kept = backups.backup_before(desk, "manual")
    old_installation = desk.repo.author.installation
    records.update(desk, dispute.id, {"summary": "복원 전 요약"})
    before = records.get(desk, dispute.id).field_versions["summary"]
    sent = build_package(desk, tmp_path / "before-restore.odpkg", plain=True).path
    trust_package_key(hq_desk, sent, "본청 담당")
    assert merge_package(hq_desk, sent).ok
    desk.close()

    report = restore_service.restore(path, kept)
    restored = open_desk(path)
    try:
        assert report.installation != old_installation
        assert restored.repo.author.installation == report.installation
        earlier = json.loads(restored.setting("earlier_installations") or "[]")
        assert old_installation in earlier
        records.update(restored, dispute.id, {"summary": "복원 후 요약"})
        after = records.get(restored, dispute.id).field_versions["summary"]
        assert after[0] == before[0]  # the same counter value again …
        assert after[1] == report.installation != before[1]  # … but a different stamp

        # HQ, which has the change made before the restore, gets the one made after it:
        # two edits made without seeing each other, a conflict with both values kept
        again = build_package(restored, tmp_path / "after-restore.odpkg", plain=True).path
        trust_package_key(hq_desk, again, "본청 담당")
        result = merge_package(hq_desk, again)
        assert result.ok and result.conflicts == 1
        kept_value, lost_value = hq_desk.conn.execute(
            "SELECT kept, lost FROM conflicts").fetchone()
        values = {json.loads(kept_value)["summary"], json.loads(lost_value)["summary"]}
        assert values == {"복원 전 요약", "복원 후 요약"}

        # and the package made before the restore brings the lost edit back to the post
        trust_package_key(restored, sent, "김영희")
        back = merge_package(restored, sent)
        assert back.ok and back.conflicts == 1
        merged = records.get(restored, dispute.id)
        assert merged["summary"] == records.get(hq_desk, dispute.id)["summary"]
    finally:
        restored.close()


def test_a_backup_of_an_old_schema_is_listed_and_upgraded_after_restore(tmp_path):
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema-v1.sqlite"
    path = tmp_path / "us.sqlite"
    path.write_bytes(fixture.read_bytes())
    desk = open_desk(path)  # upgrades, after a backup
    desk.close()
    [info] = backups.list_backups(path)
    assert info.reason == "migration" and info.problem is None and info.schema == 1
    assert info.verified  # the migration's backup carries its manifest too
    restore_service.restore(path, info.path)
    upgraded = open_desk(path)
    try:
        assert upgraded.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        upgraded.close()
    assert DISPUTES.name in info.counts


def test_a_backup_cut_short_long_ago_is_cleaned_up(desk, company):
    import os
    import time

    folder = backup_dir_for(desk.path)
    folder.mkdir()
    old = folder / ".us-20261120T000000000000Z-merge.sqlite.4242.tmp"
    fresh = folder / ".us-20261121T000000000000Z-merge.sqlite.4343.tmp"
    for path in (old, fresh):
        path.write_bytes(b"SQLite format 3\x00")
    two_days_ago = time.time() - 2 * 86400
    os.utime(old, (two_days_ago, two_days_ago))
    backups.backup_before(desk, "merge")
    assert not old.exists() and fresh.exists()  # fresh: maybe being written right now
    assert len(backups.list_backups(desk.path)) == 1


def test_a_lost_database_is_brought_back_from_its_backup(desk, company):
    path = desk.path
    kept = backups.backup_before(desk, "daily")
    desk.close()
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    report = restore_service.restore(path, kept)
    assert report.safety_backup is None
    reopened = open_desk(path)
    try:
        assert reopened.conn.execute("SELECT id FROM companies").fetchall() == [(company.id,)]
    finally:
        reopened.close()


def test_a_damaged_file_is_kept_as_it_was_before_a_restore_replaces_it(desk, company):
    path = desk.path
    kept = backups.backup_before(desk, "daily")
    desk.close()
    for side in path.parent.glob(path.name + "-*"):
        side.unlink()
    ruined = b"not a database any more " * 400
    path.write_bytes(ruined)
    report = restore_service.restore(path, kept)
    assert report.safety_backup is not None
    assert report.safety_backup.read_bytes() == ruined  # the raw file, whole
    assert not [p for p in report.safety_backup.parent.iterdir() if p.name.endswith(".tmp")]
    reopened = open_desk(path)
    try:
        assert reopened.conn.execute("SELECT id FROM companies").fetchall() == [(company.id,)]
    finally:
        reopened.close()


def test_listing_reports_progress_and_can_be_cancelled(desk, company):
    from officer_desk.domain.errors import Cancelled

    for _ in range(3):
        backups.backup(desk.path)
    seen: list[tuple[int, int]] = []
    assert len(backups.list_backups(desk.path, progress=lambda d, t: seen.append((d, t)))) == 3
    assert seen == [(1, 3), (2, 3), (3, 3)]
    with pytest.raises(Cancelled):
        backups.list_backups(desk.path, cancel=lambda: True)


def test_a_listing_reads_a_verified_backup_again_only_when_it_changed(desk, company,
                                                                     monkeypatch):
    first = backups.backup_before(desk, "merge")
    _company(desk, "두번째")
    second = backups.backup_before(desk, "daily")
    checked = []
    real = backups.check_backup

    def counting(path, **kwargs):
        checked.append(path)
        return real(path, **kwargs)

    monkeypatch.setattr(backups, "check_backup", counting)
    listed = backups.list_backups(desk.path)
    assert sorted(checked) == sorted([first, second])
    assert (backup_dir_for(desk.path) / backup_cache.NAME).is_file()
    checked.clear()
    again = backups.list_backups(desk.path)  # nothing changed: nothing read
    assert checked == [] and again == listed
    # a changed backup (other bytes, same size) is read again and found damaged
    data = bytearray(second.read_bytes())
    data[len(data) // 2] ^= 0x01
    second.write_bytes(bytes(data))
    by_path = {b.path: b for b in backups.list_backups(desk.path)}
    assert checked == [second]
    assert by_path[second].problem and not by_path[second].verified
    assert by_path[first].verified and by_path[first].counts["companies"] == 1
    # an edited manifest is a change too
    checked.clear()
    manifest = backups.manifest_path(first)
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        '"companies": 1', '"companies": 5'), encoding="utf-8")
    by_path = {b.path: b for b in backups.list_backups(desk.path)}
    assert first in checked and "companies 1 (5)" in by_path[first].problem
    # a cache file that is not ours is ignored
    (backup_dir_for(desk.path) / backup_cache.NAME).write_text("{broken", encoding="utf-8")
    checked.clear()
    backups.list_backups(desk.path)
    assert sorted(checked) == sorted([first, second])


@pytest.mark.plain_logs  # a plain log's gzip-compressed backup, opened by hand
def test_a_backup_of_realistic_data_takes_well_under_half_the_file(tmp_path):
    from officer_desk.services.demo import generate_demo
    from officer_desk.services.desk import init_desk
    from officer_desk.storage.backup_manifest import read as read_manifest

    demo = init_desk(tmp_path / "demo.sqlite", hq=True, demo=True)
    generate_demo(demo, records=600, seed=5)
    path = backups.backup_before(demo, "merge")
    demo.close()
    manifest = read_manifest(path)
    assert manifest is not None and manifest.compression == "gzip"
    # the SQLite copy it holds is the whole database; what is stored is a fraction
    assert manifest.content_size >= 1 << 20
    assert path.stat().st_size < 0.5 * manifest.content_size
    restored = tmp_path / "check.sqlite"
    restored.write_bytes(gzip.decompress(path.read_bytes()))
    with sqlite3.connect(restored) as conn:
        held = conn.execute("SELECT count(*) FROM disputes").fetchone()[0]
    with sqlite3.connect(tmp_path / "demo.sqlite") as conn:
        assert held == conn.execute("SELECT count(*) FROM disputes").fetchone()[0] > 0
