"""Opening a package's ZIP and verifying its manifest and signature: checks (a)-(c).

Nothing here reads the content; every problem is a ``PackageRefused``. The ZIP must
hold exactly ``manifest.json``, ``manifest.sig`` and ``content.sqlite``, each within
its size limit (checked on the declared sizes before anything is decompressed), the
manifest must be strictly valid and signed by the key it names.
"""

from __future__ import annotations

import base64
import zipfile
import zlib
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature

from officer_desk.sync import keys
from officer_desk.sync import package_format as fmt
from officer_desk.sync.package_format import PackageRefused

ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
              NotImplementedError, RuntimeError)


def refuse(text: str, code: str, **kw: Any) -> PackageRefused:
    return PackageRefused(text, code=code, **kw)


# -- (a) the ZIP ------------------------------------------------------------------------


def open_zip(path: Path) -> zipfile.ZipFile:
    name = path.name
    try:
        with path.open("rb") as f:
            head = f.read(4)
    except OSError as e:
        raise refuse(f"cannot read {path}: {e.strerror or e}", "unreadable") from e
    if head != b"PK\x03\x04":
        raise refuse(f"{name} is not an Officer Desk package (not a ZIP file)", "not_zip")
    try:
        zf = zipfile.ZipFile(path)
    except ZIP_ERRORS as e:
        raise refuse(
            f"{name} is damaged (truncated or corrupted); ask for it to be sent again",
            "damaged",
        ) from e
    try:
        _check_members(zf, name)
    except BaseException:
        zf.close()
        raise
    return zf


def _check_members(zf: zipfile.ZipFile, name: str) -> None:
    infos = zf.infolist()
    names = [i.filename for i in infos]
    extra = sorted({n for n in names if n not in fmt.MEMBERS})
    if extra:
        shown = ", ".join(repr(n[:80]) for n in extra[:5])
        raise refuse(
            f"{name} is not an Officer Desk package: it holds unexpected member(s) {shown}",
            "extra_member",
        )
    missing = [m for m in fmt.MEMBERS if m not in names]
    if missing:
        raise refuse(
            f"{name} is not a complete Officer Desk package: {', '.join(missing)} missing",
            "missing_member",
        )
    if len(names) != len(fmt.MEMBERS):
        raise refuse(f"{name} is not an Officer Desk package: a member appears twice",
                      "duplicate_member")
    limits = {fmt.MANIFEST: fmt.MAX_MANIFEST_SIZE, fmt.SIGNATURE: fmt.MAX_SIGNATURE_SIZE,
              fmt.CONTENT: fmt.MAX_CONTENT_SIZE}
    for info in infos:
        if info.flag_bits & 0x1:
            raise refuse(f"{name}: {info.filename} is encrypted; packages never are",
                          "encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refuse(f"{name}: {info.filename} uses an unsupported compression",
                          "compression")
        if info.file_size > limits[info.filename]:
            raise refuse(
                f"{name} is refused: {info.filename} declares {info.file_size:,} bytes, more "
                f"than the limit of {limits[info.filename]:,}",
                "too_large",
            )
        stored_mismatch = (info.compress_type == zipfile.ZIP_STORED
                           and info.compress_size != info.file_size)
        if stored_mismatch or info.file_size > max(info.compress_size, 1) * fmt.MAX_RATIO:
            raise refuse(
                f"{name} is refused: {info.filename} declares {info.file_size:,} bytes from "
                f"{info.compress_size:,} compressed, which no real package does (a ZIP bomb?)",
                "zip_bomb",
            )


def _read_member(zf: zipfile.ZipFile, member: str, limit: int, name: str) -> bytes:
    try:
        with zf.open(member) as f:
            data = f.read(limit + 1)
    except ZIP_ERRORS as e:
        raise refuse(f"{name} is damaged: {member} cannot be read ({e})",
                      f"damaged_{member.split('.')[0]}") from e
    if len(data) > limit:
        raise refuse(f"{name} is refused: {member} is larger than {limit:,} bytes",
                      "too_large")
    return data


# -- (b), (c) the manifest and its signature ------------------------------------------


def signed_manifest(
    zf: zipfile.ZipFile, name: str, *, check_schema: bool = True
) -> tuple[dict[str, Any], bytes]:
    """The verified manifest and the signer's raw public key."""
    data = _read_member(zf, fmt.MANIFEST, fmt.MAX_MANIFEST_SIZE, name)
    sig_text = _read_member(zf, fmt.SIGNATURE, fmt.MAX_SIGNATURE_SIZE, name)
    manifest = fmt.parse_manifest(data, name, check_schema=check_schema)
    signature = fmt.decode_signature(sig_text, name)
    raw = base64.b64decode(manifest["public_key"])
    bad = refuse(f"{name}: bad signature: the package was altered or damaged",
                  "bad_signature", manifest=manifest)
    try:
        keys.load_public_key(raw).verify(signature, data)
    except (InvalidSignature, keys.KeyProblem) as e:
        raise bad from e
    if keys.fingerprint(raw) != manifest["fingerprint"]:
        raise bad
    return manifest, raw
