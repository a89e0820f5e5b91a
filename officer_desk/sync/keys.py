"""Signing keys: this installation's own Ed25519 key, and the keys a database trusts.

Each installation signs its packages with a private key kept in the user's
configuration folder (``config_dir()/keys/<installation>.pem``, readable by the user
only), never in the database and never in a package. The database keeps the *public*
keys of the installations whose packages it accepts (table ``signing_keys``), each
trusted or revoked by a person who compared its fingerprint with the sender, e.g. over
the phone.

Beside its signing key each installation has an age identity (X25519,
``<installation>.age`` in the same folder, same protection), the key that decrypts the
packages addressed to it. Its public half, the *recipient* (``age1…``), travels with
the public signing key (in every package's signed manifest and in key cards) and is
trusted with it: ``signing_keys.age_recipient``. The fingerprint a person reads over
the phone is the signing key's; the recipient is bound to it by the signature.

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from officer_desk import config
from officer_desk.domain.errors import NotFound, OfficerDeskError
from officer_desk.domain.messages import reason, say
from officer_desk.domain.records import utc_now
from officer_desk.storage.connection import transaction

if TYPE_CHECKING:  # sync sits below services: a Desk is only passed in
    import sqlite3

    from officer_desk.services.desk import Desk

PUBLIC_KEY_SIZE = 32
TRUSTED, REVOKED, UNKNOWN, CHANGED = "trusted", "revoked", "unknown", "changed"
#: a package key's status here besides those of the trust store: this installation's
#: own key, and a key this database knows for another post than the package claims
OWN, OTHER_POST = "own", "other post"
_INSTALLATION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_FINGERPRINT_CHARS = re.compile(r"[A-Z2-7]{20}")
T = TypeVar("T")


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
    #: the installation's age recipient (``age1…``) trusted with the key; None for a key
    #: trusted before packages were encrypted, until a package or key card brings it
    age_recipient: str | None = None

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
        raise KeyProblem(say("key.not_ed25519_public", detail=reason(e))) from e


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
        raise KeyProblem(say("key.unreadable", path=path, detail=reason(e))) from e
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(say("key.not_ed25519", path=path))
    return key


def _create(path: Path, data: bytes, load: Callable[[Path], T], made: T) -> T:
    """Write a new key file (mode 0600, atomically) unless another process made one
    meanwhile: then that one is loaded and returned instead of ``made``."""
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:  # mkstemp made it readable by this user only
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            # link() never replaces: if another process made the key meanwhile, use its.
            os.link(tmp, path)
        except FileExistsError:
            return load(path)
        except OSError:  # file system without hard links
            if path.exists():
                return load(path)
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return made


def private_key(installation: str) -> Ed25519PrivateKey:
    """This installation's signing key, created (mode 0600, atomically) on first use."""
    path = key_path(installation)
    if path.exists():
        return _load(path)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return _create(path, pem, _load, key)


# -- this installation's age identity ---------------------------------------------------


def identity_path(installation: str) -> Path:
    """The age identity file beside the signing key (the format ``age -i`` reads)."""
    return key_path(installation).with_suffix(".age")


def _load_identity(path: Path) -> pyrage.x25519.Identity:
    try:
        text = path.read_text("ascii")
        lines = [ln.strip() for ln in text.splitlines()
                 if ln.strip() and not ln.startswith("#")]
        if len(lines) != 1:
            raise ValueError("not exactly one AGE-SECRET-KEY line")
        return pyrage.x25519.Identity.from_str(lines[0])
    except (OSError, ValueError, UnicodeDecodeError, pyrage.IdentityError) as e:
        raise KeyProblem(say("age.identity_unreadable", path=path, detail=reason(e))) from e


def existing_identity(installation: str) -> pyrage.x25519.Identity | None:
    """This installation's age identity, or None when this computer has none."""
    path = identity_path(installation)
    return _load_identity(path) if path.exists() else None


def identity(installation: str) -> pyrage.x25519.Identity:
    """This installation's age identity, created (mode 0600, atomically) on first use."""
    found = existing_identity(installation)
    if found is not None:
        return found
    made = pyrage.x25519.Identity.generate()
    text = (f"# created: {utc_now()}\n# public key: {made.to_public()}\n"
            f"# Officer Desk installation {installation}: keep it, never send it\n"
            f"{made}\n")
    return _create(identity_path(installation), text.encode("ascii"), _load_identity, made)


