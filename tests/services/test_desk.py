"""Setting up and opening a case log."""

from __future__ import annotations

import pytest
import raw_sqlite

from officer_desk import config
from officer_desk.domain.errors import DatabaseProblem, OfficerDeskError
from officer_desk.domain.vocabulary import seed_id
from officer_desk.services.checks import check
from officer_desk.services.desk import init_desk, open_desk


def test_init_seeds_reference_data_with_the_same_ids_everywhere(desk, hq_desk):
    for d in (desk, hq_desk):
        assert d.post_codes() == ["CN", "EU", "GVA", "JP", "US", "HQ"]
        row = d.conn.execute("SELECT id FROM posts WHERE code = 'US'").fetchone()
        assert row[0] == seed_id("post", "US")
    assert desk.home_post == "US" and not desk.is_hq
    assert hq_desk.home_post == "HQ" and hq_desk.is_hq


def test_init_refuses_unknown_posts_and_existing_files(tmp_path, desk):
    with pytest.raises(OfficerDeskError, match="unknown post 'XX'"):
        init_desk(tmp_path / "x.sqlite", post="XX")
    with pytest.raises(OfficerDeskError, match="already exists"):
        init_desk(desk.path, post="US")


def test_open_requires_an_initialised_database(tmp_path):
    from officer_desk.storage.connection import open_database

    open_database(tmp_path / "bare.sqlite", create=True).close()
    with pytest.raises(DatabaseProblem, match="has not been set up"):
        open_desk(tmp_path / "bare.sqlite")


def test_reopen_keeps_role_and_officer(desk):
    path = desk.path
    desk.close()
    again = open_desk(path)
    assert again.home_post == "US" and again.actor == "김영희"
    again.close()


def test_installation_id_is_stable_per_database_and_computer(home, desk, hq_desk, monkeypatch):
    first = desk.repo.author.installation
    assert first != hq_desk.repo.author.installation  # two databases: two installations
    path = desk.path
    desk.close()
    again = open_desk(path)
    assert again.repo.author.installation == first
    again.close()
    assert config.machine_id() == (home / "config" / "machine-id").read_text().strip()
    # the file copied to another computer edits under a new id, and remembers the old one
    monkeypatch.setenv("OFFICER_DESK_HOME", str(home.parent / "laptop"))
    laptop = open_desk(path)
    assert laptop.repo.author.installation != first
    assert first in laptop.setting("earlier_installations")
    laptop.close()


def test_check_reports_a_sound_database(desk, dispute):
    report = check(desk)
    assert report.ok, report.problems()
    assert report.counts["disputes"] == {"live": 1, "deleted": 0}


def test_check_finds_a_broken_link_and_a_stale_index(desk, dispute):
    desk.conn.execute("PRAGMA foreign_keys = OFF")
    desk.conn.execute("UPDATE disputes SET company_id = '00000000-0000-4000-8000-000000000000', "
                      "changed = changed + 1")  # past the write guard: a stamp
    desk.conn.execute("DELETE FROM search_index")
    report = check(desk)
    assert not report.ok
    assert any("foreign key" in p for p in report.problems())
    assert any("search index" in p for p in report.problems())


def test_corrupt_file_gives_a_message_not_a_traceback(tmp_path, desk):
    path = desk.path
    desk.close()
    raw_sqlite.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem):
        d = open_desk(path)
        d.conn.execute("SELECT count(*) FROM disputes").fetchone()
