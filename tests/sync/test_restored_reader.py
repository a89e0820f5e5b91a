"""A database restored from a backup (or found to be an older copy) gets a new
installation id; the packages addressed to it before, on this computer, stay readable
(s28): after HQ restores the backup made before a merge, it merges the posts' packages
again to get back what the restore took out."""

from __future__ import annotations

from pathlib import Path

from officer_desk.services import backups
from officer_desk.services import restore as restore_service
from officer_desk.services.desk import open_desk
from officer_desk.sync.key_card import trust_file, write_key_card
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package


def _exchange(a, b, folder: Path) -> None:
    for src, dst in ((a, b), (b, a)):
        card = folder / f"{src.path.stem}.odkey"
        write_key_card(src, card)
        trust_file(dst, card, "tester")


def _companies(desk) -> set[str]:
    return {r[0] for r in desk.conn.execute("SELECT id FROM companies WHERE deleted = 0")}


def test_a_restored_hq_merges_again_the_packages_addressed_to_it(desk, company, hq_desk,
                                                                 tmp_path):
    _exchange(desk, hq_desk, tmp_path)
    sent = build_package(desk, tmp_path / "us.odpkg").path  # encrypted to HQ
    before = backups.backup(hq_desk.path)
    old_installation = hq_desk.repo.author.installation
    assert merge_package(hq_desk, sent).outcome == "merged"
    path = hq_desk.path
    hq_desk.close()
    restore_service.restore(path, before)
    restored = open_desk(path)
    try:
        assert restored.repo.author.installation != old_installation
        assert company.id not in _companies(restored)
        assert merge_package(restored, sent).outcome == "merged"
        assert company.id in _companies(restored)
    finally:
        restored.close()


def test_a_package_for_another_installation_is_still_refused(desk, company, hq_desk,
                                                             tmp_path):
    """Only this file's own earlier installations count: another HQ database on this
    computer, which trusts the post, is not a reader of a package addressed to HQ."""
    from officer_desk.services.desk import init_desk

    _exchange(desk, hq_desk, tmp_path)
    sent = build_package(desk, tmp_path / "us.odpkg").path
    other = init_desk(tmp_path / "second" / "hq.sqlite", hq=True, officer="본청 2")
    try:
        trust_file(other, tmp_path / f"{desk.path.stem}.odkey", "tester")
        report = merge_package(other, sent)
        assert report.outcome == "refused" and report.refusal == "not_addressed"
        assert company.id not in _companies(other)
    finally:
        other.close()


def test_a_second_restore_keeps_the_ids_the_file_had_since_the_backup(desk, company,
                                                                     hq_desk, tmp_path):
    """The file restored twice from one backup still knows the id it had between the
    two restores as its own, and reads the packages addressed to it then."""
    import json

    _exchange(desk, hq_desk, tmp_path)
    before = backups.backup(hq_desk.path)
    path = hq_desk.path
    hq_desk.close()
    restore_service.restore(path, before)
    between = open_desk(path)
    middle = between.repo.author.installation
    # a post that trusts the key of that id sends it a package
    card = tmp_path / "hq-between.odkey"
    write_key_card(between, card)
    trust_file(desk, card, "tester")
    trust_file(between, tmp_path / f"{desk.path.stem}.odkey", "tester")
    between.close()
    sent = build_package(desk, tmp_path / "us.odpkg").path
    restore_service.restore(path, before)  # the same backup again
    restored = open_desk(path)
    try:
        earlier = json.loads(restored.conn.execute(
            "SELECT value FROM meta WHERE key = 'earlier_installations'").fetchone()[0])
        assert middle in earlier
        assert merge_package(restored, sent).outcome == "merged"
        assert company.id in _companies(restored)
    finally:
        restored.close()


def test_a_backup_of_another_post_restored_takes_no_id_of_the_file_it_replaced(
        desk, hq_desk, tmp_path):
    """Restored with force over HQ's file, US's backup does not make HQ's installations
    US's: an installation belongs to one post."""
    import json

    us_backup = backups.backup(desk.path)
    hq_ids = {hq_desk.repo.author.installation}
    path = hq_desk.path
    hq_desk.close()
    restore_service.restore(path, us_backup, force=True)
    restored = open_desk(path)
    try:
        earlier = set(json.loads(restored.conn.execute(
            "SELECT value FROM meta WHERE key = 'earlier_installations'").fetchone()[0]))
        assert desk.repo.author.installation in earlier and not earlier & hq_ids
    finally:
        restored.close()
