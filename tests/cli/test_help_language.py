"""The help and click's usage errors speak the command line's language (issue 13):
``--lang ko`` (else the settings' language, else the locale) gives Korean help for the
group, every command and every option, click's own words included, and Korean usage
errors with click's exit status 2; English stays click's English. Option names,
metavars, command names and the examples' command lines stay as they are typed."""

from __future__ import annotations

import importlib.util
import inspect
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from officer_desk import settings
from officer_desk.cli import cli
from officer_desk.cli.app import COMMAND_MODULES
from officer_desk.cli.output import width
from officer_desk.domain.kinds import ALIASES, KINDS
from officer_desk.domain.messages import CATALOGUE

HERE = Path(__file__).resolve().parent
HANGUL = re.compile(r"[\uac00-\ud7a3]")
ENGLISH = {"LANG": "en_US.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}
KOREAN = {"LANG": "ko_KR.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}


def _korean_text_checker():
    """The window's test of "a Latin-only sentence" (tests/gui/korean_text.py)."""
    spec = importlib.util.spec_from_file_location("korean_text",
                                                  HERE.parent / "gui" / "korean_text.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.latin_sentences


latin_sentences = _korean_text_checker()


def _commands() -> list[tuple[str, ...]]:
    ctx = click.Context(cli)
    found: list[tuple[str, ...]] = [()]

    def walk(group: click.Group, path: tuple[str, ...]) -> None:
        for name in group.list_commands(ctx):  # imports every command
            command = group.get_command(ctx, name)
            found.append((*path, name))
            if isinstance(command, click.Group):
                walk(command, (*path, name))

    walk(cli, ())
    return found


COMMANDS = _commands()


def _command(path: tuple[str, ...]) -> click.Command:
    command: click.Command = cli
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    return command


def _choices() -> set[str]:
    values: set[str] = set()
    for path in COMMANDS:
        for param in _command(path).params:
            if isinstance(param.type, click.Choice):
                values.update(map(str, param.type.choices))
            if param.metavar:
                values.update(re.split(r"[,|\s]+", param.metavar))
    return values


#: Words typed as they are: the program's and commands' names, record kinds, choices
#: and metavars.
CODE_WORDS = ({"officer-desk", "echo", "all"} | {name for path in COMMANDS for name in path}
              | {k.name for k in KINDS} | set(ALIASES) | _choices())
_CODE_WORD = re.compile(r"^[-\[|]|[=_|/.*~]")


def typed_words_only(sentence: str) -> bool:
    """Whether every Latin word of ``sentence`` is something typed (an option, a
    metavar, a command, a kind, a choice, a file, ``FIELD=VALUE``)."""
    for word in re.split(r"[\s,]+", sentence):
        word = word.strip("()[]{}'\"«»“”‘’,.:;!?…—–*")
        if not re.search(r"[A-Za-z]{2,}", word):
            continue
        if word in CODE_WORDS or _CODE_WORD.search(word) or word.isupper():
            continue
        return False
    return True


def prose_sentences(text: str) -> list[str]:
    """The Latin-only sentences of ``text`` that are not commands as typed."""
    return [s for s in latin_sentences(text) if not typed_words_only(s)]


def without_examples(text: str) -> str:
    """``text`` without its example blocks (command lines, typed as they are)."""
    kept, in_example = [], 0
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        if in_example and (indent > in_example - 1 and line.strip()):
            continue
        in_example = 0
        if line.strip() in ("Example:", "Examples:", "예:"):
            in_example = indent + 1
            continue
        kept.append(line)
    return "\n".join(kept)


def typed(path: tuple[str, ...]) -> list[str]:
    """The command line asking for ``path``'s help: a group that takes the database
    before its commands (``keys DB show``) is given one."""
    args: list[str] = []
    for n, name in enumerate(path):
        args.append(name)
        if n < len(path) - 1 and any(p.name == "db" for p in _command(path[:n + 1]).params):
            args.append("a.sqlite")
    return args


def run(*args: str, env: dict | None = None, wide: bool = False) -> Result:
    """The command line in a real group run; ``wide``: a help whose paragraphs are
    not wrapped (one sentence is not cut over two lines)."""
    extra = {"terminal_width": 10_000, "max_content_width": 10_000} if wide else {}
    return CliRunner(env=env or ENGLISH).invoke(cli, list(args), prog_name="officer-desk",
                                                **extra)


# -- help -----------------------------------------------------------------------------

@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "officer-desk")
def test_korean_help_has_no_latin_only_sentence(path: tuple[str, ...]) -> None:
    result = run("--lang", "ko", *typed(path), "--help", wide=True)
    assert result.exit_code == 0, result.output
    text = result.output
    assert text.startswith("사용법: officer-desk")
    assert "\n옵션:\n" in text and "이 도움말을 보여 주고 끝냅니다." in text
    for english in ("Usage:", "Options:", "Commands:", "Show this message", "[default:",
                    "[required]"):
        assert english not in text, english
    assert prose_sentences(without_examples(text)) == []
    # option names and metavars as typed
    for param in _command(path).params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.opts[0] in text
    if isinstance(_command(path), click.Group):
        assert "\n명령:\n" in text
        for name in _command(path).list_commands(click.Context(cli)):
            assert f"\n  {name} " in text


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "officer-desk")
def test_english_help_is_clicks_english_with_no_korean_added(path: tuple[str, ...]) -> None:
    english = run("--lang", "en", *typed(path), "--help")
    assert english.exit_code == 0, english.output
    assert english.output.startswith("Usage: officer-desk")
    assert "Options:" in english.output and "Show this message and exit." in english.output
    # what Korean the English help has is in the English source (examples, data)
    command = _command(path)
    source = " ".join([command.help or "", command.epilog or "",
                       *(getattr(p, "help", None) or "" for p in command.params)])
    shown = set(re.findall(r"\S*[\uac00-\ud7a3]\S*", english.output))
    assert {w for w in shown if w not in source} == set()
    # an English locale without --lang is the same help
    assert run(*typed(path), "--help").output == english.output


def test_the_help_follows_the_settings_and_then_the_locale() -> None:
    assert run("list", "--help", env=KOREAN).output.startswith("사용법: ")
    assert run("list", "--help", env=ENGLISH).output.startswith("Usage: ")
    settings.update(language="ko")
    assert run("list", "--help", env=ENGLISH).output.startswith("사용법: ")
    assert run("--lang", "en", "list", "--help", env=KOREAN).output.startswith("Usage: ")
    assert run("--actor", "김영희", "--lang=ko", "keys", "a.sqlite", "show", "--help",
               env=ENGLISH).output.startswith("사용법: officer-desk keys DB show")


def test_korean_help_is_wrapped_by_the_columns_hangul_takes() -> None:
    result = run("--lang", "ko", "import", "--help")  # 80 columns, the runner's
    assert result.exit_code == 0
    lines = without_examples(result.output).splitlines()
    assert max(width(line) for line in lines) <= 80
    assert len(lines) > 20
    for name in ("import", "brief", "deadlines"):
        shown = run("--lang", "ko", name, "--help").output.splitlines()
        assert [line for line in shown if line != line.rstrip()] == [], name


def test_every_help_text_has_its_korean_and_it_translates_the_text_in_the_source() -> None:
    """The catalogue's English of each help is the command's English: a text changed
    in the source without its Korean is listed here (and shown in English)."""
    stale = []

    def check(key: str, english: str | None) -> None:
        if not english:
            return
        entry = CATALOGUE.get(key)
        if entry is None or inspect.cleandoc(entry[0].format()) != inspect.cleandoc(english):
            stale.append(key)

    for path in COMMANDS:
        command = _command(path)
        dotted = "".join(f".{p.replace('-', '_')}" for p in path)
        check(f"help.cmd{dotted}", command.help)
        check(f"help.short{dotted}", command.short_help)
        check(f"help.epilog{dotted}", command.epilog)
        for param in command.params:
            if isinstance(param, click.Option) and param.help:
                own = f"help.opt{dotted}.{param.name}"
                shared = f"help.opt.any.{param.name}"
                key = own if own in CATALOGUE else shared
                check(key, param.help)
        if path:
            assert f"help.short{dotted}" in CATALOGUE, path
    assert stale == []


def test_the_group_help_imports_no_command_module(tmp_path: Path) -> None:
    """``officer-desk --help`` lists every command from the catalogue: it imports none
    of the commands' modules (the command line's start stays light)."""
    probe = ("import atexit, json, sys\n"
             "atexit.register(lambda: print(json.dumps(sorted(sys.modules))))\n"
             "import officer_desk.cli as c\n"
             "c.main(sys.argv[1:])")
    env = dict(os.environ, OFFICER_DESK_HOME=str(tmp_path), LANG="ko_KR.UTF-8")
    for lang in ("ko", "en"):
        done = subprocess.run([sys.executable, "-c", probe, "--lang", lang, "--help"],
                              env=env, capture_output=True, text=True, timeout=120,
                              encoding="utf-8")
        assert done.returncode == 0, done.stderr
        modules = json.loads(done.stdout.strip().splitlines()[-1])
        loaded = [m for m in set(COMMAND_MODULES.values()) if f"officer_desk.cli.{m}" in modules]
        assert loaded == []
        assert "recovery-key" in done.stdout


# -- usage errors ----------------------------------------------------------------------

USAGE_ERRORS = [
    (["lisst"], "'lisst' 명령은 없습니다. (비슷한 이름: list)"),
    (["list"], "'DB' 인자를 입력하십시오."),
    (["list", "a.sqlite"], "'KIND' 인자를 입력하십시오."),
    (["list", "a.sqlite", "disputes", "--nope"], "'--nope' 옵션은 없습니다."),
    (["list", "a.sqlite", "disputes", "--limit", "x"],
     "'--limit'의 값이 올바르지 않습니다: 'x'은(는) 정수가 아닙니다."),
    (["list", "a.sqlite", "disputes", "--limit", "-1"],
     "'--limit'의 값이 올바르지 않습니다: -1은(는) 허용 범위(x>=0)를 벗어납니다."),
    (["list", "a.sqlite", "disputes", "--lang", "fr"],
     "'--lang'의 값이 올바르지 않습니다: 'fr'은(는) 쓸 수 없는 값입니다(가능한 값: 'ko', 'en')."),
    (["list", "a.sqlite", "dispute", "extra"], "필요 없는 인자가 더 있습니다(extra)."),
    (["list", "a.sqlite", "dispute", "--where"], "'--where' 옵션 뒤에 값을 입력하십시오."),
    (["list", "a.sqlite", "dispute", "--deleted=yes"], "'--deleted' 옵션은 값을 받지 않습니다."),
    (["list", "a.sqlite", "nokind"],
     "'KIND'의 값이 올바르지 않습니다: 알 수 없는 기록 종류 'nokind'"),
    (["brief", "a.sqlite"], "'--out' 옵션을 지정하십시오."),
    (["conflicts", "a.sqlite", "resolve", "3f2c9a1e"],
     "'--keep' 옵션을 지정하십시오. 가능한 값: ours, theirs, edited."),
    (["init", "x.sqlite", "--post", "US", "--hq"], "--post CODE와 --hq 중 하나만 지정하십시오"),
]


@pytest.mark.parametrize(("args", "said"), USAGE_ERRORS, ids=lambda a: " ".join(a)
                         if isinstance(a, list) else None)
def test_usage_errors_in_korean_with_status_2(args: list[str], said: str,
                                               tmp_path: Path) -> None:
    os.chdir(tmp_path)
    result = run("--lang", "ko", *args)
    assert result.exit_code == 2, result.output
    text = result.output
    assert f"오류: {said}" in text
    assert "Error" not in text and "Usage" not in text and "Try '" not in text
    assert prose_sentences(text) == [], text
    assert not (tmp_path / "x.sqlite").exists()


def test_a_usage_error_shows_the_usage_and_where_the_help_is(tmp_path: Path) -> None:
    result = run("--lang", "ko", "keys", "a.sqlite", "trust")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "사용법: officer-desk keys DB trust [OPTIONS] PACKAGE_FILE",
        "도움말을 보려면 'officer-desk keys DB trust --help'을(를) 실행하십시오.",
        "",
        "오류: 'PACKAGE_FILE' 인자를 입력하십시오.",
    ]


