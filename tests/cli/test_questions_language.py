"""The questions the command line asks at a terminal speak the command line's language:
``restore``'s and ``keys trust``'s yes-or-no question and the passphrase prompts. Each
test runs the real program in a pseudo-terminal (pexpect) and types the answers as a
person does; English stays click's own, byte for byte.

A Korean question shows ``[y/N]`` and takes y/n, 예/아니오 (네, 아니요, 아니) and ㅛ/ㅜ
(the y and n keys still in Hangul mode); anything else is answered in Korean.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_help_language import prose_sentences  # tests/cli is on the path (rootdir)

from officer_desk.cli import cli
from officer_desk.cli.asking import answer_meaning

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal")

ENGLISH = {"LANG": "en_US.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}
QUESTION = re.compile(r"\[y/N\]: ")


def setup_run(*args: object, env: dict | None = None) -> str:
    """A command run to prepare the test (not the one under test)."""
    result = CliRunner(env={**ENGLISH, **(env or {})}).invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


class Terminal:
    """``officer-desk ARGS`` at a terminal of 200 columns, with what it shows recorded
    (the answers typed included: the terminal echoes them, a passphrase's not)."""

    def __init__(self, *args: object, env: dict | None = None) -> None:
        environment = {k: v for k, v in os.environ.items()
                       if k not in ("LC_ALL", "LC_MESSAGES", "OFFICER_DESK_PASSPHRASE")}
        environment.update({"LANG": "en_US.UTF-8", **(env or {})})
        self.shown = io.StringIO()
        self.child = pexpect.spawn(sys.executable, ["-m", "officer_desk",
                                                    *(str(a) for a in args)],
                                   env=environment, encoding="utf-8", timeout=120,
                                   dimensions=(24, 200))
        self.child.logfile_read = self.shown

    def answer(self, asked: str | re.Pattern[str], typed: str | None) -> None:
        """Wait for ``asked``, then type ``typed`` and Enter (None: Ctrl+D)."""
        self.child.expect(re.escape(asked) if isinstance(asked, str) else asked)
        if typed is None:
            self.child.sendeof()
        else:
            self.child.sendline(typed)


def transcript(term: Terminal) -> tuple[int, str]:
    """The exit status and the whole screen (its lines ending in a plain newline)."""
    term.child.expect(pexpect.EOF)
    term.child.close()
    return term.child.exitstatus, term.shown.getvalue().replace("\r\n", "\n")


start = Terminal


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[Path, Path]:
    """A case log with one company, a backup of it, then a second company (so that a
    restore would change it)."""
    db = tmp_path / "us.sqlite"
    setup_run("init", db, "--post", "US", "--officer", "김영희")
    setup_run("backup", db, "--to", tmp_path / "bk")
    backup = next(p for p in (tmp_path / "bk").iterdir() if p.name.endswith(".gz"))
    CliRunner(env=ENGLISH).invoke(cli, ["add", str(db), "company", "--json", "-"],
                                  input='{"name_ko": "(주)한빛배터리"}')
    return db, backup


def _said_in_korean_only(text: str, tmp_path: Path) -> None:
    """No English of ours in ``text``: the answers typed after a question and data (the
    paths, an age recipient) are not looked at."""
    shown = re.sub(r"(\[y/N\]: ).*", r"\1", text.replace(str(tmp_path), "<tmp>"))
    shown = re.sub(r"\bage1[0-9a-z]+", "", shown)
    assert "Error" not in shown and "invalid input" not in shown and "Aborted" not in shown
    assert prose_sentences(shown) == [], shown


# -- yes or no --------------------------------------------------------------------------

@pytest.mark.parametrize("answers", [["x", "ㅜ"], ["아니오"], ["no"], [""],
                                     ["yes?", "예아니오", "N"]],
                         ids=lambda a: "+".join(a) or "Enter")
def test_a_refused_restore_in_korean_changes_nothing(
        answers: list[str], backed_up: tuple[Path, Path], tmp_path: Path) -> None:
    db, backup = backed_up
    before = digest(db)
    term = start("--lang", "ko", "restore", db, backup)
    for typed in answers:
        term.answer(QUESTION, typed)
    status, text = transcript(term)
    assert status == 1, text
    assert text.count(f"{db}을(를) 이 백업으로 바꾸시겠습니까? (지금 파일은 먼저 "
                      "백업합니다) [y/N]: ") == len(answers)
    wrong = sum(answer_meaning(a) is None and a != "" for a in answers)
    assert text.count("오류: y(예) 또는 n(아니오)로 답하십시오.\n") == wrong
    assert text.endswith("중단했습니다.\n")
    _said_in_korean_only(text, tmp_path)
    assert digest(db) == before


@pytest.mark.parametrize("typed", ["예", "ㅛ", "y", "Ｙ", "네"])
def test_a_restore_answered_yes_in_korean_restores(
        typed: str, backed_up: tuple[Path, Path], tmp_path: Path) -> None:
    db, backup = backed_up
    term = start("--lang", "ko", "restore", db, backup)
    term.answer(QUESTION, typed)
    status, text = transcript(term)
    assert status == 0, text
    assert f"{backup}에서 {db}을(를) 복원했습니다" in text
    _said_in_korean_only(text, tmp_path)
    listed = setup_run("list", db, "companies", "--json")
    assert '"total": 0' in listed  # the company added after the backup is gone


def test_the_end_of_input_at_the_korean_question_ends_the_line_and_changes_nothing(
        backed_up: tuple[Path, Path], tmp_path: Path) -> None:
    db, backup = backed_up
    before = digest(db)
    term = start("--lang", "ko", "restore", db, backup)
    term.answer(QUESTION, None)
    status, text = transcript(term)
    assert status == 1
    assert text.endswith("[y/N]: \n중단했습니다.\n"), text
    _said_in_korean_only(text, tmp_path)
    assert digest(db) == before


def test_the_english_question_is_clicks_byte_for_byte(
        backed_up: tuple[Path, Path]) -> None:
    db, backup = backed_up
    before = digest(db)
    term = start("--lang", "en", "restore", db, backup, env={"LANG": "ko_KR.UTF-8"})
    term.answer(QUESTION, "x")
    term.answer(QUESTION, "아니오")  # not an English answer
    term.answer(QUESTION, "n")
    status, text = transcript(term)
    assert status == 1
    question = f"Replace {db} with this backup? (the current file is backed up first) [y/N]: "
    said = text.split("\n", 3)
    assert said[1].startswith(f"{db} now holds companies 1: every change made since the "
                              "backup leaves ")
    assert said[2].startswith(f"1 records of {db} are not in the backup")  # s27
    assert said[3] == (
        f"{question}x\nError: invalid input\n{question}아니오\nError: invalid input\n"
        f"{question}n\nAborted!\n")
    assert digest(db) == before


def test_trusting_a_key_is_asked_in_korean(tmp_path: Path) -> None:
    us, hq = tmp_path / "us.sqlite", tmp_path / "hq.sqlite"
    setup_run("init", us, "--post", "US", "--officer", "김영희")
    setup_run("init", hq, "--hq")
    card = tmp_path / "us.odkey"
    setup_run("keys", us, "export", card)
    question = re.compile(r"이 지문이 보낸 사람이 불러 준 지문과 같습니까\? \[y/N\]: ")
    refused = start("--lang", "ko", "keys", hq, "trust", card)
    refused.answer(question, "ㅜ")
    status, text = transcript(refused)
    assert status == 1 and text.endswith("ㅜ\n중단했습니다.\n")
    _said_in_korean_only(text, tmp_path)
    assert "no keys yet" in setup_run("keys", hq, "list")
    trusted = start("--lang", "ko", "keys", hq, "trust", card)
    trusted.answer(question, "예")
    status, text = transcript(trusted)
    assert status == 0 and "US 공관의 키 " in text and "을(를) 신뢰합니다" in text
    _said_in_korean_only(text, tmp_path)
    assert "trusted" in setup_run("keys", hq, "list")


def test_what_a_korean_answer_means() -> None:
    assert [answer_meaning(a) for a in ("y", "YES", " 예 ", "네", "ㅛ", "ｙ")] == [True] * 6
    assert [answer_meaning(a) for a in ("n", "No", "아니오", "아니요", "아니", "ㅜ", "Ｎ")] == (
        [False] * 7)
    assert [answer_meaning(a) for a in ("", "x", "yy", "ㅇ", "예아니오", "1")] == [None] * 6


# -- passphrases ------------------------------------------------------------------------

def _needs_sqlcipher() -> None:
    from officer_desk.storage import cipher

    if not cipher.available():
        pytest.skip("no SQLCipher")


def test_passphrase_prompts_at_a_terminal_in_korean(tmp_path: Path) -> None:
    _needs_sqlcipher()
    db = tmp_path / "us.sqlite"
    term = start("--lang", "ko", "init", db, "--post", "US", "--officer", "김영희",
                 "--encrypt")
    term.answer(f"{db}의 새 암호: ", "봄날 tiger 7")
    term.answer("암호를 다시 입력: ", "봄날 tiger 8")
    term.answer(f"{db}의 새 암호: ", "봄날 tiger 7")
    term.answer("암호를 다시 입력: ", "봄날 tiger 7")
    status, text = transcript(term)
    assert status == 0, text
    assert text.count("오류: 두 번 입력한 값이 다릅니다. 다시 입력하십시오.\n") == 1
    assert "봄날" not in text  # hidden
    _said_in_korean_only(text, tmp_path)
    # Ctrl+D at the passphrase: broken off (there is a terminal: not "no terminal")
    ended = start("--lang", "ko", "list", db, "companies")
    ended.answer(f"{db}의 암호: ", None)
    status, text = transcript(ended)
    assert status == 1
    assert text.endswith(f"{db}의 암호: \n중단했습니다.\n"), text
    _said_in_korean_only(text, tmp_path)
    english = start("--lang", "en", "list", db, "companies")
    english.answer(f"Passphrase for {db}: ", None)
    status, text = transcript(english)
    assert status == 1 and text.endswith(f"Passphrase for {db}: \nAborted!\n"), text
    wrong = start("--lang", "ko", "list", db, "companies")
    wrong.answer(f"{db}의 암호: ", "틀린 암호")
    status, text = transcript(wrong)
    assert status == 1 and "아무것도 바뀌지 않았습니다" in text
    _said_in_korean_only(text, tmp_path)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_passphrase_read_without_a_terminal_is_warned_of_in_the_language(
        lang: str, tmp_path: Path) -> None:
    """No terminal (a new session, standard input a pipe): Python's getpass would print
    its English warning; a Korean session says it in Korean instead, English is as
    before. The passphrase is read from standard input either way."""
    _needs_sqlcipher()
    db = tmp_path / "us.sqlite"
    setup_run("init", db, "--post", "US", "--encrypt",
              env={"OFFICER_DESK_PASSPHRASE": "봄날 tiger 7"})
    from officer_desk.storage import cipher

    cipher.forget_all()
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES",
                                                             "OFFICER_DESK_PASSPHRASE")}
    done = subprocess.run([sys.executable, "-m", "officer_desk", "--lang", lang, "list",
                           str(db), "companies"], input="봄날 tiger 7\n", text=True,
                          encoding="utf-8", capture_output=True, timeout=120,
                          env={**env, "LANG": "en_US.UTF-8"}, start_new_session=True)
    assert done.returncode == 0, done.stderr
    if lang == "ko":
        assert done.stderr.startswith(
            "경고: 입력을 숨길 터미널이 없어, 입력한 암호가 보일 수 있습니다.\n")
        assert "Warning" not in done.stderr and "GetPass" not in done.stderr
        assert prose_sentences(done.stderr.replace(str(tmp_path), "<tmp>")) == []
        assert done.stdout.strip().endswith("0건 중 0")
    else:
        assert "Warning: Password input may be echoed." in done.stderr
        assert f"Passphrase for {db}: " in done.stderr
        assert done.stdout.strip().endswith("0 of 0")


# -- Ctrl+C while a command works -----------------------------------------------------------

@pytest.mark.parametrize(("lang", "starting", "said"), [
    ("ko", "데모 데이터베이스 {db}을(를) 만듭니다", "중단했습니다."),
    ("en", "creating demo database {db}", "Aborted!"),
])
def test_ctrl_c_while_a_command_works_is_said_in_the_language(
        lang: str, starting: str, said: str, tmp_path: Path) -> None:
    """click's own "Aborted!" (its main catches the KeyboardInterrupt) was English in a
    Korean session too."""
    db = tmp_path / "big.sqlite"
    term = start("--lang", lang, "demo", db, "--records", "1000000")
    term.child.expect(re.escape(starting.format(db=db)))
    term.child.sendintr()
    status, text = transcript(term)
    assert status == 1
    assert text.endswith(f"^C\n{said}\n"), text
    if lang == "ko":
        _said_in_korean_only(text, tmp_path)
