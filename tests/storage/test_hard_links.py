"""A case log with several names (hard links) is not opened for writing: SQLite keeps
a journal beside each name, so two writers by two names could damage it."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from officer_desk.cli import cli
from officer_desk.domain.errors import DatabaseProblem
from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import records
from officer_desk.services.desk import init_desk, open_desk


@pytest.fixture
def linked(tmp_path):
    desk = init_desk(tmp_path / "us.sqlite", post="US", officer="김영희")
    records.create(desk, COMPANIES, {"name_ko": "(주)가람", "name_en": "Garam", "size": "sme"})
    desk.close()
    alias = tmp_path / "shared" / "us-copy.sqlite"
    alias.parent.mkdir()
    try:
        os.link(desk.path, alias)
    except OSError as e:  # pragma: no cover - a file system without hard links
        pytest.skip(f"no hard links here: {e}")
    return desk.path, alias


def test_neither_name_is_opened_for_writing_and_the_file_is_untouched(linked):
    path, alias = linked
    before = path.read_bytes()
    for name in (path, alias):
        with pytest.raises(DatabaseProblem) as caught:
            open_desk(name)
        assert "hard links" in str(caught.value) and "2 names" in str(caught.value)
        assert "하드 링크" in caught.value.message("ko")
    assert path.read_bytes() == before
    reader = open_desk(alias, readonly=True)  # reading is still possible
    try:
        assert reader.conn.execute("SELECT name_ko FROM companies").fetchone()[0] == "(주)가람"
    finally:
        reader.close()


def test_with_the_other_name_gone_the_file_opens_again(linked):
    path, alias = linked
    alias.unlink()
    desk = open_desk(path)
    try:
        records.create(desk, COMPANIES, {"name_ko": "(주)나래", "name_en": "Narae",
                                         "size": "sme"})
    finally:
        desk.close()


def test_the_command_says_so_in_korean(linked):
    path, _ = linked
    before = path.read_bytes()
    result = CliRunner().invoke(cli, ["--lang", "ko", "add", str(path), "company",
                                      "--json", "-"],
                                input='{"name_ko": "(주)다솜", "size": "sme"}')
    assert result.exit_code == 1, result.output
    assert path.read_bytes() == before
    assert "하드 링크" in result.output and "hard links" not in result.output
