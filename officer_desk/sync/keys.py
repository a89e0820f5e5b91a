"""Signing keys: this installation's own Ed25519 key, and the keys a database trusts.

Each installation signs its packages with a private key kept in the user's
configuration folder (``config_dir()/keys/<installation>.pem``, readable by the user
only), never in the database and never in a package. The database keeps the *public*
keys of the installations whose packages it accepts (table ``signing_keys``), each
trusted or revoked by a person who compared its fingerprint with the sender, e.g. over
the phone.

A fingerprint is the SHA-256 of the 32 raw public-key bytes in base32, its first 20
characters in groups of four (``K7QD-2MXA-…``): 100 bits, short enough to read aloud.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from officer_desk import config
from officer_desk.domain.errors import NotFound, OfficerDeskError
from officer_desk.domain.messages import say
from officer_desk.domain.records import utc_now
from officer_desk.storage.connection import transaction

if TYPE_CHECKING:  # sync sits below services: a Desk is only passed in
    from officer_desk.services.desk import Desk

PUBLIC_KEY_SIZE = 32
TRUSTED, REVOKED, UNKNOWN, CHANGED = "trusted", "revoked", "unknown", "changed"
#: a package key's status here besides those of the trust store: this installation's
#: own key, and a key this database knows for another post than the package claims
OWN, OTHER_POST = "own", "other post"
_INSTALLATION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_FINGERPRINT_CHARS = re.compile(r"[A-Z2-7]{20}")


class KeyProblem(OfficerDeskError):
    """A signing key cannot be used (damaged key file, malformed public key, …)."""


@dataclass(frozen=True)
class KeyInfo:
    """A public key with who it belongs to and what this database decided about it.

    ``status`` is ``trusted``/``revoked`` for keys in the trust store, ``unknown`` or
    ``changed`` for a key read from a package and not (yet) in it, ``own`` for this
    installation's own key, and ``other post`` for a key this database knows for
    another post than the one the package claims (``post`` is then the claim).
    ``others`` lists the fingerprints of *other* keys trusted for the same
    installation (a key change when not empty).
    """

    fingerprint: str
    public_key: bytes
    installation: str
    post: str
    officer: str | None
    status: str
    first_seen: str | None = None
    decided_at: str | None = None
    decided_by: str | None = None
    others: tuple[str, ...] = ()

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key).decode("ascii")


# -- fingerprints ---------------------------------------------------------------


def fingerprint(public_key: bytes) -> str:
    """The readable fingerprint of a raw 32-byte Ed25519 public key."""
    if len(public_key) != PUBLIC_KEY_SIZE:
        raise KeyProblem(say("key.public_size", expected=PUBLIC_KEY_SIZE,
                             found=len(public_key)))
    text = base64.b32encode(hashlib.sha256(public_key).digest()).decode("ascii")[:20]
    return "-".join(text[i:i + 4] for i in range(0, 20, 4))


def normalise_fingerprint(text: str) -> str:
    """Accepts a fingerprint typed with or without dashes or spaces, in any case."""
    raw = re.sub(r"[\s-]", "", text or "").upper()
    if not _FINGERPRINT_CHARS.fullmatch(raw):
        raise KeyProblem(say("key.not_fingerprint", text=text))
    return "-".join(raw[i:i + 4] for i in range(0, 20, 4))


def public_key_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_public_key(raw: bytes) -> Ed25519PublicKey:
    if len(raw) != PUBLIC_KEY_SIZE:
        raise KeyProblem(say("key.public_size", expected=PUBLIC_KEY_SIZE, found=len(raw)))
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as e:
        raise KeyProblem(say("key.not_ed25519_public", detail=e)) from e


# -- this installation's private key ----------------------------------------------------


def key_path(installation: str) -> Path:
    if not _INSTALLATION.fullmatch(installation or ""):
        raise KeyProblem(say("key.cannot_keep", installation=installation))
    return config.config_dir() / "keys" / f"{installation}.pem"


def _load(path: Path) -> Ed25519PrivateKey:
    try:
        data = path.read_bytes()
        key = serialization.load_pem_private_key(data, password=None)
    except (OSError, ValueError, TypeError) as e:
        raise KeyProblem(say("key.unreadable", path=path, detail=e)) from e
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(say("key.not_ed25519", path=path))
    return key


def private_key(installation: str) -> Ed25519PrivateKey:
    """This installation's signing key, created (mode 0600, atomically) on first use."""
    path = key_path(installation)
    if path.exists():
        return _load(path)
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd, tmp_name = tempfile.mkstemp(prefix=f".{installation}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:  # mkstemp made it readable by this user only
            f.write(pem)
            f.flush()
            os.fsync(f.fileno())
        try:
            # link() never replaces: if another process made the key meanwhile, use its.
            os.link(tmp, path)
        except FileExistsError:
            return _load(path)
        except OSError:  # file system without hard links
            if path.exists():
                return _load(path)
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return key


def own_fingerprint(installation: str) -> str | None:
    """The fingerprint of this computer's key for ``installation``; None when it has
    none (nothing was ever signed here in that installation's name)."""
    path = key_path(installation)
    if not path.exists():
        return None
    return fingerprint(public_key_bytes(_load(path)))


def own_key_info(desk: Desk) -> KeyInfo:
    """This database's installation's key (made if needed): for ``keys DB show``."""
    installation = desk.repo.author.installation
    raw = public_key_bytes(private_key(installation))
    fp = fingerprint(raw)
    return KeyInfo(
        fingerprint=fp, public_key=raw, installation=installation, post=desk.home_post,
        officer=desk.actor, status="own",
    )


# -- the trust store --------------------------------------------------------------------

_COLUMNS = (
    "fingerprint, public_key, installation, post, officer, status, first_seen, "
    "decided_at, decided_by"
)


def _info(row: tuple, others: tuple[str, ...] = ()) -> KeyInfo:
    fp, public, installation, post, officer, status, first, decided, by = row
    return KeyInfo(
        fingerprint=fp, public_key=bytes(public), installation=installation, post=post,
        officer=officer, status=status, first_seen=first, decided_at=decided, decided_by=by,
        others=others,
    )


def list_keys(desk: Desk) -> list[KeyInfo]:
    rows = desk.conn.execute(
        f"SELECT {_COLUMNS} FROM signing_keys ORDER BY post, installation, first_seen"
    ).fetchall()
    return [_info(r) for r in rows]


def find_key(desk: Desk, fp: str) -> KeyInfo | None:
    row = desk.conn.execute(
        f"SELECT {_COLUMNS} FROM signing_keys WHERE fingerprint = ?",
        (normalise_fingerprint(fp),),
    ).fetchone()
    return _info(row) if row else None


def trusted_for(desk: Desk, installation: str) -> list[KeyInfo]:
    """The keys trusted for an installation (normally one)."""
    rows = desk.conn.execute(
        f"SELECT {_COLUMNS} FROM signing_keys WHERE installation = ? AND status = 'trusted' "
        "ORDER BY decided_at",
        (installation,),
    ).fetchall()
    return [_info(r) for r in rows]


def key_status(desk: Desk, installation: str, fp: str) -> str:
    """``trusted``, ``revoked``, ``unknown`` or ``changed`` (the installation is known
    here with a different trusted key) for a key claiming to be ``installation``'s."""
    fp = normalise_fingerprint(fp)
    row = desk.conn.execute(
        "SELECT status, installation FROM signing_keys WHERE fingerprint = ?", (fp,)
    ).fetchone()
    if row and row[0] == REVOKED:
        return REVOKED
    if row and row[1] == installation:
        return TRUSTED
    others = [k for k in trusted_for(desk, installation) if k.fingerprint != fp]
    return CHANGED if others else UNKNOWN


def trust(
    desk: Desk, public_key: bytes, installation: str, post: str, officer: str | None,
    by: str,
) -> KeyInfo:
    """Record a person's decision to trust a key for an installation of a post.

    Trusting a key that was revoked trusts it again. Other keys trusted for the same
    installation stay trusted (revoke them separately if they are no longer used).
    """
    load_public_key(public_key)
    fp = fingerprint(public_key)
    now = utc_now()
    with transaction(desk.conn) as conn:
        conn.execute(
            f"INSERT INTO signing_keys ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, 'trusted', ?, ?, ?) "
            "ON CONFLICT (fingerprint) DO UPDATE SET installation = excluded.installation, "
            "post = excluded.post, officer = excluded.officer, status = 'trusted', "
            "decided_at = excluded.decided_at, decided_by = excluded.decided_by",
            (fp, public_key, installation, post, officer, now, now, by),
        )
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM signing_keys WHERE fingerprint = ?", (fp,)
        ).fetchone()
    others = tuple(k.fingerprint for k in trusted_for(desk, installation) if k.fingerprint != fp)
    return _info(row, others)


def revoke(desk: Desk, fp: str, by: str) -> KeyInfo:
    """Stop accepting packages signed with a key (kept, marked revoked)."""
    fp = normalise_fingerprint(fp)
    with transaction(desk.conn) as conn:
        changed = conn.execute(
            "UPDATE signing_keys SET status = 'revoked', decided_at = ?, decided_by = ? "
            "WHERE fingerprint = ?",
            (utc_now(), by, fp),
        ).rowcount
        if not changed:
            raise NotFound(
                say("key.not_found", fingerprint=fp)
            )
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM signing_keys WHERE fingerprint = ?", (fp,)
        ).fetchone()
    return _info(row)
