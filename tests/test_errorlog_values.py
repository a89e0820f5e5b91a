"""The error log holds no field values (issue 15).

Distinctive values are planted in an encrypted case log's records, in a package and in
a sheet being imported; then errors are provoked on every path that could carry them
into ``officer-desk.log``: a save that fails (refused, and a bug in the middle of it),
an import whose rows fail (refused, and a bug reading a cell), a merge refused (a
damaged package, and an SQLite error naming a value), and a Python exception in a
service reached from the command line and from the window. Each bug must reach the log
(its type and where it happened), and the log's bytes must hold none of the values:
not in the messages, not in the command line.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from officer_desk.cli import cli
from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.errorlog import command_line, log_path, redacted_traceback
from officer_desk.services import records
from officer_desk.services.desk import init_desk
from officer_desk.sync.package import build_package, trust_package_key

PASSPHRASE = "오류 기록 passphrase"
COMPANY = "기밀상사-X9Q7"
TITLE = "PLANTED-소송전략-4471"
SUMMARY = "합의금 상한 PLANTED-88317"
AMOUNT = 987654321987
PLANTED = (COMPANY, TITLE, SUMMARY, str(AMOUNT), "X9Q7", "4471", "88317")


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """An encrypted US log holding the planted values, and HQ's (encrypted too)."""
    monkeypatch.setenv("OFFICER_DESK_PASSPHRASE", PASSPHRASE)
    us = init_desk(tmp_path / "us.sqlite", post="US", officer="김영희", passphrase=PASSPHRASE)
    hq = init_desk(tmp_path / "hq.sqlite", hq=True, passphrase=PASSPHRASE)
    try:
        company, _ = records.create(us, COMPANIES, {"name_ko": COMPANY})
        records.create(us, DISPUTES, {
            "title_ko": TITLE, "summary": SUMMARY, "claimed_amount": AMOUNT,
            "currency": "USD", "company_id": company.id, "ip_type": "patent",
            "dispute_kind": "infringement_suit", "opened_on": dt.date(2025, 1, 2)})
        package = build_package(us, tmp_path / "us-1.odpkg", plain=True).path
        trust_package_key(hq, package, "본청")
    finally:
        us.close()
        hq.close()
    return {"us": us.path, "hq": hq.path, "package": package}


def run(monkeypatch: pytest.MonkeyPatch, *args: str):
    """The command as a person types it (``sys.argv`` too: the log writes it)."""
    monkeypatch.setattr(sys, "argv", ["officer-desk", *args])
    return CliRunner().invoke(cli, list(args))


def assert_clean() -> bytes:
    """The log's bytes hold none of the planted values (an absent log holds none)."""
    data = log_path().read_bytes() if log_path().exists() else b""
    for value in PLANTED:
        assert value.encode("utf-8") not in data, value
    return data


def test_a_failed_save_leaves_no_value_in_the_log(logs, tmp_path, monkeypatch):
    given = tmp_path / f"{COMPANY}.json"
    given.write_text(json.dumps({"name_ko": TITLE, "size": SUMMARY}, ensure_ascii=False),
                     encoding="utf-8")
    refused = run(monkeypatch, "add", str(logs["us"]), "companies", "--json", str(given))
    assert refused.exit_code == 1, refused.output  # the person's problem: not logged
    assert_clean()

    def broken(kind, shown):  # a bug of ours that formats the record it was given
        raise ValueError(f"cannot digest {shown!r}")

    monkeypatch.setattr("officer_desk.storage.history_digest.created", broken)
    given.write_text(json.dumps({"name_ko": TITLE}, ensure_ascii=False), encoding="utf-8")
    result = run(monkeypatch, "add", str(logs["us"]), "companies", "--json", str(given))
    assert result.exit_code == 70, result.output
    logged = assert_clean().decode("utf-8")
    assert "ValueError" in logged and "in broken" in logged
    assert "command: officer-desk add … … --json …" in logged


def test_a_failed_import_row_leaves_no_value_in_the_log(logs, tmp_path, monkeypatch):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("회사명,사업자등록번호,비고\n"
                     f"{COMPANY},{SUMMARY},{TITLE}\n", encoding="utf-8")
    refused = run(monkeypatch, "import", str(logs["us"]), str(sheet), "--kind", "companies")
    assert refused.exit_code == 1, refused.output
    assert_clean()

    def broken(value):  # a bug reading a cell: Python names the value in its message
        return int(value)

    monkeypatch.setattr("officer_desk.importing.values.as_text", broken)
    result = run(monkeypatch, "import", str(logs["us"]), str(sheet), "--kind", "companies")
    assert result.exit_code == 70, result.output
    logged = assert_clean().decode("utf-8")
    assert "ValueError" in logged and "in broken" in logged


def test_a_refused_merge_leaves_no_value_in_the_log(logs, tmp_path, monkeypatch):
    damaged = tmp_path / "damaged.odpkg"
    data = bytearray(logs["package"].read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    result = run(monkeypatch, "merge", str(logs["hq"]), str(damaged))
    assert result.exit_code != 0
    assert_clean()

    def broken(field, value):  # SQLite naming a value in its message
        if value in (TITLE, SUMMARY, COMPANY):
            raise sqlite3.OperationalError(f'fts5: syntax error near "{value}"')
        return value

    monkeypatch.setattr("officer_desk.sync.merge_writer.to_sql", broken)
    result = run(monkeypatch, "merge", str(logs["hq"]), str(logs["package"]))
    assert result.exit_code != 0
    assert any(v in result.output for v in (TITLE, SUMMARY, COMPANY))  # said, on screen
    logged = assert_clean().decode("utf-8")
    assert 'sqlite3.OperationalError: fts5: syntax error near "…"' in logged


def test_a_service_exception_in_the_window_leaves_no_value_in_the_log(logs, qtbot):
    from officer_desk.gui import crash
    from officer_desk.services import search
    from officer_desk.services.desk import open_desk

    desk = open_desk(logs["us"], passphrase=PASSPHRASE)
    try:
        def broken(*args, **kwargs):
            values = {r.id: r.values for r in desk.repo.rows(DISPUTES, "")}
            raise KeyError(json.dumps(values, default=str, ensure_ascii=False))

        try:
            try:
                broken()
            except KeyError as inner:
                raise RuntimeError(f"search for {TITLE!r} failed") from inner
        except RuntimeError as e:
            box = crash.show_crash(e)
        qtbot.addWidget(box)
        assert TITLE in box.detailedText()  # the person sees it, on screen only
        box.close()
    finally:
        desk.close()
    logged = assert_clean().decode("utf-8")
    assert "KeyError" in logged and "RuntimeError" in logged and "in broken" in logged
    assert "direct cause" in logged
    assert search  # imported as the window does


def test_the_redaction_keeps_what_is_not_a_value():
    try:
        open(Path("/nonexistent") / TITLE)  # noqa: SIM115 - an OSError naming a file
    except OSError as e:
        text = redacted_traceback(e)
    assert "FileNotFoundError: [Errno 2] No such file or directory" in text
    assert TITLE not in text
    assert command_line(["/usr/bin/officer-desk", "search", "us.sqlite", TITLE,
                         "--kind=disputes", "--lang", "ko"]) == \
        "officer-desk search … … --kind=… --lang …"