def own_recipient(installation: str) -> str:
    """The age recipient (``age1…``) of this installation (its identity made if needed)."""
    return str(identity(installation).to_public())


def check_recipient(text: str) -> str:
    """``text`` if it is an age X25519 recipient, else ``KeyProblem``."""
    try:
        pyrage.x25519.Recipient.from_str(text)
    except (pyrage.RecipientError, ValueError, TypeError) as e:
        raise KeyProblem(say("age.not_recipient", text=str(text)[:80], detail=reason(e))) from e
    return text


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
        officer=desk.actor, status="own", age_recipient=own_recipient(installation),
    )


# -- the trust store --------------------------------------------------------------------

_COLUMNS = (
    "fingerprint, public_key, installation, post, officer, status, first_seen, "
    "decided_at, decided_by, age_recipient"
)


def _info(row: tuple, others: tuple[str, ...] = ()) -> KeyInfo:
    fp, public, installation, post, officer, status, first, decided, by, recipient = row
    return KeyInfo(
        fingerprint=fp, public_key=bytes(public), installation=installation, post=post,
        officer=officer, status=status, first_seen=first, decided_at=decided, decided_by=by,
        others=others, age_recipient=recipient,
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
    by: str, age_recipient: str | None = None,
) -> KeyInfo:
    """Record a person's decision to trust a key for an installation of a post, with
    the installation's age recipient when the key came with one (signed by it).

    Trusting a key that was revoked trusts it again. Other keys trusted for the same
    installation stay trusted (revoke them separately if they are no longer used).
    Trusting again without a recipient keeps the one stored.
    """
    load_public_key(public_key)
    if age_recipient is not None:
        check_recipient(age_recipient)
    fp = fingerprint(public_key)
    now = utc_now()
    with transaction(desk.conn) as conn:
        conn.execute(
            f"INSERT INTO signing_keys ({_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, 'trusted', ?, ?, ?, ?) "
            "ON CONFLICT (fingerprint) DO UPDATE SET installation = excluded.installation, "
            "post = excluded.post, officer = excluded.officer, status = 'trusted', "
            "decided_at = excluded.decided_at, decided_by = excluded.decided_by, "
            "age_recipient = coalesce(excluded.age_recipient, signing_keys.age_recipient)",
            (fp, public_key, installation, post, officer, now, now, by, age_recipient),
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


def learn_recipient(conn: sqlite3.Connection, fp: str, age_recipient: str) -> bool:
    """Store the age recipient a trusted key signed (a package of its installation
    names its current one); True when it was new or changed. Inside the caller's
    transaction."""
    check_recipient(age_recipient)
    return conn.execute(
        "UPDATE signing_keys SET age_recipient = ? WHERE fingerprint = ? "
        "AND status = 'trusted' AND age_recipient IS NOT ?",
        (age_recipient, fp, age_recipient),
    ).rowcount > 0


def readers(desk: Desk, posts: Iterable[str]) -> list[KeyInfo]:
    """The trusted keys of ``posts`` with an age recipient, but this installation's:
    who a package for those posts is encrypted to."""
    wanted = sorted(set(posts))
    marks = ", ".join("?" for _ in wanted)
    rows = desk.conn.execute(
        f"SELECT {_COLUMNS} FROM signing_keys WHERE status = 'trusted' "
        f"AND age_recipient IS NOT NULL AND post IN ({marks}) AND installation != ? "
        "ORDER BY post, installation, fingerprint",
        (*wanted, desk.repo.author.installation),
    ).fetchall()
    return [_info(r) for r in rows]


def unreadable(desk: Desk, posts: Iterable[str]) -> list[KeyInfo]:
    """The trusted keys of ``posts`` that have no age recipient here yet."""
    wanted = sorted(set(posts))
    marks = ", ".join("?" for _ in wanted)
    rows = desk.conn.execute(
        f"SELECT {_COLUMNS} FROM signing_keys WHERE status = 'trusted' "
        f"AND age_recipient IS NULL AND post IN ({marks}) AND installation != ? "
        "ORDER BY post, installation",
        (*wanted, desk.repo.author.installation),
    ).fetchall()
    return [_info(r) for r in rows]
