"""What `merge` and `keys trust` are handed that is not a package of someone else's:
folders, named pipes, its own package, a key trusted for another post; and what a
merge leaves behind when it changes nothing (backups, company link times)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from package_tools import forge

from officer_desk.cli import cli
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import backups, records
from officer_desk.services import sync as sync_service
from officer_desk.services.companies import link_companies
from officer_desk.sync import keys
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, package_key, trust_package_key

ROOT = Path(__file__).resolve().parents[2]

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@pytest.fixture
def package(desk, dispute, hq_desk, tmp_path) -> Path:
    """A good US package that HQ trusts."""
    info = build_package(desk, tmp_path / "good.odpkg", plain=True)
    trust_package_key(hq_desk, info.path, "본청 담당")
    return info.path


def _merge_backups(db: Path) -> list[Path]:
    return [b.path for b in backups.list_backups(db) if b.reason == "merge"]


# -- not a file -------------------------------------------------------------------------


def test_a_folder_named_like_a_package_is_a_user_error_not_a_usage_error(
        hq_desk, package, tmp_path):
    folder = tmp_path / "x.odpkg"
    folder.mkdir()
    runner = CliRunner()
    merged = runner.invoke(cli, ["merge", str(hq_desk.path), str(folder)])
    assert merged.exit_code == 1, merged.output
    assert "x.odpkg is a folder, not a package file" in merged.output
    trusted = runner.invoke(cli, ["keys", str(hq_desk.path), "trust", str(folder), "--yes"])
    assert trusted.exit_code == 1, trusted.output
    assert "x.odpkg is a folder, not a package file" in trusted.output
    missing = runner.invoke(cli, ["keys", str(hq_desk.path), "trust",
                                  str(tmp_path / "gone.odpkg"), "--yes"])
    assert missing.exit_code == 1 and "no file" in missing.output, missing.output


def test_the_other_packages_of_the_command_are_still_merged(hq_desk, package, tmp_path):
    folder = tmp_path / "old.odpkg"
    folder.mkdir()
    result = CliRunner().invoke(cli, ["merge", str(hq_desk.path), str(folder), str(package)])
    assert result.exit_code == 1, result.output
    assert "old.odpkg is a folder, not a package file" in result.output
    assert "merged" in result.output
    assert records.get(hq_desk, next(iter(_dispute_ids(hq_desk))))["summary"]


def _dispute_ids(desk) -> list[str]:
    return [r for (r,) in desk.conn.execute("SELECT id FROM disputes")]


def _run_cli(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OFFICER_DESK_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "officer_desk", *args], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=60, check=False,
                          encoding="utf-8")


@needs_fifo
@pytest.mark.parametrize("command", ["merge", "trust"])
def test_a_named_pipe_is_refused_at_once_before_the_database_is_locked(
        hq_desk, tmp_path, home, command):
    """The pipe is refused before the file's lock is asked for: here this test holds
    the lock (hq_desk is open), and the command still answers about the pipe, at once,
    instead of waiting for a writer that never comes."""
    pipe = tmp_path / "pipe.odpkg"
    os.mkfifo(pipe)
    args = (["merge", str(hq_desk.path), str(pipe)] if command == "merge"
            else ["keys", str(hq_desk.path), "trust", str(pipe), "--yes"])
    done = _run_cli(args, home)
    assert done.returncode == 1, done.stderr
    assert "pipe.odpkg is not a regular file (a named pipe)" in done.stderr
    assert "in use" not in done.stderr


@needs_fifo
def test_the_services_never_block_on_a_named_pipe(hq_desk, tmp_path):
    """The window hands paths straight to the services (its desk holds the lock all
    along): a pipe is a refused package, read without blocking."""
    pipe = tmp_path / "pipe.odpkg"
    os.mkfifo(pipe)
    results: dict[str, object] = {}

    def work() -> None:
        results["merge"] = merge_package(hq_desk, pipe)
        try:
            package_key(pipe, hq_desk)
        except OfficerDeskError as e:
            results["key"] = e

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(20)
    if thread.is_alive():  # unblock the stuck open() so the test run can end
        with open(pipe, "wb"):
            pass
        thread.join(5)
        pytest.fail("reading a named pipe blocked")
    report = results["merge"]
    assert report.outcome == "refused" and "not a regular file" in report.reason
    assert "not a regular file" in str(results["key"])


# -- whose key, whose package -----------------------------------------------------------


def test_keys_trust_says_what_merge_will_do_with_a_key_of_another_post(
        desk, hq_desk, package, tmp_path):
    """The US key is trusted at HQ for US. A package it signed that claims to come from
    JP is refused by merge; `keys trust` must say so, not "already trusted"."""
    us_key = keys.private_key(desk.repo.author.installation)
    forged = forge(package, tmp_path / "jp.odpkg", us_key, changes={"post": "JP"})
    runner = CliRunner()
    trusted = runner.invoke(cli, ["keys", str(hq_desk.path), "trust", str(forged), "--yes"])
    assert trusted.exit_code == 1, trusted.output
    assert "already trusted" not in trusted.output
    assert "trusted here for post US only" in trusted.output
    assert "merge refuses packages it signs for JP" in trusted.output
    with pytest.raises(OfficerDeskError, match="trusted here for post US only"):
        trust_package_key(hq_desk, forged, "본청 담당")
    [stored] = keys.list_keys(hq_desk)
    assert stored.post == "US" and stored.status == "trusted"
    merged = runner.invoke(cli, ["merge", str(hq_desk.path), str(forged)])
    assert merged.exit_code == 1 and "trusted here only for post US" in merged.output


def test_a_post_merging_its_own_package_is_told_so(desk, dispute, tmp_path):
    own = build_package(desk, tmp_path / "own.odpkg", plain=True).path
    report = merge_package(desk, own)
    assert report.outcome == "refused"
    assert "this database's own package" in report.reason
    assert "nothing to merge" in report.reason
    assert "trust" not in report.reason
    runner = CliRunner()
    trusted = runner.invoke(cli, ["keys", str(desk.path), "trust", str(own), "--yes"])
    assert trusted.exit_code == 1, trusted.output
    assert "this database's own package" in trusted.output
    assert keys.list_keys(desk) == []
    assert package_key(own, desk).status == "own"


def test_another_installation_of_the_post_is_not_its_own(desk, dispute, tmp_path):
    """Only this installation's packages are "its own": a package signed with another
    key for the same installation is still the impostor warning."""
    own = build_package(desk, tmp_path / "own.odpkg", plain=True).path
    other = forge(own, tmp_path / "other.odpkg", Ed25519PrivateKey.generate(),
                  changes={"installation": "another-installation"})
    report = merge_package(desk, other)
    assert report.outcome == "refused" and "does not trust yet" in report.reason


# -- what a merge that changes nothing leaves behind ------------------------------------


def test_a_merge_that_changes_nothing_takes_no_backup(hq_desk, package, tmp_path):
    first = sync_service.merge(hq_desk, [package])
    assert first[0].outcome == "merged"
    taken = _merge_backups(hq_desk.path)
    assert len(taken) == 1
    again = sync_service.merge(hq_desk, [package])
    assert again[0].outcome == "already merged"
    untrusted = forge(package, tmp_path / "stranger.odpkg", Ed25519PrivateKey.generate(),
                      changes={"installation": "a-stranger"})
    assert sync_service.merge(hq_desk, [untrusted])[0].outcome == "refused"
    assert _merge_backups(hq_desk.path) == taken


def test_merging_again_keeps_the_time_a_company_was_linked(desk, hq_desk, tmp_path,
                                                          monkeypatch):
    records.create(desk, COMPANIES, {"name_ko": "(주)한빛배터리", "brn": "123-45-67891"})
    records.create(desk, COMPANIES, {"name_ko": "한빛배터리 주식회사"})  # linked by name
    first = build_package(desk, tmp_path / "one.odpkg", plain=True).path
    trust_package_key(hq_desk, first, "본청 담당")
    sync_service.merge(hq_desk, [first])
    linked = dict(hq_desk.conn.execute("SELECT company_id, linked_at FROM company_links"))
    assert len(linked) == 2
    records.create(desk, COMPANIES, {"name_ko": "(주)오창소재", "brn": "220-81-62517"})
    second = build_package(desk, tmp_path / "two.odpkg", since_last=True, plain=True).path
    assert sync_service.merge(hq_desk, [second])[0].outcome == "merged"
    assert dict(hq_desk.conn.execute(
        "SELECT company_id, linked_at FROM company_links")) == linked
    records.create(desk, COMPANIES, {"name_ko": "오창소재"})  # one number, one company a post
    third = build_package(desk, tmp_path / "three.odpkg", since_last=True, plain=True).path
    assert sync_service.merge(hq_desk, [third])[0].outcome == "merged"
    now = dict(hq_desk.conn.execute("SELECT company_id, linked_at FROM company_links"))
    assert len(now) == 4
    assert {k: now[k] for k in linked} == linked
    summary = link_companies(hq_desk)
    assert summary.groups == 2 and summary.linked == 4
    assert dict(hq_desk.conn.execute(
        "SELECT company_id, linked_at FROM company_links")) == now
