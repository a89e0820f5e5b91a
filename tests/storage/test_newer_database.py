"""An older program opening a database a newer one migrated: refused, file untouched, and
the message names the release to install (issue 16: older bundle, newer database)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import raw_sqlite
from click.testing import CliRunner

from officer_desk import __version__
from officer_desk.cli import cli
from officer_desk.domain.errors import DatabaseTooNew
from officer_desk.storage import migrations
from officer_desk.storage.connection import check_file, open_database
from officer_desk.storage.migrations import LATEST, NEEDED_KEY, Migration


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _future_migration(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE future_thing (x INTEGER)")


def migrated_by_a_newer_program(path: Path, monkeypatch: pytest.MonkeyPatch,
                                since: str = "0.4.2") -> None:
    """``path`` as the next release would leave it: one more migration, run by the real
    ``migrate`` (which records the release it needs), then this program again."""
    open_database(path, create=True).close()
    future = (*migrations.MIGRATIONS,
              Migration(LATEST + 1, "a future table", _future_migration, since=since))
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", future)
        conn = raw_sqlite.connect(path, isolation_level=None)
        assert migrations.migrate(conn, target=LATEST + 1) == [LATEST + 1]
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()


def test_migrating_records_the_release_the_schema_needs(tmp_path):
    conn = open_database(tmp_path / "now.sqlite", create=True)
    assert conn.execute("SELECT value FROM meta WHERE key = ?",
                        (NEEDED_KEY,)).fetchone() == (migrations.MIGRATIONS[-1].since,)
    conn.close()


def test_refused_with_the_release_to_install_and_untouched(tmp_path, monkeypatch):
    path = tmp_path / "us.sqlite"
    migrated_by_a_newer_program(path, monkeypatch)
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as raised:
        open_database(path)
    assert "Install Officer Desk 0.4.2 or later" in str(raised.value)
    assert f"this is Officer Desk {__version__}, which reads schemas up to {LATEST}" in str(
        raised.value)
    assert "Officer Desk 0.4.2 이상을 설치하십시오" in raised.value.message("ko")
    if not raw_sqlite.is_encrypted(path):  # an encrypted file's header is encrypted too
        with pytest.raises(DatabaseTooNew, match=r"0\.4\.2 or later"):
            check_file(path)  # the header check before opening says the same
    assert digest(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["us.sqlite"]  # no journal, no backup


def test_the_command_line_says_it_in_korean(tmp_path, monkeypatch):
    path = tmp_path / "us.sqlite"
    migrated_by_a_newer_program(path, monkeypatch, since="1.0.0")
    before = digest(path)
    result = CliRunner().invoke(cli, ["--lang", "ko", "list", str(path), "disputes"])
    assert result.exit_code == 1
    assert "Officer Desk 1.0.0 이상을 설치하십시오" in result.stderr
    assert digest(path) == before


@pytest.mark.parametrize("stored", ["x" * 5000, "1.0; rm -rf /", "", None, b"0.2.0"])
def test_a_strange_release_in_the_file_is_not_repeated(tmp_path, monkeypatch, stored):
    path = tmp_path / "us.sqlite"
    migrated_by_a_newer_program(path, monkeypatch)
    conn = raw_sqlite.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = ?", (stored, NEEDED_KEY))
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as raised:
        open_database(path)
    message = str(raised.value)
    assert "update the program" in message and "or later" not in message
    assert digest(path) == before
