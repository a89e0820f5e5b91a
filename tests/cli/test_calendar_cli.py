"""``officer-desk calendar`` as an officer runs it (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path

import vobject
from click.testing import CliRunner, Result

from officer_desk.cli import cli


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner(env={"LANG": "en_US.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}
                     ).invoke(cli, list(args), input=input)


def ok(*args: str, input: str | None = None) -> Result:
    result = run(*args, input=input)
    assert result.exit_code == 0, result.output
    return result


def _db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "us.sqlite"
    ok("init", str(path), "--post", "US", "--officer", "김영희")
    cid = "c0000000-0000-4000-8000-000000000001"
    ok("add", str(path), "company", "--json", "-", input=json.dumps(
        {"id": cid, "name_ko": "(주)한빛배터리"}, ensure_ascii=False))
    fid = "f0000000-0000-4000-8000-000000000001"
    ok("add", str(path), "follow_ups", "--json", "-", input=json.dumps(
        {"id": fid, "record_id": cid, "due_on": "2025-07-01", "description": "서류 제출"},
        ensure_ascii=False))
    return path, fid


def test_calendar_writes_the_file_and_says_what_it_holds(tmp_path: Path) -> None:
    db, fid = _db(tmp_path)
    out = tmp_path / "deadlines.ics"
    result = ok("--lang", "ko", "calendar", str(db), "--out", str(out), "--mine")
    assert "일정 1건" in result.output
    event = vobject.readOne(out.read_text(encoding="utf-8")).vevent
    assert event.uid.value == f"{fid}@officer-desk"
    assert event.summary.value == "후속 조치: 서류 제출 ((주)한빛배터리 관련)"
    assert str(event.dtstart.value.date()) == "2025-07-01"
    result = ok("calendar", str(db), "--out", str(out), "--lang", "en", "--days", "0",
                "--today", "2025-06-01")
    assert "wrote 0 event(s)" in result.output


def test_calendar_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    db, _ = _db(tmp_path)
    refused = run("calendar", str(db), "--out", str(tmp_path / "x.ics"), "--posts", "XX")
    assert refused.exit_code == 1 and "unknown post(s) XX" in refused.output
    refused = run("calendar", str(db), "--out", str(db))
    assert refused.exit_code == 1 and "the case log itself" in refused.output
    assert run("calendar", str(db), "--out", str(tmp_path / "x.ics"),
               "--days", "-1").exit_code == 2
    assert not (tmp_path / "x.ics").exists()


def test_an_encrypted_logs_passphrase_is_read_from_standard_input(tmp_path):
    """OFFICER_DESK_PASSPHRASE_STDIN=1: the first line of standard input is the
    passphrase (or the recovery key), as the window hands it to the command."""
    import os
    import subprocess
    import sys

    import icalendar

    from officer_desk.services.desk import init_desk
    from officer_desk.storage import cipher

    path = tmp_path / "secret.sqlite"
    desk = init_desk(path, post="US", passphrase="s3cret 암호")
    key = cipher.recovery_key(desk.conn)
    desk.close()
    cipher.forget_all()
    env = {k: v for k, v in os.environ.items() if k != "OFFICER_DESK_PASSPHRASE"}
    env["OFFICER_DESK_PASSPHRASE_STDIN"] = "1"
    command = [sys.executable, "-m", "officer_desk", "--lang", "ko", "calendar", str(path),
               "--out"]
    for n, given in enumerate(["s3cret 암호\n", f"{key}\r\n"]):
        out = tmp_path / f"deadlines-{n}.ics"
        done = subprocess.run([*command, str(out)], input=given.encode("utf-8"), env=env,
                              capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr.decode("utf-8")
        assert icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT") == []
    # none given: refused, said in Korean, nothing written
    done = subprocess.run([*command, str(tmp_path / "none.ics")], input=b"", env=env,
                          capture_output=True, timeout=120)
    assert done.returncode == 1
    assert "표준 입력에 암호가 없습니다" in done.stderr.decode("utf-8")
    assert not (tmp_path / "none.ics").exists()