def test_a_folder_for_the_database_is_refused_in_korean(tmp_path: Path) -> None:
    result = run("--lang", "ko", "list", str(tmp_path), "disputes")
    assert result.exit_code == 2
    assert f"'{tmp_path}'은(는) 폴더입니다. 파일을 지정하십시오." in result.stderr


def test_an_unknown_language_is_refused_in_the_locales_language() -> None:
    korean = run("--lang", "fr", "list", env=KOREAN)
    assert korean.exit_code == 2
    assert "오류: '--lang'의 값이 올바르지 않습니다: 'fr'은(는) 쓸 수 없는 값" in korean.output
    english = run("--lang", "fr", "list", env=ENGLISH)
    assert english.exit_code == 2
    assert "Error: Invalid value for '--lang': 'fr' is not one of 'ko', 'en'." in english.output


@pytest.mark.parametrize(("args", "said"), [
    (["lisst"], "Error: No such command 'lisst'."),
    (["list"], "Error: Missing argument 'DB'."),
    (["list", "a.sqlite", "disputes", "--nope"],
     "Error: No such option '--nope'. Did you mean '--to'?"),
    (["list", "a.sqlite", "dispute", "extra"], "Error: Got unexpected extra argument (extra)"),
])
def test_usage_errors_in_english_are_clicks(args: list[str], said: str) -> None:
    result = run("--lang", "en", *args)
    assert result.exit_code == 2
    assert said in result.output
    assert "Try 'officer-desk" in result.output
    assert not HANGUL.search(result.output)


