"""A post's package merged into an encrypted HQ case log (issue 15): the merge writes
through SQLCipher, its backup is encrypted, and no merged value lands on disk in the
clear; and a package built *from* an encrypted log, whose content is decrypted in
memory only."""

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
        package = build_package(desk, tmp_path / "us-1.odpkg", plain=True).path
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


def test_a_package_is_built_from_an_encrypted_post_log(tmp_path):
    import datetime as dt

    from officer_desk.domain.kinds import COMPANIES, DISPUTES

    post = init_desk(tmp_path / "us" / "us.sqlite", post="US", officer="김영희",
                     passphrase="미국 passphrase")
    hq = init_desk(tmp_path / "hq" / "hq.sqlite", hq=True, officer="본청 담당")
    try:
        company, _ = records.create(post, COMPANIES, {"name_ko": "(주)암호전자"})
        dispute, _ = records.create(post, DISPUTES, {
            "title_ko": "암호화된 분쟁 기록", "company_id": company.id, "ip_type": "patent",
            "dispute_kind": "infringement_suit", "opened_on": dt.date(2024, 3, 1)})
        package = build_package(post, tmp_path / "us-1.odpkg", plain=True).path
        trust_package_key(hq, package, "본청 담당")
        [report] = sync_service.merge(hq, [package])
        assert report.outcome == "merged" and report.ok, report
        assert records.get(hq, dispute.id)["title_ko"] == "암호화된 분쟁 기록"
        # the log is still encrypted and was not left with the copy attached
        assert cipher.is_encrypted_file(post.path)
        names = [row[1] for row in post.conn.execute("PRAGMA database_list")]
        assert names == ["main"] or "package_copy" not in names
        for path in [p for p in tmp_path.rglob("*") if p.is_file() and p != package
                     and "hq" not in p.parts]:
            assert "암호화된 분쟁 기록".encode() not in path.read_bytes(), path
    finally:
        post.close()
        hq.close()
