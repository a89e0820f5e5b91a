"""The operating system's refusals, said in the command line's language (issue 13).

Each case makes the real error on Linux (we run as root: a read-only place such as /sys,
/dev/full for a full disk, a path under a regular file, a folder where a file is read …)
and checks that the Korean message names the reason in Korean, with no Latin-only
sentence, and the English one in English. The errno each path gives is found by trying
the same thing with Python directly, not assumed."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from test_help_language import prose_sentences  # tests/cli is on the path (rootdir)

from officer_desk.cli import cli
from officer_desk.domain.messages.reasons import ERRNO_KEYS, REASONS

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux paths")
ENGLISH_LOCALE = {"LANG": "en_US.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}


def run(*args: object, lang: str = "ko") -> Result:
    return CliRunner(env=ENGLISH_LOCALE).invoke(cli, ["--lang", lang, *map(str, args)])


def errno_of(action: Callable[[], object]) -> int:
    """The errno the system gives for ``action``, tried here with Python alone."""
    try:
        action()
    except OSError as e:
        return e.errno
    raise AssertionError("the system did not refuse")


def _read(path: Path | str) -> None:
    with open(path, "rb") as f:
        f.read(10)


def _write_device(path: str) -> None:
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, b"x")
    finally:
        os.close(fd)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "us.sqlite"
    assert run("init", path, "--post", "US").exit_code == 0
    return path


def _cases(tmp_path: Path) -> list[tuple[str, tuple[object, ...], int]]:
    """(what, the command's arguments after DB, the errno the system gives)."""
    plain = tmp_path / "a.json"
    plain.write_text("{}", encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    long_name = tmp_path / ("가" * 100 + ".json")  # 300 bytes: over NAME_MAX
    return [
        ("a folder that is not there", ("export", "--format", "json", "--out", "/proc/x.json"),
         errno_of(lambda: open("/proc/.x.json", "xb"))),
        ("a place the system keeps read-only",
         ("export", "--format", "json", "--out", "/sys/x.json"),
         errno_of(lambda: open("/sys/.x.json", "xb"))),
        ("a full disk", ("export", "--format", "json", "--out", "/dev/full"),
         errno_of(lambda: _write_device("/dev/full"))),
        ("a missing file read", ("add", "company", "--json", tmp_path / "missing.json"),
         errno_of(lambda: _read(tmp_path / "missing.json"))),
        ("a path under a regular file", ("add", "company", "--json", plain / "x.json"),
         errno_of(lambda: _read(plain / "x.json"))),
        ("a folder read as a file", ("add", "company", "--json", folder),
         errno_of(lambda: _read(folder))),
        ("a link that points at itself", ("add", "company", "--json", loop),
         errno_of(lambda: _read(loop))),
        ("a name too long", ("export", "--format", "json", "--out", long_name),
         errno_of(lambda: open(long_name, "xb"))),
        ("a folder made where a file is",
         ("export", "--format", "json", "--out", plain / "x.json"),
         errno_of(lambda: os.mkdir(plain))),
        ("a device that cannot be read", ("add", "company", "--json", "/proc/self/mem"),
         errno_of(lambda: _read("/proc/self/mem"))),
    ]


def test_each_refusal_of_the_system_is_said_in_korean(db: Path, tmp_path: Path) -> None:
    seen: set[int] = set()
    for what, args, number in _cases(tmp_path):
        done = run(args[0], db, *args[1:])
        assert done.exit_code == 1, (what, done.output, done.exception)
        said = done.stderr
        korean = REASONS[ERRNO_KEYS[number]][1]
        assert said.startswith("오류: ") and said.rstrip().endswith(korean), (what, said)
        shown = said.replace(str(tmp_path), "<tmp>")
        assert prose_sentences(shown) == [], (what, shown)
        assert os.strerror(number) not in said, (what, said)
        seen.add(number)
    # the reasons the issue asks for that Linux gives a root user without special set-up
    assert {errno.ENOENT, errno.ENOSPC, errno.ENOTDIR, errno.EISDIR, errno.ELOOP,
            errno.ENAMETOOLONG, errno.EEXIST, errno.EIO} <= seen
    assert seen & {errno.EACCES, errno.EROFS, errno.EPERM}


def test_the_same_refusals_in_english_are_the_systems_words(db: Path, tmp_path: Path) -> None:
    for what, args, number in _cases(tmp_path)[:6]:
        said = run(args[0], db, *args[1:], lang="en").stderr
        assert said.startswith("error: ") and said.rstrip().endswith(os.strerror(number)), (
            what, said)


def test_nothing_is_written_where_the_system_refused(db: Path, tmp_path: Path) -> None:
    before = db.read_bytes()
    plain = tmp_path / "b.json"
    plain.write_text("{}", encoding="utf-8")
    run("export", db, "--format", "json", "--out", "/dev/full")
    run("add", db, "company", "--json", plain / "x.json")
    assert db.read_bytes() == before
    assert plain.read_text(encoding="utf-8") == "{}"


# -- the libraries' refusals, in Korean ---------------------------------------------------


def test_sqlite_and_key_card_refusals_are_said_in_korean(db: Path, tmp_path: Path) -> None:
    """A case log whose pages are overwritten (SQLite: "database disk image is
    malformed") and a key card that is not one: the reason is Korean too."""
    filled = tmp_path / "filled.sqlite"
    assert run("demo", filled, "--records", "300", "--seed", "1").exit_code == 0
    data = bytearray(filled.read_bytes())
    for page in range(3 * 4096, len(data) - 4096, 4096):
        data[page + 8:page + 100] = b"\xff" * 92
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(bytes(data))
    card = tmp_path / "card.odkey"
    card.write_bytes(b'{"a": 1}\nAAAA\n')
    said = {
        "damaged": run("list", damaged, "disputes").stderr,
        "card": run("keys", db, "trust", card, "--yes").stderr,
    }
    assert "(데이터베이스 파일의 내부 구조가 깨졌습니다)" in said["damaged"], said
    assert said["card"].rstrip().endswith("키 카드가 아닙니다(키 카드의 항목이 아닙니다)"), said
    for name, text in said.items():
        shown = text.replace(str(tmp_path), "<tmp>")
        assert prose_sentences(shown) == [], (name, shown)
    english = run("list", damaged, "disputes", lang="en").stderr
    assert "(database disk image is malformed)" in english