def test_an_abort_is_said_in_korean() -> None:
    """A question answered by breaking off (click's ``Abort``: Ctrl+C or the end of
    input at a prompt) ends with status 1, in the command line's language."""
    from officer_desk.cli.app import DeskGroup

    group = DeskGroup("officer-desk")

    @group.command("ask")
    def ask() -> None:
        raise click.Abort()

    settings.update(language="ko")
    korean = CliRunner(env=ENGLISH).invoke(group, ["ask"])
    assert korean.exit_code == 1
    assert korean.output == "중단했습니다.\n"
    settings.update(language="en")
    english = CliRunner(env=KOREAN).invoke(group, ["ask"])
    assert english.exit_code == 1
    assert english.output == "Aborted!\n"


def _examples(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("  ")]


def test_the_korean_help_names_the_same_options_and_gives_the_same_examples() -> None:
    """What is typed is the same in both languages: the options a help text names and
    its examples' command lines, character for character."""
    differ = []
    for key, (en, ko) in CATALOGUE.items():
        if not key.startswith("help."):
            continue
        options = (sorted(set(re.findall(r"--[a-z][a-z-]*", en))),
                   sorted(set(re.findall(r"--[a-z][a-z-]*", ko))))
        if options[0] != options[1] or _examples(en) != _examples(ko):
            differ.append(key)
    assert differ == []


