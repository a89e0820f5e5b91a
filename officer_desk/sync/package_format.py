"""The package file format: member names, limits, the manifest and its strict reading.

A package is a ZIP file with exactly three members:

- ``manifest.json``: what the package is (see ``MANIFEST_TYPES``), UTF-8 JSON;
- ``manifest.sig``: the Ed25519 signature of the exact bytes of ``manifest.json``,
  base64 text;
- ``content.sqlite.age``: the records, an SQLite database (``sync.schema``) encrypted
  with age to the installations that may read it (listed in the manifest's
  ``encryption``, with the size and SHA-256 of the encrypted bytes); or, in a
  signed-only package (``package --plain``, and every package written before packages
  were encrypted), ``content.sqlite``, the database itself. The manifest holds the
  size and SHA-256 of the database in both cases, so signing the manifest signs the
  content, encrypted or not.

The manifest itself is not encrypted (a receiver reads who signed the package and
whom it is for before it can decrypt anything): it names the post, the installations,
the officer, the record counts, and nothing of the records.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from collections.abc import Mapping
from typing import Any

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import HQ
from officer_desk.domain.messages import Text, reason, say
from officer_desk.storage.meta import MAX_SEEN
from officer_desk.storage.migrations import LATEST
from officer_desk.sync.schema import RECORD_TABLES, readable_older

FORMAT = "officer-desk-package"
FORMAT_VERSION = 1
SUFFIX = ".odpkg"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CONTENT = "content.sqlite"
CONTENT_AGE = "content.sqlite.age"
MEMBERS = (MANIFEST, SIGNATURE, CONTENT)
AGE_MEMBERS = (MANIFEST, SIGNATURE, CONTENT_AGE)
#: The scheme named in an encrypted package's manifest (age's X25519 recipients).
AGE_SCHEME = "age-x25519"

#: Limits checked before anything is read (module attributes: tests lower them).
MAX_MANIFEST_SIZE = 64 * 1024
MAX_SIGNATURE_SIZE = 1024
MAX_CONTENT_SIZE = 4 * 1024**3
#: Deflate cannot compress by more than about 1032:1; a larger declared ratio is forged.
MAX_RATIO = 1100
CHUNK = 1024 * 1024
#: age adds a header (about 200 bytes per recipient) and 16 bytes per 64 KiB chunk.
MAX_CIPHER_SIZE = MAX_CONTENT_SIZE + MAX_CONTENT_SIZE // 4096 + 1024 * 1024
#: An encrypted content is decrypted in memory, never to a plain file: up to this size.
MAX_DECRYPTED_SIZE = 2 * 1024**3
#: At most this many recipients in an encrypted package.
MAX_RECIPIENTS = 200

#: Every manifest key with the JSON types it may have.
MANIFEST_TYPES: dict[str, tuple[type, ...]] = {
    "format": (str,), "format_version": (int,), "package_id": (str,), "post": (str,),
    "role": (str,), "installation": (str,), "officer": (str, type(None)),
    "public_key": (str,), "fingerprint": (str,), "schema_version": (int,),
    "created_at": (str,), "clock": (int,), "since_clock": (int,), "counts": (dict,),
    "content_sha256": (str,), "content_size": (int,), "installations": (dict,),
    "age_recipient": (str,), "encryption": (dict,),
}
#: Keys a manifest may leave out: packages written before packages were encrypted have
#: neither; a signed-only package has no ``encryption``.
OPTIONAL_KEYS = frozenset({"age_recipient", "encryption"})
#: The keys of ``encryption`` and of each of its recipients.
ENCRYPTION_TYPES: dict[str, type] = {"scheme": str, "recipients": list, "size": int,
                                     "sha256": str}
READER_KEYS = ("post", "installation", "fingerprint", "recipient")

#: At most this many installation ids in a manifest's ``installations``.
MAX_LISTED_INSTALLATIONS = 1000

#: What an installation id looks like (a UUID, or a short name in tests).
INSTALLATION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class PackageRefused(OfficerDeskError):
    """A package that is not merged, with the reason a person can act on.

    ``code`` is a short stable name of the reason (``not_zip``, ``bad_signature``,
    ``unknown_key``, …). ``manifest`` is the package's manifest when it could be read
    — *unverified* unless the refusal came after the signature check (``signed``).
    ``key`` is the signer's key for the key refusals (so a caller can offer to trust).
    """

    def __init__(
        self, reason: str | Text, *, code: str = "refused",
        manifest: Mapping[str, Any] | None = None, signed: bool = False, key: Any = None,
        ko: str | None = None,
    ) -> None:
        super().__init__(reason, ko=ko)
        self.reason = str(self)
        self.code = code
        self.manifest = dict(manifest) if manifest is not None else None
        self.signed = signed
        self.key = key


def encode_manifest(manifest: Mapping[str, Any]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode(
        "utf-8"
    )


def encode_signature(signature: bytes) -> bytes:
    return base64.b64encode(signature) + b"\n"


def decode_signature(data: bytes, name: str) -> bytes:
    try:
        raw = base64.b64decode(data.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 64:
        raise PackageRefused(say("package.unreadable_signature", name=name),
                             code="bad_signature")
    return raw


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"key {key!r} appears twice")
        out[key] = value
    return out


def _no_constant(text: str) -> Any:
    raise ValueError(f"{text} is not allowed")


def parse_manifest(data: bytes, name: str, *, check_schema: bool = True) -> dict[str, Any]:
    """Read and check a manifest strictly; every problem is a ``PackageRefused``.

    Checks the format and versions first, so that a package of a newer program is
    reported as such and not as a malformed manifest. ``check_schema=False`` accepts
    any schema version (to trust the key of a package made by another version).
    """
    try:
        manifest = json.loads(
            data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise PackageRefused(say("package.manifest_not_json", name=name, detail=reason(e)),
                             code="bad_manifest") from e
    if not isinstance(manifest, dict):
        raise PackageRefused(say("package.manifest_not_object", name=name),
                             code="bad_manifest")
    if manifest.get("format") != FORMAT:
        raise PackageRefused(
            say("package.unknown_format", name=name, format=str(manifest.get("format"))[:60]),
            code="unknown_format", manifest=manifest,
        )
    version = manifest.get("format_version")
    if type(version) is not int or version != FORMAT_VERSION:
        newer = type(version) is int and version > FORMAT_VERSION
        raise PackageRefused(
            say("package.format_newer", name=name, version=version) if newer else
            say("package.format_unknown", name=name, version=str(version)[:20]),
            code="format_version", manifest=manifest,
        )
    schema = manifest.get("schema_version") if check_schema else LATEST
    if type(schema) is int and schema > LATEST:
        raise PackageRefused(say("package.schema_newer", name=name, schema=schema,
                                 latest=LATEST), code="schema_newer", manifest=manifest)
    if type(schema) is int and schema < LATEST and not readable_older(schema):
        raise PackageRefused(say("package.schema_older", name=name, schema=schema,
                                 latest=LATEST), code="schema_older", manifest=manifest)
    problems = _manifest_problems(manifest)
    if problems:
        raise PackageRefused(
            say("package.manifest_invalid", name=name, detail="; ".join(problems[:5])),
            code="bad_manifest", manifest=manifest,
        )
    return manifest


def _manifest_problems(m: dict[str, Any]) -> list[str]:
    problems = [f"unexpected key {k[:40]!r}" for k in m if k not in MANIFEST_TYPES]
    for key, types in MANIFEST_TYPES.items():
        if key not in m:
            if key not in OPTIONAL_KEYS:
                problems.append(f"{key} is missing")
        elif type(m[key]) not in types:  # type(): a bool is not an int here
            problems.append(f"{key} has the wrong type")
    if problems:
        return problems

    def check(ok: bool, text: str) -> None:
        if not ok:
            problems.append(text)

    try:
        check(str(uuid.UUID(m["package_id"])) == m["package_id"], "package_id is not a UUID")
    except ValueError:
        problems.append("package_id is not a UUID")
    check(0 < len(m["post"]) <= 12 and m["post"].isprintable(), "post is not a post code")
    check(m["role"] in ("post", "hq"), "role is neither post nor hq")
    check((m["role"] == "hq") == (m["post"] == HQ), "role does not match the post")
    check(bool(INSTALLATION_ID.fullmatch(m["installation"])), "installation is not an id")
    check(m["officer"] is None or len(m["officer"]) <= 200, "officer is too long")
    check(len(m["created_at"]) <= 64, "created_at is too long")
    try:
        key = base64.b64decode(m["public_key"], validate=True)
    except (binascii.Error, ValueError):
        key = b""
    check(len(key) == 32, "public_key is not a 32-byte key in base64")
    check(len(m["fingerprint"]) <= 40, "fingerprint is too long")
    check(0 <= m["since_clock"] <= m["clock"] <= MAX_SEEN,
          f"clock or since_clock out of range (0 to {MAX_SEEN})")
    check(bool(_SHA256.fullmatch(m["content_sha256"])), "content_sha256 is not a SHA-256")
    check(0 < m["content_size"] <= MAX_CONTENT_SIZE, "content_size out of range")
    counts = m["counts"]
    check(set(counts) == set(RECORD_TABLES), "counts does not list exactly the record tables")
    problems += _installations_problems(m)
    if "age_recipient" in m:
        check(_is_recipient(m["age_recipient"]), "age_recipient is not an age recipient")
    if "encryption" in m:
        problems += _encryption_problems(m["encryption"])
    check(
        all(type(v) is int and 0 <= v < 2**63 for v in counts.values()),
        "counts are not whole numbers",
    )
    return problems


def _installations_problems(m: dict[str, Any]) -> list[str]:
    """``installations``: post -> the installation ids the sender knows belong to it.

    Only the form is checked here; what the lists may claim is the trust model's
    (``sync.authority``), checked once the signer is known.
    """
    listed = m["installations"]
    if not all(
        isinstance(post, str) and 0 < len(post) <= 12 and post.isprintable()
        and isinstance(ids, list) and all(
            isinstance(i, str) and INSTALLATION_ID.fullmatch(i) for i in ids)
        for post, ids in listed.items()
    ):
        return ["installations is not a list of installation ids per post"]
    if sum(len(ids) for ids in listed.values()) > MAX_LISTED_INSTALLATIONS:
        return [f"installations lists more than {MAX_LISTED_INSTALLATIONS} ids"]
    return []


def _is_recipient(text: Any) -> bool:
    import pyrage

    try:
        pyrage.x25519.Recipient.from_str(text)
    except (pyrage.RecipientError, ValueError, TypeError):
        return False
    return isinstance(text, str) and len(text) < 100


def _encryption_problems(enc: dict[str, Any]) -> list[str]:
    """``encryption``: the scheme, whom the content is encrypted to, and the size and
    SHA-256 of the encrypted member (so the signature covers the exact ciphertext)."""
    if set(enc) != set(ENCRYPTION_TYPES) or any(
            type(enc[k]) is not t for k, t in ENCRYPTION_TYPES.items()):
        return ["encryption does not have exactly scheme, recipients, size, sha256"]
    problems = []
    if enc["scheme"] != AGE_SCHEME:
        problems.append(f"encryption scheme is not {AGE_SCHEME}")
    if not 0 < enc["size"] <= MAX_CIPHER_SIZE:
        problems.append("encryption size out of range")
    if not _SHA256.fullmatch(enc["sha256"]):
        problems.append("encryption sha256 is not a SHA-256")
    readers = enc["recipients"]
    if not 0 < len(readers) <= MAX_RECIPIENTS:
        problems.append(f"encryption lists 1 to {MAX_RECIPIENTS} recipients")
    for r in readers[:MAX_RECIPIENTS]:
        if not (isinstance(r, dict) and set(r) == set(READER_KEYS)
                and all(isinstance(r[k], str) for k in READER_KEYS)
                and 0 < len(r["post"]) <= 12 and r["post"].isprintable()
                and INSTALLATION_ID.fullmatch(r["installation"])
                and len(r["fingerprint"]) <= 40 and _is_recipient(r["recipient"])):
            problems.append("an encryption recipient is not post, installation, "
                            "fingerprint and age recipient")
            break
    return problems


def readers_of(manifest: Mapping[str, Any]) -> list[dict[str, str]]:
    """Whom an encrypted package is for (empty for a signed-only package)."""
    enc = manifest.get("encryption")
    return list(enc["recipients"]) if isinstance(enc, dict) else []
