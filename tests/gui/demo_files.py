"""A demo case log made once per test module, and a fresh copy of it opened per test.

The window's tests that need many records (the dashboard, the to-do, an officer's day)
share one generated file per module (generating it is most of their set-up time) and
change only a copy of it.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import Desk, init_desk, open_desk


def make_demo(factory: pytest.TempPathFactory, name: str, *, records: int, seed: int,
              today: dt.date) -> Path:
    """A new HQ demo case log of ``records`` records (``generate_demo``'s ``seed`` and
    ``today``) in a new temporary folder called ``name``."""
    path = factory.mktemp(name) / "demo.sqlite"
    desk = init_desk(path, hq=True, demo=True)
    try:
        generate_demo(desk, records=records, seed=seed, today=today)
    finally:
        desk.close()
    return path


@contextmanager
def opened_copy(path: Path, folder: Path) -> Iterator[Desk]:
    """A copy of the case log at ``path``, made in ``folder`` and open while in use."""
    copy = folder / path.name
    shutil.copy(path, copy)
    desk = open_desk(copy)
    try:
        yield desk
    finally:
        desk.close()
