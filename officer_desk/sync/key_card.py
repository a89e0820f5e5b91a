"""Key cards: an installation's public keys in a small signed file, for the first
exchange (before either side can encrypt a package to the other).

A key card holds the signing key, its fingerprint and the age recipient of one
installation, with its post and officer, signed by that signing key. It is public:
it can go by e-mail. The receiver trusts it like the key of a package
(``keys DB trust CARD``, after comparing the fingerprint by phone); from then on the
packages it writes are encrypted to that installation too.

The file is two lines of ASCII: the card as JSON, and the base64 Ed25519 signature of
exactly that first line.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import reason, say
from officer_desk.domain.records import utc_now
from officer_desk.sync import keys
from officer_desk.sync import package_format as fmt
from officer_desk.sync.package_format import PackageRefused
from officer_desk.sync.package_read import _key_info, package_key, trust_refusal
from officer_desk.sync.package_verify import open_regular

if TYPE_CHECKING:
    from officer_desk.services.desk import Desk

FORMAT = "officer-desk-key"
FORMAT_VERSION = 1
SUFFIX = ".odkey"
MAX_SIZE = 8 * 1024
FIELDS: dict[str, tuple[type, ...]] = {
    "format": (str,), "format_version": (int,), "post": (str,), "installation": (str,),
    "officer": (str, type(None)), "public_key": (str,), "fingerprint": (str,),
    "age_recipient": (str,), "created_at": (str,),
}


def write_key_card(desk: Desk, out: Path) -> tuple[Path, keys.KeyInfo]:
    """Write this installation's key card to ``out`` (a file name, or a folder)."""
    info = keys.own_key_info(desk)
    if out.is_dir():
        out = out / f"{desk.home_post}-{info.installation[:8]}{SUFFIX}"
    if out.exists():
        raise OfficerDeskError(say("card.exists", path=out))
    if not out.parent.is_dir():
        raise OfficerDeskError(say("build.no_folder", path=out.parent))
    card = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "post": info.post,
        "installation": info.installation, "officer": (info.officer or "")[:200] or None,
        "public_key": info.public_key_b64, "fingerprint": info.fingerprint,
        "age_recipient": info.age_recipient, "created_at": utc_now(),
    }
    line = json.dumps(card, ensure_ascii=True, sort_keys=True).encode("ascii")
    signature = keys.private_key(info.installation).sign(line)
    with out.open("xb") as f:
        f.write(line + b"\n" + base64.b64encode(signature) + b"\n")
    return out, info


def is_key_card(path: Path) -> bool:
    """Whether a file looks like a key card (rather than a package)."""
    with open_regular(path) as f:
        return f.read(1) == b"{"


def _bad(path: Path, detail: object) -> PackageRefused:
    return PackageRefused(say("card.unreadable", path=path, detail=detail), code="bad_card")


def read_key_card(path: Path) -> tuple[dict[str, Any], bytes]:
    """The verified card and its raw public key; ``PackageRefused`` for anything else."""
    with open_regular(path) as f:
        data = f.read(MAX_SIZE + 1)
    if len(data) > MAX_SIZE:
        raise _bad(path, say("reason.card_too_large", limit=MAX_SIZE))
    lines = data.split(b"\n")
    if len(lines) != 3 or lines[2] != b"":
        raise _bad(path, say("reason.card_not_two_lines"))
    try:
        card = json.loads(lines[0].decode("ascii"))
        signature = base64.b64decode(lines[1], validate=True)
    except (UnicodeDecodeError, ValueError, binascii.Error) as e:
        raise _bad(path, reason(e)) from e
    if not isinstance(card, dict) or set(card) != set(FIELDS) or any(
            type(card[k]) not in t for k, t in FIELDS.items()):
        raise _bad(path, say("reason.card_fields"))
    if card["format"] != FORMAT or card["format_version"] != FORMAT_VERSION:
        raise _bad(path, say("reason.card_format", format=card["format"],
                                version=card["format_version"]))
    ok = (fmt.INSTALLATION_ID.fullmatch(card["installation"])
          and 0 < len(card["post"]) <= 12 and card["post"].isprintable()
          and (card["officer"] is None or len(card["officer"]) <= 200))
    if not ok:
        raise _bad(path, say("reason.card_malformed"))
    try:
        raw = base64.b64decode(card["public_key"], validate=True)
        keys.check_recipient(card["age_recipient"])
        keys.load_public_key(raw).verify(signature, lines[0])
    except (binascii.Error, ValueError, keys.KeyProblem, InvalidSignature) as e:
        raise PackageRefused(say("card.bad_signature", path=path),
                             code="bad_signature") from e
    if keys.fingerprint(raw) != card["fingerprint"]:
        raise PackageRefused(say("card.bad_signature", path=path), code="bad_signature")
    return card, raw


def file_key(path: Path, desk: Desk) -> keys.KeyInfo:
    """The key of a key card or of a package's signer, with its status here."""
    if is_key_card(path):
        card, raw = read_key_card(path)
        return _key_info(desk, card, raw)
    return package_key(path, desk)


def trust_file(
    desk: Desk, path: Path, by: str, *,
    confirm: Callable[[keys.KeyInfo], bool] | None = None,
) -> keys.KeyInfo:
    """Trust the key of a key card or a package (with its age recipient), after
    ``confirm(key)``, if given, says yes; refused as ``trust_refusal`` says."""
    info = file_key(path, desk)
    refusal = trust_refusal(desk, path, info)
    if refusal is not None:
        raise refusal
    if confirm is not None and not confirm(info):
        return info
    return keys.trust(desk, info.public_key, info.installation, info.post, info.officer, by,
                      age_recipient=info.age_recipient)
