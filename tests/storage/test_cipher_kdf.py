"""The key of an encrypted log is PBKDF2-HMAC-SHA512 of its passphrase, whichever
OpenSSL computes it (issue 15): SQLCipher's own when reachable, else ``hashlib``'s."""

from __future__ import annotations

import ctypes
import hashlib

import pytest

from officer_desk.storage import cipher

PASSPHRASES = ["bench passphrase", "시험 암호 ÄÖ '\"", "x" * 200]


def _reference(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, 256_000, 32)


@pytest.fixture(autouse=True)
def fresh_choice():
    cipher._pbkdf2.cache_clear()
    cipher._derive.cache_clear()
    yield
    cipher._pbkdf2.cache_clear()
    cipher._derive.cache_clear()


@pytest.mark.parametrize("passphrase", PASSPHRASES)
def test_the_key_is_sqlciphers_pbkdf2_of_the_passphrase(passphrase):
    salt = bytes(range(16, 32))
    assert cipher._derive(passphrase, salt) == _reference(passphrase, salt)
    assert cipher.spec(passphrase, salt) == \
        f"x'{_reference(passphrase, salt).hex()}{salt.hex()}'"


def test_sqlciphers_own_openssl_is_used_when_it_is_exported():
    derive = cipher._sqlcipher_pbkdf2()
    assert derive is not None  # sqlcipher3-wheels exports it on Linux
    assert cipher._pbkdf2() is not cipher._hashlib_pbkdf2
    assert derive(b"k", b"s" * 16, 1000) == hashlib.pbkdf2_hmac("sha512", b"k", b"s" * 16,
                                                                 1000, 32)


def test_hashlib_is_used_when_sqlciphers_openssl_cannot_be_reached(monkeypatch):
    def no_library(*args, **kwargs):
        raise OSError("not here")

    monkeypatch.setattr(ctypes, "CDLL", no_library)
    assert cipher._pbkdf2() is cipher._hashlib_pbkdf2
    salt = b"\x01" * 16
    assert cipher._derive("시험", salt) == _reference("시험", salt)


def test_hashlib_is_used_when_the_two_disagree(monkeypatch):
    real = cipher._hashlib_pbkdf2
    monkeypatch.setattr(cipher, "_hashlib_pbkdf2",
                        lambda secret, salt, n: bytes(32) if n == 2 else real(secret, salt, n))
    assert cipher._sqlcipher_pbkdf2() is None
