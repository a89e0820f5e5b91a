"""The demo database: made on request, or on first run without arguments."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from officer_desk import config
from officer_desk.cli import cli, default

pytest.importorskip("officer_desk.services.demo")

MARKER = "DEMO DATABASE — not for real cases: "


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def ok(*args: str) -> Result:
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result


def total(db: Path, kind: str, *args: str) -> int:
    return json.loads(ok("list", str(db), kind, "--json", "--limit", "1", *args).stdout)["total"]


def test_demo_creates_an_hq_demo_database(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    out = ok("demo", str(db), "--records", "300", "--seed", "3", "--today", "2025-06-30").stdout
    assert out.startswith(f"creating demo database {db}")
    assert "records/s" in out
    info = json.loads(ok("check", str(db), "--json").stdout)
    assert info["ok"] is True
    assert info["database"]["demo"] is True and info["database"]["role"] == "hq"
    assert total(db, "disputes") > 0
    assert total(db, "companies") > 0
    # A demo database takes more demo data.
    before = total(db, "disputes")
    ok("demo", str(db), "--records", "100", "--seed", "4")
    assert total(db, "disputes") >= before


def test_demo_for_chosen_posts(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    ok("demo", str(db), "--records", "200", "--posts", "us,CN")
    assert total(db, "disputes") > 0
    assert total(db, "disputes", "--post", "JP,EU,GVA") == 0


def test_demo_refuses_a_real_case_log(tmp_path: Path) -> None:
    db = tmp_path / "us.sqlite"
    ok("init", str(db), "--post", "US")
    result = run("demo", str(db), "--records", "50")
    assert result.exit_code == 1
    assert "not a demo database" in result.stderr
    assert total(db, "disputes") == 0
    assert total(db, "companies") == 0


def test_no_arguments_creates_and_opens_the_demo_database(
    monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    monkeypatch.setattr(default, "DEMO_RECORDS", 300)
    monkeypatch.setattr(default, "gui_available", lambda: False)
    path = config.demo_database_path()
    assert path.is_relative_to(home)
    assert not path.exists()
    first = ok()
    assert path.exists()
    assert f"{MARKER}{path}" in first.stdout.splitlines()
    assert "first run: creating the demo database" in first.stderr
    assert "Disputes: " in first.stdout and "Next 30 days" in first.stdout
    assert "Usage: " in first.stdout and "deadlines" in first.stdout
    second = ok()
    assert "first run" not in second.stderr
    assert f"{MARKER}{path}" in second.stdout


def test_the_overview_without_a_window_speaks_one_language(
    monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    """In Korean every line of the overview is Korean (its summary used to be English
    above Korean tables); in English no Hangul appears outside the records' own text."""
    monkeypatch.setattr(default, "DEMO_RECORDS", 300)
    monkeypatch.setattr(default, "gui_available", lambda: False)
    korean = ok("--lang", "ko")
    assert "처음 실행: 데모 데이터베이스를 만듭니다" in korean.stderr
    out = korean.stdout.split("Usage: ")[0]
    for english in ("DEMO DATABASE", "Disputes:", "Overdue", "Next 30 days", "No window",
                    "open,", "overdue", "within"):
        assert english not in out, english
    assert "데모 데이터베이스 — 실제 사건용이 아닙니다" in out
    assert "분쟁: 진행 중" in out and "30일 이내(" in out
    english = ok("--lang", "en").stdout.split("Usage: ")[0]
    assert "Disputes: " in english and "Next 30 days (" in english
    assert "분쟁:" not in english and "30일 이내(" not in english


def test_no_arguments_opens_the_database_named_in_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(default, "gui_available", lambda: False)
    db = tmp_path / "us.sqlite"
    ok("init", str(db), "--post", "US")
    (config.config_dir() / "settings.json").write_text(
        json.dumps({"database": str(db)}), encoding="utf-8")
    out = ok().stdout
    assert f"database: {db} (post US)" in out
    assert "DEMO" not in out
    assert not config.demo_database_path().exists()


def test_settings_naming_a_missing_file_fall_back_to_the_demo(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(default, "DEMO_RECORDS", 100)
    monkeypatch.setattr(default, "gui_available", lambda: False)
    (config.config_dir() / "settings.json").write_text(
        json.dumps({"database": str(tmp_path / "gone.sqlite")}), encoding="utf-8")
    result = ok()
    assert "does not exist; opening the demo database" in result.stderr
    assert MARKER in result.stdout


def test_no_arguments_hands_over_to_the_window_when_there_is_one(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(default, "DEMO_RECORDS", 100)
    opened: list[Path] = []

    def run(path: Path, actor: str | None = None, lang: str | None = None) -> int:
        opened.append(path)
        return 0

    fake = types.ModuleType("officer_desk.gui.app")
    fake.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "officer_desk.gui.app", fake)
    monkeypatch.setattr(default, "gui_available", lambda: True)
    result = ok()
    # no database chosen yet: the window's first-start dialog asks (None), no demo made
    assert opened == [None]
    assert not config.demo_database_path().exists()
    assert "Usage:" not in result.stdout


def test_the_window_opens_the_database_named_in_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[Path | None] = []
    fake = types.ModuleType("officer_desk.gui.app")
    fake.run = lambda path, actor=None, lang=None: opened.append(path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "officer_desk.gui.app", fake)
    monkeypatch.setattr(default, "gui_available", lambda: True)
    db = tmp_path / "us.sqlite"
    ok("init", str(db), "--post", "US")
    (config.config_dir() / "settings.json").write_text(
        json.dumps({"database": str(db)}), encoding="utf-8")
    ok()
    assert opened == [db]


def test_a_database_gone_from_its_place_opens_the_welcome_screen_not_the_demo(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[Path | None] = []
    fake = types.ModuleType("officer_desk.gui.app")
    fake.run = lambda path, actor=None, lang=None: opened.append(path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "officer_desk.gui.app", fake)
    monkeypatch.setattr(default, "gui_available", lambda: True)
    (config.config_dir() / "settings.json").write_text(
        json.dumps({"database": str(tmp_path / "moved.sqlite")}), encoding="utf-8")
    ok()
    ok("gui")
    # the window's welcome screen says the file is gone (no silent switch to the demo)
    assert opened == [None, None]
    assert not config.demo_database_path().exists()



@pytest.mark.parametrize(("env", "expected"), [
    ({"OFFICER_DESK_NO_WINDOW": "1", "DISPLAY": ":0"}, False),
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
])
def test_no_window_without_a_screen_or_when_asked(monkeypatch: pytest.MonkeyPatch, env,
                                                 expected) -> None:
    for name in ("OFFICER_DESK_NO_WINDOW", "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert default.gui_available() is expected
