"""Packages encrypted with age to their readers (issue 15): who can read a package,
read back with the standard ``age`` tool; what a wrong reader, a tampered ciphertext
and an old signed-only package get."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from package_tools import members, state, write_zip

from officer_desk.cli import cli
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.services import records
from officer_desk.services.desk import init_desk
from officer_desk.sync import keys
from officer_desk.sync import package_format as fmt
from officer_desk.sync.key_card import read_key_card, trust_file, write_key_card
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import PackageRefused, build_package, open_package

AGE = shutil.which("age")

#: What must never be readable in a package's bytes (names, amounts, strategy).
PLANTED = ("한빛배터리", "Hanbit Battery", "Voltaic Licensing", "98,765,432",
           "청구액 구천팔백만", "settle below 4.2M")


@pytest.fixture
def planted(desk, dispute):
    records.update(desk, dispute.id, {
        "summary": "청구액 구천팔백만 달러 (USD 98,765,432); strategy: settle below 4.2M",
    })
    return desk


@pytest.fixture
def cn_desk(tmp_path):
    d = init_desk(tmp_path / "cn.sqlite", post="CN", officer="이순신")
    yield d
    d.close()


def _exchange(a, b, folder: Path) -> None:
    """``a`` and ``b`` trust each other's key cards (as after a phone call)."""
    for src, dst in ((a, b), (b, a)):
        card = folder / f"{src.path.stem}.odkey"
        if not card.exists():
            write_key_card(src, card)
        trust_file(dst, card, "tester")


def _identity_file(desk) -> Path:
    return keys.identity_path(desk.repo.author.installation)


def _rows_state(desk):
    """Everything but the import log (a refusal is logged there, and only there)."""
    export, master, tables, pragmas = state(desk)
    tables.pop("import_log")
    return export, master, tables, pragmas


def _cipher(path: Path) -> bytes:
    return members(path)[fmt.CONTENT_AGE]


@pytest.fixture
def sent(planted, hq_desk, cn_desk, tmp_path):
    """A US package for HQ; CN knows HQ (and US's key), but is not a reader."""
    _exchange(planted, hq_desk, tmp_path)
    _exchange(cn_desk, hq_desk, tmp_path)
    card, _ = write_key_card(planted, tmp_path / "us-for-cn.odkey")
    trust_file(cn_desk, card, "tester")
    info = build_package(planted, tmp_path / "us.odpkg")
    return info


# -- what a package holds ------------------------------------------------------------------


def test_a_post_package_is_encrypted_to_hq_only(sent, hq_desk):
    names = set(members(sent.path))
    assert names == {fmt.MANIFEST, fmt.SIGNATURE, fmt.CONTENT_AGE}
    readers = fmt.readers_of(sent.manifest)
    assert [(r["post"], r["installation"]) for r in readers] == [
        ("HQ", hq_desk.repo.author.installation)]
    assert readers[0]["recipient"] == keys.own_recipient(hq_desk.repo.author.installation)
    assert _cipher(sent.path).startswith(b"age-encryption.org/v1\n")


def test_planted_strings_are_not_in_the_package_bytes(sent, hq_desk):
    data = sent.path.read_bytes()
    for text in PLANTED:
        for encoded in (text.encode("utf-8"), text.encode("utf-16-le")):
            assert encoded not in data, text
    # the check itself can see them: they are in the content once decrypted
    with open_package(sent.path, hq_desk) as pkg:
        summaries = [r["summary"] for r in pkg.rows("disputes")]
        names = [r["name_en"] for r in pkg.rows("companies")]
    assert any("98,765,432" in (s or "") for s in summaries)
    assert "Hanbit Battery Co., Ltd." in names


