"""A post's package merged into an encrypted HQ case log (issue 15): the merge writes
through SQLCipher, its backup is encrypted, and no merged value lands on disk in the
clear. (Building a package *from* an encrypted log is the packages' part of issue 15.)"""

from __future__ import annotations

from officer_desk.services import records
from officer_desk.services import sync as sync_service
from officer_desk.services.desk import init_desk
from officer_desk.storage import cipher
from officer_desk.storage.connection import backup_dir_for
from officer_desk.sync.package import build_package, trust_package_key


def test_a_post_package_merges_into_an_encrypted_hq_log(desk, dispute, tmp_path):
    hq = init_desk(tmp_path / "hq" / "hq.sqlite", hq=True, officer="본청 담당",
                   passphrase="본청 passphrase")
    try:
        package = build_package(desk, tmp_path / "us-1.odpkg").path
        trust_package_key(hq, package, "본청 담당")
        [report] = sync_service.merge(hq, [package])  # as the command and window do
        assert report.outcome == "merged" and report.ok, report
        assert records.get(hq, dispute.id)["title_ko"] == dispute["title_ko"]
        assert type(hq.conn) is cipher.CipherConnection
        planted = dispute["title_ko"].encode("utf-8")
        hq.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for path in [p for p in (tmp_path / "hq").rglob("*") if p.is_file()]:
            assert planted not in path.read_bytes(), path
        [backup] = backup_dir_for(hq.path).glob("*-merge.sqlite")  # encrypted, not .gz
        assert cipher.is_encrypted_file(backup)
    finally:
        hq.close()
