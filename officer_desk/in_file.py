"""Files the officer names for the program to read whole (a JSON of records, a document
to attach, a mapping file): read up to a ceiling, whatever their size says.

A file's size on disk is no bound on what reading it gives: a link to ``/dev/zero`` has
size 0 and no end, and a pipe has no size at all. Reading such a file whole took every
byte of memory there was (a MemoryError, after the machine had slowed for everyone).
Here at most ``limit + 1`` bytes are read, and more than ``limit`` is refused.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import say

MIB = 1024 * 1024

#: The most a JSON file of records may hold: an export of 100,000 records is about
#: 130 MB; attachments travel in it too.
JSON_INPUT_BYTES = 1024 * MIB


def read_stream(stream: IO[bytes], name: str, limit: int) -> bytes:
    """At most ``limit`` bytes from ``stream`` (``name`` for the message), else refused."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        from officer_desk.services.display import human_size

        raise OfficerDeskError(say("file.read_past_ceiling", name=name,
                                   limit=human_size(limit)))
    return data


def read_at_most(path: Path, limit: int) -> bytes:
    """The bytes of the file at ``path``, refused past ``limit`` bytes read (an OSError
    is the caller's to word: it knows what the file was for).

    Opened without blocking: a named pipe no program writes to would hold the open for
    ever; it reads as empty instead, and one with a writer (``--json <(jq …)``) is read
    as it comes once the descriptor blocks again."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        os.set_blocking(fd, True)
        f = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with f:
        return read_stream(f, str(path), limit)