def test_the_age_tool_decrypts_with_the_hq_identity_and_nobody_else(sent, hq_desk,
                                                                     cn_desk, tmp_path):
    assert AGE, "the age tool is missing: run tools/ensure-system-deps (Debian: age)"
    # an independent reader: Python's zipfile, the age command, Python's sqlite3
    with zipfile.ZipFile(sent.path) as zf:
        cipher = tmp_path / "content.sqlite.age"
        cipher.write_bytes(zf.read(fmt.CONTENT_AGE))
    manifest = json.loads(members(sent.path)[fmt.MANIFEST])
    out = tmp_path / "decrypted.sqlite"
    done = subprocess.run([AGE, "-d", "-i", str(_identity_file(hq_desk)), "-o", str(out),
                           str(cipher)], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert hashlib.sha256(out.read_bytes()).hexdigest() == manifest["content_sha256"]
    conn = sqlite3.connect(out)
    try:
        summary = conn.execute("SELECT summary FROM disputes").fetchone()[0]
    finally:
        conn.close()
    assert "98,765,432" in summary

    wrong = subprocess.run([AGE, "-d", "-i", str(_identity_file(cn_desk)), str(cipher)],
                           capture_output=True, timeout=60)
    assert wrong.returncode != 0 and wrong.stdout == b""
    assert b"no identity matched" in wrong.stderr.lower()
    none = subprocess.run([AGE, "-d", str(cipher)], capture_output=True, timeout=60,
                          stdin=subprocess.DEVNULL)
    assert none.returncode != 0 and none.stdout == b""


# -- who can merge it ------------------------------------------------------------------------


def test_hq_merges_it_and_the_report_says_it_was_encrypted(sent, hq_desk):
    report = merge_package(hq_desk, sent.path)
    assert report.outcome == "merged" and report.encrypted is True
    assert report.added == 2  # the company and the dispute


def test_another_post_cannot_read_a_package_for_hq(sent, cn_desk):
    assert keys.find_key(cn_desk, sent.manifest["fingerprint"]).status == "trusted"
    before = _rows_state(cn_desk)
    with pytest.raises(PackageRefused) as caught:
        open_package(sent.path, cn_desk)
    refusal = caught.value
    assert refusal.code == "not_addressed"
    hq_installation = fmt.readers_of(sent.manifest)[0]["installation"]
    assert "this package is not addressed to this installation (it is for: HQ installation "\
        f"{hq_installation[:8]}" in str(refusal)
    assert "이 패키지는 이 설치 앞으로 암호화되지 않았습니다" in refusal.message("ko")
    report = merge_package(cn_desk, sent.path)
    assert report.outcome == "refused" and report.refusal == "not_addressed"
    assert _rows_state(cn_desk) == before


def test_a_lost_identity_is_said_so(sent, hq_desk):
    _identity_file(hq_desk).unlink()
    before = _rows_state(hq_desk)
    report = merge_package(hq_desk, sent.path)
    assert report.refusal == "no_identity"
    assert "has no decryption key" in report.reason
    assert _rows_state(hq_desk) == before


def _resigned(desk, src: Path, dst: Path, cipher: bytes, **changes) -> Path:
    """``src`` with other encrypted bytes, re-signed by ``desk``'s own (trusted) key
    with the manifest naming them: only the decryption can tell."""
    manifest = json.loads(members(src)[fmt.MANIFEST])
    manifest["encryption"]["size"] = len(cipher)
    manifest["encryption"]["sha256"] = hashlib.sha256(cipher).hexdigest()
    manifest.update(changes)
    key = keys.private_key(desk.repo.author.installation)
    data = fmt.encode_manifest(manifest)
    return write_zip(dst, [(fmt.MANIFEST, data),
                           (fmt.SIGNATURE, fmt.encode_signature(key.sign(data))),
                           (fmt.CONTENT_AGE, cipher)])


@pytest.mark.parametrize("where", ["header", "payload", "last byte"])
def test_a_tampered_ciphertext_is_refused_before_any_row_is_read(sent, planted, hq_desk,
                                                                 tmp_path, monkeypatch,
                                                                 where):
    cipher = bytearray(_cipher(sent.path))
    at = {"header": 40, "payload": len(cipher) // 2, "last byte": len(cipher) - 1}[where]
    cipher[at] ^= 0x01
    parts = members(sent.path)
    flipped = write_zip(tmp_path / "flipped.odpkg", [
        (fmt.MANIFEST, parts[fmt.MANIFEST]), (fmt.SIGNATURE, parts[fmt.SIGNATURE]),
        (fmt.CONTENT_AGE, bytes(cipher))])
    resigned = _resigned(planted, sent.path, tmp_path / "resigned.odpkg", bytes(cipher))

    from officer_desk.sync.package_read import OpenedPackage

    def no_rows(*a, **k):
        raise AssertionError("a row was read from a tampered package")

    monkeypatch.setattr(OpenedPackage, "rows", no_rows)
    before = _rows_state(hq_desk)
    for path, code in ((flipped, "cipher_mismatch"), (resigned, "decrypt_failed")):
        report = merge_package(hq_desk, path)
        assert report.outcome == "refused" and report.refusal == code, report.reason
        assert "Nothing was read from it" in report.reason
        assert _rows_state(hq_desk) == before
    logged = hq_desk.conn.execute(
        "SELECT outcome FROM import_log ORDER BY rowid").fetchall()
    assert logged == [("refused",), ("refused",)]


def test_a_plain_member_under_an_encrypted_manifest_is_refused(sent, hq_desk, tmp_path):
    parts = members(sent.path)
    swapped = write_zip(tmp_path / "swapped.odpkg", [
        (fmt.MANIFEST, parts[fmt.MANIFEST]), (fmt.SIGNATURE, parts[fmt.SIGNATURE]),
        (fmt.CONTENT, b"SQLite format 3\x00" + b"\x00" * 100)])
    with pytest.raises(PackageRefused) as caught:
        open_package(swapped, hq_desk)
    assert caught.value.code == "content_mismatch"


# -- writing ------------------------------------------------------------------------------------


def test_without_a_trusted_reader_nothing_is_written(planted, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OfficerDeskError) as caught:
        build_package(planted, out)
    assert "nobody could read this package" in str(caught.value)
    assert "--plain" in str(caught.value) and "--plain" in caught.value.message("ko")
    assert list(out.iterdir()) == []
    assert planted.conn.execute("SELECT count(*) FROM export_log").fetchone()[0] == 0


def test_a_post_package_is_also_for_the_posts_other_computer(planted, hq_desk, tmp_path):
    laptop = init_desk(tmp_path / "laptop.sqlite", post="US", officer="김영희")
    try:
        _exchange(planted, hq_desk, tmp_path)
        _exchange(planted, laptop, tmp_path)
        info = build_package(planted, tmp_path / "us.odpkg")
        assert sorted(r["installation"] for r in fmt.readers_of(info.manifest)) == sorted(
            [hq_desk.repo.author.installation, laptop.repo.author.installation])
        assert merge_package(laptop, info.path).outcome == "merged"
        assert merge_package(hq_desk, info.path).outcome == "merged"
    finally:
        laptop.close()


def test_an_hq_package_is_for_the_posts_it_is_for(planted, hq_desk, cn_desk, tmp_path):
    _exchange(planted, hq_desk, tmp_path)
    _exchange(cn_desk, hq_desk, tmp_path)
    assert merge_package(hq_desk, build_package(planted, tmp_path / "us.odpkg").path).ok
    records.create(hq_desk, COMPANIES, {"name_ko": "본청 메모 기업"})
    for_us = build_package(hq_desk, tmp_path / "hq-us.odpkg", include_posts=["US"])
    assert {r["post"] for r in fmt.readers_of(for_us.manifest)} == {"US"}
    assert merge_package(planted, for_us.path).outcome == "merged"
    refused = merge_package(cn_desk, for_us.path)
    assert refused.refusal == "not_addressed"
    everyone = build_package(hq_desk, tmp_path / "hq-all.odpkg")
    assert {r["post"] for r in fmt.readers_of(everyone.manifest)} == {"US", "CN"}
    assert merge_package(cn_desk, everyone.path).outcome == "merged"


# -- signed-only packages ------------------------------------------------------------------


def _old_format(desk, src: Path, dst: Path) -> Path:
    """``src`` (signed only) as a program before encryption wrote it: no age_recipient."""
    manifest = json.loads(members(src)[fmt.MANIFEST])
    manifest.pop("age_recipient")
    data = fmt.encode_manifest(manifest)
    key = keys.private_key(desk.repo.author.installation)
    return write_zip(dst, [(fmt.MANIFEST, data),
                           (fmt.SIGNATURE, fmt.encode_signature(key.sign(data))),
                           (fmt.CONTENT, members(src)[fmt.CONTENT])])


def test_old_signed_only_packages_still_merge_and_say_so(planted, hq_desk, tmp_path):
    plain = build_package(planted, tmp_path / "plain.odpkg", plain=True)
    assert set(members(plain.path)) == set(fmt.MEMBERS) and plain.readers == ()
    old = _old_format(planted, plain.path, tmp_path / "old.odpkg")
    assert "age_recipient" not in json.loads(members(old)[fmt.MANIFEST])
    keys.trust(hq_desk, keys.public_key_bytes(keys.private_key(
        planted.repo.author.installation)), planted.repo.author.installation, "US",
        "김영희", "본청 담당")  # trusted the old way: no encryption key yet
    report = merge_package(hq_desk, old)
    assert report.outcome == "merged" and report.encrypted is False and report.added == 2
    stored = keys.find_key(hq_desk, plain.manifest["fingerprint"])
    assert stored.age_recipient is None
    # a newer signed-only package brings the recipient, signed by the trusted key
    records.create(planted, DISPUTES, {
        "title_ko": "두 번째", "company_id": planted.conn.execute(
            "SELECT id FROM companies").fetchone()[0], "ip_type": "trademark",
        "dispute_kind": "opposition", "opened_on": "2025-02-01"})
    newer = build_package(planted, tmp_path / "newer.odpkg", plain=True, since_last=True)
    assert merge_package(hq_desk, newer.path).outcome == "merged"
    assert keys.find_key(hq_desk, plain.manifest["fingerprint"]).age_recipient == \
        keys.own_recipient(planted.repo.author.installation)


def test_the_command_line_writes_plain_only_when_asked(planted, hq_desk, tmp_path):
    runner = CliRunner()
    us, hq = str(planted.path), str(hq_desk.path)
    refused = runner.invoke(cli, ["package", us, str(tmp_path / "a.odpkg")])
    assert refused.exit_code != 0 and "nobody could read this package" in refused.output
    assert not (tmp_path / "a.odpkg").exists()
    card = tmp_path / "hq.odkey"
    made = runner.invoke(cli, ["keys", hq, "export", str(card)])
    assert made.exit_code == 0, made.output
    fp = keys.own_key_info(hq_desk).fingerprint
    trusted = runner.invoke(cli, ["keys", us, "trust", str(card), "--fingerprint", fp])
    assert trusted.exit_code == 0 and f"trusted {fp} for post HQ" in trusted.output
    assert "encryption:   age1" in trusted.output
    [row] = [ln for ln in runner.invoke(cli, ["keys", us, "list"]).output.splitlines()
             if fp in ln]
    assert row.split()[1:4] == ["HQ", "trusted", "yes"]
    ok = runner.invoke(cli, ["package", us, str(tmp_path / "b.odpkg")])
    assert ok.exit_code == 0 and "encrypted for: HQ installation" in ok.output
    plain = runner.invoke(cli, ["package", us, str(tmp_path / "c.odpkg"), "--plain"])
    assert plain.exit_code == 0 and "not encrypted (--plain)" in plain.output
    assert fmt.CONTENT in members(tmp_path / "c.odpkg")
    runner.invoke(cli, ["keys", hq, "trust", str(tmp_path / "c.odpkg"), "--yes"])
    us_key = keys.own_key_info(planted)
    assert keys.find_key(hq_desk, us_key.fingerprint).age_recipient == us_key.age_recipient
    merged = runner.invoke(cli, ["merge", hq, str(tmp_path / "c.odpkg")])
    assert merged.exit_code == 0, merged.output
    assert "c.odpkg was not encrypted (signed only)" in merged.output
    quiet = runner.invoke(cli, ["merge", hq, str(tmp_path / "b.odpkg")])
    assert quiet.exit_code == 0 and "not encrypted" not in quiet.output


# -- key cards ------------------------------------------------------------------------------


def test_a_key_card_carries_the_keys_and_a_tampered_one_is_refused(planted, hq_desk,
                                                                   tmp_path):
    card, info = write_key_card(planted, tmp_path)
    data, raw = read_key_card(card)
    assert data["age_recipient"] == keys.own_recipient(planted.repo.author.installation)
    assert keys.fingerprint(raw) == info.fingerprint
    assert b"AGE-SECRET-KEY" not in card.read_bytes()
    other = keys.own_recipient(hq_desk.repo.author.installation)
    forged = tmp_path / "forged.odkey"
    forged.write_bytes(card.read_bytes().replace(data["age_recipient"].encode(),
                                                 other.encode()))
    with pytest.raises(PackageRefused) as caught:
        trust_file(hq_desk, forged, "tester")
    assert caught.value.code == "bad_signature"
    assert keys.list_keys(hq_desk) == []
    stored = trust_file(hq_desk, card, "tester")
    assert stored.age_recipient == data["age_recipient"] and stored.post == "US"


def test_the_identity_file_is_private_and_age_compatible(planted):
    info = keys.own_key_info(planted)
    path = _identity_file(planted)
    assert path.parent == keys.key_path(planted.repo.author.installation).parent
    assert path.stat().st_mode & 0o077 == 0
    lines = path.read_text().splitlines()
    assert lines[-1].startswith("AGE-SECRET-KEY-1")
    assert f"# public key: {info.age_recipient}" in lines
    assert keys.own_recipient(planted.repo.author.installation) == info.age_recipient


def test_forged_reader_lists_are_refused(sent, planted, hq_desk, tmp_path):
    manifest = json.loads(members(sent.path)[fmt.MANIFEST])
    bad = dict(manifest["encryption"], recipients=[{"post": "HQ"}])
    path = _resigned(planted, sent.path, tmp_path / "x.odpkg", _cipher(sent.path),
                     encryption=bad)
    with pytest.raises(PackageRefused) as caught:
        open_package(path, hq_desk)
    assert caught.value.code == "bad_manifest"


def test_a_package_of_the_schema_before_encryption_still_merges(planted, hq_desk,
                                                                tmp_path):
    """A package written by the release before this one (schema 7, signed only, no
    encryption key in its manifest) merges after the upgrade: nothing that travels
    changed since."""
    plain = build_package(planted, tmp_path / "plain.odpkg", plain=True)
    content = tmp_path / "v7.sqlite"
    content.write_bytes(members(plain.path)[fmt.CONTENT])
    conn = sqlite3.connect(content, isolation_level=None)
    try:
        conn.execute("PRAGMA user_version = 7")
    finally:
        conn.close()
    data = content.read_bytes()
    manifest = json.loads(members(plain.path)[fmt.MANIFEST])
    manifest.pop("age_recipient")
    manifest.update(schema_version=7, content_size=len(data),
                    content_sha256=hashlib.sha256(data).hexdigest())
    key = keys.private_key(planted.repo.author.installation)
    signed = fmt.encode_manifest(manifest)
    old = write_zip(tmp_path / "v7.odpkg", [
        (fmt.MANIFEST, signed), (fmt.SIGNATURE, fmt.encode_signature(key.sign(signed))),
        (fmt.CONTENT, data)])
    trust_file(hq_desk, write_key_card(planted, tmp_path / "us.odkey")[0], "tester")
    report = merge_package(hq_desk, old)
    assert report.outcome == "merged" and report.encrypted is False and report.added == 2


def test_nothing_of_an_encrypted_package_is_written_to_disk_in_the_clear(
        sent, planted, hq_desk, tmp_path, monkeypatch):
    """Writing and reading an encrypted package open SQLite in memory only and make
    no temporary folder: the only file written is the (encrypted) package itself."""
    opened: list[str] = []
    real = sqlite3.connect

    def spy(database, *args, **kwargs):
        opened.append(str(database))
        return real(database, *args, **kwargs)

    def no_folder(*args, **kwargs):
        raise AssertionError("a temporary folder was made")

    import tempfile

    monkeypatch.setattr(sqlite3, "connect", spy)
    monkeypatch.setattr(tempfile, "TemporaryDirectory", no_folder)
    monkeypatch.setattr(tempfile, "mkdtemp", no_folder)
    out = tmp_path / "again"
    out.mkdir()
    info = build_package(planted, out)
    assert [p.name for p in out.iterdir()] == [info.path.name]
    with open_package(info.path, hq_desk) as pkg:
        assert pkg.content_path is None and pkg.encrypted
        assert len(list(pkg.rows("disputes"))) == 1
    assert opened and set(opened) == {":memory:"}


@pytest.mark.parametrize("damage", ["truncated", "flipped signature", "extra field",
                                    "huge", "binary", "wrong type"])
def test_a_damaged_key_card_is_refused_and_nothing_is_trusted(planted, hq_desk, tmp_path,
                                                              damage):
    card, _ = write_key_card(planted, tmp_path / "us.odkey")
    line, sig, _ = card.read_bytes().split(b"\n")
    data = json.loads(line)
    bad = {
        "truncated": line[:-20] + b"\n" + sig + b"\n",
        "flipped signature": line + b"\n" + sig[:-6] + (b"A" if sig[-6:-5] != b"A"
                                                        else b"B") + sig[-5:] + b"\n",
        "extra field": json.dumps({**data, "x": 1}).encode() + b"\n" + sig + b"\n",
        "huge": b"{" + b" " * 100_000 + b"}\n" + sig + b"\n",
        "binary": b"{\x00\xff\xfe" + bytes(range(256)) + b"\n",
        "wrong type": json.dumps({**data, "post": 7}).encode() + b"\n" + sig + b"\n",
    }[damage]
    path = tmp_path / "bad.odkey"
    path.write_bytes(bad)
    with pytest.raises(PackageRefused) as caught:
        trust_file(hq_desk, path, "tester")
    assert caught.value.code in ("bad_card", "bad_signature")
    assert caught.value.message("ko") != str(caught.value)
    assert keys.list_keys(hq_desk) == []


def test_a_replaced_identity_reaches_the_others_with_the_next_package(planted, hq_desk,
                                                                      tmp_path):
    _exchange(planted, hq_desk, tmp_path)
    installation = planted.repo.author.installation
    old = keys.own_recipient(installation)
    for_old = build_package(hq_desk, tmp_path / "hq-old.odpkg", include_posts=["US"])
    _identity_file(planted).unlink()  # lost; the signing key is still there
    new = keys.own_recipient(installation)
    assert new != old
    refused = merge_package(planted, for_old.path)
    assert refused.refusal == "other_identity"  # addressed to the lost one
    sent = build_package(planted, tmp_path / "us.odpkg")
    assert sent.manifest["age_recipient"] == new
    assert merge_package(hq_desk, sent.path).outcome == "merged"
    fp = keys.own_key_info(planted).fingerprint
    assert keys.find_key(hq_desk, fp).age_recipient == new
    again = build_package(hq_desk, tmp_path / "hq-new.odpkg", include_posts=["US"])
    assert [r["recipient"] for r in fmt.readers_of(again.manifest)] == [new]
    assert merge_package(planted, again.path).outcome == "merged"
