"""Encrypting a package's content to its readers with age, and decrypting it in memory.

Who may read a package (``readers``):

- a post's package: HQ's installations and the post's own other installations (the
  office PC and the laptop), each trusted here with its age recipient;
- HQ's package: the installations of the posts it is for (``--posts``; without it,
  every post's) and HQ's own other installations.

The content is encrypted with ``pyrage`` (age v1, X25519 recipients,
ChaCha20-Poly1305): any ``age``/``rage`` tool decrypts ``content.sqlite.age`` with a
reader's identity file. The manifest lists the readers and the size and SHA-256 of the
encrypted bytes, and is signed: the signature covers the ciphertext as well as the
database inside it. Reading checks the ciphertext against the signed manifest before
decrypting, decrypts in memory only, and checks the database against the manifest
again: nothing decrypted is ever written to disk.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pyrage

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import HQ
from officer_desk.domain.messages import Both, joined, reason, say
from officer_desk.sync import keys
from officer_desk.sync import package_format as fmt
from officer_desk.sync.authority import own_installations
from officer_desk.sync.package_format import PackageRefused
from officer_desk.sync.package_verify import ZIP_ERRORS, refuse

if TYPE_CHECKING:
    from officer_desk.services.desk import Desk


# -- writing ---------------------------------------------------------------------------


def reader_posts(desk: Desk, owners: Sequence[str]) -> list[str]:
    """The posts whose installations may read a package carrying ``owners``' records."""
    if not desk.is_hq:
        return sorted({HQ, desk.home_post})
    chosen = [p for p in owners if p != HQ]
    return sorted({HQ, *chosen}) if chosen else sorted({HQ, *desk.post_codes()})


def readers(desk: Desk, owners: Sequence[str]) -> list[keys.KeyInfo]:
    """Whom the package is encrypted to; ``OfficerDeskError`` when nobody could read it.

    This installation is never one: a package is for the others (its own merge refuses
    it anyway).
    """
    posts = reader_posts(desk, owners)
    found = keys.readers(desk, posts)
    if found:
        return found
    lacking = keys.unreadable(desk, posts)
    missing = (say("age.no_readers_missing",
                   keys=", ".join(f"{k.post} {k.fingerprint}" for k in lacking))
               if lacking else "")
    shown = [p for p in posts if p != desk.home_post or not desk.is_hq] or posts
    raise OfficerDeskError(say("age.no_readers", posts=", ".join(shown), missing=missing))


def reader_entries(found: Sequence[keys.KeyInfo]) -> list[dict[str, str]]:
    """The manifest's list of readers (signed; read before anyone can decrypt)."""
    return [{"post": k.post, "installation": k.installation, "fingerprint": k.fingerprint,
             "recipient": str(k.age_recipient)} for k in found]


def encrypt(content: bytes, found: Sequence[keys.KeyInfo], name: str) -> bytes:
    """``content`` encrypted (in memory) to the readers' age recipients."""
    if len(content) > fmt.MAX_DECRYPTED_SIZE:  # its readers could not decrypt it
        raise OfficerDeskError(say("age.too_large", name=name, size=len(content),
                                   limit=fmt.MAX_DECRYPTED_SIZE))
    try:
        recipients = [pyrage.x25519.Recipient.from_str(str(k.age_recipient)) for k in found]
        return pyrage.encrypt(content, recipients)
    except (pyrage.RecipientError, pyrage.EncryptError) as e:
        raise OfficerDeskError(say("age.encrypt_failed", detail=reason(e))) from e


# -- reading ---------------------------------------------------------------------------


def reader_names(manifest: dict[str, Any]) -> Both:
    """Whom a package is for, as a person reads it (``HQ installation 3f2c9a1e (key …)``)."""
    said = (say("age.reader", post=r["post"], installation=r["installation"][:8],
                fingerprint=r["fingerprint"]) for r in fmt.readers_of(manifest))
    return joined(Both(t.en, t.ko) for t in said)