@pytest.mark.parametrize(("lang", "said"), [
    ("ko", "오류: 두 번 입력한 값이 다릅니다. 다시 입력하십시오."),
    ("en", "Error: The two entered values do not match."),
])
def test_a_new_passphrase_typed_differently_twice_is_asked_again_in_the_language(
        lang: str, said: str, tmp_path: Path) -> None:
    from officer_desk.storage import cipher

    if not cipher.available():
        pytest.skip("no SQLCipher")
    db = tmp_path / "us.sqlite"
    result = CliRunner(env={**ENGLISH, "OFFICER_DESK_PASSPHRASE": None}).invoke(
        cli, ["--lang", lang, "init", str(db), "--post", "US", "--encrypt"],
        input="first try 1\nfirst try 2\nthe passphrase\nthe passphrase\n")
    assert result.exit_code == 0, result.output
    assert result.output.count(said) == 1
    assert cipher.is_encrypted_file(db)
    cipher.forget_all()
    opened = CliRunner(env={**ENGLISH, "OFFICER_DESK_PASSPHRASE": "the passphrase"}).invoke(
        cli, ["list", str(db), "companies"])
    assert opened.exit_code == 0, opened.output


def _example_lines(command: click.Command) -> set[str]:
    """The lines of ``command``'s examples (click's ``\\b`` blocks), as typed in its
    English source: click keeps them as they are, in English and in Korean."""
    lines: set[str] = set()
    for text in (command.help or "", command.epilog or ""):
        for block in re.split(r"\n\s*\n", inspect.cleandoc(text)):
            if block.lstrip().startswith("\b"):
                lines.update(line.strip() for line in block.splitlines()[1:])
    return lines


#: How the width is given: the runner's terminal_width, the COLUMNS of the terminal
#: (click takes 2 off), max_content_width below a wider terminal (the group's 100).
WIDTHS = [({"terminal_width": 40}, 40), ({"terminal_width": 60}, 60),
          ({"terminal_width": 80}, 80), ({"env": {"COLUMNS": "44"}}, 42),
          ({"env": {"COLUMNS": "72"}}, 70), ({"env": {"COLUMNS": "200"}}, 98),
          ({"max_content_width": 50, "env": {"COLUMNS": "200"}}, 48)]


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "officer-desk")
def test_no_korean_help_line_is_wider_than_the_terminal(path: tuple[str, ...]) -> None:
    """Counting the columns a terminal gives each character (Hangul two), at every
    width: the usage line, the paragraphs and the option list wrap within it. Only
    an example's command line may be wider: it is kept as typed, as click keeps it in
    English."""
    examples = _example_lines(_command(path))
    for given, columns in WIDTHS:
        options = dict(given)
        env = {**ENGLISH, **options.pop("env", {})}
        result = CliRunner(env=env).invoke(cli, ["--lang", "ko", *typed(path), "--help"],
                                           prog_name="officer-desk", **options)
        assert result.exit_code == 0, result.output
        wide = [line for line in result.output.splitlines()
                if width(line) > columns and line.strip() not in examples]
        assert wide == [], (given, wide)
        assert width(result.output.splitlines()[0]) <= columns  # the usage line
