"""The user's settings file: defaults, round trip, a damaged file."""

from __future__ import annotations

import json

import pytest

from officer_desk import config, settings


def test_defaults_without_a_file():
    s = settings.load()
    assert (s.database, s.language, s.korean_font) == ("", "", "")
    assert s.problem is None and s.database_path() is None


def test_every_setting_is_declared_with_a_description():
    assert [s.name for s in settings.SETTINGS] == [
        "database", "language", "korean_font", "backups_to_keep", "recent_databases"]
    assert all(s.description and isinstance(s.default, s.type) for s in settings.SETTINGS)


@pytest.mark.parametrize("value", [-1, True, "5", 2.5])
def test_backups_to_keep_must_be_a_whole_number(value):
    settings.settings_path().write_text(
        json.dumps({"backups_to_keep": value}), encoding="utf-8")
    loaded = settings.load()
    assert loaded.backups_to_keep == 10
    assert "backups_to_keep should be a whole number" in str(loaded.problem)
    assert "backups_to_keep은(는) 0 이상의 정수여야" in loaded.problem.message("ko")


def test_round_trip(tmp_path):
    db = tmp_path / "us.sqlite"
    path = settings.save(settings.Settings(database=str(db), language="en",
                                           korean_font="fonts/x.ttf"))
    assert path == config.config_dir() / "settings.json"
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "en"
    loaded = settings.load()
    assert loaded == settings.Settings(database=str(db), language="en",
                                       korean_font="fonts/x.ttf")
    assert loaded.database_path() == db
    assert not list(config.config_dir().glob("*.tmp"))


def test_update_keeps_other_settings_and_unknown_keys():
    settings.settings_path().write_text(
        json.dumps({"database": "a.sqlite", "future": 1}), encoding="utf-8")
    settings.update(language="ko")
    data = json.loads(settings.settings_path().read_text(encoding="utf-8"))
    assert data == {"database": "a.sqlite", "future": 1, "language": "ko", "korean_font": "",
                    "backups_to_keep": 10, "recent_databases": []}
    with pytest.raises(KeyError):
        settings.update(colour="red")


def test_a_bad_value_is_refused_on_save():
    with pytest.raises(ValueError, match="language"):
        settings.save(settings.Settings(language="fr"))


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", "\xff\xfe"])
def test_a_damaged_file_gives_defaults_and_a_message(text):
    settings.settings_path().write_bytes(text.encode("latin-1"))
    s = settings.load()
    assert (s.database, s.language, s.korean_font) == ("", "", "")
    assert s.problem and "settings" in str(s.problem) and "default" in str(s.problem)
    assert "기본 설정을 씁니다" in s.problem.message("ko")


def test_a_wrong_value_falls_back_to_its_default_only():
    settings.settings_path().write_text(
        json.dumps({"database": "db.sqlite", "language": "fr", "korean_font": 3}),
        encoding="utf-8")
    s = settings.load()
    assert s.database == "db.sqlite" and s.language == "" and s.korean_font == ""
    assert "language" in str(s.problem) and "korean_font" in str(s.problem)
    korean = s.problem.message("ko")
    assert "language은(는) " in korean and "korean_font은(는) 글자여야" in korean
    assert "should" not in korean


def test_opened_files_are_remembered_latest_first_each_once(tmp_path):
    files = [tmp_path / f"{n}.sqlite" for n in range(14)]
    for f in files:
        settings.remember_opened(f)
    settings.remember_opened(files[5])
    s = settings.load()
    assert s.database == str(files[5])
    assert s.recent_databases[:3] == [str(files[5]), str(files[13]), str(files[12])]
    assert len(s.recent_databases) == settings.RECENT_KEPT
    assert len(set(s.recent_databases)) == settings.RECENT_KEPT
    settings.forget_recent(files[13])
    assert str(files[13]) not in settings.load().recent_databases
    assert settings.forget_recent().recent_databases == []


