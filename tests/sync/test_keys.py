"""This installation's signing key and the trust store of public keys."""

from __future__ import annotations

import os
import re
import stat
import sys

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from officer_desk import config
from officer_desk.domain.errors import NotFound
from officer_desk.sync import keys


def _raw(key: Ed25519PrivateKey) -> bytes:
    return keys.public_key_bytes(key)


def test_private_key_is_made_once_and_kept_private(desk):
    installation = desk.repo.author.installation
    path = config.config_dir() / "keys" / f"{installation}.pem"
    assert not path.exists()
    first = keys.private_key(installation)
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = keys.private_key(installation)
    assert _raw(first) == _raw(again)
    left = [p.name for p in path.parent.iterdir() if p.suffix != ".clock"]  # sync.high_water
    assert left == [path.name]  # no temp file left


def test_private_key_is_not_in_the_database(desk):
    keys.private_key(desk.repo.author.installation)
    data = desk.path.read_bytes() + b"".join(
        p.read_bytes() for p in desk.path.parent.glob(desk.path.name + "-*")
    )
    assert b"PRIVATE KEY" not in data


def test_damaged_key_file_is_reported_not_replaced(desk):
    installation = desk.repo.author.installation
    path = keys.key_path(installation)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage")
    with pytest.raises(keys.KeyProblem, match="cannot be read"):
        keys.private_key(installation)
    assert path.read_bytes() == b"garbage"


def test_installation_names_cannot_escape_the_key_folder():
    for bad in ("../evil", "a/b", "", ".hidden", "x" * 100):
        with pytest.raises(keys.KeyProblem):
            keys.key_path(bad)


def test_fingerprint_is_readable_and_stable():
    raw = bytes(range(32))
    fp = keys.fingerprint(raw)
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){4}", fp)
    assert fp == keys.fingerprint(raw)
    assert fp != keys.fingerprint(bytes(range(1, 33)))
    assert keys.normalise_fingerprint(fp.replace("-", " ").lower()) == fp
    with pytest.raises(keys.KeyProblem):
        keys.normalise_fingerprint("not a fingerprint")
    with pytest.raises(keys.KeyProblem):
        keys.fingerprint(b"short")


def test_own_key_info(desk):
    info = keys.own_key_info(desk)
    assert info.installation == desk.repo.author.installation
    assert info.post == "US"
    assert info.fingerprint == keys.fingerprint(info.public_key)
    assert info.status == "own"
    assert keys.own_key_info(desk).fingerprint == info.fingerprint


def test_trust_revoke_and_status(hq_desk):
    a, b = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    fa, fb = keys.fingerprint(_raw(a)), keys.fingerprint(_raw(b))
    assert keys.key_status(hq_desk, "inst-1", fa) == "unknown"
    assert keys.list_keys(hq_desk) == []

    info = keys.trust(hq_desk, _raw(a), "inst-1", "US", "김영희", "본청 담당")
    assert (info.status, info.post, info.officer, info.decided_by) == (
        "trusted", "US", "김영희", "본청 담당")
    assert keys.key_status(hq_desk, "inst-1", fa) == "trusted"
    # Another key claiming the same installation: changed. For another one: unknown.
    assert keys.key_status(hq_desk, "inst-1", fb) == "changed"
    assert keys.key_status(hq_desk, "inst-2", fb) == "unknown"
    # A trusted key used by another installation is not trusted for it.
    assert keys.key_status(hq_desk, "inst-2", fa) == "unknown"

    revoked = keys.revoke(hq_desk, fa.lower().replace("-", ""), "본청 담당")
    assert revoked.status == "revoked"
    assert keys.key_status(hq_desk, "inst-1", fa) == "revoked"
    assert keys.key_status(hq_desk, "inst-1", fb) == "unknown"  # no trusted key left

    again = keys.trust(hq_desk, _raw(a), "inst-1", "US", "김영희", "someone")
    assert again.status == "trusted" and again.first_seen == info.first_seen
    second = keys.trust(hq_desk, _raw(b), "inst-1", "US", None, "someone")
    assert second.others == (fa,)
    assert {k.fingerprint for k in keys.list_keys(hq_desk)} == {fa, fb}
    assert {k.fingerprint for k in keys.trusted_for(hq_desk, "inst-1")} == {fa, fb}


def test_revoke_unknown_key_is_not_found(hq_desk):
    with pytest.raises(NotFound, match="is known here"):
        keys.revoke(hq_desk, "AAAA-BBBB-CCCC-DDDD-EEEE", "x")


def test_trust_refuses_a_malformed_key(hq_desk):
    with pytest.raises(keys.KeyProblem):
        keys.trust(hq_desk, b"\x00" * 31, "inst", "US", None, "x")
    assert keys.list_keys(hq_desk) == []


def test_keys_folder_is_private(desk):
    keys.private_key(desk.repo.author.installation)
    folder = config.config_dir() / "keys"
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
