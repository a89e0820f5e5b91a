"""A corpus of hostile or damaged packages: each is refused with its own reason, and the
database that was offered it is exactly as before.

Tampered manifests and contents are re-signed with a key the target trusts (``_forge``),
so that each case reaches the check it is meant for instead of failing the signature.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from package_tools import edit_content as _edit_content
from package_tools import forge as _forge
from package_tools import members as _members
from package_tools import state as _state
from package_tools import write_zip as _write_zip

from officer_desk.domain.kinds import KINDS
from officer_desk.storage.migrations import LATEST
from officer_desk.sync import keys
from officer_desk.sync import package_format as fmt
from officer_desk.sync.package import (
    PackageRefused,
    build_package,
    open_package,
    trust_package_key,
)
from officer_desk.sync.schema import OLDEST_READABLE, RECORD_TABLES


@pytest.fixture
def us_key(desk) -> Ed25519PrivateKey:
    return keys.private_key(desk.repo.author.installation)


@pytest.fixture
def package(desk, dispute, hq_desk, tmp_path) -> Path:
    """A good US package that HQ trusts."""
    info = build_package(desk, tmp_path / "good.odpkg", plain=True)
    trust_package_key(hq_desk, info.path, "본청 담당")
    return info.path


@pytest.fixture
def refused(hq_desk) -> Callable[..., PackageRefused]:
    def check(path: Path, code: str, text: str) -> PackageRefused:
        before = _state(hq_desk)
        with pytest.raises(PackageRefused) as caught:
            open_package(path, hq_desk)
        assert _state(hq_desk) == before
        assert caught.value.code == code, caught.value
        assert text in str(caught.value)
        return caught.value
    return check


def test_the_good_package_opens(package, hq_desk):
    with open_package(package, hq_desk) as pkg:
        assert len(list(pkg.rows("disputes"))) == 1


# -- the ZIP -----------------------------------------------------------------------------


def test_not_a_zip(refused, tmp_path):
    path = tmp_path / "plain.odpkg"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    refused(path, "not_zip", "not an Officer Desk package (not a ZIP file)")
    empty = tmp_path / "empty.odpkg"
    empty.write_bytes(b"")
    refused(empty, "not_zip", "not a ZIP file")


def test_missing_file(refused, tmp_path):
    refused(tmp_path / "nowhere.odpkg", "unreadable", "cannot read")


@pytest.mark.parametrize("extra", ["evil.sh", "../manifest.json", "content/",
                                   "/etc/passwd", "Manifest.json"])
def test_extra_member(package, refused, tmp_path, extra):
    parts = [*_members(package).items(), (extra, b"boo")]
    path = _write_zip(tmp_path / "extra.odpkg", parts)
    refused(path, "extra_member", "unexpected member")


def test_missing_member(package, refused, tmp_path):
    parts = [(n, d) for n, d in _members(package).items() if n != "manifest.sig"]
    path = _write_zip(tmp_path / "missing.odpkg", parts)
    refused(path, "missing_member", "manifest.sig missing")


def test_duplicate_member(package, refused, tmp_path):
    parts = list(_members(package).items())
    path = _write_zip(tmp_path / "dup.odpkg", [*parts, parts[0]])
    refused(path, "duplicate_member", "appears twice")


@pytest.mark.parametrize("keep", [10, 0.25, 0.5, 0.9, -22, -1])
def test_truncated(package, refused, tmp_path, keep):
    data = package.read_bytes()
    cut = keep if isinstance(keep, int) and keep > 0 else (
        len(data) + keep if isinstance(keep, int) else int(len(data) * keep))
    path = tmp_path / "cut.odpkg"
    path.write_bytes(data[:cut])
    refused(path, "damaged", "damaged (truncated or corrupted)")


def _data_offset(path: Path, member: str) -> tuple[int, int]:
    """Where a member's (compressed) bytes start in the file, and how many there are."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    raw = path.read_bytes()
    start = info.header_offset
    name_len = int.from_bytes(raw[start + 26:start + 28], "little")
    extra_len = int.from_bytes(raw[start + 28:start + 30], "little")
    return start + 30 + name_len + extra_len, info.compress_size


