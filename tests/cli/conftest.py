"""Fixtures the command-line tests share."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from officer_desk.cli import cli


@pytest.fixture
def us_db(tmp_path: Path) -> Path:
    """A new US post's case log made by ``officer-desk init``."""
    path = tmp_path / "us.sqlite"
    made = CliRunner().invoke(cli, ["init", str(path), "--post", "US", "--officer", "김영희"])
    assert made.exit_code == 0, made.output
    return path
