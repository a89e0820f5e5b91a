"""Opening a package's ZIP and verifying its manifest and signature: checks (a)-(c).

Nothing here reads the content; every problem is a ``PackageRefused``. The path must
be a regular file (a folder, a named pipe or a device is refused without reading from
it: the file is opened without blocking and checked on the open descriptor). The ZIP
must hold exactly ``manifest.json``, ``manifest.sig`` and ``content.sqlite.age`` (or,
signed only, ``content.sqlite``), each
within its size limit (checked on the declared sizes before anything is decompressed),
the manifest must be strictly valid and signed by the key it names.
"""

from __future__ import annotations

import base64
import errno
import os
import stat
import zipfile
import zlib
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature

from officer_desk.domain.messages import Text, reason, say
from officer_desk.sync import keys
from officer_desk.sync import package_format as fmt
from officer_desk.sync.package_format import PackageRefused

ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
              NotImplementedError, RuntimeError)


def refuse(text: str | Text, code: str, **kw: Any) -> PackageRefused:
    return PackageRefused(text, code=code, **kw)


# -- (a) the ZIP ------------------------------------------------------------------------


def _not_a_file(path: Path, mode: int) -> PackageRefused:
    if stat.S_ISDIR(mode):
        return refuse(say("package.is_folder", path=path,
                          example=path / ("*" + fmt.SUFFIX)), "not_a_file")
    what = ("pipe" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode)
            else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "other")
    return refuse(say("package.special_file", path=path, what=say(f"package.special_{what}")),
                  "not_a_file")


def _unreadable(path: Path, error: OSError) -> PackageRefused:
    if isinstance(error, FileNotFoundError):
        return refuse(say("package.no_file", path=path), "unreadable")
    return refuse(say("package.unreadable", path=path, detail=reason(error)),
                  "unreadable")


def check_file(path: Path) -> None:
    """Refuse a path that is not a regular file, without opening it (a named pipe would
    block whoever opens it); symbolic links are followed."""
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        raise _unreadable(path, e) from e
    if not stat.S_ISREG(mode):
        raise _not_a_file(path, mode)


def open_regular(path: Path) -> IO[bytes]:
    """The file opened for reading, refused unless it is a regular file.

    Checked first by name, then again on the descriptor, which is opened without
    blocking: a path swapped for a named pipe in between still cannot hang the reader.
    """
    check_file(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise _unreadable(path, e) from e
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise _not_a_file(path, mode)
    return os.fdopen(fd, "rb")


class _PackageZip(zipfile.ZipFile):
    """A ZIP read from a file object it owns (closed with it)."""

    def __init__(self, file: IO[bytes]) -> None:
        self._owned = file
        super().__init__(file)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._owned.close()


def open_zip(path: Path) -> zipfile.ZipFile:
    name = path.name
    f = open_regular(path)
    try:
        head = f.read(4)
        f.seek(0)
    except OSError as e:
        f.close()
        raise _unreadable(path, e) from e
    if head != b"PK\x03\x04":
        f.close()
        raise refuse(say("package.not_zip", name=name), "not_zip")
    try:
        zf = _PackageZip(f)
    except ZIP_ERRORS as e:
        f.close()
        raise refuse(say("package.damaged", name=name), "damaged") from e
    try:
        _check_members(zf, name)
    except BaseException:
        zf.close()
        raise
    return zf


def _check_members(zf: zipfile.ZipFile, name: str) -> None:
    infos = zf.infolist()
    names = [i.filename for i in infos]
    expected = fmt.AGE_MEMBERS if fmt.CONTENT_AGE in names else fmt.MEMBERS
    extra = sorted({n for n in names if n not in expected})
    if extra:
        shown = ", ".join(repr(n[:80]) for n in extra[:5])
        raise refuse(say("package.extra_member", name=name, members=shown), "extra_member")
    missing = [m for m in expected if m not in names]
    if missing:
        raise refuse(say("package.missing_member", name=name, members=", ".join(missing)),
                     "missing_member")
    if len(names) != len(expected):
        raise refuse(say("package.duplicate_member", name=name), "duplicate_member")
    limits = {fmt.MANIFEST: fmt.MAX_MANIFEST_SIZE, fmt.SIGNATURE: fmt.MAX_SIGNATURE_SIZE,
              fmt.CONTENT: fmt.MAX_CONTENT_SIZE, fmt.CONTENT_AGE: fmt.MAX_CIPHER_SIZE}
    for info in infos:
        if info.flag_bits & 0x1:
            raise refuse(say("package.encrypted", name=name, member=info.filename),
                         "encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refuse(say("package.compression", name=name, member=info.filename),
                         "compression")
        if info.file_size > limits[info.filename]:
            raise refuse(say("package.declared_too_large", name=name, member=info.filename,
                             size=info.file_size, limit=limits[info.filename]), "too_large")
        stored_mismatch = (info.compress_type == zipfile.ZIP_STORED
                           and info.compress_size != info.file_size)
        if stored_mismatch or info.file_size > max(info.compress_size, 1) * fmt.MAX_RATIO:
            raise refuse(say("package.zip_bomb", name=name, member=info.filename,
                             size=info.file_size, compressed=info.compress_size), "zip_bomb")


def _read_member(zf: zipfile.ZipFile, member: str, limit: int, name: str) -> bytes:
    try:
        with zf.open(member) as f:
            data = f.read(limit + 1)
    except ZIP_ERRORS as e:
        # a seek before the file's start (EINVAL): the directory's offsets are damaged
        detail = say("reason.zip_damaged") if isinstance(e, OSError) and \
            e.errno == errno.EINVAL else reason(e)
        raise refuse(say("package.member_unreadable", name=name, member=member, detail=detail),
                     f"damaged_{member.split('.')[0]}") from e
    if len(data) > limit:
        raise refuse(say("package.member_too_large", name=name, member=member, limit=limit),
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
    bad = refuse(say("package.bad_signature", name=name), "bad_signature", manifest=manifest)
    try:
        keys.load_public_key(raw).verify(signature, data)
    except (InvalidSignature, keys.KeyProblem) as e:
        raise bad from e
    if keys.fingerprint(raw) != manifest["fingerprint"]:
        raise bad
    return manifest, raw
