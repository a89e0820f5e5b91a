"""A bench never changes the database it is given: it works on a copy.

Starting the window on a case log opens it for writing: on a computer it does not
know (each launch has a home folder of its own) the file gets a new installation id,
an older file gets the indexes a newer program makes, and the window may back it up
beside itself. On the cached 100,000-record demo (``bench_dashboard.cached_demo``)
that made the cache something other than what it was built as, and each later run
measured a different file. So the benches that open a database they were given for
writing (the window's starts, the lists, the to-do) open a byte copy of it in a
temporary folder, made before anything is timed, and removed after.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def working_copy(db: Path) -> Iterator[Path]:
    """A byte copy of ``db`` (with its write-ahead log, when it has one) under the same
    name in a new temporary folder, removed when the block ends."""
    db = Path(db)
    with tempfile.TemporaryDirectory(prefix="officer-desk-bench-") as folder:
        copy = Path(folder) / db.name
        shutil.copyfile(db, copy)
        wal = Path(f"{db}-wal")
        if wal.is_file() and wal.stat().st_size:
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        yield copy