def _flip(path: Path, at: int, dst: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x10
    dst.write_bytes(bytes(data))
    return dst


def test_one_bit_flipped_in_the_manifest(package, refused, tmp_path):
    start, size = _data_offset(package, "manifest.json")
    path = _flip(package, start + size // 2, tmp_path / "flip.odpkg")
    refused(path, "damaged_manifest", "manifest.json cannot be read")


def test_one_bit_flipped_in_the_content(package, refused, tmp_path, hq_desk):
    start, size = _data_offset(package, "content.sqlite")
    path = _flip(package, start + size // 2, tmp_path / "flip.odpkg")
    before = _state(hq_desk)
    with pytest.raises(PackageRefused) as caught:
        open_package(path, hq_desk)
    assert _state(hq_desk) == before
    # A flipped bit breaks the deflate stream or its CRC, or changes the bytes: all refused.
    assert caught.value.code in ("damaged_content", "content_mismatch")


def test_one_bit_flipped_in_the_directorys_offset(package, refused, tmp_path):
    """User check (s26): a bit flipped in the end record's offset of the central
    directory made zipfile seek before the file's start, and the refusal's reason was
    the system's "Invalid argument" (Korean: "an operation this file or device cannot
    do"), not that the package is damaged."""
    data = bytearray(package.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    # the offset of the central directory (bytes 16-19): a bit that is 0 in its second
    # byte set, so the directory seems to start after the file's first member
    bit = next(b for b in range(8) if not data[end + 17] & (1 << b))
    data[end + 17] |= 1 << bit
    path = tmp_path / "offset.odpkg"
    path.write_bytes(bytes(data))
    problem = refused(path, "damaged_manifest", "the ZIP archive is damaged or cut short")
    assert "Invalid argument" not in str(problem)
    assert "ZIP 파일이 손상되었거나 중간에 잘렸습니다" in problem.message("ko")


def test_manifest_changed_without_signing(package, refused, tmp_path):
    parts = _members(package)
    manifest = json.loads(parts["manifest.json"])
    manifest["counts"]["disputes"] = 0
    parts["manifest.json"] = fmt.encode_manifest(manifest)
    path = _write_zip(tmp_path / "edited.odpkg", list(parts.items()))
    refused(path, "bad_signature", "bad signature: the package was altered or damaged")


def test_content_swapped_in_a_valid_zip(package, refused, tmp_path):
    parts = _members(package)
    parts["content.sqlite"] = _edit_content(package, tmp_path,
                                            "UPDATE disputes SET summary = 'forged'")
    path = _write_zip(tmp_path / "swapped.odpkg", list(parts.items()))
    refused(path, "content_mismatch",
            "content does not match its signature (altered or truncated)")


def test_content_truncated_in_a_valid_zip(package, refused, tmp_path):
    parts = _members(package)
    parts["content.sqlite"] = parts["content.sqlite"][:-4096]
    path = _write_zip(tmp_path / "short.odpkg", list(parts.items()))
    refused(path, "content_mismatch", "content does not match its signature")


# -- signature and keys -----------------------------------------------------------------


def test_signature_from_another_key(package, refused, tmp_path):
    parts = _members(package)
    parts["manifest.sig"] = fmt.encode_signature(
        Ed25519PrivateKey.generate().sign(parts["manifest.json"]))
    path = _write_zip(tmp_path / "other-sig.odpkg", list(parts.items()))
    refused(path, "bad_signature", "bad signature")


def test_signature_not_readable(package, refused, tmp_path):
    parts = _members(package)
    parts["manifest.sig"] = b"not base64 at all!"
    path = _write_zip(tmp_path / "garbled-sig.odpkg", list(parts.items()))
    refused(path, "bad_signature", "signature is not readable")


def test_fingerprint_not_of_the_key(package, refused, tmp_path, us_key):
    path = _forge(package, tmp_path / "fp.odpkg", us_key,
                  changes={"fingerprint": "AAAA-BBBB-CCCC-DDDD-EEEE"})
    refused(path, "bad_signature", "bad signature")


def test_unknown_key(desk, dispute, hq_desk, refused, tmp_path):
    info = build_package(desk, tmp_path / "new.odpkg", plain=True)
    error = refused(info.path, "unknown_key", "does not trust yet")
    message = str(error)
    for part in (info.manifest["fingerprint"], "post US", info.manifest["installation"],
                 "김영희"):
        assert part in message
    # the window shows this message too: it names no terminal command (the command line
    # prints the command after it)
    assert "officer-desk" not in message and "officer-desk" not in error.message("ko")
    assert error.key.fingerprint == info.manifest["fingerprint"]
    assert error.manifest["package_id"] == info.manifest["package_id"]


def test_revoked_key(package, refused, hq_desk, us_key):
    keys.revoke(hq_desk, keys.fingerprint(keys.public_key_bytes(us_key)), "본청 담당")
    refused(package, "revoked_key", "REVOKED key")


def test_changed_key_for_a_known_installation(package, refused, tmp_path):
    path = _forge(package, tmp_path / "impostor.odpkg", Ed25519PrivateKey.generate())
    error = refused(path, "changed_key", "signed with a DIFFERENT key")
    assert "Someone else may be signing as that installation" in str(error)


def test_trusted_key_claiming_another_post(package, refused, tmp_path, us_key):
    path = _forge(package, tmp_path / "jp.odpkg", us_key, changes={"post": "JP"})
    refused(path, "wrong_post", "trusted here only for post US")


# -- the manifest -----------------------------------------------------------------------


def test_newer_schema(package, refused, tmp_path, us_key):
    path = _forge(package, tmp_path / "newer.odpkg", us_key,
                  changes={"schema_version": LATEST + 1})
    refused(path, "schema_newer", "made by a newer version of Officer Desk")


def test_older_schema(package, refused, tmp_path, us_key):
    # (schemas from OLDEST_READABLE on whose packages hold the same are still read)
    path = _forge(package, tmp_path / "older.odpkg", us_key,
                  changes={"schema_version": OLDEST_READABLE - 1})
    refused(path, "schema_older", "update the post's program")


def test_newer_package_format(package, refused, tmp_path, us_key):
    path = _forge(package, tmp_path / "fmt2.odpkg", us_key, changes={"format_version": 2})
    refused(path, "format_version", "package format 2")


def test_not_our_format(package, refused, tmp_path, us_key):
    path = _forge(package, tmp_path / "other.odpkg", us_key, changes={"format": "other"})
    refused(path, "unknown_format", "its manifest says format 'other'")


@pytest.mark.parametrize("changes", [
    {"clock": "5"}, {"counts": {"disputes": 1}}, {"package_id": "x"},
    {"since_clock": 10**12}, {"role": "hq"}, {"content_sha256": "0" * 63},
    {"surprise": 1}, {"officer": ["a"]}, {"format_version": True},
])
def test_malformed_manifest(package, refused, tmp_path, us_key, changes):
    path = _forge(package, tmp_path / "bad.odpkg", us_key, changes=changes)
    code = "format_version" if "format_version" in changes else "bad_manifest"
    refused(path, code, "manifest" if code == "bad_manifest" else "format")


def test_manifest_not_json(package, refused, tmp_path, us_key):
    parts = _members(package)
    data = b'{"format": "officer-desk-package", "format": 1}'
    parts["manifest.json"] = data
    parts["manifest.sig"] = fmt.encode_signature(us_key.sign(data))
    path = _write_zip(tmp_path / "dupkey.odpkg", list(parts.items()))
    refused(path, "bad_manifest", "not valid JSON")


# -- the content --------------------------------------------------------------------------


def test_content_not_sqlite(package, refused, tmp_path, us_key):
    path = _forge(package, tmp_path / "text.odpkg", us_key, content=b"hello " * 1000)
    refused(path, "not_sqlite", "its content is not an SQLite database")


@pytest.mark.parametrize(("sql", "found"), [
    ("CREATE TABLE evil (x)", "unexpected table 'evil'"),
    ("CREATE TRIGGER x AFTER INSERT ON companies BEGIN SELECT 1; END",
     "unexpected trigger 'x'"),
    ("CREATE VIEW v AS SELECT * FROM disputes", "unexpected view 'v'"),
    ("CREATE INDEX i ON disputes (summary)", "unexpected index 'i'"),
    ("ALTER TABLE companies ADD COLUMN evil TEXT", "changed table 'companies'"),
    ("DROP TABLE follow_ups", "missing table 'follow_ups'"),
])
def test_content_with_a_planted_schema_object(package, refused, tmp_path, us_key, sql, found):
    content = _edit_content(package, tmp_path, sql)
    path = _forge(package, tmp_path / "planted.odpkg", us_key, content=content)
    refused(path, "schema_mismatch", found)


def test_content_of_another_application(package, refused, tmp_path, us_key):
    content = _edit_content(package, tmp_path, "PRAGMA application_id = 1")
    path = _forge(package, tmp_path / "app.odpkg", us_key, content=content)
    refused(path, "wrong_content", "not an Officer Desk database of schema")


def test_content_with_a_malformed_page(package, refused, tmp_path, us_key):
    content = bytearray(_members(package)["content.sqlite"])
    page_size = int.from_bytes(content[16:18], "big")
    probe = tmp_path / "probe.sqlite"
    probe.write_bytes(bytes(content))
    conn = sqlite3.connect(probe)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'disputes'"
                        ).fetchone()[0]
    conn.close()
    start = (root - 1) * page_size
    content[start + 3:start + 5] = b"\xff\xff"  # a cell count far beyond the page
    path = _forge(package, tmp_path / "malformed.odpkg", us_key, content=bytes(content))
    refused(path, "content_damaged", "its content database is damaged")


def test_counts_disagree_with_the_content(package, refused, tmp_path, us_key):
    counts = json.loads(_members(package)["manifest.json"])["counts"]
    path = _forge(package, tmp_path / "counts.odpkg", us_key,
                  changes={"counts": {**counts, "disputes": counts["disputes"] + 1}})
    refused(path, "counts_mismatch", "rows in disputes but its manifest says")


def test_zip_bomb(package, refused, monkeypatch):
    monkeypatch.setattr(fmt, "MAX_CONTENT_SIZE", 10_000)
    refused(package, "too_large", "content.sqlite declares")


def test_impossible_compression_ratio(package, refused, monkeypatch):
    monkeypatch.setattr(fmt, "MAX_RATIO", 2)
    refused(package, "zip_bomb", "ZIP bomb")


def test_oversized_manifest(package, refused, monkeypatch):
    monkeypatch.setattr(fmt, "MAX_MANIFEST_SIZE", 100)
    refused(package, "too_large", "manifest.json declares")


def test_record_tables_are_the_kinds():
    assert set(RECORD_TABLES) == {k.name for k in KINDS}


def test_a_key_claiming_another_post_is_named_with_its_own_installation(
        package, refused, tmp_path, us_key, desk):
    """The refusal names the installation the key is trusted for, not the one the forged
    manifest claims (s28)."""
    path = _forge(package, tmp_path / "jp.odpkg", us_key,
                  changes={"post": "JP", "installation": "jp-laptop-1"})
    error = refused(path, "wrong_post", "trusted here only for post US")
    own = desk.repo.author.installation
    assert own in str(error) and own in error.message("ko")
    assert "jp-laptop-1" not in str(error)