def check_member(zf: zipfile.ZipFile, manifest: dict[str, Any], name: str) -> None:
    """The content member must be the one the signed manifest says (encrypted or not)."""
    encrypted = "encryption" in manifest
    found = fmt.CONTENT_AGE in zf.namelist()
    if encrypted != found:
        kind = {True: say("age.kind_encrypted"), False: say("age.kind_plain")}
        raise refuse(say("age.member_mismatch", name=name, said=kind[encrypted],
                         found=kind[found]), "content_mismatch", manifest=manifest,
                     signed=True)


def _addressed(desk: Desk, manifest: dict[str, Any]) -> list[str]:
    """The installations of this file the package is addressed to: its own id first,
    then its earlier ids, newest first. A restore, or an older copy of the file found
    on opening it, gives the file a new id; the packages addressed to it before are
    still its own, and this computer holds their identity (``keys.existing_identity``:
    an earlier id from another computer has none here)."""
    current = desk.repo.author.installation
    earlier = [i for i in reversed(own_installations(desk.conn)) if i != current]
    readers = {r["installation"] for r in fmt.readers_of(manifest)}
    return [i for i in (current, *earlier) if i in readers]


def _identity(desk: Desk, manifest: dict[str, Any], name: str) -> pyrage.x25519.Identity:
    kw: dict[str, Any] = {"manifest": manifest, "signed": True}
    addressed = _addressed(desk, manifest)
    if not addressed:
        raise refuse(say("age.not_addressed", name=name, readers=reader_names(manifest)),
                     "not_addressed", **kw)
    problem: PackageRefused | None = None
    for installation in addressed:  # the first whose identity this computer holds
        mine = [r for r in fmt.readers_of(manifest) if r["installation"] == installation]
        try:
            found = keys.existing_identity(installation)
        except keys.KeyProblem as e:
            problem = problem or refuse(str(e), "no_identity", ko=e.ko, **kw)
            continue
        if found is None:
            problem = problem or refuse(say("age.no_identity", name=name,
                                            path=keys.identity_path(installation)),
                                        "no_identity", **kw)
            continue
        own = str(found.to_public())
        if own not in {r["recipient"] for r in mine}:
            problem = problem or refuse(say("age.other_identity", name=name,
                                            expected=mine[0]["recipient"], found=own),
                                        "other_identity", **kw)
            continue
        return found
    assert problem is not None
    raise problem


def decrypt_content(zf: zipfile.ZipFile, manifest: dict[str, Any], desk: Desk,
                    name: str) -> bytes:
    """The package's database, decrypted in memory and checked against the manifest.

    Refused, in this order, before anything is decrypted: a package not addressed to
    this installation (or addressed to an identity this computer does not hold), one
    too large to decrypt in memory, and encrypted bytes that are not the signed ones.
    """
    kw: dict[str, Any] = {"manifest": manifest, "signed": True}
    identity = _identity(desk, manifest, name)
    enc = manifest["encryption"]
    size = enc["size"]
    if manifest["content_size"] > fmt.MAX_DECRYPTED_SIZE:
        raise refuse(say("age.too_large", name=name, size=size,
                         limit=fmt.MAX_DECRYPTED_SIZE), "too_large", **kw)
    mismatch = refuse(say("age.cipher_mismatch", name=name), "cipher_mismatch", **kw)
    if zf.getinfo(fmt.CONTENT_AGE).file_size != size:
        raise mismatch
    try:
        with zf.open(fmt.CONTENT_AGE) as src:
            cipher = src.read(size + 1)
    except ZIP_ERRORS as e:
        raise refuse(say("package.content_unreadable", name=name, member=fmt.CONTENT_AGE,
                         detail=reason(e)), "damaged_content", **kw) from e
    if len(cipher) != size or hashlib.sha256(cipher).hexdigest() != enc["sha256"]:
        raise mismatch
    try:
        plain = pyrage.decrypt(cipher, [identity])
    except pyrage.DecryptError as e:
        raise refuse(say("age.decrypt_failed", name=name, detail=reason(e)), "decrypt_failed",
                     **kw) from e
    del cipher
    if (len(plain) != manifest["content_size"]
            or hashlib.sha256(plain).hexdigest() != manifest["content_sha256"]):
        raise refuse(say("package.content_mismatch", name=name), "content_mismatch", **kw)
    return plain


__all__ = ["PackageRefused", "check_member", "decrypt_content", "encrypt",
           "reader_entries", "reader_names", "readers"]