def test_opening_the_file_opened_last_writes_nothing(tmp_path):
    """The window's every start opens the file it opened last: the settings already say
    so, and the file is left as it is (not rewritten before the window paints)."""
    first, second = tmp_path / "us.sqlite", tmp_path / "jp.sqlite"
    settings.remember_opened(first)
    path = settings.settings_path()
    before = path.stat()
    assert settings.remember_opened(first).database == str(first)
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert path.stat().st_ino == before.st_ino
    settings.remember_opened(second, as_default=False)  # in the recent files, not the default
    s = settings.load()
    assert s.database == str(first) and s.recent_databases == [str(second), str(first)]
    settings.remember_opened(second)
    assert settings.load().database == str(second)


@pytest.mark.parametrize("value", ["a.sqlite", [1, 2], {"a": 1}, [None]])
def test_recent_files_must_be_a_list_of_file_names(value):
    settings.settings_path().write_text(
        json.dumps({"recent_databases": value, "language": "en"}), encoding="utf-8")
    loaded = settings.load()
    assert loaded.recent_databases == [] and loaded.language == "en"
    assert "recent_databases should be a list of file names" in str(loaded.problem)


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["fields", "disputes"]])
def test_a_command_that_only_reads_makes_no_settings_folder(tmp_path, monkeypatch, args):
    from click.testing import CliRunner

    from officer_desk.cli.app import cli

    home = tmp_path / "home"
    monkeypatch.setenv("OFFICER_DESK_HOME", str(home))
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert not home.exists(), sorted(p.name for p in home.rglob("*"))
    assert settings.load() == settings.Settings()
    assert not home.exists()


def test_a_damaged_file_is_kept_when_the_settings_are_next_saved():
    """Opening a case log saves the settings (the file opened last): a file that could
    not be read was overwritten with the defaults, losing what the person had."""
    path = settings.settings_path()
    path.write_text('{"database": "C:/cases/us.sqlite", "language": "ko",', encoding="utf-8")
    assert settings.load().problem is not None
    settings.remember_opened("elsewhere.sqlite")
    kept = path.with_name(path.name + settings.DAMAGED_SUFFIX)
    assert kept.read_text(encoding="utf-8").startswith('{"database": "C:/cases/us.sqlite"')
    assert settings.load().problem is None
    settings.remember_opened("third.sqlite")  # a readable file is not moved aside again
    assert kept.read_text(encoding="utf-8").startswith('{"database": "C:/cases/us.sqlite"')


def test_a_command_says_in_its_language_that_the_settings_file_is_damaged():
    from click.testing import CliRunner

    from officer_desk.cli.app import cli

    settings.settings_path().write_text('{"backups_to_keep": -3}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--lang", "ko", "fields", "disputes"])
    assert result.exit_code == 0, result.output
    assert "backups_to_keep은(는) 0 이상의 정수여야" in result.stderr
    assert "should" not in result.stderr
    assert "disputes" in result.stdout and "설정 파일" not in result.stdout


def test_saving_other_settings_keeps_a_wrong_value_as_the_person_wrote_it(tmp_path):
    """A wrong value is said and the default used; opening a file (which saves the
    recent files) used to write the default over what the person had written."""
    path = settings.settings_path()
    path.write_text(json.dumps({"language": "fr", "backups_to_keep": -3,
                                "korean_font": "C:/fonts/gulim.ttc"}), encoding="utf-8")
    assert settings.load().language == ""
    after = settings.remember_opened(tmp_path / "us.sqlite")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["language"] == "fr" and saved["backups_to_keep"] == -3
    assert saved["korean_font"] == "C:/fonts/gulim.ttc"
    assert saved["database"] == str((tmp_path / "us.sqlite").resolve())
    assert after.problem is not None and "'fr'" in str(after.problem)  # still said
    fixed = settings.update(language="")  # chosen (the system's, the default): replaced
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == ""
    assert "'fr'" not in str(fixed.problem) and "-3" in str(fixed.problem)
