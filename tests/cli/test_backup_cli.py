"""``officer-desk backup``, ``backups`` and ``restore``; and a file in use elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from officer_desk.cli import cli
from officer_desk.services import desk as desk_module
from officer_desk.storage.connection import backup_dir_for

COMPANY = {"name_ko": "(주)한빛배터리", "name_en": "Hanbit Battery", "size": "sme"}


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def us_db(tmp_path: Path) -> Path:
    path = tmp_path / "us.sqlite"
    assert run("init", str(path), "--post", "US", "--officer", "김영희").exit_code == 0
    assert run("add", str(path), "company", "--json", "-",
               input=json.dumps(COMPANY)).exit_code == 0
    return path


def _companies(path: Path) -> int:
    result = run("list", str(path), "companies", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["total"]


def test_backup_list_and_restore(us_db: Path, tmp_path: Path) -> None:
    made = run("backup", str(us_db))
    assert made.exit_code == 0, made.output
    [backup] = list(backup_dir_for(us_db).glob("*-manual.sqlite.gz"))
    assert f"backed up {us_db} to {backup}" in made.stdout
    other = {**COMPANY, "name_ko": "두번째", "name_en": "Second"}
    assert run("add", str(us_db), "company", "--json", "-",
               input=json.dumps(other)).exit_code == 0
    assert _companies(us_db) == 2

    listed = run("backups", str(us_db))
    assert listed.exit_code == 0
    assert "manual" in listed.stdout and "companies 1" in listed.stdout
    # the add made a start backup (of the file as it was when the command began)
    assert "2 backups in" in listed.stdout and "start" in listed.stdout
    as_json = json.loads(run("backups", str(us_db), "--json").stdout)
    manual = [b for b in as_json if b["reason"] == "manual"]
    assert manual[0]["counts"]["companies"] == 1

    restored = run("restore", str(us_db), str(backup), "--yes")
    assert restored.exit_code == 0, restored.output
    # user check (s26): what the file holds now, and that changes since the backup
    # leave it, is said before it is replaced (the question said only "backed up first")
    said = restored.stdout
    assert f"{us_db} now holds companies 2: every change made since the backup leaves" in said
    assert said.index("now holds") < said.index("restored ")
    # s27: how many records the backup lacks (counted by id), and where they stay
    assert (f"1 records of {us_db} are not in the backup and 0 changed since it" in said)
    assert f"before-restore backup, in {us_db.parent / 'us-backups'})" in said
    assert f"restored {us_db} from {backup}" in restored.stdout
    assert "the file as it was is kept in" in restored.stdout
    assert _companies(us_db) == 1
    reasons = sorted(b["reason"] for b in json.loads(run("backups", str(us_db),
                                                         "--json").stdout))
    assert reasons == ["before-restore", "manual", "start"]


def test_backup_to_another_folder(tmp_path: Path) -> None:
    path = tmp_path / "us.sqlite"
    assert run("init", str(path), "--post", "US").exit_code == 0
    result = run("backup", str(path), "--to", str(tmp_path / "usb"))
    assert result.exit_code == 0
    assert len(list((tmp_path / "usb").glob("us-*-manual.sqlite.gz"))) == 1
    assert "no backups of" in run("backups", str(path)).stdout


def test_commands_back_up_at_start_at_most_once_an_hour(us_db: Path) -> None:
    """``us_db`` was set up (init) and a company added: the add backed up the file."""
    def starts() -> list[Path]:
        return sorted(backup_dir_for(us_db).glob("*-start.sqlite.gz"))

    [first] = starts()
    for name in ("둘", "셋"):
        assert run("add", str(us_db), "company", "--json", "-",
                   input=json.dumps({**COMPANY, "name_ko": name, "name_en": name})
                   ).exit_code == 0
    assert starts() == [first]


def test_restore_without_yes_and_without_a_terminal_changes_nothing(us_db: Path) -> None:
    backup = Path(run("backup", str(us_db)).stdout.split(" to ")[1].rsplit(" (", 1)[0])
    before = us_db.read_bytes()
    files = sorted(backup_dir_for(us_db).iterdir())
    declined = run("restore", str(us_db), str(backup), input="y\n")
    assert declined.exit_code == 1
    assert "confirm with --yes (no terminal to ask on)" in declined.stderr
    assert us_db.read_bytes() == before
    assert sorted(backup_dir_for(us_db).iterdir()) == files


def test_restore_refuses_a_file_that_is_not_a_backup(us_db: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database", encoding="utf-8")
    before = us_db.read_bytes()
    result = run("restore", str(us_db), str(junk), "--yes")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "not an Officer Desk backup" in result.stderr
    assert "Traceback" not in result.output
    assert us_db.read_bytes() == before


def test_a_database_open_in_another_program_is_refused_with_who_has_it(
        us_db: Path, monkeypatch) -> None:
    monkeypatch.setattr(desk_module, "LOCK_WAIT_SECONDS", 0.2)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys\nfrom officer_desk.services.desk import open_desk\n"
         "d = open_desk(sys.argv[1])\nprint('holding', flush=True)\nsys.stdin.read()\n",
         str(us_db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        added = run("add", str(us_db), "company", "--json", "-",
                    input=json.dumps({**COMPANY, "name_ko": "셋째", "name_en": "Third"}))
        assert added.exit_code == 1
        assert f"(pid {holder.pid})" in added.stderr and "in use by" in added.stderr
        listed = run("backup", str(us_db))  # a backup only reads: it works meanwhile
        assert listed.exit_code == 0, listed.output
        backup = next(backup_dir_for(us_db).glob("*-manual.sqlite.gz"))
        refused = run("restore", str(us_db), str(backup), "--yes")
        assert refused.exit_code == 1 and "in use by" in refused.stderr
        # commands that only read go on, read-only
        for args in (("list", str(us_db), "companies"), ("search", str(us_db), "Third"),
                     ("dashboard", str(us_db)), ("check", str(us_db))):
            read = run(*args)
            assert read.exit_code == 0, (args, read.output)
        assert "셋째" not in run("list", str(us_db), "companies").stdout
        assert run("check", str(us_db), "--repair").exit_code == 1
    finally:
        holder.communicate(timeout=30)


def test_restore_decompresses_the_backup_once(us_db: Path, monkeypatch) -> None:
    """The summary before the question and the restore read one decompressed copy (s28)."""
    from officer_desk.storage import backup_file

    assert run("backup", str(us_db)).exit_code == 0
    [backup] = list(backup_dir_for(us_db).glob("*-manual.sqlite.gz"))
    calls: list[Path] = []
    real = backup_file.decompress

    def counted(stored: Path, dest: Path, *, limit: int) -> tuple[int, str]:
        calls.append(stored)
        return real(stored, dest, limit=limit)

    monkeypatch.setattr(backup_file, "decompress", counted)
    restored = run("restore", str(us_db), str(backup), "--yes")
    assert restored.exit_code == 0, restored.output
    assert calls == [backup]
    assert list(backup.parent.glob(".*.unpack-*")) == []


def test_restore_refuses_the_case_log_itself_before_saying_anything_of_it(us_db: Path):
    before = us_db.read_bytes()
    refused = run("restore", str(us_db), str(us_db), "--yes")
    assert refused.exit_code == 1
    assert refused.stderr.startswith(f"error: {us_db} is the case log itself")
    assert refused.stdout == ""  # no summary of a "backup" that is not one
    assert us_db.read_bytes() == before
