"""Why the system or a library refused, said in the reader's language (issue 13).

``reason(error)`` gives an ``OSError``'s reason by its errno (Windows: winerror) and a
library's exception by the words it is known to say, in English and Korean at once; what
it does not know is the system's or the library's own text, unchanged."""

from __future__ import annotations

import errno
import gzip
import importlib.util
import io
import os
import sqlite3
import zipfile
import zlib
from pathlib import Path

import pytest

from officer_desk.domain.messages import Text, reason, say
from officer_desk.domain.messages.reasons import ERRNO_KEYS, REASONS


def _latin_sentences():
    """The window's test of "a Latin-only sentence" (tests/gui/korean_text.py)."""
    here = Path(__file__).resolve().parent
    spec = importlib.util.spec_from_file_location("korean_text",
                                                  here.parent / "gui" / "korean_text.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.latin_sentences


latin_sentences = _latin_sentences()

#: The errnos the issue names, each with its own Korean reason.
NAMED = ["ENOENT", "EACCES", "EPERM", "ENOSPC", "EDQUOT", "EROFS", "EISDIR", "ENOTDIR",
         "EEXIST", "EBUSY", "ETXTBSY", "ENAMETOOLONG", "EMFILE", "EIO", "ELOOP", "EXDEV"]


@pytest.mark.parametrize("name", NAMED)
def test_each_named_errno_has_its_reason_in_both_languages(name: str) -> None:
    number = getattr(errno, name)
    error = OSError(number, os.strerror(number), "/some/file")
    said = reason(error)
    assert said.key == f"reason.{name.lower()}"
    assert said.ko == REASONS[said.key][1]
    assert any("\uac00" <= c <= "\ud7a3" for c in said.ko)
    assert latin_sentences(said.ko) == [] and latin_sentences(said.en) != []
    # English reads as the C library words it (on Linux)
    assert said.en == os.strerror(number)
    assert said.message("en") == said.en and said.message("ko") == said.ko


def test_the_named_reasons_are_all_different() -> None:
    keys = [ERRNO_KEYS[getattr(errno, name)] for name in NAMED]
    assert len(set(keys)) == len(NAMED)
    assert len({REASONS[k][1] for k in keys}) == len(NAMED)


def test_the_subclasses_python_raises_are_looked_up_by_their_errno() -> None:
    assert reason(FileNotFoundError(errno.ENOENT, "x")).key == "reason.enoent"
    assert reason(PermissionError(errno.EACCES, "x")).key == "reason.eacces"
    assert reason(IsADirectoryError(errno.EISDIR, "x")).key == "reason.eisdir"


@pytest.mark.parametrize(("winerror", "key"), [(32, "reason.sharing_violation"),
                                               (33, "reason.lock_violation")])
def test_windows_sharing_and_lock_violations(winerror: int, key: str) -> None:
    """Windows reports another program holding the file as EACCES with winerror 32/33
    (``OSError.winerror`` exists on Windows only: set here as Windows sets it)."""
    error = PermissionError(errno.EACCES, "The process cannot access the file")
    error.winerror = winerror  # type: ignore[attr-defined]
    said = reason(error)
    assert said.key == key
    assert "다른 프로그램" in said.ko


def test_an_unknown_errno_is_said_as_the_system_says_it() -> None:
    said = reason(OSError(errno.ECHILD, "No child processes"))
    assert (said.en, said.ko) == ("No child processes", "No child processes")
    bare = reason(OSError("something odd"))
    assert (bare.en, bare.ko) == ("something odd", "something odd")


def test_the_reason_follows_the_reader_not_the_moment_it_was_caught() -> None:
    """A message holds both languages: the window in Korean and a log in English read
    the same message each in its own language."""
    message = say("file.cannot_read", path="x.csv",
                  detail=reason(FileNotFoundError(errno.ENOENT, "whatever the locale said")))
    assert message.message("ko") == "x.csv 파일을 읽을 수 없습니다: 그런 파일이나 폴더가 없습니다"
    assert message.message("en") == "cannot read x.csv: No such file or directory"


# -- libraries' errors, made for real --------------------------------------------------------

def _raised(action) -> BaseException:
    try:
        action()
    except Exception as e:
        return e
    raise AssertionError("nothing was raised")


def test_a_cut_short_gzip_file() -> None:
    cut = gzip.compress(os.urandom(5000))[:200]
    said = reason(_raised(lambda: gzip.decompress(cut)))
    assert said.key == "reason.gzip_truncated"
    assert said.en == "Compressed file ended before the end-of-stream marker was reached"
    assert said.ko == "압축 파일이 끝까지 있지 않고 중간에 잘렸습니다"


def test_not_gzip_and_damaged_compressed_data() -> None:
    assert reason(_raised(lambda: gzip.decompress(b"plain text, not gzip"))).key == (
        "reason.not_gzip")
    assert reason(_raised(lambda: zlib.decompress(b"x\x9c garbage"))).key == (
        "reason.gzip_damaged")


def test_sqlite_not_a_database_and_malformed(tmp_path: Path) -> None:
    text = tmp_path / "text.sqlite"
    text.write_bytes(b"this is not a database at all" * 100)
    with sqlite3.connect(text) as conn:
        not_db = _raised(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())
    assert reason(not_db).key == "reason.sqlite_not_database"
    assert reason(not_db).ko == "데이터베이스 파일이 아닙니다"
    for words, key in (("database disk image is malformed", "reason.sqlite_malformed"),
                       ("database is locked", "reason.sqlite_locked"),
                       ("database or disk is full", "reason.enospc")):
        said = reason(sqlite3.OperationalError(words))
        assert said.key == key
        assert latin_sentences(said.ko) == [], said.ko


def test_not_a_zip_file_and_a_cut_zip() -> None:
    assert reason(_raised(lambda: zipfile.ZipFile(io.BytesIO(b"PK not a zip")))).ko == (
        "ZIP 파일이 아닙니다")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("a.xml", "<a/>" * 1000)
    data = bytearray(buffer.getvalue())
    data[0:4] = b"XXXX"  # the member's local header damaged, the directory intact
    damaged = zipfile.ZipFile(io.BytesIO(bytes(data)))
    assert reason(_raised(lambda: damaged.read("a.xml"))).key == "reason.zip_damaged"


def test_a_flipped_bit_in_a_members_local_name_is_a_damaged_zip() -> None:
    """User check (s26): one bit flipped in a sync package's local header made the
    Korean refusal end in zipfile's English ("File name in directory 'manifest.json'
    and header b'manifest.jwon' differ.")."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("manifest.json", "{}")
    data = bytearray(buffer.getvalue())
    data[30 + 10] ^= 0x04  # the local header's copy of the name: manifest.jwon
    damaged = zipfile.ZipFile(io.BytesIO(bytes(data)))
    said = reason(_raised(lambda: damaged.read("manifest.json")))
    assert said.key == "reason.zip_damaged"
    assert said.ko == "ZIP 파일이 손상되었거나 중간에 잘렸습니다"


def test_an_old_xls_workbook_through_openpyxl(tmp_path: Path) -> None:
    import openpyxl

    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    said = reason(_raised(lambda: openpyxl.load_workbook(old)))
    assert said.key == "reason.old_xls"
    assert ".xlsx" in said.ko


def test_cryptographys_wordless_errors() -> None:
    from cryptography.exceptions import InvalidSignature, InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = AESGCM.generate_key(bit_length=128)
    sealed = bytearray(AESGCM(key).encrypt(b"\0" * 12, b"secret", None))
    sealed[0] ^= 1
    tag = _raised(lambda: AESGCM(key).decrypt(b"\0" * 12, bytes(sealed), None))
    assert isinstance(tag, InvalidTag) and str(tag) == ""
    assert reason(tag).key == "reason.crypto_tag"
    assert reason(InvalidSignature()).key == "reason.crypto_signature"


def test_an_unknown_library_text_stays_as_the_library_says_it() -> None:
    said = reason(ValueError("something no list knows"))
    assert isinstance(said, Text)
    assert (said.en, said.ko) == ("something no list knows", "something no list knows")
    assert reason(KeyError()).en == "KeyError"


def test_a_compaction_that_failed_is_told_with_sqlites_reason_in_korean(tmp_path: Path) -> None:
    """``migrate`` keeps SQLite's error as text (``compaction_failure``): the notice
    gives its reason in the reader's language."""
    from officer_desk.services.desk import compact_failed_notice

    notice = compact_failed_notice(tmp_path / "us.sqlite", "database or disk is full")
    assert "디스크에 남은 공간이 없습니다" in notice.message("ko")
    assert latin_sentences(notice.message("ko").replace(str(tmp_path), "")) == []
    assert "No space left on device" in notice.message("en")
