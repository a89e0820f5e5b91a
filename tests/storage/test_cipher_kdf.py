"""The key of an encrypted log is PBKDF2-HMAC-SHA512 of its passphrase (issue 15),
computed by ``cryptography``'s OpenSSL: it must equal what ``hashlib`` (the system's
OpenSSL, an independent implementation) computes, or no other program could open the
log with the passphrase and SQLCipher's documented settings."""

from __future__ import annotations

import hashlib

import pytest

from officer_desk.storage import cipher

PASSPHRASES = ["bench passphrase", "시험 암호 ÄÖ '\"", "x" * 200, ""]


def _reference(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, 256_000, 32)


@pytest.fixture(autouse=True)
def fresh_keys():
    cipher._derive.cache_clear()
    yield
    cipher._derive.cache_clear()


@pytest.mark.parametrize("passphrase", PASSPHRASES)
def test_the_key_is_pbkdf2_of_the_passphrase(passphrase):
    salt = bytes(range(16, 32))
    assert cipher._derive(passphrase, salt) == _reference(passphrase, salt)
    assert cipher.spec(passphrase, salt) == \
        f"x'{_reference(passphrase, salt).hex()}{salt.hex()}'"


def test_the_settings_are_sqlciphers_own():
    assert (cipher.KDF_HASH, cipher.KDF_ITERATIONS, cipher.KEY_BYTES) == ("sha512", 256_000, 32)


def test_another_salt_gives_another_key():
    one, two = bytes(16), bytes(range(16))
    assert cipher._derive("같은 암호", one) != cipher._derive("같은 암호", two)
