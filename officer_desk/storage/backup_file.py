"""A backup's stored form: the SQLite copy, gzip-compressed, and reading it back.

A backup is kept compressed (``us-…-merge.sqlite.gz``) because it is taken before every
merge and import and ten are kept per reason: stored whole, each is as large as the
case log (357 MiB at 100,000 records). gzip at level ``LEVEL`` was chosen by measuring
zlib levels and lzma on a 100,000-record demo database (docs/backups.md): the fastest
level already stores a backup in a fraction of the file's size, and slower ones gain
little for the time they add before every merge. gzip (not a bare zlib stream) because
its trailer holds a CRC-32 and the length: a cut-off or bit-flipped file fails to
decompress even without its manifest.

Reading one back decompresses it as a stream into a temporary file
(``.<backup>.unpack-<pid>.tmp``, removed at the next start when a reader was killed:
``storage.temporaries``), bounded: never more than ``limit`` bytes are written (the
manifest's stated size, or ``ceiling`` for a backup that lost its manifest), so a
hostile or damaged file cannot fill the disk.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import zlib
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from officer_desk.domain.errors import DatabaseCorrupt
from officer_desk.domain.messages import reason

#: The end of a compressed backup's name; plain backups (earlier versions) end ``.sqlite``.
COMPRESSED = ".sqlite.gz"
PLAIN = ".sqlite"
LEVEL = 1
MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20
#: The piece of the file compressed as one gzip member (see ``compress``).
MEMBER = 8 << 20
#: A compressed backup without its manifest may expand to at most this many times its
#: stored size (SQLite pages of a case log compress 3-6 times; empty pages more).
CEILING_RATIO = 64
CEILING_FLOOR = 64 << 20


def is_compressed(path: Path) -> bool:
    return path.name.endswith(COMPRESSED)


@dataclass(frozen=True)
class Stored:
    """The stored (compressed) file and the SQLite file it holds: sizes and sha256."""

    size: int
    sha256: str
    content_size: int
    content_sha256: str


def _member(chunk: bytes, level: int) -> bytes:
    """One gzip member (header, deflate stream, CRC-32 and length) of ``chunk``."""
    packer = zlib.compressobj(level, zlib.DEFLATED, 31)  # 31: with the gzip wrapper
    return packer.compress(chunk) + packer.flush()


def compress(source: Path, dest: Path, *, level: int = LEVEL,
             workers: int | None = None) -> Stored:
    """Write ``source`` gzip-compressed to ``dest`` (the caller syncs it); returns the
    sizes and hashes of both.

    The file is cut into ``MEMBER``-sized pieces compressed side by side (zlib lets go
    of the interpreter lock while it works) and written in order, each a gzip member of
    its own: one valid gzip file (RFC 1952 allows several members; every gzip reader
    joins them), each member with its own CRC-32 and length.
    """
    from concurrent.futures import Future, ThreadPoolExecutor  # not on the window's start

    workers = workers or max(1, min(4, os.cpu_count() or 1))
    content, stored = hashlib.sha256(), hashlib.sha256()
    content_size = stored_size = 0
    with source.open("rb") as f, dest.open("wb") as out, \
            ThreadPoolExecutor(workers, thread_name_prefix="backup-gzip") as pool, \
            ThreadPoolExecutor(1, thread_name_prefix="backup-hash") as hasher:
        # one thread hashes the pieces in the order they were read
        pending: deque[Future[bytes]] = deque()

        def write_one() -> None:
            nonlocal stored_size
            data = pending.popleft().result()
            stored.update(data)
            stored_size += len(data)
            out.write(data)

        while chunk := f.read(MEMBER):
            hasher.submit(content.update, chunk)
            content_size += len(chunk)
            pending.append(pool.submit(_member, chunk, level))
            if len(pending) > 2 * workers:  # bounded memory: a few pieces in flight
                write_one()
        while pending:
            write_one()
        hasher.shutdown(wait=True)
    return Stored(stored_size, stored.hexdigest(), content_size, content.hexdigest())


#: Room left free on the disk when a backup is decompressed to be checked or restored.
RESERVE = 64 << 20


def ceiling(stored: Path) -> int:
    """The most a compressed backup without a manifest may expand to."""
    return max(CEILING_FLOOR, CEILING_RATIO * stored.stat().st_size)


def free_space(folder: Path) -> int:
    """Bytes that may be written in ``folder`` leaving ``RESERVE`` free (0: none)."""
    return max(0, shutil.disk_usage(folder).free - RESERVE)


def decompress(stored: Path, dest: Path, *, limit: int) -> tuple[int, str]:
    """Write the SQLite file held in ``stored`` to ``dest``; returns its size and sha256.

    Stops with ``DatabaseCorrupt`` as soon as more than ``limit`` bytes come out, or
    when the stream is damaged (a CRC or length that differs, a cut-off end, bytes that
    are not gzip); ``dest`` is then left for the caller to remove.
    """
    digest = hashlib.sha256()
    size = 0
    try:
        with gzip.open(stored, "rb") as packed, dest.open("wb") as out:
            while chunk := packed.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise DatabaseCorrupt(
                        f"the backup {stored} expands past the {limit:,} bytes it may hold: "
                        "it is damaged or not a backup; choose another backup",
                        ko=f"백업 {stored}의 압축을 풀면 허용된 {limit:,}바이트를 넘습니다. "
                           "손상되었거나 백업이 아닙니다. 다른 백업을 고르십시오.")
                digest.update(chunk)
                out.write(chunk)
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        raise DatabaseCorrupt(
            f"the backup {stored} cannot be decompressed: it was cut short or damaged "
            f"({reason(e)}); choose another backup",
            ko=f"백업 {stored}의 압축을 풀 수 없습니다. 잘렸거나 손상되었습니다"
               f"({reason(e).message('ko')}). 다른 백업을 고르십시오.") from e
    return size, digest.hexdigest()
